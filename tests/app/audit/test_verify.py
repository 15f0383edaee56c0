"""The chain check finds what raw SQL did to the log, and says where: the row, its time and action."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from app.audit_chain import row_hash
from app.audit_verify import check_recent, verify_chain
from app.roles import SYSTEM_ACTOR
from db.models import AuditEntry
from db.uow import Database
from tests.app.audit.tamper import audit_ids, raw
from tests.app.audit.test_chain import changes


def _problems(db: Database) -> list[tuple[int | None, str | None, str]]:
    report = verify_chain(db, SYSTEM_ACTOR)
    return [(b.row_id, b.action, str(b.problem)) for b in report.breaks]


def test_an_intact_log_is_ok(db: Database) -> None:
    assert verify_chain(db, SYSTEM_ACTOR).ok and verify_chain(db, SYSTEM_ACTOR).checked == 0
    changes(db, 5)
    report = verify_chain(db, SYSTEM_ACTOR)
    assert report.ok and report.checked == 5 and report.first is None
    assert check_recent(db).ok


def test_a_row_rewritten_with_raw_sql_is_found(db: Database) -> None:
    changes(db, 5)
    raw(db, "UPDATE audit_log SET after_json = '{\"n\": 99}' WHERE id = 3")
    report = verify_chain(db, SYSTEM_ACTOR)
    assert [(b.row_id, b.action) for b in report.breaks] == [(3, "test.change")]
    assert "写入后被改动过" in report.breaks[0].problem
    message = report.breaks[0].message
    assert message.startswith("第 3 条（2") and "test.change" in message
    assert check_recent(db).first == report.first


def test_a_rewrite_that_recomputes_its_hash_breaks_the_next_link(db: Database) -> None:
    changes(db, 5)
    with db.read() as s:
        prev_hash, at = s.execute(select(AuditEntry.prev_hash, AuditEntry.at).where(AuditEntry.id == 3)).one()
    forged = row_hash(prev_hash, at, None, "test.change", "thing", "2", None, None)
    raw(db, f"UPDATE audit_log SET before_json = NULL, after_json = NULL, row_hash = '{forged}' WHERE id = 3")
    problems = _problems(db)
    assert [p[0] for p in problems] == [4]
    assert "与前一条（第 3 条）接不上" in problems[0][2]


def test_a_deleted_middle_row_is_found(db: Database) -> None:
    changes(db, 5)
    raw(db, "DELETE FROM audit_log WHERE id = 3")
    problems = _problems(db)
    assert [(p[0], p[1]) for p in problems] == [(4, "test.change")]
    assert "与前一条（第 2 条）接不上" in problems[0][2]


def test_deleted_first_and_last_rows_are_found(db: Database) -> None:
    changes(db, 5)
    raw(db, "DELETE FROM audit_log WHERE id IN (1, 5)")
    problems = _problems(db)
    assert [p[0] for p in problems] == [2, 4]
    assert "前面的记录被删除过" in problems[0][2] and "链头记录到第 5 条" in problems[1][2]


def test_an_emptied_log_is_found(db: Database) -> None:
    changes(db, 3)
    raw(db, "DELETE FROM audit_log")
    report = verify_chain(db, SYSTEM_ACTOR)
    assert report.checked == 0 and report.first is not None and report.first.row_id is None
    assert "链头记录到第 3 条" in report.first.message and "整表清空" in report.first.message
    assert check_recent(db).first == report.first


def test_a_row_written_around_the_program_is_found(db: Database) -> None:
    changes(db, 2)
    with db.read() as s:
        last = s.execute(text("SELECT row_hash FROM audit_log WHERE id = 2")).scalar_one()
    raw(
        db,
        "INSERT INTO audit_log (id, at, action, entity, prev_hash, row_hash)"
        f" VALUES (3, '2026-11-27 02:00:00.000000', 'user.login', 'user', '{last}', '{'a' * 64}')",
    )
    assert [p[0] for p in _problems(db)] == [3]
    changes(db, 1)  # the program goes on after it, chained to the head: one more break, no failure
    assert audit_ids(db) == [1, 2, 3, 4]
    assert [p[0] for p in _problems(db)] == [3, 4]


def test_the_program_keeps_appending_after_a_break(db: Database) -> None:
    changes(db, 4)
    raw(db, "DELETE FROM audit_log WHERE id = 4")  # the last row: the head still names it
    changes(db, 2)
    assert audit_ids(db) == [1, 2, 3, 5, 6]
    problems = _problems(db)
    assert [p[0] for p in problems] == [5]  # the gap, and nothing after it


def test_the_start_up_check_reads_only_the_newest_rows(db: Database) -> None:
    changes(db, 10)
    raw(db, "UPDATE audit_log SET action = 'test.forged' WHERE id = 2")
    assert not verify_chain(db, SYSTEM_ACTOR).ok
    recent = check_recent(db, rows=5)
    assert recent.ok and recent.checked == 5
    found = check_recent(db, rows=9)
    assert found.first is not None and (found.first.row_id, found.first.action) == (2, "test.forged")
    warning = found.startup_warning
    assert warning is not None and "qiantai audit verify" in warning and "第 2 条" in warning


def test_the_chain_head_cannot_be_moved_back_or_removed(db: Database) -> None:
    changes(db, 2)
    for statement in (
        "UPDATE audit_chain SET last_id = 1",
        "UPDATE audit_chain SET last_hash = 'x'",
        "DELETE FROM audit_chain",
        "INSERT INTO audit_chain (id, last_id, last_hash) VALUES (2, 9, 'x')",
    ):
        with pytest.raises(DBAPIError), db.engine.begin() as conn:
            conn.execute(text(statement))
    raw(db, "DELETE FROM audit_chain", chain_head_too=True)
    report = verify_chain(db, SYSTEM_ACTOR)
    assert report.first is not None and "链头记录（audit_chain）不见了" in report.first.message
    changes(db, 1)  # the program restarts the head from the last row and goes on
    assert verify_chain(db, SYSTEM_ACTOR).ok
