"""Worker processes for the RO numbering test (a module of its own so `spawn` can import it)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.orders import OrderInput, RepairOrderService
from app.roles import Actor, Role
from db.uow import Database


def open_orders(
    url: str, vehicle_id: int, user_id: int, count: int, now: dt.datetime, start: Any, out: Any
) -> None:
    """Waits for the others at `start`, then opens `count` orders as fast as it can."""
    db = Database(url)
    try:
        service = RepairOrderService(db, lambda: now)
        actor = Actor(user_id, "worker", "并发测试", Role.ADVISOR)
        start.wait()
        numbers = [
            service.open_order(
                actor,
                OrderInput(vehicle_id=vehicle_id, mileage_in=1_000, job_types=("保养",)),
                confirm_warnings=True,
            ).ro_number
            for _ in range(count)
        ]
        out.put(numbers)
    except BaseException as e:
        out.put(repr(e))
        raise
    finally:
        db.dispose()
