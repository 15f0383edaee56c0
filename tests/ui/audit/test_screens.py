"""The audit tab on a counter's screens (1024 x 768 and 1366 x 768), in Chinese and in English: it
fits, and a screenshot is saved for people to look at.

    QIANTAI_SCREENSHOT_DIR=docs/screenshots QT_QPA_PLATFORM=xcb \\
        xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/pytest tests/ui/audit/test_screens.py

saves audit-tab-{zh,en}-{width}.png as a real X screen draws them: a day's changes, the edited car's
row chosen with its fields before → after.
"""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from app.context import Services
from tests.ui.audit.support import a_day
from tests.ui.screens import SIZES, TITLE_AND_TASK_BAR, Shot, fitted
from ui.audit.audit_tab import AuditTab
from ui.main_window import MainWindow
from ui.tasks import SyncTaskRunner


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}" for w, _ in SIZES])
def test_the_audit_tab_fits_and_is_shot(
    qtbot: QtBot, sqlite_services: Services, language: str, size: tuple[int, int], screenshot: Shot
) -> None:
    svc = sqlite_services
    width, height = size
    usable = (width, height - TITLE_AND_TASK_BAR)
    day = a_day(svc)
    window = MainWindow(svc, day.supervisor, runner=SyncTaskRunner())
    tab = window.tab_widgets["audit"]
    assert isinstance(tab, AuditTab)
    window.tabs.setCurrentWidget(tab)
    tab.filters.set_today(dt.datetime.now().astimezone().date())  # the rows' real day
    tab.search()
    row = [line.action for line in tab.model.rows].index("vehicle.edit")
    tab.table.selectRow(row)
    need = fitted(qtbot, window, *usable)
    screenshot(window, f"audit-tab-{language}-{width}")
    assert need[0] <= usable[0] and need[1] <= usable[1], (language, width, need)
    assert tab.detail.model.rowCount() >= 2
