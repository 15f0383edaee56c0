"""Putting a backup back in place of the SQLite database (`qiantai restore FILE`).

The file is checked on a working copy next to the database before anything is touched: it opens
(decrypted with the passphrase if it is encrypted), passes SQLite's integrity_check, has the
tables of a Qiantai database and a schema revision this program knows (a newer one is refused, an
older one is migrated with the program's migrations, then checked again). Then the live database
is held exclusively (SQLite's exclusive locking mode: refused while any program has it open, and
no program can open it meanwhile), copied aside as DB.before-restore.TIME.bak, and the checked
copy's pages are written over it in one transaction. Last, an audit row backup.restored in the
restored database.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from app import audit
from app.backup import _sqlite, crypto
from app.backup.service import ENTITY, MAIN_TABLES, _remove
from app.clock import Clock, system_clock
from app.errors import StorageError, ValidationError
from app.roles import SYSTEM_ACTOR
from app.uow import unit_of_work
from app.wording import Message, say
from db.engine import make_engine, sqlite_path, sqlite_url
from db.migrate import SchemaTooNew, upgrade
from db.schema_version import HEAD_REVISION
from db.uow import Database

RESTORED = "backup.restored"


def in_use_message(path: Path) -> Message:
    return say(
        "数据库 {path} 正在使用中（本机的售后前台窗口、客休区显示屏或其他程序打开了它），未恢复。"
        "请先关闭所有使用该数据库的程序，再运行恢复。",
        path=str(path),
    )


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    source: Path
    encrypted: bool
    from_revision: str  # the backup's
    to_revision: str  # the program's, after migrating
    replaced_copy: Path | None  # the database as it was before, kept aside (None: there was none)
    counts: dict[str, int] = field(compare=False)


def _checked_copy(file: Path, work: Path, passphrase: str | None) -> bool:
    """The backup's SQLite file at work; True when it was encrypted."""
    try:
        encrypted = crypto.is_encrypted(file)
    except OSError as e:
        raise ValidationError(
            "file", say("无法读取备份文件 {file}：{reason}", file=str(file), reason=e.strerror or str(e))
        ) from e
    if encrypted:
        if not passphrase:
            raise ValidationError("passphrase", say("备份 {file} 已加密，请提供口令", file=file.name))
        try:
            crypto.decrypt_file(file, work, passphrase)
        except crypto.WrongPassphrase as e:
            raise ValidationError(
                "passphrase", say("口令不对，或备份文件 {file} 已损坏", file=file.name)
            ) from e
    else:
        if not _sqlite.looks_like_sqlite(file):
            raise StorageError(
                say("{file} 不是售后前台的备份（不是 SQLite 数据库文件），未恢复", file=file.name)
            )
        shutil.copyfile(file, work)
        wal = Path(str(file) + "-wal")
        if wal.exists():  # a copy taken by hand of a database in WAL mode
            shutil.copyfile(wal, Path(str(work) + "-wal"))
    return encrypted


def _refuse_damaged(file: Path, work: Path) -> None:
    try:
        problems = _sqlite.integrity_problems(work)
    except sqlite3.DatabaseError as e:
        problems = [str(e)]
    if problems:
        raise StorageError(
            say(
                "备份文件 {file} 已损坏（{problem}），未恢复：请换一个备份。",
                file=file.name,
                problem="; ".join(problems[:2]),
            )
        )


def restore(
    url: str, file: Path, passphrase: str | None = None, clock: Clock = system_clock
) -> RestoreResult:
    target = sqlite_path(url)
    if target is None:
        raise StorageError(
            say(
                "PostgreSQL 数据库请用服务器的工具恢复（pg_restore，或基础备份）；"
                "qiantai restore 只恢复 SQLite 文件。"
            )
        )
    if not file.is_file():
        raise ValidationError("file", say("找不到备份文件 {file}", file=str(file)))
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".qiantai-restore-", suffix=".db", dir=target.parent)
    os.close(fd)
    work = Path(name)
    try:
        encrypted = _checked_copy(file, work, passphrase)
        _refuse_damaged(file, work)
        missing = _sqlite.missing_tables(work)
        revision = _sqlite.stored_revision(work)
        if missing or revision is None:
            raise StorageError(
                say("{file} 不是售后前台的数据库（缺少结构版本或主要数据表），未恢复", file=file.name)
            )
        engine = make_engine(sqlite_url(work))
        try:
            result = upgrade(engine)  # refuses a revision it does not know: a newer program's
        except SchemaTooNew as e:
            raise StorageError(
                say(
                    "备份 {file} 的数据库结构版本 {revision} 比本程序（{head}）新，"
                    "未恢复：请先安装新版程序。",
                    file=file.name,
                    revision=e.revision,
                    head=HEAD_REVISION,
                )
            ) from e
        finally:
            engine.dispose()
        if result.backup is not None:
            result.backup.unlink(missing_ok=True)  # the copy before migrating: the backup file is it
        if result.from_revision != result.to_revision:
            _refuse_damaged(file, work)
        expected = _sqlite.counts_of(work)
        replaced = _put_in_place(target, work, expected, clock)
    finally:
        _remove(work)
    db = Database(url)
    try:
        with unit_of_work(db) as s:
            audit.record(
                s,
                SYSTEM_ACTOR,
                RESTORED,
                ENTITY,
                file.name[:64],
                None,
                {
                    "file": str(file),
                    "encrypted": encrypted,
                    "from_revision": revision,
                    "to_revision": result.to_revision,
                    "replaced_copy": None if replaced is None else str(replaced),
                    "counts": {t: expected[t] for t in MAIN_TABLES if t in expected},
                },
            )
    finally:
        db.dispose()
    return RestoreResult(target, file, encrypted, revision, result.to_revision, replaced, expected)


def _put_in_place(target: Path, work: Path, expected: dict[str, int], clock: Clock) -> Path | None:
    """Writes work over target, keeping target's content aside first; the copy, if there was one."""
    if not target.exists():
        held = _sqlite.connect(target)
        try:
            _sqlite.replace_contents(held, work)
        finally:
            held.close()
        return None
    try:
        held = _sqlite.hold_exclusively(target)
    except _sqlite.InUse as e:
        raise StorageError(in_use_message(target)) from e
    try:
        stamp = clock().strftime("%Y%m%dT%H%M%S")
        replaced = target.with_name(f"{target.name}.before-restore.{stamp}.bak")
        try:
            _sqlite.copy_held(held, replaced)
            _sqlite.replace_contents(held, work)
        except sqlite3.Error as e:
            raise StorageError(say("恢复失败：{reason}（原数据库未改动）", reason=str(e))) from e
        if _sqlite.table_counts(held) != expected:
            raise StorageError(say("恢复后的数据与备份不符，请用 {copy} 还原", copy=str(replaced)))
    finally:
        held.close()
        _drop_spent_journal(target)
    return replaced


def _drop_spent_journal(target: Path) -> None:
    """Exclusive locking mode zeroes a rollback journal's header instead of deleting the file;
    such a journal is no longer hot (nothing to roll back) and goes. A live one stays."""
    journal = Path(str(target) + "-journal")
    try:
        with journal.open("rb") as f:
            spent = f.read(28) == bytes(28)
    except OSError:
        return
    if spent:
        journal.unlink(missing_ok=True)
