"""What the complaint services take and return: plain values in, frozen dataclasses out. Times are
aware UTC datetimes; dates are the counter's local dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from app.reports.complaint_kinds import (
    ActionKind,
    ComplaintCategory,
    ComplaintChannel,
    ComplaintStatus,
    ReplyState,
)

# -- input ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ComplaintInput:
    customer_id: int  # who complains: the owner the lookup found
    vehicle_id: int | None
    repair_order_id: int | None  # the visit it is about, if any (its car is the vehicle)
    channel: ComplaintChannel
    category: ComplaintCategory
    description: str  # what happened, in the customer's words


@dataclass(frozen=True)
class ActionInput:
    kind: ActionKind  # CONTACT or MEASURE
    text: str  # what was said to the customer, or what was done


@dataclass(frozen=True)
class CloseInput:
    resolution: str  # how it was resolved (required)
    satisfied: bool | None  # the customer satisfied with the resolution (required: yes or no)


class Scope(StrEnum):
    OPEN = "open"  # not closed: those without a reply first, the nearest deadline first
    ALL = "all"  # every complaint, the newest first


@dataclass(frozen=True)
class ComplaintQuery:
    scope: Scope = Scope.OPEN
    mine: bool = False  # assigned to the one asking
    text: str = ""  # plate, VIN or its end, phone or its last 4 digits, name, RO number
    since: dt.date | None = None  # opened on or after (local date)
    until: dt.date | None = None  # opened on or before (local date)


# -- output --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ComplaintRow:
    """A complaint as the lists show it."""

    id: int
    version: int
    opened_at: dt.datetime
    opened_by_id: int | None
    opened_by: str
    channel: ComplaintChannel
    channel_label: str
    category: ComplaintCategory
    category_label: str
    status: ComplaintStatus
    status_label: str
    customer_id: int
    customer: str
    phone_masked: str
    vehicle_id: int | None
    plate: str  # 粤B·12345, or the VIN's last 6 when the car has no plate, "" without a car
    ro_number: str
    summary: str  # what happened, on one line
    assigned_to: int | None
    assigned_name: str
    reply_due_at: dt.datetime
    replied_at: dt.datetime | None
    reply: ReplyState  # at the moment it was read
    closed_at: dt.datetime | None


@dataclass(frozen=True)
class ActionRecord:
    at: dt.datetime
    user: str
    kind: ActionKind
    kind_label: str
    text: str


@dataclass(frozen=True)
class ComplaintInfo:
    """One complaint with everything about it, and its log oldest first."""

    row: ComplaintRow
    description: str
    phone: str  # in full: whoever handles the complaint calls the customer
    vin: str
    model: str
    resolution: str
    satisfied: bool | None
    actions: tuple[ActionRecord, ...]

    @property
    def id(self) -> int:
        return self.row.id

    @property
    def version(self) -> int:
        return self.row.version


@dataclass(frozen=True)
class ComplaintPage:
    rows: tuple[ComplaintRow, ...]
    total: int  # matching complaints; more than the rows when the list was cut
    open_total: int  # complaints not closed, of everyone's (the supervisor's count)
    overdue_total: int  # of them: not answered by their deadline


@dataclass(frozen=True)
class OrderChoice:
    """One of the car's orders, to say which visit the complaint is about."""

    id: int
    ro_number: str
    opened_at: dt.datetime
    status_label: str
    advisor: str


@dataclass(frozen=True)
class Handler:
    """Whom a complaint may be given to."""

    id: int
    name: str
    role_label: str
