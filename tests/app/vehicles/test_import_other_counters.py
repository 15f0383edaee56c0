"""Other counters go on working while one counter imports a vehicle list.

Another counter, a real process of its own, saves a repair order on the same SQLite file (or
PostgreSQL database) while a dry run or the checks of a real import are under way, and gets
through within the program's own busy timeout (SQLite) or lock timeout (PostgreSQL): the checks
take no write lock and lock no rows. And a row the database refuses while the import writes
leaves nothing of the import behind: all or nothing.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from app.context import Services
from app.errors import Conflict
from app.roles import SYSTEM_ACTOR, Actor
from db.engine import PG_LOCK_TIMEOUT_MS, SQLITE_BUSY_TIMEOUT_MS
from db.models import (
    AuditEntry,
    Customer,
    MileageReading,
    PlateHistory,
    RepairOrder,
    Vehicle,
    VehicleModel,
)
from db.uow import Database
from tests.app.factories import add_model, add_vehicle, make_vin
from tests.app.vehicles.other_counter import open_order_when_told
from tests.app.vehicles.test_import import HEADER_ZH, write_csv
from tests.conftest import FakeClock

Result = tuple[Any, ...]


class OtherCounter:
    """A second process with the program's services, told when to save one repair order."""

    def __init__(self, go: Any, out: Any) -> None:
        self._go, self._out = go, out
        self.result: Result | None = None

    def save_now(self) -> Result:
        """Tells the other counter to save and waits for its answer (it gives up on its own timeout)."""
        self._go.set()
        got: Result = self._out.get(timeout=120)
        self.result = got
        return got


@contextmanager
def other_counter(
    url: str, vehicle_id: int, km: int, advisor: Actor, clock: FakeClock
) -> Iterator[OtherCounter]:
    ctx = multiprocessing.get_context("spawn")
    go, out = ctx.Event(), ctx.Queue()
    process = ctx.Process(
        target=open_order_when_told, args=(url, vehicle_id, km, advisor.user_id, clock.now, go, out)
    )
    process.start()
    try:
        assert out.get(timeout=120) == ("ready",)
        yield OtherCounter(go, out)
    finally:
        go.set()
        process.join(timeout=60)
        if process.is_alive():
            process.kill()
            process.join()


def timeout_s(db: Database) -> float:
    """How long the other counter waits for a lock before it is told the database is busy."""
    return (SQLITE_BUSY_TIMEOUT_MS if db.is_sqlite else PG_LOCK_TIMEOUT_MS) / 1000


def when_checked(rows: int, counter: OtherCounter) -> Callable[[int, int], None]:
    """The import's progress: when every row has been checked (and nothing written yet), the
    other counter saves, and the import waits for its answer."""

    def progress(done: int, total: int) -> None:
        if done == total == rows and counter.result is None:
            counter.save_now()

    return progress


def count(services: Services, model: type) -> int:
    with services.db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def file_of(tmp_path: Path, known_vin: str, new_vin: str) -> Path:
    return write_csv(
        tmp_path / "cars.csv",
        [
            [known_vin, "", "本田", "雅阁", "珍珠白", "", "", "张三", "13812345678", "25000"],
            [new_vin, "粤B12345", "本田", "雅阁", "黑", "2024-03-01", "", "李四", "13900001111", "100"],
        ],
        HEADER_ZH,
    )


def orders_of(services: Services, vehicle_id: int) -> list[str]:
    with services.db.read() as s:
        return list(s.scalars(select(RepairOrder.ro_number).where(RepairOrder.vehicle_id == vehicle_id)))


@pytest.mark.slow
def test_another_counter_saves_an_order_on_a_car_of_the_file_during_a_dry_run(
    services: Services, db_url: str, advisor: Actor, clock: FakeClock, tmp_path: Path
) -> None:
    model = add_model(services, SYSTEM_ACTOR)
    known = add_vehicle(services, SYSTEM_ACTOR, model, mileage=10_000)
    path = file_of(tmp_path, known.vin, make_vin())
    vehicles, customers = count(services, Vehicle), count(services, Customer)
    with other_counter(db_url, known.id, 12_000, advisor, clock) as counter:
        report = services.vehicles.importer.import_vehicles(
            SYSTEM_ACTOR, path, dry_run=True, progress=when_checked(2, counter)
        )
    assert counter.result is not None
    assert counter.result[0] == "ok", counter.result
    assert counter.result[2] < timeout_s(services.db)
    assert (report.dry_run, report.applied, report.created, report.updated) == (True, False, 1, 1)
    assert orders_of(services, known.id) == [counter.result[1]]
    assert (count(services, Vehicle), count(services, Customer)) == (vehicles, customers)


