"""Benchmark of what an advisor waits for at the start of the day and all day long.

    .venv/bin/python bench/window_bench.py [--db PATH] [--runs 5]

On the lookup benchmark's demo database of 1,000,000 vehicles (bench/.data/lookup-1m, made by
bench/lookup_bench.py), each run is a fresh process (so memory is measured alone):
- start-up: open and check the database, build the main window with its tabs for an advisor,
  show it (offscreen) and let the event loop settle; peak memory of that process;
- the service board: a full reload, and the change token that every counter polls every few
  seconds (p50/p95 over repeated calls).
The baseline is a bare QApplication + QMainWindow.show() in a fresh process (about 106 ms and
48 MB here per the machine notes); the ratios are ours / bare. The floor is that bare window
plus what any window of this program needs on its fixed stack before its own code runs:
SQLAlchemy's ORM imported, the program's tables mapped and one row read.

Start-up is also broken down: importing (PySide6.QtWidgets alone, then the program's modules on
the real start path: ui.main, the main window, the services), opening the database (open and
check the schema, build the services, read the advisor), building the window (QApplication, the
window with its tabs, show), and how much later the tabs' first data, loaded off the UI thread,
is shown. It lists the heavy packages already loaded when the window shows: each should load when
first used, so the list should stay empty.

Children run with a byte-code cache (PYTHONPYCACHEPREFIX under bench/.data, after one warm-up
process of each kind), as an installed program does; --no-bytecode-cache compiles every module of
the program in every process instead (what PYTHONDONTWRITEBYTECODE=1 alone does).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DB = ROOT / "bench" / ".data" / "lookup-1m" / "qiantai.db"
PYCACHE = ROOT / "bench" / ".data" / "pycache"
# Packages a tab needs only when it prints, previews, imports a file or spells a name in pinyin, or
# that only a migration needs: none should be loaded when the window first shows.
HEAVY = (
    "alembic",
    "mako",
    "reportlab",
    "PIL",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport",
    "pypinyin",
    "openpyxl",
    "psycopg",
)


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


def child_floor(db_path: str) -> dict[str, float]:
    """The floor under any window of this program on its fixed stack: the bare Qt window, plus
    SQLAlchemy's ORM imported, the program's tables mapped (db.models, configured) and one row
    read from the database, with no service, no tab and no check."""
    start = time.perf_counter()
    gc.disable()
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.show()
    app.processEvents()
    qt = time.perf_counter()
    from sqlalchemy import create_engine, text
    from sqlalchemy.orm import configure_mappers

    orm = time.perf_counter()
    import db.models  # noqa: F401  # the tables, mapped

    configure_mappers()
    mapped = time.perf_counter()
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.connect() as connection:
        connection.execute(text("SELECT id FROM users LIMIT 1")).all()
    engine.dispose()
    end = time.perf_counter()
    return {
        "startup_ms": (end - start) * 1000,
        "qt_ms": (qt - start) * 1000,
        "orm_ms": (orm - qt) * 1000,
        "models_ms": (mapped - orm) * 1000,
        "read_ms": (end - mapped) * 1000,
    }


def child_counter(db_path: str, repeat: int) -> dict[str, Any]:
    """The real start (ui.main.run_gui): the login dialog first, the database opened behind it on
    a thread; then, with the login taken as instant, the advisor's main window."""
    start = time.perf_counter()
    gc.disable()  # as app.launch.main does until the first data is shown
    from PySide6.QtWidgets import QApplication

    qt_imported = time.perf_counter()
    from PySide6.QtCore import QThreadPool

    import ui.main  # noqa: F401  # the real start: app.cli -> ui.main
    from app.commands.base import CommandContext
    from app.launch import startup_done
    from app.paths import AppPaths
    from ui.login_dialog import LoginDialog
    from ui.startup import ServicesLoading

    imported = time.perf_counter()
    app = QApplication([])
    loading = ServicesLoading(CommandContext(AppPaths.resolve(Path(db_path).parent), f"sqlite:///{db_path}"))
    login = LoginDialog(loading)
    login.show()
    app.processEvents()
    login_shown = time.perf_counter()
    light = [name for name in ("sqlalchemy", "app.context", "db.models") if name in sys.modules]
    loading.start()
    services = loading.wait()  # a user types for longer than this
    opened = time.perf_counter()
    from sqlalchemy import select

    from app.roles import Actor, Role
    from db.models import User
    from ui.main_window import MainWindow

    with services.db.read() as s:
        user = s.scalars(select(User).where(User.role == Role.ADVISOR.value).limit(1)).one()
        advisor = Actor(user.id, user.username, user.display_name, Role.ADVISOR)
    logged_in = time.perf_counter()
    login.hide()
    window = MainWindow(services, advisor)
    window.show()
    app.processEvents()
    window_shown = time.perf_counter()
    heavy = [name for name in HEAVY if name in sys.modules]
    # The tabs load their first rows off the UI thread: wait for them and let them be shown.
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()
    data_ms = (time.perf_counter() - window_shown) * 1000
    startup_done()

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
        "login_ms": (login_shown - start) * 1000,
        "startup_ms": (login_shown - start + opened - login_shown + window_shown - logged_in) * 1000,
        "peak_mb": _peak_mb(),
        "import_qt_ms": (qt_imported - start) * 1000,
        "import_ms": (imported - start) * 1000,
        "open_db_ms": (opened - login_shown) * 1000,
        "window_ms": (window_shown - logged_in) * 1000,
        "data_ms": data_ms,
        "heavy": heavy,
        "light": light,
        "board_cards": cards,
        "board_p50_ms": statistics.median(reloads),
        "board_p95_ms": statistics.quantiles(reloads, n=20)[-1],
        "token_p50_ms": statistics.median(tokens),
        "token_p95_ms": statistics.quantiles(tokens, n=20)[-1],
    }


