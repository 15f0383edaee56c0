"""A booked car arrives: the order opened for it marks the booking as kept."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.appointments.status import AppointmentStatus, status_label
from app.errors import ValidationError
from app.wording import label, say
from db.models import Appointment


def mark_arrived(s: Session, appointment_id: int, vehicle_id: int) -> None:
    """In the caller's unit of work. The booking must be this car's and still booked: a booking
    serves one visit of its own car."""
    appointment = s.get(
        Appointment, appointment_id, with_for_update=s.get_bind().dialect.name == "postgresql"
    )
    if appointment is None or appointment.vehicle_id != vehicle_id:
        raise ValidationError("appointment_id", say("该预约不存在或不是这辆车的预约"))
    if appointment.status != AppointmentStatus.BOOKED:
        raise ValidationError(
            "appointment_id",
            say("该预约的状态是“{status}”，不能再用于开单", status=label(status_label(appointment.status))),
        )
    appointment.status = AppointmentStatus.ARRIVED.value
