"""Migration 0017 on SQLite and PostgreSQL: the regular service reminders on file get the km they
count from (their due km less their model's interval as it is now), every other reminder none,
and no base day; a downgrade takes the two columns away and keeps the reminders."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, inspect, select

from db.migrate import current_revision, head_revision, upgrade
from tests.db.support import reflected, run_alembic
from tests.db.test_migration_0005 import _insert


def test_service_reminders_on_file_get_the_km_they_count_from(engine: Engine) -> None:
    run_alembic(engine, "upgrade", "0016")
    with engine.begin() as conn:
        customer = _insert(conn, "customers")
        model = _insert(conn, "vehicle_models", brand="本田", service_interval_km=7_500)
        car = _insert(conn, "vehicles", vin="LGBH52E05KY000001", vin_reversed="100000YK50E25HBGL",
                      plate="粤B12345", model_id=model, owner_id=customer)  # fmt: skip
        day = dt.date(2027, 1, 15)
        ids = {
            kind: _insert(
                conn,
                "reminders",
                vehicle_id=car,
                customer_id=customer,
                kind=kind,
                due_date=day,
                due_km=due_km,
                status="open",
                note="",
            )
            for kind, due_km in (("service", 27_500), ("first_service", 5_000), ("insurance", None))
        }

    upgrade(engine)
    assert current_revision(engine) == head_revision()
    reminders = reflected(engine, "reminders")
    with engine.connect() as conn:
        rows = {r.id: r for r in conn.execute(select(reminders))}
    assert (rows[ids["service"]].base_km, rows[ids["service"]].base_date) == (20_000, None)
    assert rows[ids["service"]].due_km == 27_500 and rows[ids["service"]].due_date == day
    for kind in ("first_service", "insurance"):
        assert (rows[ids[kind]].base_km, rows[ids[kind]].base_date) == (None, None)

    run_alembic(engine, "downgrade", "0016")
    columns = {c["name"] for c in inspect(engine).get_columns("reminders")}
    assert "base_km" not in columns and "base_date" not in columns
    with engine.connect() as conn:
        assert len(conn.execute(select(reflected(engine, "reminders").c.id)).all()) == 3
