"""INSERT .. ON CONFLICT in the session's own dialect (SQLite and PostgreSQL both have it).

Each dialect's module is imported at the first such statement: loading PostgreSQL's (with its
async drivers' modules) for a counter on SQLite cost about 50 ms of the window's start."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from sqlalchemy.dialects.postgresql import Insert as PgInsert
    from sqlalchemy.dialects.sqlite import Insert as SqliteInsert


def upsert_into(s: Session, entity: Any) -> PgInsert | SqliteInsert:
    """An INSERT into `entity` that takes on_conflict_do_nothing / on_conflict_do_update."""
    if s.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(entity)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(entity)
