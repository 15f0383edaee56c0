"""The import's write (app/vehicles/import_write.py): rows prepared before the write transaction
and written with a few executemany statements, with the same outcome as one save at a time (the
plates moved with their history and audit rows, a valid audit chain), and refused whole when
another counter registered a VIN or changed an owner between the checks and the write."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import event, func, insert, select

from app.audit_verify import verify_chain
from app.context import Services
from app.errors import Conflict
from app.roles import SYSTEM_ACTOR, Role
from app.vehicles import CustomerInput
from db.models import AuditEntry, Customer, CustomerPhone, MileageReading, PlateHistory, Vehicle
from tests.app.factories import add_model, add_vehicle, make_vin, open_order
from tests.app.vehicles.test_import import write_csv
from tests.conftest import make_actor

TABLES = (Vehicle, Customer, CustomerPhone, PlateHistory, MileageReading, AuditEntry)


def counts(services: Services) -> dict[str, int]:
    with services.db.read() as s:
        return {t.__tablename__: s.scalar(select(func.count()).select_from(t)) or 0 for t in TABLES}


def new_rows(first: int, n: int) -> list[list[str]]:
    """n new vehicles, each with a plate and an owner of its own."""
    return [
        [
            make_vin(first + i),
            f"粤B{(first + i) % 100_000:05d}",
            "本田",
            "雅阁",
            "黑",
            "",
            "",
            "李四",
            f"139{first + i:08d}",
            "100",
        ]
        for i in range(n)
    ]


def history(services: Services, vehicle_id: int) -> list[tuple[str, bool]]:
    """The vehicle's plates, oldest first, and whether each is still carried."""
    with services.db.read() as s:
        rows = s.execute(
            select(PlateHistory.plate, PlateHistory.valid_to)
            .where(PlateHistory.vehicle_id == vehicle_id)
            .order_by(PlateHistory.id)
        )
        return [(plate, valid_to is None) for plate, valid_to in rows]


def test_plates_moved_by_an_import_keep_their_history_and_audit_rows(
    services: Services, tmp_path: Path
) -> None:
    model = add_model(services, SYSTEM_ACTOR)
    stays = add_vehicle(
        services, SYSTEM_ACTOR, model, plate="京A11111", owner="王五", phones=("13811110001",)
    )
    gives = add_vehicle(
        services, SYSTEM_ACTOR, model, plate="京A22222", owner="赵六", phones=("13811110002",)
    )
    takes = add_vehicle(
        services, SYSTEM_ACTOR, model, plate="京A33333", owner="钱七", phones=("13811110003",)
    )
    new_vin = make_vin()
    path = write_csv(
        tmp_path / "plates.csv",
        [
            # A known car takes the plate of another known car of the file, which gets a new one.
            [takes.vin, "京A22222", "本田", "雅阁", "", "", "", "钱七", "", ""],
            [gives.vin, "京A44444", "本田", "雅阁", "", "", "", "赵六", "", ""],
            # A new car takes the plate of a car that is not in the file.
            [new_vin, "京A11111", "本田", "雅阁", "黑", "", "", "孙八", "13811110004", "100"],
        ],
    )
    report = services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, path)
    assert (report.created, report.updated, report.applied) == (1, 2, True)
    with services.db.read() as s:
        plates = {vin: plate for vin, plate in s.execute(select(Vehicle.vin, Vehicle.plate))}
        new_id = s.scalar(select(Vehicle.id).where(Vehicle.vin == new_vin))
        moved = s.execute(
            select(AuditEntry.action, AuditEntry.entity_id)
            .where(AuditEntry.action.in_(["vehicle.plate_moved", "vehicle.import_update", "vehicle.import"]))
            .order_by(AuditEntry.id)
        ).all()
    assert new_id is not None
    assert plates == {stays.vin: None, gives.vin: "京A44444", takes.vin: "京A22222", new_vin: "京A11111"}
    assert history(services, takes.id) == [("京A33333", False), ("京A22222", True)]
    assert history(services, gives.id) == [("京A22222", False), ("京A44444", True)]
    assert history(services, stays.id) == [("京A11111", False)]
    assert history(services, new_id) == [("京A11111", True)]
    assert [(a, int(i or 0)) for a, i in moved] == [
        ("vehicle.plate_moved", gives.id),  # the first row takes 京A22222 off the second row's car
        ("vehicle.import_update", takes.id),
        ("vehicle.import_update", gives.id),
        ("vehicle.plate_moved", stays.id),
        ("vehicle.import", new_id),
    ]
    with services.db.read() as s:
        versions = {i: v for i, v in s.execute(select(Vehicle.id, Vehicle.version))}
    assert versions[stays.id] == stays.version + 1  # a stale form of the car that lost its plate conflicts
    assert verify_chain(services.db, SYSTEM_ACTOR).ok


