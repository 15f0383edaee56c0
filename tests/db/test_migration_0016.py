"""Migration 0016 on SQLite and PostgreSQL: the cars on file keep every column and their plate
tail, and get no inspection or insurance date; the dates are written and read back; a downgrade
takes the two columns away and keeps the cars."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, inspect, select

from db.migrate import current_revision, head_revision, upgrade
from tests.db.support import reflected, run_alembic
from tests.db.test_migration_0005 import _insert


def test_cars_on_file_get_empty_dates_and_keep_everything(engine: Engine) -> None:
    run_alembic(engine, "upgrade", "0015")
    with engine.begin() as conn:
        customer = _insert(conn, "customers")
        model = _insert(conn, "vehicle_models", brand="东风")
        car = _insert(conn, "vehicles", vin="LGBH52E05KY000001", vin_reversed="100000YK50E25HBGL",
                      plate="粤B12345", model_id=model, owner_id=customer)  # fmt: skip

    upgrade(engine)
    assert current_revision(engine) == head_revision()
    vehicles = reflected(engine, "vehicles")
    with engine.begin() as conn:
        row = conn.execute(select(vehicles).where(vehicles.c.id == car)).one()
        assert (row.inspection_due, row.insurance_expires) == (None, None)
        assert (row.vin, row.plate, row.plate_tail) == ("LGBH52E05KY000001", "粤B12345", "54321")
        conn.execute(
            vehicles.update()
            .where(vehicles.c.id == car)
            .values(inspection_due=dt.date(2027, 3, 31), insurance_expires=dt.date(2027, 5, 20))
        )
        again = conn.execute(select(vehicles.c.inspection_due, vehicles.c.insurance_expires)).one()
    assert tuple(again) == (dt.date(2027, 3, 31), dt.date(2027, 5, 20))

    run_alembic(engine, "downgrade", "0015")
    columns = {c["name"] for c in inspect(engine).get_columns("vehicles")}
    assert "inspection_due" not in columns and "insurance_expires" not in columns
    vehicles = reflected(engine, "vehicles")
    with engine.connect() as conn:
        assert conn.execute(select(vehicles.c.plate, vehicles.c.plate_tail)).one() == ("粤B12345", "54321")
