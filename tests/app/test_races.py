"""Several counters doing the same thing to the same car at the same moment (real processes).

Every check-then-write is atomic on both back-ends: the vehicle's row is locked before its open
orders and last reading are read (PostgreSQL; SQLite's writers take the write lock at BEGIN), a
plate is locked while it is looked up and given, and the loser of a duplicate-VIN race is told the
VIN is on file, like everyone after it."""

from __future__ import annotations

import multiprocessing
import random

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

import app.vehicles.vehicles as vehicles_module
from app.context import Services
from app.roles import Actor
from app.vehicles import DuplicateVin, VehicleInput
from db.models import MileageReading, RepairOrder, Vehicle
from tests.app.factories import add_model, add_vehicle, make_vin
from tests.app.workers import race_rounds

PROCESSES = 4
ROUNDS = 25


def test_the_loser_of_a_vin_race_is_told_it_is_on_file(
    services: Services, advisor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = add_model(services, advisor)
    car = add_vehicle(services, advisor, model)
    real = vehicles_module.existing_vin
    calls = []

    def checked_before_the_other_committed(s: Session, vin: str, except_id: int | None = None) -> int | None:
        calls.append(vin)
        return None if len(calls) == 1 else real(s, vin, except_id)

    monkeypatch.setattr(vehicles_module, "existing_vin", checked_before_the_other_committed)
    with pytest.raises(DuplicateVin) as e:
        services.vehicles.vehicles.create(advisor, VehicleInput(car.vin, model.id, car.owner_id))
    assert e.value.existing_vehicle_id == car.id and e.value.field == "vin"
    assert len(calls) == 2  # the unique constraint refused the row, and the VIN was looked up


@pytest.mark.slow
def test_counters_racing_on_one_car(services: Services, advisor: Actor, db_url: str, clock) -> None:
    model = add_model(services, advisor)
    first = add_vehicle(services, advisor, model, mileage=1_000)
    cars = [first] + [add_vehicle(services, advisor, model, mileage=1_000) for _ in range(2 * ROUNDS - 1)]
    shuffle = random.Random(9)
    plan = {
        "user_id": advisor.user_id,
        "owner_id": first.owner_id,
        "model_id": model.id,
        "open": [car.id for car in cars[:ROUNDS]],
        # Each counter enters another mileage, in a new order every round.
        "mileage": [
            (car.id, shuffle.sample([2_000 + 100 * k for k in range(PROCESSES)], PROCESSES))
            for car in cars[ROUNDS:]
        ],
        "vins": [make_vin() for _ in range(ROUNDS)],
        "plates": [(f"京R{n:05d}", [make_vin() for _ in range(PROCESSES)]) for n in range(ROUNDS)],
    }
    services.db.dispose()  # the workers have the database to themselves
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(PROCESSES)
    out = ctx.Queue()
    workers = [
        ctx.Process(target=race_rounds, args=(db_url, w, plan, clock.now, start, out))
        for w in range(PROCESSES)
    ]
    for w in workers:
        w.start()
    got = dict(out.get(timeout=180) for _ in workers)
    for w in workers:
        w.join(timeout=60)
    assert all(isinstance(r, dict) for r in got.values()), got
    rounds = {kind: list(zip(*(got[w][kind] for w in range(PROCESSES)), strict=True)) for kind in got[0]}

    faults = {"unwarned second orders": 0, "lower last readings": 0, "VIN losers not told": 0}
    faults |= {"second holders of a plate": 0, "other answers": 0}

    # Opening: one counter opens the order, every other one is asked first.
    with services.db.read() as s:
        for vehicle_id, answers in zip(plan["open"], rounds["open"], strict=True):
            orders = s.scalars(select(RepairOrder.id).where(RepairOrder.vehicle_id == vehicle_id)).all()
            faults["unwarned second orders"] += len(orders) - 1
            faults["other answers"] += sum(a[0] not in ("ok", "warned") for a in answers)

    # Mileage: a reading lower than one already accepted is refused, never kept as the last one.
    for (vehicle_id, _kms), answers in zip(plan["mileage"], rounds["mileage"], strict=True):
        faults["other answers"] += sum(a[0] not in ("ok", "refused") for a in answers)
        accepted = [a[1][1] for a in answers if a[0] == "ok"]
        with services.db.read() as s:
            last = s.scalar(select(Vehicle.last_mileage_km).where(Vehicle.id == vehicle_id))
            intake = s.scalars(
                select(MileageReading.km)
                .where(MileageReading.vehicle_id == vehicle_id, MileageReading.repair_order_id.is_not(None))
                .order_by(MileageReading.id)
            ).all()
        assert sorted(intake) == sorted(accepted)
        faults["lower last readings"] += last != max(accepted) or intake != sorted(intake)

    # VIN: one counter registers the car; the others are told it is on file, with its id.
    for answers in rounds["vin"]:
        winners = [a[1] for a in answers if a[0] == "ok"]
        assert len(winners) == 1, answers
        faults["VIN losers not told"] += sum(a != ("duplicate", winners[0]) for a in answers if a[0] != "ok")

    # Plate: one counter gives it to its car; the others are asked whether to move it.
    with services.db.read() as s:
        for (plate, _vins), answers in zip(plan["plates"], rounds["plate"], strict=True):
            holders = s.scalars(select(Vehicle.id).where(Vehicle.plate == plate)).all()
            faults["second holders of a plate"] += len(holders) - 1
            faults["other answers"] += sum(a[0] not in ("ok", "warned") for a in answers)

    assert faults == dict.fromkeys(faults, 0), (faults, rounds)
