"""The booking desk (预约, docs/domain/appointments.md): the schedule, the day's slots with their
free places, booking, moving, cancelling, the confirmation call, no-shows, the day's lists, the
car's bookings, finding the booked car at the counter, and the figures.

    services.appointments.day(actor, day, WorkKind.MAINTENANCE, advisor_id) -> DaySlots
    services.appointments.book(actor, BookingInput(slot_at, kind, "保养", advisor_id, ...)) -> Booking
    services.appointments.move(actor, booking.id, booking.version, new_slot, "客户要求")
    services.appointments.bookings(actor, tomorrow) -> tuple[Booking, ...]

Who may do what: BOOK_APPOINTMENTS (the advisors, the supervisor, the administrator) books,
moves, cancels, confirms, records a no-show's reason and reads the lists; MANAGE_APPOINTMENTS
(the supervisor, the administrator) edits the schedule; RUN_REPORTS reads the figures. Every
write takes the version the caller saw, keeps the booking's history, leaves an audit row and
announces Change.APPOINTMENTS.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement

from app.appointments import lifecycle
from app.appointments._rows import read_booking, read_bookings
from app.appointments.arrival import arrival_draft, find_arriving
from app.appointments.booking import book
from app.appointments.capacity import day_slots
from app.appointments.capacity import nearest_free as free_after
from app.appointments.events import history_of
from app.appointments.figures import figures
from app.appointments.kinds import ConfirmOutcome, NoShowReason, WorkKind
from app.appointments.records import (
    AppointmentFigures,
    ArrivalDraft,
    Booking,
    BookingEvent,
    BookingInput,
    DaySlots,
    Schedule,
)
from app.appointments.schedule import (
    SCHEDULE_KEY,
    clean_schedule,
    day_bounds,
    read_schedule,
    schedule_to_json,
)
from app.appointments.status import AppointmentStatus
from app.changes import Change, announces
from app.clock import Clock, local_today, system_clock
from app.roles import Actor, Permission, require
from app.settings import write_json
from app.uow import reading, unit_of_work
from app.users import authorize
from db.models import Appointment
from db.uow import Database

BOOK = Permission.BOOK_APPOINTMENTS
MANAGE = Permission.MANAGE_APPOINTMENTS
UNCONFIRMED = (None, ConfirmOutcome.NO_ANSWER)


class AppointmentService:
    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._db, self._clock = db, clock

    # -- the schedule ------------------------------------------------------------------------

    def schedule(self, actor: Actor) -> Schedule:
        require(actor, BOOK)
        with reading(self._db) as s:
            authorize(s, actor, BOOK)
            return read_schedule(s)

    @announces(Change.SETTINGS, Change.APPOINTMENTS)
    def save_schedule(self, actor: Actor, schedule: Schedule) -> Schedule:
        """The supervisor's: from now on for new bookings and moves; bookings made keep their slot."""
        require(actor, MANAGE)
        clean = clean_schedule(schedule)
        with unit_of_work(self._db) as s:
            authorize(s, actor, MANAGE)
            write_json(s, actor, SCHEDULE_KEY, schedule_to_json(clean))
        return clean

    # -- slots -------------------------------------------------------------------------------

    def day(self, actor: Actor, day: dt.date, kind: WorkKind, advisor_id: int | None = None) -> DaySlots:
        require(actor, BOOK)
        with reading(self._db) as s:
            authorize(s, actor, BOOK)
            return day_slots(s, read_schedule(s), day, kind, advisor_id, self._clock())

    def nearest_free(
        self, actor: Actor, after: dt.datetime, kind: WorkKind, advisor_id: int | None = None, count: int = 5
    ) -> tuple[dt.datetime, ...]:
        require(actor, BOOK)
        with reading(self._db) as s:
            authorize(s, actor, BOOK)
            return free_after(s, read_schedule(s), after, kind, advisor_id, self._clock(), count)

    # -- changes -----------------------------------------------------------------------------

    @announces(Change.APPOINTMENTS)
    def book(self, actor: Actor, data: BookingInput) -> Booking:
        """SlotFull (a ValidationError on slot_at) with the nearest free slots when it is full."""
        require(actor, BOOK)
        now = self._clock()
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, BOOK)
            row = book(s, actor, data, now)
            return read_booking(s, row.id, read_schedule(s), now)

    @announces(Change.APPOINTMENTS)
    def move(
        self,
        actor: Actor,
        appointment_id: int,
        version: int,
        slot_at: dt.datetime,
        reason: str,
        advisor_id: int | None = None,
    ) -> Booking:
        require(actor, BOOK)
        now = self._clock()
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, BOOK)
            lifecycle.move(s, actor, appointment_id, version, slot_at, reason, advisor_id, now)
            return read_booking(s, appointment_id, read_schedule(s), now)

    @announces(Change.APPOINTMENTS)
    def cancel(self, actor: Actor, appointment_id: int, version: int, reason: str) -> Booking:
        require(actor, BOOK)
        now = self._clock()
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, BOOK)
            lifecycle.cancel(s, actor, appointment_id, version, reason, now)
            return read_booking(s, appointment_id, read_schedule(s), now)

    @announces(Change.APPOINTMENTS)
    def confirm(
        self, actor: Actor, appointment_id: int, version: int, outcome: ConfirmOutcome, note: str = ""
    ) -> Booking:
        require(actor, BOOK)
        now = self._clock()
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, BOOK)
            lifecycle.confirm(s, actor, appointment_id, version, outcome, note, now)
            return read_booking(s, appointment_id, read_schedule(s), now)

    @announces(Change.APPOINTMENTS)
    def record_no_show_reason(
        self, actor: Actor, appointment_id: int, version: int, reason: NoShowReason, note: str = ""
    ) -> Booking:
        require(actor, BOOK)
        now = self._clock()
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, BOOK)
            lifecycle.record_no_show_reason(s, actor, appointment_id, version, reason, note, now)
            return read_booking(s, appointment_id, read_schedule(s), now)

    @announces(Change.APPOINTMENTS)
    def close_days(self, actor: Actor, today: dt.date | None = None) -> int:
        """Bookings still booked on the days before today become no-shows; how many. The program
        runs it at start-up (Services.startup_jobs) and `qiantai appointments close-day` does."""
        require(actor, BOOK)
        now = self._clock()
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, BOOK)
            return len(lifecycle.close_days(s, actor, today or local_today(self._clock), now))

    # -- lists -------------------------------------------------------------------------------

    def _day_bookings(self, actor: Actor, day: dt.date, *where: ColumnElement[bool]) -> list[Booking]:
        require(actor, BOOK)
        start, end = day_bounds(day)
        with reading(self._db) as s:
            authorize(s, actor, BOOK)
            return read_bookings(
                s,
                read_schedule(s),
                self._clock(),
                Appointment.scheduled_at >= start,
                Appointment.scheduled_at < end,
                *where,
            )

    def bookings(self, actor: Actor, day: dt.date) -> tuple[Booking, ...]:
        """The day's bookings by slot time, every status, the state at now."""
        return tuple(self._day_bookings(actor, day))

    def to_confirm(self, actor: Actor, day: dt.date) -> tuple[Booking, ...]:
        """The call list of the day's booked ones: those not confirmed yet (never called, or the
        call not answered) first, then by slot time."""
        found = self._day_bookings(actor, day, Appointment.status == AppointmentStatus.BOOKED.value)
        return tuple(sorted(found, key=lambda b: (b.confirmation not in UNCONFIRMED, b.slot_at, b.id)))

    def history(self, actor: Actor, appointment_id: int) -> tuple[BookingEvent, ...]:
        require(actor, BOOK)
        with reading(self._db) as s:
            authorize(s, actor, BOOK)
            read_booking(s, appointment_id, read_schedule(s), self._clock())  # NotFound
            return history_of(s, appointment_id)

    def get(self, actor: Actor, appointment_id: int) -> Booking:
        require(actor, BOOK)
        with reading(self._db) as s:
            authorize(s, actor, BOOK)
            return read_booking(s, appointment_id, read_schedule(s), self._clock())

    def for_vehicle(self, actor: Actor, vehicle_id: int) -> tuple[Booking, ...]:
        """The car's bookings still booked, nearest first."""
        require(actor, BOOK)
        with reading(self._db) as s:
            authorize(s, actor, BOOK)
            return tuple(
                read_bookings(
                    s,
                    read_schedule(s),
                    self._clock(),
                    Appointment.vehicle_id == vehicle_id,
                    Appointment.status == AppointmentStatus.BOOKED.value,
                )
            )

    # -- arrival -----------------------------------------------------------------------------

    def find_arriving(self, actor: Actor, text: str) -> tuple[Booking, ...]:
        """Today's booked ones whose plate, VIN or phone matches what was typed or scanned."""
        require(actor, BOOK)
        with reading(self._db) as s:
            authorize(s, actor, BOOK)
            return find_arriving(s, text, local_today(self._clock), self._clock())

    def arrival(self, actor: Actor, appointment_id: int) -> ArrivalDraft:
        """What the order dialog fills in; open the order with OrderInput.appointment_id."""
        require(actor, BOOK)
        with reading(self._db) as s:
            authorize(s, actor, BOOK)
            return arrival_draft(s, appointment_id, self._clock())

    # -- figures -----------------------------------------------------------------------------

    def figures(self, actor: Actor, start: dt.date, end: dt.date) -> AppointmentFigures:
        """The local days start..end, both included (DEFINITIONS)."""
        require(actor, Permission.RUN_REPORTS)
        with reading(self._db) as s:
            authorize(s, actor, Permission.RUN_REPORTS)
            return figures(s, start, end)
