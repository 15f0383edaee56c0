"""Classifies database failures by their codes, never by their message text.

SQLite reports an extended result code (``sqlite3.Error.sqlite_errorcode``, Python 3.11+), whose low
byte is the primary code; PostgreSQL (psycopg 3) reports a SQLSTATE (``psycopg.Error.sqlstate``).
A failure of the storage itself (busy, locked, full, I/O, corrupt, read-only, unreachable) becomes a
StorageError with a clear message that names no SQL, parameter or row; anything else (a programming
or data error) is a bug and is left to the caller to re-raise, so that it reaches the excepthook.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from app.errors import StorageError
from app.wording import say

log = logging.getLogger(__name__)


class Failure(StrEnum):
    """What went wrong with the storage; each kind has one message for the user."""

    BUSY = "busy"  # SQLite: another connection holds the lock
    ROW_LOCKED = "row_locked"  # PostgreSQL: a row or table lock was not granted in time
    TIMEOUT = "timeout"  # PostgreSQL: statement timed out (in practice: waiting on a lock)
    RETRY = "retry"  # PostgreSQL: serialization failure or deadlock; the transaction may be retried
    FULL = "full"
    SERVER_FULL = "server_full"
    RESOURCES = "resources"  # PostgreSQL: out of memory, too many connections, a configured limit
    NOMEM = "nomem"
    IO = "io"
    SERVER_IO = "server_io"
    CORRUPT = "corrupt"
    SERVER_CORRUPT = "server_corrupt"
    READONLY = "readonly"
    SERVER_READONLY = "server_readonly"
    CANTOPEN = "cantopen"
    UNREACHABLE = "unreachable"  # PostgreSQL: cannot connect, or the connection was lost
    UNAVAILABLE = "unavailable"  # PostgreSQL: the server is shutting down, crashed or starting up


MESSAGES: dict[Failure, str] = {
    Failure.BUSY: say("数据库正被其他前台占用，请稍后重试（数据未丢失）。"),
    Failure.ROW_LOCKED: say("要修改的数据正被其他前台锁定，请稍后重试（数据未丢失）。"),
    Failure.TIMEOUT: say("数据库操作超时：数据可能正被其他前台锁定，请稍后重试（数据未丢失）。"),
    Failure.RETRY: say("其他前台正在同时修改相同的数据，本次操作未保存，请重试（数据未丢失）。"),
    Failure.FULL: say("数据库所在的磁盘已满，无法读写数据库。请清理磁盘空间后重试（已保存的数据未丢失）。"),
    Failure.SERVER_FULL: say("数据库服务器的磁盘已满，无法保存。请联系管理员清理空间后重试（数据未丢失）。"),
    Failure.RESOURCES: say(
        "数据库服务器资源不足（内存或连接数已达上限），请稍后重试；如反复出现请联系管理员。"
    ),
    Failure.NOMEM: say("内存不足，数据库无法完成操作。请关闭其他程序后重试（数据未丢失）。"),
    Failure.IO: say("读写数据库文件时发生磁盘错误，请检查磁盘或存储设备后重试；如反复出现请联系管理员。"),
    Failure.SERVER_IO: say("数据库服务器读写磁盘时出错，请联系管理员检查服务器。"),
    Failure.CORRUPT: say("数据库文件已损坏或不是本程序的数据库文件，请联系管理员从备份恢复。"),
    Failure.SERVER_CORRUPT: say("数据库服务器上的数据已损坏，请联系管理员从备份恢复。"),
    Failure.READONLY: say("无法写入数据库：数据库文件或其所在文件夹是只读的，请检查文件权限。"),
    Failure.SERVER_READONLY: say(
        "数据库服务器当前只允许读取（可能是只读的备用服务器），无法保存，请联系管理员。"
    ),
    Failure.CANTOPEN: say("无法打开数据库文件，请检查文件是否存在、路径是否正确以及访问权限。"),
    Failure.UNREACHABLE: say("无法连接数据库服务器或连接已中断，请检查网络、服务器状态和连接设置后重试。"),
    Failure.UNAVAILABLE: say("数据库服务器暂时不可用（正在关闭、重启或已断开本连接），请稍后重试。"),
}

# SQLite primary result codes (extended code & 0xFF) that are storage failures. Every extended code
# shares its primary's meaning: SQLITE_BUSY_SNAPSHOT/RECOVERY/TIMEOUT are BUSY, all SQLITE_IOERR_*
# are I/O errors (not corruption), SQLITE_CORRUPT_* are CORRUPT, and so on.
SQLITE_PRIMARY: dict[int, Failure] = {
    5: Failure.BUSY,  # SQLITE_BUSY: another connection writes; the busy timeout ran out
    6: Failure.BUSY,  # SQLITE_LOCKED: a conflict within this process (shared cache, pending statement)
    15: Failure.BUSY,  # SQLITE_PROTOCOL: WAL lock race between processes; retrying succeeds
    7: Failure.NOMEM,  # SQLITE_NOMEM
    8: Failure.READONLY,  # SQLITE_READONLY: file, folder or connection cannot be written
    10: Failure.IO,  # SQLITE_IOERR: the OS reported a read/write failure
    11: Failure.CORRUPT,  # SQLITE_CORRUPT: the file's content is malformed
    26: Failure.CORRUPT,  # SQLITE_NOTADB: the file is not a SQLite database at all
    13: Failure.FULL,  # SQLITE_FULL: disk full (or max_page_count reached)
    14: Failure.CANTOPEN,  # SQLITE_CANTOPEN: missing folder, a directory, no permission
}

# Extended codes whose meaning differs from their primary's.
SQLITE_EXTENDED: dict[int, Failure] = {
    3082: Failure.NOMEM,  # SQLITE_IOERR_NOMEM: a memory allocation failed inside the VFS, not the disk
    1032: Failure.CANTOPEN,  # SQLITE_READONLY_DBMOVED: the file was moved or deleted while open
}

# PostgreSQL SQLSTATEs that are storage failures, matched exactly first.
PG_SQLSTATE: dict[str, Failure] = {
    "57P01": Failure.UNAVAILABLE,  # admin_shutdown (also pg_terminate_backend on this session)
    "57P02": Failure.UNAVAILABLE,  # crash_shutdown
    "57P03": Failure.UNAVAILABLE,  # cannot_connect_now: starting up or in recovery
    "57P05": Failure.UNREACHABLE,  # idle_session_timeout: the server closed this session
    "25P03": Failure.UNREACHABLE,  # idle_in_transaction_session_timeout: the server closed it too
    "53100": Failure.SERVER_FULL,  # disk_full
    "55P03": Failure.ROW_LOCKED,  # lock_not_available: lock_timeout or NOWAIT
    "57014": Failure.TIMEOUT,  # query_canceled: statement_timeout (or a cancel request)
    "40001": Failure.RETRY,  # serialization_failure
    "40P01": Failure.RETRY,  # deadlock_detected
    "25006": Failure.SERVER_READONLY,  # read_only_sql_transaction: a standby or read-only default
    "XX001": Failure.SERVER_CORRUPT,  # data_corrupted
    "XX002": Failure.SERVER_CORRUPT,  # index_corrupted
}

# SQLSTATE classes (first two characters) that are storage failures as a whole.
PG_SQLSTATE_CLASS: dict[str, Failure] = {
    "08": Failure.UNREACHABLE,  # connection exception
    "53": Failure.RESOURCES,  # insufficient resources (53100 disk_full is matched above)
    "58": Failure.SERVER_IO,  # system error: I/O error, undefined or duplicate file
}


@dataclass(frozen=True)
class Classified:
    failure: Failure
    code: str  # e.g. "SQLITE_BUSY_SNAPSHOT (517)" or "SQLSTATE 55P03", for the log

    @property
    def message(self) -> str:
        return MESSAGES[self.failure]


def driver_error(error: BaseException) -> BaseException:
    """The DB-API exception behind a SQLAlchemy one (or the error itself)."""
    if isinstance(error, DBAPIError) and error.orig is not None:
        return error.orig
    return error


def error_code(error: BaseException) -> str | None:
    """The driver's code for the log: SQLite's extended code name or PostgreSQL's SQLSTATE."""
    orig = driver_error(error)
    if isinstance(orig, sqlite3.Error):
        code = getattr(orig, "sqlite_errorcode", None)
        if code is None:
            return None
        return f"{getattr(orig, 'sqlite_errorname', 'SQLITE')} ({code})"
    sqlstate = getattr(orig, "sqlstate", None)
    return f"SQLSTATE {sqlstate}" if isinstance(sqlstate, str) else None


