"""Running one Alembic command against a test engine (up or down to a given revision), and a
table as the database holds it at that revision."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, MetaData, Table

from db.migrate import MIGRATIONS_DIR


def run_alembic(engine: Engine, action: str, revision: str) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, action)(cfg, revision)


def reflected(engine: Engine, name: str) -> Table:
    """The table as it stands in the database now (the models describe the head revision)."""
    with engine.connect() as conn:
        return Table(name, MetaData(), autoload_with=conn)
