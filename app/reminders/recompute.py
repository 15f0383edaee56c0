"""Every open service reminder's due date worked out again from today's facts: the car's
readings since (its distance per day), its last known mileage, the model's intervals. Done
when the supervisor asks (after a rule or a model's interval changed, or nightly), and for one
car when the counter records its mileage on opening an order; delivery already works out the car
it delivers; the whole run's parts and batches are recompute_all's.

A first service counts from the car's warranty start at 0 km; a regular service from the visit
the reminder keeps as its base (its day and km; reminders made before migration 0017 keep only
the km, and count from their creation day).

The readings and the reminders are both read in car order and walked together, a car at a time,
so a million cars are not held in memory; only the due dates that moved are written. The rows
come through the driver as it gives them (SQLite: text dates), without SQLAlchemy's conversion
of each value: there are millions (docs/domain/reminders.md, "The whole recompute").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ColumnElement, Connection, Select, Table, select
from sqlalchemy.orm import Session

from app.clock import local_day
from app.reminders.kinds import ReminderKind, ReminderStatus
from app.reminders.rules import ReminderRules
from app.reminders.schedule import DailyDistance, distance_of_points, km_limit_day
from app.warranty import add_months
from db.models import MileageReading, Reminder, Vehicle, VehicleModel

CARS_PER_READ = 500
FETCH = 20_000
# SQLite's page cache for the run, in KiB (the default is 2 MB): the reminders' two due-date
# indexes are rewritten at random places, and with the default cache every page of them is read
# from the file again; given back when the run ends.
RECOMPUTE_CACHE_KIB = 131_072
VEHICLE_INDEX = "ix_reminders_vehicle_id"

Row = Sequence[Any]


@dataclass(frozen=True)
class Recomputed:
    reminders: int  # open service reminders looked at
    moved: int  # whose due date changed
    changed_meanwhile: int = 0  # changed by another counter between the read and the write


# A reminder's move: id, new due date, new due km, the version it was read at.
Move = tuple[int, dt.date, int, int]


@dataclass(frozen=True)
class Cars:
    """The cars a walk reads: these ids, or those with ids from `first` to `last` (inclusive,
    either end open when None); all of them by default."""

    ids: tuple[int, ...] | None = None
    first: int | None = None
    last: int | None = None

    def where(self, column: Any) -> list[ColumnElement[bool]]:
        if self.ids is not None:
            return [column.in_(sorted(self.ids))]
        ends = [] if self.first is None else [column >= self.first]
        return ends if self.last is None else [*ends, column <= self.last]


def _moment(value: object) -> dt.datetime:
    """A stored UTC time as the driver gives it (SQLite: text, PostgreSQL: a naive datetime)."""
    return _naive_moment(value).replace(tzinfo=dt.UTC)


def _day(value: object) -> dt.date:
    """A stored date as the driver gives it (SQLite: text, PostgreSQL: a date)."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


class _Days(dict[object, dt.date]):
    """_day of each stored date, worked out once: a million rows share a few thousand days."""

    def __missing__(self, value: object) -> dt.date:
        day = self[value] = _day(value)
        return day


def _naive_moment(value: object) -> dt.datetime:
    """A stored UTC time as a naive datetime: the distance needs only differences of times."""
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


