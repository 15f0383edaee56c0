"""Making backups of the SQLite database, the backup settings, and how fresh the last backup is.

A backup: a consistent copy of the live file (app.backup._sqlite, the counters keep working),
made next to the database first; checked there (SQLite's integrity_check, and every table's row
count against the source's at the moment of the copy); then written to the backup folder under a
temporary name, encrypted if the settings say so, read back and compared, and renamed; then the
folder's rotation (app.backup.files); then an audit row backup.made, which is also how the
program knows when the last good backup was made. A copy that fails a check is never left in the
folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app import audit
from app.backup import _sqlite, crypto
from app.backup.files import backup_name, rotate
from app.backup.kinds import Freshness, Trigger
from app.changes import Change, announces
from app.clock import Clock, local_today, system_clock
from app.errors import StorageError, ValidationError
from app.paths import AppPaths
from app.roles import Actor, Permission, require
from app.settings import read_json, write_json, write_secret
from app.uow import reading, unit_of_work
from app.users import authorize
from app.wording import Message, say
from db.engine import sqlite_path
from db.models import AuditEntry
from db.uow import Database

log = logging.getLogger(__name__)

SETTINGS_KEY = "backup"
PASSPHRASE_KEY = "backup.passphrase"
STALE_AFTER = dt.timedelta(days=2)
LEFTOVER_AGE = dt.timedelta(hours=6)
DEFAULT_FOLDER = "backups"  # under the data folder, when neither --to nor a setting names one
MADE = "backup.made"
ENTITY = "backup"
# The tables whose counts a backup's audit row and the command's report name (all are checked).
MAIN_TABLES = (
    "customers",
    "vehicles",
    "repair_orders",
    "ro_lines",
    "inspections",
    "warranty_claims",
    "reminders",
    "complaints",
    "users",
    "audit_log",
)
PG_ADVICE = say(
    "PostgreSQL 数据库请用服务器自己的工具备份：pg_dump（逻辑备份）或基础备份加 WAL 归档"
    "（pg_basebackup），由服务器管理员安排定时任务；本程序的备份只复制 SQLite 文件。"
)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupSettings:
    folder: str = ""  # empty: no automatic backups
    encrypt: bool = False
    passphrase_set: bool = False
    same_disk: bool = False  # the folder is on the database's own disk: no help when it dies


@dataclass(frozen=True)
class BackupResult:
    path: Path
    taken_at: dt.datetime  # UTC, the moment of the copy
    revision: str
    encrypted: bool
    size: int
    counts: dict[str, int] = field(compare=False)  # every table's rows, as checked
    seconds: float
    trigger: Trigger
    kept: tuple[Path, ...]  # the folder's backups after the rotation
    deleted: tuple[Path, ...]  # removed by the rotation
    same_disk: bool


@dataclass(frozen=True)
class BackupStatus:
    freshness: Freshness
    folder: str
    last_at: dt.datetime | None  # UTC
    last_file: str | None
    message: Message  # the status bar's sentence


def _local(at: dt.datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def _same_disk(folder: Path, database: Path | None) -> bool:
    if database is None:
        return False
    try:
        return folder.stat().st_dev == database.parent.stat().st_dev
    except OSError:
        return False


def _why_not_writable(folder: Path) -> str | None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".qiantai-write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as e:
        return e.strerror or str(e)
    return None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _copy_synced(source: Path, target: Path) -> None:
    with source.open("rb") as src, target.open("wb") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
        dst.flush()
        os.fsync(dst.fileno())


def _sweep(folder: Path, pattern: str, older_than: dt.timedelta = LEFTOVER_AGE) -> None:
    """Removes what a backup cut short (the program closed or the PC switched off half-way) left
    behind; younger ones may be another window's backup under way."""
    limit = time.time() - older_than.total_seconds()
    for p in folder.glob(pattern):
        with contextlib.suppress(OSError):
            if p.stat().st_mtime < limit:
                p.unlink()


def _remove(*paths: Path) -> None:
    for p in paths:
        for extra in ("", "-journal", "-wal", "-shm"):
            Path(str(p) + extra).unlink(missing_ok=True)


