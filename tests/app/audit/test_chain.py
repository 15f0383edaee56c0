"""The audit rows form one hash chain, on both back-ends, also when counters append at once."""

from __future__ import annotations

import multiprocessing

import pytest
from sqlalchemy import select, text

from app import audit
from app.audit_chain import GENESIS, row_hash
from app.audit_verify import verify_chain
from app.context import Services
from app.roles import SYSTEM_ACTOR, Actor
from app.uow import unit_of_work
from db.models import AuditEntry
from db.uow import Database
from tests.app.audit.workers import append


def changes(db: Database, count: int, actor: Actor | None = None) -> None:
    for n in range(count):
        with unit_of_work(db) as s:
            audit.record(s, actor, "test.change", "thing", n, {"n": n}, {"n": n + 1, "名": "张三"})


def stored_rows(db: Database) -> list[AuditEntry]:
    with db.read() as s:
        rows = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        s.expunge_all()
        return rows


def test_each_row_holds_the_hash_of_its_content_and_of_the_row_before(
    services: Services, admin: Actor
) -> None:
    changes(services.db, 3, admin)
    rows = stored_rows(services.db)
    assert [r.action for r in rows] == ["user.add", "test.change", "test.change", "test.change"]
    assert rows[1].user_id == admin.user_id
    prev = GENESIS
    for r in rows:
        assert r.prev_hash == prev
        assert r.row_hash == row_hash(
            prev, r.at, r.user_id, r.action, r.entity, r.entity_id, r.before_json, r.after_json
        )
        prev = r.row_hash
    with services.db.engine.connect() as conn:
        head = conn.execute(text("SELECT last_id, last_hash FROM audit_chain")).one()
    assert tuple(head) == (rows[-1].id, prev)
    report = verify_chain(services.db, SYSTEM_ACTOR)
    assert report.ok and report.checked == 4


def test_a_rolled_back_savepoint_takes_its_rows_with_it(db: Database) -> None:
    with unit_of_work(db) as s:
        audit.record(s, None, "test.kept", "thing", 1)
        try:
            with s.begin_nested():
                audit.record(s, None, "test.dropped", "thing", 2)
                with s.begin_nested():
                    audit.record(s, None, "test.dropped", "thing", 3)
                raise ValueError("rejected row")
        except ValueError:
            pass
        with s.begin_nested():
            audit.record(s, None, "test.kept", "thing", 4)
    with pytest.raises(RuntimeError), unit_of_work(db) as s:
        audit.record(s, None, "test.dropped", "thing", 5)
        raise RuntimeError("the whole action fails")
    changes(db, 1)
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT action, entity_id FROM audit_log ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [("test.kept", "1"), ("test.kept", "4"), ("test.change", "0")]
    assert verify_chain(db, SYSTEM_ACTOR).ok


PROCESSES = 4
TRANSACTIONS = 25


def test_counters_appending_at_once_keep_one_chain(db_url: str) -> None:
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(PROCESSES)
    out = ctx.Queue()
    workers = [
        ctx.Process(target=append, args=(db_url, w, TRANSACTIONS, start, out)) for w in range(PROCESSES)
    ]
    for w in workers:
        w.start()
    results = [out.get(timeout=120) for _ in workers]
    for w in workers:
        w.join(timeout=60)
    assert results == ["done"] * PROCESSES
    db = Database(db_url)
    try:
        report = verify_chain(db, SYSTEM_ACTOR)
        assert report.ok, [str(b.message) for b in report.breaks]
        assert report.checked == PROCESSES * TRANSACTIONS * 2
        with db.engine.connect() as conn:
            ids = list(conn.execute(text("SELECT id FROM audit_log ORDER BY id")).scalars())
            # The two rows of one change stay next to each other: appends do not interleave.
            actions = list(conn.execute(text("SELECT action FROM audit_log ORDER BY id")).scalars())
        assert ids == list(range(1, len(ids) + 1))
        assert actions == ["test.first", "test.second"] * (PROCESSES * TRANSACTIONS)
    finally:
        db.dispose()
