"""Locking the screen (Ctrl+L) and switching user at a shared counter PC, with real widgets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from app.context import Services
from app.roles import SYSTEM_ACTOR, Actor, Role
from app.settings import DealerInfo
from app.users import MAX_FAILED_LOGINS
from tests.conftest import TEST_PASSWORD, make_actor
from tests.ui.intake.support import answer_next_box
from ui.admin.admin_tab import AdminTab
from ui.admin.user_dialogs import ResetPasswordDialog
from ui.i18n import tr
from ui.intake.intake_tab import IntakeTab
from ui.intake.vehicle_dialog import VehicleDialog
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.password_dialog import ChangePasswordDialog
from ui.tasks import SyncTaskRunner
from ui.windows import top_level_widgets


@pytest.fixture
def open_window(qtbot: QtBot, sqlite_services: Services) -> Iterator[MainWindow]:
    """A shown window of an advisor; the window is closed (its dialogs too) after the test."""
    advisor = make_actor(sqlite_services, Role.ADVISOR, "xiaowang")
    window = MainWindow(sqlite_services, advisor, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for dialog in window.findChildren(QDialog):
        dialog.done(0)


def intake(window: MainWindow) -> IntakeTab:
    tab = window.tab_widgets["intake"]
    assert isinstance(tab, IntakeTab)
    return tab


def open_vehicle_form(window: MainWindow, vin: str) -> VehicleDialog:
    tab = intake(window)
    tab.new_vehicle()
    dialog = tab.dialog
    assert isinstance(dialog, VehicleDialog) and dialog.isVisible()
    dialog.vin.setText(vin)
    return dialog


def visible_customer_widgets(window: MainWindow) -> list[QWidget]:
    """Anything of the tabs or of a dialog over them that a passer-by could read."""
    shown = [w for w in window.tab_widgets.values() if w.isVisible()]
    shown += [w for w in top_level_widgets() if isinstance(w, QDialog) and w.isVisible()]
    return shown


def press_ctrl_l(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def unlock_with(window: MainWindow, password: str) -> None:
    page = window.session.page
    page.password.setText(password)
    page.password.returnPressed.emit()  # Enter unlocks


def log_in_switch(window: MainWindow, username: str, password: str = TEST_PASSWORD) -> LoginDialog:
    login = window.session.login
    assert isinstance(login, LoginDialog) and login.isVisible()
    login.username.setText(username)
    login.password.setText(password)
    login.try_login()
    return login


def test_ctrl_l_hides_the_content_and_the_open_form(  # type: ignore[no-untyped-def]
    qtbot: QtBot, open_window: MainWindow, screenshot
) -> None:
    window = open_window
    form = open_vehicle_form(window, "LSVAM4187C2184847")
    press_ctrl_l(form.vin)  # from inside the form: a window-modal dialog blocks the window's keys
    assert window.session.locked
    assert visible_customer_widgets(window) == []
    assert not window.menuBar().isVisible()
    page = window.session.page
    assert page.isVisible() and "测试advisor" in page.who.text() and "服务顾问" in page.who.text()
    assert page.password.isVisible()
    screenshot(window, "main-window-locked")


def test_same_user_unlocks_to_everything_as_it_was(qtbot: QtBot, open_window: MainWindow) -> None:
    window = open_window
    tab = intake(window)
    window.tabs.setCurrentIndex(window.tabs.indexOf(tab))
    tab.search.box.setText("粤B")
    form = open_vehicle_form(window, "LSVAM4187C2184847")
    assert window.session.lock()
    unlock_with(window, TEST_PASSWORD)
    assert not window.session.locked
    assert window.tabs.isVisible() and window.tabs.currentWidget() is tab
    assert tab.search.box.text() == "粤B"
    assert tab.dialog is form and form.isVisible() and form.vin.text() == "LSVAM4187C2184847"
    assert window.menuBar().isVisible()


def test_wrong_password_says_so_and_the_lockout_applies(
    qtbot: QtBot, sqlite_services: Services, open_window: MainWindow
) -> None:
    window = open_window
    window.session.lock()
    page = window.session.page
    unlock_with(window, "wrong")
    assert window.session.locked and page.isVisible() and page.password.isVisible()
    assert "不正确" in page.message.text() and "再错" in page.message.text()
    for _ in range(MAX_FAILED_LOGINS - 1):
        unlock_with(window, "wrong")
    assert "锁定" in page.message.text()
    unlock_with(window, TEST_PASSWORD)  # the account is locked now: the right password waits too
    assert window.session.locked and "锁定" in page.message.text()
    unlock_with(window, "")
    assert page.message.text() == "请输入密码"


def test_another_user_gets_a_window_for_their_role(qtbot: QtBot, sqlite_services: Services) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN, "boss")
    make_actor(sqlite_services, Role.ADVISOR, "xiaowang")
    window = MainWindow(sqlite_services, admin, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    assert "admin" in window.tab_widgets
    window.session.lock()
    window.session.page.switch_button.click()
    login = log_in_switch(window, "xiaowang")
    assert login.result() == QDialog.DialogCode.Accepted
    assert not window.session.locked and window.tabs.isVisible()
    assert window.actor.username == "xiaowang"
    assert "admin" not in window.tab_widgets and "intake" in window.tab_widgets
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["接车开单", "维修看板", "检查单", "保养提醒", "预约", "投诉"]
    assert window.user_label.text() == "用户：测试advisor（服务顾问）"
    assert intake(window).actor.username == "xiaowang"
    assert [s.key().toString() for s in window.tab_shortcuts] == [f"Ctrl+{n}" for n in range(1, 7)]


def test_cancelled_switch_keeps_the_screen_locked(qtbot: QtBot, open_window: MainWindow) -> None:
    window = open_window
    window.session.lock()
    window.session.switch_user()
    login = window.session.login
    assert login is not None
    login.reject()
    assert window.session.locked and window.session.login is None
    assert window.actor.username == "xiaowang"


def test_switch_with_an_open_form_asks_first(
    qtbot: QtBot, sqlite_services: Services, open_window: MainWindow
) -> None:
    window = open_window
    make_actor(sqlite_services, Role.ADVISOR, "xiaoli")
    form = open_vehicle_form(window, "LSVAM4187C2184847")
    form.setWindowTitle("新建车辆")
    seen: list[str] = []
    answer_next_box("取消", seen)
    window.session.switch_user()
    assert seen and "新建车辆" in seen[0] and "丢失" in seen[0]
    assert not window.session.locked and window.session.login is None  # nothing happened
    assert form.isVisible() and form.vin.text() == "LSVAM4187C2184847"

    answer_next_box("仍然切换用户", seen)
    window.session.switch_user()
    assert window.session.locked and not form.isVisible()  # hidden, not yet closed
    log_in_switch(window, "xiaoli")
    assert window.actor.username == "xiaoli"
    assert not [d for d in top_level_widgets() if isinstance(d, VehicleDialog) and d.isVisible()]


def test_switch_names_the_admins_unsaved_dealer_form(qtbot: QtBot, sqlite_services: Services) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN, "boss")
    window = MainWindow(sqlite_services, admin, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    tab = window.tab_widgets["admin"]
    assert isinstance(tab, AdminTab)
    assert window.session.open_work() == []
    tab.dealer_page.address.setText("深圳市南山区")
    assert window.session.open_work() == ["经销商信息"]


def test_same_user_through_switch_gets_their_work_back(qtbot: QtBot, open_window: MainWindow) -> None:
    window = open_window
    form = open_vehicle_form(window, "LSVAM4187C2184847")
    answer_next_box("仍然切换用户")
    window.session.switch_user()
    log_in_switch(window, "xiaowang")
    assert not window.session.locked
    assert form.isVisible() and form.vin.text() == "LSVAM4187C2184847"


def test_switch_to_a_user_whose_password_was_reset_asks_for_a_new_one(
    qtbot: QtBot, sqlite_services: Services, open_window: MainWindow
) -> None:
    window = open_window
    other = make_actor(sqlite_services, Role.ADVISOR, "xiaoli")
    assert other.user_id is not None
    sqlite_services.users.reset_password(SYSTEM_ACTOR, other.user_id, "reset-pass-1")
    window.session.switch_user()
    log_in_switch(window, "xiaoli", "reset-pass-1")
    change = next(d for d in window.findChildren(ChangePasswordDialog) if d.isVisible())
    assert window.session.locked and window.actor.username == "xiaowang"
    change.old.setText("reset-pass-1")
    change.new.setText("new-pass-22")
    change.again.setText("new-pass-22")
    change.save()
    assert window.actor.username == "xiaoli" and not window.session.locked


def test_file_menu_offers_lock_and_switch_user(open_window: MainWindow) -> None:
    actions = {a.objectName(): a for a in open_window.findChildren(type(open_window.menuBar().actions()[0]))}
    assert actions["action_lock"].text() == "锁定屏幕"
    assert actions["action_lock"].shortcut().toString() == "Ctrl+L"
    assert actions["action_switch_user"].text() == "切换用户/注销…"
    actions["action_lock"].trigger()
    assert open_window.session.locked


def test_a_message_box_open_at_the_lock_is_answered_no(qtbot: QtBot, open_window: MainWindow) -> None:
    window = open_window
    form = open_vehicle_form(window, "LSVAM4187C2184847")
    answers: list[QMessageBox.StandardButton] = []

    def lock_from_the_box() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        QTimer.singleShot(2000, lambda: box.done(0) if isValid(box) else None)  # never hang the run
        press_ctrl_l(box)

    QTimer.singleShot(0, lock_from_the_box)
    answers.append(QMessageBox.question(form, "放弃修改？", "放弃修改？"))
    assert answers == [QMessageBox.StandardButton.NoButton]  # not "yes": the form stays
    assert window.session.locked and not form.isVisible()
    unlock_with(window, TEST_PASSWORD)
    assert form.isVisible()


def admin_window(qtbot: QtBot, svc: Services) -> tuple[MainWindow, Actor]:
    admin = make_actor(svc, Role.ADMIN, "boss")
    window = MainWindow(svc, admin, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    return window, admin


def test_admin_is_told_whose_password_was_reset(qtbot: QtBot, sqlite_services: Services) -> None:
    make_actor(sqlite_services, Role.ADVISOR, "xiaowang")
    window, _admin = admin_window(qtbot, sqlite_services)
    tab = window.tab_widgets["admin"]
    assert isinstance(tab, AdminTab)
    page = tab.users_page
    page.select_username("xiaowang")
    page.reset_password()
    dialog = page.dialog
    assert isinstance(dialog, ResetPasswordDialog)
    dialog.password.setText("secret-2")
    dialog.again.setText("secret-2")
    dialog.save()
    notice = page.notice
    assert isinstance(notice, QMessageBox) and notice.isVisible()
    assert "测试advisor（xiaowang）" in notice.text() and "下次登录时必须先设置新密码" in notice.text()
    notice.accept()


def test_title_and_status_bar_say_each_thing_once(qtbot: QtBot, sqlite_services: Services) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.applicationDisplayName()
    app.setApplicationDisplayName(tr("售后前台"))  # as ui.main.make_application does
    try:
        sqlite_services.settings.update_dealer(SYSTEM_ACTOR, DealerInfo("鹏程汽车", "SZ0755", "", ""))
        window, admin = admin_window(qtbot, sqlite_services)
        title = window.windowTitle()
        # Qt adds the display name to a title that does not end with it: this one does.
        assert title == "鹏程汽车 - 售后前台" and title.endswith(app.applicationDisplayName())
        status = [w.text() for w in window.statusBar().findChildren(QLabel) if w.isVisible()]
        everything = " ".join([title, *status])
        for fact in ("售后前台", "鹏程汽车", admin.display_name, "系统管理员", "SQLite"):
            assert everything.count(fact) == 1, (fact, everything)
    finally:
        app.setApplicationDisplayName(before)
