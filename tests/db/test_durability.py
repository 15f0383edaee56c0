"""A SQLite commit the user was told about survives a power cut: WAL with synchronous=FULL."""

from __future__ import annotations

from sqlalchemy import text

from db.uow import Database


def test_sqlite_syncs_every_commit(sqlite_db: Database) -> None:
    with sqlite_db.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
