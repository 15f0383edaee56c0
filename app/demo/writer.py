"""Buffered bulk writing: rows with pre-computed ids, inserted in chunks in foreign-key order.

The generator already produces what the columns store (see timebase: naive UTC datetimes and
dates, or SQLite's text for them; integers; plain strings), so rows go to the driver's executemany
with named parameters: SQLAlchemy's per-row parameter processing would cost as much as the inserts
themselves at a million rows.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, text

Row = dict[str, Any]

# Parents before children, so each chunk satisfies its foreign keys when inserted.
TABLE_ORDER = (
    "vehicle_models",
    "customers",
    "customer_phones",
    "vehicles",
    "plate_history",
    "appointments",
    "appointment_events",
    "repair_orders",
    "ro_lines",
    "ro_status_events",
    "mileage_readings",
    "inspections",
    "inspection_items",
    "damage_marks",
    "reminders",
    "reminder_contacts",
    "return_boxes",
    "warranty_claims",
    "claim_parts",
    "part_labels",
    "complaints",
    "complaint_actions",
    "ro_sequences",
)
ID_TABLES = tuple(t for t in TABLE_ORDER if t != "ro_sequences")
DEFAULT_CHUNK_ROWS = 150_000
SQLITE_CACHE_KIB = 128 * 1024
SQLITE_DEFAULT_CACHE = -2000  # SQLite's own default (about 2 MB)


class BulkWriter:
    def __init__(self, engine: Engine, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> None:
        self._engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"
        self._chunk_rows = chunk_rows
        self._buffers: dict[str, list[Row]] = {name: [] for name in TABLE_ORDER}
        self._updates: list[tuple[str, tuple[str, ...], list[Row]]] = []
        self._pending = 0
        self.counts: dict[str, int] = dict.fromkeys(TABLE_ORDER, 0)
        # One connection for the whole load: SQLite gets a large page cache for its index inserts.
        self._conn = engine.connect()
        if self.is_sqlite:
            self._conn.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
            self._conn.rollback()  # the pragma's own (autobegun) transaction
        # The whole load is one transaction: a run killed half-way leaves nothing behind, and the
        # next run starts on an empty database again (chunks only bound the memory of buffers).
        self._transaction = self._conn.begin()
        self._next_id = {
            name: (self._conn.scalar(text(f"SELECT MAX(id) FROM {name}")) or 0) + 1 for name in ID_TABLES
        }

    def close(self) -> None:
        """Ends the load: what finish() did not commit is rolled back."""
        if self._transaction.is_active:
            self._transaction.rollback()
        if self.is_sqlite:
            self._conn.exec_driver_sql(f"PRAGMA cache_size={SQLITE_DEFAULT_CACHE}")
            self._conn.rollback()
        self._conn.close()

    def _param(self, name: str) -> str:
        return f":{name}" if self.is_sqlite else f"%({name})s"

    def next_id(self, name: str) -> int:
        value = self._next_id[name]
        self._next_id[name] = value + 1
        return value

    def reserve(self, name: str, count: int) -> int:
        """Reserves count consecutive ids; returns the first."""
        first = self._next_id[name]
        self._next_id[name] = first + count
        return first

    def add(self, name: str, row: Row) -> None:
        """Buffers a row; every row of a table must carry the same keys."""
        self._buffers[name].append(row)
        self._pending += 1

    def update(self, name: str, values: Row) -> None:
        """Queues `UPDATE name SET ... WHERE id = values["id"]`, run after the inserts of its chunk."""
        keys = tuple(sorted(k for k in values if k != "id"))
        if self._updates and self._updates[-1][0] == name and self._updates[-1][1] == keys:
            self._updates[-1][2].append(values)
        else:
            self._updates.append((name, keys, [values]))
        self._pending += 1

    def checkpoint(self) -> None:
        """Flushes once a chunk is full. Called between whole records (a vehicle, an order), never
        inside one: a child row written before its parent is buffered would break its foreign key."""
        if self._pending >= self._chunk_rows:
            self.flush()

    def flush(self) -> None:
        """Writes the buffered chunk (inside the load's one transaction)."""
        if self._pending == 0:
            return
        conn = self._conn
        for name in TABLE_ORDER:
            rows = self._buffers[name]
            if not rows:
                continue
            columns = list(rows[0])
            sql = (
                f"INSERT INTO {name} ({', '.join(columns)}) "
                f"VALUES ({', '.join(self._param(k) for k in columns)})"
            )
            conn.exec_driver_sql(sql, rows)
            self.counts[name] += len(rows)
            self._buffers[name] = []
        for name, keys, rows in self._updates:
            assignments = ", ".join(f"{k} = {self._param(k)}" for k in keys)
            sql = f"UPDATE {name} SET {assignments} WHERE id = {self._param('id')}"
            conn.exec_driver_sql(sql, rows)
        self._updates = []
        self._pending = 0

    def execute(self, statement: str) -> None:
        """One set-based statement over what was written (after a flush), in the load's transaction."""
        self.flush()
        self._conn.execute(text(statement))

    def finish(self) -> None:
        """Flushes what is left, moves PostgreSQL's id sequences past the ids written, commits."""
        self.flush()
        if self._engine.dialect.name == "postgresql":
            for name in ID_TABLES:
                self._conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                        f"COALESCE((SELECT MAX(id) FROM {name}), 1), "
                        f"(SELECT MAX(id) FROM {name}) IS NOT NULL)"
                    )
                )
        self._transaction.commit()
