"""Benchmark of the daily repair report on ten years of a busy dealer.

    .venv/bin/python bench/reports_bench.py [--db PATH] [--runs 5]

Opens bench/.data/dealer-10y, made on first use by `qiantai demo --vehicles 180000 --days 3650`
(about a minute and a half): a fleet growing to 180,000 cars, about 295,000 repair orders over
ten years, some 80 a day on average and over 200 a day in the last year. It then times
ReportService.daily for the busiest recent days, the median of --runs after one warm-up,
against a bare baseline: sqlite3 counting the day's opened and delivered orders on their
indexes. Target: under 300 ms a day.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.context import Services, open_database  # noqa: E402
from app.paths import AppPaths  # noqa: E402
from app.roles import SYSTEM_ACTOR  # noqa: E402
from bench.lookup_bench import generate  # noqa: E402

DEFAULT_DB = ROOT / "bench" / ".data" / "dealer-10y" / "qiantai.db"
DEALER_VEHICLES, DEALER_DAYS = 180_000, 3_650


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.db.exists():
        if args.db != DEFAULT_DB:
            print(f"no dataset at {args.db}", file=sys.stderr)
            return 1
        generate(args.db, DEALER_VEHICLES, DEALER_DAYS, seed=1)
    db, _ = open_database(f"sqlite:///{args.db}")
    svc = Services.build(db, AppPaths(data_dir=args.db.parent, log_dir=args.db.parent / "logs"))
    bare = sqlite3.connect(args.db)
    busiest = [
        dt.date.fromisoformat(day)
        for (day,) in bare.execute(
            "SELECT date(opened_at, '+8 hours') AS d FROM repair_orders"
            " WHERE opened_at > date('now', '-60 days') GROUP BY d ORDER BY count(*) DESC LIMIT 3"
        )
    ]
    orders = bare.execute("SELECT count(*) FROM repair_orders").fetchone()[0]
    print(f"{args.db.name}: {orders:,} orders")
    for day in busiest:
        svc.reports.daily(SYSTEM_ACTOR, day)
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            report = svc.reports.daily(SYSTEM_ACTOR, day)
            times.append((time.perf_counter() - t) * 1000)
        start = dt.datetime.combine(day, dt.time(), dt.timezone(dt.timedelta(hours=8))).astimezone(dt.UTC)
        bounds = (
            start.strftime("%Y-%m-%d %H:%M:%S"),
            (start + dt.timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S"),
        )
        t = time.perf_counter()
        bare.execute(
            "SELECT count(*) FROM repair_orders WHERE opened_at >= ? AND opened_at < ?", bounds
        ).fetchone()
        bare.execute(
            "SELECT count(*) FROM repair_orders WHERE delivered_at >= ? AND delivered_at < ?", bounds
        ).fetchone()
        base = (time.perf_counter() - t) * 1000
        median = statistics.median(times)
        print(
            f"{day}: {report.day.orders_opened} opened, {report.day.delivered} delivered; "
            f"daily report p50 {median:.1f} ms (max {max(times):.1f}); bare counts {base:.2f} ms"
        )
    svc.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
