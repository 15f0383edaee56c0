"""Follow-ups of inspection items the customer put off (未做项目回访): implements
app.inspection.ports.FollowUps. The reminder is due on the date the customer named and keeps the
item's id, so the supervisor's list shows what was declined and why."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.reminders.kinds import ReminderKind, ReminderStatus
from app.roles import Actor
from db.models import Reminder


class InspectionFollowUps:
    def defer_item(
        self,
        s: Session,
        actor: Actor,
        *,
        vehicle_id: int,
        customer_id: int,
        item_id: int,
        until: dt.date,
        note: str,
    ) -> int:
        row = s.scalar(
            select(Reminder).where(
                Reminder.inspection_item_id == item_id,
                Reminder.kind == ReminderKind.DECLINED_ITEM,
                Reminder.status == ReminderStatus.OPEN,
            )
        )
        before = None
        if row is None:
            row = Reminder(
                vehicle_id=vehicle_id,
                customer_id=customer_id,
                kind=ReminderKind.DECLINED_ITEM,
                due_date=until,
                status=ReminderStatus.OPEN,
                inspection_item_id=item_id,
                note=note,
            )
            s.add(row)
        else:
            before = {"due_date": row.due_date, "note": row.note}
            row.due_date, row.note = until, note
        s.flush()
        audit.record(
            s,
            actor,
            "reminder.follow_up",
            "reminder",
            row.id,
            before,
            {"due_date": until, "note": note, "item": item_id},
        )
        return row.id
