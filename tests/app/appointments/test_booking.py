"""Booking, moving and cancelling on SQLite and PostgreSQL: the booking of a known car and of a
new caller, what is refused, the history kept, versions, permissions, the audit rows."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.appointments import (
    AppointmentStatus,
    BookingSource,
    BookingState,
    EventKind,
    WorkKind,
)
from app.changes import Change, changes_of
from app.context import Services
from app.errors import Conflict, PermissionDenied, ValidationError
from app.roles import Actor, Role
from db.models import AuditEntry
from tests.app.appointments.support import TODAY, TOMORROW, at, booking, car
from tests.conftest import FakeClock, make_actor


def test_a_known_cars_booking_takes_its_plate_owner_and_phone(services: Services, advisor: Actor) -> None:
    vehicle = car(services, advisor)
    made = services.appointments.book(
        advisor, booking(at(TOMORROW, 9, 30), vehicle_id=vehicle.id, advisor_id=advisor.user_id, waits=True)
    )
    assert (made.vehicle_id, made.customer_id, made.plate, made.phone) == (
        vehicle.id, vehicle.owner_id, "粤B12345", "13812345678",
    )  # fmt: skip
    assert made.customer_name == "张三" and made.vin == vehicle.vin and made.model_name == "本田 雅阁"
    assert made.status is AppointmentStatus.BOOKED and made.state is BookingState.BOOKED
    assert made.slot_end - made.slot_at == dt.timedelta(minutes=30) and made.customer_waits
    assert made.advisor_name == advisor.display_name and made.created_by_name == advisor.display_name
    assert made.source is BookingSource.CALL_IN and made.work_kind is WorkKind.MAINTENANCE
    (event,) = services.appointments.history(advisor, made.id)
    assert event.kind is EventKind.BOOKED and event.slot_after == at(TOMORROW, 9, 30)
    assert event.user_name == advisor.display_name
    assert Change.APPOINTMENTS in changes_of(services.appointments.book)
    with services.db.read() as s:
        row = s.scalars(select(AuditEntry).where(AuditEntry.action == "appointment.book")).one()
        assert row.entity_id == str(made.id)


def test_a_new_caller_needs_a_plate_and_a_phone_typed_any_way(services: Services, advisor: Actor) -> None:
    appointments = services.appointments
    with pytest.raises(ValidationError) as info:
        appointments.book(advisor, booking(at(TOMORROW, 9)))
    assert {e.field for e in info.value.errors} == {"plate", "phone"}  # type: ignore[attr-defined]
    with pytest.raises(ValidationError) as info:
        appointments.book(advisor, booking(at(TOMORROW, 9), plate="粤B1234", phone="1381234"))
    assert {e.field for e in info.value.errors} == {"plate", "phone"}  # type: ignore[attr-defined]
    # Full-width letters and digits, a dot, spaces and dashes, as an input method gives them.
    made = appointments.book(
        advisor, booking(at(TOMORROW, 9), plate="粤ｂ·６６６６６", phone="１３９ 0000-1111", name=" 李四 ")
    )
    assert (made.plate, made.phone, made.customer_name) == ("粤B66666", "13900001111", "李四")
    assert made.vehicle_id is None and made.customer_id is None and made.vin == ""


def test_a_new_callers_plate_on_file_books_that_car(services: Services, advisor: Actor) -> None:
    vehicle = car(services, advisor, plate="粤B88888")
    made = services.appointments.book(
        advisor, booking(at(TOMORROW, 9), plate="粤B 88888", phone="13900002222")
    )
    assert (made.vehicle_id, made.customer_id, made.phone) == (vehicle.id, vehicle.owner_id, "13900002222")


def test_slots_off_the_grid_past_or_closed_are_refused(
    services: Services, advisor: Actor, supervisor: Actor, clock: FakeClock
) -> None:
    appointments = services.appointments
    vehicle = car(services, advisor)
    for slot in (
        at(TOMORROW, 9, 10),  # not on the 30-minute grid from 08:30
        at(TOMORROW, 8),  # before opening
        at(TOMORROW, 17),  # the last slot starts at 17:00 and ends at 17:30: that one is fine
        at(TOMORROW, 17, 30),  # closing time: no slot starts then
        at(TODAY, 9, 30),  # already past (now is 10:00)
    ):
        data = booking(slot, vehicle_id=vehicle.id)
        if slot == at(TOMORROW, 17):
            assert appointments.book(advisor, data).slot_end == at(TOMORROW, 17, 30)
            continue
        with pytest.raises(ValidationError) as info:
            appointments.book(advisor, data)
        assert info.value.field == "slot_at", slot
    assert (
        appointments.book(advisor, booking(at(TODAY, 10), vehicle_id=vehicle.id)).state is BookingState.BOOKED
    )
    schedule = appointments.schedule(supervisor)
    from dataclasses import replace

    appointments.save_schedule(
        supervisor, replace(schedule, closed_weekdays=frozenset({7}), closed_days=frozenset({TOMORROW}))
    )
    sunday, monday = TODAY + dt.timedelta(days=2), TODAY + dt.timedelta(days=3)
    for day in (TOMORROW, sunday):
        with pytest.raises(ValidationError, match="休息日") as info:
            appointments.book(advisor, booking(at(day, 9), vehicle_id=vehicle.id))
        assert info.value.field == "slot_at"
        assert appointments.day(advisor, day, WorkKind.MAINTENANCE).closed
    assert appointments.book(advisor, booking(at(monday, 9), vehicle_id=vehicle.id)).id


def test_moving_and_cancelling_keep_the_history(services: Services, advisor: Actor, clock: FakeClock) -> None:
    appointments = services.appointments
    other = make_actor(services, Role.ADVISOR)
    vehicle = car(services, advisor)
    made = appointments.book(
        advisor, booking(at(TOMORROW, 9), vehicle_id=vehicle.id, advisor_id=advisor.user_id)
    )
    with pytest.raises(ValidationError) as info:
        appointments.move(advisor, made.id, made.version, at(TOMORROW, 11), "  ")
    assert info.value.field == "reason"
    clock.advance(minutes=5)
    moved = appointments.move(
        other, made.id, made.version, at(TOMORROW, 11), "客户要求改到上午 11 点", other.user_id
    )
    assert moved.slot_at == at(TOMORROW, 11) and moved.advisor_id == other.user_id
    assert moved.version == made.version + 1 and moved.status is AppointmentStatus.BOOKED
    with pytest.raises(Conflict):  # the copy from before the move
        appointments.cancel(advisor, made.id, made.version, "客户取消")
    with pytest.raises(ValidationError) as info:
        appointments.cancel(advisor, moved.id, moved.version, "")
    assert info.value.field == "reason"
    clock.advance(minutes=5)
    cancelled = appointments.cancel(advisor, moved.id, moved.version, "车已卖")
    assert cancelled.status is AppointmentStatus.CANCELLED and cancelled.state is BookingState.CANCELLED
    assert cancelled.cancel_reason == "车已卖"
    with pytest.raises(ValidationError, match="已取消"):
        appointments.move(advisor, cancelled.id, cancelled.version, at(TOMORROW, 14), "再约")
    booked, move, cancel = appointments.history(advisor, made.id)
    assert (booked.kind, move.kind, cancel.kind) == (EventKind.BOOKED, EventKind.MOVED, EventKind.CANCELLED)
    assert (move.slot_before, move.slot_after, move.reason) == (
        at(TOMORROW, 9),
        at(TOMORROW, 11),
        "客户要求改到上午 11 点",
    )
    assert move.user_name == other.display_name and move.at == booked.at + dt.timedelta(minutes=5)
    assert (cancel.slot_before, cancel.reason, cancel.user_name) == (
        at(TOMORROW, 11),
        "车已卖",
        advisor.display_name,
    )
    assert [b.id for b in appointments.bookings(advisor, TOMORROW)] == [made.id]  # every status
    with services.db.read() as s:
        actions = s.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "appointment").order_by(AuditEntry.id)
        ).all()
    assert actions == ["appointment.book", "appointment.move", "appointment.cancel"]


def test_who_may_book_and_who_may_edit_the_schedule(services: Services, advisor: Actor) -> None:
    clerk = make_actor(services, Role.CLAIMS)
    vehicle = car(services, advisor)
    with pytest.raises(PermissionDenied):
        services.appointments.book(clerk, booking(at(TOMORROW, 9), vehicle_id=vehicle.id))
    with pytest.raises(PermissionDenied):
        services.appointments.bookings(clerk, TOMORROW)
    schedule = services.appointments.schedule(advisor)
    with pytest.raises(PermissionDenied):
        services.appointments.save_schedule(advisor, schedule)
