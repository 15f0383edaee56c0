"""What the orders need from the capabilities above them (reminders, inspection).

Orders sit below reminders and inspection in app/'s layers, yet a delivery schedules the next
service, the vehicle card lists the open reminders and the intake sheet prints the inspection's
findings. Orders declare here what they need, in their own types; the capability above
implements it and app.context plugs it in. Every method runs in the caller's session, so a
delivery and its reminder are one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.orm import Session

from app.roles import Actor


@dataclass(frozen=True)
class Visit:
    """The visit a next service is planned from."""

    order_id: int
    ro_number: str
    vehicle_id: int
    customer_id: int
    serviced: bool  # the order included 保养
    km: int  # mileage out, else in
    day: dt.date  # local day of the handover (or of today for an order still open)
    # The last maintenance visit before this one: (local day, km).
    last_service: tuple[dt.date, int] | None


@dataclass(frozen=True)
class NextService:
    kind: str  # a reminders.ReminderKind value: first_service / service
    kind_label: str  # 首保 / 定期保养
    due_date: dt.date
    due_km: int | None
    date_by_time: dt.date | None = None
    date_by_km: dt.date | None = None
    km_per_day: float | None = None
    km_per_day_source: str = ""  # history / default
    reminder_id: int | None = None  # the reminder the counter will call about
    reminder_created: bool = False
    # Already past on the day it was worked out: said as overdue, never as due "today".
    overdue: bool = False
    km_per_day_confidence: str = ""  # a reminders.Confidence value


@dataclass(frozen=True)
class ReminderLine:
    """An open reminder as the vehicle card lists it."""

    id: int
    kind: str
    kind_label: str
    due_date: dt.date
    due_km: int | None
    status: str
    is_due: bool  # due today or earlier
    note: str


class ServiceReminders(Protocol):
    def schedule_after_delivery(
        self, s: Session, actor: Actor, visit: Visit, now: dt.datetime
    ) -> NextService:
        """Closes what this visit fulfilled and keeps one open service reminder for the next."""

    def next_service(self, s: Session, visit: Visit) -> NextService:
        """The next service as the counter tells the customer now (nothing is written)."""

    def open_reminders(self, s: Session, vehicle_id: int, today: dt.date) -> tuple[ReminderLine, ...]:
        """The vehicle's open reminders, soonest first."""

    def visit_flags(self, s: Session, vehicle_id: int) -> tuple[str, ...]:
        """What the counter must know when the car is back (an unhappy follow-up call since its
        last delivery), each a sentence; empty for most cars."""

    def reading_recorded(self, s: Session, vehicle_id: int, now: dt.datetime) -> None:
        """The car's mileage was read (or a reading corrected): its open service reminders' due
        dates worked out again from it."""


class InspectionFindings(Protocol):
    def findings_text(self, s: Session, order_id: int) -> str:
        """The order's inspection result in a few lines, as the intake sheet prints it."""
