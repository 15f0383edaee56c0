"""The reports tab in the main window on a counter's screens (1024 x 768 and 1366 x 768), in
Chinese and in English: the daily page and the monthly page's trend charts and totals fit, and a
screenshot of each is saved for people to look at.

    QIANTAI_SCREENSHOT_DIR=docs/screenshots QT_QPA_PLATFORM=xcb \\
        xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/pytest tests/ui/reports/test_screens.py

saves reports-{daily,trends,totals,days}-{zh,en}-{width}.png as a real X screen draws them.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QTableView
from pytestqt.qtbot import QtBot

from app.context import Services
from tests.conftest import FakeClock
from tests.ui.reports.support import small_dealer
from tests.ui.screens import SIZES, TITLE_AND_TASK_BAR, Shot, fitted
from ui.main_window import MainWindow
from ui.reports.reports_tab import ReportsTab
from ui.tasks import SyncTaskRunner


def rows_cut(table: QTableView) -> int:
    """How many of the table's rows lie below its visible part."""
    view = table.viewport().height()
    return sum(
        1 for r in range(table.model().rowCount()) if table.rowViewportPosition(r) + table.rowHeight(r) > view
    )


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}" for w, _ in SIZES])
def test_the_reports_pages_fit_and_are_shot(
    qtbot: QtBot,
    sqlite_services: Services,
    clock: FakeClock,
    language: str,
    size: tuple[int, int],
    screenshot: Shot,
) -> None:
    svc = sqlite_services
    width, height = size
    usable = (width, height - TITLE_AND_TASK_BAR)
    dealer = small_dealer(svc, clock)
    window = MainWindow(svc, dealer.supervisor, runner=SyncTaskRunner())
    tab = window.tab_widgets["reports"]
    assert isinstance(tab, ReportsTab)
    window.tabs.setCurrentWidget(tab)
    too_big: dict[str, tuple[int, int]] = {}
    need = fitted(qtbot, window, *usable)
    if need[0] > usable[0] or need[1] > usable[1]:
        too_big["daily"] = need
    daily = tab.daily
    # Every figure in view, no column of the figures cut at the right.
    assert rows_cut(daily.figures_table) == 0, (language, width)
    assert daily.figures_table.horizontalScrollBar().maximum() == 0, (language, width)
    # The quality of the three spans and each advisor's estimate accuracy: no column or row cut.
    for table in (daily.quality_table, daily.accuracy_table):
        assert table.horizontalScrollBar().maximum() == 0, (table.objectName(), language, width)
        assert rows_cut(table) == 0, (table.objectName(), language, width)
    screenshot(window, f"reports-daily-{language}-{width}")

    tab.pages.setCurrentWidget(tab.monthly)
    monthly = tab.monthly
    for n, name in enumerate(("trends", "totals", "days")):
        monthly.sections.setCurrentIndex(n)
        need = fitted(qtbot, window, *usable)
        if need[0] > usable[0] or need[1] > usable[1]:
            too_big[name] = need
        screenshot(window, f"reports-{name}-{language}-{width}")
    monthly.sections.setCurrentIndex(1)
    assert rows_cut(monthly.figures_table) == 0, (language, width)
    assert monthly.figures_table.horizontalScrollBar().maximum() == 0, (language, width)
    charts: list[QAbstractScrollArea] = [monthly.vehicles_chart, monthly.revenue_chart]
    monthly.sections.setCurrentIndex(0)
    fitted(qtbot, window, *usable)
    assert all(chart.height() >= 200 for chart in charts), [c.height() for c in charts]
    assert not too_big, (language, width, too_big)
