"""Engine construction for SQLite (one counter PC) and PostgreSQL (several counters)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

SQLITE_BUSY_TIMEOUT_MS = 5000
# PostgreSQL: how long a statement waits for a row or table lock, and runs at most. An import or a
# report at dealer scale runs well under the statement limit.
PG_LOCK_TIMEOUT_MS = 10_000
PG_STATEMENT_TIMEOUT_MS = 120_000


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for an in-memory database or another back-end."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling is switched off so that SQLAlchemy's
    # "BEGIN" (below) takes the write lock up front; see the SQLAlchemy docs on
    # serializable isolation with pysqlite.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    # FULL: a commit the user was told about survives a power cut (NORMAL in WAL mode may lose the
    # last ones). The file may be the only copy of six years of records; bench/sync_bench.py
    # measured the cost at about 1 ms per save.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    # IMMEDIATE for writers: they wait for the lock (busy timeout) at BEGIN rather
    # than failing half-way through when a read lock cannot be upgraded. Readers
    # ask for DEFERRED through the execution option, so WAL lets them run freely.
    mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str, **kwargs: Any) -> Engine:
    """hide_parameters: an error's text never carries the values of a statement (a password hash,
    another customer's name and phone), wherever it ends up."""
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, hide_parameters=True, **kwargs
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # A lock another counter holds (or a statement that runs away) ends in a clear "busy, try
    # again" instead of a window that waits forever (app.db_errors maps 55P03 and 57014).
    options = f"-c lock_timeout={PG_LOCK_TIMEOUT_MS} -c statement_timeout={PG_STATEMENT_TIMEOUT_MS}"
    return create_engine(
        url, pool_pre_ping=True, hide_parameters=True, connect_args={"options": options}, **kwargs
    )
