"""A full disk, for real: the database on a small tmpfs filled to the last byte. Opening, reading
and saving say the disk is full (not "damaged" or "disk error"), what was saved stays saved, and
a log that cannot be written does not print tracebacks or stop the program."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.context import Services, open_database
from app.errors import StorageError
from app.paths import AppPaths
from app.roles import SYSTEM_ACTOR
from app.vehicles import CustomerInput
from db.engine import sqlite_url
from db.models import Customer
from tests.app.storage.disk import fill, mounted_tmpfs
from tests.conftest import TEST_HASHER

ROOT = Path(__file__).resolve().parents[3]
FULL = "磁盘已满"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 16 MiB tmpfs of its own (needs root, as scripts/test has)."""
    with mounted_tmpfs(tmp_path / "disk", "16m") as disk:
        yield disk


def services_on(folder: Path) -> Services:
    db, _ = open_database(sqlite_url(folder / "qiantai.db"))
    return Services.build(db, AppPaths(data_dir=folder, log_dir=folder / "logs"), hasher=TEST_HASHER)


def customers(services: Services) -> int:
    with services.db.read() as s:
        return s.scalar(select(func.count()).select_from(Customer)) or 0


def add_customers(services: Services, n: int, start: int = 0, done: list[int] | None = None) -> None:
    """Saves n customers; `done` gets the number of each one saved (told so by the service)."""
    for i in range(start, start + n):
        services.vehicles.customers.create(SYSTEM_ACTOR, CustomerInput("张三", (f"1381234{i:04d}",)))
        if done is not None:
            done.append(i)


def test_saving_on_a_full_disk_says_so_and_keeps_what_was_saved(small_disk: Path) -> None:
    svc = services_on(small_disk)
    add_customers(svc, 20)
    filler = fill(small_disk)
    told_saved: list[int] = []
    with pytest.raises(StorageError) as raised:
        add_customers(svc, 2000, start=100, done=told_saved)  # the WAL grows until the disk has no room
    assert FULL in raised.value.message and "损坏" not in raised.value.message
    # Every save the counter was told about is there, the failed one is not: nothing lost, nothing half.
    assert customers(svc) == 20 + len(told_saved)
    svc.db.dispose()
    filler.unlink()
    svc = services_on(small_disk)  # read again from the file, after the last connection closed
    assert customers(svc) == 20 + len(told_saved)
    add_customers(svc, 1, start=9000)  # room again: the counter goes on
    assert customers(svc) == 21 + len(told_saved)
    svc.db.dispose()


def test_opening_and_reading_on_a_full_disk_say_so(small_disk: Path) -> None:
    svc = services_on(small_disk)
    add_customers(svc, 20)
    svc.db.dispose()  # the WAL and shared-memory files are gone with the last connection
    filler = fill(small_disk)
    with pytest.raises(StorageError) as raised:
        services_on(small_disk)
    assert FULL in raised.value.message
    filler.unlink()
    assert customers(services_on(small_disk)) == 20


def test_a_log_that_cannot_be_written_prints_no_traceback(small_disk: Path) -> None:
    data = small_disk / "data"
    cli = [sys.executable, "-m", "app.cli", "--data-dir", str(data)]
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    subprocess.run([*cli, "init"], cwd=ROOT, check=True, capture_output=True, env=env)
    fill(small_disk)
    done = subprocess.run(
        [*cli, "users", "add", "clerk", "--display-name", "理赔员", "--role", "claims"],
        input="clerk-pass-1\n",
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert "Traceback" not in done.stderr and "Logging error" not in done.stderr, done.stderr
    assert FULL in done.stderr or FULL in done.stdout
    assert done.returncode != 0
