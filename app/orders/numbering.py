"""Repair order numbers: RO{yyyymmdd}-{nnnn}, a sequence per local day.

The counter row is created or incremented by one INSERT .. ON CONFLICT DO UPDATE .. RETURNING,
inside the same transaction as the order: on PostgreSQL the row lock makes a second counter wait
for the first to commit; on SQLite the writer transaction (BEGIN IMMEDIATE) already serialises
them. A rolled-back order gives its number back, so numbers stay contiguous.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.orm import Session

from db.models import RepairOrder, RoSequence, Vehicle
from db.upsert import upsert_into

RO_PREFIX = "RO"
_RO_NUMBER = re.compile(r"^RO(\d{8})-?(\d{4,})$")


def format_ro_number(day: dt.date, n: int) -> str:
    return f"{RO_PREFIX}{day:%Y%m%d}-{n:04d}"


def parse_ro_number(text: str) -> tuple[dt.date, int] | None:
    """RO20261127-0007 (the dash may be missing, as a scanner or a hurried typist leaves it)."""
    match = _RO_NUMBER.match(text.strip().upper())
    if match is None:
        return None
    try:
        day = dt.datetime.strptime(match.group(1), "%Y%m%d").date()
    except ValueError:
        return None
    return day, int(match.group(2))


def next_ro_number(s: Session, day: dt.date) -> str:
    """Takes the next number of `day` in the caller's transaction."""
    key = f"{day:%Y%m%d}"
    upsert = (
        upsert_into(s, RoSequence)
        .values(day=key, last_no=1)
        .on_conflict_do_update(index_elements=[RoSequence.day], set_={"last_no": RoSequence.last_no + 1})
        .returning(RoSequence.last_no)
    )
    n = s.execute(upsert).scalar_one()
    return format_ro_number(day, n)


class RoNumberIndex:
    """The lookup's way to a car by its RO number (vehicles.lookup.OrderNumbers)."""

    _STATEMENT = (
        select(RepairOrder.vehicle_id, RepairOrder.ro_number, Vehicle.last_visit_at)
        .join(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
        .where(RepairOrder.ro_number == bindparam("v"))
    )

    def parse(self, text: str) -> str | None:
        parsed = parse_ro_number(text)
        return None if parsed is None else format_ro_number(*parsed)

    def vehicles_for(self, conn: Connection, number: str) -> Sequence[tuple[int, str, dt.datetime | None]]:
        return [
            (vehicle_id, ro, last_visit)
            for vehicle_id, ro, last_visit in conn.execute(self._STATEMENT, {"v": number})
        ]
