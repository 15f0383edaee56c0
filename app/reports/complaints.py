"""Complaints (投诉): opened at the counter, by phone, passed on by the manufacturer, or by an
unhappy follow-up call, and handled by the supervisor (docs/domain/complaints.md).

ComplaintBook opens a complaint in the caller's unit of work: the complaint service's own
recording, and the reminders' Complaints port (app/reminders/ports.py). The reply deadline is
set from the dealer's rule at the opening.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app import audit
from app.reports.complaint_kinds import (
    ComplaintCategory,
    ComplaintChannel,
    ComplaintStatus,
)
from app.reports.complaint_rules import read_rules
from app.roles import Actor
from db.models import Complaint

MAX_DESCRIPTION = 2000


class ComplaintBook:
    def open_complaint(
        self,
        s: Session,
        actor: Actor,
        *,
        customer_id: int,
        vehicle_id: int | None,
        repair_order_id: int | None,
        description: str,
        channel: ComplaintChannel,
        now: dt.datetime,
        category: ComplaintCategory = ComplaintCategory.OTHER,
    ) -> int:
        """In the caller's unit of work; the complaint's id, assigned to nobody yet, its first
        reply due within the dealer's hours."""
        rules = read_rules(s)
        row = Complaint(
            customer_id=customer_id,
            vehicle_id=vehicle_id,
            repair_order_id=repair_order_id,
            opened_at=now,
            opened_by=actor.user_id,
            channel=channel.value,
            category=category.value,
            description=description[:MAX_DESCRIPTION],
            status=ComplaintStatus.OPEN.value,
            reply_due_at=now + rules.reply_within,
            created_at=now,
            updated_at=now,
        )
        s.add(row)
        s.flush()
        audit.record(
            s, actor, "complaint.open", "complaint", row.id, None,
            {
                "channel": channel.value,
                "category": category.value,
                "customer_id": customer_id,
                "vehicle_id": vehicle_id,
                "repair_order_id": repair_order_id,
                "reply_due_at": row.reply_due_at,
            },
        )  # fmt: skip
        return row.id

    def open_follow_up_complaint(
        self,
        s: Session,
        actor: Actor,
        *,
        customer_id: int,
        vehicle_id: int,
        repair_order_id: int | None,
        description: str,
        now: dt.datetime,
    ) -> int:
        """The reminders' Complaints port: an unhappy answer to the follow-up call."""
        return self.open_complaint(
            s,
            actor,
            customer_id=customer_id,
            vehicle_id=vehicle_id,
            repair_order_id=repair_order_id,
            description=description,
            channel=ComplaintChannel.FOLLOW_UP,
            now=now,
            category=ComplaintCategory.OTHER,
        )
