"""Database failures are told apart by their codes: storage failures become a StorageError with a
clear message free of SQL and values, anything else stays a bug. The failures are real wherever
this machine can produce them; the rest are driver exceptions built with the driver's codes."""

from __future__ import annotations

import logging
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import psycopg.errors
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError

from app.context import open_database
from app.db_errors import MESSAGES, Failure, classify, error_code, storage_error
from app.errors import Conflict, StorageError
from app.uow import INTEGRITY_MESSAGE, reading, unit_of_work
from db.engine import sqlite_url
from db.uow import Database

SECRET = "粤B·SECRET-LSVAM4187C2184847"  # a value bound as a parameter: must never reach a message
SQL_WORDS = ("SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "PRAGMA", "BEGIN", "WHERE", "PROBE")
PG = pytest.mark.parametrize("db_url", [pytest.param("postgresql", marks=pytest.mark.pg)], indirect=True)


def assert_clean(error: StorageError | Conflict, cause: BaseException | None = None) -> None:
    """The message names no SQL, no parameter value and none of the driver's own text."""
    upper = error.message.upper()
    for word in SQL_WORDS:
        assert word not in upper, error.message
    assert SECRET not in error.message and "SECRET" not in upper
    orig = cause.orig if isinstance(cause, DBAPIError) else cause
    if orig is not None:
        assert str(orig) not in error.message


def storage_failure(raised: pytest.ExceptionInfo[StorageError], expected: Failure) -> None:
    """The StorageError carries expected's message and came from a failure of that kind."""
    error = raised.value
    cause = error.__cause__
    assert cause is not None
    found = classify(cause)
    assert found is not None and found.failure is expected, (found, cause)
    assert error.message == MESSAGES[expected]
    assert_clean(error, cause)


def sqlite_code(error: BaseException) -> int:
    orig = error.orig if isinstance(error, DBAPIError) else error
    code = getattr(orig, "sqlite_errorcode", None)
    assert isinstance(code, int), error
    return code


def make_probe_db(path: Path, rows: int = 0) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE probe (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO probe (v) VALUES (?)", [(f"row-{i:06d}-" + "x" * 200,) for i in range(rows)]
    )
    conn.execute("COMMIT")
    conn.close()


@pytest.fixture
def probe_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """A SQLite file with the program's engine settings, waiting only 100 ms for a lock."""
    monkeypatch.setattr("db.engine.SQLITE_BUSY_TIMEOUT_MS", 100)
    path = tmp_path / "probe.db"
    make_probe_db(path, rows=10)
    database = Database(sqlite_url(path))
    yield database
    database.dispose()


# --- SQLite, real failures -------------------------------------------------------------------


def test_sqlite_busy_while_another_connection_holds_the_write_lock(
    probe_db: Database, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    holder = sqlite3.connect(tmp_path / "probe.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with (
            caplog.at_level(logging.WARNING, logger="app.db_errors"),
            pytest.raises(StorageError) as raised,
            unit_of_work(probe_db) as s,
        ):
            s.execute(text("INSERT INTO probe (v) VALUES (:v)"), {"v": SECRET})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    storage_failure(raised, Failure.BUSY)
    assert raised.value.message == "数据库正被其他前台占用，请稍后重试（数据未丢失）。"
    assert raised.value.__cause__ is not None and sqlite_code(raised.value.__cause__) & 0xFF == 5
    # The original is logged with its code (the log may name SQL; the message does not).
    assert any("SQLITE_BUSY" in r.getMessage() and r.exc_info for r in caplog.records)
    # Nothing was written, and once the lock is gone the same action succeeds.
    with unit_of_work(probe_db) as s:
        s.execute(text("INSERT INTO probe (v) VALUES (:v)"), {"v": SECRET})
    with reading(probe_db) as s:
        assert s.scalar(text("SELECT count(*) FROM probe WHERE v = :v"), {"v": SECRET}) == 1


def test_sqlite_locked_by_a_pending_statement_on_the_same_connection(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    make_probe_db(path, rows=10)
    conn = sqlite3.connect(path, isolation_level=None)
    pending = conn.execute("SELECT * FROM probe")
    pending.fetchone()
    with pytest.raises(sqlite3.OperationalError) as raised:
        conn.execute("DROP TABLE probe")
    pending.close()
    conn.close()
    assert sqlite_code(raised.value) == 6  # SQLITE_LOCKED
    error = storage_error(raised.value)
    assert error is not None and error.message == MESSAGES[Failure.BUSY]
    assert_clean(error, raised.value)


def test_sqlite_read_only_database(tmp_path: Path) -> None:
    # Root ignores chmod 0444, so the file is opened read-only instead: a genuine SQLITE_READONLY.
    path = tmp_path / "readonly.db"
    make_probe_db(path, rows=3)
    url = f"sqlite+pysqlite:///file:{path}?mode=ro&uri=true"
    database = Database(url, engine=create_engine(url))
    try:
        with reading(database) as s:
            assert s.scalar(text("SELECT count(*) FROM probe")) == 3
        with pytest.raises(StorageError) as raised, unit_of_work(database) as s:
            s.execute(text("INSERT INTO probe (v) VALUES (:v)"), {"v": SECRET})
    finally:
        database.dispose()
    storage_failure(raised, Failure.READONLY)
    assert raised.value.__cause__ is not None and sqlite_code(raised.value.__cause__) & 0xFF == 8
    assert "只读" in raised.value.message


def test_sqlite_file_of_garbage_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(bytes(range(256)) * 64)
    database = Database(sqlite_url(path))
    try:
        with pytest.raises(StorageError) as raised, reading(database) as s:
            s.execute(text("SELECT count(*) FROM probe"))
    finally:
        database.dispose()
    storage_failure(raised, Failure.CORRUPT)
    assert raised.value.__cause__ is not None and sqlite_code(raised.value.__cause__) == 26
    assert "损坏" in raised.value.message and "备份" in raised.value.message


def test_sqlite_garbage_file_on_open_and_migrate(tmp_path: Path) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(StorageError) as raised:
        open_database(sqlite_url(path))
    storage_failure(raised, Failure.CORRUPT)


def test_sqlite_corrupted_page(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.db"
    make_probe_db(path, rows=5000)
    size = path.stat().st_size
    assert size > 64 * 4096
    with path.open("r+b") as f:  # wipe four pages in the middle of the table's b-tree
        f.seek((size // 2) // 4096 * 4096)
        f.write(b"\xff" * 4096 * 4)
    database = Database(sqlite_url(path))
    try:
        with pytest.raises(StorageError) as raised, reading(database) as s:
            s.execute(text("SELECT count(*), sum(length(v)) FROM probe")).all()
    finally:
        database.dispose()
    storage_failure(raised, Failure.CORRUPT)
    assert raised.value.__cause__ is not None and sqlite_code(raised.value.__cause__) & 0xFF == 11


def test_sqlite_full_when_the_file_may_not_grow(probe_db: Database) -> None:
    # max_page_count caps this connection's file at its present size: a genuine SQLITE_FULL.
    with pytest.raises(StorageError) as raised, unit_of_work(probe_db) as s:
        s.execute(text("PRAGMA max_page_count = 1"))
        s.execute(text("INSERT INTO probe (v) VALUES (:v || hex(randomblob(100000)))"), {"v": SECRET})
    storage_failure(raised, Failure.FULL)
    assert raised.value.__cause__ is not None and sqlite_code(raised.value.__cause__) == 13
    assert "磁盘已满" in raised.value.message


def test_sqlite_cannot_open_a_directory(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+pysqlite:///{tmp_path}")
    try:
        with pytest.raises(DBAPIError) as raised:
            engine.connect()
    finally:
        engine.dispose()
    assert sqlite_code(raised.value) & 0xFF == 14
    error = storage_error(raised.value)
    assert error is not None and error.message == MESSAGES[Failure.CANTOPEN]


def test_sqlite_syntax_error_is_a_bug(probe_db: Database) -> None:
    with pytest.raises(OperationalError) as raised, unit_of_work(probe_db) as s:
        s.execute(text("SELEC v FROM probe WHERE v = :v"), {"v": SECRET})
    assert not isinstance(raised.value, StorageError)
    assert sqlite_code(raised.value) == 1  # SQLITE_ERROR
    assert storage_error(raised.value) is None and classify(raised.value) is None
    with pytest.raises(OperationalError), reading(probe_db) as s:
        s.execute(text("SELECT no_such_column FROM probe"))


def test_errors_of_the_sqlite3_module_itself_are_bugs(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db")
    with pytest.raises(sqlite3.ProgrammingError) as wrong_bindings:
        conn.execute("SELECT ?", (1, 2))
    conn.close()
    with pytest.raises(sqlite3.ProgrammingError) as closed:
        conn.execute("SELECT 1")
    for raised in (wrong_bindings, closed):
        assert getattr(raised.value, "sqlite_errorcode", None) is None
        assert storage_error(raised.value) is None


def test_sqlite_duplicate_is_a_conflict_without_sql_or_values(
    probe_db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    with unit_of_work(probe_db) as s:
        s.execute(text("INSERT INTO probe (v) VALUES (:v)"), {"v": SECRET})
    with (
        caplog.at_level(logging.WARNING, logger="app.uow"),
        pytest.raises(Conflict) as raised,
        unit_of_work(probe_db) as s,
    ):
        s.execute(text("INSERT INTO probe (v) VALUES (:v)"), {"v": SECRET})
    assert raised.value.message == INTEGRITY_MESSAGE
    assert_clean(raised.value, raised.value.__cause__)
    assert "UNIQUE" not in raised.value.message.upper()
    assert any("SQLITE_CONSTRAINT_UNIQUE" in r.getMessage() and r.exc_info for r in caplog.records)


# --- SQLite, codes this machine cannot produce on demand ------------------------------------------


def sqlite_error(code: int, name: str, text_: str = "database is locked") -> sqlite3.OperationalError:
    """A sqlite3 exception as the module raises it; the text is deliberately misleading."""
    error = sqlite3.OperationalError(text_)
    error.sqlite_errorcode = code
    error.sqlite_errorname = name
    return error


@pytest.mark.parametrize(
    ("code", "name", "expected"),
    [
        (10, "SQLITE_IOERR", Failure.IO),
        (266, "SQLITE_IOERR_READ", Failure.IO),
        (522, "SQLITE_IOERR_SHORT_READ", Failure.IO),
        (778, "SQLITE_IOERR_WRITE", Failure.IO),
        (1034, "SQLITE_IOERR_FSYNC", Failure.IO),
        (4874, "SQLITE_IOERR_SHMSIZE", Failure.IO),
        (8458, "SQLITE_IOERR_CORRUPTFS", Failure.IO),
        (3082, "SQLITE_IOERR_NOMEM", Failure.NOMEM),
        (7, "SQLITE_NOMEM", Failure.NOMEM),
        (13, "SQLITE_FULL", Failure.FULL),
        (261, "SQLITE_BUSY_RECOVERY", Failure.BUSY),
        (517, "SQLITE_BUSY_SNAPSHOT", Failure.BUSY),
        (773, "SQLITE_BUSY_TIMEOUT", Failure.BUSY),
        (262, "SQLITE_LOCKED_SHAREDCACHE", Failure.BUSY),
        (15, "SQLITE_PROTOCOL", Failure.BUSY),
        (779, "SQLITE_CORRUPT_INDEX", Failure.CORRUPT),
        (1544, "SQLITE_READONLY_DIRECTORY", Failure.READONLY),
        (1032, "SQLITE_READONLY_DBMOVED", Failure.CANTOPEN),
        (526, "SQLITE_CANTOPEN_ISDIR", Failure.CANTOPEN),
    ],
)
def test_sqlite_codes_are_storage_failures(code: int, name: str, expected: Failure) -> None:
    error = sqlite_error(code, name, "near SELECT: syntax error")
    found = classify(error)
    assert found is not None and found.failure is expected and name in found.code
    wrapped = OperationalError("SELECT v FROM probe WHERE v = ?", (SECRET,), error)
    storage = storage_error(wrapped)
    assert storage is not None and storage.message == MESSAGES[expected]
    assert_clean(storage, wrapped)


@pytest.mark.parametrize(
    ("code", "name"),
    [
        (1, "SQLITE_ERROR"),
        (21, "SQLITE_MISUSE"),
        (20, "SQLITE_MISMATCH"),
        (25, "SQLITE_RANGE"),
        (18, "SQLITE_TOOBIG"),
        (9, "SQLITE_INTERRUPT"),
        (2067, "SQLITE_CONSTRAINT_UNIQUE"),
    ],
)
def test_other_sqlite_codes_are_bugs_whatever_their_text(code: int, name: str) -> None:
    assert storage_error(sqlite_error(code, name, "database is locked")) is None


def test_unit_of_work_turns_a_wrapped_io_error_into_storage_error(probe_db: Database) -> None:
    orig = sqlite_error(266, "SQLITE_IOERR_READ", "disk I/O error")
    with pytest.raises(StorageError) as raised, unit_of_work(probe_db):
        raise OperationalError("SELECT v FROM probe WHERE v = ?", (SECRET,), orig)
    storage_failure(raised, Failure.IO)
    assert "磁盘错误" in raised.value.message and "损坏" not in raised.value.message


def test_storage_error_gives_the_message_or_none_for_a_bug() -> None:
    found = storage_error(sqlite_error(13, "SQLITE_FULL"))
    assert found is not None and found.message == MESSAGES[Failure.FULL]
    assert storage_error(sqlite_error(1, "SQLITE_ERROR")) is None


def test_every_failure_has_a_clean_chinese_message() -> None:
    assert set(MESSAGES) == set(Failure)
    for failure, message in MESSAGES.items():
        assert message.endswith("。"), failure
        assert_clean(StorageError(message))


# --- PostgreSQL -------------------------------------------------------------------------------


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_postgres_server_not_listening_is_unreachable() -> None:
    # Needs no server: nothing listens on the port.
    url = f"postgresql+psycopg://nobody@127.0.0.1:{closed_port()}/none"
    database = Database(url)
    try:
        with pytest.raises(StorageError) as raised, reading(database) as s:
            s.execute(text("SELECT 1"))
    finally:
        database.dispose()
    storage_failure(raised, Failure.UNREACHABLE)
    assert getattr(raised.value.__cause__, "orig", None).__class__ is psycopg.OperationalError
    assert "无法连接" in raised.value.message
    with pytest.raises(StorageError) as raised_on_open:
        open_database(url)
    storage_failure(raised_on_open, Failure.UNREACHABLE)


@pytest.fixture
def pg_probe(db: Database) -> Database:
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE dberr_probe (id INTEGER PRIMARY KEY, v TEXT NOT NULL)"))
        conn.execute(text("INSERT INTO dberr_probe VALUES (1, 'one'), (2, 'two')"))
    return db


def sqlstate(error: BaseException) -> str | None:
    orig = error.orig if isinstance(error, DBAPIError) else error
    return getattr(orig, "sqlstate", None)


@PG
def test_postgres_lock_timeout_on_a_row_held_by_another_counter(pg_probe: Database) -> None:
    with pg_probe.engine.connect() as holder:
        holder.execute(text("SELECT v FROM dberr_probe WHERE id = 1 FOR UPDATE"))
        with pytest.raises(StorageError) as raised, unit_of_work(pg_probe) as s:
            s.execute(text("SET LOCAL lock_timeout = '200ms'"))
            s.execute(text("UPDATE dberr_probe SET v = :v WHERE id = 1"), {"v": SECRET})
        holder.rollback()
    storage_failure(raised, Failure.ROW_LOCKED)
    assert raised.value.__cause__ is not None and sqlstate(raised.value.__cause__) == "55P03"
    assert "被其他前台锁定，请稍后重试" in raised.value.message


@PG
def test_postgres_statement_timeout(pg_probe: Database) -> None:
    with pytest.raises(StorageError) as raised, reading(pg_probe) as s:
        s.execute(text("SET LOCAL statement_timeout = '100ms'"))
        s.execute(text("SELECT pg_sleep(5), :v"), {"v": SECRET})
    storage_failure(raised, Failure.TIMEOUT)
    assert raised.value.__cause__ is not None and sqlstate(raised.value.__cause__) == "57014"
    assert "被其他前台锁定，请稍后重试" in raised.value.message


@PG
def test_postgres_read_only_transaction(pg_probe: Database) -> None:
    with pytest.raises(StorageError) as raised, unit_of_work(pg_probe) as s:
        s.execute(text("SET TRANSACTION READ ONLY"))
        s.execute(text("INSERT INTO dberr_probe VALUES (3, :v)"), {"v": SECRET})
    storage_failure(raised, Failure.SERVER_READONLY)
    assert raised.value.__cause__ is not None and sqlstate(raised.value.__cause__) == "25006"


@PG
def test_postgres_serialization_failure(pg_probe: Database) -> None:
    with pytest.raises(StorageError) as raised, unit_of_work(pg_probe) as s:
        s.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
        s.execute(text("SELECT v FROM dberr_probe WHERE id = 1"))
        with pg_probe.engine.begin() as other:
            other.execute(text("UPDATE dberr_probe SET v = 'other' WHERE id = 1"))
        s.execute(text("UPDATE dberr_probe SET v = :v WHERE id = 1"), {"v": SECRET})
    storage_failure(raised, Failure.RETRY)
    assert raised.value.__cause__ is not None and sqlstate(raised.value.__cause__) == "40001"


@PG
def test_postgres_deadlock(pg_probe: Database) -> None:
    other_done = threading.Event()
    other_error: list[BaseException] = []

    def other_counter() -> None:
        try:
            with pg_probe.engine.begin() as other:
                other.execute(text("SET LOCAL deadlock_timeout = '10s'"))  # it waits; we detect
                other.execute(text("UPDATE dberr_probe SET v = 'other' WHERE id = 2"))
                other.execute(text("UPDATE dberr_probe SET v = 'other' WHERE id = 1"))
        except BaseException as e:
            other_error.append(e)
        finally:
            other_done.set()

    def other_is_waiting_for_a_lock() -> bool:
        with pg_probe.engine.connect() as watcher:
            waiting = watcher.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            )
        return bool(waiting)

    thread = threading.Thread(target=other_counter, daemon=True)
    with pytest.raises(StorageError) as raised, unit_of_work(pg_probe) as s:
        s.execute(text("SET LOCAL deadlock_timeout = '50ms'"))
        s.execute(text("UPDATE dberr_probe SET v = :v WHERE id = 1"), {"v": SECRET})
        thread.start()
        deadline = time.monotonic() + 10
        while not other_is_waiting_for_a_lock():  # it holds row 2 and waits for our row 1
            assert time.monotonic() < deadline and not other_done.is_set()
            time.sleep(0.01)
        s.execute(text("UPDATE dberr_probe SET v = :v WHERE id = 2"), {"v": SECRET})
    assert other_done.wait(10) and not other_error
    thread.join(10)
    storage_failure(raised, Failure.RETRY)
    assert raised.value.__cause__ is not None and sqlstate(raised.value.__cause__) == "40P01"


@PG
def test_postgres_session_terminated_by_the_server(pg_probe: Database) -> None:
    with pytest.raises(StorageError) as raised, reading(pg_probe) as s:
        pid = s.scalar(text("SELECT pg_backend_pid()"))
        with pg_probe.engine.connect() as admin:
            admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        s.execute(text("SELECT v FROM dberr_probe WHERE v = :v"), {"v": SECRET})
    storage_failure(raised, Failure.UNAVAILABLE)
    assert raised.value.__cause__ is not None and sqlstate(raised.value.__cause__) == "57P01"


@PG
def test_postgres_syntax_and_data_errors_are_bugs(pg_probe: Database) -> None:
    with pytest.raises(ProgrammingError) as syntax, unit_of_work(pg_probe) as s:
        s.execute(text("SELEC v FROM dberr_probe WHERE v = :v"), {"v": SECRET})
    assert sqlstate(syntax.value) == "42601" and storage_error(syntax.value) is None
    with pytest.raises(DBAPIError) as data, reading(pg_probe) as s:
        s.execute(text("SELECT 1 / (count(*) - count(*)) FROM dberr_probe"))
    assert not isinstance(data.value, StorageError)
    assert sqlstate(data.value) == "22012" and storage_error(data.value) is None


@PG
def test_postgres_duplicate_is_a_conflict_without_sql_or_values(pg_probe: Database) -> None:
    with pytest.raises(Conflict) as raised, unit_of_work(pg_probe) as s:
        s.execute(text("INSERT INTO dberr_probe VALUES (1, :v)"), {"v": SECRET})
    assert raised.value.message == INTEGRITY_MESSAGE
    assert raised.value.__cause__ is not None and sqlstate(raised.value.__cause__) == "23505"
    assert_clean(raised.value, raised.value.__cause__)


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        ("08000", Failure.UNREACHABLE),
        ("08006", Failure.UNREACHABLE),
        ("08001", Failure.UNREACHABLE),
        ("57P02", Failure.UNAVAILABLE),
        ("57P03", Failure.UNAVAILABLE),
        ("53100", Failure.SERVER_FULL),
        ("53200", Failure.RESOURCES),
        ("53300", Failure.RESOURCES),
        ("58030", Failure.SERVER_IO),
        ("58P01", Failure.SERVER_IO),
        ("XX001", Failure.SERVER_CORRUPT),
        ("XX002", Failure.SERVER_CORRUPT),
    ],
)
def test_postgres_sqlstates_that_are_storage_failures(state: str, expected: Failure) -> None:
    orig = psycopg.errors.lookup(state)("server closed the connection; syntax error at SELECT")
    found = classify(orig)
    assert found is not None and found.failure is expected and state in found.code
    wrapped = OperationalError("SELECT v FROM dberr_probe WHERE v = %(v)s", {"v": SECRET}, orig)
    storage = storage_error(wrapped)
    assert storage is not None and storage.message == MESSAGES[expected]
    assert_clean(storage, wrapped)


@pytest.mark.parametrize("state", ["22001", "22P02", "23505", "42P01", "42703", "0A000", "XX000"])
def test_other_sqlstates_are_bugs(state: str) -> None:
    orig = psycopg.errors.lookup(state)("could not connect to server: database is locked")
    assert storage_error(orig) is None


def test_psycopg_client_side_errors_without_sqlstate() -> None:
    assert classify(psycopg.OperationalError("the connection is lost")) is not None
    assert storage_error(psycopg.ProgrammingError("the query has 1 placeholder but 2 parameters")) is None
    assert storage_error(psycopg.InterfaceError("connection lost")) is None


def test_not_a_database_error_at_all() -> None:
    assert storage_error(ValueError("database is locked")) is None
    assert error_code(ValueError("x")) is None
