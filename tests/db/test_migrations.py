"""Migrations on SQLite and PostgreSQL: empty -> head, head -> head, newer refused, backup first."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from db.engine import make_engine, sqlite_url
from db.migrate import MIGRATIONS_DIR, SchemaTooNew, current_revision, head_revision, upgrade
from db.models import Base
from db.schema_version import HEAD_REVISION

EXTRA_REVISION = '''"""a later revision, for tests"""
from alembic import op
import sqlalchemy as sa

revision = "9000"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("later_table", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("later_table")
'''


def test_empty_to_head_creates_every_table(empty_url: str) -> None:
    engine = make_engine(empty_url)
    result = upgrade(engine)
    assert result.from_revision is None
    assert result.to_revision == head_revision()
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    engine.dispose()


def test_head_to_head_changes_nothing(empty_url: str) -> None:
    engine = make_engine(empty_url)
    upgrade(engine)
    again = upgrade(engine)
    assert again.from_revision == again.to_revision == head_revision()
    assert again.backup is None
    engine.dispose()


def test_models_match_the_migrations(empty_url: str) -> None:
    """Autogenerate finds nothing to do: the migrations create exactly what the models say."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    engine = make_engine(empty_url)
    upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_head_revision_constant_is_alembics_head() -> None:
    """The start-up check knows the head without Alembic: db/schema_version.py must follow the
    migrations. A new revision under db/migrations/versions means updating HEAD_REVISION."""
    assert head_revision() == HEAD_REVISION, "update HEAD_REVISION in db/schema_version.py"


def test_start_up_on_a_migrated_database_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "counter.db"
    engine = make_engine(sqlite_url(path))
    upgrade(engine)
    engine.dispose()
    probe = (
        "import sys\n"
        "from db.engine import make_engine, sqlite_url\n"
        "from db.migrate import upgrade\n"
        f"result = upgrade(make_engine(sqlite_url({str(path)!r})))\n"
        "print(result.from_revision, result.to_revision, result.backup, 'alembic' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=root, check=True, capture_output=True, text=True
    ).stdout.split()
    assert out == [HEAD_REVISION, HEAD_REVISION, "None", "False"]


def test_newer_schema_is_refused(empty_url: str) -> None:
    engine = make_engine(empty_url)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    with pytest.raises(SchemaTooNew) as info:
        upgrade(engine)
    assert info.value.revision == "ffff9999"
    assert current_revision(engine) == "ffff9999"  # untouched
    engine.dispose()


def test_sqlite_file_is_copied_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / "counter.db"
    engine = make_engine(sqlite_url(path))
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (name, name_initials, kind, note, created_at, updated_at,"
                " version) VALUES ('张三', 'zs', 'person', '', '2026-01-01', '2026-01-01', 1)"
            )
        )
    migrations = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, migrations)
    (migrations / "versions" / "9000_later.py").write_text(EXTRA_REVISION.format(head=head_revision()))

    result = upgrade(engine, migrations)
    engine.dispose()

    assert result.to_revision == "9000"
    assert result.backup is not None and result.backup.exists()
    backup = sqlite3.connect(result.backup)
    try:
        assert backup.execute("SELECT name FROM customers").fetchall() == [("张三",)]
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
        later = backup.execute("SELECT name FROM sqlite_master WHERE name = 'later_table'").fetchall()
        assert later == []
    finally:
        backup.close()


def test_audit_log_is_append_only(empty_url: str) -> None:
    engine = make_engine(empty_url)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_log (at, action, entity, prev_hash, row_hash)"
                f" VALUES ('2026-01-01', 'x', 'y', '{'0' * 64}', '{'1' * 64}')"
            )
        )
    for statement in ("UPDATE audit_log SET action = 'z'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(text(statement))
    engine.dispose()


def test_sqlite_pragmas(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "p.db"))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    engine.dispose()


def test_a_backup_that_cannot_be_written_stops_the_migration_with_one_line(tmp_path: Path) -> None:
    import subprocess

    from db.migrate import BackupFailed

    folder = tmp_path / "locked"
    folder.mkdir()
    engine = make_engine(sqlite_url(folder / "counter.db"))
    upgrade(engine)
    migrations = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, migrations)
    (migrations / "versions" / "9000_later.py").write_text(EXTRA_REVISION.format(head=head_revision()))
    with engine.connect() as conn:  # the WAL files stay while the folder takes no new file
        conn.exec_driver_sql("SELECT 1")
        try:
            made = subprocess.run(["chattr", "+i", str(folder)], check=False, capture_output=True)
        except FileNotFoundError:
            pytest.skip("no chattr here to make a folder immutable")
        if made.returncode != 0:
            pytest.skip("this file system cannot make a folder immutable")
        try:
            with pytest.raises(BackupFailed) as failed:
                upgrade(engine, migrations)
        finally:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
    assert failed.value.target.parent == folder
    assert "not permitted" in failed.value.reason or "denied" in failed.value.reason
    assert "\n" not in str(failed.value)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
    engine.dispose()
