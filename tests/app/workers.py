"""Worker processes for the concurrency tests (a module of its own so `spawn` can import it)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.orders import OrderInput, RepairOrderService
from app.roles import Actor, Role
from db.uow import Database


def open_orders(
    url: str, vehicle_id: int, user_id: int, count: int, now: dt.datetime, start: Any, out: Any
) -> None:
    """Waits for the others at `start`, then opens `count` orders as fast as it can."""
    db = Database(url)
    try:
        service = RepairOrderService(db, lambda: now)
        actor = Actor(user_id, "worker", "并发测试", Role.ADVISOR)
        start.wait()
        numbers = [
            service.open_order(
                actor,
                OrderInput(vehicle_id=vehicle_id, mileage_in=1_000, job_types=("保养",)),
                confirm_warnings=True,
            ).ro_number
            for _ in range(count)
        ]
        out.put(numbers)
    except BaseException as e:
        out.put(repr(e))
        raise
    finally:
        db.dispose()


def race_rounds(url: str, worker: int, plan: dict[str, Any], now: dt.datetime, start: Any, out: Any) -> None:
    """One counter of the race test: each round waits for the others at `start`, then tries the
    same thing on the same car (or VIN, or plate) as they do, and reports what it was told."""
    from app.errors import NeedsConfirmation, ValidationError
    from app.vehicles import DuplicateVin, VehicleInput, VehicleService

    db = Database(url)
    results: dict[str, list[tuple[object, ...]]] = {"open": [], "mileage": [], "vin": [], "plate": []}
    try:
        orders = RepairOrderService(db, lambda: now)
        vehicles = VehicleService(db, lambda: now)
        actor = Actor(plan["user_id"], "worker", "并发测试", Role.ADVISOR)

        def attempt(kind: str, work: Any, *args: Any) -> None:
            start.wait(timeout=60)
            try:
                results[kind].append(("ok", work(*args)))
            except DuplicateVin as e:
                results[kind].append(("duplicate", e.existing_vehicle_id))
            except NeedsConfirmation:
                results[kind].append(("warned",))
            except ValidationError as e:
                results[kind].append(("refused", e.field))
            except Exception as e:  # every other answer is reported to the test
                results[kind].append(("error", type(e).__name__, str(e)))

        def open_on(vehicle_id: int, km: int, confirm: bool) -> tuple[int, int]:
            data = OrderInput(vehicle_id=vehicle_id, mileage_in=km, job_types=("保养",))
            return orders.open_order(actor, data, confirm_warnings=confirm).id, km

        def register(vin: str, plate: str = "") -> int:
            data = VehicleInput(vin, plan["model_id"], plan["owner_id"], plate=plate)
            return vehicles.create(actor, data).id

        for vehicle_id in plan["open"]:
            attempt("open", open_on, vehicle_id, 1_000, False)
        for vehicle_id, kms in plan["mileage"]:
            attempt("mileage", open_on, vehicle_id, kms[worker], True)
        for vin in plan["vins"]:
            attempt("vin", register, vin)
        for plate, vins in plan["plates"]:
            attempt("plate", register, vins[worker], plate)
        out.put((worker, results))
    except BaseException as e:
        out.put((worker, repr(e)))
        raise
    finally:
        db.dispose()


def book_slots(url: str, worker: int, plan: dict[str, Any], now: dt.datetime, start: Any, out: Any) -> None:
    """One counter of the booking race: each round waits for the others at `start`, then books
    the round's slot (whose last place is the one they all want) for a new caller of its own."""
    from app.appointments import AppointmentService, BookingInput, BookingSource, SlotFull, WorkKind

    db = Database(url)
    results: list[tuple[object, ...]] = []
    try:
        service = AppointmentService(db, lambda: now)
        actor = Actor(plan["user_id"], "worker", "并发测试", Role.ADVISOR)
        for n, slot in enumerate(plan["slots"]):
            data = BookingInput(
                slot_at=dt.datetime.fromisoformat(slot),
                work_kind=WorkKind.MAINTENANCE,
                job_type="保养",
                advisor_id=None,
                customer_words="",
                customer_waits=False,
                source=BookingSource.CALL_IN,
                plate=f"粤D{worker}{n:04d}",
                phone=f"139{worker:04d}{n:04d}",
            )
            start.wait(timeout=60)
            try:
                results.append(("ok", service.book(actor, data).id))
            except SlotFull as e:
                results.append(("full", tuple(a.isoformat() for a in e.alternatives)))
            except Exception as e:  # every other answer is reported to the test
                results.append(("error", type(e).__name__, str(e)))
        out.put((worker, results))
    except BaseException as e:
        out.put((worker, repr(e)))
        raise
    finally:
        db.dispose()