class _LocalDays:
    """The counter's calendar day of stored UTC times, worked out once per half hour on record
    (time zones change their offsets on a whole or half UTC hour): a million readings share a
    few tens of thousands of half hours. Kept for one run, so a changed time zone is seen."""

    def __init__(self) -> None:
        self._days: dict[object, dt.date] = {}

    def __call__(self, value: object) -> dt.date:
        key: object
        if isinstance(value, str):  # 'YYYY-MM-DD HH:MM:SS...'
            key = value[:14] + ("30" if value[14:16] >= "30" else "00")
        else:
            moment = cast(dt.datetime, value)
            key = moment.replace(minute=moment.minute // 30 * 30, second=0, microsecond=0)
        day = self._days.get(key)
        if day is None:
            day = self._days[key] = local_day(_moment(key))
        return day


@contextmanager
def page_cache(conn: Connection) -> Iterator[None]:
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{RECOMPUTE_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")


def _sql(conn: Connection, query: Select[*tuple[Any, ...]]) -> str:
    """The query as the driver takes it; its parameters are the program's own constants and ids,
    written in."""
    return str(query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))


def _stream(conn: Connection, sql: str) -> Generator[Row]:
    """The rows as the driver gives them, fetched a few thousand at a time: on SQLite from a
    cursor of the unit of work's own connection (plain tuples; SQLAlchemy's rows cost 2 s of the
    run), on PostgreSQL from a server-side cursor."""
    if conn.dialect.name == "sqlite":
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(sql)
            while rows := cursor.fetchmany(FETCH):
                yield from rows
        finally:
            cursor.close()
        return
    result = conn.exec_driver_sql(sql, execution_options={"stream_results": True})
    try:
        for rows in result.partitions(FETCH):
            yield from rows
    finally:  # the server-side cursor closed also when the rows are not read to the end
        result.close()


def reminders_sql(conn: Connection, cars: Cars) -> str:
    query = (
        select(
            Reminder.id,
            Reminder.vehicle_id,
            Reminder.kind,
            Reminder.due_km,
            Reminder.due_date,
            Reminder.created_at,
            Reminder.base_date,
            Reminder.base_km,
            Reminder.version,
            Vehicle.last_mileage_km,
            Vehicle.delivery_date,
            Vehicle.invoice_date,
            Vehicle.purchase_date,
            Vehicle.model_id,
        )
        .join(Vehicle, Vehicle.id == Reminder.vehicle_id)
        .where(
            Reminder.status == ReminderStatus.OPEN.value,
            Reminder.kind.in_([ReminderKind.FIRST_SERVICE.value, ReminderKind.SERVICE.value]),
            Reminder.due_km.is_not(None),
        )
        .where(*cars.where(Reminder.vehicle_id))
        .order_by(Reminder.vehicle_id)
    )
    sql = _sql(conn, query)
    if conn.dialect.name == "sqlite" and cars.ids is None:
        # In car order along the vehicle index, the vehicles then read in their own order:
        # SQLite would otherwise take the (kind, status) index and sort 600,000 rows read from
        # all over the file (3.3 s against 6.9 s on the 1M-vehicle file; SQLAlchemy does not
        # render SQLite's INDEXED BY). tests/app/test_query_plans.py checks the plan.
        table = cast(Table, Reminder.__table__).name
        sql = sql.replace(f"FROM {table} JOIN", f"FROM {table} INDEXED BY {VEHICLE_INDEX} JOIN", 1)
    return sql


def _readings_sql(conn: Connection, cars: Cars) -> str:
    """The cars' readings (vehicle id, read at, km, odometer changed) in car and time order."""
    query = (
        select(
            MileageReading.vehicle_id,
            MileageReading.read_at,
            MileageReading.km,
            MileageReading.odometer_changed,
        )
        .where(*cars.where(MileageReading.vehicle_id))
        .order_by(MileageReading.vehicle_id, MileageReading.read_at)
    )
    return _sql(conn, query)


class _CarReadings:
    """The readings of the cars asked for, in car order: the stream is walked once, and the
    readings of cars without an open service reminder are passed over, not grouped."""

    def __init__(self, rows: Iterator[Row]) -> None:
        self._rows = rows
        self._next = next(rows, None)
        self._car: int | None = None
        self._raw: list[Row] = []

    def of(self, vehicle_id: int) -> list[Row]:
        if vehicle_id == self._car:  # a car with a first service and a service reminder open
            return self._raw
        rows, upcoming = self._rows, self._next
        while upcoming is not None and upcoming[0] < vehicle_id:
            upcoming = next(rows, None)
        raw = []
        while upcoming is not None and upcoming[0] == vehicle_id:
            raw.append(upcoming)
            upcoming = next(rows, None)
        self._next, self._car, self._raw = upcoming, vehicle_id, raw
        return raw


def _intervals(conn: Connection) -> dict[int, tuple[int, int, int, int]]:
    """Each model's first service and regular service (months, km): a few hundred models."""
    rows = conn.execute(
        select(
            VehicleModel.id,
            VehicleModel.first_service_months,
            VehicleModel.first_service_km,
            VehicleModel.service_interval_months,
            VehicleModel.service_interval_km,
        )
    )
    return {model_id: (fm, fk, m, k) for model_id, fm, fk, m, k in rows}


def _distance(raw: list[Row], default: DailyDistance, rules: ReminderRules) -> DailyDistance:
    if len(raw) < 2:  # one reading measures nothing (most cars between two visits)
        return default
    # In time order already (the query's); the driver's times as naive UTC, their differences
    # being all that counts.
    points = [(_naive_moment(at), km, bool(changed)) for _, at, km, changed in raw]
    return distance_of_points(points, rules.default_km_per_day)


def _last_known(
    raw: list[Row], km: int | None, base_km: int, base_date: dt.date, day_of: Callable[[object], dt.date]
) -> tuple[int, dt.date | None]:
    """The car's last known mileage and the day it was read: the latest reading of the km the
    vehicle keeps as its last (a mistyped later reading is not it); without a mileage, the km
    and day the reminder counts from. None for the day: read on a day not on record (today)."""
    if km is None:
        if not raw:
            return base_km, base_date
        _, at, last_km, _ = raw[-1]
        return last_km, day_of(at)
    for _, at, reading_km, _ in reversed(raw):
        if reading_km == km:
            return km, day_of(at)
    return km, None


def recompute_vehicle(s: Session, vehicle_id: int, today: dt.date, rules: ReminderRules) -> Recomputed:
    """One car's open service reminders, after a new reading of its mileage; in the caller's unit
    of work. The same rules as the whole recompute, so the two never disagree."""
    return _recompute(s, today, rules, Cars(ids=(vehicle_id,)))


def recompute_vehicles(
    s: Session, vehicle_ids: Sequence[int], today: dt.date, rules: ReminderRules
) -> Recomputed:
    """The open service reminders of the cars given (an import's new readings), CARS_PER_READ
    cars to a read; in the caller's unit of work."""
    ids = sorted(set(vehicle_ids))
    seen = moved = meanwhile = 0
    for first in range(0, len(ids), CARS_PER_READ):
        done = _recompute(s, today, rules, Cars(ids=tuple(ids[first : first + CARS_PER_READ])))
        seen, moved, meanwhile = seen + done.reminders, moved + done.moved, meanwhile + done.changed_meanwhile
    return Recomputed(seen, moved, meanwhile)


def _recompute(s: Session, today: dt.date, rules: ReminderRules, cars: Cars) -> Recomputed:
    conn = s.connection()
    seen, moved = work_out(conn, today, rules, cars)
    written = write_moves(conn, moved)
    return Recomputed(seen, written, len(moved) - written)


def work_out(conn: Connection, today: dt.date, rules: ReminderRules, cars: Cars) -> tuple[int, list[Move]]:
    """How many reminders were looked at, and the (id, due date, due km, version read) of those
    that moved.
    The same sums as schedule.service_due (add_months, km_limit_day), on the values the driver
    gives, with the months added once per start day."""
    # Both cursors closed however the walk ends (the cars after the last reminder's readings are
    # never read): a server-side cursor left open is a leak on PostgreSQL.
    reading_rows = _stream(conn, _readings_sql(conn, cars))
    reminder_rows = _stream(conn, reminders_sql(conn, cars))
    with closing(reading_rows), closing(reminder_rows):
        return _walk(conn, today, rules, reminder_rows, _CarReadings(reading_rows))


def _walk(
    conn: Connection,
    today: dt.date,
    rules: ReminderRules,
    reminder_rows: Iterator[Row],
    readings: _CarReadings,
) -> tuple[int, list[Move]]:
    intervals = _intervals(conn)
    default = distance_of_points([], rules.default_km_per_day)
    day_of = _LocalDays()
    days = _Days()
    limits: dict[tuple[dt.date, int], dt.date] = {}
    seen = 0
    moved: list[Move] = []  # written once both reads are done
    first_service = ReminderKind.FIRST_SERVICE.value
    for row in reminder_rows:
        (rid, vehicle_id, kind, due_km, due_date, created, kept_date, kept_km, version, km, delivered,
         invoiced, purchased, model_id) = row  # fmt: skip
        seen += 1
        raw = readings.of(vehicle_id)
        first_months, first_km, months, interval_km = intervals[model_id]
        if kind == first_service:
            start = delivered or invoiced or purchased
            if start is None:
                continue
            base_date, base_km, span, step = days[start], 0, first_months, first_km
        else:
            base_date = days[kept_date] if kept_date is not None else day_of(created)
            base_km = kept_km if kept_km is not None else due_km - interval_km
            span, step = months, interval_km
        current_km, read_on = _last_known(raw, km, base_km, base_date, day_of)
        by_time = limits.get((base_date, span))
        if by_time is None:
            by_time = limits[(base_date, span)] = add_months(base_date, span)
        new_km = base_km + step
        by_km = km_limit_day(new_km, current_km, read_on or today, _distance(raw, default, rules).km_per_day)
        new_date = min(by_time, by_km)
        if new_km != due_km or new_date != days[due_date]:
            moved.append((rid, new_date, new_km, version))
    return seen, moved


def write_moves(conn: Connection, moved: Sequence[Move]) -> int:
    """The moved due dates, through the driver's own executemany: building SQLAlchemy parameters
    for each of hundreds of thousands of rows took three times as long as the writes themselves.
    Only a reminder still at the version read is written (one changed meanwhile, by a delivery or
    a call, keeps what that said). Dates go as ISO text, which both SQLite and PostgreSQL take for
    a date column. How many were written; the whole run keeps a batch short (recompute_all.WRITE_BATCH)."""
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    table = cast(Table, Reminder.__table__).name
    statement = (
        f"UPDATE {table} SET due_date = {mark}, due_km = {mark}, version = version + 1"
        f" WHERE id = {mark} AND version = {mark}"
    )
    if not moved:
        return 0
    result = conn.exec_driver_sql(statement, [(due.isoformat(), km, rid, v) for rid, due, km, v in moved])
    return max(result.rowcount, 0)
