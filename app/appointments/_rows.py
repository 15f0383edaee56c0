"""Bookings read with what they are shown with: the car, its owner, the advisor, who booked it
and the order opened from it; the state at a moment."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session, aliased

from app.appointments.kinds import (
    BookingState,
    ConfirmOutcome,
    NoShowReason,
    source_of,
    work_kind_of,
)
from app.appointments.records import Booking, Schedule
from app.appointments.status import AppointmentStatus
from app.errors import NotFound
from app.wording import say
from db.models import Appointment, Customer, RepairOrder, User, Vehicle, VehicleModel

_advisor = aliased(User)
_creator = aliased(User)


def state_of(
    status: AppointmentStatus, slot_at: dt.datetime, schedule: Schedule, now: dt.datetime
) -> BookingState:
    """Booked becomes late at the slot's start plus late_after_minutes exactly (29:59 after the
    start is not late, 30:00 is) and stays so until the day is closed as a no-show."""
    if status is AppointmentStatus.BOOKED:
        return BookingState.LATE if now >= slot_at + schedule.late_after else BookingState.BOOKED
    return BookingState(status.value)


def status_of(stored: str) -> AppointmentStatus:
    try:
        return AppointmentStatus(stored)
    except ValueError:
        return AppointmentStatus.BOOKED


def _enum(kind: Any, stored: str | None) -> Any:
    if stored is None:
        return None
    try:
        return kind(stored)
    except ValueError:
        return None


def booking_query(
    *where: ColumnElement[bool],
) -> Select[Appointment, str | None, str, str, str, str, str, str, int, str]:
    return (
        select(
            Appointment,
            Vehicle.plate,
            Vehicle.vin,
            VehicleModel.brand,
            VehicleModel.name,
            Customer.name,
            _advisor.display_name,
            _creator.display_name,
            RepairOrder.id,
            RepairOrder.ro_number,
        )
        .outerjoin(Vehicle, Vehicle.id == Appointment.vehicle_id)
        .outerjoin(VehicleModel, VehicleModel.id == Vehicle.model_id)
        .outerjoin(Customer, Customer.id == Appointment.customer_id)
        .outerjoin(_advisor, _advisor.id == Appointment.advisor_id)
        .outerjoin(_creator, _creator.id == Appointment.created_by)
        .outerjoin(RepairOrder, RepairOrder.appointment_id == Appointment.id)
        .where(*where)
        .order_by(Appointment.scheduled_at, Appointment.id)
    )


def _booking(row: Sequence[Any], schedule: Schedule, now: dt.datetime) -> Booking:
    a, plate, vin, brand, model, owner, advisor, creator, order_id, ro_number = row
    status = status_of(a.status)
    return Booking(
        id=a.id,
        version=a.version,
        slot_at=a.scheduled_at,
        slot_end=a.ends_at,
        work_kind=work_kind_of(a.work_kind),
        job_type=a.job_type,
        advisor_id=a.advisor_id,
        advisor_name=advisor or "",
        customer_words=a.note,
        customer_waits=a.customer_waits,
        source=source_of(a.source),
        status=status,
        state=state_of(status, a.scheduled_at, schedule, now),
        vehicle_id=a.vehicle_id,
        customer_id=a.customer_id,
        plate=(plate if a.vehicle_id is not None else a.plate) or "",
        vin=vin or "",
        model_name=f"{brand or ''} {model or ''}".strip(),
        customer_name=owner if owner is not None else a.contact_name,
        phone=a.phone,
        created_at=a.created_at,
        created_by_name=creator or "",
        cancel_reason=a.cancel_reason,
        no_show_reason=_enum(NoShowReason, a.no_show_reason),
        confirmation=_enum(ConfirmOutcome, a.confirmation),
        order_id=order_id,
        ro_number=ro_number or "",
    )


def read_bookings(
    s: Session, schedule: Schedule, now: dt.datetime, *where: ColumnElement[bool]
) -> list[Booking]:
    return [_booking(row, schedule, now) for row in s.execute(booking_query(*where))]


def read_booking(s: Session, appointment_id: int, schedule: Schedule, now: dt.datetime) -> Booking:
    s.flush()
    found = read_bookings(s, schedule, now, Appointment.id == appointment_id)
    if not found:
        raise NotFound(say("预约 {appointment_id} 不存在", appointment_id=appointment_id))
    return found[0]


def load_appointment(s: Session, appointment_id: int) -> Appointment:
    row = s.get(Appointment, appointment_id, with_for_update=s.get_bind().dialect.name == "postgresql")
    if row is None:
        raise NotFound(say("预约 {appointment_id} 不存在", appointment_id=appointment_id))
    return row
