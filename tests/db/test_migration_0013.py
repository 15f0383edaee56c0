"""Migration 0013 on SQLite and PostgreSQL: the complaints on file get their reply deadline (the
opening plus 24 hours) and a closed one its reply (its closing); the follow-up call's category
becomes "other"; a downgrade takes the columns and the log away and an in-progress complaint is
open again."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, MetaData, Table, inspect, select

from db.migrate import current_revision, upgrade
from tests.db.support import run_alembic
from tests.db.test_migration_0005 import _insert

OPENED = dt.datetime(2026, 11, 1, 2, 0)
CLOSED = dt.datetime(2026, 11, 3, 8, 30)


def test_complaints_on_file_get_their_deadline_and_reply(engine: Engine) -> None:
    run_alembic(engine, "upgrade", "0012")
    with engine.begin() as conn:
        customer = _insert(conn, "customers")
        open_one = _insert(conn, "complaints", customer_id=customer, opened_at=OPENED, status="open",
                           category="交车回访不满意", channel="follow_up", description="等太久")  # fmt: skip
        closed_one = _insert(conn, "complaints", customer_id=customer, opened_at=OPENED, status="closed",
                             closed_at=CLOSED, category="price", description="多收费")  # fmt: skip

    upgrade(engine)
    with engine.begin() as conn:
        complaints = Table("complaints", MetaData(), autoload_with=conn)
        rows = {
            r.id: r
            for r in conn.execute(
                select(
                    complaints.c.id, complaints.c.reply_due_at, complaints.c.replied_at, complaints.c.category
                )
            )
        }
        assert rows[open_one].reply_due_at == OPENED + dt.timedelta(hours=24)
        assert rows[open_one].replied_at is None and rows[open_one].category == "other"
        assert rows[closed_one].replied_at == CLOSED and rows[closed_one].category == "price"
        assert not next(c for c in inspect(conn).get_columns("complaints") if c["name"] == "reply_due_at")[
            "nullable"
        ]
        conn.execute(complaints.update().where(complaints.c.id == open_one).values(status="in_progress"))
        _insert(conn, "complaint_actions", complaint_id=open_one, kind="contact", text="已致电")

    run_alembic(engine, "downgrade", "0012")
    assert current_revision(engine) == "0012"
    assert "complaint_actions" not in inspect(engine).get_table_names()
    assert "reply_due_at" not in {c["name"] for c in inspect(engine).get_columns("complaints")}
    with engine.connect() as conn:
        complaints = Table("complaints", MetaData(), autoload_with=conn)
        statuses = dict(conn.execute(select(complaints.c.id, complaints.c.status)).all())
    assert statuses == {open_one: "open", closed_one: "closed"}
