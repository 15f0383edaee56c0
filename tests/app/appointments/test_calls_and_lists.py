"""A reminder call's booking through the capacity check; moving into a full slot; the call list
of tomorrow with its confirmations; the car's bookings; the history's users."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from app.appointments import (
    DEFAULT_SCHEDULE,
    BookingSource,
    ConfirmOutcome,
    EventKind,
    SlotFull,
    WorkKind,
)
from app.context import Services
from app.reminders import CallInput, CallOutcome, ReminderStatus
from app.roles import Actor, Role
from db.models import ReminderContact
from tests.app.appointments.support import TODAY, TOMORROW, at, booking, car, new_caller
from tests.app.reminders.support import remind
from tests.conftest import make_actor


def test_a_reminder_calls_booking_takes_a_place_or_is_refused(
    services: Services, advisor: Actor, supervisor: Actor
) -> None:
    services.appointments.save_schedule(
        supervisor, replace(DEFAULT_SCHEDULE, capacity=((WorkKind.MAINTENANCE, 1),))
    )
    vehicle = car(services, advisor)
    remind(services, vehicle, TODAY - dt.timedelta(days=2))  # type: ignore[arg-type]
    new_caller(services, advisor, at(TOMORROW, 9), 1)  # the 09:00 place is taken
    wanted = booking(at(TOMORROW, 9), advisor_id=advisor.user_id, job_type="保养", words="周六上午")
    with pytest.raises(SlotFull) as info:
        services.reminders.log_call(advisor, vehicle.id, CallInput(CallOutcome.BOOKED, booking=wanted))
    assert info.value.alternatives[0] == at(TOMORROW, 9, 30)
    with services.db.read() as s:  # nothing of the call was written
        assert s.scalar(select(func.count()).select_from(ReminderContact)) == 0
    done = services.reminders.log_call(
        advisor,
        vehicle.id,
        CallInput(CallOutcome.BOOKED, booking=replace(wanted, slot_at=info.value.alternatives[0])),
    )
    assert done.status is ReminderStatus.BOOKED and done.appointment_id is not None
    made = services.appointments.get(advisor, done.appointment_id)
    assert (made.vehicle_id, made.source, made.slot_at, made.customer_words) == (
        vehicle.id, BookingSource.REMINDER, at(TOMORROW, 9, 30), "周六上午",
    )  # fmt: skip
    assert [b.id for b in services.appointments.for_vehicle(advisor, vehicle.id)] == [made.id]


def test_moving_into_a_full_slot_and_within_ones_own(services: Services, advisor: Actor) -> None:
    other = make_actor(services, Role.ADVISOR)
    appointments = services.appointments
    mine = new_caller(services, advisor, at(TOMORROW, 9), 1, advisor_id=advisor.user_id)
    for n in range(2, 6):
        new_caller(services, advisor, at(TOMORROW, 10), n)
    with pytest.raises(SlotFull) as info:
        appointments.move(advisor, mine.id, mine.version, at(TOMORROW, 10), "客户要晚一点")
    assert info.value.alternatives[0] == at(TOMORROW, 10, 30)
    # The same slot with another advisor: the booking itself is not counted against it.
    moved = appointments.move(advisor, mine.id, mine.version, at(TOMORROW, 9), "换顾问", other.user_id)
    assert moved.advisor_id == other.user_id and moved.slot_at == at(TOMORROW, 9)
    with pytest.raises(Exception, match="相同"):
        appointments.move(advisor, moved.id, moved.version, at(TOMORROW, 9), "再换")
    # To another day: both days' locks, the history says from where to where.
    later = appointments.move(
        advisor, moved.id, moved.version, at(TOMORROW + dt.timedelta(days=2), 14), "下周一"
    )
    last = appointments.history(advisor, later.id)[-1]
    assert (last.kind, last.slot_before, last.slot_after) == (
        EventKind.MOVED, at(TOMORROW, 9), at(TOMORROW + dt.timedelta(days=2), 14),
    )  # fmt: skip


def test_tomorrows_call_list_puts_the_unconfirmed_first(services: Services, advisor: Actor) -> None:
    appointments = services.appointments
    early = new_caller(services, advisor, at(TOMORROW, 8, 30), 1)
    middle = new_caller(services, advisor, at(TOMORROW, 9), 2)
    late = new_caller(services, advisor, at(TOMORROW, 15), 3)
    gone = new_caller(services, advisor, at(TOMORROW, 16), 4)
    appointments.cancel(advisor, gone.id, gone.version, "不来了")
    assert [b.id for b in appointments.to_confirm(advisor, TOMORROW)] == [early.id, middle.id, late.id]
    confirmed = appointments.confirm(advisor, early.id, early.version, ConfirmOutcome.CONFIRMED, "准时到")
    assert confirmed.confirmation is ConfirmOutcome.CONFIRMED
    appointments.confirm(advisor, middle.id, middle.version, ConfirmOutcome.NO_ANSWER)
    assert [b.id for b in appointments.to_confirm(advisor, TOMORROW)] == [middle.id, late.id, early.id]
    event = appointments.history(advisor, early.id)[-1]
    assert (event.kind, event.reason, event.user_name) == (
        EventKind.CONFIRMED,
        "已确认：准时到",
        advisor.display_name,
    )
    # A move asks for the confirmation again.
    moved = appointments.move(advisor, early.id, confirmed.version, at(TOMORROW, 11), "客户改时间")
    assert moved.confirmation is None
    with pytest.raises(Exception, match="已取消"):
        appointments.confirm(advisor, gone.id, gone.version + 1, ConfirmOutcome.CONFIRMED)
