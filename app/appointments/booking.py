"""Making a booking, in the caller's unit of work (the service's own, or a reminder call's).

The input is checked first (all its mistakes together), then the slot: on the grid, not past,
not on a closed day; then, under the day's lock, its free place for the kind and the advisor.
A full slot raises SlotFull with the nearest free ones.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.appointments.capacity import lock_day, nearest_free, slot_load
from app.appointments.errors import SlotFull
from app.appointments.events import add_event
from app.appointments.kinds import BookingSource, EventKind, WorkKind
from app.appointments.records import BookingInput, Schedule
from app.appointments.schedule import check_slot, read_schedule
from app.appointments.status import AppointmentStatus
from app.clock import local_day
from app.errors import FieldErrors, NotFound, ValidationError
from app.roles import Actor
from app.validation import normalize_plate, refuse_unsafe_characters, validate_phone, validate_plate
from app.wording import say
from db.models import Appointment, CustomerPhone, User, Vehicle

MAX_WORDS = 500
MAX_NAME = 64
MAX_JOB_TYPE = 16


def clean_text(errors: FieldErrors, field: str, text: str, limit: int, *, multiline: bool = False) -> str:
    cleaned = text.strip() if multiline else " ".join(text.split())
    if len(cleaned) > limit:
        errors.add(ValidationError(field, say("不能超过 {n} 个字", n=limit)))
    errors.check(lambda: refuse_unsafe_characters(field, cleaned, multiline=multiline), "")
    return cleaned


def clean_reason(text: str, what: str, limit: int = MAX_WORDS) -> str:
    """A reason the change needs (moving, cancelling)."""
    errors = FieldErrors()
    cleaned = clean_text(errors, "reason", text, limit, multiline=True)
    if not cleaned:
        errors.add(ValidationError("reason", say("请填写{what}", what=what)))
    errors.raise_any()
    return cleaned


def _phone(errors: FieldErrors, raw: str) -> str:
    if not raw.strip():
        return ""
    return errors.check(lambda: validate_phone(raw).number, "")


def _owner_phone(s: Session, customer_id: int) -> str:
    number = s.scalar(
        select(CustomerPhone.number)
        .where(CustomerPhone.customer_id == customer_id)
        .order_by(CustomerPhone.position, CustomerPhone.id)
        .limit(1)
    )
    return number or ""


def check_advisor(s: Session, advisor_id: int | None) -> None:
    if advisor_id is None:
        return
    user = s.get(User, advisor_id)
    if user is None or not user.active:
        raise ValidationError("advisor_id", say("所选服务顾问不存在或已停用"))


def refuse_full(
    s: Session,
    schedule: Schedule,
    slot_at: dt.datetime,
    kind: WorkKind,
    advisor_id: int | None,
    now: dt.datetime,
    exclude_id: int | None = None,
) -> None:
    """Under the day's lock (the caller took it): SlotFull when no place is left."""
    load = slot_load(s, schedule, slot_at, kind, advisor_id, now, exclude_id)
    if load.free > 0:
        return
    others = nearest_free(s, schedule, slot_at, kind, advisor_id, now, exclude_id=exclude_id)
    raise SlotFull(slot_at, others, for_advisor=load.booked < load.capacity)


def book(s: Session, actor: Actor, data: BookingInput, now: dt.datetime) -> Appointment:
    """In the caller's unit of work: the booking made (flushed, with its id)."""
    errors = FieldErrors()
    kind: object = data.work_kind
    source: object = data.source
    if not isinstance(kind, WorkKind):
        errors.add(ValidationError("work_kind", say("请选择维修类别")))
    if not isinstance(source, BookingSource):
        errors.add(ValidationError("source", say("请选择预约来源")))
    job_type = clean_text(errors, "job_type", data.job_type, MAX_JOB_TYPE)
    if not job_type:
        errors.add(ValidationError("job_type", say("请选择工单类型")))
    words = clean_text(errors, "customer_words", data.customer_words, MAX_WORDS, multiline=True)
    name = clean_text(errors, "name", data.name, MAX_NAME)
    phone = _phone(errors, data.phone)
    vehicle: Vehicle | None = None
    plate = ""
    if data.vehicle_id is not None:
        vehicle = s.get(Vehicle, data.vehicle_id)
        if vehicle is None:
            raise NotFound(say("车辆 {vehicle_id} 不存在", vehicle_id=data.vehicle_id))
        plate = vehicle.plate or ""
    else:
        plate = errors.check(lambda: validate_plate(data.plate).plate, "")
        if not data.phone.strip():
            errors.add(ValidationError("phone", say("新客户预约请留下联系电话")))
        if plate:  # a car on file after all: the booking is that car's
            vehicle = s.scalar(select(Vehicle).where(Vehicle.plate == normalize_plate(plate)))
    errors.check(lambda: check_advisor(s, data.advisor_id), None)
    if not isinstance(data.slot_at, dt.datetime) or data.slot_at.tzinfo is None:
        errors.add(ValidationError("slot_at", say("请选择预约时段")))
        errors.raise_any()
    schedule = read_schedule(s)
    errors.check(lambda: check_slot(schedule, data.slot_at, now), None)
    errors.raise_any()
    assert isinstance(kind, WorkKind) and isinstance(source, BookingSource)
    if vehicle is not None and not phone:
        phone = _owner_phone(s, vehicle.owner_id)
    lock_day(s, local_day(data.slot_at))
    refuse_full(s, schedule, data.slot_at, kind, data.advisor_id, now)
    row = Appointment(
        vehicle_id=vehicle.id if vehicle is not None else None,
        customer_id=vehicle.owner_id if vehicle is not None else None,
        advisor_id=data.advisor_id,
        scheduled_at=data.slot_at,
        ends_at=data.slot_at + schedule.slot,
        job_type=job_type,
        work_kind=kind.value,
        source=source.value,
        status=AppointmentStatus.BOOKED.value,
        note=words,
        customer_waits=bool(data.customer_waits),
        plate=plate,
        phone=phone,
        contact_name=name,
        created_by=actor.user_id,
        created_at=now,
        updated_at=now,
    )
    s.add(row)
    s.flush()
    add_event(s, row.id, EventKind.BOOKED, actor.user_id, now, after=row.scheduled_at)
    audit.record(
        s, actor, "appointment.book", "appointment", row.id, None,
        {"slot_at": row.scheduled_at, "work_kind": row.work_kind, "job_type": row.job_type,
         "advisor_id": row.advisor_id, "vehicle_id": row.vehicle_id, "plate": row.plate,
         "phone": row.phone, "source": row.source},
    )  # fmt: skip
    return row
