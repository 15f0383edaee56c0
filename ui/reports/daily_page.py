"""日报: the end-of-day repair report (维修日报) of any day (today at the counter at first).

The figures of the day, the month to date and the same days of the month before with the change;
beside them the quality of the same three spans (and each advisor's estimate accuracy in them),
and the day by service advisor, by job type and by payer; the definitions of every figure below
(and as each figure's tooltip).

Keyboard: type a date and Enter (or pick it from the calendar); Alt+← / Alt+→ (PageUp / PageDown
in the date) the day before or after; F5 reads again; Ctrl+P previews and prints the A4 report,
Ctrl+Shift+S saves its PDF, Ctrl+E exports it as an .xlsx workbook (file dialogs ask where).
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.clock import local_today
from app.printing import DocumentKind
from app.reports import DailyReport
from ui.base_tab import BaseTab
from ui.claims.page_kit import page_button, page_shortcut, read_only_table
from ui.errors import show_error
from ui.i18n import tr as _tr
from ui.printing.document_flow import DocumentFlow
from ui.reports.daily_models import (
    accuracy_model,
    accuracy_rows,
    advisor_model,
    advisor_rows,
    comebacks_text,
    job_model,
    job_rows,
    payer_model,
    payer_rows,
    quality_model,
    quality_rows,
)
from ui.reports.figures import FiguresModel, definitions, figures_table, span_titles, weekday_text
from ui.reports.outputs import ReportOutputs


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DayEdit(QDateEdit):
    """A day: Enter asks for its report; PageUp / PageDown step a whole day back or on."""

    submitted = Signal()
    stepped = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.interpretText()
            self.submitted.emit()
            return
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.stepped.emit(-1 if key == Qt.Key.Key_PageUp else 1)
            return
        super().keyPressEvent(event)


def wrapped(table: QTableView) -> None:
    """Long cells wrap in their column, the rows as high as they need."""
    table.setWordWrap(True)
    table.verticalHeader().setMinimumSectionSize(26)  # a line's row as high as the other tables'
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def definitions_html() -> str:
    items = "".join(
        "<li>" + _tr("{0}：{1}").format(f"<b>{name}</b>", text) + "</li>" for name, text in definitions()
    )
    return f"<ul style='margin-left: -20px;'>{items}</ul>"


class DailyPage(QWidget):
    def __init__(self, host: BaseTab, flow: DocumentFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("daily_page")
        self._host = host
        self.ops = host.ops.for_widget(self)
        self.outputs = ReportOutputs(host, flow, self, self.ops)
        self.shown: DailyReport | None = None

        self.day = DayEdit(self)
        self.day.setObjectName("report_day")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.day.setDate(to_qdate(local_today(host.services.clock)))
        self.day.submitted.connect(self.reload)
        self.day.stepped.connect(self.step)
        calendar = self.day.calendarWidget()  # a day picked there (a click, or Enter) is read at once
        calendar.clicked.connect(lambda _date: self.reload())
        calendar.activated.connect(lambda _date: self.reload())
        self.heading = QLabel(self)
        self.heading.setObjectName("daily_heading")
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setWordWrap(True)
        page_shortcut(self, "Alt+Left", lambda: self.step(-1))
        page_shortcut(self, "Alt+Right", lambda: self.step(1))
        self.refresh_button = page_button(self, _tr("刷新 (F5)"), "daily_refresh", self.reload, "F5")
        self.print_button = page_button(
            self, _tr("打印 (Ctrl+P)"), "print_daily", self.print_report, "Ctrl+P"
        )
        self.print_button.setEnabled(self.outputs.can_print)
        self.pdf_button = page_button(
            self, _tr("另存PDF (Ctrl+Shift+S)"), "daily_pdf", self.save_pdf, "Ctrl+Shift+S"
        )
        self.xlsx_button = page_button(
            self, _tr("导出 Excel (Ctrl+E)"), "daily_xlsx", self.export_xlsx, "Ctrl+E"
        )

        self.figures = FiguresModel(self)
        self.figures_table = figures_table(self, self.figures, "daily_figures")
        self.quality = quality_model(self)
        self.quality_table = read_only_table(self, self.quality, "daily_quality", stretch=0)
        wrapped(self.quality_table)
        self.comebacks = QLabel(self)
        self.comebacks.setObjectName("daily_comebacks")
        self.comebacks.setWordWrap(True)
        self.comebacks.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.accuracy = accuracy_model(self)
        self.accuracy_table = read_only_table(self, self.accuracy, "daily_accuracy", stretch=0)
        wrapped(self.accuracy_table)
        self.advisors = advisor_model(self)
        self.advisors_table = read_only_table(self, self.advisors, "daily_advisors", stretch=0)
        self.jobs = job_model(self)
        self.jobs_table = read_only_table(self, self.jobs, "daily_jobs", stretch=0)
        self.payers = payer_model(self)
        self.payers_table = read_only_table(self, self.payers, "daily_payers", stretch=0)
        self.definitions = QTextBrowser(self)
        self.definitions.setObjectName("daily_definitions")
        self.definitions.setHtml(definitions_html())
        self.definitions.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._build_layout()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        caption = QLabel(_tr("日期"), self)
        caption.setBuddy(self.day)
        top.addWidget(caption)
        top.addWidget(self.day)
        top.addStretch(1)
        for button in (self.refresh_button, self.print_button, self.pdf_button, self.xlsx_button):
            top.addWidget(button)
        keys = QLabel(_tr("Enter 查询 · Alt+←/→ 前一天/后一天"), self)
        keys.setObjectName("daily_keys")
        keys.setStyleSheet("color: palette(mid);")
        heading = QHBoxLayout()
        heading.addWidget(self.heading, 1)
        heading.addWidget(keys)

        self.details = QTabWidget(self)
        self.details.setObjectName("daily_details")
        quality = QWidget(self.details)
        box = QVBoxLayout(quality)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.quality_table, 3)
        box.addWidget(self.comebacks)
        box.addWidget(QLabel(_tr("估价准确率（按服务顾问）"), quality))
        box.addWidget(self.accuracy_table, 2)
        split = QWidget(self.details)
        side = QVBoxLayout(split)
        side.setContentsMargins(4, 4, 4, 4)
        side.addWidget(self.jobs_table, 3)
        side.addWidget(self.payers_table, 2)
        self.details.addTab(quality, _tr("质量"))
        self.details.addTab(self.advisors_table, _tr("服务顾问"))
        self.details.addTab(split, _tr("维修类型 / 付费方"))
        for n in range(self.details.count()):
            self.details.setTabToolTip(n, f"Ctrl+Alt+{n + 1}")
            page_shortcut(self, f"Ctrl+Alt+{n + 1}", partial(self.details.setCurrentIndex, n))

        notes = QGroupBox(_tr("指标口径"), self)
        QVBoxLayout(notes).addWidget(self.definitions)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.setObjectName("daily_right")
        right.setChildrenCollapsible(False)
        right.addWidget(self.details)
        right.addWidget(notes)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        middle = QSplitter(Qt.Orientation.Horizontal, self)
        middle.setObjectName("daily_split")
        middle.setChildrenCollapsible(False)
        middle.addWidget(self.figures_table)
        middle.addWidget(right)
        middle.setStretchFactor(0, 11)
        middle.setStretchFactor(1, 9)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addLayout(heading)
        layout.addWidget(middle, 1)

    def focus_main(self) -> None:
        self.day.setFocus()

    # -- reading ------------------------------------------------------------------------------

    def chosen_day(self) -> dt.date:
        return to_date(self.day.date())

    def step(self, days: int) -> None:
        self.day.setDate(self.day.date().addDays(days))
        self.reload()

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        day = self.chosen_day()
        reports, actor = self._host.services.reports, self._host.actor
        self.heading.setText(_tr("正在计算 {0} 的日报…").format(day.isoformat()))
        op = self.ops.read(reports.daily, actor, day).latest("daily")
        op.with_progress(_tr("正在计算 {0} 的日报…").format(day.isoformat()), cancellable=False)
        op.success(self._show).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        self.heading.setText(_tr("未能计算日报"))
        show_error(self, error)

    def _show(self, report: DailyReport) -> None:
        self.shown = report
        day = report.day.first
        self.figures.set_spans(report.day, report.month_to_date, report.last_month)
        titles = span_titles(report.day, report.month_to_date, report.last_month)
        spans = (report.quality, report.quality_month_to_date, report.quality_last_month)
        self.quality.set_spans(titles, quality_rows(spans))
        self.comebacks.setText(comebacks_text(report.quality))
        self.accuracy.set_spans(titles, accuracy_rows(spans))
        self.advisors.set_rows(advisor_rows(report))
        self.jobs.set_rows(job_rows(report.by_job_type))
        self.payers.set_rows(payer_rows(report.by_payer))
        for table in (self.quality_table, self.accuracy_table, self.advisors_table, self.jobs_table):
            table.resizeColumnsToContents()
        f = report.day
        if f.orders_opened == 0 and f.delivered == 0:
            summary = _tr("{0} {1}：当天没有开单，也没有交车").format(day.isoformat(), weekday_text(day))
        else:
            summary = _tr("{0} {1}：进厂 {2} 台，交车 {3} 台，产值 {4} 元").format(
                day.isoformat(),
                weekday_text(day),
                f.vehicles_in,
                f.delivered,
                f"{f.revenue_fen / 100:,.2f}",
            )
        self.heading.setText(summary)

    # -- printing and exporting ---------------------------------------------------------------

    def _reference(self) -> str:
        return self.chosen_day().isoformat()

    def print_report(self) -> None:
        if not self.print_button.isEnabled():
            return
        day = self._reference()
        self.outputs.print(DocumentKind.DAILY_REPORT, day, _tr("打印预览 - 维修日报 {0}").format(day))

    def save_pdf(self) -> None:
        day = self._reference()
        self.outputs.save_pdf(DocumentKind.DAILY_REPORT, day, _tr("维修日报-{0}").format(day))

    def export_xlsx(self) -> None:
        day, reports, actor = self.chosen_day(), self._host.services.reports, self._host.actor
        self.outputs.export_xlsx(
            lambda: reports.daily_workbook(actor, day), _tr("维修日报-{0}").format(day.isoformat())
        )