def _sqlite_failure(orig: sqlite3.Error) -> Failure | None:
    code = getattr(orig, "sqlite_errorcode", None)
    if not isinstance(code, int):  # raised by the sqlite3 module itself (closed connection, bad binding)
        return None
    return SQLITE_EXTENDED.get(code) or SQLITE_PRIMARY.get(code & 0xFF)


def _postgres_failure(orig: BaseException) -> Failure | None:
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency; without it no error is its
        return None
    if not isinstance(orig, psycopg.Error):
        return None
    sqlstate = orig.sqlstate
    if sqlstate is None:
        # No server response: libpq could not connect (refused, unreachable, authentication, unknown
        # database) or the connection broke. Other client-side errors without one are bugs.
        return Failure.UNREACHABLE if isinstance(orig, psycopg.OperationalError) else None
    return PG_SQLSTATE.get(sqlstate) or PG_SQLSTATE_CLASS.get(sqlstate[:2])


# Below this much free space, an I/O failure of a SQLite file is taken for a full disk.
LOW_DISK_BYTES = 1 << 20


def disk_full(folder: Path | None) -> bool:
    """Whether the folder's file system has (practically) no room left."""
    if folder is None:
        return False
    try:
        return shutil.disk_usage(folder).free < LOW_DISK_BYTES
    except OSError:
        return False


