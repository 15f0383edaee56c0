"""A damaged SQLite file is noticed: the quick check fails, and from then on nothing is written
to it (reads go on, so the counter can still look things up), with a message naming the file."""

from __future__ import annotations

import sqlite3

import pytest

from app.context import Services
from app.errors import StorageError
from app.integrity import quick_check, refuse_writes_if_damaged
from app.roles import Actor, Role
from db.engine import sqlite_path
from db.uow import Database
from tests.app.factories import add_model, add_vehicle
from tests.conftest import make_actor


def fill(services: Services, actor: Actor, vehicles: int) -> None:
    model = add_model(services, actor)
    for _ in range(vehicles):
        add_vehicle(services, actor, model)


def damage(db: Database) -> Database:
    """Overwrites the middle of the vehicles' index pages, as a failing disk would."""
    db.dispose()
    path = sqlite_path(db.url)
    assert path is not None
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the main file
    page_size = raw.execute("PRAGMA page_size").fetchone()[0]
    pages = raw.execute("PRAGMA page_count").fetchone()[0]
    raw.close()
    with path.open("r+b") as f:
        f.seek((pages - 2) * page_size + 8)  # one page near the end: a table's or an index's
        f.write(b"\xde\xad\xbe\xef" * 64)
    return Database(db.url)


def test_a_healthy_file_passes(sqlite_services: Services) -> None:
    fill(sqlite_services, make_actor(sqlite_services, Role.ADMIN), 20)
    report = quick_check(sqlite_services.db)
    assert report.ok and report.checked and report.problems == ()
    assert refuse_writes_if_damaged(sqlite_services.db, report) is None


def test_a_damaged_file_fails_and_is_kept_read_only(sqlite_services: Services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    admin = make_actor(sqlite_services, Role.ADMIN)
    fill(sqlite_services, admin, 300)
    damaged = damage(sqlite_services.db)
    try:
        report = quick_check(damaged)
        assert not report.ok and report.problems
        message = refuse_writes_if_damaged(damaged, report)
        assert message is not None and str(sqlite_path(damaged.url)) in message and "备份" in message
        services = Services.build(damaged, sqlite_services.paths, sqlite_services.clock)
        with pytest.raises(StorageError, match="未通过完整性检查"):
            add_model(services, admin, "本田", "飞度")
    finally:
        damaged.dispose()


def test_postgresql_checks_its_own_pages(services: Services) -> None:
    report = quick_check(services.db)
    assert report.ok
    assert report.checked is services.db.is_sqlite


def test_a_file_damaged_beyond_reading_is_reported_not_raised(sqlite_services: Services) -> None:
    fill(sqlite_services, make_actor(sqlite_services, Role.ADMIN), 5)
    db = sqlite_services.db
    db.dispose()
    path = sqlite_path(db.url)
    assert path is not None
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    with path.open("r+b") as f:
        f.write(b"not a database at all!")  # the header SQLite recognises its files by
    broken = Database(db.url)
    try:
        report = quick_check(broken)
        assert not report.ok and report.problems
    finally:
        broken.dispose()
