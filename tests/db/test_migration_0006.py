"""Migration 0006 on SQLite and PostgreSQL: the audit rows already there are chained in id order,
the chain head names the last of them, the program appends after them; a downgrade keeps the rows."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, MetaData, Table, inspect, text
from sqlalchemy.exc import DBAPIError

from app import audit
from app.audit_chain import GENESIS, row_hash
from app.audit_verify import verify_chain
from app.roles import SYSTEM_ACTOR
from app.uow import unit_of_work
from db.migrate import current_revision, upgrade
from db.uow import Database
from tests.db.support import run_alembic

AT = dt.datetime(2026, 11, 1, 2, 0, 0, 123456, tzinfo=dt.UTC)
# (id, at, user, action, entity, entity_id, before, after): ids with a gap, as a sequence leaves them
ROWS = [
    (1, AT, 1, "user.add", "user", "1", None, '{"username": "wang"}'),
    (2, AT + dt.timedelta(minutes=5), None, "user.login", "user", "1", None, '{"username": "wang"}'),
    (4, AT + dt.timedelta(hours=1), 1, "order.open", "repair_order", "7", '{"状态": "新"}', None),
]


def _insert_rows_at_0005(engine: Engine) -> None:
    run_alembic(engine, "upgrade", "0005")
    with engine.begin() as conn:
        users = Table("users", MetaData(), autoload_with=conn)
        log = Table("audit_log", MetaData(), autoload_with=conn)
        naive = AT.replace(tzinfo=None)
        conn.execute(
            users.insert().values(
                id=1,
                username="wang",
                display_name="王",
                role="admin",
                password_hash="x",
                active=True,
                failed_logins=0,
                must_change_password=False,
                created_at=naive,
                updated_at=naive,
                version=1,
            )
        )
        for id_, at, user, action, entity, entity_id, before, after in ROWS:
            conn.execute(
                log.insert().values(
                    id=id_,
                    at=at.replace(tzinfo=None),
                    user_id=user,
                    action=action,
                    entity=entity,
                    entity_id=entity_id,
                    before_json=before,
                    after_json=after,
                )
            )


def test_existing_rows_are_chained_in_id_order(engine: Engine) -> None:
    _insert_rows_at_0005(engine)
    upgrade(engine)
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT id, prev_hash, row_hash FROM audit_log ORDER BY id")).all()
        head = conn.execute(text("SELECT id, last_id, last_hash FROM audit_chain")).all()
    prev, expected = GENESIS, []
    for id_, at, user, action, entity, entity_id, before, after in ROWS:
        digest = row_hash(prev, at, user, action, entity, entity_id, before, after)
        expected.append((id_, prev, digest))
        prev = digest
    assert [tuple(r) for r in stored] == expected
    assert [tuple(r) for r in head] == [(1, 4, prev)]

    db = Database(str(engine.url.render_as_string(hide_password=False)), engine)
    report = verify_chain(db, SYSTEM_ACTOR)
    assert report.ok and report.checked == 3
    with unit_of_work(db) as s:
        audit.record(s, None, "test.after_migration", "thing", 1)
    report = verify_chain(db, SYSTEM_ACTOR)
    assert report.ok and report.checked == 4
    with engine.connect() as conn:
        assert conn.execute(text("SELECT max(id) FROM audit_log")).scalar_one() == 5
    # The append-only trigger lifted for the migration's own UPDATE is back.
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET action = 'x' WHERE id = 1"))


def test_an_empty_log_starts_its_chain_at_the_genesis_hash(engine: Engine) -> None:
    upgrade(engine)
    with engine.connect() as conn:
        head = conn.execute(text("SELECT last_id, last_hash FROM audit_chain")).one()
    assert tuple(head) == (0, GENESIS)


def test_a_downgrade_keeps_the_rows_and_their_append_only_triggers(engine: Engine) -> None:
    _insert_rows_at_0005(engine)
    upgrade(engine)
    run_alembic(engine, "downgrade", "0005")
    assert current_revision(engine) == "0005"
    assert "audit_chain" not in inspect(engine).get_table_names()
    assert {"prev_hash", "row_hash"}.isdisjoint(c["name"] for c in inspect(engine).get_columns("audit_log"))
    with engine.connect() as conn:
        assert list(conn.execute(text("SELECT id FROM audit_log ORDER BY id")).scalars()) == [1, 2, 4]
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log"))
    upgrade(engine)  # and up again
    with engine.connect() as conn:
        assert conn.execute(text("SELECT last_id FROM audit_chain")).scalar_one() == 4
