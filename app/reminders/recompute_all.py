"""The whole recompute (every open service reminder, recompute.py's walk), worked out in a read
and written in short batches.

On a big dealer's file the cars are split by id into parts worked out side by side: the first in
the caller's session, the others each in a worker process of its own, on another core, reading the
same file or server through a connection of its own (docs/domain/reminders.md, "The whole
recompute"). A part whose worker fails (it could not start, was killed, lost its connection) is
worked out again in the caller's session, which says plainly what is wrong if it fails there too.
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.orm import Session

from app.reminders.recompute import Cars, Move, page_cache, work_out, write_moves
from app.reminders.rules import ReminderRules
from db.models import Vehicle
from db.uow import Database

log = logging.getLogger(__name__)

# Moves written per transaction: the write lock is held about 0.1 s at a time, so another counter
# saving meanwhile waits that long, not the whole run.
WRITE_BATCH = 10_000
# Below this many cars one part: a worker takes about a second to start.
PARTS_FROM_CARS = 100_000
MAX_PARTS = 4
# The caller's part is this much larger than a worker's: the workers start later.
FIRST_PART_WEIGHT = 1.25


@dataclass(frozen=True)
class RecomputePlan:
    """The whole recompute worked out in a read (no write lock held): the reminders looked at
    and the moves to write, in id order (the table's pages in turn)."""

    reminders: int
    moves: tuple[Move, ...]

    def batches(self) -> Iterator[Sequence[Move]]:
        for first in range(0, len(self.moves), WRITE_BATCH):
            yield self.moves[first : first + WRITE_BATCH]


def plan_all(s: Session, today: dt.date, rules: ReminderRules, parts: int | None = None) -> RecomputePlan:
    """Every open service reminder worked out again, in the caller's session (a read) and, on a
    big file, in worker processes beside it; `parts` None: one per core, as the file's size asks."""
    conn = s.connection()
    with page_cache(conn):
        cars = split_cars(conn, parts)
        if len(cars) == 1:
            seen, moved = work_out(conn, today, rules, cars[0])
        else:
            seen, moved = _in_parts(conn, today, rules, cars)
    return RecomputePlan(seen, tuple(sorted(moved)))


def write_batch(s: Session, moves: Sequence[Move]) -> int:
    """One batch of a plan, in the caller's unit of work (a short write); how many were written:
    a reminder changed since the plan was read is left as it now is."""
    conn = s.connection()
    with page_cache(conn):
        return write_moves(conn, moves)


def split_cars(conn: Connection, parts: int | None) -> list[Cars]:
    """The cars in `parts` ranges of ids, the first a little larger; all of them in one when the
    file is small or there is one core."""
    low, high = conn.execute(select(func.min(Vehicle.id), func.max(Vehicle.id))).one()
    if parts is None:
        big = low is not None and high - low + 1 >= PARTS_FROM_CARS
        parts = min(os.cpu_count() or 1, MAX_PARTS) if big else 1
    if parts <= 1 or low is None:
        return [Cars()]
    # The first id of each part after the first; the outer ends stay open.
    whole = FIRST_PART_WEIGHT + parts - 1
    starts = [low + int((high - low + 1) * (FIRST_PART_WEIGHT + n) / whole) for n in range(parts - 1)]
    firsts: list[int | None] = [None, *starts]
    lasts: list[int | None] = [start - 1 for start in starts] + [None]
    return [Cars(first=first, last=last) for first, last in zip(firsts, lasts, strict=True)]


def _in_parts(
    conn: Connection, today: dt.date, rules: ReminderRules, cars: list[Cars]
) -> tuple[int, list[Move]]:
    url = workers_url(conn)
    with _workers(len(cars) - 1) as pool:
        others: list[Future[tuple[int, list[Move]]]] = [
            pool.submit(work_out_part, url, today, rules, part) for part in cars[1:]
        ]
        seen, moved = work_out(conn, today, rules, cars[0])
        for part, future in zip(cars[1:], others, strict=True):
            try:
                part_seen, part_moved = future.result()
            except Exception:  # any failure of the worker: the part is worked out here
                log.warning("a recompute worker failed; its cars %s are worked out here", part, exc_info=True)
                part_seen, part_moved = work_out(conn, today, rules, part)
            seen += part_seen
            moved.extend(part_moved)
    return seen, moved


def _workers(count: int) -> ProcessPoolExecutor:
    # spawn, not fork: the program has threads (Qt's, the task runner's) that a fork would copy
    # in whatever state they were.
    return ProcessPoolExecutor(max_workers=count, mp_context=multiprocessing.get_context("spawn"))


def workers_url(conn: Connection) -> str:
    """Where the workers read: the caller's own file or server, with its password."""
    return _url_of(conn.engine)


def _url_of(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def work_out_part(url: str, today: dt.date, rules: ReminderRules, cars: Cars) -> tuple[int, list[Move]]:
    """A worker process's part: its own connection to the same file or server, one read."""
    db = Database(url)
    try:
        with db.read() as s:
            conn = s.connection()
            with page_cache(conn):
                return work_out(conn, today, rules, cars)
    finally:
        db.dispose()


def workers_start(db: Database) -> bool:
    """Whether a worker process starts and reads the database (the packaged build's self-test: a
    frozen program must hand a worker to multiprocessing, not start itself again)."""
    nobody = Cars(first=1, last=0)
    with _workers(1) as pool:
        job = pool.submit(work_out_part, _url_of(db.engine), dt.date.today(), ReminderRules(), nobody)
        found = job.result(timeout=120)
    return found == (0, [])
