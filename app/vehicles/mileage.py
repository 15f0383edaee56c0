"""Mileage readings and the vehicle's last visit: vehicles owns both; orders call these.

A change that checks something of a vehicle before writing (its open orders, its last reading)
first takes the vehicle's lock (`lock_vehicle`), so that two counters at the same moment check
one after the other. One lock order everywhere, against deadlocks: a plate (vehicles.py), then the
vehicle, then its order, then a booking.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from db.models import MileageReading, Vehicle


class ReadingSource(StrEnum):
    ENTRY = "entry"  # typed on the vehicle form
    IMPORT = "import"
    INTAKE = "intake"  # the order's mileage in
    DELIVERY = "delivery"  # the order's mileage out
    SALE = "sale"  # the new car's handover, from the dealer's sales records


READING_SOURCE_LABELS: dict[ReadingSource, str] = {
    ReadingSource.ENTRY: "登记",
    ReadingSource.IMPORT: "导入",
    ReadingSource.INTAKE: "接车",
    ReadingSource.DELIVERY: "交车",
    ReadingSource.SALE: "新车交付",
}


def reading_source_label(value: str) -> str:
    try:
        return READING_SOURCE_LABELS[ReadingSource(value)]
    except ValueError:
        return value


@dataclass(frozen=True)
class Reading:
    at: dt.datetime
    km: int
    odometer_changed: bool = False


def lock_vehicle(s: Session, vehicle_id: int) -> Vehicle | None:
    """The vehicle, read afresh and locked until the transaction ends (None if there is none).

    PostgreSQL: SELECT ... FOR NO KEY UPDATE, which waits for another counter's change of the same
    vehicle and then reads what it committed (rows that merely refer to the vehicle are not held
    up). SQLite: a writer already holds the database's write lock from BEGIN IMMEDIATE on."""
    q = select(Vehicle).where(Vehicle.id == vehicle_id).execution_options(populate_existing=True)
    if s.get_bind().dialect.name == "postgresql":
        q = q.with_for_update(key_share=True)
    return s.scalar(q)


def add_reading(
    s: Session,
    vehicle_id: int,
    km: int,
    at: dt.datetime,
    source: ReadingSource,
    *,
    user_id: int | None,
    order_id: int | None = None,
    odometer_changed: bool = False,
) -> None:
    s.add(
        MileageReading(
            vehicle_id=vehicle_id,
            read_at=at,
            km=km,
            source=source.value,
            repair_order_id=order_id,
            odometer_changed=odometer_changed,
            user_id=user_id,
        )
    )


_READINGS = MileageReading.metadata.tables[MileageReading.__tablename__]


def add_readings(
    s: Session,
    readings: Sequence[tuple[int, int]],
    at: dt.datetime,
    source: ReadingSource,
    *,
    user_id: int | None,
) -> None:
    """Many readings (vehicle id, km) in one executemany on the table (an import)."""
    if readings:
        s.execute(
            insert(_READINGS),
            [
                {
                    "vehicle_id": vehicle_id,
                    "read_at": at,
                    "km": km,
                    "source": source.value,
                    "user_id": user_id,
                }
                for vehicle_id, km in readings
            ],
        )


def readings_of(s: Session, vehicle_id: int) -> list[Reading]:
    rows = s.execute(
        select(MileageReading.read_at, MileageReading.km, MileageReading.odometer_changed).where(
            MileageReading.vehicle_id == vehicle_id
        )
    ).all()
    return [Reading(at, km, changed) for at, km, changed in rows]


def previous_reading(s: Session, vehicle_id: int, order_id: int) -> int | None:
    """The latest reading that is not this order's own."""
    return s.scalar(
        select(MileageReading.km)
        .where(
            MileageReading.vehicle_id == vehicle_id,
            (MileageReading.repair_order_id != order_id) | MileageReading.repair_order_id.is_(None),
        )
        .order_by(MileageReading.read_at.desc(), MileageReading.id.desc())
        .limit(1)
    )


def correct_order_reading(
    s: Session, vehicle_id: int, order_id: int, km: int, odometer_changed: bool
) -> None:
    """The mileage in of an open order was corrected: its reading follows, and so does the
    vehicle's last mileage when that reading is the latest."""
    row = s.scalar(
        select(MileageReading).where(
            MileageReading.vehicle_id == vehicle_id,  # the indexed column
            MileageReading.repair_order_id == order_id,
            MileageReading.source == ReadingSource.INTAKE.value,
        )
    )
    if row is not None:
        row.km = km
        row.odometer_changed = odometer_changed
    latest = s.scalar(
        select(MileageReading.repair_order_id)
        .where(MileageReading.vehicle_id == vehicle_id)
        .order_by(MileageReading.read_at.desc(), MileageReading.id.desc())
        .limit(1)
    )
    if latest == order_id:
        s.execute(update(Vehicle).where(Vehicle.id == vehicle_id).values(last_mileage_km=km))


def record_visit(s: Session, vehicle_id: int, at: dt.datetime, km: int | None = None) -> None:
    """Keeps the vehicle's last reading and visit up to date. A plain UPDATE: these are kept by the
    program, so they do not bump the version a counter editing the vehicle's form holds."""
    values: dict[str, object] = {"last_visit_at": at}
    if km is not None:
        values["last_mileage_km"] = km
    s.execute(update(Vehicle).where(Vehicle.id == vehicle_id).values(**values))
