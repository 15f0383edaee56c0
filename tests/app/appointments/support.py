"""Shared pieces of the appointment tests: the counter's clock stands at Friday 27 November 2026,
10:00 in Beijing (tests.conftest.TEST_NOW); slots are asked for in local time."""

from __future__ import annotations

import datetime as dt

from app.appointments import Booking, BookingInput, BookingSource, WorkKind
from app.context import Services
from app.roles import Actor
from app.vehicles import VehicleInfo
from tests.app.factories import add_model, add_vehicle

BEIJING = dt.timezone(dt.timedelta(hours=8))
TODAY = dt.date(2026, 11, 27)  # a Friday
TOMORROW = TODAY + dt.timedelta(days=1)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """A local time of the counter, aware."""
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=BEIJING)


def car(svc: Services, actor: Actor, plate: str = "粤B12345", phone: str = "13812345678") -> VehicleInfo:
    model = add_model(svc, actor)
    return add_vehicle(svc, actor, model, plate=plate, phones=(phone,))


def booking(
    slot_at: dt.datetime,
    *,
    vehicle_id: int | None = None,
    advisor_id: int | None = None,
    kind: WorkKind = WorkKind.MAINTENANCE,
    job_type: str = "保养",
    plate: str = "",
    phone: str = "",
    name: str = "",
    words: str = "常规保养",
    waits: bool = False,
    source: BookingSource = BookingSource.CALL_IN,
) -> BookingInput:
    return BookingInput(
        slot_at=slot_at,
        work_kind=kind,
        job_type=job_type,
        advisor_id=advisor_id,
        customer_words=words,
        customer_waits=waits,
        source=source,
        vehicle_id=vehicle_id,
        plate=plate,
        phone=phone,
        name=name,
    )


def new_caller(svc: Services, actor: Actor, slot_at: dt.datetime, n: int, **kw: object) -> Booking:
    """A booking of a new caller with plate 粤C0000n and a phone of their own."""
    return svc.appointments.book(
        actor,
        booking(slot_at, plate=f"粤C{n:05d}", phone=f"1390000{n:04d}", **kw),  # type: ignore[arg-type]
    )
