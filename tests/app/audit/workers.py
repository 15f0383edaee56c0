"""Counters appending to the audit log at once (a module of its own so `spawn` can import it)."""

from __future__ import annotations

from typing import Any

from app import audit
from app.uow import unit_of_work
from db.uow import Database


def append(url: str, worker: int, transactions: int, start: Any, out: Any) -> None:
    """Waits for the others at `start`, then commits `transactions` changes of two audit rows each."""
    db = Database(url)
    try:
        start.wait()
        for n in range(transactions):
            with unit_of_work(db) as s:
                audit.record(s, None, "test.first", "worker", worker, None, {"n": n})
                audit.record(s, None, "test.second", "worker", worker, {"n": n}, None)
        out.put("done")
    except BaseException as e:
        out.put(repr(e))
        raise
    finally:
        db.dispose()
