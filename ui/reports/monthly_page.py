"""月报: the month's summary (月度汇总) for the service manager (this month at first, up to today).

趋势: vehicles in and delivered per day, and the revenue of each day split labour / parts / other
(QtCharts). 汇总: the month's figures against the same period of the month before and of the year
before, the quality against last month, by service advisor, by job type and payer. 按日 and 按周:
the same figures per day and per ISO week. 超时交车: the late deliveries one by one. 三包预警: the
三包 alerts open at the month's end. 口径: the definitions.

Keyboard: the month (↑↓ step it, or type it, then Enter); Alt+← / Alt+→ (PageUp / PageDown in the
month) the month before or after; F5 reads again; Ctrl+P previews and prints the A4 summary,
Ctrl+Shift+S saves its PDF, Ctrl+E exports the .xlsx workbook; Ctrl+Alt+1 … 7 the sub-pages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.clock import local_today
from app.printing import DocumentKind
from app.reports import DayQuality
from app.reports.monthly import MONTHLY_DEFINITIONS, MonthlySummary
from ui.base_tab import BaseTab
from ui.claims.page_kit import page_button, page_shortcut, read_only_table
from ui.errors import show_error
from ui.i18n import localized
from ui.i18n import tr as _tr
from ui.printing.document_flow import DocumentFlow
from ui.reports.charts import TrendChart
from ui.reports.daily_models import (
    AdvisorRow,
    advisor_model,
    job_model,
    job_rows,
    payer_model,
    payer_rows,
)
from ui.reports.daily_page import wrapped
from ui.reports.figures import (
    Comparison,
    FiguresModel,
    definitions,
    figures_table,
    rate_text,
    share_text,
    span_text,
)
from ui.reports.monthly_models import alerts_model, days_model, late_model, weeks_model
from ui.reports.outputs import ReportOutputs
from ui.table_model import Column, RowsModel


class MonthField(QDateEdit):
    """A month: ↑↓ step whole months; Enter asks for its summary; PageUp / PageDown a month back
    or on."""

    submitted = Signal()
    stepped = Signal(int)

    def stepBy(self, steps: int) -> None:
        self.setDate(self.date().addMonths(steps))

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


@dataclass(frozen=True)
class QualityLine:
    name: str
    now: str
    before: str
    detail: str


def quality_lines(now: DayQuality, before: DayQuality) -> list[QualityLine]:
    return [
        QualityLine(
            _tr("预约到店率"),
            share_text(now.show_rate),
            share_text(before.show_rate),
            _tr("到店 {0} / 预约 {1}").format(now.show_rate.part, now.show_rate.whole),
        ),
        QualityLine(
            _tr("回访满意率"),
            share_text(now.satisfaction),
            share_text(before.satisfaction),
            _tr("满意 {0} / 接通回访 {1}").format(now.satisfaction.part, now.satisfaction.whole),
        ),
        QualityLine(
            _tr("估价准确率"),
            share_text(now.estimate_accuracy),
            share_text(before.estimate_accuracy),
            _tr("准确 {0} / 确认估价 {1}").format(now.estimate_accuracy.part, now.estimate_accuracy.whole),
        ),
        QualityLine(
            _tr("一次修复率"),
            rate_text(now.fixed_first_visit),
            rate_text(before.fixed_first_visit),
            _tr("返修 {0} / 维修工单 {1}").format(len(now.comebacks), now.repairs),
        ),
    ]


def quality_model(parent: QWidget) -> RowsModel[QualityLine]:
    return RowsModel(
        [
            Column(_tr("指标"), lambda r: r.name),
            Column(_tr("本月"), lambda r: r.now, align_right=True),
            Column(_tr("上月同期"), lambda r: r.before, align_right=True),
            Column(_tr("本月计算"), lambda r: r.detail),
        ],
        parent,
    )


def definitions_html() -> str:
    monthly = [(localized(name), localized(text)) for name, text in MONTHLY_DEFINITIONS]
    items = "".join(
        "<li>" + _tr("{0}：{1}").format(f"<b>{name}</b>", text) + "</li>"
        for name, text in definitions() + monthly
    )
    return f"<ul style='margin-left: -20px;'>{items}</ul>"


def month_of(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), 1)


class MonthlyPage(QWidget):
    def __init__(self, host: BaseTab, flow: DocumentFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthly_page")
        self._host = host
        self.ops = host.ops.for_widget(self)
        self.outputs = ReportOutputs(host, flow, self, self.ops)
        self.shown: MonthlySummary | None = None

        self.month = MonthField(self)
        self.month.setObjectName("report_month")
        self.month.setDisplayFormat("yyyy-MM")
        today = local_today(host.services.clock)
        self.month.setDate(QDate(today.year, today.month, 1))
        self.month.submitted.connect(self.reload)
        self.month.stepped.connect(self.step)
        self.heading = QLabel(self)
        self.heading.setObjectName("monthly_heading")
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setWordWrap(True)
        page_shortcut(self, "Alt+Left", lambda: self.step(-1))
        page_shortcut(self, "Alt+Right", lambda: self.step(1))
        self.refresh_button = page_button(self, _tr("刷新 (F5)"), "monthly_refresh", self.reload, "F5")
        self.print_button = page_button(
            self, _tr("打印 (Ctrl+P)"), "print_monthly", self.print_report, "Ctrl+P"
        )
        self.print_button.setEnabled(self.outputs.can_print)
        self.pdf_button = page_button(
            self, _tr("另存PDF (Ctrl+Shift+S)"), "monthly_pdf", self.save_pdf, "Ctrl+Shift+S"
        )
        self.xlsx_button = page_button(
            self, _tr("导出 Excel (Ctrl+E)"), "monthly_xlsx", self.export_xlsx, "Ctrl+E"
        )

        self.vehicles_chart = TrendChart(
            "vehicles_chart", _tr("每日进厂与交车台次"), stacked=False, parent=self
        )
        self.revenue_chart = TrendChart("revenue_chart", _tr("每日产值（元）"), stacked=True, parent=self)
        self.figures = FiguresModel(self)
        self.figures_table = figures_table(self, self.figures, "monthly_figures")
        self.quality = quality_model(self)
        self.quality_table = read_only_table(self, self.quality, "monthly_quality", stretch=3)
        wrapped(self.quality_table)
        self.advisors = advisor_model(self)
        self.advisors_table = read_only_table(self, self.advisors, "monthly_advisors", stretch=0)
        self.jobs = job_model(self)
        self.jobs_table = read_only_table(self, self.jobs, "monthly_jobs", stretch=0)
        self.payers = payer_model(self)
        self.payers_table = read_only_table(self, self.payers, "monthly_payers", stretch=0)
        self.days = days_model(self)
        self.days_table = read_only_table(self, self.days, "monthly_days")
        self.weeks = weeks_model(self)
        self.weeks_table = read_only_table(self, self.weeks, "monthly_weeks")
        for table in (self.days_table, self.weeks_table):  # the day or week named at the left
            table.verticalHeader().show()
            table.verticalHeader().setDefaultAlignment(
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            )
        self.late = late_model(self)
        self.late_table = read_only_table(self, self.late, "monthly_late", stretch=2)
        self.alerts = alerts_model(self)
        self.alerts_table = read_only_table(self, self.alerts, "monthly_alerts", stretch=3)
        wrapped(self.alerts_table)  # a long alert wraps in its column, its orders one a line
        self.definitions = QTextBrowser(self)
        self.definitions.setObjectName("monthly_definitions")
        self.definitions.setHtml(definitions_html())
        self._build_layout()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        caption = QLabel(_tr("月份"), self)
        caption.setBuddy(self.month)
        top.addWidget(caption)
        top.addWidget(self.month)
        top.addStretch(1)
        for button in (self.refresh_button, self.print_button, self.pdf_button, self.xlsx_button):
            top.addWidget(button)
        keys = QLabel(_tr("Enter 查询 · Alt+←/→ 上月/下月"), self)
        keys.setObjectName("monthly_keys")
        keys.setStyleSheet("color: palette(mid);")
        heading = QHBoxLayout()
        heading.addWidget(self.heading, 1)
        heading.addWidget(keys)

        self.sections = QTabWidget(self)
        self.sections.setObjectName("monthly_sections")
        trends = QSplitter(Qt.Orientation.Vertical, self.sections)
        trends.setChildrenCollapsible(False)
        trends.addWidget(self.vehicles_chart)
        trends.addWidget(self.revenue_chart)
        totals = QSplitter(Qt.Orientation.Horizontal, self.sections)
        totals.setChildrenCollapsible(False)
        totals.addWidget(self.figures_table)
        side = QTabWidget(totals)
        side.setObjectName("monthly_side")
        side.addTab(self.quality_table, _tr("质量"))
        side.addTab(self.advisors_table, _tr("服务顾问"))
        breakdown = QWidget(side)
        box = QVBoxLayout(breakdown)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.jobs_table, 3)
        box.addWidget(self.payers_table, 2)
        side.addTab(breakdown, _tr("维修类型 / 付费方"))
        totals.addWidget(side)
        totals.setStretchFactor(0, 3)
        totals.setStretchFactor(1, 2)
        notes = QGroupBox(_tr("指标口径"), self.sections)
        QVBoxLayout(notes).addWidget(self.definitions)
        for widget, title in (
            (trends, _tr("趋势")),
            (totals, _tr("汇总")),
            (self.days_table, _tr("按日")),
            (self.weeks_table, _tr("按周")),
            (self.late_table, _tr("超时交车")),
            (self.alerts_table, _tr("三包预警")),
            (notes, _tr("口径")),
        ):
            n = self.sections.addTab(widget, title)
            self.sections.setTabToolTip(n, f"Ctrl+Alt+{n + 1}")
            page_shortcut(self, f"Ctrl+Alt+{n + 1}", partial(self.sections.setCurrentIndex, n))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addLayout(heading)
        layout.addWidget(self.sections, 1)

    def focus_main(self) -> None:
        self.month.setFocus()

    # -- reading ------------------------------------------------------------------------------

    def chosen_month(self) -> dt.date:
        return month_of(self.month.date())

    def step(self, months: int) -> None:
        self.month.setDate(self.month.date().addMonths(months))
        self.reload()

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        month = self.chosen_month()
        reports, actor = self._host.services.reports, self._host.actor
        label = _tr("正在汇总 {0}…").format(f"{month:%Y-%m}")
        self.heading.setText(label)
        op = self.ops.read(reports.monthly, actor, month).latest("monthly")
        op.with_progress(label, cancellable=False)
        op.success(self._show).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        self.heading.setText(_tr("未能汇总 {0}").format(f"{self.chosen_month():%Y-%m}"))
        show_error(self, error)

    def _show(self, summary: MonthlySummary) -> None:
        self.shown = summary
        total = summary.total
        self.figures.set_columns(
            [
                (_tr("本月") + "\n" + span_text(total), total),
                (_tr("上月同期") + "\n" + span_text(summary.last_month), summary.last_month),
                (_tr("去年同期") + "\n" + span_text(summary.last_year), summary.last_year),
            ],
            [
                Comparison(_tr("较上月同期"), 0, 1, _tr("本月与上月同期相比")),
                Comparison(_tr("较去年同期"), 0, 2, _tr("本月与去年同期相比")),
            ],
        )
        self.quality.set_rows(quality_lines(summary.quality, summary.quality_last_month))
        accuracy = dict(summary.quality.estimate_by_advisor)
        self.advisors.set_rows([AdvisorRow(a, accuracy.get(a.name)) for a in summary.by_advisor])
        self.jobs.set_rows(job_rows(summary.by_job_type))
        self.payers.set_rows(payer_rows(summary.by_payer))
        self.days.set_rows(summary.days)
        self.weeks.set_rows(summary.weeks)
        self.late.set_rows(summary.late)
        self.alerts.set_rows(summary.alerts)
        for table in (
            self.days_table,
            self.weeks_table,
            self.late_table,
            self.advisors_table,
            self.jobs_table,
        ):
            table.resizeColumnsToContents()
        labels = [str(f.first.day) for f in summary.days]
        self.vehicles_chart.set_data(
            labels,
            [
                (_tr("进厂台次"), [f.vehicles_in for f in summary.days]),
                (_tr("交车台次"), [f.delivered for f in summary.days]),
            ],
        )
        self.revenue_chart.set_data(
            labels,
            [
                (_tr("工时费"), [f.labour_fen / 100 for f in summary.days]),
                (_tr("配件费"), [f.parts_fen / 100 for f in summary.days]),
                (_tr("其他"), [f.other_fen / 100 for f in summary.days]),
            ],
        )
        self.sections.setTabText(4, _tr("超时交车 ({0})").format(len(summary.late)))
        self.sections.setTabText(5, _tr("三包预警 ({0})").format(len(summary.alerts)))
        self.heading.setText(self._summary_text(summary))

    @staticmethod
    def _summary_text(summary: MonthlySummary) -> str:
        total, before = summary.total, summary.last_month
        span = (
            _tr("{0} 全月").format(f"{summary.month:%Y-%m}")
            if summary.complete
            else _tr("{0}（1 日至 {1} 日）").format(f"{summary.month:%Y-%m}", summary.through.day)
        )
        text = _tr("{0}：进厂 {1} 台，交车 {2} 台，产值 {3} 元").format(
            span, total.vehicles_in, total.delivered, f"{total.revenue_fen / 100:,.2f}"
        )
        if before.revenue_fen:
            change = (total.revenue_fen - before.revenue_fen) / before.revenue_fen
            text += _tr("，产值较上月同期 {0}").format(f"{change:+.1%}")
        return text

    # -- printing and exporting ---------------------------------------------------------------

    def _reference(self) -> str:
        return f"{self.chosen_month():%Y-%m}"

    def print_report(self) -> None:
        if not self.print_button.isEnabled():
            return
        month = self._reference()
        self.outputs.print(DocumentKind.MONTHLY_SUMMARY, month, _tr("打印预览 - 月度汇总 {0}").format(month))

    def save_pdf(self) -> None:
        month = self._reference()
        self.outputs.save_pdf(DocumentKind.MONTHLY_SUMMARY, month, _tr("月度汇总-{0}").format(month))

    def export_xlsx(self) -> None:
        month, reports, actor = self.chosen_month(), self._host.services.reports, self._host.actor
        self.outputs.export_xlsx(
            lambda: reports.monthly_workbook(actor, month), _tr("月度汇总-{0}").format(f"{month:%Y-%m}")
        )
