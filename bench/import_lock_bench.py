"""How long an import keeps the other counters from saving, on a dealer-sized SQLite file, against
a bare baseline.

    .venv/bin/python bench/import_lock_bench.py [--vehicles 20000] [--rows 6000] [--dry-rows 100000]

A base file of --vehicles demo vehicles is made once with `qiantai demo` and migrated to this
program's schema, both cached under bench/.data/import; each run works on a fresh copy of it.
Two files are generated there once (the same seed, the same rows every run):
- a real import of --rows rows (three in four new vehicles, the rest known VINs with a higher
  mileage and a new colour), all-or-nothing;
- a dry run of --dry-rows rows (new vehicles and known VINs alike).

Each import runs in a process of its own (so its peak memory is its own) and the write lock it
holds is measured two ways:
- from outside: a probe process opens the same file and tries to take the write lock every 5 ms
  (BEGIN IMMEDIATE without waiting), as another counter saving would, and reports the longest
  stretch it was refused and the total;
- from inside: the engine's begin event (after BEGIN IMMEDIATE has the lock) and the dialect's
  commit and rollback (once they returned) mark every write transaction; readers (BEGIN
  DEFERRED) are not counted.

The bare baseline, in a process of its own on another fresh copy: the same rows written with the
sqlite3 module's executemany in one BEGIN IMMEDIATE ... COMMIT (customers, their phones,
vehicles and first readings for the new rows; colour, mileage and a reading for the known ones),
with no checks, no audit and no plate history: the least time a writer needs the lock for them.
The figures are the program's against the baseline's.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT / "bench" / ".data" / "import"
HEADER = ["车架号", "车牌号", "品牌", "车型", "颜色", "购车日期", "车主", "手机", "行驶里程"]
PROBE_EVERY_S = 0.005


# ------------------------------------------------------------------------------------ the probe


def probe(path: str) -> None:
    """Child: tries the write lock until stdin closes; prints the longest and total refusal (s)."""
    stop = threading.Event()

    def wait_for_close() -> None:
        sys.stdin.read()
        stop.set()

    threading.Thread(target=wait_for_close, daemon=True).start()
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    longest = total = 0.0
    refused_since: float | None = None
    tries = 0
    while not stop.is_set():
        now = time.perf_counter()
        tries += 1
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
            if refused_since is not None:
                longest = max(longest, now - refused_since)
                total += now - refused_since
                refused_since = None
        except sqlite3.OperationalError:
            if refused_since is None:
                refused_since = now
        time.sleep(PROBE_EVERY_S)
    if refused_since is not None:
        held = time.perf_counter() - refused_since
        longest, total = max(longest, held), total + held
    print(json.dumps({"longest_s": longest, "total_s": total, "tries": tries}), flush=True)


class Probing:
    """A probe process on `path` for the length of a with block; `.lock` is what it saw."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self.lock: dict[str, float] = {}

    def __enter__(self) -> Probing:
        self._child = subprocess.Popen(
            [sys.executable, __file__, "--probe", str(self._path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        time.sleep(0.3)  # the probe is trying before the work starts
        return self

    def __exit__(self, *_exc: object) -> None:
        time.sleep(0.1)
        out, _ = self._child.communicate("")
        self.lock = json.loads(out)


# ----------------------------------------------------------------------------------- the data


def base_file(vehicles: int) -> Path:
    """The demo file of `vehicles` vehicles at this program's schema revision (both cached)."""
    from app.context import open_database
    from db.engine import sqlite_url
    from db.schema_version import HEAD_REVISION

    demo = DATA / f"base-{vehicles}.db"
    if not demo.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        print(f"generating {vehicles:,} demo vehicles into {demo} ...", flush=True)
        partial = demo.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "app.cli",
                "--db",
                sqlite_url(partial),
                "demo",
                "--vehicles",
                str(vehicles),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        partial.rename(demo)
    target = DATA / f"base-{vehicles}-rev{HEAD_REVISION}.db"
    if not target.exists():
        print(f"migrating a copy of {demo.name} to revision {HEAD_REVISION} ...", flush=True)
        work = DATA / "migrating" / "qiantai.db"
        shutil.rmtree(work.parent, ignore_errors=True)
        work.parent.mkdir(parents=True)
        shutil.copyfile(demo, work)
        db, _ = open_database(sqlite_url(work))
        db.dispose()
        shutil.copyfile(work, target)
        shutil.rmtree(work.parent)
    return target


def new_vin(n: int) -> str:
    from app.validation import vin_check_digit

    raw = f"LWPRTX{n // 10**6:02d}0R8{n % 10**6:06d}"
    return raw[:8] + vin_check_digit(raw) + raw[9:]


def write_file(base: Path, rows: int, known_share: float, target: Path, seed: int) -> None:
    """`rows` rows: known VINs (higher mileage, a new colour) and new vehicles with free plates."""
    from app.validation import validate_plate

    rng = random.Random(seed)
    conn = sqlite3.connect(base)
    known = conn.execute(
        "SELECT v.vin, v.plate, m.brand, m.name, c.name, p.number, v.last_mileage_km"
        " FROM vehicles v JOIN vehicle_models m ON m.id = v.model_id JOIN customers c ON c.id = v.owner_id"
        " JOIN customer_phones p ON p.customer_id = c.id AND p.position = 0"
        " ORDER BY v.id"
    ).fetchall()
    taken = {r[0] for r in conn.execute("SELECT plate FROM vehicles WHERE plate IS NOT NULL")}
    models = conn.execute("SELECT brand, name FROM vehicle_models ORDER BY id").fetchall()
    conn.close()
    rng.shuffle(known)
    known_rows = min(int(rows * known_share), len(known))
    surnames, given = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高", "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚"
    partial = target.with_suffix(".partial")
    with partial.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow(HEADER)
        for i in range(known_rows):
            vin, plate, brand, model, owner, phone, km = known[i]
            out.writerow([vin, plate or "", brand, model, "珍珠白", "", owner, phone, (km or 0) + 1500])
        n = 0
        while n < rows - known_rows:
            plate = "青A" + "".join(rng.choice("0123456789") for _ in range(5))
            if plate in taken:
                continue
            validate_plate(plate)
            taken.add(plate)
            brand, model = rng.choice(models)
            name = rng.choice(surnames) + rng.choice(given) + rng.choice(given)
            phone = "13" + "".join(rng.choice("0123456789") for _ in range(9))
            day = f"20{rng.randint(19, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            out.writerow([new_vin(n), plate, brand, model, "黑", day, name, phone, rng.randint(0, 90000)])
            n += 1
    partial.rename(target)


def fresh_copy(base: Path, name: str) -> Path:
    work = DATA / name / "qiantai.db"
    shutil.rmtree(work.parent, ignore_errors=True)
    work.parent.mkdir(parents=True)
    shutil.copyfile(base, work)
    return work


def peak_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


# ------------------------------------------------------------------------- the program's import


class WriteWindows:
    """Every write transaction of an engine: from BEGIN IMMEDIATE (lock taken) to COMMIT or
    ROLLBACK (returned). Readers (BEGIN DEFERRED) are left out."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.spans: list[float] = []
        self._open: dict[int, float] = {}
        # Registered after the engine's own begin listener: called once BEGIN IMMEDIATE returned.
        event.listen(engine, "begin", self._begun)
        dialect = engine.dialect
        commit, rollback = dialect.do_commit, dialect.do_rollback

        # The dialect is given the pool's connection (the one the begin event sees).
        def do_commit(pooled: Any) -> None:
            commit(pooled)
            self._ended(pooled)

        def do_rollback(pooled: Any) -> None:
            rollback(pooled)
            self._ended(pooled)

        dialect.do_commit, dialect.do_rollback = do_commit, do_rollback

    def _begun(self, conn: Any) -> None:
        if conn.get_execution_options().get("sqlite_begin", "IMMEDIATE") == "IMMEDIATE":
            self._open[id(conn.connection)] = time.perf_counter()

    def _ended(self, pooled: Any) -> None:
        started = self._open.pop(id(pooled), None)
        if started is not None:
            self.spans.append(time.perf_counter() - started)


def run_import(base: Path, source: Path, dry_run: bool) -> dict[str, Any]:
    from app.context import Services, open_database
    from app.paths import AppPaths
    from app.roles import SYSTEM_ACTOR
    from db.engine import sqlite_url

    work = fresh_copy(base, "program")
    db, _ = open_database(sqlite_url(work))
    windows = WriteWindows(db.engine)
    services = Services.build(db, AppPaths(data_dir=work.parent, log_dir=work.parent / "logs"))
    with Probing(work) as probing:
        t0 = time.perf_counter()
        report = services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, source, dry_run=dry_run)
        elapsed = time.perf_counter() - t0
    db.dispose()
    return {
        "rows": report.rows,
        "created": report.created,
        "updated": report.updated,
        "rejected": len(report.rejected),
        "applied": report.applied,
        "elapsed_s": round(elapsed, 3),
        "probe_longest_s": round(probing.lock["longest_s"], 3),
        "probe_total_s": round(probing.lock["total_s"], 3),
        "writes": len(windows.spans),
        "write_longest_s": round(max(windows.spans, default=0.0), 3),
        "write_total_s": round(sum(windows.spans), 3),
        "peak_mb": peak_mb(),
    }


# ---------------------------------------------------------------------------- the bare baseline


def _rows(source: Path) -> Iterator[dict[str, str]]:
    with source.open(encoding="utf-8-sig", newline="") as f:
        yield from csv.DictReader(f)


def run_bare(base: Path, source: Path) -> dict[str, Any]:
    """The file's rows written with plain executemany in one transaction (no checks at all)."""
    work = fresh_copy(base, "bare")
    t0 = time.perf_counter()
    rows = list(_rows(source))
    conn = sqlite3.connect(work, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=FULL")
    models = {(b, n): i for i, b, n in conn.execute("SELECT id, brand, name FROM vehicle_models")}
    known = {vin: i for vin, i in conn.execute("SELECT vin, id FROM vehicles")}
    next_customer = conn.execute("SELECT coalesce(max(id), 0) FROM customers").fetchone()[0] + 1
    next_vehicle = conn.execute("SELECT coalesce(max(id), 0) FROM vehicles").fetchone()[0] + 1
    now = dt.datetime.now(dt.UTC).isoformat(sep=" ")
    customers, phones, vehicles, readings, updates = [], [], [], [], []
    for r in rows:
        km = int(r["行驶里程"]) if r["行驶里程"] else None
        vehicle_id = known.get(r["车架号"])
        if vehicle_id is not None:
            updates.append((r["颜色"], km, now, vehicle_id))
            if km is not None:
                readings.append((vehicle_id, now, km, "import", 0))
            continue
        customer_id, vehicle_id = next_customer, next_vehicle
        next_customer, next_vehicle = next_customer + 1, next_vehicle + 1
        customers.append((customer_id, r["车主"], "", "person", "", now, now, 1))
        phones.append((customer_id, r["手机"], r["手机"][-4:], "", 0))
        model_id = models[(r["品牌"], r["车型"])]
        vin, plate = r["车架号"], r["车牌号"] or None
        purchased = r["购车日期"] or None
        vehicles.append(
            (
                vehicle_id,
                vin,
                vin[::-1],
                plate,
                model_id,
                customer_id,
                r["颜色"],
                purchased,
                km,
                "",
                now,
                now,
                1,
            )
        )
        if km is not None:
            readings.append((vehicle_id, now, km, "import", 0))
    with Probing(work) as probing:
        begun = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO customers (id, name, name_initials, kind, note, created_at, updated_at, version)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            customers,
        )
        conn.executemany(
            "INSERT INTO customer_phones (customer_id, number, tail4, label, position)"
            " VALUES (?, ?, ?, ?, ?)",
            phones,
        )
        conn.executemany(
            "INSERT INTO vehicles (id, vin, vin_reversed, plate, model_id, owner_id, colour, purchase_date,"
            " last_mileage_km, note, created_at, updated_at, version)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            vehicles,
        )
        conn.executemany(
            "UPDATE vehicles SET colour = ?, last_mileage_km = ?, updated_at = ?, version = version + 1"
            " WHERE id = ?",
            updates,
        )
        conn.executemany(
            "INSERT INTO mileage_readings (vehicle_id, read_at, km, source, odometer_changed)"
            " VALUES (?, ?, ?, ?, ?)",
            readings,
        )
        conn.execute("COMMIT")
        held = time.perf_counter() - begun
    conn.close()
    return {
        "rows": len(rows),
        "created": len(vehicles),
        "updated": len(updates),
        "elapsed_s": round(time.perf_counter() - t0, 3),
        "probe_longest_s": round(probing.lock["longest_s"], 3),
        "probe_total_s": round(probing.lock["total_s"], 3),
        "writes": 1,
        "write_longest_s": round(held, 3),
        "write_total_s": round(held, 3),
        "peak_mb": peak_mb(),
    }


# ---------------------------------------------------------------------------------- the report


def in_child(kind: str, base: Path, source: Path, dry_run: bool = False) -> dict[str, Any]:
    """Each run in its own process, so its peak memory is its own."""
    cmd = [sys.executable, __file__, "--child", kind, "--base", str(base), "--file", str(source)]
    if dry_run:
        cmd.append("--dry-run")
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "-"


def show(name: str, program: dict[str, Any], bare: dict[str, Any]) -> None:
    print(f"{name}:")
    print(
        f"  program: {program['elapsed_s']:.2f} s; write lock held {program['write_total_s']:.2f} s"
        f" in {program['writes']} transaction(s), the longest {program['write_longest_s']:.2f} s;"
        f" the probe was refused {program['probe_longest_s']:.2f} s at most"
        f" ({program['probe_total_s']:.2f} s in all); peak {program['peak_mb']} MB;"
        f" created {program['created']}, updated {program['updated']}, applied {program['applied']}"
    )
    print(
        f"  bare executemany: {bare['elapsed_s']:.2f} s; write lock held {bare['write_total_s']:.2f} s;"
        f" the probe was refused {bare['probe_longest_s']:.2f} s at most; peak {bare['peak_mb']} MB;"
        f" created {bare['created']}, updated {bare['updated']}"
    )
    print(
        f"  program / bare: lock held {ratio(program['write_longest_s'], bare['write_longest_s'])},"
        f" probe refused {ratio(program['probe_longest_s'], bare['probe_longest_s'])},"
        f" peak memory {ratio(program['peak_mb'], bare['peak_mb'])}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--vehicles", type=int, default=20000)
    parser.add_argument("--rows", type=int, default=6000)
    parser.add_argument("--dry-rows", type=int, default=100000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    parser.add_argument("--child", choices=("program", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--base", help=argparse.SUPPRESS)
    parser.add_argument("--file", help=argparse.SUPPRESS)
    parser.add_argument("--dry-run", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        probe(args.probe)
        return 0
    if args.child:
        base, source = Path(args.base), Path(args.file)
        result = run_bare(base, source) if args.child == "bare" else run_import(base, source, args.dry_run)
        print(json.dumps(result), flush=True)
        return 0
    base = base_file(args.vehicles)
    real_file = DATA / f"import-{args.rows}.csv"
    dry_file = DATA / f"dry-{args.dry_rows}.csv"
    if not real_file.exists():
        write_file(base, args.rows, 0.25, real_file, seed=1)
    if not dry_file.exists():
        write_file(base, args.dry_rows, 0.1, dry_file, seed=2)
    results = {
        f"import of {args.rows:,} rows": (
            in_child("program", base, real_file),
            in_child("bare", base, real_file),
        ),
        f"dry run of {args.dry_rows:,} rows": (
            in_child("program", base, dry_file, dry_run=True),
            in_child("bare", base, dry_file),
        ),
    }
    if args.json:
        print(json.dumps({k: {"program": p, "bare": b} for k, (p, b) in results.items()}, indent=2))
        return 0
    print(f"base: {args.vehicles:,} demo vehicles (SQLite, WAL, synchronous=FULL)")
    for name, (program, bare) in results.items():
        show(name, program, bare)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
