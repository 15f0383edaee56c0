"""Every open service reminder's due date worked out again from today's facts: the car's
readings since (its distance per day), its last known mileage, the model's intervals. Done
when the supervisor asks (after a rule or a model's interval changed, or nightly); delivery
already works out the car it delivers.

A first service counts from the car's warranty start at 0 km; a regular service from the visit
that opened its reminder (the reminder's creation day, at its due km less the interval). The
readings and the reminders are both read in car order and walked together, a car at a time, so
a million cars are not held in memory; only the due dates that moved are written.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import cast

from sqlalchemy import ColumnElement, Table, bindparam, select, type_coerce, update
from sqlalchemy.orm import QueryableAttribute, Session
from sqlalchemy.types import NullType

from app.reminders.kinds import ReminderKind, ReminderStatus
from app.reminders.rules import ReminderRules
from app.reminders.schedule import daily_distance, service_due
from app.vehicles import Reading
from db.models import MileageReading, Reminder, Vehicle, VehicleModel

BATCH = 5_000


@dataclass(frozen=True)
class Recomputed:
    reminders: int  # open service reminders looked at
    moved: int  # whose due date changed


def _moment(value: object) -> dt.datetime:
    """A stored UTC time as the driver gives it (SQLite: text, PostgreSQL: a naive datetime),
    read here without the column type's conversion of each row: there are millions."""
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=dt.UTC)


def _raw(column: QueryableAttribute[dt.datetime]) -> ColumnElement[object]:
    return type_coerce(column, NullType())


def _readings(s: Session) -> Iterator[tuple[int, list[Reading]]]:
    rows = s.connection().execute(
        select(
            MileageReading.vehicle_id,
            _raw(MileageReading.read_at),
            MileageReading.km,
            MileageReading.odometer_changed,
        )
        .order_by(MileageReading.vehicle_id, MileageReading.read_at)
        .execution_options(yield_per=20_000)
    )
    for vehicle_id, group in itertools.groupby(rows, key=lambda r: r[0]):
        yield vehicle_id, [Reading(_moment(at), km, bool(changed)) for _, at, km, changed in group]


def recompute_all(s: Session, today: dt.date, rules: ReminderRules) -> Recomputed:
    """In the caller's unit of work."""
    reminders = s.connection().execute(
        select(
            Reminder.id,
            Reminder.vehicle_id,
            Reminder.kind,
            Reminder.due_km,
            Reminder.due_date,
            _raw(Reminder.created_at),
            Vehicle.last_mileage_km,
            Vehicle.delivery_date,
            Vehicle.invoice_date,
            Vehicle.purchase_date,
            VehicleModel.first_service_months,
            VehicleModel.first_service_km,
            VehicleModel.service_interval_months,
            VehicleModel.service_interval_km,
        )
        .join(Vehicle, Vehicle.id == Reminder.vehicle_id)
        .join(VehicleModel, VehicleModel.id == Vehicle.model_id)
        .where(
            Reminder.status == ReminderStatus.OPEN.value,
            Reminder.kind.in_([ReminderKind.FIRST_SERVICE.value, ReminderKind.SERVICE.value]),
            Reminder.due_km.is_not(None),
        )
        .order_by(Reminder.vehicle_id)
        .execution_options(yield_per=20_000)
    )
    readings = _readings(s)
    pending: tuple[int, list[Reading]] | None = next(readings, None)
    seen = 0
    moved: list[tuple[int, dt.date, int]] = []  # written once both reads are done
    for row in reminders:
        (rid, vehicle_id, kind, due_km, due_date, created, km, delivered, invoiced, purchased,
         first_months, first_km, months, interval_km) = row  # fmt: skip
        seen += 1
        while pending is not None and pending[0] < vehicle_id:
            pending = next(readings, None)
        points = pending[1] if pending is not None and pending[0] == vehicle_id else []
        distance = daily_distance(points, rules.default_km_per_day)
        if kind == ReminderKind.FIRST_SERVICE.value:
            start = delivered or invoiced or purchased
            if start is None:
                continue
            base_date, base_km, span, step = start, 0, first_months, first_km
        else:
            base_date, base_km, span, step = (
                _moment(created).astimezone().date(),
                due_km - interval_km,
                months,
                interval_km,
            )
        due = service_due(
            kind=ReminderKind(kind),
            base_date=base_date,
            base_km=base_km,
            months=span,
            km_interval=step,
            today=today,
            current_km=km if km is not None else base_km,
            distance=distance,
        )
        if due.due_date != due_date or due.due_km != due_km:
            moved.append((rid, due.due_date, due.due_km))
    table = cast(Table, Reminder.__table__)  # Core: an executemany by id, no objects loaded
    statement = (
        update(table)
        .where(table.c.id == bindparam("rid"))
        .values(due_date=bindparam("due"), due_km=bindparam("km"), version=table.c.version + 1)
    )
    for first in range(0, len(moved), BATCH):
        chunk = moved[first : first + BATCH]
        s.execute(statement, [{"rid": rid, "due": due, "km": km} for rid, due, km in chunk])
    return Recomputed(seen, len(moved))
