"""Brings a database to the program's schema at start-up.

A SQLite file is copied before any migration touches it; a database whose schema
is newer than this program is refused instead of being half-understood.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine

from db.engine import sqlite_path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaTooNew(Exception):
    """The database was written by a newer program."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def _config(migrations_dir: Path = MIGRATIONS_DIR) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir))
    return cfg


def head_revision(migrations_dir: Path = MIGRATIONS_DIR) -> str:
    head = ScriptDirectory.from_config(_config(migrations_dir)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite(path: Path, label: str) -> Path:
    """Copies the file with SQLite's online backup, so WAL contents come along."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.{label}.{stamp}.bak")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(engine: Engine, migrations_dir: Path = MIGRATIONS_DIR) -> MigrationResult:
    """Migrates to head; raises SchemaTooNew for a revision this program does not know."""
    cfg = _config(migrations_dir)
    script = ScriptDirectory.from_config(cfg)
    head = head_revision(migrations_dir)
    current = current_revision(engine)
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
