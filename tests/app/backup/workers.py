"""The counters of the backup-under-load test (a module of its own so `spawn` can import it)."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from app.orders import OrderInput, RepairOrderService
from app.roles import Actor, Role
from db.uow import Database


def keep_opening_orders(
    url: str, vehicle_id: int, user_id: int, now: dt.datetime, started: Any, stop: Any, out: Any
) -> None:
    """Opens orders one after another until `stop`, a moment apart; reports each RO number with
    the moment (the machine's monotonic clock, the same in every process) its commit had returned,
    and how often the write lock was not had within the busy timeout (the other three counters
    hold it in turn; the counter is told "busy", nothing was saved, and it tries again)."""
    from app.errors import StorageError

    db = Database(url)
    committed: list[tuple[str, float]] = []
    busy = 0
    try:
        service = RepairOrderService(db, lambda: now)
        actor = Actor(user_id, "worker", "并发测试", Role.ADVISOR)
        data = OrderInput(vehicle_id=vehicle_id, mileage_in=1_000, job_types=("保养",))
        while not stop.is_set():
            try:
                number = service.open_order(actor, data, confirm_warnings=True).ro_number
            except StorageError:
                busy += 1
                continue
            committed.append((number, time.monotonic()))
            if len(committed) == 5:
                started.release()
            time.sleep(0.002)
        out.put((committed, busy))
    except BaseException as e:
        out.put(repr(e))
        raise
    finally:
        db.dispose()
