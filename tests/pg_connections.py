"""Every psycopg connection a test opens, with where it was opened.

A connection a test leaves open to its throwaway PostgreSQL database is otherwise only noticed
when the garbage collector frees it, perhaps minutes later at the end of the session, as a
ResourceWarning that names no test. The database fixture asks `left_open(dbname)` just before
it drops the database, so the test that left the connection is the one that fails, with the
stack that opened it.
"""

from __future__ import annotations

import traceback
import weakref
from typing import Any

import psycopg

_origins: weakref.WeakKeyDictionary[psycopg.Connection[Any], str] = weakref.WeakKeyDictionary()


def install() -> None:
    """Wraps psycopg.Connection.connect so that each new connection remembers its origin."""
    if getattr(psycopg.Connection.connect, "_traced", False):
        return
    original = psycopg.Connection.connect.__func__  # type: ignore[attr-defined]

    def connect(cls: type[psycopg.Connection[Any]], *args: Any, **kwargs: Any) -> psycopg.Connection[Any]:
        conn: psycopg.Connection[Any] = original(cls, *args, **kwargs)
        _origins[conn] = "".join(traceback.format_stack(limit=18)[:-1])
        return conn

    connect._traced = True  # type: ignore[attr-defined]
    psycopg.Connection.connect = classmethod(connect)  # type: ignore[method-assign, assignment]
    # psycopg.connect, which SQLAlchemy calls, is the method bound when psycopg was imported.
    psycopg.connect = psycopg.Connection.connect


def still_open() -> list[str]:
    """Closes every connection still open, to any database, and returns where each was opened
    and to which database: asked when the test session ends."""
    found = []
    for conn, origin in list(_origins.items()):
        if conn.closed:
            continue
        found.append(f"to {conn.info.dbname}, opened at:\n{origin}")
        conn.close()
    return found


def left_open(dbname: str) -> list[str]:
    """Closes the connections still open to `dbname` and returns where each was opened."""
    found = []
    for conn, origin in list(_origins.items()):
        if conn.closed or conn.info.dbname != dbname:
            continue
        found.append(origin)
        conn.close()
    return found
