"""The whole recompute split by car into parts worked out side by side, the first in the
caller's session and the others each in a worker process of its own: the same plan as one part,
on each back-end, and a worker that fails leaves its part to the caller."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Connection

from app.context import Services
from app.reminders import recompute_all
from app.reminders.recompute import Cars
from app.reminders.recompute_all import plan_all, split_cars
from app.reminders.rules import read_rules
from tests.app.reminders.support import car
from tests.app.reminders.test_recompute import last_mileage, reading, service_reminder

TODAY = dt.date(2026, 11, 27)


def some_cars(svc: Services, count: int) -> list[int]:
    """Cars with a service reminder each, some with readings that move their due date."""
    ids = []
    for n in range(count):
        vehicle = car(svc)
        service_reminder(svc, vehicle, dt.date(2026, 5, 27), dt.date(2027, 5, 27), 30_000)
        if n % 2:
            reading(svc, vehicle.id, dt.date(2026, 5, 27), 20_000)
            reading(svc, vehicle.id, dt.date(2026, 9, 24), 20_000 + 40 * n * 10)
            last_mileage(svc, vehicle.id, 20_000 + 40 * n * 10)
        ids.append(vehicle.id)
    return ids


def plans(svc: Services, parts: int) -> recompute_all.RecomputePlan:
    with svc.db.read() as s:
        return plan_all(s, TODAY, read_rules(s), parts=parts)


def test_the_parts_cover_every_car_once_the_callers_a_little_larger(services: Services) -> None:
    ids = some_cars(services, 9)
    with services.db.read() as s:
        conn = s.connection()
        assert split_cars(conn, 1) == [Cars()]
        first, second = split_cars(conn, 2)
    assert first.first is None and second.last is None  # open ends: a car added meanwhile is in one
    assert first.last is not None and second.first == first.last + 1
    assert len([i for i in ids if i <= first.last]) == 5 and len([i for i in ids if i >= second.first]) == 4


def test_two_parts_plan_what_one_part_plans(services: Services, caplog: pytest.LogCaptureFixture) -> None:
    some_cars(services, 9)
    one, two = plans(services, 1), plans(services, 2)
    assert one.reminders == 9 and len(one.moves) >= 4
    assert two == one
    assert "a recompute worker failed" not in caplog.text  # the worker's part came from the worker


def test_a_worker_that_fails_leaves_its_part_to_the_caller(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    some_cars(services, 6)
    one = plans(services, 1)

    def nowhere(_conn: Connection) -> str:
        return f"sqlite:///{tmp_path / 'no-such-file.db'}"  # a file without the tables

    monkeypatch.setattr(recompute_all, "workers_url", nowhere)
    assert plans(services, 2) == one
    assert "a recompute worker failed" in caplog.text
