"""appointment desk

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01

The booking desk (app.appointments, docs/domain/appointments.md):
- appointments gain what a booking says: its slot's end (ends_at), the kind of work whose
  capacity it takes (work_kind), how it came (source: counter, call_in, reminder), whether the
  customer waits, the plate, phone and name of a new caller (and the plate and phone to call for
  a known car), why it was cancelled, why the customer did not come, the confirmation call's
  outcome and time, when the car arrived and who booked it. vehicle_id and customer_id may be
  empty: a new caller gives a plate and a phone only.
- appointment_events (new): a booking's history (booked, moved, cancelled, confirmed, arrived,
  no-show, no-show reason) with who, when, the slot before and after and the reason.
- appointment_days (new): one row per date, locked while a slot of that day is counted and taken.
- repair_orders.appointment_id gets an index: a booking's order is found by it.
- On SQLite the appointments table's definition is rewritten in place (see _sqlite_redefine), not
  rebuilt: no row is copied or deleted, the orders and calls naming a booking are not touched.
- The bookings on file: ends_at 30 minutes after the start, the kind from the job type (钣喷 and
  事故 take body and paint, every other job the workshop's bays), the source "reminder" when a
  reminder call made it (else "counter"), the plate of the car and the first phone of the
  customer, created_by the advisor; a "booked" event at its creation and, for one that arrived,
  did not come or was cancelled, that event at its last change.
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

SLOT = dt.timedelta(minutes=30)
BODY_PAINT_JOBS = ("钣喷", "事故")
FINAL_EVENTS = {"arrived": "arrived", "no_show": "no_show", "cancelled": "cancelled"}

_appointments = sa.table(
    "appointments",
    sa.column("id", sa.Integer()),
    sa.column("vehicle_id", sa.Integer()),
    sa.column("customer_id", sa.Integer()),
    sa.column("advisor_id", sa.Integer()),
    sa.column("scheduled_at", sa.DateTime()),
    sa.column("ends_at", sa.DateTime()),
    sa.column("job_type", sa.String()),
    sa.column("status", sa.String()),
    sa.column("work_kind", sa.String()),
    sa.column("source", sa.String()),
    sa.column("customer_waits", sa.Boolean()),
    sa.column("plate", sa.String()),
    sa.column("phone", sa.String()),
    sa.column("contact_name", sa.String()),
    sa.column("cancel_reason", sa.Text()),
    sa.column("created_by", sa.Integer()),
    sa.column("created_at", sa.DateTime()),
    sa.column("updated_at", sa.DateTime()),
)
_events = sa.table(
    "appointment_events",
    sa.column("appointment_id", sa.Integer()),
    sa.column("at", sa.DateTime()),
    sa.column("user_id", sa.Integer()),
    sa.column("kind", sa.String()),
    sa.column("slot_before", sa.DateTime()),
    sa.column("slot_after", sa.DateTime()),
    sa.column("reason", sa.Text()),
)
_vehicles = sa.table("vehicles", sa.column("id", sa.Integer()), sa.column("plate", sa.String()))
_phones = sa.table(
    "customer_phones",
    sa.column("customer_id", sa.Integer()),
    sa.column("number", sa.String()),
    sa.column("position", sa.Integer()),
    sa.column("id", sa.Integer()),
)
_contacts = sa.table("reminder_contacts", sa.column("appointment_id", sa.Integer()))

NEW_COLUMNS = (
    ("ends_at", sa.DateTime()),
    ("work_kind", sa.String(length=16)),
    ("source", sa.String(length=16)),
    ("customer_waits", sa.Boolean()),
    ("plate", sa.String(length=10)),
    ("phone", sa.String(length=24)),
    ("contact_name", sa.String(length=64)),
    ("cancel_reason", sa.Text()),
)


def _rows(conn):
    return conn.execute(
        sa.select(
            _appointments.c.id, _appointments.c.vehicle_id, _appointments.c.customer_id,
            _appointments.c.advisor_id, _appointments.c.scheduled_at, _appointments.c.job_type,
            _appointments.c.status, _appointments.c.created_at, _appointments.c.updated_at,
        ).order_by(_appointments.c.id)
    ).all()  # fmt: skip


def _fill_appointments(conn) -> None:
    plates = dict(conn.execute(sa.select(_vehicles.c.id, _vehicles.c.plate)).all())
    phones = {}
    for customer_id, number in conn.execute(
        sa.select(_phones.c.customer_id, _phones.c.number).order_by(
            _phones.c.customer_id, _phones.c.position.desc(), _phones.c.id.desc()
        )
    ):
        phones[customer_id] = number  # the last one written per customer: its first by position
    from_calls = set(
        conn.execute(sa.select(_contacts.c.appointment_id).where(_contacts.c.appointment_id.is_not(None))).scalars()
    )
    values = [
        {
            "rid": r.id,
            "ends_at": r.scheduled_at + SLOT,
            "work_kind": "body_paint" if r.job_type in BODY_PAINT_JOBS else "maintenance",
            "source": "reminder" if r.id in from_calls else "counter",
            "customer_waits": False,
            "plate": plates.get(r.vehicle_id) or "",
            "phone": phones.get(r.customer_id, ""),
            "contact_name": "",
            "cancel_reason": "",
            "created_by": r.advisor_id,
        }
        for r in _rows(conn)
    ]
    if values:  # one executemany: a million-car file's bookings in seconds
        names = [k for k in values[0] if k != "rid"]
        conn.execute(
            _appointments.update()
            .where(_appointments.c.id == sa.bindparam("rid"))
            .values({name: sa.bindparam(name) for name in names}),
            values,
        )


def _fill_events(conn) -> None:
    events = []
    for r in _rows(conn):
        events.append(
            {"appointment_id": r.id, "at": r.created_at, "user_id": r.advisor_id, "kind": "booked",
             "slot_before": None, "slot_after": r.scheduled_at, "reason": ""}
        )  # fmt: skip
        final = FINAL_EVENTS.get(r.status)
        if final is not None:
            events.append(
                {"appointment_id": r.id, "at": r.updated_at, "user_id": None, "kind": final,
                 "slot_before": r.scheduled_at, "slot_after": None, "reason": ""}
            )  # fmt: skip
    if events:
        conn.execute(_events.insert(), events)


# SQLite cannot change a column's NOT NULL or add a foreign key in place, and rebuilding the
# table (Alembic's batch mode: copy, DROP TABLE, rename) is no way for this one: with foreign keys
# on, DROP TABLE deletes every booking first and checks each against the orders and calls that
# name it, a scan of the orders per booking (hours on a million-car file) and refused when one
# still names it. The changes here touch no stored row (the columns were just added and filled;
# the foreign key's values are the advisors', users already), so the table's definition is
# rewritten in sqlite_schema as SQLite describes for such changes ("Making Other Kinds Of Table
# Schema Changes", lang_altertable.html): writable_schema, the new CREATE TABLE text with the
# columns in their stored order, schema_version + 1.
_NEW_FK = ("created_by", "users")


def _sqlite_definition(conn, nullable, with_new_fk):
    columns = []
    for _cid, name, type_, notnull, default, _pk in conn.exec_driver_sql("PRAGMA table_info(appointments)"):
        null = nullable.get(name, not notnull)
        text = f"\t{name} {type_}{'' if null else ' NOT NULL'}"
        if default is not None:
            text += f" DEFAULT {default}"
        columns.append(text)
    keys = [
        (row[3], row[2], row[4])  # column, parent table, parent column
        for row in conn.exec_driver_sql("PRAGMA foreign_key_list(appointments)")
        if row[3] != _NEW_FK[0]
    ]
    if with_new_fk:
        keys.append((_NEW_FK[0], _NEW_FK[1], "id"))
    constraints = ["\tCONSTRAINT pk_appointments PRIMARY KEY (id)"] + [
        f"\tCONSTRAINT fk_appointments_{col}_{parent} FOREIGN KEY({col}) REFERENCES {parent} ({parent_col})"
        for col, parent, parent_col in sorted(keys)
    ]
    return "CREATE TABLE appointments (\n" + ", \n".join(columns + constraints) + "\n)"


def _sqlite_redefine(conn, sql):
    version = conn.exec_driver_sql("PRAGMA schema_version").scalar()
    conn.exec_driver_sql("PRAGMA writable_schema=ON")
    conn.execute(
        sa.text("UPDATE sqlite_master SET sql = :sql WHERE type = 'table' AND name = 'appointments'"),
        {"sql": sql},
    )
    conn.exec_driver_sql(f"PRAGMA schema_version={int(version) + 1}")
    conn.exec_driver_sql("PRAGMA writable_schema=OFF")


_ADDED_LATER = (
    ("no_show_reason", sa.String(length=24)),
    ("confirmation", sa.String(length=16)),
    ("confirmed_at", sa.DateTime()),
    ("arrived_at", sa.DateTime()),
    ("created_by", sa.Integer()),
)


def upgrade() -> None:
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    for name, type_ in (*NEW_COLUMNS, *_ADDED_LATER):
        op.add_column("appointments", sa.Column(name, type_, nullable=True))
    _fill_appointments(conn)
    if sqlite:
        empty = " OR ".join(f"{name} IS NULL" for name, _ in NEW_COLUMNS)
        assert conn.exec_driver_sql(f"SELECT count(*) FROM appointments WHERE {empty}").scalar() == 0
        nullable = {name: False for name, _ in NEW_COLUMNS} | {"vehicle_id": True, "customer_id": True}
        _sqlite_redefine(conn, _sqlite_definition(conn, nullable, with_new_fk=True))
    else:
        for name, type_ in NEW_COLUMNS:
            op.alter_column("appointments", name, existing_type=type_, nullable=False)
        op.alter_column("appointments", "vehicle_id", existing_type=sa.Integer(), nullable=True)
        op.alter_column("appointments", "customer_id", existing_type=sa.Integer(), nullable=True)
        op.create_foreign_key(op.f("fk_appointments_created_by_users"), "appointments", "users", ["created_by"], ["id"])
    op.create_index(op.f("ix_appointments_created_at"), "appointments", ["created_at"], unique=False)
    op.create_index(
        op.f("ix_appointments_status_scheduled_at"), "appointments", ["status", "scheduled_at"], unique=False
    )
    op.create_index(op.f("ix_repair_orders_appointment_id"), "repair_orders", ["appointment_id"], unique=False)
    op.create_table(
        "appointment_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_appointment_days")),
    )
    op.create_table(
        "appointment_events",
        sa.Column("appointment_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("slot_before", sa.DateTime(), nullable=True),
        sa.Column("slot_after", sa.DateTime(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["appointment_id"], ["appointments.id"],
                                name=op.f("fk_appointment_events_appointment_id_appointments"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_appointment_events_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment_events")),
    )  # fmt: skip
    op.create_index(
        op.f("ix_appointment_events_appointment_id"), "appointment_events", ["appointment_id"], unique=False
    )
    _fill_events(conn)


def downgrade() -> None:
    # The program before this knows bookings of a known car only: a new caller's booking that
    # never became one goes (with its history).
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    op.drop_index(op.f("ix_appointment_events_appointment_id"), table_name="appointment_events")
    op.drop_table("appointment_events")
    op.drop_table("appointment_days")
    conn.execute(_appointments.delete().where(_appointments.c.vehicle_id.is_(None)))
    op.drop_index(op.f("ix_repair_orders_appointment_id"), table_name="repair_orders")
    op.drop_index(op.f("ix_appointments_status_scheduled_at"), table_name="appointments")
    op.drop_index(op.f("ix_appointments_created_at"), table_name="appointments")
    if sqlite:  # the foreign key and the NOT NULLs as before, then the columns dropped in place
        nullable = {"vehicle_id": False, "customer_id": False}
        _sqlite_redefine(conn, _sqlite_definition(conn, nullable, with_new_fk=False))
    else:
        op.drop_constraint(op.f("fk_appointments_created_by_users"), "appointments", type_="foreignkey")
        op.alter_column("appointments", "customer_id", existing_type=sa.Integer(), nullable=False)
        op.alter_column("appointments", "vehicle_id", existing_type=sa.Integer(), nullable=False)
    for name, _ in reversed((*NEW_COLUMNS, *_ADDED_LATER)):
        op.drop_column("appointments", name)
