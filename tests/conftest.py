"""Shared fixtures: a fresh, migrated database per test (SQLite, and PostgreSQL when the
test command has started one), services on it, and users of each role."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep per-user files (logs, data, QSettings) of the program under test out of the real home.
_home = Path(tempfile.mkdtemp(prefix="qiantai-test-home-"))
for _var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(_home / _var.lower())
# The counter's local time; tests that speak of "today" mean a day in China.
os.environ["TZ"] = "Asia/Shanghai"
time.tzset()

from app.clock import Clock, system_clock  # noqa: E402
from app.context import Services  # noqa: E402
from app.passwords import PasswordHasher, ScryptParams  # noqa: E402
from app.paths import AppPaths  # noqa: E402
from app.roles import SYSTEM_ACTOR, Actor, Role  # noqa: E402
from db.engine import make_engine, sqlite_url  # noqa: E402
from db.migrate import upgrade  # noqa: E402
from db.uow import Database  # noqa: E402
from tests import pg_connections  # noqa: E402

PG_ENV = "QIANTAI_TEST_PG"  # e.g. postgresql+psycopg://postgres@127.0.0.1:55432/postgres
TEST_NOW = dt.datetime(2026, 11, 27, 2, 0, tzinfo=dt.UTC)  # 10:00 in Beijing
TEST_PASSWORD = "counter-pass-1"
# The same scrypt, with a cost of 2**8 instead of the program's 2**17 (0.3-0.5 s a hash): the
# suite creates and logs in users by the thousand. Services of the fixtures get it explicitly; the
# program's own default is checked in tests/app/admin/test_passwords.py.
TEST_HASHER = PasswordHasher(ScryptParams(n=2**8, r=8, p=1))
_counter = itertools.count()


class FakeClock:
    """A clock that stands still until a test moves it."""

    def __init__(self, now: dt.datetime = TEST_NOW) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += dt.timedelta(**kwargs)


def pg_admin_url() -> str | None:
    return os.environ.get(PG_ENV)


if pg_admin_url() is not None:  # every connection to the test server, from the first one on
    pg_connections.install()


@pytest.fixture(scope="session", autouse=True)
def no_connection_left_open() -> Iterator[None]:
    """A connection still open when the tests end fails the run with where it was opened,
    instead of a ResourceWarning naming nothing when the interpreter collects it. A fixture's
    error rather than a session hook's exit status: pytest-xdist reports the one from its
    workers, not the other."""
    yield
    leaks = pg_connections.still_open() if pg_admin_url() is not None else []
    if leaks:
        pytest.fail(
            f"{len(leaks)} PostgreSQL connection(s) left open at the end of the tests:\n" + "\n".join(leaks)
        )


def _pg_url(name: str) -> str:
    base = pg_admin_url()
    assert base is not None
    return base.rsplit("/", 1)[0] + "/" + name


def _pg_exec(sql: str) -> None:
    engine = create_engine(pg_admin_url() or "", isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(sql))
    finally:
        engine.dispose()


def drop_pg_database(name: str) -> None:
    """Drops a test's database; a connection the test left open to it fails the test, with where
    it was opened (instead of a ResourceWarning naming no test when it is collected later)."""
    leaks = pg_connections.left_open(name)
    _pg_exec(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    if leaks:
        pytest.fail(f"{len(leaks)} connection(s) to {name} left open; opened at:\n" + "\n".join(leaks))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = make_engine(sqlite_url(path))
    upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    if pg_admin_url() is None:
        pytest.skip(f"{PG_ENV} is not set: run the suite through scripts/test to get PostgreSQL")
    name = f"qiantai_template_{os.getpid()}"
    _pg_exec(f"DROP DATABASE IF EXISTS {name}")
    _pg_exec(f"CREATE DATABASE {name}")
    engine = make_engine(_pg_url(name))
    upgrade(engine)
    engine.dispose()
    yield name
    _pg_exec(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def fresh_sqlite_url(template: Path, directory: Path) -> str:
    path = directory / f"qiantai-{next(_counter)}.db"
    shutil.copyfile(template, path)
    return sqlite_url(path)


@pytest.fixture
def sqlite_url_fresh(sqlite_template: Path, tmp_path: Path) -> str:
    return fresh_sqlite_url(sqlite_template, tmp_path)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh migrated database URL, on each back-end in turn."""
    if request.param == "sqlite":
        yield fresh_sqlite_url(request.getfixturevalue("sqlite_template"), tmp_path)
        return
    template = request.getfixturevalue("pg_template")
    name = f"qiantai_test_{os.getpid()}_{next(_counter)}"
    _pg_exec(f"CREATE DATABASE {name} TEMPLATE {template}")
    yield _pg_url(name)
    drop_pg_database(name)


def background_work_done() -> None:
    """A GUI test's background database calls end before its database goes: pytest-qt processes
    the events once more after the test and while closing its widgets, which can start a board
    poll or a search on the UI's thread pool after the test's own wait."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        qtcore.QThreadPool.globalInstance().waitForDone(30_000)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    yield database
    background_work_done()
    database.dispose()


@pytest.fixture
def sqlite_db(sqlite_url_fresh: str) -> Iterator[Database]:
    """SQLite only, for tests (GUI ones above all) where the back-end does not matter."""
    database = Database(sqlite_url_fresh)
    yield database
    background_work_done()
    database.dispose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _services(database: Database, tmp_path: Path, clock: FakeClock) -> Services:
    paths = AppPaths(data_dir=tmp_path / "data", log_dir=tmp_path / "logs")
    return Services.build(database, paths, clock, hasher=TEST_HASHER)


@pytest.fixture
def services(db: Database, tmp_path: Path, clock: FakeClock) -> Services:
    return _services(db, tmp_path, clock)


@pytest.fixture
def sqlite_services(sqlite_db: Database, tmp_path: Path, clock: FakeClock) -> Services:
    return _services(sqlite_db, tmp_path, clock)


@pytest.fixture
def cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Services the program builds itself in this test (the CLI's, main()'s) hash with TEST_HASHER."""
    build = Services.build

    def cheap(
        db: Database, paths: AppPaths, clock: Clock = system_clock, hasher: PasswordHasher | None = None
    ) -> Services:
        return build(db, paths, clock, hasher or TEST_HASHER)

    monkeypatch.setattr(Services, "build", staticmethod(cheap))


def make_actor(svc: Services, role: Role, username: str | None = None) -> Actor:
    name = username or f"{role.value}{next(_counter)}"
    info = svc.users.add_user(SYSTEM_ACTOR, name, f"测试{role.value}", role.value, TEST_PASSWORD)
    return Actor(info.id, info.username, info.display_name, info.role)


@pytest.fixture
def admin(services: Services) -> Actor:
    return make_actor(services, Role.ADMIN)


@pytest.fixture
def advisor(services: Services) -> Actor:
    return make_actor(services, Role.ADVISOR)


@pytest.fixture
def supervisor(services: Services) -> Actor:
    return make_actor(services, Role.SUPERVISOR)


@pytest.fixture
def cups(qapp: object) -> object:
    """The test CUPS server's queues (tests.printing.pdftools.CupsQueues), with a Qt application
    for spooling; skipped when scripts/test did not start CUPS."""
    from tests.printing.pdftools import A4_ENV, LABEL_ENV, OUT_ENV, cups_queues

    queues = cups_queues()
    if queues is None:
        pytest.skip(f"{OUT_ENV}, {A4_ENV} and {LABEL_ENV} are not set: run through scripts/test for CUPS")
    return queues