@pytest.mark.slow
def test_another_counter_saves_an_order_while_a_real_import_is_checked(
    services: Services, db_url: str, advisor: Actor, clock: FakeClock, tmp_path: Path
) -> None:
    model = add_model(services, SYSTEM_ACTOR)
    known = add_vehicle(services, SYSTEM_ACTOR, model, mileage=10_000)
    elsewhere = add_vehicle(services, SYSTEM_ACTOR, model, owner="王五", phones=("13700001234",))
    new_vin = make_vin()
    path = file_of(tmp_path, known.vin, new_vin)
    with other_counter(db_url, elsewhere.id, 3_000, advisor, clock) as counter:
        report = services.vehicles.importer.import_vehicles(
            SYSTEM_ACTOR, path, progress=when_checked(2, counter)
        )
    assert counter.result is not None
    assert counter.result[0] == "ok", counter.result
    assert counter.result[2] < timeout_s(services.db)
    # Both were saved: the other counter's order and the whole import.
    assert report.applied and (report.created, report.updated) == (1, 1)
    assert orders_of(services, elsewhere.id) == [counter.result[1]]
    with services.db.read() as s:
        assert s.scalar(select(Vehicle.last_mileage_km).where(Vehicle.vin == known.vin)) == 25_000
        assert s.scalar(select(func.count()).where(Vehicle.vin == new_vin)) == 1


def refuse_vin_on_insert(db: Database, vin: str) -> None:
    """The database itself refuses one VIN when it is written (as a constraint would): the
    import's checks cannot know it, the write fails half-way."""
    with db.session() as s:
        if db.is_sqlite:
            s.execute(
                text(
                    "CREATE TRIGGER refuse_one_vin BEFORE INSERT ON vehicles"
                    f" WHEN NEW.vin = '{vin}' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
                )
            )
            return
        s.execute(
            text(
                "CREATE FUNCTION refuse_one_vin() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                f" IF NEW.vin = '{vin}' THEN"
                " RAISE EXCEPTION 'refused by the test' USING ERRCODE = 'check_violation'; END IF;"
                " RETURN NEW; END $$"
            )
        )
        s.execute(
            text(
                "CREATE TRIGGER refuse_one_vin BEFORE INSERT ON vehicles"
                " FOR EACH ROW EXECUTE FUNCTION refuse_one_vin()"
            )
        )


TABLES = (Vehicle, Customer, VehicleModel, MileageReading, PlateHistory, AuditEntry)


def test_a_row_refused_while_writing_leaves_nothing_of_the_import(services: Services, tmp_path: Path) -> None:
    model = add_model(services, SYSTEM_ACTOR)
    known = add_vehicle(services, SYSTEM_ACTOR, model, mileage=10_000)
    # More new rows than one write chunk (500): the first chunk is flushed before the refusal.
    new = [make_vin() for _ in range(620)]
    rows = [[known.vin, "", "本田", "雅阁", "珍珠白", "", "", "张三", "13812345678", "25000"]]
    rows += [
        [vin, "", "比亚迪", "秦PLUS", "黑", "2024-03-01", "", f"车主{i}", f"139{i:08d}", str(i)]
        for i, vin in enumerate(new)
    ]
    rows[1][1] = "粤B12345"  # a plate too, for the plate history
    path = write_csv(tmp_path / "cars.csv", rows, HEADER_ZH)
    refuse_vin_on_insert(services.db, new[-1])
    before = {t.__name__: count(services, t) for t in TABLES}
    written: list[int] = []

    def progress(done: int, total: int) -> None:
        if total > len(rows):  # writing: the bar counts the checked rows, then the writes
            written.append(done - len(rows))

    with pytest.raises(Conflict):
        services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, path, progress=progress)
    assert written[-1] == 501  # the update and the first chunk of new vehicles were written
    assert {t.__name__: count(services, t) for t in TABLES} == before
    with services.db.read() as s:
        on_file = s.get(Vehicle, known.id)
        assert on_file is not None
        assert (on_file.last_mileage_km, on_file.colour, on_file.version) == (
            10_000,
            known.colour,
            known.version,
        )
        assert s.scalar(select(func.count()).where(VehicleModel.name == "秦PLUS")) == 0
