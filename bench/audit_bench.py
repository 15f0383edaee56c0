"""The audit chain on a big log: migration 0006 chaining it, the start-up check, a full verify.

    .venv/bin/python bench/audit_bench.py [--rows 1000000] [--db postgresql+psycopg://...]

Builds a database at revision 0005 with `rows` audit rows (SQLite file under bench/.data unless
--db names an empty PostgreSQL database), migrates it to the head (timed), then times
app.audit_verify.check_recent (the start-up check, best of 20) and verify_chain.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import MetaData, Table  # noqa: E402

from app.audit_verify import RECENT_ROWS, check_recent, verify_chain  # noqa: E402
from app.roles import SYSTEM_ACTOR  # noqa: E402
from db.engine import make_engine, sqlite_url  # noqa: E402
from db.migrate import upgrade  # noqa: E402
from db.uow import Database  # noqa: E402
from tests.db.support import run_alembic  # noqa: E402

BATCH = 20_000


def _fill(url: str, rows: int) -> None:
    engine = make_engine(url)
    run_alembic(engine, "upgrade", "0005")
    start = dt.datetime(2020, 1, 1)
    with engine.begin() as conn:
        log = Table("audit_log", MetaData(), autoload_with=conn)
        for first in range(0, rows, BATCH):
            conn.execute(
                log.insert(),
                [
                    {
                        "at": start + dt.timedelta(seconds=i),
                        "action": "order.edit",
                        "entity": "repair_order",
                        "entity_id": str(i % 50_000),
                        "before_json": '{"status": "在修", "mileage_in": 12000}',
                        "after_json": '{"status": "待交车", "mileage_in": 12000}',
                    }
                    for i in range(first, min(rows, first + BATCH))
                ],
            )
    engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--db", help="an empty PostgreSQL database (default: a new SQLite file)")
    args = parser.parse_args()
    url = args.db
    if url is None:
        path = ROOT / "bench" / ".data" / f"audit-{args.rows}.db"
        path.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        url = sqlite_url(path)
    t = time.perf_counter()
    _fill(url, args.rows)
    print(f"{args.rows:,} rows at 0005: {time.perf_counter() - t:.1f} s")
    db = Database(url)
    t = time.perf_counter()
    upgrade(db.engine)
    print(f"migration to the head (chaining them): {time.perf_counter() - t:.1f} s")
    times = []
    for _ in range(20):
        t = time.perf_counter()
        report = check_recent(db)
        times.append(time.perf_counter() - t)
        assert report.ok
    print(
        f"start-up check of the newest {RECENT_ROWS} rows: best {min(times) * 1000:.1f} ms, "
        f"median {sorted(times)[10] * 1000:.1f} ms"
    )
    t = time.perf_counter()
    full = verify_chain(db, SYSTEM_ACTOR)
    print(f"qiantai audit verify: {full.checked:,} rows, ok={full.ok}, {time.perf_counter() - t:.1f} s")
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
