"""Another counter, as a process of its own, for the import tests (a module of its own so that
`spawn` can import it)."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from app.orders import OrderInput, RepairOrderService
from app.roles import Actor, Role
from db.uow import Database


def open_order_when_told(
    url: str, vehicle_id: int, km: int, user_id: int, now: dt.datetime, go: Any, out: Any
) -> None:
    """Another counter: ready once its services are built, then, told to `go`, opens one order
    with the program's own busy timeout (SQLite) or lock timeout (PostgreSQL) and reports
    ("ok", RO number, seconds) or ("error", error type, message, seconds)."""
    db = Database(url)
    try:
        service = RepairOrderService(db, lambda: now)
        actor = Actor(user_id, "worker", "另一前台", Role.ADVISOR)
        with db.read() as s:  # connected and warm: the timing is the save's alone
            s.connection()
        out.put(("ready",))
        if not go.wait(timeout=120):
            out.put(("error", "Timeout", "never told to go", 0.0))
            return
        started = time.perf_counter()
        try:
            order = service.open_order(
                actor,
                OrderInput(vehicle_id=vehicle_id, mileage_in=km, job_types=("保养",)),
                confirm_warnings=True,
            )
            out.put(("ok", order.ro_number, time.perf_counter() - started))
        except Exception as e:  # the test reports what the counter was told
            out.put(("error", type(e).__name__, str(e), time.perf_counter() - started))
    finally:
        db.dispose()
