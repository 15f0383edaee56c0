"""Migration 0015 on SQLite and PostgreSQL: the bookings on file get their slot's end, their kind
of work from the job type, their source (a reminder call's or the counter's), the car's plate and
the customer's first phone, the advisor as who booked them, and their history (booked, then what
became of them); a new caller's booking (no car) may then be written; a downgrade takes the
columns and tables away and the new caller's booking with them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, MetaData, Table, func, inspect, select

from db.migrate import current_revision, head_revision, upgrade
from tests.db.support import run_alembic
from tests.db.test_migration_0005 import _insert

SLOT = dt.datetime(2026, 11, 30, 1, 30)
MADE = dt.datetime(2026, 11, 20, 2, 0)
CHANGED = dt.datetime(2026, 11, 30, 3, 0)


def test_bookings_on_file_are_filled_in_and_get_their_history(engine: Engine) -> None:
    run_alembic(engine, "upgrade", "0014")
    with engine.begin() as conn:
        user = _insert(conn, "users", username="wang")
        customer = _insert(conn, "customers")
        _insert(conn, "customer_phones", customer_id=customer, number="13900001111", tail4="1111", position=1)
        _insert(conn, "customer_phones", customer_id=customer, number="13812345678", tail4="5678", position=0)
        model = _insert(conn, "vehicle_models")
        car = _insert(
            conn, "vehicles", vin="LHGRC3838F8043791", plate="粤B12345", model_id=model, owner_id=customer
        )

        def booking(job_type: str, status: str) -> int:
            return _insert(conn, "appointments", vehicle_id=car, customer_id=customer, advisor_id=user,
                           scheduled_at=SLOT, job_type=job_type, status=status, note="",
                           created_at=MADE, updated_at=CHANGED)  # fmt: skip

        kept, body, called = (
            booking("保养", "arrived"),
            booking("事故", "cancelled"),
            booking("保养", "booked"),
        )
        reminder = _insert(conn, "reminders", vehicle_id=car, customer_id=customer, kind="service",
                           due_date=dt.date(2026, 11, 25), status="booked", note="")  # fmt: skip
        contact = _insert(conn, "reminder_contacts", reminder_id=reminder, outcome="booked", note="",
                          appointment_id=called)  # fmt: skip
        order = _insert(conn, "repair_orders", ro_number="RO20261130-0001", vehicle_id=car,
                        customer_id=customer, advisor_id=user, appointment_id=kept,
                        opened_at=SLOT)  # fmt: skip

    def links() -> tuple[int, int]:
        with engine.connect() as conn:
            orders = Table("repair_orders", MetaData(), autoload_with=conn)
            contacts = Table("reminder_contacts", MetaData(), autoload_with=conn)
            return (
                conn.execute(select(orders.c.appointment_id).where(orders.c.id == order)).scalar_one(),
                conn.execute(select(contacts.c.appointment_id).where(contacts.c.id == contact)).scalar_one(),
            )

    upgrade(engine)  # the order and the call keep naming their booking
    assert links() == (kept, called)
    if engine.dialect.name == "sqlite":  # the table's definition rewritten in place, the file sound
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    with engine.begin() as conn:
        table = Table("appointments", MetaData(), autoload_with=conn)
        events = Table("appointment_events", MetaData(), autoload_with=conn)
        rows = {r.id: r for r in conn.execute(select(table))}
        for row in rows.values():
            assert row.ends_at == SLOT + dt.timedelta(minutes=30)
            assert (row.plate, row.phone, row.created_by) == ("粤B12345", "13812345678", user)
            assert (row.contact_name, row.cancel_reason, row.customer_waits) == ("", "", False)
            assert row.confirmation is None and row.no_show_reason is None
        assert [rows[i].work_kind for i in (kept, body, called)] == [
            "maintenance",
            "body_paint",
            "maintenance",
        ]
        assert [rows[i].source for i in (kept, body, called)] == ["counter", "counter", "reminder"]
        history = [
            (r.appointment_id, r.kind, r.at, r.slot_before, r.slot_after)
            for r in conn.execute(select(events).order_by(events.c.appointment_id, events.c.at))
        ]
        assert history == [
            (kept, "booked", MADE, None, SLOT),
            (kept, "arrived", CHANGED, SLOT, None),
            (body, "booked", MADE, None, SLOT),
            (body, "cancelled", CHANGED, SLOT, None),
            (called, "booked", MADE, None, SLOT),
        ]
        columns = {c["name"]: c for c in inspect(conn).get_columns("appointments")}
        assert columns["vehicle_id"]["nullable"] and columns["customer_id"]["nullable"]
        assert not columns["work_kind"]["nullable"] and not columns["ends_at"]["nullable"]
        stranger = _insert(conn, "appointments", scheduled_at=SLOT, ends_at=SLOT, plate="粤C00001",
                           phone="13900002222", status="booked", note="", work_kind="quick", source="call_in",
                           customer_waits=False, contact_name="李四", cancel_reason="",
                           job_type="保养")  # fmt: skip
        assert stranger
        conn.execute(
            Table("appointment_days", MetaData(), autoload_with=conn).insert().values(day=SLOT.date())
        )

    run_alembic(engine, "downgrade", "0014")
    assert current_revision(engine) == "0014" and links() == (kept, called)
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    names = inspect(engine).get_table_names()
    assert "appointment_events" not in names and "appointment_days" not in names
    columns = {c["name"]: c for c in inspect(engine).get_columns("appointments")}
    assert "work_kind" not in columns and not columns["vehicle_id"]["nullable"]
    with engine.connect() as conn:
        table = Table("appointments", MetaData(), autoload_with=conn)
        assert sorted(conn.execute(select(table.c.id)).scalars()) == sorted([kept, body, called])
    upgrade(engine)  # and up again
    assert current_revision(engine) == head_revision()


def test_sqlite_changes_the_table_in_place_with_many_bookings_named(engine: Engine) -> None:
    """A populated file: bookings named by orders and calls. SQLite's table is not
    rebuilt (a DROP TABLE with foreign keys on checks every booking against the orders and
    refused on a million-car file): its pages stay where they were, every link is kept."""
    run_alembic(engine, "upgrade", "0014")
    with engine.begin() as conn:
        user = _insert(conn, "users", username="li")
        customer = _insert(conn, "customers")
        model = _insert(conn, "vehicle_models")
        car = _insert(
            conn, "vehicles", vin="LHGRC3838F8043791", plate="粤B12345", model_id=model, owner_id=customer
        )
        reminder = _insert(conn, "reminders", vehicle_id=car, customer_id=customer, kind="service",
                           due_date=dt.date(2026, 11, 25), status="booked", note="")  # fmt: skip
        named: dict[str, list[tuple[int, int]]] = {"repair_orders": [], "reminder_contacts": []}
        for n in range(90):
            booking = _insert(conn, "appointments", vehicle_id=car, customer_id=customer, advisor_id=user,
                              scheduled_at=SLOT + dt.timedelta(days=n), job_type="保养",
                              status="arrived" if n % 3 else "no_show", note="", created_at=MADE,
                              updated_at=CHANGED)  # fmt: skip
            if n % 3:
                order = _insert(conn, "repair_orders", ro_number=f"RO2026{n:08d}", vehicle_id=car,
                                customer_id=customer, advisor_id=user, appointment_id=booking,
                                opened_at=SLOT)  # fmt: skip
                named["repair_orders"].append((order, booking))
            if n % 5 == 0:
                contact = _insert(conn, "reminder_contacts", reminder_id=reminder, outcome="booked", note="",
                                  appointment_id=booking)  # fmt: skip
                named["reminder_contacts"].append((contact, booking))

    def root_page() -> int | None:
        if engine.dialect.name != "sqlite":
            return None
        with engine.connect() as conn:
            return conn.exec_driver_sql(
                "SELECT rootpage FROM sqlite_master WHERE name = 'appointments'"
            ).scalar()

    before = root_page()
    upgrade(engine)
    assert root_page() == before
    with engine.connect() as conn:
        for name, pairs in named.items():
            table = Table(name, MetaData(), autoload_with=conn)
            found = dict(conn.execute(select(table.c.id, table.c.appointment_id)).all())
            assert {row: found[row] for row, _ in pairs} == dict(pairs), name
        events = Table("appointment_events", MetaData(), autoload_with=conn)
        assert conn.execute(select(func.count()).select_from(events)).scalar() == 180  # booked + final
