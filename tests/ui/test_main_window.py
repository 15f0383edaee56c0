"""The main window and the administration tab, driven with real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.changes import Change
from app.context import Services
from app.roles import Role
from app.settings import DealerInfo
from tests.conftest import TEST_PASSWORD, make_actor
from ui.admin.admin_tab import AdminTab
from ui.admin.user_dialogs import AddUserDialog, ResetPasswordDialog
from ui.main_window import MainWindow
from ui.tasks import SyncTaskRunner


def admin_tab(qtbot: QtBot, svc: Services, username: str = "boss") -> AdminTab:
    tab = AdminTab(svc, make_actor(svc, Role.ADMIN, username), runner=SyncTaskRunner())
    qtbot.addWidget(tab)
    return tab


def test_admin_sees_admin_tab_and_status_bar(qtbot: QtBot, sqlite_services: Services, screenshot) -> None:  # type: ignore[no-untyped-def]
    admin = make_actor(sqlite_services, Role.ADMIN, "boss")
    make_actor(sqlite_services, Role.ADVISOR, "xiaowang")
    window = MainWindow(sqlite_services, admin, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "admin" in window.tab_widgets
    assert "系统管理员" in window.user_label.text()
    assert window.db_label.text().startswith("数据库：SQLite")
    path = str(sqlite_services.db.engine.url.database)
    assert (
        window.db_label.full_text().endswith(path)
        and window.db_label.toolTip() == window.db_label.full_text()
    )
    window.resize(1024, 768)  # a long path is cut in its middle: the file name stays in view
    qtbot.waitUntil(lambda: window.db_label.text().endswith(Path(path).name))
    assert window.db_label.width() <= window.width() // 2
    screenshot(window, "main-window-admin")


def test_advisor_does_not_see_admin_tab(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor = make_actor(sqlite_services, Role.ADVISOR, "xiaowang")
    window = MainWindow(sqlite_services, advisor, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    assert "admin" not in window.tab_widgets


def test_add_user_dialog_shows_errors_beside_fields(qtbot: QtBot, sqlite_services: Services) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN, "boss")
    dialog = AddUserDialog(sqlite_services.users, admin)
    qtbot.addWidget(dialog)
    dialog.username.setText("x")
    dialog.password.setText("secret-1")
    dialog.again.setText("secret-1")
    dialog.save()
    assert "2-32" in dialog.form.error_text("username")
    dialog.username.setText("lisi")
    dialog.again.setText("different")
    dialog.save()
    assert dialog.form.error_text("password_again")
    dialog.again.setText("secret-1")
    dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.created is not None and dialog.created.role is Role.SUPERVISOR


def test_users_page_disables_and_enables(qtbot: QtBot, sqlite_services: Services) -> None:
    make_actor(sqlite_services, Role.ADVISOR, "xiaowang")
    tab = admin_tab(qtbot, sqlite_services)
    page = tab.users_page
    page.select_username("xiaowang")
    page.toggle_active()
    user = next(u for u in page.model.rows if u.username == "xiaowang")
    assert not user.active
    assert page.model.data(page.model.index(page.model.rows.index(user), 3)) == "停用"
    page.select_username("xiaowang")
    page.toggle_active()
    assert next(u for u in page.model.rows if u.username == "xiaowang").active


def test_dealer_page_saves_and_shows_field_errors(  # type: ignore[no-untyped-def]
    qtbot: QtBot, sqlite_services: Services, screenshot
) -> None:
    tab = admin_tab(qtbot, sqlite_services)
    tab.resize(1100, 600)
    page = tab.dealer_page
    page.name.setText("")
    page.save()
    assert page.form.error_text("name") == "请填写经销商名称"
    page.name.setText("深圳鹏程汽车销售服务有限公司")
    page.code.setText("sz0755")
    page.address.setText("深圳市南山区科技园路 88 号")
    page.phone.setText("0755-86001234")
    page.save()
    assert page.status.text() == "已保存" and page.code.text() == "SZ0755"
    assert sqlite_services.settings.dealer().name == "深圳鹏程汽车销售服务有限公司"
    screenshot(tab, "tab-admin")


def test_ctrl_number_switches_tabs(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor = make_actor(sqlite_services, Role.ADVISOR, "xiaowang")
    window = MainWindow(sqlite_services, advisor, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    keys = [s.key().toString() for s in window.tab_shortcuts]
    assert keys == [f"Ctrl+{n}" for n in range(1, window.tabs.count() + 1)]
    window.tab_shortcuts[1].activated.emit()
    assert window.tabs.currentIndex() == 1
    window.tab_shortcuts[0].activated.emit()
    assert window.tabs.currentIndex() == 0


def test_users_page_adds_and_resets_through_its_dialogs(qtbot: QtBot, sqlite_services: Services) -> None:
    tab = admin_tab(qtbot, sqlite_services)
    tab.show()
    page = tab.users_page
    page.add_user()
    dialog = page.dialog
    assert isinstance(dialog, AddUserDialog) and dialog.isVisible()  # open, not blocking
    dialog.username.setText("lisi")
    dialog.display_name.setText("李四")
    dialog.password.setText("secret-1")
    dialog.again.setText("secret-1")
    dialog.save()
    assert page.dialog is None
    selected = page.selected()
    assert selected is not None and selected.username == "lisi"  # listed and selected
    page.reset_password()
    reset = page.dialog
    assert isinstance(reset, ResetPasswordDialog)
    reset.password.setText("secret-2")
    reset.again.setText("secret-2")
    reset.save()
    assert page.dialog is None
    assert sqlite_services.users.login("lisi", "secret-2").username == "lisi"


def test_admin_tab_refreshes_on_announced_changes_and_keeps_unsaved_edits(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    tab = admin_tab(qtbot, sqlite_services)
    tab.show()
    other = make_actor(sqlite_services, Role.ADMIN, "other")
    # Another window of this program adds a user and changes the dealer: both announce it.
    sqlite_services.users.add_user(other, "wangwu", "王五", Role.ADVISOR.value, TEST_PASSWORD)
    sqlite_services.settings.update_dealer(other, DealerInfo("鹏程汽车", "SZ0755", "", ""))
    tab.bus.announce(frozenset({Change.USERS, Change.SETTINGS}))
    assert "wangwu" in [u.username for u in tab.users_page.model.rows]
    assert tab.dealer_page.name.text() == "鹏程汽车"
    # An edit the admin has not saved yet is not overwritten by the next change.
    tab.dealer_page.address.setText("深圳市南山区")
    sqlite_services.settings.update_dealer(other, DealerInfo("鹏程汽车（南山）", "SZ0755", "", ""))
    tab.bus.announce(frozenset({Change.SETTINGS}))
    assert tab.dealer_page.address.text() == "深圳市南山区"
    assert tab.dealer_page.name.text() == "鹏程汽车"
