"""The main window and the administration tab, driven with real widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.context import Services
from app.roles import Role
from tests.conftest import make_actor
from ui.admin.admin_tab import AdminTab
from ui.admin.user_dialogs import AddUserDialog
from ui.main_window import MainWindow


def test_admin_sees_admin_tab_and_status_bar(qtbot: QtBot, sqlite_services: Services, screenshot) -> None:  # type: ignore[no-untyped-def]
    admin = make_actor(sqlite_services, Role.ADMIN, "boss")
    make_actor(sqlite_services, Role.ADVISOR, "xiaowang")
    window = MainWindow(sqlite_services, admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "admin" in window.tab_widgets
    assert "系统管理员" in window.user_label.text()
    assert window.db_label.text().startswith("数据库：SQLite")
    screenshot(window, "main-window-admin")


def test_advisor_does_not_see_admin_tab(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor = make_actor(sqlite_services, Role.ADVISOR, "xiaowang")
    window = MainWindow(sqlite_services, advisor)
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
    admin = make_actor(sqlite_services, Role.ADMIN, "boss")
    make_actor(sqlite_services, Role.ADVISOR, "xiaowang")
    tab = AdminTab(sqlite_services, admin)
    qtbot.addWidget(tab)
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
    admin = make_actor(sqlite_services, Role.ADMIN, "boss")
    tab = AdminTab(sqlite_services, admin)
    qtbot.addWidget(tab)
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
    window = MainWindow(sqlite_services, advisor)
    qtbot.addWidget(window)
    keys = [s.key().toString() for s in window.tab_shortcuts]
    assert keys == [f"Ctrl+{n}" for n in range(1, window.tabs.count() + 1)]
    window.tab_shortcuts[1].activated.emit()
    assert window.tabs.currentIndex() == 1
    window.tab_shortcuts[0].activated.emit()
    assert window.tabs.currentIndex() == 0
