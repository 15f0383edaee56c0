"""A reminder call and what its outcome does to the car's task (docs/domain/reminders.md).

One call is logged against the task's most urgent reminder; every open reminder of the task
takes its consequences:
- booked: an appointment is made (app.appointments.book: the slot's capacity checked, SlotFull
  when it is full) and the reminders wait for the car;
- not due yet / serviced elsewhere: called again after `repeat_days`;
- no answer / phone off: tried again tomorrow, until `max_attempts` in the round, then after
  `repeat_days` (a new round);
- call later: on the day the customer named;
- number out of service: lost (no valid contact); car sold: lost (new owner unknown); refused:
  lost, with the reason the customer gave.
A lapsing or lost car without an open reminder gets a win-back reminder (流失召回) for the call.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.appointments import BookingInput, BookingSource, WorkKind, book
from app.errors import NotFound, ValidationError
from app.reminders.kinds import (
    SATISFACTION_LABELS,
    UNHAPPY,
    CallOutcome,
    LostReason,
    ReminderKind,
    ReminderStatus,
    Satisfaction,
)
from app.reminders.ports import Complaints
from app.reminders.rules import ReminderRules
from app.roles import Actor
from app.validation.text import refuse_unsafe_characters
from app.wording import say
from db.models import Reminder, ReminderContact, Vehicle

MAX_NOTE = 500
RETRY = frozenset({CallOutcome.NO_ANSWER, CallOutcome.PHONE_OFF})
LATER = frozenset({CallOutcome.NOT_DUE, CallOutcome.SERVICED_ELSEWHERE})
LOSES = {
    CallOutcome.OUT_OF_SERVICE: LostReason.NO_CONTACT,
    CallOutcome.CAR_SOLD: LostReason.SOLD_UNKNOWN,
}


@dataclass(frozen=True)
class CallInput:
    outcome: CallOutcome
    note: str = ""
    callback_date: dt.date | None = None  # call later: the day the customer named
    lost_reason: LostReason | None = None  # refused: why the customer stays away
    booking_at: dt.datetime | None = None  # booked: the slot the car comes in (aware)
    booking_note: str = ""
    # booked: the whole booking (slot, kind of work, job type, advisor, the customer's words);
    # without it, booking_at is a maintenance booking with the caller as the advisor.
    booking: BookingInput | None = None


@dataclass(frozen=True)
class CallResult:
    contact_id: int
    next_call: dt.date | None
    status: ReminderStatus
    appointment_id: int | None


def _check(call: CallInput, today: dt.date) -> str:
    note = " ".join(call.note.split())
    refuse_unsafe_characters("note", note)
    if len(note) > MAX_NOTE:
        raise ValidationError("note", say("备注不能超过 {n} 个字", n=MAX_NOTE))
    if call.outcome is CallOutcome.CALL_LATER:
        if call.callback_date is None:
            raise ValidationError("callback_date", say("请填写客户约定的回电日期"))
        if call.callback_date <= today:
            raise ValidationError("callback_date", say("回电日期应在今天以后"))
    if call.outcome is CallOutcome.BOOKED and call.booking_at is None and call.booking is None:
        raise ValidationError("booking_at", say("请填写预约到店时间"))
    if call.outcome is CallOutcome.REFUSED and call.lost_reason is None:
        raise ValidationError("lost_reason", say("请选择客户不再来店的原因"))
    return note


def _booking(call: CallInput, vehicle_id: int, actor: Actor, note: str) -> BookingInput:
    """The booking the call made: the call's car, booked from a reminder."""
    if call.booking is not None:
        return replace(call.booking, vehicle_id=vehicle_id, source=BookingSource.REMINDER)
    assert call.booking_at is not None
    return BookingInput(
        slot_at=call.booking_at,
        work_kind=WorkKind.MAINTENANCE,
        job_type="保养",
        advisor_id=actor.user_id,
        customer_words=call.booking_note or note,
        customer_waits=False,
        source=BookingSource.REMINDER,
        vehicle_id=vehicle_id,
    )


def task_reminders(s: Session, vehicle_id: int) -> list[Reminder]:
    """The car's open reminders, the most urgent first (locked on PostgreSQL until the end)."""
    query = (
        select(Reminder)
        .where(Reminder.vehicle_id == vehicle_id, Reminder.status == ReminderStatus.OPEN.value)
        .order_by(Reminder.due_date, Reminder.id)
    )
    if s.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    return list(s.scalars(query))


def _win_back(s: Session, vehicle: Vehicle, today: dt.date, now: dt.datetime) -> Reminder:
    row = Reminder(
        vehicle_id=vehicle.id,
        customer_id=vehicle.owner_id,
        kind=ReminderKind.WIN_BACK.value,
        due_date=today,
        status=ReminderStatus.OPEN.value,
        note="",
        created_at=now,
        updated_at=now,
    )
    s.add(row)
    s.flush()
    return row


