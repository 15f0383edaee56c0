"""Turns database failures into the error taxonomy, around one unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.errors import Conflict, StorageError
from db.uow import Database

_LOCKED = ("database is locked", "database table is locked")
_FULL = ("database or disk is full", "no space left")
_CORRUPT = ("malformed", "not a database", "disk i/o error")


def storage_message(error: BaseException) -> str:
    text = str(error).lower()
    if any(k in text for k in _LOCKED):
        return "数据库正被其他程序占用，请稍后重试（数据未丢失）。"
    if any(k in text for k in _FULL):
        return "磁盘已满，无法保存。请清理磁盘后重试（数据未丢失）。"
    if any(k in text for k in _CORRUPT):
        return "数据库文件已损坏或无法读取，请联系管理员从备份恢复。"
    if "could not connect" in text or "connection refused" in text or "server closed" in text:
        return "无法连接数据库服务器，请检查网络或服务器状态。"
    return f"数据库错误：{error}"


CONFLICT_MESSAGE = "该记录已被其他前台修改，请重新载入后再保存；您的修改未覆盖对方的内容。"


def check_version(record: object, expected: int | None) -> None:
    """Refuses a change made on a copy older than the stored record (another counter saved first).

    The version column also guards the UPDATE itself, for a save racing this check.
    """
    if expected is not None and getattr(record, "version", None) != expected:
        raise Conflict(CONFLICT_MESSAGE)


@contextmanager
def unit_of_work(db: Database) -> Iterator[Session]:
    """One transaction: commit on success, roll back on any error, translated for the user."""
    try:
        with db.session() as s:
            yield s
    except StaleDataError as e:
        raise Conflict(CONFLICT_MESSAGE) from e
    except IntegrityError as e:
        raise Conflict(f"保存失败：与现有记录冲突（{e.orig}）") from e
    except (OperationalError, DBAPIError) as e:
        raise StorageError(storage_message(e)) from e


@contextmanager
def reading(db: Database) -> Iterator[Session]:
    try:
        with db.read() as s:
            yield s
    except (OperationalError, DBAPIError) as e:
        raise StorageError(storage_message(e)) from e