def test_a_vin_registered_meanwhile_leaves_nothing_of_the_import(services: Services, tmp_path: Path) -> None:
    """The VIN is the 550th new one, in the second chunk the write checks."""
    model = add_model(services, SYSTEM_ACTOR)
    known = add_vehicle(services, SYSTEM_ACTOR, model, mileage=10_000)
    rows = [
        [known.vin, "", "本田", "雅阁", "红", "", "", "张三", "13900009999", "20000"],
        *new_rows(700_000, 600),
    ]
    taken_vin = rows[550][0]
    path = write_csv(tmp_path / "cars.csv", rows)
    before: dict[str, int] = {}

    def another_counter_registers(done: int, total: int) -> None:
        if done == total == len(rows):  # every row checked, nothing written yet
            add_vehicle(services, SYSTEM_ACTOR, model, vin=taken_vin, owner="王五", phones=("13700001234",))
            before.update(counts(services))

    with pytest.raises(Conflict, match=taken_vin) as refused:
        services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, path, progress=another_counter_registers)
    assert "本次未导入任何数据" in str(refused.value)
    assert counts(services) == before  # the other counter's car only
    card = services.vehicles.vehicles.get(SYSTEM_ACTOR, known.id)
    assert (card.colour, card.last_mileage_km, card.version) == ("", 10_000, known.version)
    assert verify_chain(services.db, SYSTEM_ACTOR).ok


def test_a_vin_registered_while_the_write_runs_gets_the_same_message(
    services: Services, tmp_path: Path
) -> None:
    """Another counter saving the VIN when the checks are done but committing only while the
    import writes: on SQLite the import waits for its lock and then finds the VIN; on PostgreSQL
    the INSERT waits for its row and then fails on the unique VIN. Both tell the user alike."""
    model = add_model(services, SYSTEM_ACTOR)
    known = add_vehicle(services, SYSTEM_ACTOR, model, mileage=10_000)
    rows = new_rows(730_000, 3)
    taken_vin = rows[1][0]
    path = write_csv(tmp_path / "cars.csv", rows)
    saved = threading.Event()
    other: list[threading.Thread] = []

    def another_counter() -> None:
        with services.db.engine.begin() as conn:  # BEGIN IMMEDIATE on SQLite
            values = {"vin": taken_vin, "vin_reversed": taken_vin[::-1], "model_id": model.id}
            conn.execute(insert(Vehicle.__table__).values(values | {"owner_id": known.owner_id}))
            saved.set()
            time.sleep(1.0)  # the import meanwhile begins its write

    def when_checked(done: int, total: int) -> None:
        if done == total == len(rows):
            other.append(threading.Thread(target=another_counter))
            other[0].start()
            assert saved.wait(10)

    before = counts(services)
    with pytest.raises(Conflict, match=taken_vin) as refused:
        services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, path, progress=when_checked)
    other[0].join()
    assert "本次未导入任何数据" in str(refused.value)
    assert counts(services) == before | {"vehicles": before["vehicles"] + 1}  # the other counter's car


