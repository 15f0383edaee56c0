"""The main window builds each tab the first time it is shown: at start only the first (or the
claims clerk's own), the others by Ctrl+number, a click or another tab's errand, in the same
place under the same title and tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.context import Services
from app.roles import Role
from tests.conftest import make_actor
from ui.board.board_tab import BoardTab
from ui.claims.claims_tab import ClaimsTab
from ui.intake.intake_tab import IntakeTab
from ui.main_window import MainWindow
from ui.tasks import SyncTaskRunner


def _window(qtbot: QtBot, svc: Services, role: Role) -> MainWindow:
    window = MainWindow(svc, make_actor(svc, role), runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the main window's Ctrl+number keys need it active
    return window


def test_only_the_shown_tab_is_built_and_ctrl_number_builds_the_next(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    window = _window(qtbot, sqlite_services, Role.ADVISOR)
    tabs = window.tab_widgets
    keys = list(tabs)
    assert keys[:2] == ["intake", "board"] and "appointments" in tabs
    assert isinstance(tabs.built("intake"), IntakeTab) and window.tabs.currentWidget() is tabs.built("intake")
    assert [key for key in keys if tabs.built(key) is not None] == ["intake"]
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    tips = [window.tabs.tabToolTip(i) for i in range(window.tabs.count())]

    intake = tabs.built("intake")
    assert isinstance(intake, IntakeTab)
    intake.search.box.setFocus()
    qtbot.keyClick(intake.search.box, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    board = tabs.built("board")
    assert isinstance(board, BoardTab) and window.tabs.currentWidget() is board
    assert window.tabs.indexOf(board) == 1 and board.isVisible()
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == titles
    assert [window.tabs.tabToolTip(i) for i in range(window.tabs.count())] == tips
    assert tabs.built("appointments") is None  # still not shown

    window.tabs.setCurrentIndex(0)  # back: the same intake tab, not built again
    assert window.tabs.currentWidget() is tabs.built("intake")


def test_asking_for_a_tab_by_key_builds_it_in_its_place(qtbot: QtBot, sqlite_services: Services) -> None:
    window = _window(qtbot, sqlite_services, Role.ADVISOR)
    index = list(window.tab_widgets).index("appointments")
    appointments = window.tab_widgets["appointments"]
    assert window.tabs.indexOf(appointments) == index
    assert window.tabs.currentIndex() == 0  # built, not shown
    assert window.tab_widgets["appointments"] is appointments
    assert "admin" not in window.tab_widgets  # an advisor's window has no administration tab


def test_the_claims_clerk_starts_on_the_claims_tab_alone(qtbot: QtBot, sqlite_services: Services) -> None:
    window = _window(qtbot, sqlite_services, Role.CLAIMS)
    claims = window.tab_widgets.built("claims")
    assert isinstance(claims, ClaimsTab) and window.tabs.currentWidget() is claims
    assert [key for key in window.tab_widgets if window.tab_widgets.built(key) is not None] == ["claims"]
