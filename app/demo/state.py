"""What the generator remembers about each vehicle: compact arrays, so a million cars fit easily."""

from __future__ import annotations

import random
from array import array
from collections import defaultdict
from dataclasses import dataclass, field

from app.demo.catalogue import ModelSpec
from app.demo.timebase import TimeBase
from app.demo.writer import BulkWriter
from app.reminders import ReminderStatus

NEVER = 2**31 - 1

LOYAL, OCCASIONAL, LOST = 0, 1, 2
# Reminder states while generating (compact codes), and the ReminderStatus each is written as.
R_OPEN, R_BOOKED, R_DONE, R_LOST = 0, 1, 2, 3
REMINDER_STATUS = (ReminderStatus.OPEN, ReminderStatus.BOOKED, ReminderStatus.DONE, ReminderStatus.LOST)


def _ints(n: int, value: int = 0) -> array:
    return array("i", [value]) * n


def _longs(n: int) -> array:
    return array("q", [0]) * n


@dataclass
class FleetState:
    """Index i is the vehicle with id first_vehicle_id + i."""

    size: int
    first_vehicle_id: int
    model: array = field(init=False)  # index into the catalogue
    owner: array = field(init=False)  # customer id
    delivered: array = field(init=False)  # day ordinal
    rate: array = field(init=False)  # km per day
    km: array = field(init=False)  # last reading
    seen: array = field(init=False)  # moment of the last reading
    last_visit: array = field(init=False)  # moment of the last repair order (0: none in the window)
    service_day: array = field(init=False)  # day of the last service (delivery if none)
    service_km: array = field(init=False)
    loyalty: array = field(init=False)
    busy_until: array = field(init=False)  # last day the car is in the workshop
    advisor: array = field(init=False)  # index into the advisors
    reminder: array = field(init=False)  # current service reminder id
    reminder_status: array = field(init=False)
    reminder_next_call: array = field(init=False)  # day (0: none)
    reminder_calls: array = field(init=False)
    reminder_dirty: array = field(init=False)  # calls changed it since it was written
    plan: array = field(init=False)  # day the car will come for service (0: not coming)
    appointment: array = field(init=False)  # appointment id the car will keep (0: none)
    appointment_at: array = field(init=False)  # its moment

    def __post_init__(self) -> None:
        n = self.size
        self.model = array("b", [0]) * n
        self.owner = _ints(n)
        self.delivered = _ints(n)
        self.rate = array("f", [0.0]) * n
        self.km = _ints(n)
        self.seen = _longs(n)
        self.last_visit = _longs(n)
        self.service_day = _ints(n)
        self.service_km = _ints(n)
        self.loyalty = array("b", [0]) * n
        self.busy_until = _ints(n)
        self.advisor = array("b", [0]) * n
        self.reminder = _ints(n)
        self.reminder_status = array("b", [0]) * n
        self.reminder_next_call = _ints(n)
        self.reminder_calls = array("b", [0]) * n
        self.reminder_dirty = array("b", [0]) * n
        self.plan = _ints(n)
        self.appointment = _ints(n)
        self.appointment_at = _longs(n)


@dataclass
class Staff:
    advisors: list[int]
    claims: int
    supervisor: int


@dataclass
class Context:
    """Everything the generator's parts share for one run."""

    rng: random.Random
    tb: TimeBase
    writer: BulkWriter
    models: tuple[ModelSpec, ...]
    model_ids: list[int]
    staff: Staff
    first_day: int  # the first day of history
    fleet: FleetState
    # Days -> vehicle indexes due for a reminder call / a service visit on that day.
    calls: defaultdict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    visits: defaultdict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    dealer_vehicles: list[int] = field(default_factory=list)
    # Bookings per (day, slot) and per (day, slot, advisor): the schedule's capacities hold.
    slot_bookings: defaultdict[tuple[int, int], int] = field(default_factory=lambda: defaultdict(int))
    advisor_bookings: defaultdict[tuple[int, int, int], int] = field(default_factory=lambda: defaultdict(int))

    @property
    def last_day(self) -> int:
        return self.tb.today
