"""Benchmark of what an advisor waits for at the start of the day and all day long.

    .venv/bin/python bench/window_bench.py [--db PATH] [--runs 5]

On the lookup benchmark's demo database of 1,000,000 vehicles (bench/.data/lookup-1m, made by
bench/lookup_bench.py), each run is a fresh process (so memory is measured alone):
- start-up: open and check the database, build the main window with its tabs for an advisor,
  show it (offscreen) and let the event loop settle; peak memory of that process;
- the service board: a full reload, and the change token that every counter polls every few
  seconds (p50/p95 over repeated calls).
The baseline is a bare QApplication + QMainWindow.show() in a fresh process (about 106 ms and
48 MB here per the machine notes); the ratios are ours / bare.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DB = ROOT / "bench" / ".data" / "lookup-1m" / "qiantai.db"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_bare() -> dict[str, float]:
    start = time.perf_counter()
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.show()
    app.processEvents()
    return {"startup_ms": (time.perf_counter() - start) * 1000, "peak_mb": _peak_mb()}


def child_counter(db_path: str, repeat: int) -> dict[str, float]:
    start = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    from app.context import Services, open_database
    from app.paths import AppPaths
    from app.roles import Actor, Role
    from db.engine import sqlite_url
    from ui.main_window import MainWindow

    app = QApplication([])
    db, _ = open_database(sqlite_url(Path(db_path)))
    services = Services.build(db, AppPaths.resolve(Path(db_path).parent))
    with db.read() as s:
        from sqlalchemy import select

        from db.models import User

        user = s.scalars(select(User).where(User.role == Role.ADVISOR.value).limit(1)).one()
        advisor = Actor(user.id, user.username, user.display_name, Role.ADVISOR)
    window = MainWindow(services, advisor)
    window.show()
    app.processEvents()
    startup_ms = (time.perf_counter() - start) * 1000

    board = services.orders.board
    reloads, tokens = [], []
    for _ in range(repeat):
        t = time.perf_counter()
        shown = board.board(advisor)
        reloads.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        board.change_token(advisor)
        tokens.append((time.perf_counter() - t) * 1000)
    cards = sum(len(column.cards) for column in shown.columns)
    window.close()
    return {
        "startup_ms": startup_ms,
        "peak_mb": _peak_mb(),
        "board_cards": cards,
        "board_p50_ms": statistics.median(reloads),
        "board_p95_ms": statistics.quantiles(reloads, n=20)[-1],
        "token_p50_ms": statistics.median(tokens),
        "token_p95_ms": statistics.quantiles(tokens, n=20)[-1],
    }


def run_child(*args: str) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME="/tmp/qiantai-bench-config")
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args], check=True, capture_output=True, text=True, env=env
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=40, help="board reloads and tokens per run")
    parser.add_argument("--child", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        sys.path.insert(0, str(ROOT))
        kind, *rest = args.child
        result = child_bare() if kind == "bare" else child_counter(rest[0], int(rest[1]))
        print(json.dumps(result))
        return 0
    if not args.db.exists():
        sys.stderr.write(f"{args.db} is missing: run bench/lookup_bench.py once to make it\n")
        return 2
    bare = [run_child("bare") for _ in range(args.runs)]
    ours = [run_child("counter", str(args.db), str(args.repeat)) for _ in range(args.runs)]

    def med(rows: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] for r in rows)

    print(f"main window on {args.db} ({args.runs} fresh processes each, medians)")
    print(f"{'':24}{'ours':>10}{'bare Qt':>10}{'ratio':>8}")
    for key, label in (("startup_ms", "start-up (ms)"), ("peak_mb", "peak memory (MB)")):
        print(f"{label:24}{med(ours, key):10.1f}{med(bare, key):10.1f}{med(ours, key) / med(bare, key):8.2f}")
    print(
        f"service board: {med(ours, 'board_cards'):.0f} cards, reload p50 {med(ours, 'board_p50_ms'):.1f} ms"
        f" / p95 {med(ours, 'board_p95_ms'):.1f} ms; change token p50 {med(ours, 'token_p50_ms'):.2f} ms"
        f" / p95 {med(ours, 'token_p95_ms'):.2f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
