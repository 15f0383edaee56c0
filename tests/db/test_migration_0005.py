"""Migration 0005 on SQLite and PostgreSQL: repair_orders.excluded_hours, 0 for the orders already
there; a downgrade drops it and leaves the orders and their lines as they were."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, Engine, MetaData, Table, inspect, select, text

from db.migrate import current_revision, upgrade
from db.schema_version import HEAD_REVISION
from tests.db.support import run_alembic

AT = dt.datetime(2026, 11, 1, 2, 0, tzinfo=dt.UTC)


def _insert(conn: Connection, name: str, **given: Any) -> int:
    """A row of the table as it stands at this revision: the given values, and a plain value of
    its type for every other required column (the models describe the head, not 0004)."""
    table = Table(name, MetaData(), autoload_with=conn)
    values = dict(given)
    for column in table.columns:
        if column.name in values or column.nullable or column.primary_key or column.server_default:
            continue
        if column.computed is not None:
            continue
        python = column.type.python_type
        if python is bool:
            values[column.name] = False
        elif python is int:
            values[column.name] = 1
        elif python is dt.datetime:
            values[column.name] = AT
        elif python is str:
            values[column.name] = f"{name}-{column.name}"[: getattr(column.type, "length", None) or 64]
        else:
            values[column.name] = 1
    row_id = conn.execute(table.insert().values(values).returning(table.c.id)).scalar_one()
    return int(row_id)


def test_orders_get_no_excluded_hours_and_keep_everything_on_a_downgrade(engine: Engine) -> None:
    run_alembic(engine, "upgrade", "0004")
    with engine.begin() as conn:
        user = _insert(conn, "users", username="wang")
        customer = _insert(conn, "customers")
        model = _insert(conn, "vehicle_models")
        vehicle = _insert(conn, "vehicles", vin="LSVAU2180N2183294", model_id=model, owner_id=customer)
        order = _insert(
            conn,
            "repair_orders",
            ro_number="RO20261101-0001",
            vehicle_id=vehicle,
            customer_id=customer,
            advisor_id=user,
            mileage_in=1_200,
        )
        _insert(conn, "ro_lines", repair_order_id=order, kind="part", code="BR-1", description="前制动卡钳")

    result = upgrade(engine)
    assert (result.from_revision, result.to_revision) == ("0004", HEAD_REVISION)
    with engine.begin() as conn:
        assert conn.execute(text("SELECT excluded_hours FROM repair_orders")).scalar_one() == 0
        conn.execute(text("UPDATE repair_orders SET excluded_hours = 36"))
        assert conn.execute(text("SELECT excluded_hours FROM repair_orders")).scalar_one() == 36

    run_alembic(engine, "downgrade", "0004")
    assert current_revision(engine) == "0004"
    assert "excluded_hours" not in {c["name"] for c in inspect(engine).get_columns("repair_orders")}
    with engine.connect() as conn:
        orders = Table("repair_orders", MetaData(), autoload_with=conn)
        lines = Table("ro_lines", MetaData(), autoload_with=conn)
        assert conn.execute(select(orders.c.ro_number)).scalars().all() == ["RO20261101-0001"]
        assert conn.execute(select(lines.c.description)).scalars().all() == ["前制动卡钳"]