def classify(error: BaseException, sqlite_folder: Path | None = None) -> Classified | None:
    """The storage failure behind error (a SQLAlchemy or DB-API exception), or None for a bug.

    SQLite reports a full disk as SQLITE_FULL only where it sees the short write itself; creating
    or growing the WAL and shared-memory files on a full disk fails as SQLITE_IOERR (or
    SQLITE_CANTOPEN). With the database's folder given, such a failure on a disk with no room left
    is reported as the full disk it is."""
    orig = driver_error(error)
    failure = _sqlite_failure(orig) if isinstance(orig, sqlite3.Error) else _postgres_failure(orig)
    if failure is None:
        return None
    if failure in (Failure.IO, Failure.CANTOPEN) and disk_full(sqlite_folder):
        failure = Failure.FULL
    return Classified(failure, error_code(error) or "no code")


def storage_error(error: BaseException, sqlite_folder: Path | None = None) -> StorageError | None:
    """A StorageError for a failure of the storage, logged with its code; None when error is a bug
    (the caller re-raises it so that it reaches the excepthook with its traceback)."""
    found = classify(error, sqlite_folder)
    if found is None:
        return None
    log.warning("database failure %s, %s", found.failure.value, found.code, exc_info=error)
    return StorageError(found.message)


SQLITE_CONSTRAINT_UNIQUE = 2067  # extended code: a UNIQUE index refused the row
PG_UNIQUE_VIOLATION = "23505"


def unique_violation(error: BaseException | None) -> bool:
    """Whether error (or the failure behind it) is a UNIQUE constraint refusing a duplicate: the
    loser of a race to insert the same key, which the caller may answer as it answers a duplicate
    it finds itself."""
    while error is not None and not isinstance(error, DBAPIError):
        error = error.__cause__
    if error is None:
        return False
    orig = driver_error(error)
    if isinstance(orig, sqlite3.Error):
        return getattr(orig, "sqlite_errorcode", None) == SQLITE_CONSTRAINT_UNIQUE
    return getattr(orig, "sqlstate", None) == PG_UNIQUE_VIOLATION
