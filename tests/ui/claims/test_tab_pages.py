"""The claims tab in the main window: a claims clerk starts on it; its pages are Alt+1 … Alt+5
while Ctrl+1 … still change the main window's tabs; each page speaks English; the app's claims
labels are listed for translation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.claims import BOX_STATUS_LABELS, DEFAULT_DEDUCTION_REASONS, PART_LIST_LABELS, PIECE_STATE_LABELS
from app.context import Services
from app.roles import Role
from tests.app.claims.support import claims_clerk, filed_claim, warranty_car, warranty_order
from tests.conftest import make_actor
from tests.ui.test_english import CJK, visible_texts
from ui import labels_i18n
from ui.claims.claims_tab import ClaimsTab
from ui.i18n import install_translator
from ui.main_window import MainWindow
from ui.tasks import SyncTaskRunner


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QTranslator]:
    translator = install_translator(qapp, "en")
    assert translator is not None
    yield translator
    qapp.removeTranslator(translator)


def window_for(qtbot: QtBot, svc: Services, role: Role) -> MainWindow:
    window = MainWindow(
        svc, claims_clerk(svc) if role is Role.CLAIMS else make_actor(svc, role), runner=SyncTaskRunner()
    )
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_a_claims_clerk_starts_on_the_claims_tab(qtbot: QtBot, sqlite_services: Services) -> None:
    window = window_for(qtbot, sqlite_services, Role.CLAIMS)
    assert window.tabs.currentWidget() is window.tab_widgets["claims"]
    advisor = window_for(qtbot, sqlite_services, Role.ADVISOR)
    assert advisor.tabs.currentIndex() == 0 and "claims" not in advisor.tab_widgets
    admin = window_for(qtbot, sqlite_services, Role.ADMIN)
    assert admin.tabs.currentIndex() == 0  # everyone else starts where they did


def test_alt_keys_change_pages_and_ctrl_keys_still_change_tabs(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    window = window_for(qtbot, sqlite_services, Role.CLAIMS)
    tab = window.tab_widgets["claims"]
    assert isinstance(tab, ClaimsTab)
    tab.search.setFocus()
    for number in (2, 3, 4, 5, 1):
        focused = QApplication.focusWidget() or tab
        qtbot.keyClick(focused, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.AltModifier)
        assert tab.pages.currentIndex() == number - 1
        assert tab.pages.tabToolTip(number - 1) == f"Alt+{number}"
    assert tab.search.hasFocus()
    qtbot.keyClick(tab.search, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0  # the board: the main window's own key
    number = window.tabs.indexOf(tab) + 1
    qtbot.keyClick(
        window.tabs.currentWidget(), getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier
    )
    assert window.tabs.currentWidget() is tab


def test_every_page_speaks_english(qtbot: QtBot, sqlite_services: Services, english: QTranslator) -> None:
    svc = sqlite_services
    clerk = claims_clerk(svc)
    claim = filed_claim(svc, clerk, warranty_order(svc, warranty_car(svc)))
    svc.claims.old_parts.store(clerk, claim.pieces[0].barcode, "J-01")
    admin = make_actor(svc, Role.ADMIN)
    window = MainWindow(svc, admin, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    tab = window.tab_widgets["claims"]
    assert isinstance(tab, ClaimsTab)
    window.tabs.setCurrentWidget(tab)
    titles = [tab.pages.tabText(i) for i in range(tab.pages.count())]
    assert titles == ["Claims", "Store old parts", "Return boxes", "Old-part lists", "Monthly summary"]
    data = ("本田", "前刹车片", admin.display_name)
    for index in range(tab.pages.count()):
        tab.pages.setCurrentIndex(index)
        QApplication.processEvents()
        texts = visible_texts(window)
        for word in data:
            texts = [t.replace(word, "") for t in texts]
        chinese = [t for t in texts if CJK.search(t)]
        assert not chinese, f"page {titles[index]!r} still shows Chinese: {chinese}"


def test_the_claims_labels_are_listed_for_translation() -> None:
    labels = (
        set(PIECE_STATE_LABELS.values()) | set(BOX_STATUS_LABELS.values()) | set(PART_LIST_LABELS.values())
    )
    labels |= set(DEFAULT_DEDUCTION_REASONS)
    assert not labels - set(labels_i18n.SOURCES), "add to ui/labels_i18n.py SOURCES"
