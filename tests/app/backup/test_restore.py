"""Restoring a backup: checked first, never over a database in use, the replaced one kept aside,
an older schema migrated, a newer one or a damaged or foreign file refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from app.backup import _sqlite as backup_sqlite
from app.backup.restore import restore
from app.context import Services
from app.errors import StorageError
from app.roles import Role
from db.engine import make_engine, sqlite_path, sqlite_url
from db.migrate import _config
from db.models import AuditEntry, Vehicle
from db.schema_version import HEAD_REVISION
from db.uow import Database
from tests.app.backup.test_backup import fill
from tests.conftest import make_actor


def live_file(services: Services) -> Path:
    path = sqlite_path(services.db.url)
    assert path is not None
    return path


def vehicles_in(url: str) -> int:
    db = Database(url)
    try:
        with db.read() as s:
            return len(s.scalars(select(Vehicle.id)).all())
    finally:
        db.dispose()


def test_a_restore_replaces_the_database_and_keeps_what_it_replaced(
    sqlite_services: Services, tmp_path: Path
) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    fill(sqlite_services, admin, 3)
    made = sqlite_services.backup.back_up(admin, tmp_path / "share")
    fill(sqlite_services, admin, 2)  # work done after the backup, lost by the restore but kept aside
    url = sqlite_services.db.url
    sqlite_services.db.dispose()  # the program is closed
    result = restore(url, made.path)
    assert result.database == live_file(sqlite_services) and result.counts["vehicles"] == 3
    assert (result.from_revision, result.to_revision) == (HEAD_REVISION, HEAD_REVISION)
    assert vehicles_in(url) == 3
    assert result.replaced_copy is not None and result.replaced_copy.name.startswith("qiantai-")
    assert ".before-restore." in result.replaced_copy.name
    assert backup_sqlite.counts_of(result.replaced_copy)["vehicles"] == 5
    db = Database(url)
    try:
        with db.read() as s:
            actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
            conn_mode = s.connection().exec_driver_sql("PRAGMA journal_mode").scalar()
    finally:
        db.dispose()
    # The copy was taken before its own backup.made row was written: the restore is the last row.
    assert actions[-1] == "backup.restored" and "backup.made" not in actions and conn_mode == "wal"
    assert not [p for p in result.database.parent.iterdir() if p.name.startswith(".qiantai-")]
    assert not Path(str(result.database) + "-journal").exists()


def test_no_restore_while_the_database_is_open(sqlite_services: Services, tmp_path: Path) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    fill(sqlite_services, admin, 2)
    made = sqlite_services.backup.back_up(admin, tmp_path / "share")
    fill(sqlite_services, admin, 1)
    # The program is still open (its pool keeps a connection, idle between two actions).
    with pytest.raises(StorageError) as refused:
        restore(sqlite_services.db.url, made.path)
    assert "正在使用中" in refused.value.message and str(live_file(sqlite_services)) in refused.value.message
    assert vehicles_in(sqlite_services.db.url) == 3  # untouched
    # Another program (a plain SQLite connection that has read once and sits idle) counts too.
    sqlite_services.db.dispose()
    other = sqlite3.connect(live_file(sqlite_services))
    other.execute("SELECT count(*) FROM vehicles").fetchone()
    try:
        with pytest.raises(StorageError):
            restore(sqlite_services.db.url, made.path)
    finally:
        other.close()
    assert not list(live_file(sqlite_services).parent.glob("*.before-restore.*"))
    restore(sqlite_services.db.url, made.path)  # once everything is closed
    assert vehicles_in(sqlite_services.db.url) == 2


def _copy_with(path: Path, tmp_path: Path, sql: str) -> Path:
    changed = tmp_path / "changed.db"
    changed.write_bytes(path.read_bytes())
    conn = sqlite3.connect(changed)
    conn.execute(sql)
    conn.commit()
    conn.close()
    return changed


def test_a_newer_schema_a_damaged_file_and_foreign_files_are_refused(
    sqlite_services: Services, tmp_path: Path
) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    fill(sqlite_services, admin, 30)
    made = sqlite_services.backup.back_up(admin, tmp_path / "share")
    url = sqlite_services.db.url
    sqlite_services.db.dispose()
    before = live_file(sqlite_services).read_bytes()

    newer = _copy_with(made.path, tmp_path, "UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(StorageError) as refused:
        restore(url, newer)
    assert "0099" in refused.value.message and "新" in refused.value.message

    damaged = tmp_path / "damaged.db"
    data = bytearray(made.path.read_bytes())
    page = 4096
    pages = len(data) // page
    data[(pages - 2) * page + 8 : (pages - 2) * page + 8 + 256] = b"\xde\xad\xbe\xef" * 64
    damaged.write_bytes(bytes(data))
    with pytest.raises(StorageError) as refused:
        restore(url, damaged)
    assert "已损坏" in refused.value.message

    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (text)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError) as refused:
        restore(url, foreign)
    assert "不是售后前台的数据库" in refused.value.message
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(StorageError) as refused:
        restore(url, text)
    assert "不是 SQLite" in refused.value.message

    assert live_file(sqlite_services).read_bytes() == before  # nothing was touched
    assert not list(live_file(sqlite_services).parent.glob("*.before-restore.*"))
    assert not [p for p in live_file(sqlite_services).parent.iterdir() if p.name.startswith(".qiantai-")]


def test_an_older_backup_is_migrated_to_the_programs_schema(tmp_path: Path) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = _config()
    before_head = ScriptDirectory.from_config(cfg).get_revision(HEAD_REVISION).down_revision
    assert isinstance(before_head, str)
    old = tmp_path / "old.db"
    engine = make_engine(sqlite_url(old))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, before_head)
    engine.dispose()
    assert backup_sqlite.stored_revision(old) == before_head
    target = tmp_path / "data" / "qiantai.db"
    result = restore(sqlite_url(target), old)
    assert (result.from_revision, result.to_revision) == (before_head, HEAD_REVISION)
    assert backup_sqlite.stored_revision(target) == HEAD_REVISION
    assert backup_sqlite.integrity_problems(target) == []
    assert backup_sqlite.stored_revision(old) == before_head  # the backup itself stays as it was
    assert sorted(p.name for p in target.parent.iterdir() if not p.name.startswith("qiantai.db")) == []
