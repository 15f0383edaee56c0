"""Appointments (预约, docs/domain/appointments.md): owns the appointments, appointment_events and
appointment_days tables.

AppointmentService (services.appointments, service.py): the schedule (a dealer setting), the
day's slots with their free places, book (SlotFull with the nearest free slots), move, cancel,
confirm, record_no_show_reason, close_days; bookings, to_confirm, history, for_vehicle,
find_arriving, arrival -> ArrivalDraft; figures.

In the caller's unit of work:
    book(s, actor, BookingInput, now) -> Appointment      the capacity-checked booking (a reminder call)
    mark_arrived(s, appointment_id, vehicle_id, actor=, now=)   opening an order from a booking
    still_to_come(s, day, now) -> list[Booking]             the board's booked cars not yet arrived
    figures(s, first, last) -> AppointmentFigures           the reports' figures, with DEFINITIONS

Vocabularies (kinds.py, status.py): WorkKind (kind_for_job_type), AppointmentStatus, BookingState,
BookingSource, EventKind, ConfirmOutcome, NoShowReason, with their labels.
"""

from app.appointments.arrival import mark_arrived, still_to_come
from app.appointments.booking import book
from app.appointments.errors import SlotFull
from app.appointments.figures import DEFINITIONS, figures, made_and_missed
from app.appointments.kinds import (
    BOOKING_SOURCE_LABELS,
    BOOKING_STATE_LABELS,
    CONFIRM_OUTCOME_LABELS,
    EVENT_KIND_LABELS,
    NO_SHOW_REASON_LABELS,
    WORK_KIND_LABELS,
    BookingSource,
    BookingState,
    ConfirmOutcome,
    EventKind,
    NoShowReason,
    WorkKind,
    kind_for_job_type,
)
from app.appointments.records import (
    DEFAULT_SCHEDULE,
    AppointmentFigures,
    ArrivalDraft,
    Booking,
    BookingEvent,
    BookingInput,
    DaySlots,
    FigureRow,
    Schedule,
    SlotLoad,
)
from app.appointments.schedule import SCHEDULE_KEY, SLOT_LENGTHS
from app.appointments.service import AppointmentService
from app.appointments.status import APPOINTMENT_STATUS_LABELS, AppointmentStatus, status_label

__all__ = [
    "APPOINTMENT_STATUS_LABELS",
    "BOOKING_SOURCE_LABELS",
    "BOOKING_STATE_LABELS",
    "CONFIRM_OUTCOME_LABELS",
    "DEFAULT_SCHEDULE",
    "DEFINITIONS",
    "EVENT_KIND_LABELS",
    "NO_SHOW_REASON_LABELS",
    "SCHEDULE_KEY",
    "SLOT_LENGTHS",
    "WORK_KIND_LABELS",
    "AppointmentFigures",
    "AppointmentService",
    "AppointmentStatus",
    "ArrivalDraft",
    "Booking",
    "BookingEvent",
    "BookingInput",
    "BookingSource",
    "BookingState",
    "ConfirmOutcome",
    "DaySlots",
    "EventKind",
    "FigureRow",
    "NoShowReason",
    "Schedule",
    "SlotFull",
    "SlotLoad",
    "WorkKind",
    "book",
    "figures",
    "kind_for_job_type",
    "made_and_missed",
    "mark_arrived",
    "status_label",
    "still_to_come",
]
