"""A booked car arrives: found at the counter by its plate, VIN or phone (typed or scanned), its
booking fills the order dialog, and the order opened for it marks the booking as kept."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app import audit
from app.appointments._rows import load_appointment, read_bookings
from app.appointments.events import add_event
from app.appointments.kinds import EventKind
from app.appointments.records import ArrivalDraft, Booking
from app.appointments.schedule import day_bounds, read_schedule
from app.appointments.status import AppointmentStatus, status_label
from app.errors import ValidationError
from app.roles import Actor
from app.validation import clean_scanned, normalize_plate, normalize_vin, to_halfwidth
from app.wording import label, say
from db.models import Appointment, Vehicle

MIN_TAIL = 4  # the fewest characters of a plate, VIN or phone's end that find a booking


def mark_arrived(
    s: Session,
    appointment_id: int,
    vehicle_id: int,
    *,
    actor: Actor | None = None,
    now: dt.datetime | None = None,
) -> None:
    """In the caller's unit of work (opening the order). The booking must be still booked and
    this car's; a new caller's booking (no car yet) becomes the booking of the car the order is
    opened for, and of its owner. A booking serves one visit."""
    appointment = load_appointment(s, appointment_id)
    if appointment.vehicle_id is not None and appointment.vehicle_id != vehicle_id:
        raise ValidationError("appointment_id", say("该预约不存在或不是这辆车的预约"))
    if appointment.status != AppointmentStatus.BOOKED.value:
        raise ValidationError(
            "appointment_id",
            say("该预约的状态是“{status}”，不能再用于开单", status=label(status_label(appointment.status))),
        )
    at = now or dt.datetime.now(dt.UTC)
    before = {"status": appointment.status, "vehicle_id": appointment.vehicle_id}
    if appointment.vehicle_id is None:
        vehicle = s.get(Vehicle, vehicle_id)
        if vehicle is None:
            raise ValidationError("appointment_id", say("该预约不存在或不是这辆车的预约"))
        appointment.vehicle_id, appointment.customer_id = vehicle.id, vehicle.owner_id
        appointment.plate = vehicle.plate or appointment.plate
    appointment.status = AppointmentStatus.ARRIVED.value
    appointment.arrived_at = at
    appointment.updated_at = at
    user_id = actor.user_id if actor is not None else None
    add_event(s, appointment.id, EventKind.ARRIVED, user_id, at, before=appointment.scheduled_at)
    audit.record(
        s, actor, "appointment.arrive", "appointment", appointment.id, before,
        {"status": appointment.status, "vehicle_id": vehicle_id},
    )  # fmt: skip


def _matches(booking: Booking, text: str) -> bool:
    typed = to_halfwidth(clean_scanned(text)).strip().upper()
    if not typed:
        return False
    plate, vin = normalize_plate(typed), normalize_vin(typed)
    digits = "".join(c for c in typed if c.isdigit())
    if (
        plate
        and booking.plate
        and (plate == booking.plate or (len(plate) >= MIN_TAIL and booking.plate.endswith(plate)))
    ):
        return True
    if vin and booking.vin and (vin == booking.vin or (len(vin) >= MIN_TAIL and booking.vin.endswith(vin))):
        return True
    phone = booking.phone
    return bool(phone) and len(digits) >= MIN_TAIL and digits == typed and phone.endswith(digits)


def still_to_come(s: Session, day: dt.date, now: dt.datetime) -> list[Booking]:
    """The day's bookings not arrived yet (late ones included), by slot time: what the board shows."""
    start, end = day_bounds(day)
    return read_bookings(
        s,
        read_schedule(s),
        now,
        Appointment.scheduled_at >= start,
        Appointment.scheduled_at < end,
        Appointment.status == AppointmentStatus.BOOKED.value,
    )


def find_arriving(s: Session, text: str, today: dt.date, now: dt.datetime) -> tuple[Booking, ...]:
    """Today's booked ones whose plate, VIN or phone is what was typed or scanned, or ends with it
    (at least 4 characters: 12345 of 粤B12345, the VIN's last 6, the phone's last 4)."""
    return tuple(b for b in still_to_come(s, today, now) if _matches(b, text))


def arrival_draft(s: Session, appointment_id: int, now: dt.datetime) -> ArrivalDraft:
    found = read_bookings(s, read_schedule(s), now, Appointment.id == appointment_id)
    booking = found[0] if found else None
    if booking is None:
        load_appointment(s, appointment_id)  # NotFound
        raise AssertionError
    if booking.status is not AppointmentStatus.BOOKED:
        raise ValidationError(
            "appointment_id",
            say("该预约的状态是“{status}”，不能再用于开单", status=label(status_label(booking.status.value))),
        )
    return ArrivalDraft(
        appointment_id=booking.id,
        vehicle_id=booking.vehicle_id,
        plate=booking.plate,
        phone=booking.phone,
        name=booking.customer_name,
        job_type=booking.job_type,
        customer_words=booking.customer_words,
        customer_waits=booking.customer_waits,
        advisor_id=booking.advisor_id,
    )
