"""What the reminders need from capabilities above them: opening a complaint (app.reports owns
complaints) when a customer answers the follow-up call unhappy. app.context plugs it in."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from sqlalchemy.orm import Session

from app.roles import Actor


class Complaints(Protocol):
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
        """In the caller's unit of work; the complaint's id."""
        ...
