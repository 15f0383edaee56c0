"""The unit of work: one session and one transaction per user action."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from db.engine import make_engine

# The session of the one_read() block running on this thread, with its database.
_shared_read: ContextVar[tuple[Database, Session] | None] = ContextVar("qiantai_one_read", default=None)


class Database:
    """Owns the engine; hands out a fresh session per action, never a long-lived one."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine if engine is not None else make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._readers = sessionmaker(
            self.engine.execution_options(sqlite_begin="DEFERRED"), expire_on_commit=False
        )
        # Set when the file failed its integrity check: why writes are refused (see app.integrity).
        self.write_refusal: str | None = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """Commits when the block ends normally, rolls back when it raises."""
        with self._sessions() as s, s.begin():
            yield s

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only: nothing is committed. Inside one_read(), that block's."""
        shared = self._shared()
        if shared is not None:
            yield shared
            return
        with self._readers() as s:
            try:
                yield s
            finally:
                s.rollback()

    @contextmanager
    def one_read(self) -> Iterator[None]:
        """Every read() of the block, on this thread, in one session and one read transaction:
        what one action reads in several steps (a document's rights, its record, its content)
        read as at one moment, without a session begun and ended for each step. Only for blocks
        that write nothing: a unit of work inside would not be seen by the block's later reads."""
        if self._shared() is not None:
            yield
            return
        with self.read() as s:
            token = _shared_read.set((self, s))
            try:
                yield
            finally:
                _shared_read.reset(token)

    def _shared(self) -> Session | None:
        """The session of this database's one_read() block running on this thread, if any."""
        shared = _shared_read.get()
        return shared[1] if shared is not None and shared[0] is self else None

    def dispose(self) -> None:
        self.engine.dispose()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_folder(self) -> Path | None:
        """The folder of the SQLite file (None for PostgreSQL or an in-memory database)."""
        name = self.engine.url.database if self.is_sqlite else None
        if not name or name == ":memory:" or name.startswith("file:"):
            return None
        return Path(name).resolve().parent
