"""What each back-end refuses outright: INSERT OR REPLACE on SQLite, TRUNCATE on PostgreSQL; and
what the chain check finds once the program's own role lifts the triggers."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.audit_verify import verify_chain
from app.roles import SYSTEM_ACTOR
from db.uow import Database
from tests.app.audit.tamper import raw
from tests.app.audit.test_chain import changes

REPLACE_ROW_2 = (
    "INSERT OR REPLACE INTO audit_log (id, at, action, entity, prev_hash, row_hash)"
    " SELECT id, at, 'user.delete', entity, prev_hash, row_hash FROM audit_log WHERE id = 2"
)


@pytest.fixture
def sqlite_only(db: Database) -> Database:
    if not db.is_sqlite:
        pytest.skip("SQLite's INSERT OR REPLACE")
    return db


@pytest.fixture
def pg_only(db: Database) -> Database:
    if db.is_sqlite:
        pytest.skip("PostgreSQL's TRUNCATE and DISABLE TRIGGER")
    return db


def test_insert_or_replace_is_refused_on_sqlite(sqlite_only: Database) -> None:
    db = sqlite_only
    changes(db, 3)
    with db.engine.connect() as conn:  # the refusal does not rely on recursive_triggers
        assert conn.exec_driver_sql("PRAGMA recursive_triggers").scalar() == 0
    for statement in (
        REPLACE_ROW_2,
        REPLACE_ROW_2.replace("INSERT OR REPLACE", "REPLACE"),
        "INSERT OR REPLACE INTO audit_chain (id, last_id, last_hash) VALUES (1, 0, 'x')",
    ):
        with pytest.raises(DBAPIError, match=r"append-only|only moves forward"), db.engine.begin() as conn:
            conn.execute(text(statement))
    assert verify_chain(db, SYSTEM_ACTOR).ok


def test_insert_or_replace_with_the_triggers_dropped_is_found(sqlite_only: Database) -> None:
    db = sqlite_only
    changes(db, 3)
    raw(db, REPLACE_ROW_2)
    report = verify_chain(db, SYSTEM_ACTOR)
    assert [(b.row_id, b.action) for b in report.breaks] == [(2, "user.delete")]


def test_truncate_is_refused_on_postgresql(pg_only: Database) -> None:
    db = pg_only
    changes(db, 3)
    for statement in ("TRUNCATE audit_log", "TRUNCATE audit_chain", "TRUNCATE audit_log, audit_chain"):
        with pytest.raises(DBAPIError, match=r"append-only|only moves forward"), db.engine.begin() as conn:
            conn.execute(text(statement))
    assert verify_chain(db, SYSTEM_ACTOR).checked == 3


def test_truncate_after_disable_trigger_is_found(pg_only: Database) -> None:
    db = pg_only
    changes(db, 3)
    raw(db, "TRUNCATE audit_log")
    report = verify_chain(db, SYSTEM_ACTOR)
    assert report.first is not None and "整表清空" in report.first.message


def test_disable_trigger_then_update_is_found(pg_only: Database) -> None:
    db = pg_only
    changes(db, 3)
    raw(db, "UPDATE audit_log SET entity_id = '7' WHERE id = 1")
    assert [b.row_id for b in verify_chain(db, SYSTEM_ACTOR).breaks] == [1]
