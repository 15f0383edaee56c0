"""Noticing a damaged database file: SQLite's quick check, and no writes to a file that fails it.

A counter's SQLite file may hold the only copy of six years of records. The quick check reads
every page once (about 4 s on a file of a million vehicles, a fraction of a second at a dealer's
usual size), so the program runs it after the window is up and keeps working meanwhile; a file
that fails is kept read-only until it is restored from a backup. PostgreSQL checks its own pages.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from app.db_errors import Failure, classify
from app.wording import Message, say
from db.engine import sqlite_path
from db.uow import Database

# How many problems the check reports at most: one is enough to stop writing.
MAX_PROBLEMS = 5


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    problems: tuple[str, ...]  # SQLite's own lines, for the log and the administrator
    checked_ms: float
    checked: bool  # False where there is nothing to check (PostgreSQL)


def quick_check(db: Database) -> IntegrityReport:
    """SQLite's quick_check of the whole file (no write lock: a read transaction in WAL)."""
    if not db.is_sqlite:
        return IntegrityReport(True, (), 0.0, checked=False)
    started = time.perf_counter()
    try:
        with db.read() as s:
            rows = s.execute(text(f"PRAGMA quick_check({MAX_PROBLEMS})")).scalars().all()
    except DatabaseError as e:
        found = classify(e)
        if found is None or found.failure is not Failure.CORRUPT:
            raise  # busy, full, gone: not the file's content (the caller's taxonomy says which)
        rows = [str(e.orig)]  # damaged where even the check cannot read it
    problems = tuple(str(r) for r in rows if str(r) != "ok")
    return IntegrityReport(not problems, problems, (time.perf_counter() - started) * 1000, checked=True)


def damaged_message(db: Database) -> Message:
    path = sqlite_path(db.url)
    return say(
        "数据库文件 {path} 未通过完整性检查，可能已损坏：为免损坏扩大，本程序暂停保存，只能查看。"
        "请联系管理员用最近的备份恢复（qiantai restore；备份在系统管理中设置的备份文件夹里）。",
        path=str(path) if path is not None else db.url,
    )


def refuse_writes_if_damaged(db: Database, report: IntegrityReport) -> Message | None:
    """After a failed check, every later write is refused with the message (returned)."""
    if report.ok:
        return None
    message = damaged_message(db)
    db.write_refusal = message
    return message
