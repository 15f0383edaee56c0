"""What the counter must know when a car comes back: an unhappy answer to the follow-up call after
its last delivery (交车回访 不满意 / 很不满意). The complaint it opened goes to the supervisor; the
advisor who receives the car next sees the customer's words on the vehicle card, until the car is
delivered again."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.clock import local_day
from app.reminders.kinds import SATISFACTION_LABELS, UNHAPPY, ReminderKind, Satisfaction
from app.wording import label, say
from db.models import Reminder, ReminderContact, RepairOrder


def visit_flags(s: Session, vehicle_id: int) -> tuple[str, ...]:
    answer = s.execute(
        select(ReminderContact.at, ReminderContact.satisfaction, ReminderContact.note, RepairOrder.ro_number)
        .join(Reminder, Reminder.id == ReminderContact.reminder_id)
        .outerjoin(RepairOrder, RepairOrder.id == Reminder.repair_order_id)
        .where(
            Reminder.vehicle_id == vehicle_id,
            Reminder.kind == ReminderKind.FOLLOW_UP.value,
            ReminderContact.satisfaction.is_not(None),
        )
        .order_by(ReminderContact.at.desc(), ReminderContact.id.desc())
        .limit(1)
    ).first()
    if answer is None:
        return ()
    at, stored, words, ro_number = answer
    satisfaction = Satisfaction(str(stored))  # not None: the query asks for answered calls
    if satisfaction not in UNHAPPY:
        return ()
    delivered_since = s.scalar(
        select(func.count())
        .select_from(RepairOrder)
        .where(RepairOrder.vehicle_id == vehicle_id, RepairOrder.delivered_at > at)
    )
    if delivered_since:
        return ()  # the visit after it is over: the flag has done its work
    day = local_day(at)
    return (
        say(
            "上次交车回访客户{answer}（{day}，{ro}）：{words}",
            answer=label(SATISFACTION_LABELS[satisfaction]),
            day=day.isoformat(),
            ro=ro_number or "—",
            words=words or "—",
        ),
    )
