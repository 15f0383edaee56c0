"""What happens to a booking after it was made, in the caller's unit of work: moved, cancelled,
confirmed by a call, closed as a no-show at the end of its day, the reason of a no-show.

Each change takes the version the caller saw (app.uow.check_version: a stale one is a Conflict),
keeps the history (appointment_events) and leaves an audit row.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.appointments._rows import load_appointment
from app.appointments.booking import check_advisor, clean_reason, clean_text, refuse_full
from app.appointments.capacity import lock_day
from app.appointments.events import add_event
from app.appointments.kinds import (
    CONFIRM_OUTCOME_LABELS,
    NO_SHOW_REASON_LABELS,
    ConfirmOutcome,
    EventKind,
    NoShowReason,
    work_kind_of,
)
from app.appointments.schedule import check_slot, day_bounds, read_schedule
from app.appointments.status import AppointmentStatus, status_label
from app.clock import local_day
from app.errors import FieldErrors, ValidationError
from app.roles import Actor
from app.uow import check_version
from app.wording import label, say
from db.models import Appointment

MAX_NOTE = 500


def _booked(s: Session, appointment_id: int, version: int) -> Appointment:
    row = load_appointment(s, appointment_id)
    check_version(row, version)
    if row.status != AppointmentStatus.BOOKED.value:
        raise ValidationError(
            "status",
            say("这个预约{status}，不能再修改", status=label(status_label(row.status))),
        )
    return row


def move(
    s: Session,
    actor: Actor,
    appointment_id: int,
    version: int,
    slot_at: dt.datetime,
    reason: str,
    advisor_id: int | None,
    now: dt.datetime,
) -> Appointment:
    """To another slot (and advisor, when one is given), with the reason; the confirmation is
    asked again. The new slot is checked as a new booking is, this booking left out of its count."""
    why = clean_reason(reason, say("改期原因"))
    row = _booked(s, appointment_id, version)
    advisor = advisor_id if advisor_id is not None else row.advisor_id
    if slot_at == row.scheduled_at and advisor == row.advisor_id:
        raise ValidationError("slot_at", say("新的时段与原来的相同"))
    check_advisor(s, advisor)
    schedule = read_schedule(s)
    check_slot(schedule, slot_at, now)
    lock_day(s, local_day(row.scheduled_at), local_day(slot_at))
    refuse_full(s, schedule, slot_at, work_kind_of(row.work_kind), advisor, now, exclude_id=row.id)
    before = {"slot_at": row.scheduled_at, "advisor_id": row.advisor_id, "confirmation": row.confirmation}
    old = row.scheduled_at
    row.scheduled_at, row.ends_at = slot_at, slot_at + schedule.slot
    row.advisor_id = advisor
    row.confirmation, row.confirmed_at = None, None
    row.updated_at = now
    add_event(s, row.id, EventKind.MOVED, actor.user_id, now, before=old, after=slot_at, reason=why)
    s.flush()
    after = {"slot_at": slot_at, "advisor_id": advisor, "confirmation": None, "reason": why}
    audit.record(s, actor, "appointment.move", "appointment", row.id, before, after)
    return row


def cancel(
    s: Session, actor: Actor, appointment_id: int, version: int, reason: str, now: dt.datetime
) -> Appointment:
    why = clean_reason(reason, say("取消原因"))
    row = _booked(s, appointment_id, version)
    row.status = AppointmentStatus.CANCELLED.value
    row.cancel_reason = why
    row.updated_at = now
    add_event(s, row.id, EventKind.CANCELLED, actor.user_id, now, before=row.scheduled_at, reason=why)
    s.flush()
    audit.record(
        s, actor, "appointment.cancel", "appointment", row.id,
        {"status": AppointmentStatus.BOOKED.value}, {"status": row.status, "reason": why},
    )  # fmt: skip
    return row


def _note(text: str) -> str:
    errors = FieldErrors()
    cleaned = clean_text(errors, "note", text, MAX_NOTE, multiline=True)
    errors.raise_any()
    return cleaned


def confirm(
    s: Session,
    actor: Actor,
    appointment_id: int,
    version: int,
    outcome: ConfirmOutcome,
    note: str,
    now: dt.datetime,
) -> Appointment:
    """The confirmation call's outcome (wanting to move or cancel is recorded; the move or the
    cancellation is its own change)."""
    if not isinstance(outcome, ConfirmOutcome):
        raise ValidationError("outcome", say("请选择确认电话的结果"))
    text = _note(note)
    row = _booked(s, appointment_id, version)
    before = {"confirmation": row.confirmation}
    row.confirmation, row.confirmed_at = outcome.value, now
    row.updated_at = now
    reason = CONFIRM_OUTCOME_LABELS[outcome] + (f"：{text}" if text else "")
    add_event(s, row.id, EventKind.CONFIRMED, actor.user_id, now, reason=reason)
    s.flush()
    audit.record(
        s, actor, "appointment.confirm", "appointment", row.id, before,
        {"confirmation": outcome.value, "note": text},
    )  # fmt: skip
    return row


def record_no_show_reason(
    s: Session,
    actor: Actor,
    appointment_id: int,
    version: int,
    reason: NoShowReason,
    note: str,
    now: dt.datetime,
) -> Appointment:
    """Why the customer did not come, once reached (a booking closed as a no-show)."""
    if not isinstance(reason, NoShowReason):
        raise ValidationError("reason", say("请选择客户未到店的原因"))
    text = _note(note)
    row = load_appointment(s, appointment_id)
    check_version(row, version)
    if row.status != AppointmentStatus.NO_SHOW.value:
        raise ValidationError(
            "status",
            say("只有爽约的预约才能记录未到原因；这个预约{status}", status=label(status_label(row.status))),
        )
    before = {"no_show_reason": row.no_show_reason}
    row.no_show_reason = reason.value
    row.updated_at = now
    said = NO_SHOW_REASON_LABELS[reason] + (f"：{text}" if text else "")
    add_event(s, row.id, EventKind.NO_SHOW_REASON, actor.user_id, now, reason=said)
    s.flush()
    audit.record(
        s, actor, "appointment.no_show_reason", "appointment", row.id, before,
        {"no_show_reason": reason.value, "note": text},
    )  # fmt: skip
    return row


def close_days(s: Session, actor: Actor, today: dt.date, now: dt.datetime) -> list[int]:
    """Every booking still booked on a day before `today` (local days) becomes a no-show: the day
    ended without the car. Returns their ids; one audit row lists them."""
    day_start, _ = day_bounds(today)
    query = select(Appointment).where(
        Appointment.status == AppointmentStatus.BOOKED.value, Appointment.scheduled_at < day_start
    )
    if s.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)  # one being changed right now: next time
    rows = list(s.scalars(query.order_by(Appointment.scheduled_at, Appointment.id)))
    for row in rows:
        row.status = AppointmentStatus.NO_SHOW.value
        row.updated_at = now
        add_event(s, row.id, EventKind.NO_SHOW, actor.user_id, now, before=row.scheduled_at)
    if rows:
        s.flush()
        audit.record(
            s, actor, "appointment.close_days", "appointment_day", today.isoformat(), None,
            {"no_show": [r.id for r in rows]},
        )  # fmt: skip
    return [r.id for r in rows]
