"""Migration 0014 on SQLite and PostgreSQL: the audit rows on file are re-hashed in format 2 (the
JSON by its digest), an intact chain verifies, a break the format-1 chain had is still there at
the same row, and the database then lets only a redaction change a row."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
from sqlalchemy import Engine, select, text

from app.audit_chain import GENESIS, row_hash
from app.audit_verify import _COLUMNS, _Head, _run, _Walk
from db.migrate import upgrade
from db.models import AuditEntry
from tests.db.support import run_alembic

AT = dt.datetime(2026, 11, 1, 2, 0)


def _format1(prev: str, n: int, after: str) -> str:
    text_ = json.dumps(
        [
            "qiantai-audit-1",
            prev,
            AT.strftime("%Y-%m-%dT%H:%M:%S.000000Z"),
            None,
            "test",
            "thing",
            str(n),
            None,
            after,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(text_.encode("utf-8")).hexdigest()


def _log_at_0013(engine: Engine, tampered: int | None) -> None:
    run_alembic(engine, "upgrade", "0013")
    prev = GENESIS
    with engine.begin() as conn:
        for n in (1, 2, 3):
            after = json.dumps({"name": f"客户{n}"}, ensure_ascii=False)
            digest = _format1(prev, n, after)
            stored = '{"name": "改过"}' if n == tampered else after
            conn.execute(
                text(
                    "INSERT INTO audit_log (id, at, user_id, action, entity, entity_id, before_json,"
                    " after_json, prev_hash, row_hash)"
                    " VALUES (:id, :at, NULL, 'test', 'thing', :eid, NULL, :after, :prev, :row)"
                ),
                {"id": n, "at": AT, "eid": str(n), "after": stored, "prev": prev, "row": digest},
            )
            prev = digest
        conn.execute(text("UPDATE audit_chain SET last_id = 3, last_hash = :h WHERE id = 1"), {"h": prev})


def _verify(engine: Engine) -> list[int | None]:
    with engine.connect() as conn:
        found = conn.execute(text("SELECT last_id, last_hash FROM audit_chain WHERE id = 1")).one()
        rows = list(conn.execute(select(*_COLUMNS).order_by(AuditEntry.id)))
    report = _run(_Walk(_Head(found.last_id, found.last_hash), GENESIS), rows)
    return [b.row_id for b in report.breaks]


def test_an_intact_log_is_rehashed_and_verifies(engine: Engine) -> None:
    _log_at_0013(engine, tampered=None)
    upgrade(engine)
    assert _verify(engine) == []
    with engine.connect() as conn:
        first = conn.execute(text("SELECT prev_hash, row_hash, after_json FROM audit_log WHERE id = 1")).one()
    assert first.row_hash == row_hash(GENESIS, AT, None, "test", "thing", "1", None, first.after_json)
    run_alembic(engine, "downgrade", "0013")
    run_alembic(engine, "upgrade", "0014")
    assert _verify(engine) == []


def test_a_break_of_the_old_chain_stays_where_it_was(engine: Engine) -> None:
    _log_at_0013(engine, tampered=2)
    upgrade(engine)
    assert _verify(engine) == [2]


def test_only_a_redaction_may_change_a_row(engine: Engine) -> None:
    _log_at_0013(engine, tampered=None)
    upgrade(engine)
    with pytest.raises(Exception, match="append-only"), engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET action = 'changed' WHERE id = 1"))
    with pytest.raises(Exception, match="append-only"), engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET after_json = '{}' WHERE id = 1"))  # no redacted_by
    with engine.begin() as conn:  # what app.privacy does: texts, digests kept, redacted_by
        conn.execute(
            text("UPDATE audit_log SET after_json = '{}', after_digest = 'd', redacted_by = 3 WHERE id = 1")
        )
    with pytest.raises(Exception, match="append-only"), engine.begin() as conn:  # the digest is kept once
        conn.execute(text("UPDATE audit_log SET after_digest = 'e', redacted_by = 3 WHERE id = 1"))
    with pytest.raises(Exception, match="append-only"), engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = 1"))
