"""月报 on the reports tab: read when its page is first shown, the month chosen with the keyboard,
the totals and the per-day and per-week tables against the report service's summary, the trend
charts drawing the days' numbers, the late deliveries and the open 三包 alerts; and both pages'
.xlsx workbooks exported through a file dialog and read back with openpyxl."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.context import Services
from app.reports.monthly import MONTHLY_DEFINITIONS
from tests.conftest import FakeClock
from tests.ui.reports.support import TODAY, Dealer, make_tab, small_dealer
from ui.intake.lines_model import yuan_text
from ui.reports.figures import FIGURE_ROWS, value_text
from ui.reports.reports_tab import ReportsTab
from ui.time_format import local_datetime


def cells(model: QAbstractItemModel) -> list[list[str]]:
    return [
        [str(model.data(model.index(r, c))) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


@pytest.fixture
def weeks(sqlite_services: Services, clock: FakeClock) -> Dealer:
    return small_dealer(sqlite_services, clock)


def shown_tab(qtbot: QtBot, svc: Services, weeks: Dealer) -> ReportsTab:
    tab = make_tab(qtbot, svc, weeks.supervisor)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.daily.day.hasFocus)
    return tab


def test_the_months_summary_is_the_services(qtbot: QtBot, sqlite_services: Services, weeks: Dealer) -> None:
    svc = sqlite_services
    tab = shown_tab(qtbot, svc, weeks)
    page = tab.monthly
    assert page.shown is None  # not read until its page is shown
    qtbot.keyClick(tab.daily.day, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert tab.pages.currentWidget() is page
    qtbot.waitUntil(page.month.hasFocus)
    summary = svc.reports.monthly(weeks.supervisor, TODAY)
    assert page.shown == summary and page.chosen_month() == dt.date(2026, 11, 1)
    total, before = summary.total, summary.last_month
    assert page.heading.text() == (
        f"2026-11（1 日至 27 日）：进厂 {total.vehicles_in} 台，交车 {total.delivered} 台，"
        f"产值 {total.revenue_fen / 100:,.2f} 元，产值较上月同期 "
        f"{(total.revenue_fen - before.revenue_fen) / before.revenue_fen:+.1%}"
    )
    # The totals: the month, the same days of October and of November 2025, and the changes.
    model = page.figures
    for r, figure in enumerate(FIGURE_ROWS):
        assert [model.value(r, c) for c in (1, 2, 3)] == [
            figure.value(f) for f in (summary.total, summary.last_month, summary.last_year)
        ]
    revenue = next(row for row in cells(model) if row[0] == "产值（元）")
    assert revenue[1:4] == [yuan_text(f.revenue_fen) for f in (total, before, summary.last_year)]
    assert revenue[4] == f"{(total.revenue_fen - before.revenue_fen) / before.revenue_fen:+.1%}"
    assert summary.last_year.revenue_fen == 0 and revenue[5] == "+" + yuan_text(total.revenue_fen)
    # Per day: 1 to 27 November, each row the service's figures of that day.
    days = cells(page.days)
    assert len(days) == len(summary.days) == 27
    vertical = Qt.Orientation.Vertical
    assert page.days.headerData(0, vertical) == "11-01 星期日"
    assert page.days.headerData(26, vertical) == "11-27 星期五"
    for row, figures in zip(days, summary.days, strict=True):
        assert row == [value_text(f.kind, f.value(figures)) for f in FIGURE_ROWS]
    # Per ISO week, cut at the month's edges: 11-01 (a Sunday) is a week of its own.
    weeks_rows = cells(page.weeks)
    assert [page.weeks.headerData(n, vertical) for n in range(len(weeks_rows))] == [
        "第 44 周（11-01–11-01）",
        "第 45 周（11-02–11-08）",
        "第 46 周（11-09–11-15）",
        "第 47 周（11-16–11-22）",
        "第 48 周（11-23–11-27）",
    ]
    assert sum(int(w[2]) for w in weeks_rows) == total.delivered  # 交车台次 adds up
    header_tip = page.days.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header_tip.startswith("进厂台次：")
    # The charts draw the days' numbers.
    assert page.vehicles_chart.categories == tuple(str(d) for d in range(1, 28))
    assert page.vehicles_chart.values["进厂台次"] == tuple(f.vehicles_in for f in summary.days)
    assert page.vehicles_chart.values["交车台次"] == tuple(f.delivered for f in summary.days)
    assert page.revenue_chart.values["工时费"] == tuple(f.labour_fen / 100 for f in summary.days)
    assert page.revenue_chart.values["配件费"] == tuple(f.parts_fen / 100 for f in summary.days)
    assert len(page.revenue_chart.chart().series()) == 1  # one stacked series of three sets
    # Late deliveries one by one, the 三包 alerts open at the month's end.
    assert len(summary.late) == total.late_deliveries > 0
    assert cells(page.late) == [
        [x.ro_number, x.plate, x.advisor, local_datetime(x.promised_at), local_datetime(x.delivered_at),
         f"{x.hours_late:.1f}"]
        for x in summary.late
    ]  # fmt: skip
    assert all("***" in x.plate for x in summary.late)  # masked
    assert page.sections.tabText(4) == f"超时交车 ({len(summary.late)})"
    alerts = cells(page.alerts)
    assert len(alerts) == len(summary.alerts) > 0
    assert [a[2] for a in alerts] == ["三包提醒"] * len(alerts)
    assert alerts[0][3] == str(summary.alerts[0].message)
    panel = page.definitions.toPlainText()
    assert all(str(name) in panel for name, _ in MONTHLY_DEFINITIONS) and "进厂台次" in panel
    # Quality against last month.
    quality = {r[0]: r[1:] for r in cells(page.quality)}
    q = summary.quality
    assert quality["回访满意率"][0] == f"{q.satisfaction.value:.1%}"
    assert quality["一次修复率"][0] == f"{q.fixed_first_visit:.1%}"


def test_the_month_is_chosen_with_the_keyboard(
    qtbot: QtBot, sqlite_services: Services, weeks: Dealer
) -> None:
    svc = sqlite_services
    tab = shown_tab(qtbot, svc, weeks)
    tab.pages.setCurrentWidget(tab.monthly)
    page = tab.monthly
    qtbot.waitUntil(page.month.hasFocus)
    qtbot.keyClick(page.month, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.shown is not None and page.shown.month == dt.date(2026, 10, 1)
    assert page.shown.complete and page.heading.text().startswith("2026-10 全月：")
    assert len(page.shown.days) == 31 and page.days.rowCount() == 31
    qtbot.keyClick(page.month, Qt.Key.Key_PageUp)
    assert page.shown.month == dt.date(2026, 9, 1) and page.shown.total.orders_opened == 0
    assert page.heading.text() == "2026-09 全月：进厂 0 台，交车 0 台，产值 0.00 元"
    qtbot.keyClick(page.month, Qt.Key.Key_Up)  # the field steps a month; Enter reads it
    assert page.chosen_month() == dt.date(2026, 10, 1) and page.shown.month == dt.date(2026, 9, 1)
    qtbot.keyClick(page.month, Qt.Key.Key_Return)
    assert page.shown.month == dt.date(2026, 10, 1)
    # A month not begun yet is refused by the service, said the standard way.
    warnings: list[str] = []
    qtbot_patch = pytest.MonkeyPatch()
    qtbot_patch.setattr(QMessageBox, "warning", lambda _p, title, text: warnings.append(text))
    try:
        page.month.setDate(page.month.date().addMonths(2))
        qtbot.keyClick(page.month, Qt.Key.Key_Return)
    finally:
        qtbot_patch.undo()
    assert warnings == ["2026-12 还没有开始，只能汇总本月和以前的月份"]
    assert page.heading.text() == "未能汇总 2026-12"


def test_the_workbooks_are_exported(
    qtbot: QtBot, sqlite_services: Services, weeks: Dealer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc = sqlite_services
    tab = shown_tab(qtbot, svc, weeks)
    asked: list[str] = []

    def save_as(_parent: object, caption: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(f"{caption}|{Path(suggested).name}")
        return str(tmp_path / Path(suggested).stem), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.keyClick(tab.daily.day, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    daily = tmp_path / "维修日报-2026-11-27.xlsx"
    assert asked == ["导出 Excel|维修日报-2026-11-27.xlsx"]
    assert tab.message.text() == f"已保存到 {daily}"
    report = svc.reports.daily(weeks.supervisor, TODAY)
    book = load_workbook(daily, read_only=True)
    figures = {row[0]: row[1:4] for row in book["指标"].iter_rows(values_only=True)}
    assert figures["进厂台次"] == (
        report.day.vehicles_in,
        report.month_to_date.vehicles_in,
        report.last_month.vehicles_in,
    )
    assert figures["产值（元）"][0] == float(Decimal(report.day.revenue_fen) / 100) == 1625.0
    advisors = [row[0] for row in book["按服务顾问"].iter_rows(min_row=2, values_only=True)]
    assert advisors == [a.name for a in report.by_advisor]
    book.close()

    tab.pages.setCurrentWidget(tab.monthly)
    qtbot.waitUntil(tab.monthly.month.hasFocus)
    qtbot.keyClick(tab.monthly.month, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    monthly = tmp_path / "月度汇总-2026-11.xlsx"
    assert asked[-1] == "导出 Excel|月度汇总-2026-11.xlsx" and monthly.exists()
    summary = svc.reports.monthly(weeks.supervisor, TODAY)
    book = load_workbook(monthly, read_only=True)
    days = list(book["按日"].iter_rows(min_row=2, values_only=True))
    assert len(days) == 27
    assert [row[3] for row in days] == [f.delivered for f in summary.days]  # 交车台次 per day
    late = list(book["超时交车"].iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in late] == [x.ro_number for x in summary.late]
    book.close()

    # A folder that is not there: the file is not written, and the user is told why.
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: warnings.append(f"{title}|{text}"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "gone" / "x.xlsx"), ""))
    tab.monthly.export_xlsx()
    (warning,) = warnings
    assert warning.startswith(f"无法保存|无法写入 {tmp_path / 'gone' / 'x.xlsx'}：")
    assert tab.message.text() == f"未能保存 {tmp_path / 'gone' / 'x.xlsx'}"


def test_the_months_pdf_is_saved(
    qtbot: QtBot, sqlite_services: Services, weeks: Dealer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.printing.pdftools import pdftotext, squash

    svc = sqlite_services
    tab = shown_tab(qtbot, svc, weeks)
    tab.pages.setCurrentWidget(tab.monthly)
    qtbot.waitUntil(tab.monthly.month.hasFocus)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "summary"), ""))
    qtbot.keyClick(
        tab.monthly.month,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    saved = tmp_path / "summary.pdf"
    text = squash(pdftotext(saved))
    summary = svc.reports.monthly(weeks.supervisor, TODAY)
    assert "2026-11" in text and f"{summary.total.revenue_fen / 100:,.2f}" in text
    assert tab.message.text() == f"已保存到 {saved}"


def test_the_page_on_screen_follows_the_change_broadcast(
    qtbot: QtBot, sqlite_services: Services, weeks: Dealer, clock: FakeClock
) -> None:
    from app.changes import Change
    from tests.app.factories import labour, open_order
    from tests.ui.reports.support import at

    svc = sqlite_services
    tab = shown_tab(qtbot, svc, weeks)
    tab.pages.setCurrentWidget(tab.monthly)
    page = tab.monthly
    assert page.shown is not None and page.shown.total.orders_opened == 49
    at(clock, TODAY, 17)
    open_order(svc, weeks.advisors[1], weeks.cars[4], mileage=95_000, lines=(labour(),))
    tab.bus.announce(frozenset({Change.ORDERS}))
    assert page.shown.total.orders_opened == 50
    assert page.days.rows[-1].orders_opened == page.shown.days[-1].orders_opened
    assert tab.daily.figures.value(1, 1) == 4  # the daily page, not on screen, waits
    tab.pages.setCurrentWidget(tab.daily)
    assert tab.daily.figures.value(1, 1) == 5
