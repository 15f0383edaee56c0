"""Every open service reminder's due date worked out again from today's facts: the car's
readings since (its distance per day), its last known mileage, the model's intervals. Done
when the supervisor asks (after a rule or a model's interval changed, or nightly), and for one
car when the counter records its mileage on opening an order; delivery already works out the car
it delivers.

A first service counts from the car's warranty start at 0 km; a regular service from the visit
the reminder keeps as its base (its day and km; reminders made before migration 0017 keep only
the km, and count from their creation day). The
readings and the reminders are both read in car order and walked together, a car at a time, so
a million cars are not held in memory; only the due dates that moved are written.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import cast

from sqlalchemy import ColumnElement, Table, select, type_coerce
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


@functools.lru_cache(maxsize=65_536)
def _local_day_of_half_hour(moment: dt.datetime) -> dt.date:
    return moment.astimezone().date()


def _local_day(value: object) -> dt.date:
    """The counter's calendar day of a stored UTC time, worked out once per half hour on record
    (time zones change their offsets on a whole or half UTC hour): a million readings share a
    few tens of thousands of half hours."""
    moment = _moment(value)
    return _local_day_of_half_hour(moment.replace(minute=moment.minute // 30 * 30, second=0, microsecond=0))


def _raw(column: QueryableAttribute[dt.datetime]) -> ColumnElement[object]:
    return type_coerce(column, NullType())


def _readings(s: Session, only: int | None) -> Iterator[tuple[int, list[tuple[object, int, bool]]]]:
    """Each car's raw readings in time order; turned into Readings only for a car that has an
    open service reminder and at least two readings (one reading measures nothing)."""
    query = select(
        MileageReading.vehicle_id,
        _raw(MileageReading.read_at),
        MileageReading.km,
        MileageReading.odometer_changed,
    )
    if only is not None:
        query = query.where(MileageReading.vehicle_id == only)
    rows = s.connection().execute(
        query.order_by(MileageReading.vehicle_id, MileageReading.read_at).execution_options(yield_per=20_000)
    )
    for vehicle_id, group in itertools.groupby(rows, key=lambda r: r[0]):
        yield vehicle_id, [(at, km, changed) for _, at, km, changed in group]


def _as_readings(raw: list[tuple[object, int, bool]]) -> list[Reading]:
    if len(raw) < 2:
        return []
    return [Reading(_moment(at), km, bool(changed)) for at, km, changed in raw]


def _last_known(
    raw: list[tuple[object, int, bool]], km: int | None, base_km: int, base_date: dt.date
) -> tuple[int, dt.date | None]:
    """The car's last known mileage and the day it was read: the latest reading of the km the
    vehicle keeps as its last (a mistyped later reading is not it); without a mileage, the km
    and day the reminder counts from. None for the day: read on a day not on record (today)."""
    if km is None:
        if not raw:
            return base_km, base_date
        at, last_km, _ = raw[-1]
        return last_km, _local_day(at)
    for at, reading_km, _ in reversed(raw):
        if reading_km == km:
            return km, _local_day(at)
    return km, None


def recompute_all(s: Session, today: dt.date, rules: ReminderRules) -> Recomputed:
    """In the caller's unit of work."""
    return _recompute(s, today, rules, None)


def recompute_vehicle(s: Session, vehicle_id: int, today: dt.date, rules: ReminderRules) -> Recomputed:
    """One car's open service reminders, after a new reading of its mileage; in the caller's unit
    of work. The same rules as the whole recompute, so the two never disagree."""
    return _recompute(s, today, rules, vehicle_id)


def _recompute(s: Session, today: dt.date, rules: ReminderRules, only: int | None) -> Recomputed:
    query = (
        select(
            Reminder.id,
            Reminder.vehicle_id,
            Reminder.kind,
            Reminder.due_km,
            Reminder.due_date,
            _raw(Reminder.created_at),
            Reminder.base_date,
            Reminder.base_km,
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
    )
    if only is not None:
        query = query.where(Reminder.vehicle_id == only)
    query = query.order_by(Reminder.vehicle_id).execution_options(yield_per=20_000)
    reminders = s.connection().execute(query)
    readings = _readings(s, only)
    pending: tuple[int, list[tuple[object, int, bool]]] | None = next(readings, None)
    seen = 0
    moved: list[tuple[int, dt.date, int]] = []  # written once both reads are done
    for row in reminders:
        (rid, vehicle_id, kind, due_km, due_date, created, kept_date, kept_km, km, delivered, invoiced,
         purchased, first_months, first_km, months, interval_km) = row  # fmt: skip
        seen += 1
        while pending is not None and pending[0] < vehicle_id:
            pending = next(readings, None)
        raw = pending[1] if pending is not None and pending[0] == vehicle_id else []
        if kind == ReminderKind.FIRST_SERVICE.value:
            start = delivered or invoiced or purchased
            if start is None:
                continue
            base_date, base_km, span, step = start, 0, first_months, first_km
        else:
            base_date = kept_date if kept_date is not None else _local_day(created)
            base_km = kept_km if kept_km is not None else due_km - interval_km
            span, step = months, interval_km
        current_km, read_on = _last_known(raw, km, base_km, base_date)
        distance = daily_distance(_as_readings(raw), rules.default_km_per_day)
        due = service_due(
            kind=ReminderKind(kind),
            base_date=base_date,
            base_km=base_km,
            months=span,
            km_interval=step,
            today=today,
            current_km=current_km,
            distance=distance,
            km_read_on=read_on,
        )
        if due.due_date != due_date or due.due_km != due_km:
            moved.append((rid, due.due_date, due.due_km))
    _write(s, moved)
    return Recomputed(seen, len(moved))


def _write(s: Session, moved: list[tuple[int, dt.date, int]]) -> None:
    """The moved due dates, in id order (the table's pages in turn), through the driver's own
    executemany: building SQLAlchemy parameters for each of hundreds of thousands of rows took
    three times as long as the writes themselves. Dates go as ISO text, which both SQLite and
    PostgreSQL take for a date column."""
    conn = s.connection()
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    table = cast(Table, Reminder.__table__).name
    statement = (
        f"UPDATE {table} SET due_date = {mark}, due_km = {mark}, version = version + 1 WHERE id = {mark}"
    )
    moved.sort()
    for first in range(0, len(moved), BATCH):
        chunk = moved[first : first + BATCH]
        conn.exec_driver_sql(statement, [(due.isoformat(), km, rid) for rid, due, km in chunk])