def run_child(*args: str, bytecode_cache: bool = True) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME="/tmp/qiantai-bench-config")
    if bytecode_cache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args], check=False, capture_output=True, text=True, env=env
    )
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        done.check_returncode()
    out = done.stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=40, help="board reloads and tokens per run")
    parser.add_argument(
        "--no-bytecode-cache",
        dest="bytecode_cache",
        action="store_false",
        help="compile the program's modules in every process (no warm-up, no cache)",
    )
    parser.add_argument("--child", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        sys.path.insert(0, str(ROOT))
        kind, *rest = args.child
        if kind == "bare":
            result: dict[str, Any] = child_bare()
        elif kind == "floor":
            result = child_floor(rest[0])
        else:
            result = child_counter(rest[0], int(rest[1]))
        print(json.dumps(result))
        return 0
    if not args.db.exists():
        sys.stderr.write(f"{args.db} is missing: run bench/lookup_bench.py once to make it\n")
        return 2
    cache = args.bytecode_cache
    if cache:  # warm-up: fill the byte-code cache (and the OS file cache) before timing
        run_child("bare")
        run_child("counter", str(args.db), "2")
    bare = [run_child("bare", bytecode_cache=cache) for _ in range(args.runs)]
    floor = [run_child("floor", str(args.db), bytecode_cache=cache) for _ in range(args.runs)]
    ours = [
        run_child("counter", str(args.db), str(args.repeat), bytecode_cache=cache) for _ in range(args.runs)
    ]

    def med(rows: list[dict[str, Any]], key: str) -> float:
        return float(statistics.median(r[key] for r in rows))

    print(f"main window on {args.db} ({args.runs} fresh processes each, medians)")
    print(f"{'':26}{'ours':>10}{'bare Qt':>10}{'ratio':>8}")
    rows = (
        ("login_ms", "first window: login (ms)"),
        ("startup_ms", "to the window (ms)"),
        ("peak_mb", "peak memory (MB)"),
    )
    for key, label in rows:
        base = med(bare, "peak_mb" if key == "peak_mb" else "startup_ms")  # bare Qt's one window
        print(f"{label:26}{med(ours, key):10.1f}{base:10.1f}{med(ours, key) / base:8.2f}")
    print(
        f"service board: {med(ours, 'board_cards'):.0f} cards, reload p50 {med(ours, 'board_p50_ms'):.1f} ms"
        f" / p95 {med(ours, 'board_p95_ms'):.1f} ms; change token p50 {med(ours, 'token_p50_ms'):.2f} ms"
        f" / p95 {med(ours, 'token_p95_ms'):.2f} ms"
    )
    print(
        f"start-up breakdown (ms): import {med(ours, 'import_ms'):.1f}"
        f" (PySide6.QtWidgets {med(ours, 'import_qt_ms'):.1f}), login shown at {med(ours, 'login_ms'):.1f};"
        f" behind it, the database layer imported and the database opened in {med(ours, 'open_db_ms'):.1f};"
        f" after the login, the window in {med(ours, 'window_ms'):.1f};"
        f" tabs' first data shown {med(ours, 'data_ms'):.1f} later"
    )
    base, lowest = med(bare, "startup_ms"), med(floor, "startup_ms")
    print(
        f"floor on this stack: {lowest:.1f} ms ({lowest / base:.2f}x bare):"
        f" the bare window {med(floor, 'qt_ms'):.1f}, SQLAlchemy's ORM imported {med(floor, 'orm_ms'):.1f},"
        f" the tables mapped {med(floor, 'models_ms'):.1f}, one row read {med(floor, 'read_ms'):.1f}"
    )
    light = sorted({name for row in ours for name in row["light"]})
    print(f"database layer loaded before the login showed: {', '.join(light) or 'none'}")
    heavy = sorted({name for row in ours for name in row["heavy"]})
    print(f"heavy packages loaded when the window showed: {', '.join(heavy) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
