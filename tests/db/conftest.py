"""Fixtures of the migration tests: an empty database on each back-end in turn."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from db.engine import make_engine, sqlite_url
from tests.conftest import _pg_exec, _pg_url, drop_pg_database, pg_admin_url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with nothing in it, not even the schema."""
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "empty.db")
        return
    if pg_admin_url() is None:
        pytest.skip("QIANTAI_TEST_PG is not set")
    name = f"qiantai_empty_{abs(hash(tmp_path)) % 10**8}"
    _pg_exec(f"DROP DATABASE IF EXISTS {name}")
    _pg_exec(f"CREATE DATABASE {name}")
    yield _pg_url(name)
    drop_pg_database(name)


@pytest.fixture
def engine(empty_url: str) -> Iterator[Engine]:
    """The program's engine on the empty database."""
    made = make_engine(empty_url)
    yield made
    made.dispose()
