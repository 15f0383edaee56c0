"""A demo run killed half-way (kill -9, a power cut) leaves nothing of its data behind, so the
next run completes it: the bulk load is one transaction."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from app.context import open_database
from app.demo import DemoOptions, generate_demo
from app.users import UserService
from db.engine import sqlite_url
from db.models import RepairOrder, Vehicle
from tests.conftest import TEST_HASHER, FakeClock

ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import sys
sys.path.insert(0, {root!r})
from app.context import open_database
from app.demo import DemoOptions, generate_demo
from app.users import UserService
from db.engine import sqlite_url
from tests.conftest import TEST_HASHER, FakeClock
from pathlib import Path
db, _ = open_database(sqlite_url(Path({path!r})))
def progress(text):
    print(text, flush=True)
# Small chunks: rows reach the file long before the end, as at dealer scale.
options = DemoOptions(vehicles=600, days=120, seed=5, chunk_rows=300)
generate_demo(db, UserService(db, FakeClock(), TEST_HASHER), options, FakeClock(), progress)
print("finished", flush=True)
"""


def test_a_killed_demo_run_leaves_nothing_and_the_next_completes(tmp_path: Path) -> None:
    path = tmp_path / "qiantai.db"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(root=str(ROOT), path=str(path))],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("历史记录"):  # well into the history: chunks have been written
            child.send_signal(signal.SIGKILL)
            break
        assert not line.startswith("finished"), "the run ended before it could be killed"
    child.wait(timeout=60)
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    db, _ = open_database(sqlite_url(path))
    try:
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Vehicle)) == 0
            assert s.scalar(select(func.count()).select_from(RepairOrder)) == 0
        summary = generate_demo(
            db,
            UserService(db, FakeClock(), TEST_HASHER),
            DemoOptions(vehicles=600, days=120, seed=5),
            FakeClock(),
        )
        assert summary.counts["vehicles"] == 600
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Vehicle)) == 600
    finally:
        db.dispose()
