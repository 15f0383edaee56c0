"""What the inspection needs from reminders, its peer in app/'s layers: a deferred item becomes
a follow-up call. Reminders implement it and app.context plugs it in; it runs in the caller's
session, so the deferral and its follow-up are one transaction."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from sqlalchemy.orm import Session

from app.roles import Actor


class FollowUps(Protocol):
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
        """Schedules the follow-up for an item the customer put off; returns the reminder's id
        (an item deferred again moves its open follow-up instead of adding one)."""
        ...