def log_call(
    s: Session,
    actor: Actor,
    vehicle_id: int,
    call: CallInput,
    rules: ReminderRules,
    now: dt.datetime,
) -> CallResult:
    """In the caller's unit of work."""
    today = now.astimezone().date()
    note = _check(call, today)
    vehicle = s.get(Vehicle, vehicle_id)
    if vehicle is None:
        raise NotFound(say("车辆 {vehicle_id} 不存在", vehicle_id=vehicle_id))
    rows = task_reminders(s, vehicle_id) or [_win_back(s, vehicle, today, now)]
    appointment_id = None
    if call.outcome is CallOutcome.BOOKED:
        appointment_id = book(s, actor, _booking(call, vehicle_id, actor, note), now).id
    contact = ReminderContact(
        reminder_id=rows[0].id,
        at=now,
        user_id=actor.user_id,
        outcome=call.outcome.value,
        note=note,
        callback_date=call.callback_date,
        appointment_id=appointment_id,
    )
    s.add(contact)
    status, next_call = ReminderStatus.OPEN, None
    lost = LOSES.get(call.outcome) or (call.lost_reason if call.outcome is CallOutcome.REFUSED else None)
    for row in rows:
        row.attempts += 1
        row.updated_at = now
        if call.outcome is CallOutcome.BOOKED:
            row.status, row.next_call_date = ReminderStatus.BOOKED.value, None
        elif lost is not None:
            row.status, row.lost_reason, row.closed_at = ReminderStatus.LOST.value, lost.value, now
            row.next_call_date = None
        elif call.outcome is CallOutcome.CALL_LATER:
            row.next_call_date = call.callback_date
        elif call.outcome in RETRY and row.attempts < rules.max_attempts:
            row.next_call_date = today + dt.timedelta(days=1)
        else:  # not due, serviced elsewhere, or a round of unanswered calls: the next round
            row.next_call_date, row.attempts = today + dt.timedelta(days=rules.repeat_days), 0
        status, next_call = ReminderStatus(row.status), row.next_call_date
    s.flush()
    audit.record(
        s,
        actor,
        "reminder.call",
        "vehicle",
        vehicle_id,
        None,
        {
            "outcome": call.outcome.value,
            "reminders": [r.id for r in rows],
            "next_call": next_call,
            "lost_reason": lost.value if lost else None,
            "appointment": appointment_id,
        },
    )
    return CallResult(contact.id, next_call, status, appointment_id)


def close_on_return(s: Session, vehicle_id: int, serviced: bool, now: dt.datetime) -> list[int]:
    """The car came back (delivered): a win-back reminder is done; with a service done, so are
    its service reminders (first and regular). Each counts as converted when a call or a booking
    came before. Returns the reminders closed."""
    kinds = [ReminderKind.WIN_BACK.value]
    if serviced:
        kinds += [ReminderKind.FIRST_SERVICE.value, ReminderKind.SERVICE.value]
    rows = s.scalars(
        select(Reminder).where(
            Reminder.vehicle_id == vehicle_id,
            Reminder.status.in_([ReminderStatus.OPEN.value, ReminderStatus.BOOKED.value]),
            Reminder.kind.in_(kinds),
        )
    ).all()
    ids = [r.id for r in rows]
    called = set(s.scalars(select(ReminderContact.reminder_id).where(ReminderContact.reminder_id.in_(ids))))
    for row in rows:
        row.converted = row.status == ReminderStatus.BOOKED.value or row.id in called
        row.status, row.closed_at, row.next_call_date = ReminderStatus.DONE.value, now, None
    return ids


@dataclass(frozen=True)
class FollowUpInput:
    reached: bool  # the customer answered (else: no answer, tried again until it expires)
    satisfaction: Satisfaction | None = None
    comment: str = ""


@dataclass(frozen=True)
class FollowUpResult:
    contact_id: int
    done: bool
    complaint_id: int | None  # an unhappy answer opens a complaint for the supervisor


def log_follow_up(
    s: Session,
    actor: Actor,
    vehicle_id: int,
    answer: FollowUpInput,
    rules: ReminderRules,
    complaints: Complaints,
    now: dt.datetime,
) -> FollowUpResult:
    """In the caller's unit of work: the follow-up call after the car's latest delivery."""
    comment = " ".join(answer.comment.split())
    refuse_unsafe_characters("comment", comment)
    if len(comment) > MAX_NOTE:
        raise ValidationError("comment", say("备注不能超过 {n} 个字", n=MAX_NOTE))
    if answer.reached and answer.satisfaction is None:
        raise ValidationError("satisfaction", say("请选择客户的满意度"))
    if answer.satisfaction in UNHAPPY and not comment:
        raise ValidationError("comment", say("客户不满意：请记下客户的原话，以便主管处理"))
    row = s.scalar(
        select(Reminder)
        .where(
            Reminder.vehicle_id == vehicle_id,
            Reminder.kind == ReminderKind.FOLLOW_UP.value,
            Reminder.status == ReminderStatus.OPEN.value,
        )
        .order_by(Reminder.due_date.desc())
        .limit(1)
    )
    if row is None:
        raise NotFound(say("这辆车没有待做的交车回访"))
    outcome = CallOutcome.ANSWERED if answer.reached else CallOutcome.NO_ANSWER
    contact = ReminderContact(
        reminder_id=row.id,
        at=now,
        user_id=actor.user_id,
        outcome=outcome.value,
        note=comment,
        satisfaction=answer.satisfaction.value if answer.reached and answer.satisfaction else None,
    )
    s.add(contact)
    row.attempts += 1
    row.updated_at = now
    complaint_id = None
    if answer.reached:
        row.status, row.closed_at, row.next_call_date = ReminderStatus.DONE.value, now, None
        if answer.satisfaction in UNHAPPY:
            label = SATISFACTION_LABELS[answer.satisfaction]
            complaint_id = complaints.open_follow_up_complaint(
                s,
                actor,
                customer_id=row.customer_id,
                vehicle_id=vehicle_id,
                repair_order_id=row.repair_order_id,
                description=f"交车回访：{label}。{comment}",
                now=now,
            )
    else:
        row.next_call_date = now.astimezone().date() + dt.timedelta(days=1)
    s.flush()
    audit.record(
        s, actor, "reminder.follow_up_call", "vehicle", vehicle_id, None,
        {"reached": answer.reached, "satisfaction": contact.satisfaction, "complaint": complaint_id},
    )  # fmt: skip
    return FollowUpResult(contact.id, answer.reached, complaint_id)
