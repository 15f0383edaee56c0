"""A booking made at the counter or from a reminder call."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.appointments.status import AppointmentStatus
from app.errors import ValidationError
from app.wording import say
from db.models import Appointment

MAX_NOTE = 200


def book(
    s: Session,
    *,
    vehicle_id: int,
    customer_id: int,
    at: dt.datetime,
    now: dt.datetime,
    advisor_id: int | None = None,
    job_type: str = "保养",
    note: str = "",
) -> int:
    """In the caller's unit of work; the booking's id. A time already past is refused."""
    if at.tzinfo is None:
        raise ValueError("a booking's time must be aware")
    if at <= now:
        raise ValidationError("booking", say("预约时间已过，请选择以后的时间"))
    row = Appointment(
        vehicle_id=vehicle_id,
        customer_id=customer_id,
        advisor_id=advisor_id,
        scheduled_at=at,
        job_type=job_type,
        status=AppointmentStatus.BOOKED.value,
        note=" ".join(note.split())[:MAX_NOTE],
        created_at=now,
        updated_at=now,
    )
    s.add(row)
    s.flush()
    return row.id
