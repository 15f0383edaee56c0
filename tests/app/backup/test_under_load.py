"""A backup taken while four counters (real processes) keep opening repair orders restores to a
database with every order committed before the copy began, and each counter's orders up to one
point (the snapshot): none half there, none lost. A last backup after they stop has them all."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from app.backup import _sqlite as backup_sqlite
from app.backup.restore import restore
from app.context import Services
from app.roles import Role
from db.engine import sqlite_url
from db.models import RepairOrder
from db.uow import Database
from tests.app.backup.workers import keep_opening_orders
from tests.app.factories import add_model, add_vehicle
from tests.conftest import FakeClock, make_actor

COUNTERS = 4


def orders_in(url: str) -> set[str]:
    db = Database(url)
    try:
        with db.read() as s:
            return set(s.scalars(select(RepairOrder.ro_number)))
    finally:
        db.dispose()


@pytest.mark.slow
def test_a_backup_under_four_writing_counters_restores_every_committed_order(
    sqlite_services: Services, tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    advisor = make_actor(sqlite_services, Role.ADVISOR)
    model = add_model(sqlite_services, advisor)
    cars = [add_vehicle(sqlite_services, advisor, model, mileage=900) for _ in range(COUNTERS)]
    # Small steps with a pause between them: the copy takes a second or two, long enough for the
    # counters to commit many orders while it runs.
    monkeypatch.setattr(backup_sqlite, "STEP_PAGES", 2)
    monkeypatch.setattr(backup_sqlite, "STEP_PAUSE_S", 0.01)
    url = sqlite_services.db.url
    ctx = multiprocessing.get_context("spawn")
    started = ctx.Semaphore(0)
    stop = ctx.Event()
    out = ctx.Queue()
    workers = [
        ctx.Process(
            target=keep_opening_orders, args=(url, car.id, advisor.user_id, clock.now, started, stop, out)
        )
        for car in cars
    ]
    for w in workers:
        w.start()
    try:
        for _ in workers:  # every counter has committed a few orders
            assert started.acquire(timeout=120)
        began = time.monotonic()
        during = sqlite_services.backup.back_up(admin, tmp_path / "share")
        ended = time.monotonic()
        time.sleep(0.2)
    finally:
        stop.set()
        results = [out.get(timeout=120) for _ in workers]
        for w in workers:
            w.join(timeout=60)
    assert all(isinstance(r, tuple) for r in results), results
    busy = sum(b for _, b in results)
    results = [r for r, _ in results]
    committed = [number for r in results for number, _ in r]
    before = {n for r in results for n, at in r if at < began}
    while_copying = {n for r in results for n, at in r if began <= at <= ended}
    assert len(set(committed)) == len(committed)
    assert while_copying, "no order was committed while the backup ran: the test proves nothing"

    # The backup: sound, its counts those of the moment of the copy, and each counter's orders a
    # prefix of what it committed (a snapshot), holding every order committed before it began.
    assert backup_sqlite.integrity_problems(during.path) == []
    in_backup = orders_in(sqlite_url(during.path))
    assert len(in_backup) == during.counts["repair_orders"]
    assert before <= in_backup <= set(committed)
    for r in results:
        numbers = [n for n, _ in r]
        present = [n in in_backup for n in numbers]
        assert present == sorted(present, reverse=True), "a counter's later order without an earlier one"

    # Restored elsewhere, it holds the same orders.
    elsewhere = tmp_path / "elsewhere" / "qiantai.db"
    restored = restore(sqlite_url(elsewhere), during.path)
    assert restored.counts["repair_orders"] == len(in_backup)
    assert orders_in(sqlite_url(elsewhere)) == in_backup
    assert backup_sqlite.integrity_problems(elsewhere) == []

    # After the counters stop, a backup has every order; restored over the live file, all are there.
    clock.advance(seconds=5)
    last = sqlite_services.backup.back_up(admin, tmp_path / "share")
    sqlite_services.db.dispose()
    restore(url, last.path)
    assert orders_in(url) == set(committed)
    print(
        f"\n{len(committed)} orders by {COUNTERS} counters; {len(before)} before the copy, "
        f"{len(while_copying)} during its {ended - began:.2f} s, {len(in_backup)} in the backup; "
        f"all {len(committed)} in the last backup's restore; {busy} busy refusals among the counters"
    )
