"""Capacity at its limits on SQLite and PostgreSQL: the last place of a kind, the advisor's
limit, a full slot refused with the nearest free ones (never a closed day or the past), the
day's loads; and the race: counters booking the last place at once, exactly one wins (real
processes)."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from dataclasses import replace

import pytest

from app.appointments import DEFAULT_SCHEDULE, SlotFull, WorkKind
from app.context import Services
from app.roles import Actor, Role
from tests.app.appointments.support import TODAY, TOMORROW, at, new_caller
from tests.app.workers import book_slots
from tests.conftest import FakeClock, make_actor

PROCESSES = 4
ROUNDS = 8


def test_the_last_place_of_a_kind_then_full(services: Services, advisor: Actor, supervisor: Actor) -> None:
    appointments = services.appointments
    slot = at(TOMORROW, 9)
    for n in range(4):  # maintenance: 4 a slot
        new_caller(services, advisor, slot, n)
        (load,) = [
            x for x in appointments.day(advisor, TOMORROW, WorkKind.MAINTENANCE).slots if x.start == slot
        ]
        assert (load.booked, load.capacity, load.free) == (n + 1, 4, 3 - n)
    with pytest.raises(SlotFull) as info:
        new_caller(services, advisor, slot, 9)
    assert info.value.field == "slot_at" and not info.value.for_advisor
    assert info.value.alternatives == tuple(
        at(TOMORROW, h, m) for h, m in ((9, 30), (10, 0), (10, 30), (11, 0), (11, 30))
    )
    assert "09:30" in info.value.message and "11-28 09:00" in info.value.message
    # Another kind has its own places in the same slot; quick service its own 2.
    assert new_caller(services, advisor, slot, 10, kind=WorkKind.BODY_PAINT).work_kind is WorkKind.BODY_PAINT
    with pytest.raises(SlotFull):
        new_caller(services, advisor, slot, 11, kind=WorkKind.BODY_PAINT)
    # A cancelled booking gives its place back; an arrived one keeps it (tests/.../test_arrival.py).
    first = appointments.bookings(advisor, TOMORROW)[0]
    appointments.cancel(advisor, first.id, first.version, "客户取消")
    assert new_caller(services, advisor, slot, 12).slot_at == slot
    # A capacity of 0: the kind is never bookable.
    appointments.save_schedule(
        supervisor, replace(DEFAULT_SCHEDULE, capacity=((WorkKind.MAINTENANCE, 4), (WorkKind.QUICK, 0)))
    )
    with pytest.raises(SlotFull) as info:
        new_caller(services, advisor, at(TOMORROW, 14), 13, kind=WorkKind.QUICK)
    assert info.value.alternatives == ()
    assert all(x.free == 0 for x in appointments.day(advisor, TOMORROW, WorkKind.QUICK).slots)


def test_an_advisors_limit_in_a_slot(services: Services, advisor: Actor) -> None:
    other = make_actor(services, Role.ADVISOR)
    slot = at(TOMORROW, 10)
    new_caller(services, advisor, slot, 1, advisor_id=advisor.user_id)
    new_caller(services, advisor, slot, 2, advisor_id=advisor.user_id, kind=WorkKind.QUICK)  # all kinds count
    day = services.appointments.day(advisor, TOMORROW, WorkKind.MAINTENANCE, advisor.user_id)
    (load,) = [x for x in day.slots if x.start == slot]
    assert (load.booked, load.advisor_booked, load.advisor_capacity, load.free) == (1, 2, 2, 0)
    with pytest.raises(SlotFull) as info:
        new_caller(services, advisor, slot, 3, advisor_id=advisor.user_id)
    assert info.value.for_advisor and info.value.alternatives[0] == at(TOMORROW, 10, 30)
    assert new_caller(services, advisor, slot, 4, advisor_id=other.user_id).advisor_id == other.user_id
    assert new_caller(services, advisor, slot, 5).advisor_id is None  # no advisor: the kind's places only


def test_alternatives_skip_closed_days_and_the_past(
    services: Services, advisor: Actor, supervisor: Actor, clock: FakeClock
) -> None:
    appointments = services.appointments
    saturday, sunday, monday = TOMORROW, TOMORROW + dt.timedelta(days=1), TOMORROW + dt.timedelta(days=2)
    appointments.save_schedule(
        supervisor,
        replace(
            DEFAULT_SCHEDULE,
            capacity=((WorkKind.BODY_PAINT, 1),),
            closed_weekdays=frozenset({7}),
            closed_days=frozenset({saturday}),
        ),
    )
    clock.now = at(TODAY, 16, 10)
    new_caller(services, advisor, at(TODAY, 16, 30), 1, kind=WorkKind.BODY_PAINT)
    new_caller(services, advisor, at(monday, 8, 30), 2, kind=WorkKind.BODY_PAINT)
    with pytest.raises(SlotFull) as info:
        new_caller(services, advisor, at(TODAY, 16, 30), 3, kind=WorkKind.BODY_PAINT)
    # 17:00 today, then Monday from 09:00 (08:30 taken): not Saturday (closed), not Sunday.
    assert info.value.alternatives == (
        at(TODAY, 17),
        *(at(monday, h, m) for h, m in ((9, 0), (9, 30), (10, 0), (10, 30))),
    )
    assert all(a.astimezone().date() not in (saturday, sunday) for a in info.value.alternatives)
    # Asked from a moment already past, only slots from now on.
    found = appointments.nearest_free(advisor, at(TODAY, 9), WorkKind.BODY_PAINT, count=2)
    assert found == (at(TODAY, 17), at(monday, 9))
    day = appointments.day(advisor, TODAY, WorkKind.BODY_PAINT)
    assert [x.past for x in day.slots if x.start < at(TODAY, 16, 30)] == [True] * 16
    assert not any(x.past for x in day.slots if x.start >= at(TODAY, 16, 30))


@pytest.mark.slow
def test_counters_booking_the_last_place_at_once(
    services: Services, advisor: Actor, supervisor: Actor, db_url: str, clock: FakeClock
) -> None:
    """Each round: one place left in a slot (the capacity 1), four counters book it at once."""
    services.appointments.save_schedule(
        supervisor, replace(DEFAULT_SCHEDULE, capacity=((WorkKind.MAINTENANCE, 1),))
    )
    slots = [at(TOMORROW, 8, 30) + dt.timedelta(minutes=30 * n) for n in range(ROUNDS)]
    plan = {"user_id": advisor.user_id, "slots": [s.isoformat() for s in slots]}
    services.db.dispose()  # the workers have the database to themselves
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(PROCESSES)
    out = ctx.Queue()
    workers = [
        ctx.Process(target=book_slots, args=(db_url, w, plan, clock.now, start, out))
        for w in range(PROCESSES)
    ]
    for w in workers:
        w.start()
    got = dict(out.get(timeout=180) for _ in workers)
    for w in workers:
        w.join(timeout=60)
    assert all(isinstance(r, list) for r in got.values()), got
    for n, slot in enumerate(slots):
        answers = [got[w][n] for w in range(PROCESSES)]
        assert sorted(a[0] for a in answers) == ["full"] * (PROCESSES - 1) + ["ok"], (slot, answers)
        for a in answers:  # the losers are offered the next free slots, never the one just taken
            if a[0] == "full":
                assert slot.isoformat() not in a[1] and len(a[1]) == 5
    by_slot: dict[dt.datetime, int] = {}
    for b in services.appointments.bookings(advisor, TOMORROW):
        by_slot[b.slot_at] = by_slot.get(b.slot_at, 0) + 1
    assert by_slot == dict.fromkeys(slots, 1)
