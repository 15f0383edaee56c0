"""Cars with reminders at chosen dates, written as the program keeps them."""

from __future__ import annotations

import datetime as dt
import itertools

from app.context import Services
from app.reminders import ReminderKind, ReminderStatus
from app.roles import Role
from app.vehicles import VehicleInfo
from db.models import Reminder, Vehicle
from tests.app.factories import add_model, add_vehicle
from tests.conftest import TEST_NOW, make_actor

TODAY = TEST_NOW.astimezone().date()  # 2026-11-27 at the counter
_n = itertools.count(1)


def car(
    svc: Services, *, delivered: dt.date | None = dt.date(2025, 6, 1), phone: str | None = None
) -> VehicleInfo:
    admin = make_actor(svc, Role.ADMIN)
    model = add_model(svc, admin, "本田", f"思域 {next(_n)}")
    phones = (phone or f"1390000{next(_n):04d}",)
    return add_vehicle(svc, admin, model, delivery_date=delivered, phones=phones, confirm=True)


def remind(
    svc: Services,
    vehicle: VehicleInfo,
    due: dt.date,
    kind: ReminderKind = ReminderKind.SERVICE,
    due_km: int | None = 30_000,
) -> int:
    with svc.db.session() as s:
        row = Reminder(
            vehicle_id=vehicle.id,
            customer_id=vehicle.owner_id,
            kind=kind.value,
            due_date=due,
            due_km=due_km,
            status=ReminderStatus.OPEN.value,
            note="",
        )
        s.add(row)
        s.commit()
        return row.id


def last_visit(svc: Services, vehicle: VehicleInfo, at: dt.datetime) -> None:
    with svc.db.session() as s:
        row = s.get(Vehicle, vehicle.id)
        assert row is not None
        row.last_visit_at = at
        s.commit()
