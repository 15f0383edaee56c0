"""What SQLite's synchronous=FULL costs a save at the counter, against NORMAL.

    .venv/bin/python bench/sync_bench.py [--saves 200] [--dir bench/.data/sync]

In WAL mode NORMAL syncs only at checkpoints: a power cut can lose the last commits (never
corrupt the file); FULL syncs the WAL at every commit, so a commit the user was told about
stays. For each mode, on a fresh file in --dir (the same disk as the program's data, by
default), it opens --saves repair orders through the services and reports p50/p95 per save; the
ratio is FULL / NORMAL and the difference in ms is what a counter would feel on every save.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def run(folder: Path, mode: str, saves: int) -> list[float]:
    from sqlalchemy import event, text

    from app.context import Services, open_database
    from app.orders import OrderInput
    from app.paths import AppPaths
    from app.roles import SYSTEM_ACTOR, Actor, Role
    from app.vehicles import CustomerInput, ModelInput, VehicleInput
    from db.engine import sqlite_url
    from tests.app.factories import make_vin

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    db, _ = open_database(sqlite_url(folder / "qiantai.db"))

    def synchronous(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA synchronous={mode}")

    event.listen(db.engine, "connect", synchronous)
    db.engine.dispose()  # connections from now on get the mode
    services = Services.build(db, AppPaths(data_dir=folder, log_dir=folder / "logs"))
    admin = services.users.add_user(SYSTEM_ACTOR, "advisor", "顾问", Role.ADMIN.value, "bench-password-1")
    actor = Actor(admin.id, admin.username, admin.display_name, Role.ADMIN)
    model = services.vehicles.models.create_model(actor, ModelInput("本田", "雅阁"))
    _, car = services.vehicles.vehicles.create_with_owner(
        actor, CustomerInput("张三", ("13812345678",)), VehicleInput(make_vin(1), model.id, 0)
    )
    with db.read() as s:
        mode_now = s.execute(text("PRAGMA synchronous")).scalar()
    assert mode_now == {"NORMAL": 1, "FULL": 2}[mode], mode_now
    times = []
    for i in range(saves):
        start = time.perf_counter()
        services.orders.orders.open_order(
            actor,
            OrderInput(vehicle_id=car.id, mileage_in=1000 + i, job_types=("保养",), customer_statement=""),
            confirm_warnings=True,
        )
        times.append((time.perf_counter() - start) * 1000)
    db.dispose()
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--dir", type=Path, default=ROOT / "bench" / ".data" / "sync")
    args = parser.parse_args()
    results = {}
    for mode in ("NORMAL", "FULL"):
        times = run(args.dir / mode.lower(), mode, args.saves)
        results[mode] = (statistics.median(times), statistics.quantiles(times, n=20)[-1])
        print(f"{mode:6}  p50 {results[mode][0]:.2f} ms  p95 {results[mode][1]:.2f} ms per save")
    (n50, n95), (f50, f95) = results["NORMAL"], results["FULL"]
    p50 = f"p50 {f50 / n50:.2f}x (+{f50 - n50:.2f} ms)"
    p95 = f"p95 {f95 / n95:.2f}x (+{f95 - n95:.2f} ms)"
    print(f"FULL / NORMAL: {p50}, {p95}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