def test_a_reading_taken_meanwhile_is_not_taken_back_by_the_file(services: Services, tmp_path: Path) -> None:
    """The file's 20,000 km was higher than the car's when checked; an intake recorded 25,000
    before the write: the car keeps 25,000, the file's reading is not added, its colour is."""
    model = add_model(services, SYSTEM_ACTOR)
    known = add_vehicle(services, SYSTEM_ACTOR, model, mileage=10_000)
    path = write_csv(
        tmp_path / "cars.csv", [[known.vin, "", "本田", "雅阁", "红", "", "", "张三", "", "20000"]]
    )
    advisor = make_actor(services, Role.ADVISOR)

    def an_intake_meanwhile(done: int, total: int) -> None:
        if done == total == 1:
            open_order(services, advisor, known, mileage=25_000)

    report = services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, path, progress=an_intake_meanwhile)
    assert (report.applied, report.updated) == (True, 1)
    card = services.vehicles.vehicles.get(SYSTEM_ACTOR, known.id)
    assert (card.colour, card.last_mileage_km) == ("红", 25_000)
    with services.db.read() as s:
        readings = s.scalars(
            select(MileageReading.km).where(MileageReading.vehicle_id == known.id).order_by(MileageReading.id)
        ).all()
    assert 20_000 not in readings and readings[-1] == 25_000


def test_an_owner_changed_meanwhile_refuses_the_whole_import(services: Services, tmp_path: Path) -> None:
    model = add_model(services, SYSTEM_ACTOR)
    known = add_vehicle(services, SYSTEM_ACTOR, model, owner="张三", phones=("13812345678",))
    path = write_csv(
        tmp_path / "cars.csv",
        [[known.vin, "", "本田", "雅阁", "", "", "", "张三", "13900009999", ""], *new_rows(710_000, 3)],
    )
    before: dict[str, int] = {}

    def another_counter_edits_the_owner(done: int, total: int) -> None:
        if done == total == 4:
            owner = services.vehicles.customers.get(SYSTEM_ACTOR, known.owner_id)
            services.vehicles.customers.update(
                SYSTEM_ACTOR, owner.id, owner.version, CustomerInput("张三", ("13812345678",), note="老客户")
            )
            before.update(counts(services))

    with pytest.raises(Conflict, match=known.vin):
        services.vehicles.importer.import_vehicles(
            SYSTEM_ACTOR, path, progress=another_counter_edits_the_owner
        )
    assert counts(services) == before
    owner = services.vehicles.customers.get(SYSTEM_ACTOR, known.owner_id)
    assert [p.number for p in owner.phones] == ["13812345678"]


def test_the_write_takes_a_few_statements_whatever_the_number_of_rows(
    services: Services, tmp_path: Path
) -> None:
    """Rows are written by executemany, not one statement each: 1,200 rows (300 known vehicles
    with a new colour, mileage and phone, 900 new ones) in well under 100 statements."""
    model = add_model(services, SYSTEM_ACTOR)
    known = [
        add_vehicle(services, SYSTEM_ACTOR, model, owner="张三", phones=(f"137{n:08d}",), mileage=1_000)
        for n in range(300)
    ]
    rows = [
        [v.vin, "", "本田", "雅阁", "红", "", "", "张三", f"136{n:08d}", "2000"] for n, v in enumerate(known)
    ]
    path = write_csv(tmp_path / "cars.csv", rows + new_rows(720_000, 900))
    before = counts(services)
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(services.db.engine, "before_cursor_execute", count)
    try:
        report = services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, path)
    finally:
        event.remove(services.db.engine, "before_cursor_execute", count)
    assert (report.created, report.updated, report.applied) == (900, 300, True)
    assert len(statements) < 100, len(statements)
    after = counts(services)
    grown = {name: after[name] - before[name] for name in after}
    assert grown == {
        "vehicles": 900,
        "customers": 900,
        "customer_phones": 900 + 300,  # one new phone each for the 300 owners
        "plate_history": 900,
        "mileage_readings": 900 + 300,
        # new customer and vehicle; the known car's mileage, fields and owner; the import itself
        "audit_log": 900 * 2 + 300 * 3 + 1,
    }
    assert verify_chain(services.db, SYSTEM_ACTOR).ok
