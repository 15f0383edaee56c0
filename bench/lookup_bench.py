"""Benchmark of the counter's lookup and vehicle card on a demo dataset of 1,000,000 vehicles.

    .venv/bin/python bench/lookup_bench.py [--db PATH] [--vehicles 1000000] [--samples 200] [--json]

The dataset is generated once with `qiantai demo` into a cached SQLite file (default
bench/.data/lookup-1m/qiantai.db, or --db) and reused; it is opened through the program's
migration, so a dataset made by an older version gets the newer indexes. For each kind of query
(plate typed as people type it, plate without province, plate last 4 and last 5 as said at the
counter, VIN, VIN last 6, phone, phone last 4, name, pinyin initials) it times
LookupService.search on --samples random vehicles and reports p50 and p95,
and the same for a bare sqlite3 query on the same index (the floor: one indexed probe, no
normalisation, no ranking, no hydration of the result rows); the ratio is service / bare.
Then it opens the vehicle card of a vehicle with 100 past orders (adding such a vehicle, through
the services, if the dataset has none). Targets: p95 < 20 ms per kind; card < 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.context import open_database  # noqa: E402
from app.orders import (  # noqa: E402
    BoardService,
    DeliveryInput,
    DeliveryService,
    LineInput,
    OrderInput,
    RepairOrderService,
    RoNumberIndex,
    VehicleCardService,
)
from app.reminders import ServiceReminderPlanner  # noqa: E402
from app.roles import SYSTEM_ACTOR, Actor, Role  # noqa: E402
from app.validation import vin_check_digit  # noqa: E402
from app.validation.plate import PROVINCES  # noqa: E402
from app.vehicles import (  # noqa: E402
    CustomerInput,
    LookupService,
    VehicleInput,
    VehicleService,
)
from db.engine import sqlite_url  # noqa: E402
from db.uow import Database  # noqa: E402

DEFAULT_DB = ROOT / "bench" / ".data" / "lookup-1m" / "qiantai.db"
CARD_ORDERS = 100
TARGET_LOOKUP_MS = 20.0
TARGET_CARD_MS = 50.0
WARM_UP = 20


@dataclass(frozen=True)
class Sample:
    vehicle_id: int
    plate: str
    vin: str
    name: str
    initials: str
    phone: str
    tail4: str


@dataclass(frozen=True)
class KindResult:
    kind: str
    example: str
    p50_ms: float
    p95_ms: float
    bare_p50_ms: float
    bare_p95_ms: float
    ratio_p50: float
    mean_hits: float
    found_target: float  # share of queries whose sampled vehicle is among the hits


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def generate(db: Path, vehicles: int, days: int, seed: int) -> None:
    db.parent.mkdir(parents=True, exist_ok=True)
    print(f"generating {vehicles:,} vehicles into {db} (qiantai demo; a few minutes) ...", flush=True)
    t0 = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "app.cli",
            "--db",
            sqlite_url(db),
            "demo",
            "--vehicles",
            str(vehicles),
            "--days",
            str(days),
            "--seed",
            str(seed),
        ],
        cwd=ROOT,
        check=True,
    )
    print(f"generated in {time.perf_counter() - t0:.0f} s", flush=True)


def samples(conn: sqlite3.Connection, n: int, rng: random.Random) -> list[Sample]:
    top = conn.execute("SELECT max(id) FROM vehicles").fetchone()[0]
    out: list[Sample] = []
    while len(out) < n:
        ids = rng.sample(range(1, top + 1), min(4 * n, top))
        marks = ",".join("?" * len(ids))
        rows = conn.execute(
            f"""SELECT v.id, v.plate, v.vin, c.name, c.name_initials, p.number, p.tail4
                FROM vehicles v JOIN customers c ON c.id = v.owner_id
                JOIN customer_phones p ON p.customer_id = c.id AND p.position = 0
                WHERE v.id IN ({marks}) AND v.plate IS NOT NULL AND c.name_initials != ''""",
            ids,
        ).fetchall()
        out += [Sample(*r) for r in rows]
    return out[:n]


def typed_plate(plate: str) -> str:
    """As an advisor types it: lower-case office letter and a middle dot."""
    return f"{plate[0]}{plate[1].lower()}·{plate[2:]}"


def typed_phone(number: str) -> str:
    return f"{number[:3]} {number[3:7]} {number[7:]}" if len(number) == 11 else number


QUERIES: dict[str, Callable[[Sample], str]] = {
    "plate": lambda s: typed_plate(s.plate),
    "plate_no_province": lambda s: s.plate[1:],
    "plate_last4": lambda s: s.plate[-4:],
    "plate_last5": lambda s: s.plate[-5:],
    "vin": lambda s: s.vin,
    "vin_last6": lambda s: s.vin[-6:],
    "phone": lambda s: typed_phone(s.phone),
    "phone_last4": lambda s: s.tail4,
    "name": lambda s: s.name,
    "initials": lambda s: s.initials,
}


def _tail_range(tail: str) -> tuple[str, str]:
    """The range of plate_tail (the plate's last characters reversed) that ends with tail."""
    key = tail[::-1]
    return key, key[:-1] + chr(ord(key[-1]) + 1)


# The floor: one probe of the same index through bare sqlite3.
BARE: dict[str, tuple[str, Callable[[Sample], tuple[object, ...]]]] = {
    "plate": ("SELECT id FROM vehicles WHERE plate = ?", lambda s: (s.plate,)),
    "plate_no_province": (
        f"SELECT id FROM vehicles WHERE plate IN ({','.join('?' * len(PROVINCES))}) LIMIT 20",
        lambda s: tuple(p + s.plate[1:] for p in PROVINCES),
    ),
    "plate_last4": (
        "SELECT id FROM vehicles WHERE plate_tail >= ? AND plate_tail < ? LIMIT 20",
        lambda s: _tail_range(s.plate[-4:]),
    ),
    "plate_last5": (
        "SELECT id FROM vehicles WHERE plate_tail >= ? AND plate_tail < ? LIMIT 20",
        lambda s: _tail_range(s.plate[-5:]),
    ),
    "vin": ("SELECT id FROM vehicles WHERE vin = ?", lambda s: (s.vin,)),
    "vin_last6": (
        "SELECT id FROM vehicles WHERE vin_reversed >= ? AND vin_reversed < ? LIMIT 20",
        lambda s: (s.vin[-6:][::-1], s.vin[-6:][::-1][:-1] + chr(ord(s.vin[-6:][::-1][-1]) + 1)),
    ),
    "phone": ("SELECT customer_id FROM customer_phones WHERE number = ?", lambda s: (s.phone,)),
    "phone_last4": ("SELECT customer_id FROM customer_phones WHERE tail4 = ? LIMIT 20", lambda s: (s.tail4,)),
    "name": ("SELECT id FROM customers WHERE name = ? LIMIT 20", lambda s: (s.name,)),
    "initials": ("SELECT id FROM customers WHERE name_initials = ? LIMIT 20", lambda s: (s.initials,)),
}


def bench_lookups(db: Database, raw: sqlite3.Connection, picked: list[Sample]) -> list[KindResult]:
    lookup = LookupService(db, order_numbers=RoNumberIndex())
    for s in picked[:WARM_UP]:
        for make in QUERIES.values():
            lookup.search(SYSTEM_ACTOR, make(s))
    results = []
    for kind, make in QUERIES.items():
        times, hits, found = [], [], 0
        for s in picked:
            query = make(s)
            t0 = time.perf_counter()
            result = lookup.search(SYSTEM_ACTOR, query)
            times.append((time.perf_counter() - t0) * 1000)
            hits.append(len(result))
            found += any(h.vehicle_id == s.vehicle_id for h in result)
        sql, params = BARE[kind]
        bare = []
        for s in picked:
            args = params(s)
            t0 = time.perf_counter()
            raw.execute(sql, args).fetchall()
            bare.append((time.perf_counter() - t0) * 1000)
        p50, bare_p50 = statistics.median(times), statistics.median(bare)
        results.append(
            KindResult(
                kind,
                make(picked[0]),
                round(p50, 3),
                round(percentile(times, 0.95), 3),
                round(bare_p50, 4),
                round(percentile(bare, 0.95), 4),
                round(p50 / bare_p50, 1),
                round(statistics.mean(hits), 1),
                round(found / len(picked), 3),
            )
        )
    return results


def bench_vin(n: int) -> str:
    raw = f"LBENCH{n:02d}0R8{n:06d}"
    return raw[:8] + vin_check_digit(raw) + raw[9:]


def card_vehicle(db: Database, raw: sqlite3.Connection) -> int:
    """A vehicle with at least 100 past orders with their lines; added through the services if missing."""
    row = raw.execute("SELECT id FROM vehicles WHERE vin = ?", (bench_vin(1),)).fetchone()
    if row is not None:
        return int(row[0])
    uid, username, name = raw.execute(
        "SELECT id, username, display_name FROM users WHERE role = 'advisor' AND active ORDER BY id LIMIT 1"
    ).fetchone()
    advisor = Actor(uid, username, name, Role.ADVISOR)
    model_id = raw.execute("SELECT min(id) FROM vehicle_models").fetchone()[0]
    moment = [dt.datetime.now(dt.UTC) - dt.timedelta(days=7 * CARD_ORDERS + 30)]

    def clock() -> dt.datetime:
        return moment[0]

    print(f"adding a vehicle with {CARD_ORDERS} past orders (through the services) ...", flush=True)
    _, vehicle = VehicleService(db, clock).create_with_owner(
        advisor,
        CustomerInput("基准测试", ("13800000000",)),
        VehicleInput(
            vin=bench_vin(1),
            model_id=model_id,
            owner_id=0,
            plate="京Z99999",
            invoice_date=clock().date(),
            mileage_km=10,
        ),
        confirm_warnings=True,
    )
    orders, board, delivery = (
        RepairOrderService(db, clock),
        BoardService(db, clock),
        DeliveryService(db, ServiceReminderPlanner(), clock),
    )
    km = 10
    for i in range(CARD_ORDERS):
        moment[0] += dt.timedelta(days=7)
        km += 500
        lines = (
            LineInput("labour", "更换机油机滤", code="BY01", hours="1", rate_fen=18_000),
            LineInput("part", "机油 5W-30 4L", code="08232-P99-K1LHE", quantity="1", unit_price_fen=32_000),
            LineInput("part", "机油滤清器", code="15400-RTA-003", quantity="1", unit_price_fen=4_500),
            LineInput("part", "放油螺栓垫片", code="94109-14000", quantity="1", unit_price_fen=300),
            LineInput("labour", "四轮定位", code="DW01", hours="0.8", rate_fen=18_000),
        )
        jobs = ("保养",) if i % 3 else ("一般维修",)
        order = orders.open_order(
            advisor,
            OrderInput(
                vehicle_id=vehicle.id,
                mileage_in=km,
                job_types=jobs,
                customer_statement="常规检查",
                lines=lines,
            ),
            confirm_warnings=True,
        )
        for status in ("in_repair", "quality_check", "ready"):
            moment[0] += dt.timedelta(hours=1)
            order = board.move(advisor, order.id, order.version, status)
        delivery.deliver(advisor, order.id, order.version, DeliveryInput(mileage_out=km))
    return vehicle.id


def bench_card(db: Database, vehicle_id: int, repeat: int) -> dict[str, float]:
    cards = VehicleCardService(db, ServiceReminderPlanner())
    card = cards.open(SYSTEM_ACTOR, vehicle_id)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        cards.open(SYSTEM_ACTOR, vehicle_id)
        times.append((time.perf_counter() - t0) * 1000)
    return {
        "orders": len(card.history) + len(card.open_orders),
        "lines": sum(len(o.lines) for o in card.history),
        "p50_ms": round(statistics.median(times), 2),
        "p95_ms": round(percentile(times, 0.95), 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--db", type=Path, default=DEFAULT_DB, help="the cached SQLite file (generated if missing)"
    )
    parser.add_argument("--vehicles", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--samples", type=int, default=200, help="queries per kind")
    parser.add_argument("--card-repeat", type=int, default=50)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.db.exists():
        generate(args.db, args.vehicles, args.days, args.seed)
    # Through the program's migration, as the counter opens it: a cached dataset made by an
    # older version gets the newer columns and indexes (a copy is kept next to it first).
    db, migrated = open_database(sqlite_url(args.db))
    if migrated.from_revision != migrated.to_revision:
        print(f"migrated {migrated.from_revision} -> {migrated.to_revision}", flush=True)
    raw = sqlite3.connect(args.db)
    try:
        total = raw.execute("SELECT count(*) FROM vehicles").fetchone()[0]
        picked = samples(raw, args.samples, random.Random(args.seed))
        lookups = bench_lookups(db, raw, picked)
        card = bench_card(db, card_vehicle(db, raw), args.card_repeat)
    finally:
        raw.close()
        db.dispose()
    ok = all(r.p95_ms < TARGET_LOOKUP_MS for r in lookups) and card["p95_ms"] < TARGET_CARD_MS
    if args.json:
        print(
            json.dumps(
                {"vehicles": total, "lookups": [asdict(r) for r in lookups], "card": card, "ok": ok},
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0 if ok else 1
    print(f"\nlookup on {total:,} vehicles, {len(picked)} queries per kind (SQLite, {args.db})")
    print(
        f"{'kind':<18}{'p50 ms':>9}{'p95 ms':>9}{'bare p50':>10}{'bare p95':>10}{'ratio':>8}"
        f"{'hits':>7}{'found':>7}  example"
    )
    for r in lookups:
        print(
            f"{r.kind:<18}{r.p50_ms:>9.2f}{r.p95_ms:>9.2f}{r.bare_p50_ms:>10.4f}{r.bare_p95_ms:>10.4f}"
            f"{r.ratio_p50:>8.0f}{r.mean_hits:>7.1f}{r.found_target:>7.0%}  {r.example}"
        )
    print(
        f"\nvehicle card with {card['orders']} orders ({card['lines']} lines): "
        f"p50 {card['p50_ms']:.1f} ms, p95 {card['p95_ms']:.1f} ms"
    )
    print(
        f"targets (lookup p95 < {TARGET_LOOKUP_MS:.0f} ms, card < {TARGET_CARD_MS:.0f} ms): "
        f"{'met' if ok else 'NOT met'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
