"""One counter's import does not hold up the others: its checks run without a write lock (SQLite)
or row locks (PostgreSQL), a dry run writes nothing and locks nothing, and the write, done after
the checks, is refused whole when another counter changed the file's vehicles meanwhile."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from app.context import Services
from app.errors import Conflict
from app.roles import SYSTEM_ACTOR
from app.vehicles import CustomerInput, VehicleInput
from db.models import AuditEntry, Customer, CustomerPhone, Vehicle
from db.uow import Database
from tests.app.factories import add_model, add_vehicle, make_vin
from tests.app.vehicles.test_import import HEADER_ZH, write_csv


def other_counter_saves(db: Database, vin: str) -> bool:
    """Another counter saving the vehicle now, without waiting for a lock: did it get through?"""
    if db.is_sqlite:
        database = db.engine.url.database
        assert database is not None
        conn = sqlite3.connect(database, timeout=0, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE vehicles SET note = note WHERE vin = ?", (vin,))
            conn.execute("ROLLBACK")
            return True
        except sqlite3.OperationalError:
            return False
        finally:
            conn.close()
    with db.engine.connect() as other:
        try:
            other.execute(text("SET LOCAL lock_timeout = '200ms'"))
            other.execute(text("UPDATE vehicles SET note = note WHERE vin = :vin"), {"vin": vin})
            return True
        except OperationalError:
            return False
        finally:
            other.rollback()


def count(services: Services, model: type) -> int:
    with services.db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def import_file(tmp_path: Path, known_vin: str, new_vin: str, km: int = 25_000) -> Path:
    return write_csv(
        tmp_path / "cars.csv",
        [
            [known_vin, "", "本田", "雅阁", "珍珠白", "", "", "张三", "13812345678", str(km)],
            [new_vin, "粤B12345", "本田", "雅阁", "黑", "2024-03-01", "", "李四", "13900001111", "100"],
        ],
        HEADER_ZH,
    )


def probing(
    db: Database, vin: str, seen: list[bool], when: Callable[[int, int], bool]
) -> Callable[[int, int], None]:
    def progress(done: int, total: int) -> None:
        if when(done, total):
            seen.append(other_counter_saves(db, vin))

    return progress


def test_a_dry_run_writes_nothing_and_holds_no_lock(services: Services, tmp_path: Path) -> None:
    model = add_model(services, SYSTEM_ACTOR)
    known = add_vehicle(services, SYSTEM_ACTOR, model, mileage=10_000)
    path = import_file(tmp_path, known.vin, make_vin())
    before = (count(services, Vehicle), count(services, Customer), count(services, AuditEntry))
    seen: list[bool] = []
    # Probed at the end of the checks, when every row (the known vehicle first) has been worked out.
    progress = probing(services.db, known.vin, seen, lambda done, total: done == total)
    report = services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, path, dry_run=True, progress=progress)
    assert seen == [True]
    assert (report.created, report.updated, report.applied) == (1, 1, False)
    assert (count(services, Vehicle), count(services, Customer), count(services, AuditEntry)) == before


def test_the_checks_of_a_real_import_hold_no_lock(services: Services, tmp_path: Path) -> None:
    model = add_model(services, SYSTEM_ACTOR)
    known = add_vehicle(services, SYSTEM_ACTOR, model, mileage=10_000)
    path = import_file(tmp_path, known.vin, make_vin())
    seen: list[bool] = []
    totals: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        totals.append((done, total))
        if total == 2:  # still checking (the bar then grows by the writes)
            seen.append(other_counter_saves(services.db, known.vin))

    report = services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, path, progress=progress)
    assert seen and all(seen)
    assert report.applied and (report.created, report.updated) == (1, 1)
    assert totals[-1] == (4, 4)  # two rows checked, two written
    assert [d for d, _ in totals] == sorted(d for d, _ in totals)


def test_a_vehicle_changed_by_another_counter_meanwhile_refuses_the_whole_import(
    services: Services, tmp_path: Path
) -> None:
    model = add_model(services, SYSTEM_ACTOR)
    known = add_vehicle(services, SYSTEM_ACTOR, model, mileage=10_000)
    path = import_file(tmp_path, known.vin, make_vin())
    before = (count(services, Vehicle), count(services, AuditEntry))

    def another_counter_edits(done: int, total: int) -> None:
        if done == total == 2:  # checks done, not yet written
            services.vehicles.vehicles.update(
                SYSTEM_ACTOR,
                known.id,
                known.version,
                VehicleInput(vin=known.vin, model_id=model.id, owner_id=known.owner_id, colour="红"),
            )

    with pytest.raises(Conflict, match=known.vin):
        services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, path, progress=another_counter_edits)
    after_edit = (before[0], before[1] + 1)  # only the other counter's edit was written
    assert (count(services, Vehicle), count(services, AuditEntry)) == after_edit
    with services.db.read() as s:
        assert s.scalar(select(Vehicle.last_mileage_km).where(Vehicle.vin == known.vin)) == 10_000
    # Run again, it checks against the latest data and goes through.
    report = services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, path)
    assert report.applied and (report.created, report.updated) == (1, 1)


def test_a_new_vin_registered_meanwhile_refuses_the_whole_import(services: Services, tmp_path: Path) -> None:
    model = add_model(services, SYSTEM_ACTOR)
    known = add_vehicle(services, SYSTEM_ACTOR, model, mileage=10_000)
    new_vin = make_vin()
    path = import_file(tmp_path, known.vin, new_vin)

    def another_counter_registers(done: int, total: int) -> None:
        if done == total == 2:
            add_vehicle(services, SYSTEM_ACTOR, model, vin=new_vin, owner="王五", phones=("13700001234",))

    with pytest.raises(Conflict, match=new_vin):
        services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, path, progress=another_counter_registers)
    with services.db.read() as s:
        assert s.scalar(select(Vehicle.last_mileage_km).where(Vehicle.vin == known.vin)) == 10_000


def test_rows_sharing_an_owner_get_one_customer_and_one_new_phone(services: Services, tmp_path: Path) -> None:
    model = add_model(services, SYSTEM_ACTOR)
    _, first = services.vehicles.vehicles.create_with_owner(
        SYSTEM_ACTOR,
        CustomerInput("张三", ("13812345678",)),
        VehicleInput(vin=make_vin(), model_id=model.id, owner_id=0),
    )
    second = services.vehicles.vehicles.create(
        SYSTEM_ACTOR, VehicleInput(vin=make_vin(), model_id=model.id, owner_id=first.owner_id)
    )
    new_a, new_b = make_vin(), make_vin()
    path = write_csv(
        tmp_path / "family.csv",
        [
            [first.vin, "", "本田", "雅阁", "", "", "", "张三", "13900009999", ""],
            [second.vin, "", "本田", "雅阁", "", "", "", "张三", "13900009999", ""],
            [new_a, "", "本田", "飞度", "", "", "", "刘一", "13600001111", ""],
            [new_b, "", "本田", "飞度", "", "", "", "刘一", "13600001111", ""],
        ],
    )
    customers = count(services, Customer)
    report = services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, path)
    # The second car's owner already has the number from the first row: unchanged.
    assert report.applied and (report.created, report.updated, report.unchanged) == (2, 1, 1)
    assert count(services, Customer) == customers + 1
    with services.db.read() as s:
        numbers = s.scalars(
            select(CustomerPhone.number)
            .where(CustomerPhone.customer_id == first.owner_id)
            .order_by(CustomerPhone.position)
        ).all()
        owners = set(s.scalars(select(Vehicle.owner_id).where(Vehicle.vin.in_([new_a, new_b]))))
    assert numbers == ["13812345678", "13900009999"]
    assert len(owners) == 1
    # The new model 飞度 was made once, with a warning on the first row that needed it.
    assert [w.line for w in report.warnings if w.field == "model"] == [4]
