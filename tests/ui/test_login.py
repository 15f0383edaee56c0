"""The login dialog driven with real widgets."""

from __future__ import annotations

import gc
import sqlite3
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.context import Services
from app.roles import Role
from db.engine import sqlite_path
from tests.conftest import TEST_PASSWORD, make_actor
from tests.ui.test_responsive import MAX_STALL_S, Heartbeat
from ui.login_dialog import LoginDialog
from ui.operations import Operations
from ui.tasks import ThreadTaskRunner


def test_enter_moves_to_password_then_logs_in(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor = make_actor(sqlite_services, Role.ADVISOR, "xiaowang")
    dialog = LoginDialog(sqlite_services.users, "示例汽车")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "xiaowang")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.password
    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor == advisor


def test_wrong_password_shows_message_and_stays_open(
    qtbot: QtBot, sqlite_services: Services, screenshot
) -> None:  # type: ignore[no-untyped-def]
    make_actor(sqlite_services, Role.ADVISOR, "xiaowang")
    dialog = LoginDialog(sqlite_services.users)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("xiaowang")
    dialog.password.setText("nope")
    dialog.try_login()
    assert dialog.actor is None and dialog.isVisible()
    assert "不正确" in dialog.message.text()
    assert dialog.password.text() == ""
    screenshot(dialog, "login-wrong-password")


def test_empty_username_is_shown_beside_the_field(qtbot: QtBot, sqlite_services: Services) -> None:
    dialog = LoginDialog(sqlite_services.users)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.try_login()
    assert dialog.form.error_text("username") == "请输入用户名"


def test_enter_in_a_shown_dialog_moves_on_instead_of_clicking_ok(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    from ui.admin.user_dialogs import AddUserDialog

    admin = make_actor(sqlite_services, Role.ADMIN, "boss")
    dialog = AddUserDialog(sqlite_services.users, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.username.setFocus()
    qtbot.keyClicks(dialog.username, "lisi")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.created is None
    assert dialog.focusWidget() is dialog.display_name


@pytest.mark.alone
def test_a_locked_database_keeps_the_login_responsive(qtbot: QtBot, sqlite_services: Services) -> None:
    """Another counter holds the write lock: the dialog waits without freezing, then logs in."""
    make_actor(sqlite_services, Role.ADVISOR, "xiaowang")
    host = QWidget()
    qtbot.addWidget(host)
    runner = ThreadTaskRunner()
    dialog = LoginDialog(sqlite_services.users, ops=Operations(host, runner))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("xiaowang")
    dialog.password.setText(TEST_PASSWORD)
    path = sqlite_path(sqlite_services.db.url)
    assert path is not None
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # the login records itself: it must wait for this lock
    # As in test_responsive: a full collection of a long session's heap is not what is measured.
    gc.collect()
    gc.freeze()
    heartbeat = Heartbeat()
    heartbeat.start()
    locked_at = time.monotonic()

    def release() -> None:
        other.execute("COMMIT")
        other.close()

    QTimer.singleShot(1500, release)
    dialog.try_login()
    assert dialog.message.text() == "正在登录…" and not dialog.login_button.isEnabled()
    try:
        qtbot.waitUntil(lambda: dialog.actor is not None, timeout=10_000)
    finally:
        heartbeat.stop()
        gc.unfreeze()
    assert time.monotonic() - locked_at >= 1.4  # it did wait for the lock
    assert heartbeat.longest < MAX_STALL_S, f"the UI thread stalled {heartbeat.longest * 1000:.0f} ms"
    assert dialog.result() == QDialog.DialogCode.Accepted
    runner.wait()
