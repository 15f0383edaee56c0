"""What the appointment services take and return: plain values in, frozen dataclasses out. Times
are aware datetimes (stored UTC); days are the counter's local dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.appointments.kinds import (
    BookingSource,
    BookingState,
    ConfirmOutcome,
    EventKind,
    NoShowReason,
    WorkKind,
)
from app.appointments.status import AppointmentStatus

# -- the schedule ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Schedule:
    """The dealer's opening hours, slots and capacities (the setting appointments.schedule)."""

    opens: dt.time
    closes: dt.time
    slot_minutes: int
    capacity: tuple[tuple[WorkKind, int], ...]  # bookings one slot takes, per kind of work
    advisor_capacity: int  # bookings one advisor takes in one slot, all kinds together
    closed_weekdays: frozenset[int]  # ISO weekdays, 1 Monday ... 7 Sunday
    closed_days: frozenset[dt.date]
    late_after_minutes: int  # a booking not arrived this long after its slot starts is late

    def capacity_of(self, kind: WorkKind) -> int:
        return dict(self.capacity).get(kind, 0)

    def is_closed(self, day: dt.date) -> bool:
        return day.isoweekday() in self.closed_weekdays or day in self.closed_days

    @property
    def slot(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.slot_minutes)

    @property
    def late_after(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.late_after_minutes)


DEFAULT_SCHEDULE = Schedule(
    opens=dt.time(8, 30),
    closes=dt.time(17, 30),
    slot_minutes=30,
    capacity=((WorkKind.MAINTENANCE, 4), (WorkKind.BODY_PAINT, 1), (WorkKind.QUICK, 2)),
    advisor_capacity=2,
    closed_weekdays=frozenset(),
    closed_days=frozenset(),
    late_after_minutes=30,
)


@dataclass(frozen=True)
class SlotLoad:
    start: dt.datetime
    end: dt.datetime
    kind: WorkKind
    booked: int  # bookings of this kind in the slot (booked or arrived)
    capacity: int
    advisor_booked: int | None  # the advisor's bookings in the slot, all kinds (None: no advisor asked)
    advisor_capacity: int | None
    free: int  # places left for this kind and, when an advisor is given, this advisor; never below 0
    past: bool  # the slot has started: no booking into it


@dataclass(frozen=True)
class DaySlots:
    day: dt.date
    kind: WorkKind
    advisor_id: int | None
    closed: bool  # a closed weekday or day: no slots
    slots: tuple[SlotLoad, ...]


# -- a booking -------------------------------------------------------------------------------


@dataclass(frozen=True)
class BookingInput:
    """A booking to make. With vehicle_id: the customer is the vehicle's owner, the plate the
    vehicle's, the phone by default the owner's first. Without: plate and phone are required (a
    new caller), the name optional."""

    slot_at: dt.datetime
    work_kind: WorkKind
    job_type: str
    advisor_id: int | None
    customer_words: str
    customer_waits: bool
    source: BookingSource
    vehicle_id: int | None = None
    plate: str = ""
    phone: str = ""
    name: str = ""


@dataclass(frozen=True)
class Booking:
    id: int
    version: int
    slot_at: dt.datetime
    slot_end: dt.datetime
    work_kind: WorkKind
    job_type: str
    advisor_id: int | None
    advisor_name: str
    customer_words: str
    customer_waits: bool
    source: BookingSource
    status: AppointmentStatus
    state: BookingState  # at the moment it was read
    vehicle_id: int | None
    customer_id: int | None
    plate: str  # normalised (粤B12345), "" when none; show it with app.validation.format_plate
    vin: str
    model_name: str
    customer_name: str  # the owner's, or a new caller's name
    phone: str  # in full: lists mask it (app.validation.mask_phone)
    created_at: dt.datetime
    created_by_name: str
    cancel_reason: str
    no_show_reason: NoShowReason | None
    confirmation: ConfirmOutcome | None
    order_id: int | None  # the order opened from it
    ro_number: str


@dataclass(frozen=True)
class BookingEvent:
    at: dt.datetime
    user_name: str
    kind: EventKind
    slot_before: dt.datetime | None
    slot_after: dt.datetime | None
    reason: str


@dataclass(frozen=True)
class ArrivalDraft:
    """What the order dialog fills in when the booked car arrives."""

    appointment_id: int
    vehicle_id: int | None  # None: a new caller's car, to be registered (plate and phone given)
    plate: str
    phone: str
    name: str
    job_type: str
    customer_words: str
    customer_waits: bool
    advisor_id: int | None


# -- figures ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class FigureRow:
    key: str  # the advisor's id as text ("" for none), or the WorkKind value
    label: str
    made: int
    due: int
    arrived: int
    no_shows: int
    show_rate: float  # arrived / due, 0.0 when nothing was due


@dataclass(frozen=True)
class AppointmentFigures:
    start: dt.date  # the first day
    end: dt.date  # the last day (included)
    made: int
    due: int
    arrived: int
    no_shows: int
    cancelled: int
    show_rate: float
    orders_opened: int
    orders_from_bookings: int
    booking_share: float
    by_advisor: tuple[FigureRow, ...]
    by_kind: tuple[FigureRow, ...]
