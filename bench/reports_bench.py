"""Benchmark of the daily repair report on ten years of a busy dealer.

    .venv/bin/python bench/reports_bench.py [--db PATH] [--runs 5]

Opens bench/.data/dealer-10y, made on first use by `qiantai demo --vehicles 180000 --days 3650`
(about a minute and a half): a fleet growing to 180,000 cars, about 295,000 repair orders over
ten years, some 80 a day on average and over 200 a day in the last year. It then times
ReportService.daily for the busiest recent days, the median of --runs after one warm-up,
against a bare baseline: sqlite3 counting the day's opened and delivered orders on their
indexes. Target: under 300 ms a day.

Then ReportService.monthly (the monthly summary: every day and week of the month, the month
against the same period last month and last year, quality, breakdowns, late deliveries and the
三包 alerts at the month's end) for the last complete month, the current month and the first
whole month of the data, p50 and p95 of --monthly-runs after one warm-up. Target: under 2 s.
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
    parser.add_argument("--monthly-runs", type=int, default=10)
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
    first_day = dt.date.fromisoformat(
        bare.execute("SELECT date(min(opened_at), '+8 hours') FROM repair_orders").fetchone()[0]
    )
    this_month = dt.date.today().replace(day=1)
    months = [
        (this_month - dt.timedelta(days=1)).replace(day=1),
        this_month,
        (first_day.replace(day=28) + dt.timedelta(days=4)).replace(day=1),
    ]
    for month in months:
        svc.reports.monthly(SYSTEM_ACTOR, month)
        times = []
        for _ in range(args.monthly_runs):
            t = time.perf_counter()
            summary = svc.reports.monthly(SYSTEM_ACTOR, month)
            times.append((time.perf_counter() - t) * 1000)
        print(
            f"{month:%Y-%m} (to {summary.through}): {summary.total.orders_opened} opened, "
            f"{summary.total.delivered} delivered, {len(summary.late)} late, "
            f"{len(summary.alerts)} 三包 alerts; "
            f"monthly summary p50 {statistics.median(times):.0f} ms, p95 {_p95(times):.0f} ms "
            f"(max {max(times):.0f}) over {len(times)} runs"
        )
    svc.close()
    return 0


def _p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20, method="inclusive")[-1] if len(times) > 1 else times[0]


if __name__ == "__main__":
    raise SystemExit(main())
