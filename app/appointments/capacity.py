"""Free places in the slots (docs/domain/appointments.md#capacity-and-the-race).

A slot is full for a kind when its bookings of that kind (booked or arrived) reach the kind's
capacity, or for an advisor when theirs (all kinds) reach advisor_capacity. A booking counts in
the slot its start falls in, so bookings made before the slot length changed still count.

Counting and booking happen under the day's lock (lock_day): on PostgreSQL the day's row of
appointment_days is taken FOR UPDATE; on SQLite a writing transaction holds the database's write
lock from its BEGIN (db.engine begins writers IMMEDIATE), and the row is written all the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.appointments.kinds import WorkKind
from app.appointments.records import DaySlots, Schedule, SlotLoad
from app.appointments.schedule import day_bounds, slot_starts_of
from app.appointments.status import AppointmentStatus
from app.clock import local_day
from db.models import Appointment, AppointmentDay
from db.upsert import upsert_into

TAKING = (AppointmentStatus.BOOKED.value, AppointmentStatus.ARRIVED.value)  # what takes a place
SEARCH_DAYS = 14  # how far ahead the nearest free slots are looked for


def lock_day(s: Session, *days: dt.date) -> None:
    """Holds the days' locks until the transaction ends (several days in date order, so that two
    moves between the same days never wait for each other)."""
    postgres = s.get_bind().dialect.name == "postgresql"
    for day in sorted(set(days)):
        claim = upsert_into(s, AppointmentDay).values(day=day)
        s.execute(claim.on_conflict_do_nothing(index_elements=["day"]))
        if postgres:
            s.execute(select(AppointmentDay.day).where(AppointmentDay.day == day).with_for_update())


@dataclass(frozen=True)
class _Taken:
    at: dt.datetime
    kind: str
    advisor_id: int | None


def _taken(s: Session, start: dt.datetime, end: dt.datetime, exclude_id: int | None) -> list[_Taken]:
    query = select(Appointment.scheduled_at, Appointment.work_kind, Appointment.advisor_id).where(
        Appointment.scheduled_at >= start, Appointment.scheduled_at < end, Appointment.status.in_(TAKING)
    )
    if exclude_id is not None:
        query = query.where(Appointment.id != exclude_id)
    return [_Taken(at, kind, advisor) for at, kind, advisor in s.execute(query)]


def _load(
    schedule: Schedule,
    start: dt.datetime,
    kind: WorkKind,
    advisor_id: int | None,
    taken: Iterable[_Taken],
    now: dt.datetime,
) -> SlotLoad:
    end = start + schedule.slot
    inside = [t for t in taken if start <= t.at < end]
    booked = sum(t.kind == kind.value for t in inside)
    capacity = schedule.capacity_of(kind)
    free = capacity - booked
    advisor_booked = advisor_capacity = None
    if advisor_id is not None:
        advisor_booked = sum(t.advisor_id == advisor_id for t in inside)
        advisor_capacity = schedule.advisor_capacity
        free = min(free, advisor_capacity - advisor_booked)
    return SlotLoad(
        start=start,
        end=end,
        kind=kind,
        booked=booked,
        capacity=capacity,
        advisor_booked=advisor_booked,
        advisor_capacity=advisor_capacity,
        free=max(free, 0),
        past=start < now,
    )


def day_slots(
    s: Session,
    schedule: Schedule,
    day: dt.date,
    kind: WorkKind,
    advisor_id: int | None,
    now: dt.datetime,
    exclude_id: int | None = None,
) -> DaySlots:
    starts = slot_starts_of(schedule, day)
    if not starts:
        return DaySlots(day, kind, advisor_id, True, ())
    taken = _taken(s, *day_bounds(day), exclude_id)
    slots = tuple(_load(schedule, start, kind, advisor_id, taken, now) for start in starts)
    return DaySlots(day, kind, advisor_id, False, slots)


def slot_load(
    s: Session,
    schedule: Schedule,
    slot_at: dt.datetime,
    kind: WorkKind,
    advisor_id: int | None,
    now: dt.datetime,
    exclude_id: int | None = None,
) -> SlotLoad:
    taken = _taken(s, slot_at, slot_at + schedule.slot, exclude_id)
    return _load(schedule, slot_at, kind, advisor_id, taken, now)


def nearest_free(
    s: Session,
    schedule: Schedule,
    after: dt.datetime,
    kind: WorkKind,
    advisor_id: int | None,
    now: dt.datetime,
    count: int = 5,
    exclude_id: int | None = None,
) -> tuple[dt.datetime, ...]:
    """Up to `count` free slots starting after `after`, nearest first: the rest of its day, then
    the following days up to SEARCH_DAYS; never a closed day, never a slot already started."""
    first = local_day(max(after, now))
    days = [first + dt.timedelta(days=n) for n in range(SEARCH_DAYS + 1)]
    starts: list[dt.datetime] = [
        start for day in days for start in slot_starts_of(schedule, day) if start > after and start >= now
    ]
    if not starts or count <= 0:
        return ()
    taken = _taken(s, starts[0], starts[-1] + schedule.slot, exclude_id)
    found: list[dt.datetime] = []
    for start in starts:
        if _load(schedule, start, kind, advisor_id, taken, now).free > 0:
            found.append(start)
            if len(found) == count:
                break
    return tuple(found)


def free_places(loads: Sequence[SlotLoad]) -> int:
    return sum(load.free for load in loads if not load.past)
