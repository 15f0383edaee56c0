"""A SQLite commit the user was told about survives a power cut: WAL with synchronous=FULL."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from db.uow import Database


def test_sqlite_syncs_every_commit(sqlite_db: Database) -> None:
    with sqlite_db.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_postgresql_sessions_do_not_wait_forever(db: Database) -> None:
    """A lock held elsewhere (LOCK TABLE users by another session) ends in an error, not a hang."""
    if db.is_sqlite:
        pytest.skip("SQLite waits its busy timeout (5 s) and says so")
    with db.read() as s:
        assert s.execute(text("SHOW lock_timeout")).scalar() == "10s"
        assert s.execute(text("SHOW statement_timeout")).scalar() == "2min"
