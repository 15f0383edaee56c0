"""The login dialog driven with real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.context import Services
from app.roles import Role
from tests.conftest import TEST_PASSWORD, make_actor
from ui.login_dialog import LoginDialog


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
