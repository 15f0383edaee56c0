"""Turns database failures into the error taxonomy, around one unit of work."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app import retention as _retention  # noqa: F401  (registers the retention guard on every session)
from app.db_errors import error_code, storage_error
from app.errors import Conflict, StorageError
from app.wording import say
from db.uow import Database

log = logging.getLogger(__name__)


CONFLICT_MESSAGE = say("该记录已被其他前台修改，请重新载入后再保存；您的修改未覆盖对方的内容。")
# The database refused a duplicate or a dangling reference; its own text names SQL and values.
INTEGRITY_MESSAGE = say(
    "保存失败：与现有记录冲突（可能其他前台刚保存了相同的记录），请重新载入后再试；本次修改未保存。"
)


def check_version(record: object, expected: int | None) -> None:
    """Refuses a change made on a copy older than the stored record (another counter saved first).

    The version column also guards the UPDATE itself, for a save racing this check.
    """
    if expected is not None and getattr(record, "version", None) != expected:
        raise Conflict(CONFLICT_MESSAGE)


@contextmanager
def unit_of_work(db: Database) -> Iterator[Session]:
    """One transaction: commit on success, roll back on any error, translated for the user."""
    if db.write_refusal is not None:  # the file failed its integrity check (app.integrity)
        raise StorageError(db.write_refusal)
    try:
        with db.session() as s:
            yield s
    except StaleDataError as e:
        raise Conflict(CONFLICT_MESSAGE) from e
    except IntegrityError as e:
        log.warning("integrity error, %s", error_code(e) or "no code", exc_info=e)
        raise Conflict(INTEGRITY_MESSAGE) from e
    except DBAPIError as e:  # OperationalError included
        error = storage_error(e, db.sqlite_folder)
        if error is None:
            raise  # a programming or data error: a bug, for the excepthook
        raise error from e


@contextmanager
def reading(db: Database) -> Iterator[Session]:
    try:
        with db.read() as s:
            yield s
    except DBAPIError as e:
        error = storage_error(e, db.sqlite_folder)
        if error is None:
            raise
        raise error from e
