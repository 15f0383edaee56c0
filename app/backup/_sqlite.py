"""SQLite files: a consistent copy of a live database, checking a copy, and holding a database
for oneself while it is restored.

The copy uses SQLite's online backup API in steps, inside one read transaction that the source
connection opens first: every step reads the same snapshot, so the copy is the database as it was
at that moment, and the row counts read at the start of that transaction are those the copy must
have. In WAL mode a reader never blocks a writer: the counters go on saving while the copy runs
(their commits are simply not in it), and the copy never starts over because of them.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
STEP_PAGES = 1024  # 4 MiB a step with SQLite's default page size
STEP_PAUSE_S = 0.005  # between steps: the disk is shared with the counters
BUSY_TIMEOUT_S = 10.0
# The tables a Qiantai database has in every revision (db/migrations/versions/0001_baseline.py).
QIANTAI_TABLES = frozenset(
    {"alembic_version", "users", "dealer_settings", "audit_log", "vehicles", "repair_orders"}
)

Progress = Callable[[int, int], None]  # (pages done, pages in all)


def connect(path: Path, timeout: float = BUSY_TIMEOUT_S) -> sqlite3.Connection:
    """A plain connection, transactions by hand (BEGIN ... COMMIT)."""
    return sqlite3.connect(path, timeout=timeout, isolation_level=None)


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """The rows of every table of the database (SQLite's own tables aside)."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}


def snapshot_copy(
    source: Path,
    target: Path,
    *,
    step_pages: int | None = None,
    pause_s: float | None = None,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Copies source (live, in WAL mode) to a new file target as of one moment; returns the row
    counts of every table at that moment. The copy is a single file (rollback journal mode).
    step_pages and pause_s: STEP_PAGES and STEP_PAUSE_S unless given."""
    pages = STEP_PAGES if step_pages is None else step_pages
    pause = STEP_PAUSE_S if pause_s is None else pause_s
    src = connect(source)
    try:
        src.execute("BEGIN")  # deferred: the snapshot starts with the first read, just below
        counts = table_counts(src)
        dst = connect(target)
        try:

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)
                if pause > 0 and remaining > 0:
                    time.sleep(pause)

            src.backup(dst, pages=pages, progress=step)
            dst.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
        finally:
            dst.close()
        src.execute("COMMIT")
    finally:
        src.close()
    return counts


def looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def integrity_problems(path: Path, limit: int = 5) -> list[str]:
    """SQLite's full integrity check of a file nobody else uses (empty: sound)."""
    conn = connect(path)
    try:
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA integrity_check({limit})")]
    finally:
        conn.close()
    return [r for r in rows if r != "ok"]


def counts_of(path: Path) -> dict[str, int]:
    conn = connect(path)
    try:
        return table_counts(conn)
    finally:
        conn.close()


def stored_revision(path: Path) -> str | None:
    """The schema revision kept in the file's alembic_version table (None without one)."""
    conn = connect(path)
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.OperationalError:
        return None
    finally:
        conn.close()
    return str(rows[0][0]) if len(rows) == 1 else None


def missing_tables(path: Path) -> set[str]:
    conn = connect(path)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()
    return set(QIANTAI_TABLES - names)


class InUse(Exception):
    """Another connection (this program on this PC, a command, another tool) has the file open."""


def hold_exclusively(path: Path, timeout: float = 1.0) -> sqlite3.Connection:
    """A connection that keeps every other one out until it is closed (SQLite's exclusive locking
    mode). In WAL mode every open connection holds a shared lock on the file, also between its
    transactions, so this fails (InUse) while any program has the database open."""
    conn = connect(path, timeout=timeout)
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")  # in exclusive locking mode the lock stays after the commit
    except sqlite3.OperationalError as e:
        conn.close()
        if e.sqlite_errorcode in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise InUse(str(path)) from e
        raise
    return conn


def replace_contents(held: sqlite3.Connection, source: Path) -> None:
    """Writes source's pages over the held database, in one transaction of its own (a failure
    half-way leaves the database as it was), and leaves it in WAL mode as the program keeps it."""
    held.execute("PRAGMA journal_mode=DELETE")  # any page size may come in, not only WAL's own
    src = connect(source)
    try:
        src.backup(held)
    finally:
        src.close()
    held.execute("PRAGMA journal_mode=WAL")


def copy_held(held: sqlite3.Connection, target: Path) -> None:
    """A copy of the held database (the one a restore replaces) as a single file."""
    dst = connect(target)
    try:
        held.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
