"""Database.one_read(): the reads of a block share one session and one read transaction, on its
own thread only and for its own database; outside the block every read has its own again."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.engine import sqlite_url
from db.uow import Database


def session_of(db: Database) -> Session:
    with db.read() as s:
        s.execute(text("SELECT 1"))
        return s


def test_the_reads_of_a_block_share_one_session_and_no_more(tmp_path: Path) -> None:
    db, other = Database(sqlite_url(tmp_path / "a.db")), Database(sqlite_url(tmp_path / "b.db"))
    try:
        with db.one_read():
            first, second = session_of(db), session_of(db)
            with db.one_read():  # a block inside another is the same block
                inner = session_of(db)
            elsewhere = session_of(other)
            on_a_thread: list[Session] = []
            worker = threading.Thread(target=lambda: on_a_thread.append(session_of(db)))
            worker.start()
            worker.join()
            assert first is second is inner and first.in_transaction()
            assert elsewhere is not first and on_a_thread[0] is not first
        assert not first.in_transaction()  # the block's read ended with it
        assert session_of(db) is not session_of(db)
    finally:
        db.dispose()
        other.dispose()
