"""Brings a database to the program's schema at start-up.

A SQLite file is copied before any migration touches it; a database whose schema
is newer than this program is refused instead of being half-understood.

The check at every start reads the stored revision with one plain query and compares it with
db.schema_version.HEAD_REVISION; Alembic (and Mako, which it brings along) is imported only when
the database is new, behind, ahead of the program, or not in a state that query can judge.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from db.engine import sqlite_path
from db.schema_version import HEAD_REVISION, VERSION_TABLE

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaTooNew(Exception):
    """The database was written by a newer program."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


class BackupFailed(Exception):
    """The copy made before migrating could not be written: nothing was migrated."""

    def __init__(self, target: Path, reason: str) -> None:
        super().__init__(f"{target}: {reason}")
        self.target = target
        self.reason = reason


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def _config(migrations_dir: Path = MIGRATIONS_DIR) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir))
    return cfg


def head_revision(migrations_dir: Path = MIGRATIONS_DIR) -> str:
    """The newest revision of the migration scripts, as Alembic reads them (imports Alembic)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config(migrations_dir)).get_current_head()
    assert head is not None
    return head


def _stored_revisions(conn: Connection) -> list[str] | None:
    """The rows of the version table, or None when the database has no such table."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    return list(conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars())


def current_revision(engine: Engine) -> str | None:
    """The database's revision (None for a database without one), read with plain SQL."""
    # A reader: on SQLite it begins DEFERRED, so a counter busy writing does not hold it up.
    with engine.execution_options(sqlite_begin="DEFERRED").connect() as conn:
        stored = _stored_revisions(conn)
        if stored is None or not stored:
            return None
        if len(stored) == 1:
            return stored[0]
        # Several heads: let Alembic say what it says about them.
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite(path: Path, label: str) -> Path:
    """Copies the file with SQLite's online backup, so WAL contents come along."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.{label}.{stamp}.bak")
    try:
        src = sqlite3.connect(path)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as e:  # an unwritable folder, a full disk: sqlite3 names neither clearly
        target.unlink(missing_ok=True)
        raise BackupFailed(target, _why_not_writable(target.parent) or str(e)) from e
    return target


def _why_not_writable(folder: Path) -> str | None:
    """The operating system's reason a new file cannot be made in folder, if there is one."""
    probe = folder / ".qiantai-write-test"
    try:
        probe.write_bytes(b"")
    except OSError as e:
        return e.strerror or str(e)
    probe.unlink(missing_ok=True)
    return None


def _known(script: ScriptDirectory, revision: str) -> bool:
    from alembic.util import CommandError

    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(engine: Engine, migrations_dir: Path = MIGRATIONS_DIR) -> MigrationResult:
    """Migrates to head; raises SchemaTooNew for a revision this program does not know."""
    current = current_revision(engine)
    if migrations_dir == MIGRATIONS_DIR and current == HEAD_REVISION:
        return MigrationResult(current, HEAD_REVISION, None)  # the usual start: nothing to do
    return _upgrade_with_alembic(engine, migrations_dir, current)


def _upgrade_with_alembic(engine: Engine, migrations_dir: Path, current: str | None) -> MigrationResult:
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = _config(migrations_dir)
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    assert head is not None
    if current is not None and not _known(script, current):
        raise SchemaTooNew(current)
    if current == head:
        return MigrationResult(current, head, None)
    backup = None
    path = sqlite_path(str(engine.url))
    if current is not None and path is not None and path.exists():
        backup = backup_sqlite(path, f"before-{head}")
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return MigrationResult(current, head, backup)
