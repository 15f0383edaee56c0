"""The audit viewer on the 1,000,000-vehicle data set with a big audit log.

    .venv/bin/python bench/audit_viewer_bench.py [--rows 2000000] [--days 730] [--keep]

Copies bench/.data/lookup-1m/qiantai.db (1,000,000 vehicles; made by bench/lookup_bench.py) to
bench/.data/audit-viewer/, migrates it to the head, adds `rows` audit rows over the last `days`
days (the actions, users and records of a counter's day, about rows/days a day; hashes are not
chained: the viewer only reads), then times services.audit_log.search for the viewer's usual
questions (best and median of 7, a page of 200) and one day's export. --keep reuses a copy made
before.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import MetaData, Table, func, select  # noqa: E402

from app.auditing import AuditCategory, AuditLogService, AuditQuery  # noqa: E402
from app.roles import Actor, Role  # noqa: E402
from db.engine import sqlite_url  # noqa: E402
from db.migrate import upgrade  # noqa: E402
from db.models import RepairOrder, Vehicle  # noqa: E402
from db.uow import Database  # noqa: E402

SOURCE = ROOT / "bench" / ".data" / "lookup-1m" / "qiantai.db"
TARGET = ROOT / "bench" / ".data" / "audit-viewer" / "qiantai.db"
BATCH = 20_000
HASH = "0" * 64
ACTIONS = (  # (action, entity, weight)
    ("order.status", "repair_order", 30),
    ("order.open", "repair_order", 10),
    ("order.edit", "repair_order", 8),
    ("order.deliver", "repair_order", 10),
    ("reminder.call", "vehicle", 20),
    ("vehicle.edit", "vehicle", 6),
    ("customer.edit", "customer", 4),
    ("inspection.save", "inspection", 8),
    ("complaint.action", "complaint", 2),
    ("user.login", "user", 2),
)


def _fill(db: Database, rows: int, days: int) -> None:
    with db.read() as s:
        max_vehicle = int(s.scalar(select(func.max(Vehicle.id))) or 1)
        max_order = int(s.scalar(select(func.max(RepairOrder.id))) or 1)
    rnd = random.Random(14)
    weights = [w for _, _, w in ACTIONS]
    end = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    start = end - dt.timedelta(days=days)
    step = (end - start) / rows
    with db.engine.begin() as conn:
        log = Table("audit_log", MetaData(), autoload_with=conn)
        for first in range(0, rows, BATCH):
            batch = []
            for i in range(first, min(rows, first + BATCH)):
                action, entity, _ = rnd.choices(ACTIONS, weights)[0]
                target = rnd.randint(1, max_order if entity == "repair_order" else max_vehicle)
                before = {
                    "status": "维修中",
                    "note": f"备注{target % 97}",
                    "mileage_in": 10_000 + target % 9000,
                }
                after = dict(before, status="待交车", note=f"客户要求{rnd.randint(1, 999)}")
                batch.append(
                    {
                        "at": start + step * i,
                        "user_id": rnd.randint(1, 7),
                        "action": action,
                        "entity": entity,
                        "entity_id": str(target),
                        "before_json": json.dumps(before, ensure_ascii=False, sort_keys=True),
                        "after_json": json.dumps(after, ensure_ascii=False, sort_keys=True),
                        "prev_hash": HASH,
                        "row_hash": HASH,
                    }
                )
            conn.execute(log.insert(), batch)


def _time(label: str, work, runs: int = 7) -> None:  # type: ignore[no-untyped-def]
    times, found = [], None
    for _ in range(runs):
        t = time.perf_counter()
        found = work()
        times.append(time.perf_counter() - t)
    shown = len(found.lines) if hasattr(found, "lines") else found
    print(
        f"{label:<58} best {min(times) * 1000:7.1f} ms  median {statistics.median(times) * 1000:7.1f} ms"
        f"  ({shown} rows)"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--keep", action="store_true", help="reuse the copy made before")
    args = parser.parse_args()
    if not (args.keep and TARGET.exists()):
        TARGET.parent.mkdir(parents=True, exist_ok=True)
        for old in TARGET.parent.glob("qiantai.db*"):
            old.unlink()
        t = time.perf_counter()
        shutil.copyfile(SOURCE, TARGET)
        print(f"copied {SOURCE.name}: {time.perf_counter() - t:.1f} s")
        db = Database(sqlite_url(TARGET))
        upgrade(db.engine)
        t = time.perf_counter()
        _fill(db, args.rows, args.days)
        print(f"{args.rows:,} audit rows over {args.days} days: {time.perf_counter() - t:.1f} s")
        db.dispose()
        for backup in TARGET.parent.glob("qiantai.db.before-*"):
            backup.unlink()
    db = Database(sqlite_url(TARGET))
    upgrade(db.engine)
    with db.read() as s:
        total = s.scalar(
            select(func.count()).select_from(Table("audit_log", MetaData(), autoload_with=s.connection()))
        )
        car = s.execute(
            select(Vehicle.plate).where(Vehicle.plate.is_not(None)).limit(1).offset(4321)
        ).scalar_one()
        ro = s.execute(select(RepairOrder.ro_number).limit(1).offset(777)).scalar_one()
    print(f"audit_log: {total:,} rows; 1,000,000 vehicles")
    service = AuditLogService(db)
    supervisor = Actor(None, "system", "系统", Role.ADMIN)  # the shell's actor: no per-call user read
    today = dt.datetime.now().astimezone().date()
    month = today - dt.timedelta(days=30)
    year = today - dt.timedelta(days=365)
    day_q = AuditQuery(since=today, until=today)
    page = service.search(supervisor, day_q)
    cases = [
        ("today, first page", lambda: service.search(supervisor, day_q)),
        ("today, the next page", lambda: service.search(supervisor, day_q, after=page.next)),
        (
            "a month, category 客户与车辆",
            lambda: service.search(supervisor, AuditQuery(month, today, category=AuditCategory.VEHICLES)),
        ),
        ("a month, one user", lambda: service.search(supervisor, AuditQuery(month, today, user_id=3))),
        ("a year, one user", lambda: service.search(supervisor, AuditQuery(year, today, user_id=3))),
        (
            "a year, one action (customer.edit)",
            lambda: service.search(supervisor, AuditQuery(year, today, action="customer.edit")),
        ),
        (f"all time, one car by plate ({car})", lambda: service.search(supervisor, AuditQuery(record=car))),
        (
            f"all time, one order by RO number ({ro})",
            lambda: service.search(supervisor, AuditQuery(record=ro)),
        ),
        (
            "today, text 客户要求12",
            lambda: service.search(supervisor, AuditQuery(today, today, text="客户要求12")),
        ),
        (
            "a month, text 客户要求123",
            lambda: service.search(supervisor, AuditQuery(month, today, text="客户要求123")),
        ),
        (
            "a year, text 客户要求123",
            lambda: service.search(supervisor, AuditQuery(year, today, text="客户要求123")),
        ),
    ]
    for label, work in cases:
        _time(label, work)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "audit.xlsx"
        _time("export of today's rows (.xlsx)", lambda: service.export(supervisor, day_q, target), runs=3)
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