class BackupService:
    """services.backup: the settings (admin), backups made now or once a day, the status."""

    def __init__(self, db: Database, paths: AppPaths, clock: Clock = system_clock) -> None:
        self._db = db
        self._paths = paths
        self._clock = clock

    # --- settings -------------------------------------------------------------------------

    def _read_settings(self) -> tuple[BackupSettings, str | None]:
        with reading(self._db) as s:
            data = read_json(s, SETTINGS_KEY) or {}
            secret = read_json(s, PASSPHRASE_KEY)
        folder = str(data.get("folder", ""))
        settings = BackupSettings(
            folder=folder,
            encrypt=bool(data.get("encrypt", False)),
            passphrase_set=bool(secret),
            same_disk=bool(folder) and _same_disk(Path(folder), sqlite_path(self._db.url)),
        )
        return settings, secret if isinstance(secret, str) and secret else None

    def settings(self, actor: Actor) -> BackupSettings:
        require(actor, Permission.MANAGE_BACKUPS)
        return self._read_settings()[0]

    @announces(Change.SETTINGS)
    def update_settings(
        self, actor: Actor, folder: str, encrypt: bool, passphrase: str | None = None
    ) -> BackupSettings:
        """folder: empty to stop the automatic backups. passphrase: None keeps the stored one; a
        new one replaces it. Without encryption the stored passphrase is removed."""
        require(actor, Permission.MANAGE_BACKUPS)
        folder = folder.strip()
        if folder:
            path = Path(folder).expanduser()
            if not path.is_absolute():
                raise ValidationError(
                    "folder", say("请填写完整的文件夹路径（如 D:\\备份 或 \\\\服务器\\共享）")
                )
            reason = _why_not_writable(path)
            if reason is not None:
                raise ValidationError(
                    "folder", say("无法写入备份文件夹 {folder}：{reason}", folder=str(path), reason=reason)
                )
            folder = str(path)
        if passphrase is not None and len(passphrase) < crypto.MIN_PASSPHRASE:
            raise ValidationError("passphrase", say("备份口令至少 {n} 个字符", n=crypto.MIN_PASSPHRASE))
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.MANAGE_BACKUPS)
            stored = read_json(s, PASSPHRASE_KEY)
            if encrypt and passphrase is None and not stored:
                raise ValidationError("passphrase", say("加密备份需要设置口令"))
            if (read_json(s, SETTINGS_KEY) or {}) != {"folder": folder, "encrypt": encrypt}:
                write_json(s, actor, SETTINGS_KEY, {"folder": folder, "encrypt": encrypt})
            if not encrypt and stored:
                write_secret(s, actor, PASSPHRASE_KEY, None)
            elif encrypt and passphrase is not None and passphrase != stored:
                write_secret(s, actor, PASSPHRASE_KEY, passphrase)
        return self._read_settings()[0]

    # --- status ---------------------------------------------------------------------------

    def _last(self) -> tuple[dt.datetime, str | None] | None:
        with reading(self._db) as s:
            row = s.execute(
                select(AuditEntry.at, AuditEntry.entity_id, AuditEntry.after_json)
                .where(AuditEntry.entity == ENTITY, AuditEntry.action == MADE)
                .order_by(AuditEntry.id.desc())
                .limit(1)
            ).first()
        if row is None:
            return None
        at, name, after = row
        with contextlib.suppress(KeyError, ValueError, TypeError):  # the copy's moment, by our clock
            at = dt.datetime.fromisoformat(json.loads(after or "{}")["taken_at"])
        return (at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)), name

    def status(self) -> BackupStatus:
        """For the status bar of every user (no permission needed: it says only when and where)."""
        if not self._db.is_sqlite:
            return BackupStatus(
                Freshness.SERVER, "", None, None, say("数据库备份：由 PostgreSQL 服务器负责（pg_dump）")
            )
        settings, _ = self._read_settings()
        last = self._last()
        last_at, last_file = last if last is not None else (None, None)
        folder = settings.folder
        if not folder:
            message = say("未设置备份文件夹：请管理员在“系统管理”中设置（第二块硬盘或网络共享）")
            if last_at is not None:
                message = say(
                    "未设置备份文件夹，上次备份在 {when}：请管理员在“系统管理”中设置", when=_local(last_at)
                )
            return BackupStatus(Freshness.NOT_CONFIGURED, "", last_at, last_file, message)
        if last_at is None:
            return BackupStatus(
                Freshness.NONE_YET,
                folder,
                None,
                None,
                say("尚无成功的备份（备份到 {folder}）", folder=folder),
            )
        if self._clock() - last_at > STALE_AFTER:
            return BackupStatus(
                Freshness.STALE,
                folder,
                last_at,
                last_file,
                say(
                    "上次成功备份在 {when}，已超过两天：请检查备份文件夹 {folder}",
                    when=_local(last_at),
                    folder=folder,
                ),
            )
        return BackupStatus(
            Freshness.FRESH,
            folder,
            last_at,
            last_file,
            say("上次备份 {when}，备份到 {folder}", when=_local(last_at), folder=folder),
        )

    def due(self) -> bool:
        """A folder is set and no good backup was made today (the counter's local day)."""
        if not self._db.is_sqlite or not self._read_settings()[0].folder:
            return False
        last = self._last()
        return last is None or last[0].astimezone().date() < local_today(self._clock)

    # --- making one -----------------------------------------------------------------------

    @announces(Change.BACKUPS)
    def back_up(
        self,
        actor: Actor,
        to: Path | None = None,
        *,
        trigger: Trigger = Trigger.MANUAL,
        encrypt: bool | None = None,
        passphrase: str | None = None,
        progress: Progress | None = None,
    ) -> BackupResult:
        """A backup now, to `to`, else the folder of the settings, else data folder/backups.
        encrypt None: as the settings say; passphrase None: the stored one."""
        require(actor, Permission.MANAGE_BACKUPS)
        with reading(self._db) as s:
            actor = authorize(s, actor, Permission.MANAGE_BACKUPS)
        return self._make(actor, to, trigger, encrypt, passphrase, progress)

    @announces(Change.BACKUPS)
    def daily(self, actor: Actor, progress: Progress | None = None) -> BackupResult | None:
        """The program's own backup, made whoever is logged in: once a day, when a folder is set."""
        if not self.due():
            return None
        return self._make(actor, None, Trigger.DAILY, None, None, progress)

    def _make(
        self,
        actor: Actor,
        to: Path | None,
        trigger: Trigger,
        encrypt: bool | None,
        passphrase: str | None,
        progress: Progress | None,
    ) -> BackupResult:
        source = sqlite_path(self._db.url)
        if not self._db.is_sqlite:
            raise StorageError(PG_ADVICE)
        if source is None or not source.exists():
            raise StorageError(say("没有可备份的数据库文件：{url}", url=self._db.url))
        settings, stored = self._read_settings()
        encrypt = settings.encrypt if encrypt is None else encrypt
        passphrase = passphrase if passphrase is not None else stored
        if encrypt and not passphrase:
            raise ValidationError(
                "passphrase", say("加密备份需要口令：请在“系统管理”中设置，或在命令行用 --passphrase-file")
            )
        if to is not None:
            folder = to.expanduser()
        elif settings.folder:
            folder = Path(settings.folder)
        else:
            folder = self._paths.data_dir / DEFAULT_FOLDER
        reason = _why_not_writable(folder)
        if reason is not None:
            raise StorageError(
                say("无法写入备份文件夹 {folder}：{reason}", folder=str(folder), reason=reason)
            )
        _sweep(source.parent, ".qiantai-backup-*")
        _sweep(folder, "qiantai-*.partial")
        started = time.perf_counter()
        taken_at = self._clock()
        fd, name = tempfile.mkstemp(prefix=".qiantai-backup-", suffix=".db", dir=source.parent)
        os.close(fd)
        work = Path(name)
        check = work.with_suffix(".check")
        partial: Path | None = None
        try:
            try:
                counts = _sqlite.snapshot_copy(source, work, progress=progress)
                problems = _sqlite.integrity_problems(work)
                copied = _sqlite.counts_of(work)
                revision = _sqlite.stored_revision(work) or "unknown"
            except sqlite3.Error as e:
                raise StorageError(say("备份失败：{reason}（数据库未改动）", reason=str(e))) from e
            if problems or copied != counts:
                differ = sorted(t for t in counts.keys() | copied.keys() if counts.get(t) != copied.get(t))
                log.error("backup check failed: %s; counts differ in %s", problems, differ)
                raise StorageError(
                    say(
                        "备份未通过检查（{problem}），未保存：数据库文件可能已损坏，请联系管理员。",
                        problem="; ".join(problems) or ", ".join(differ),
                    )
                )
            target = folder / backup_name(taken_at.astimezone().replace(tzinfo=None), revision, encrypt)
            partial = target.with_name(target.name + ".partial")
            try:
                if encrypt:
                    assert passphrase is not None
                    crypto.encrypt_file(work, partial, passphrase)
                    crypto.decrypt_file(partial, check, passphrase)  # what a restore will read
                    good = _sha256(check) == _sha256(work)
                else:
                    _copy_synced(work, partial)
                    good = _sha256(partial) == _sha256(work)
                if not good:
                    raise StorageError(
                        say("写入备份文件夹 {folder} 的备份读回来与原件不符，未保存", folder=str(folder))
                    )
                os.replace(partial, target)
                partial = None
                size = target.stat().st_size
            except OSError as e:
                raise StorageError(
                    say(
                        "无法写入备份文件夹 {folder}：{reason}",
                        folder=str(folder),
                        reason=e.strerror or str(e),
                    )
                ) from e
        finally:
            _remove(work, check)
            if partial is not None:
                partial.unlink(missing_ok=True)
        kept, deleted = rotate(folder, self._clock().astimezone().replace(tzinfo=None))
        seconds = time.perf_counter() - started
        result = BackupResult(
            path=target,
            taken_at=taken_at,
            revision=revision,
            encrypted=encrypt,
            size=size,
            counts=counts,
            seconds=seconds,
            trigger=trigger,
            kept=tuple(kept),
            deleted=tuple(deleted),
            same_disk=_same_disk(folder, source),
        )
        after: dict[str, Any] = {
            "taken_at": taken_at.isoformat(),
            "file": str(target),
            "revision": revision,
            "encrypted": encrypt,
            "bytes": size,
            "trigger": trigger.value,
            "counts": {t: counts[t] for t in MAIN_TABLES if t in counts},
            "rows": sum(counts.values()),
            "deleted": [p.name for p in deleted],
        }
        with unit_of_work(self._db) as s:
            audit.record(s, actor, MADE, ENTITY, target.name, None, after)
        log.info("backup %s: %d bytes in %.1f s (%s)", target, size, seconds, trigger.value)
        return result
