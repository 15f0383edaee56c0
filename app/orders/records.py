"""What the order services take and return: frozen dataclasses, money in fen, times in UTC."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.orders.lines import LineInfo, LineInput, Totals
from app.orders.status import CLOSED_STATUSES, OrderStatus
from app.warranty import SanbaoAlert


@dataclass(frozen=True)
class OrderEdit:
    """What may change while the order is open (the whole form is saved at once)."""

    mileage_in: int
    job_types: tuple[str, ...]
    customer_statement: str = ""
    fuel_level: str = "1/2"
    is_appointment: bool = False
    customer_waits: bool = False
    promised_at: dt.datetime | None = None
    brought_by: str = ""
    brought_by_phone: str = ""
    lines: tuple[LineInput, ...] = ()
    estimate_fen: int | None = None
    loan_car: bool = False
    odometer_changed: bool = False
    # Hours left out of the 三包 30 cumulative repair days (parts made for this VIN in transport,
    # a rescue service's travel ...); a whole number, 0 for none.
    excluded_hours: int = 0


@dataclass(frozen=True, kw_only=True)
class OrderInput(OrderEdit):
    """The intake form: the order's fields, and the car (and booking) it is opened for."""

    vehicle_id: int
    appointment_id: int | None = None


@dataclass(frozen=True)
class NoteInfo:
    id: int
    at: dt.datetime
    user_id: int | None
    user_name: str
    text: str


@dataclass(frozen=True)
class StatusEventInfo:
    at: dt.datetime
    from_status: OrderStatus | None
    to_status: OrderStatus
    user_id: int | None
    user_name: str
    note: str


@dataclass(frozen=True)
class OrderInfo:
    id: int
    ro_number: str
    vehicle_id: int
    customer_id: int
    advisor_id: int
    advisor_name: str
    appointment_id: int | None
    status: OrderStatus
    status_label: str
    opened_at: dt.datetime
    promised_at: dt.datetime | None
    delivered_at: dt.datetime | None
    mileage_in: int
    mileage_out: int | None
    fuel_level: str
    customer_statement: str
    job_types: tuple[str, ...]
    is_appointment: bool
    customer_waits: bool
    brought_by: str
    brought_by_phone: str
    estimate_fen: int
    estimate_approved: bool
    loan_car: bool
    cancel_reason: str | None
    lines: tuple[LineInfo, ...]
    totals: Totals
    version: int
    notes: tuple[NoteInfo, ...] = ()
    events: tuple[StatusEventInfo, ...] = ()
    alerts: tuple[SanbaoAlert, ...] = ()
    # Hours left out of the 三包 cumulative repair days (OrderEdit.excluded_hours).
    excluded_hours: int = 0
    # The vehicle's reading before this order's own: what a lower mileage in is refused against.
    # Filled where the order is read with its history (get_order, get_by_number).
    previous_mileage_km: int | None = None

    @property
    def editable(self) -> bool:
        return self.status not in CLOSED_STATUSES

    @property
    def over_estimate(self) -> bool:
        """The lines now cost more than the customer approved."""
        return self.estimate_approved and self.totals.total_fen > self.estimate_fen


def split_job_types(text: str) -> tuple[str, ...]:
    return tuple(j for j in text.split(",") if j)


# An order as the ORM loads it, or a plain row of the repair_orders table (the card reads many
# orders at once without building ORM objects); both are read by attribute.
