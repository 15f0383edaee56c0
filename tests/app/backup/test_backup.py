"""Backups made by the service: checked, named, rotated, audited; the settings and the status."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from app.backup import BackupService, Freshness, Trigger
from app.backup import _sqlite as backup_sqlite
from app.backup.restore import restore
from app.context import Services
from app.errors import PermissionDenied, StorageError, ValidationError
from app.roles import SYSTEM_ACTOR, Actor, Role
from db.engine import sqlite_path
from db.models import AuditEntry
from db.schema_version import HEAD_REVISION
from tests.app.factories import add_model, add_vehicle
from tests.conftest import FakeClock, make_actor

_models = itertools.count()


def fill(services: Services, actor: Actor, vehicles: int) -> None:
    model = add_model(services, actor, name=f"雅阁{next(_models)}")
    for _ in range(vehicles):
        add_vehicle(services, actor, model)


def audit_rows(services: Services, action: str) -> list[AuditEntry]:
    with services.db.read() as s:
        rows = list(s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))
        s.expunge_all()  # read as they are: the rows are never changed
    return rows


def test_a_backup_is_a_checked_copy_named_by_time_and_revision(
    sqlite_services: Services, tmp_path: Path
) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    fill(sqlite_services, admin, 12)
    share = tmp_path / "share"
    result = sqlite_services.backup.back_up(admin, share)
    assert result.path.name == f"qiantai-20261127-100000-r{HEAD_REVISION}.db" and result.path.parent == share
    assert result.revision == HEAD_REVISION and not result.encrypted and result.trigger is Trigger.MANUAL
    assert result.counts["vehicles"] == 12 and result.size == result.path.stat().st_size
    # The copy is a plain SQLite file, single (no -wal), sound, with every table's rows.
    assert backup_sqlite.integrity_problems(result.path) == []
    assert backup_sqlite.counts_of(result.path) == result.counts
    conn = sqlite3.connect(result.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert sorted(p.name for p in share.iterdir()) == [result.path.name]
    data_folder = result.path.parent  # nothing left behind next to the database either
    live = sqlite_path(sqlite_services.db.url)
    assert live is not None
    assert not [p for p in live.parent.iterdir() if p.name.startswith(".qiantai-")]
    assert data_folder.exists()
    (row,) = audit_rows(sqlite_services, "backup.made")
    after = json.loads(row.after_json or "{}")
    assert row.user_id == admin.user_id and row.entity_id == result.path.name
    assert after["file"] == str(result.path) and after["counts"]["vehicles"] == 12
    assert after["trigger"] == "manual" and after["encrypted"] is False


def test_the_status_says_what_is_missing_and_how_old_the_last_backup_is(
    sqlite_services: Services, tmp_path: Path, clock: FakeClock
) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    backup = sqlite_services.backup
    status = backup.status()
    assert status.freshness is Freshness.NOT_CONFIGURED and status.freshness.warns
    assert "未设置备份文件夹" in status.message
    share = tmp_path / "share"
    backup.update_settings(admin, str(share), encrypt=False)
    status = backup.status()
    assert (
        status.freshness is Freshness.NONE_YET
        and status.folder == str(share)
        and str(share) in status.message
    )
    made = backup.back_up(admin)
    assert made.path.parent == share
    status = backup.status()
    assert status.freshness is Freshness.FRESH and not status.freshness.warns
    assert status.last_at == clock.now and status.last_file == made.path.name
    assert "2026-11-27 10:00" in status.message and str(share) in status.message
    clock.advance(days=2)
    assert backup.status().freshness is Freshness.FRESH  # two days exactly: not yet
    clock.advance(minutes=1)
    status = backup.status()
    assert status.freshness is Freshness.STALE and status.freshness.warns and "已超过两天" in status.message


def test_the_daily_backup_runs_once_a_day_and_only_with_a_folder(
    sqlite_services: Services, tmp_path: Path, clock: FakeClock
) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    advisor = make_actor(sqlite_services, Role.ADVISOR)
    backup = sqlite_services.backup
    assert not backup.due() and backup.daily(advisor) is None  # no folder: nothing, no error
    backup.update_settings(admin, str(tmp_path / "share"), encrypt=False)
    assert backup.due()
    first = backup.daily(advisor)  # whoever is logged in: the program's own duty
    assert first is not None and first.trigger is Trigger.DAILY
    clock.advance(hours=8)
    assert not backup.due() and backup.daily(advisor) is None
    clock.advance(hours=8)  # 02:00 the next morning in Beijing
    second = backup.daily(advisor)
    assert second is not None and second.path != first.path
    rows = audit_rows(sqlite_services, "backup.made")
    assert [json.loads(r.after_json or "{}")["trigger"] for r in rows] == ["daily", "daily"]
    assert {r.user_id for r in rows} == {advisor.user_id}


def test_only_the_administrator_sets_or_makes_backups(sqlite_services: Services, tmp_path: Path) -> None:
    for role in (Role.ADVISOR, Role.SUPERVISOR, Role.CLAIMS):
        actor = make_actor(sqlite_services, role)
        with pytest.raises(PermissionDenied):
            sqlite_services.backup.back_up(actor, tmp_path / "share")
        with pytest.raises(PermissionDenied):
            sqlite_services.backup.update_settings(actor, str(tmp_path / "share"), encrypt=False)
        with pytest.raises(PermissionDenied):
            sqlite_services.backup.settings(actor)
    assert not (tmp_path / "share").exists()


def test_settings_are_checked_and_the_passphrase_never_reaches_the_audit_log(
    sqlite_services: Services, tmp_path: Path
) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    backup = sqlite_services.backup
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    for folder, field in (("relative/folder", "folder"), (str(a_file / "sub"), "folder")):
        with pytest.raises(ValidationError) as refused:
            backup.update_settings(admin, folder, encrypt=False)
        assert refused.value.field == field
    with pytest.raises(ValidationError) as refused:
        backup.update_settings(admin, str(tmp_path / "share"), encrypt=True)
    assert refused.value.field == "passphrase"
    with pytest.raises(ValidationError) as refused:
        backup.update_settings(admin, str(tmp_path / "share"), encrypt=True, passphrase="short")
    assert refused.value.field == "passphrase"
    saved = backup.update_settings(
        admin, str(tmp_path / "share"), encrypt=True, passphrase="门店-passphrase-2026"
    )
    assert saved.encrypt and saved.passphrase_set and saved.folder == str(tmp_path / "share")
    assert saved.same_disk  # tmp_path is on the database's disk: the page says so
    again = backup.update_settings(admin, str(tmp_path / "share"), encrypt=True)  # keeps the stored one
    assert again.passphrase_set
    with sqlite_services.db.read() as s:
        texts = [f"{r.before_json} {r.after_json}" for r in s.scalars(select(AuditEntry))]
    assert texts and not any("passphrase-2026" in t for t in texts)
    off = backup.update_settings(admin, "", encrypt=False)
    assert off.folder == "" and not off.passphrase_set
    assert backup.status().freshness is Freshness.NOT_CONFIGURED


def test_an_encrypted_backup_restores_with_its_passphrase_only(
    sqlite_services: Services, tmp_path: Path
) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    fill(sqlite_services, admin, 5)
    backup = sqlite_services.backup
    backup.update_settings(admin, str(tmp_path / "share"), encrypt=True, passphrase="门店-passphrase-2026")
    made = backup.back_up(admin)
    assert made.encrypted and made.path.name.endswith(".db.enc")
    assert not backup_sqlite.looks_like_sqlite(made.path)
    target = tmp_path / "elsewhere" / "qiantai.db"
    with pytest.raises(ValidationError) as refused:
        restore(f"sqlite+pysqlite:///{target}", made.path, "wrong-passphrase")
    assert refused.value.field == "passphrase" and not target.exists()
    restored = restore(f"sqlite+pysqlite:///{target}", made.path, "门店-passphrase-2026")
    assert restored.encrypted and restored.counts["vehicles"] == 5 and restored.replaced_copy is None


def test_a_damaged_database_gives_no_backup(sqlite_services: Services, tmp_path: Path) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    fill(sqlite_services, admin, 30)
    path = sqlite_path(sqlite_services.db.url)
    assert path is not None
    sqlite_services.db.dispose()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size, pages = (
        raw.execute("PRAGMA page_size").fetchone()[0],
        raw.execute("PRAGMA page_count").fetchone()[0],
    )
    raw.close()
    with path.open("r+b") as f:
        f.seek((pages - 2) * page_size + 8)
        f.write(b"\xde\xad\xbe\xef" * 64)
    service = BackupService(sqlite_services.db, sqlite_services.paths, sqlite_services.clock)
    with pytest.raises(StorageError) as refused:
        service.back_up(SYSTEM_ACTOR, tmp_path / "share")
    assert "未通过检查" in refused.value.message or "损坏" in refused.value.message
    assert not list((tmp_path / "share").iterdir())
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".qiantai-")]


@pytest.mark.pg
def test_postgresql_is_left_to_the_server(services: Services, tmp_path: Path) -> None:
    if services.db.is_sqlite:
        pytest.skip("PostgreSQL only")
    status = services.backup.status()
    assert status.freshness is Freshness.SERVER and not status.freshness.warns
    with pytest.raises(StorageError) as refused:
        services.backup.back_up(SYSTEM_ACTOR, tmp_path)
    assert "pg_dump" in refused.value.message


def test_two_backups_a_second_apart_are_two_files_both_kept_for_a_day(
    sqlite_services: Services, tmp_path: Path, clock: FakeClock
) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    first = sqlite_services.backup.back_up(admin, tmp_path / "share")
    clock.advance(seconds=1)
    second = sqlite_services.backup.back_up(admin, tmp_path / "share")
    assert first.path != second.path and first.path.exists() and second.path.exists()
    assert second.kept == (first.path, second.path)  # both within 24 hours
    assert dt.timedelta(seconds=1) == second.taken_at - first.taken_at


def test_what_a_backup_cut_short_left_is_swept_once_it_is_old(
    sqlite_services: Services, tmp_path: Path
) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    live = sqlite_path(sqlite_services.db.url)
    assert live is not None
    share = tmp_path / "share"
    share.mkdir()
    old_work = live.parent / ".qiantai-backup-abc.db"
    old_partial = share / "qiantai-20261126-100000-r0013.db.partial"
    fresh_partial = share / "qiantai-20261127-095900-r0013.db.partial"  # another window's, under way
    for p in (old_work, old_partial, fresh_partial):
        p.write_bytes(b"half")
    hours_ago = time.time() - 7 * 3600
    os.utime(old_work, (hours_ago, hours_ago))
    os.utime(old_partial, (hours_ago, hours_ago))
    sqlite_services.backup.back_up(admin, share)
    assert not old_work.exists() and not old_partial.exists() and fresh_partial.exists()
