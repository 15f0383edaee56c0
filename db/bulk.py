"""Many rows inserted at once, with their ids (the vehicle import, the reminders it makes)."""

from __future__ import annotations

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session


def insert_with_ids(s: Session, table: Table, rows: list[dict[str, object]]) -> list[int]:
    """Inserts the rows in one executemany and returns their ids in order. SQLite: the ids are
    given, the next after the highest (what SQLite would choose itself for an INTEGER PRIMARY KEY;
    the writer holds the file), since RETURNING in order would mean one statement per row there.
    PostgreSQL: the ids the sequence gives, returned in order from batched INSERT statements."""
    if not rows:
        return []
    if s.get_bind().dialect.name == "sqlite":
        first = (s.scalar(select(func.max(table.c.id))) or 0) + 1
        ids = list(range(first, first + len(rows)))
        s.execute(insert(table), [row | {"id": i} for row, i in zip(rows, ids, strict=True)])
        return ids
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(s.execute(statement, rows).scalars())
