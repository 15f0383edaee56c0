"""How long an import keeps the other counters from saving, on a dealer-sized SQLite file.

    .venv/bin/python bench/import_bench.py [--vehicles 20000] [--rows 6000] [--dry-rows 100000]

A base file of --vehicles demo vehicles is made once with `qiantai demo` (cached under
bench/.data/import) and copied for each run, so every run starts from the same data. Two imports:
- a real import of --rows rows (three in four new vehicles, the rest known VINs with a higher
  mileage and a new colour), all-or-nothing;
- a dry run of --dry-rows rows (new vehicles and known VINs alike).
While each runs, a probe process opens the same file and tries to take the write lock every 5 ms
(BEGIN IMMEDIATE with no busy wait), as another counter saving would; it reports the longest
stretch it was refused (the lock hold another counter feels) and the total. Also reported: the
import's own time and the peak memory of the importing process. The baseline for the lock is the
import's own time: the hold should be a small part of it (validation holds no lock), and a dry
run should hold none.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT / "bench" / ".data" / "import"
HEADER = ["车架号", "车牌号", "品牌", "车型", "颜色", "购车日期", "车主", "手机", "行驶里程"]
PROBE_EVERY_S = 0.005


def probe(path: str) -> None:
    """Child: tries the write lock until stdin closes; prints the longest and total refusal (s)."""
    import threading

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


def base_file(vehicles: int) -> Path:
    from db.engine import sqlite_url

    target = DATA / f"base-{vehicles}.db"
    if not target.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        print(f"generating {vehicles:,} demo vehicles into {target} ...", flush=True)
        partial = target.with_suffix(".partial")
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
        partial.rename(target)
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
    ).fetchall()
    taken = {r[0] for r in conn.execute("SELECT plate FROM vehicles WHERE plate IS NOT NULL")}
    models = conn.execute("SELECT brand, name FROM vehicle_models").fetchall()
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


def run_import(base: Path, source: Path, dry_run: bool) -> dict[str, Any]:
    from app.context import Services, open_database
    from app.paths import AppPaths
    from app.roles import SYSTEM_ACTOR
    from db.engine import sqlite_url

    work = DATA / "work.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(base, work)
    db, _ = open_database(sqlite_url(work))
    services = Services.build(db, AppPaths(data_dir=DATA, log_dir=DATA / "logs"))
    child = subprocess.Popen(
        [sys.executable, __file__, "--probe", str(work)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    time.sleep(0.3)  # the probe is trying before the import starts
    t0 = time.perf_counter()
    report = services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, source, dry_run=dry_run)
    elapsed = time.perf_counter() - t0
    time.sleep(0.1)
    out, _ = child.communicate("")
    lock = json.loads(out)
    db.dispose()
    return {
        "rows": report.rows,
        "created": report.created,
        "updated": report.updated,
        "rejected": len(report.rejected),
        "applied": report.applied,
        "import_s": round(elapsed, 2),
        "lock_longest_s": round(lock["longest_s"], 3),
        "lock_total_s": round(lock["total_s"], 3),
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def child_run(args: argparse.Namespace) -> int:
    base = Path(args.base)
    result = run_import(base, Path(args.file), args.dry_run)
    print(json.dumps(result), flush=True)
    return 0


def in_child(base: Path, source: Path, dry_run: bool) -> dict[str, Any]:
    """Each import in its own process, so its peak memory is its own."""
    cmd = [sys.executable, __file__, "--child", "--base", str(base), "--file", str(source)]
    if dry_run:
        cmd.append("--dry-run")
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--vehicles", type=int, default=20000)
    parser.add_argument("--rows", type=int, default=6000)
    parser.add_argument("--dry-rows", type=int, default=100000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--base", help=argparse.SUPPRESS)
    parser.add_argument("--file", help=argparse.SUPPRESS)
    parser.add_argument("--dry-run", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        probe(args.probe)
        return 0
    if args.child:
        return child_run(args)
    base = base_file(args.vehicles)
    real_file = DATA / f"import-{args.rows}.csv"
    dry_file = DATA / f"dry-{args.dry_rows}.csv"
    if not real_file.exists():
        write_file(base, args.rows, 0.25, real_file, seed=1)
    if not dry_file.exists():
        write_file(base, args.dry_rows, 0.1, dry_file, seed=2)
    results = {
        f"import {args.rows:,} rows": in_child(base, real_file, dry_run=False),
        f"dry run {args.dry_rows:,} rows": in_child(base, dry_file, dry_run=True),
    }
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"base: {args.vehicles:,} demo vehicles (SQLite, WAL)")
    for name, r in results.items():
        share = r["lock_longest_s"] / r["import_s"] if r["import_s"] else 0.0
        print(
            f"{name}: {r['import_s']:.2f} s, write lock held at most {r['lock_longest_s'] * 1000:.0f} ms"
            f" ({share:.1%} of the import; {r['lock_total_s']:.2f} s in all), peak {r['peak_mb']} MB;"
            f" created {r['created']}, updated {r['updated']}, rejected {r['rejected']},"
            f" applied {r['applied']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
