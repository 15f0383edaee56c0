"""Every query of a counter's day runs on an index, so a million vehicles stay fast.

SQLite without statistics plans the same way on a small and on a large database, so a plan
checked here is the plan the counter gets; the trap caught here once was a `status = 'open'`
condition steering the planner to the (status, due_date) index, a walk over every open reminder.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from app.context import Services
from app.orders import DeliveryInput, LineInput
from app.reminders import WorkList
from app.reminders.recompute import VEHICLE_INDEX, Cars, reminders_sql
from app.reminders.worklist import tasks_for
from app.roles import SYSTEM_ACTOR, Role
from tests.app.factories import add_model, add_vehicle, labour, open_order, part
from tests.app.orders.test_orders import edit_of
from tests.app.vehicles.test_import import GOOD, write_csv
from tests.conftest import make_actor

BIG_TABLES = (
    "vehicles",
    "customers",
    "customer_phones",
    "plate_history",
    "mileage_readings",
    "repair_orders",
    "ro_lines",
    "ro_status_events",
    "ro_notes",
    "reminders",
    "audit_log",
)


@pytest.fixture
def statements(sqlite_services: Services) -> Iterator[list[tuple[str, object]]]:
    seen: list[tuple[str, object]] = []

    def grab(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT") and not executemany:
            seen.append((statement, parameters))

    event.listen(sqlite_services.db.engine, "before_cursor_execute", grab)
    yield seen
    event.remove(sqlite_services.db.engine, "before_cursor_execute", grab)


def test_a_counter_day_uses_indexes_only(
    sqlite_services: Services, statements: list[tuple[str, object]], tmp_path: Path
) -> None:
    svc = sqlite_services
    advisor = make_actor(svc, Role.ADVISOR)
    model = add_model(svc, advisor)
    car = add_vehicle(svc, advisor, model, plate="京A12345", mileage=1_000)
    svc.orders.orders.preview_alerts(advisor, car.id, statement="刹车异响")
    order = open_order(svc, advisor, car, mileage=1_100, lines=(labour(), part()))
    order = svc.orders.orders.update_order(advisor, order.id, order.version, edit_of(order, mileage_in=1_150))
    order = svc.orders.orders.approve_estimate(advisor, order.id, order.version)
    svc.orders.orders.add_note(advisor, order.id, "客户等候")
    for status in ("in_repair", "quality_check", "ready"):
        order = svc.orders.board.move(advisor, order.id, order.version, status)
    svc.orders.board.board(advisor)
    svc.orders.board.change_token(advisor)
    svc.orders.delivery.deliver(
        advisor,
        order.id,
        order.version,
        DeliveryInput(
            mileage_out=1_200, lines=(labour(), part(), LineInput("other", "", code="travel", amount_fen=100))
        ),
    )
    svc.orders.cards.open(advisor, car.id)
    svc.orders.orders.get_order(advisor, order.id)
    svc.vehicles.customers.find_by_phone(advisor, "13812345678")
    svc.vehicles.vehicles.check_vin(advisor, car.vin)
    svc.vehicles.importer.import_vehicles(SYSTEM_ACTOR, write_csv(tmp_path / "good.csv", GOOD))
    for which in WorkList:  # the reminder desk's lists: a page of cars, then their reminders
        svc.reminders.work_list(make_actor(svc, Role.SUPERVISOR), which)
    with svc.db.read() as s:  # a full page: the planner weighs 500 cars otherwise than two
        tasks_for(s, list(range(1, 501)), dt.date(2026, 11, 27), full_phones=False)
    checked = 0
    with svc.db.engine.connect() as conn:
        for sql, params in {sql: (sql, p) for sql, p in statements}.values():
            plan = " | ".join(r[3] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params))  # type: ignore[arg-type]
            for table in BIG_TABLES:
                assert not re.search(rf"\bSCAN {table}\b", plan), (sql, plan)
                if re.search(rf"WHERE {table}\.vehicle_id (= \?|IN \()", sql):
                    assert re.search(rf"SEARCH {table} USING \w* ?INDEX \w+ \(vehicle_id=\?", plan), (
                        sql,
                        plan,
                    )
            checked += 1
    assert checked > 30


def test_the_whole_recompute_reads_reminders_in_car_order_without_a_sort(sqlite_services: Services) -> None:
    """Along the reminders' vehicle index, the vehicles then read by their key in the same order:
    with the (kind, status) index SQLite sorted every open service reminder first."""
    with sqlite_services.db.engine.connect() as conn:
        plan = " | ".join(
            r[3] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {reminders_sql(conn, Cars())}")
        )
        one_car = " | ".join(
            r[3] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {reminders_sql(conn, Cars(ids=(7, 9)))}")
        )
        part_sql = reminders_sql(conn, Cars(first=10, last=99))
        a_part = " | ".join(r[3] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {part_sql}"))
    assert f"SCAN reminders USING INDEX {VEHICLE_INDEX}" in plan and "TEMP B-TREE" not in plan, plan
    assert "SEARCH vehicles USING INTEGER PRIMARY KEY" in plan, plan
    assert re.search(r"SEARCH reminders USING INDEX \w+ \(vehicle_id=\?\)", one_car), one_car
    # A part of the whole run (recompute_all): a range along the same index, still no sort.
    assert f"SEARCH reminders USING INDEX {VEHICLE_INDEX} (vehicle_id>? AND vehicle_id<?)" in a_part, a_part
    assert "TEMP B-TREE" not in a_part, a_part
