"""Complaints (投诉): opened at the counter, by phone, or from an unhappy follow-up call, and
handled by the supervisor."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy.orm import Session

from app import audit
from app.roles import Actor
from db.models import Complaint

MAX_DESCRIPTION = 2000


class ComplaintStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


COMPLAINT_STATUS_LABELS: dict[ComplaintStatus, str] = {
    ComplaintStatus.OPEN: "待处理",
    ComplaintStatus.CLOSED: "已结案",
}


class ComplaintChannel(StrEnum):
    COUNTER = "counter"
    PHONE = "phone"
    FOLLOW_UP = "follow_up"  # the follow-up call after delivery (交车回访)


COMPLAINT_CHANNEL_LABELS: dict[ComplaintChannel, str] = {
    ComplaintChannel.COUNTER: "前台",
    ComplaintChannel.PHONE: "电话",
    ComplaintChannel.FOLLOW_UP: "交车回访",
}


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
        category: str = "",
    ) -> int:
        """In the caller's unit of work; the complaint's id, assigned to nobody yet."""
        row = Complaint(
            customer_id=customer_id,
            vehicle_id=vehicle_id,
            repair_order_id=repair_order_id,
            opened_at=now,
            opened_by=actor.user_id,
            channel=channel.value,
            category=category,
            description=description[:MAX_DESCRIPTION],
            status=ComplaintStatus.OPEN.value,
            created_at=now,
            updated_at=now,
        )
        s.add(row)
        s.flush()
        audit.record(
            s, actor, "complaint.open", "complaint", row.id, None,
            {"channel": channel.value, "vehicle_id": vehicle_id, "repair_order_id": repair_order_id},
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
            category="交车回访不满意",
        )
