"""Benchmark of the reminder work lists on the 1,000,000-vehicle demo dataset.

    .venv/bin/python bench/reminders_bench.py [--db PATH] [--runs 5]

Opens the lookup benchmark's dataset (bench/.data/lookup-1m, made by bench/lookup_bench.py; the
program migrates it), then for each list (due soon, overdue, first service lost, lapsing, lost)
times ReminderService.work_list as the tab opens it (its 500 most urgent tasks with their
reasons, phones, advisors and last calls; counted=False), then the list's total that the tab
shows a moment later (count_list), and both in one call (counted=True, as an export asks);
medians of --runs after one warm-up. The bare baseline is sqlite3 counting the same list's cars
on the same index. Target: a list opens in under 300 ms.

Then the full recompute of every open service reminder's due date from the readings
(ReminderService.recompute_all's work: a read, then short committed transactions) on a copy of
the dataset, so that the dataset stays as it was, twice: the first run moves every due date the demo
generator set otherwise than the program's rules would (most of them: a dealer's first run
after a change of the default distance per day, or after an import from another system, is
like it); the second is the nightly run once the first is kept, with only the days gone by to
move. The recompute reads without the write lock and writes in short transactions
(ReminderService.recompute_all); the longest of them is what another counter saving meanwhile
may wait. Target: under 10 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.context import Services, open_database  # noqa: E402
from app.paths import AppPaths  # noqa: E402
from app.reminders import WorkList  # noqa: E402
from app.roles import Actor, Role  # noqa: E402

DEFAULT_DB = ROOT / "bench" / ".data" / "lookup-1m" / "qiantai.db"
COUNT_OPEN = "SELECT count(DISTINCT vehicle_id) FROM reminders WHERE status='open' AND "
BARE = {
    WorkList.DUE_SOON: COUNT_OPEN + "due_date BETWEEN ? AND ?",
    WorkList.OVERDUE: COUNT_OPEN + "due_date < ?",
}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"no dataset at {args.db}: run bench/lookup_bench.py first", file=sys.stderr)
        return 1
    db, _ = open_database(f"sqlite:///{args.db}")
    svc = Services.build(db, AppPaths(data_dir=args.db.parent, log_dir=args.db.parent / "logs"))
    advisor_id = (
        db.engine.connect()
        .exec_driver_sql("SELECT id FROM users WHERE role='advisor' AND active LIMIT 1")
        .scalar()
    )
    advisor = Actor(int(advisor_id or 0), "bench", "bench", Role.ADVISOR)
    today = svc.clock().astimezone().date()
    bare = sqlite3.connect(args.db)
    vehicles = bare.execute("SELECT count(*) FROM vehicles").fetchone()[0]
    print(f"{args.db.name}: {vehicles:,} vehicles; today {today}")
    print(
        f"{'list':20} {'total':>9} {'shown':>6} {'open p50':>9} {'max':>6} {'count p50':>10}"
        f" {'both p50':>9} {'bare count':>11}   (ms)"
    )

    def median_ms(call: Callable[..., object], *call_args: object, **kw: object) -> tuple[float, float]:
        call(*call_args, **kw)  # warm-up: caches, statistics
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            call(*call_args, **kw)
            times.append((time.perf_counter() - t) * 1000)
        return statistics.median(times), max(times)

    for which in WorkList:
        page = svc.reminders.work_list(advisor, which, counted=False)
        opened, opened_max = median_ms(svc.reminders.work_list, advisor, which, counted=False)
        counted, _ = median_ms(svc.reminders.count_list, advisor, which)
        both, _ = median_ms(svc.reminders.work_list, advisor, which)
        total = svc.reminders.count_list(advisor, which)
        base = ""
        if which in BARE:
            params = (
                (today.isoformat(), (today + dt.timedelta(days=30)).isoformat())
                if which is WorkList.DUE_SOON
                else (today.isoformat(),)
            )
            t = time.perf_counter()
            bare.execute(BARE[which], params).fetchone()
            base = f"{(time.perf_counter() - t) * 1000:11.1f}"
        print(
            f"{which.value:20} {total:9,} {len(page.tasks):6} {opened:9.1f} {opened_max:6.1f}"
            f" {counted:10.1f} {both:9.1f} {base}"
        )
    svc.close()
    recompute_on_a_copy(args.db, today)
    return 0


def recompute_on_a_copy(path: Path, today: dt.date) -> None:
    """The whole recompute as ReminderService.recompute_all runs it (a read, then batches each
    committed), twice, on a copy of the dataset: its worker processes read what is committed."""
    from app.reminders.recompute_all import plan_all, write_batch
    from app.reminders.rules import read_rules

    copy = path.with_name("recompute-copy.db")
    source = sqlite3.connect(path)
    source.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the file that is copied
    source.close()
    shutil.copyfile(path, copy)
    db, _ = open_database(f"sqlite:///{copy}")
    try:
        for run in ("first run", "run again"):
            t = time.perf_counter()
            with db.read() as s:
                plan = plan_all(s, today, read_rules(s))
            planned = time.perf_counter() - t
            holds, written = [], 0
            for batch in plan.batches():
                b = time.perf_counter()
                with db.session() as s:
                    written += write_batch(s, batch)
                    s.commit()
                holds.append(time.perf_counter() - b)
            took = time.perf_counter() - t
            longest = f"{max(holds) * 1000:.0f} ms" if holds else "-"
            print(
                f"recompute all, {run}: {plan.reminders:,} open service reminders, {written:,} moved, "
                f"{took:.1f} s (read and worked out {planned:.1f} s, written in {len(holds)} "
                f"transactions of at most {longest})"
            )
    finally:
        db.dispose()
        for leftover in (copy, copy.with_name(copy.name + "-wal"), copy.with_name(copy.name + "-shm")):
            leftover.unlink(missing_ok=True)


if __name__ == "__main__":
    raise SystemExit(main())
