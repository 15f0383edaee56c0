"""The supervisor closes the day in the main window, keyboard first: the reports tab (its Ctrl+
number), today's repair report previewed with Ctrl+P and printed on the real CUPS A4 queue with
Enter; then Alt+2 for this month's summary, printed the same way. The queue's PDFs are A4 pages
carrying the drawing; the words are read from the jobs' kept PDFs, the exact bytes sent.

    QIANTAI_SCREENSHOT_DIR=docs/screenshots QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" \\
        .venv/bin/pytest tests/ui/reports/test_e2e.py   (with the CUPS variables of tests/conftest.py)
"""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.context import Services
from app.printing import PrintJobStatus
from app.roles import Role
from printing.profiles import DocumentKind, PrinterProfile
from tests.conftest import FakeClock, make_actor
from tests.printing.pdftools import (
    CupsQueues,
    page_size_pt,
    pdfinfo,
    pdftotext,
    render_gray,
    squash,
    wait_for_output,
)
from tests.ui.reports.support import TODAY, small_dealer
from ui.main_window import MainWindow
from ui.reports.reports_tab import ReportsTab
from ui.tasks import SyncTaskRunner

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def key(qtbot: QtBot, k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the focus"
    qtbot.keyClick(target, k, modifiers)


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def print_from_preview(qtbot: QtBot, tab: ReportsTab, printer: str) -> None:
    preview = tab.flow.preview_dialog
    assert preview is not None and preview.isVisible()
    assert preview.chosen_printer() == printer
    activate(qtbot, preview)
    key(qtbot, Qt.Key.Key_Return)  # 打印 is the default button
    qtbot.waitUntil(lambda: tab.flow.preview_dialog is None, timeout=30_000)


def check_a4(cups: CupsQueues, name: str) -> None:
    sheet = wait_for_output(cups.out_dir, name)
    assert int(pdfinfo(sheet)["Pages"]) >= 1
    assert sorted(round(v) for v in page_size_pt(sheet)) == [595, 842]
    left, top, right, bottom = render_gray(sheet, 50).dark_box()
    assert right - left > 100 and bottom - top > 200  # the tables, not a blank page


@pytest.mark.cups
def test_the_supervisor_prints_the_days_report_and_the_months_summary(
    qtbot: QtBot,
    sqlite_services: Services,
    clock: FakeClock,
    cups: CupsQueues,
    screenshot,  # type: ignore[no-untyped-def]
) -> None:
    svc = sqlite_services
    dealer = small_dealer(svc, clock)
    admin = make_actor(svc, Role.ADMIN)
    for kind in (DocumentKind.DAILY_REPORT, DocumentKind.MONTHLY_SUMMARY):
        svc.printing.set_profile(admin, PrinterProfile(kind, printer=cups.a4))
    prefix = svc.printing.job_name_prefix = f"qt-{uuid.uuid4().hex[:10]}"  # this run's outputs alone
    supervisor = dealer.supervisor

    window = MainWindow(svc, supervisor, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    activate(qtbot, window)
    tab = window.tab_widgets["reports"]
    assert isinstance(tab, ReportsTab)
    number = window.tabs.indexOf(tab) + 1
    assert window.tabs.tabToolTip(number - 1) == f"Ctrl+{number}"
    key(qtbot, getattr(Qt.Key, f"Key_{number}"), CTRL)
    assert window.tabs.currentWidget() is tab
    qtbot.waitUntil(tab.daily.day.hasFocus)  # the keyboard in the date, today's report on screen
    assert tab.daily.chosen_day() == TODAY and tab.daily.shown == svc.reports.daily(supervisor, TODAY)
    screenshot(window, "reports-e2e-daily")

    # Ctrl+P: the preview of the exact PDF, Enter prints it on the A4 queue.
    key(qtbot, Qt.Key.Key_P, CTRL)
    print_from_preview(qtbot, tab, cups.a4)
    assert "已打印" in tab.message.text(), tab.message.text()
    job = svc.printing.list_jobs(supervisor)[0]
    assert (job.kind, job.document_ref, job.status) == ("daily-report", "2026-11-27", PrintJobStatus.PRINTED)
    check_a4(cups, f"{prefix}-daily-report-{job.id}")
    text = squash(pdftotext(svc.printing.job_pdf(supervisor, job.id)))
    report = tab.daily.shown
    assert report is not None
    assert "维修日报" in text and "2026-11-27" in text
    assert (
        f"{report.day.revenue_fen / 100:,.2f}" in text
        and f"{report.month_to_date.revenue_fen / 100:,.2f}" in text
    )
    assert all(a.name in text for a in report.by_advisor)

    # Alt+2: this month's summary, printed the same way.
    activate(qtbot, window)
    qtbot.waitUntil(tab.daily.day.hasFocus)  # back where it was before the preview
    key(qtbot, Qt.Key.Key_2, ALT)
    page = tab.monthly
    assert tab.pages.currentWidget() is page
    qtbot.waitUntil(page.month.hasFocus)
    summary = page.shown
    assert summary is not None and summary == svc.reports.monthly(supervisor, TODAY)
    screenshot(window, "reports-e2e-monthly")
    key(qtbot, Qt.Key.Key_P, CTRL)
    print_from_preview(qtbot, tab, cups.a4)
    job = svc.printing.list_jobs(supervisor)[0]
    assert (job.kind, job.document_ref, job.status) == ("monthly-summary", "2026-11", PrintJobStatus.PRINTED)
    check_a4(cups, f"{prefix}-monthly-summary-{job.id}")
    text = squash(pdftotext(svc.printing.job_pdf(supervisor, job.id)))
    assert "2026-11" in text and f"{summary.total.revenue_fen / 100:,.2f}" in text
    assert all(late.ro_number in text for late in summary.late)
