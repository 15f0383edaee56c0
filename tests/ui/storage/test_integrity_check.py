"""After the window shows, a damaged file is named in a message and kept read-only."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.context import Services
from app.roles import Role
from tests.app.storage.test_integrity import damage, fill
from tests.conftest import make_actor
from tests.ui.intake.support import answer_next_box
from ui.integrity_check import check_database_file
from ui.main_window import MainWindow
from ui.tasks import SyncTaskRunner


def test_the_window_says_the_file_is_damaged(qtbot: QtBot, sqlite_services: Services) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    fill(sqlite_services, admin, 300)
    damaged = damage(sqlite_services.db)
    services = Services.build(damaged, sqlite_services.paths, sqlite_services.clock)
    window = MainWindow(services, admin, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []
    answer_next_box(None, seen)
    check_database_file(window, window.ops, services)
    qtbot.waitUntil(lambda: bool(seen))
    assert "完整性检查" in seen[0] and "备份" in seen[0]
    assert damaged.write_refusal is not None
    damaged.dispose()


def test_a_healthy_file_says_nothing(qtbot: QtBot, sqlite_services: Services) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    window = MainWindow(sqlite_services, admin, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    check_database_file(window, window.ops, sqlite_services)
    assert sqlite_services.db.write_refusal is None
