"""日报 on the reports tab: the figures table's cells against the report service's figures, the
breakdowns and the quality, each figure's definition as its tooltip and in the definitions panel,
the day chosen with the keyboard, the refresh on the change broadcast, and the PDF saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.changes import Change
from app.context import Services
from app.reports import DEFINITIONS, DailyReport, Share
from app.roles import Role
from tests.app.factories import labour, open_order
from tests.conftest import FakeClock, make_actor
from tests.printing.pdftools import pdftotext, squash
from tests.ui.reports.support import TODAY, Dealer, at, make_tab, small_dealer
from ui.intake.lines_model import yuan_text
from ui.reports.figures import CHANGE, DAY, FIGURE_ROWS, LAST_MONTH, MONTH, Kind
from ui.reports.reports_tab import ReportsTab


def cells(model: QAbstractItemModel) -> list[list[str]]:
    return [
        [str(model.data(model.index(r, c))) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def row_of(tab: ReportsTab, title: str) -> list[str]:
    (row,) = [r for r in cells(tab.daily.figures) if r[0] == title]
    return row


@pytest.fixture
def dealer(sqlite_services: Services, clock: FakeClock) -> Services:
    small_dealer(sqlite_services, clock)
    return sqlite_services


@pytest.fixture
def weeks(sqlite_services: Services, clock: FakeClock) -> Dealer:
    return small_dealer(sqlite_services, clock)


def test_the_figures_are_the_services(qtbot: QtBot, dealer: Services) -> None:
    svc = dealer
    supervisor = make_actor(svc, Role.SUPERVISOR)
    tab = make_tab(qtbot, svc, supervisor)
    page = tab.daily
    assert page.chosen_day() == TODAY  # today at the counter
    report = svc.reports.daily(supervisor, TODAY)
    assert page.shown == report
    model = page.figures
    assert model.rowCount() == len(FIGURE_ROWS) == 19
    spans = (report.day, report.month_to_date, report.last_month)
    for r, figure in enumerate(FIGURE_ROWS):
        for column, span in zip((DAY, MONTH, LAST_MONTH), spans, strict=True):
            assert model.value(r, column) == figure.value(span)
    # Some cells as they read, worked from the report's own fields.
    assert row_of(tab, "进厂台次")[1:4] == [
        str(report.day.vehicles_in),
        str(report.month_to_date.vehicles_in),
        str(report.last_month.vehicles_in),
    ]
    assert report.day.orders_opened == 4 and report.day.delivered == 4 and report.day.in_workshop == 1
    revenue = row_of(tab, "产值（元）")
    assert revenue[1] == yuan_text(report.day.revenue_fen) == "1,625.00"
    now, before = report.month_to_date.revenue_fen, report.last_month.revenue_fen
    assert before > 0 and revenue[CHANGE] == f"{(now - before) / before:+.1%}"
    assert row_of(tab, "超时交车")[1] == str(report.day.late_deliveries) == "1"
    assert row_of(tab, "提醒电话")[1:] == ["3", "3", "0", "+3"]  # nothing before: the difference
    assert row_of(tab, "其他（元）")[CHANGE] == "0"
    share = row_of(tab, "预约进厂占比")
    assert share[1] == f"{report.day.appointment_share:.1%}"
    assert model.headerData(MONTH, Qt.Orientation.Horizontal) == "本月累计\n11-01–11-27"
    assert model.headerData(LAST_MONTH, Qt.Orientation.Horizontal) == "上月同期\n10-01–10-27"
    assert [r.kind for r in FIGURE_ROWS].count(Kind.MONEY) == 5
    # A change up is green, one down red.
    up = model.index([r[0] for r in cells(model)].index("产值（元）"), CHANGE)
    assert model.data(up, Qt.ItemDataRole.ForegroundRole).name() == "#1b6e20"

    # The definitions: each row's as its tooltip, all of them in the panel.
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip == "进厂台次：" + str(dict(DEFINITIONS)["进厂台次"])
    in_workshop = [r[0] for r in cells(model)].index("在修（日末）")
    assert str(dict(DEFINITIONS)["在修"]) in model.data(
        model.index(in_workshop, 3), Qt.ItemDataRole.ToolTipRole
    )
    panel = page.definitions.toPlainText()
    assert all(str(name) in panel and str(text) in panel for name, text in DEFINITIONS)

    # The breakdowns and the quality.
    assert cells(page.advisors) == [
        [a.name, str(a.vehicles_in), str(a.delivered), yuan_text(a.revenue_fen),
         yuan_text(a.revenue_per_vehicle_fen),
         next((f"{s.value:.1%}" for n, s in report.quality.estimate_by_advisor if n == a.name), "—")]
        for a in report.by_advisor
    ]  # fmt: skip
    assert [r[0] for r in cells(page.advisors)] == ["李明", "王芳"]
    whole = sum(fen for _, _, fen in report.by_job_type)
    assert cells(page.jobs) == [
        [job, str(n), yuan_text(fen), f"{fen / whole:.1%}"] for job, n, fen in report.by_job_type
    ]
    assert [r[:2] for r in cells(page.payers)] == [["客户", yuan_text(fen)] for _, fen in report.by_payer]
    quality = {r[0]: r[1:] for r in cells(page.quality)}
    q, mtd, before = report.quality, report.quality_month_to_date, report.quality_last_month
    # The day, the month to date and the same days of October: each rate over its part and whole.
    assert [page.quality.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "指标", "当日\n2026-11-27", "本月累计\n11-01–11-27", "上月同期\n10-01–10-27"]  # fmt: skip
    assert quality["预约到店率"][0] == "66.7%\n2 / 3"  # the cancelled booking left out
    assert quality["回访满意率"][0] == "66.7%\n2 / 3"
    assert quality["预约到店率"][2] == quality["回访满意率"][2] == "—"  # none booked or called in October

    def shown(share: Share) -> str:
        return f"{share.value:.1%}\n{share.part} / {share.whole}" if share.whole else "—"

    for n, span in enumerate((q, mtd, before)):
        assert quality["估价准确率"][n] == shown(span.estimate_accuracy)
        assert (
            quality["一次修复率"][n]
            == f"{span.fixed_first_visit:.1%}\n返修 {len(span.comebacks)} / {span.repairs}"
        )
    assert mtd.estimate_accuracy.whole > q.estimate_accuracy.whole and len(mtd.comebacks) > 0
    tip = page.quality.data(page.quality.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("到店 2 / 预约 3\n预约到店率：")
    assert page.comebacks.text() == "当日返修工单：" + ("、".join(q.comebacks) or "无")
    # Each advisor's estimate accuracy in the three spans, "—" where none was delivered.
    by_span = [dict(span.estimate_by_advisor) for span in (q, mtd, before)]
    names = sorted({name for shares in by_span for name in shares})
    assert cells(page.accuracy) == [
        [name, *(shown(shares[name]) if name in shares else "—" for shares in by_span)] for name in names
    ]
    assert [r[0] for r in cells(page.accuracy)] == ["李明", "王芳"]
    quality_tip = page.quality.data(page.quality.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert quality_tip.startswith("预约到店率：")
    assert page.heading.text() == "2026-11-27 星期五：进厂 3 台，交车 4 台，产值 1,625.00 元"


def test_the_day_is_chosen_with_the_keyboard(qtbot: QtBot, dealer: Services) -> None:
    svc = dealer
    supervisor = make_actor(svc, Role.SUPERVISOR)
    tab = make_tab(qtbot, svc, supervisor)
    tab.show()
    qtbot.waitExposed(tab)
    page = tab.daily
    day = page.day
    qtbot.waitUntil(day.hasFocus)  # the keyboard starts in the date

    def shown() -> dt.date:
        assert page.shown is not None
        return page.shown.day.first

    qtbot.keyClick(day, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.chosen_day() == shown() == dt.date(2026, 11, 26)
    assert page.shown == svc.reports.daily(supervisor, dt.date(2026, 11, 26))
    qtbot.keyClick(day, Qt.Key.Key_PageDown)
    assert shown() == TODAY
    qtbot.keyClick(day, Qt.Key.Key_PageUp)
    qtbot.keyClick(day, Qt.Key.Key_PageUp)
    assert shown() == dt.date(2026, 11, 25)
    qtbot.keyClick(day, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert shown() == dt.date(2026, 11, 26)
    # A date typed is read on Enter, not before.
    day.setSelectedSection(day.Section.DaySection)
    qtbot.keyClicks(day, "22")
    assert page.chosen_day() == dt.date(2026, 11, 22) and shown() == dt.date(2026, 11, 26)
    qtbot.keyClick(day, Qt.Key.Key_Return)
    assert shown() == dt.date(2026, 11, 22)  # a Sunday: nothing opened or delivered
    assert page.heading.text() == "2026-11-22 星期日：当天没有开单，也没有交车"
    assert page.figures.value(0, 1) == 0 and page.advisors.rowCount() == 0
    assert (
        page.figures.value(0, 2)
        == svc.reports.daily(supervisor, dt.date(2026, 11, 22)).month_to_date.vehicles_in
    )


def test_a_change_elsewhere_reads_the_report_again(
    qtbot: QtBot, sqlite_services: Services, weeks: Dealer, clock: FakeClock
) -> None:
    svc = sqlite_services
    tab = make_tab(qtbot, svc, weeks.supervisor)
    tab.show()
    qtbot.waitExposed(tab)
    assert row_of(tab, "开单数")[1] == "4"
    advisor, vehicle = weeks.advisors[0], weeks.cars[8]
    at(clock, TODAY, 17)
    open_order(svc, advisor, vehicle, mileage=90_000, lines=(labour(),))
    tab.bus.announce(frozenset({Change.SETTINGS}))  # not what the report counts
    assert row_of(tab, "开单数")[1] == "4"
    tab.bus.announce(frozenset({Change.ORDERS}))
    assert row_of(tab, "开单数")[1] == "5"
    # Hidden, it waits until it is shown.
    tab.hide()
    open_order(svc, advisor, vehicle, mileage=90_100, lines=(labour(),))
    tab.bus.announce(frozenset({Change.ORDERS}))
    assert row_of(tab, "开单数")[1] == "5"
    tab.show()
    assert row_of(tab, "开单数")[1] == "6"


def test_the_pdf_is_saved(
    qtbot: QtBot, dealer: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc = dealer
    tab = make_tab(qtbot, svc, make_actor(svc, Role.SUPERVISOR))
    chosen = tmp_path / "日报"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen), ""))
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.daily.day.hasFocus)
    qtbot.keyClick(
        tab.daily.day, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    saved = tmp_path / "日报.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    text = squash(pdftotext(saved))
    assert "维修日报" in text and "2026-11-27" in text and "1,625.00" in text
    assert tab.message.text() == f"已保存到 {saved}"
    assert not svc.printing.list_jobs(make_actor(svc, Role.ADMIN))  # saved, not printed

    # A folder that cannot be written: said so, nothing else happens.
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: warnings.append(f"{title}|{text}"))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "missing" / "x.pdf"), "")
    )
    tab.daily.save_pdf()
    (warning,) = warnings
    assert warning.startswith("无法保存|无法写入 ") and "missing" in warning
    assert tab.message.text().startswith("未能保存")
    # Cancelled: nothing.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    tab.daily.save_pdf()
    assert len(warnings) == 1


def test_a_report_over_a_long_time_runs_off_the_ui_thread(qtbot: QtBot, dealer: Services) -> None:
    """With the program's thread pool the window keeps working while the report is computed; the
    result arrives on the UI thread."""
    from ui.tasks import ThreadTaskRunner

    svc = dealer
    supervisor = make_actor(svc, Role.SUPERVISOR)
    tab = ReportsTab(svc, supervisor, runner=ThreadTaskRunner())
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.daily.shown is not None, timeout=10_000)
    assert isinstance(tab.daily.shown, DailyReport)
    assert tab.daily.shown == svc.reports.daily(supervisor, TODAY)


def test_the_tab_is_for_those_who_run_the_reports(sqlite_services: Services) -> None:
    from ui.tab_registry import tabs_for

    svc = sqlite_services
    shown = {role: "reports" in [t.key for t in tabs_for(make_actor(svc, role))] for role in Role}
    assert shown == {Role.ADVISOR: False, Role.CLAIMS: False, Role.SUPERVISOR: True, Role.ADMIN: True}


def test_a_complaint_recorded_is_counted_at_once(
    qtbot: QtBot, sqlite_services: Services, weeks: Dealer, clock: FakeClock
) -> None:
    """The complaints tab records through ui.operations, which announces Change.COMPLAINTS."""
    from app.reports import ComplaintCategory, ComplaintChannel, ComplaintInput
    from ui.operations import Operations

    svc = sqlite_services
    tab = make_tab(qtbot, svc, weeks.supervisor)
    tab.show()
    qtbot.waitExposed(tab)
    assert row_of(tab, "投诉新开")[1] == "0"
    car = weeks.cars[3]
    at(clock, TODAY, 17)
    complaint = ComplaintInput(
        car.owner_id, car.id, None, ComplaintChannel.COUNTER, ComplaintCategory.QUALITY, "刹车还是响"
    )
    ops = Operations(tab, tab.runner, tab.bus)  # another tab's, on the same bus
    ops.write(svc.complaints.record, weeks.advisors[0], complaint).run()
    assert row_of(tab, "投诉新开")[1:3] == ["1", "1"]
