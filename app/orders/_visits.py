"""An order as the visit a next service is planned from (ports.Visit)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.orders.ports import Visit
from app.orders.records import split_job_types
from app.orders.status import JobType, OrderStatus
from db.models import RepairOrder


def _serviced(row: RepairOrder) -> bool:
    return JobType.MAINTENANCE.value in split_job_types(row.job_types)


def last_service(s: Session, vehicle_id: int, order_id: int) -> tuple[dt.date, int] | None:
    """The vehicle's latest delivered maintenance visit other than this order: (local day, km)."""
    # Only vehicle_id in the query (and the rest in Python): with a status or date condition
    # SQLite may pick that index and walk every delivered order of the dealer.
    rows = s.scalars(
        select(RepairOrder)
        .where(RepairOrder.vehicle_id == vehicle_id)
        .order_by(RepairOrder.vehicle_id, RepairOrder.opened_at.desc())
    )
    done = [
        r
        for r in rows
        if r.status == OrderStatus.DELIVERED.value
        and r.id != order_id
        and r.delivered_at is not None
        and _serviced(r)
    ]
    last = max(done, key=lambda r: r.delivered_at or r.opened_at, default=None)
    if last is None or last.delivered_at is None:
        return None
    return last.delivered_at.astimezone().date(), last.mileage_out or last.mileage_in


def visit_of(s: Session, row: RepairOrder, day: dt.date) -> Visit:
    return Visit(
        order_id=row.id,
        ro_number=row.ro_number,
        vehicle_id=row.vehicle_id,
        customer_id=row.customer_id,
        serviced=_serviced(row),
        km=row.mileage_out if row.mileage_out is not None else row.mileage_in,
        day=day,
        last_service=last_service(s, row.vehicle_id, row.id),
    )
