"""RO numbers under concurrent processes (several counters at the same moment)."""

from __future__ import annotations

import datetime as dt
import multiprocessing

import pytest
from sqlalchemy import func, select

from app.context import Services
from app.orders.numbering import format_ro_number, parse_ro_number
from app.roles import Actor
from db.models import RepairOrder, RoSequence
from tests.app.factories import add_model, add_vehicle
from tests.app.workers import open_orders

PROCESSES = 4
ORDERS_EACH = 25


def test_format_and_parse() -> None:
    day = dt.date(2026, 11, 27)
    assert format_ro_number(day, 7) == "RO20261127-0007"
    assert format_ro_number(day, 12345) == "RO20261127-12345"
    assert parse_ro_number("ro20261127-0007") == (day, 7)
    assert parse_ro_number("RO202611270007") == (day, 7)
    assert parse_ro_number("RO20261332-0001") is None


@pytest.mark.slow
def test_concurrent_processes_get_unique_contiguous_numbers(
    services: Services, advisor: Actor, db_url: str, clock
) -> None:
    vehicle = add_vehicle(services, advisor, add_model(services, advisor), mileage=1_000)
    services.db.dispose()  # the workers have the database to themselves
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(PROCESSES)
    out = ctx.Queue()
    workers = [
        ctx.Process(
            target=open_orders, args=(db_url, vehicle.id, advisor.user_id, ORDERS_EACH, clock.now, start, out)
        )
        for _ in range(PROCESSES)
    ]
    for w in workers:
        w.start()
    results = [out.get(timeout=120) for _ in workers]
    for w in workers:
        w.join(timeout=60)
    assert all(isinstance(r, list) for r in results), results
    numbers = [n for r in results for n in r]
    expected = [f"RO20261127-{i:04d}" for i in range(1, PROCESSES * ORDERS_EACH + 1)]
    assert len(numbers) == len(set(numbers)) == PROCESSES * ORDERS_EACH  # no duplicates
    assert sorted(numbers) == expected  # none lost, contiguous
    for r in results:
        assert r == sorted(r)  # each counter sees its own numbers rise
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(RepairOrder)) == PROCESSES * ORDERS_EACH
        assert (
            s.scalar(select(RoSequence.last_no).where(RoSequence.day == "20261127"))
            == PROCESSES * ORDERS_EACH
        )
