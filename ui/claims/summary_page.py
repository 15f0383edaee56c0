"""月度汇总: the monthly warranty parts summary (每月保修零配件申请表汇总) of a month (last month
at first): every claimed part of the claims repaired in it, and the totals.

Keyboard: the month (↑↓ step it a month, or type it), F5 reads again, Ctrl+P previews and prints the A4
summary through the document flow, Ctrl+E exports it as an .xlsx workbook (a file dialog asks
where).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.claims.summary import MonthSummary, SummaryLine, WarrantySummaryService
from app.clock import local_today
from app.printing import DocumentKind, PrintOptions
from app.roles import Permission
from ui.base_tab import BaseTab
from ui.claims.page_kit import page_button, read_only_table
from ui.i18n import localized
from ui.i18n import tr as _tr
from ui.intake.lines_model import yuan_text
from ui.labels_i18n import tr_label
from ui.printing.document_flow import DocumentFlow
from ui.table_model import Column, RowsModel

REASONS_COLUMN = 12


def summary_columns() -> list[Column[SummaryLine]]:
    return [
        Column(_tr("索赔单号"), lambda x: x.claim_no),
        Column(_tr("工单号"), lambda x: x.ro_number),
        Column(_tr("VIN"), lambda x: x.vin),
        Column(_tr("里程 km"), lambda x: f"{x.mileage_km:,}", align_right=True),
        Column(_tr("维修日期"), lambda x: x.repair_date.isoformat()),
        Column(_tr("零件号", "claim column"), lambda x: x.part_no),
        Column(_tr("零件名称", "claim column"), lambda x: x.part_name),
        Column(_tr("数量", "claim column"), lambda x: str(x.quantity), align_right=True),
        Column(_tr("生产供应商"), lambda x: x.supplier_code),
        Column(_tr("金额 ¥"), lambda x: yuan_text(x.amount_fen), align_right=True),
        Column(_tr("状态"), lambda x: tr_label(x.status_label)),
        Column(
            _tr("扣款 ¥"), lambda x: yuan_text(x.deducted_fen) if x.deducted_fen else "", align_right=True
        ),
        Column(_tr("扣款原因"), lambda x: x.deduction_reasons),
    ]


def last_month(today: dt.date) -> str:
    first = today.replace(day=1) - dt.timedelta(days=1)
    return f"{first:%Y-%m}"


class MonthEdit(QDateEdit):
    """A month: ↑↓ (and the wheel) step whole months, whichever part the cursor is in."""

    def stepBy(self, steps: int) -> None:
        self.setDate(self.date().addMonths(steps))


class SummaryPage(QWidget):
    def __init__(self, host: BaseTab, flow: DocumentFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary_page")
        self._host, self._flow = host, flow
        self.ops = host.ops.for_widget(self)
        self._summary: WarrantySummaryService = host.services.claims.summary
        self.shown: MonthSummary | None = None
        self.month = MonthEdit(self)
        self.month.setObjectName("summary_month")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(False)
        start = dt.date.fromisoformat(last_month(local_today(host.services.clock)) + "-01")
        self.month.setDate(QDate(start.year, start.month, 1))
        self.month.dateChanged.connect(lambda _date: self.reload())
        self.model: RowsModel[SummaryLine] = RowsModel(summary_columns(), self)
        self.table = read_only_table(self, self.model, "summary_table", stretch=REASONS_COLUMN)
        self.totals = QLabel(self)
        self.totals.setObjectName("summary_totals")
        self.totals.setWordWrap(True)
        self.totals.setStyleSheet("font-weight: bold;")
        self.refresh_button = page_button(self, self.tr("刷新 (F5)"), "summary_refresh", self.reload, "F5")
        self.print_button = page_button(
            self, self.tr("打印汇总表 (Ctrl+P)"), "print_summary", self.print_summary, "Ctrl+P"
        )
        self.print_button.setEnabled(host.actor.can(Permission.PRINT))
        self.export_button = page_button(
            self, self.tr("导出 Excel (Ctrl+E)"), "export_summary", self.export, "Ctrl+E"
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("月份"), self))
        top.addWidget(self.month)
        top.addWidget(QLabel(self.tr("按维修日期（交车日，未交车按接车日）"), self), 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)

    def focus_main(self) -> None:
        self.month.setFocus()

    def refresh(self) -> None:
        self.reload()

    def chosen_month(self) -> str:
        return self.month.date().toString("yyyy-MM")

    def reload(self) -> None:
        op = self.ops.read(self._summary.month, self._host.actor, self.chosen_month())
        op.latest("month").success(self._show).run()

    def _show(self, summary: MonthSummary) -> None:
        self.shown = summary
        self.model.set_rows(summary.lines)
        self.totals.setText(
            "　".join(f"{localized(name)} {value}" for name, value in self._summary.totals(summary))
        )

    def print_summary(self) -> None:
        if not self.print_button.isEnabled():
            return
        month = self.chosen_month()
        title = self.tr("打印预览 - 保修零配件月汇总 {0}").format(month)
        self._flow.preview(self, DocumentKind.WARRANTY_SUMMARY, month, PrintOptions(), title)

    def export(self) -> None:
        month = self.chosen_month()
        suggested = str(Path.home() / self.tr("保修零配件汇总-{0}.xlsx").format(month))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("导出月度汇总"), suggested, self.tr("Excel 工作簿 (*.xlsx)")
        )
        if not path:
            return
        target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")

        def done(summary: MonthSummary) -> None:
            self._host.show_message(
                self.tr("已导出 {0} 的汇总（{1} 行）到 {2}").format(summary.month, len(summary.lines), target)
            )

        self.ops.read(self._summary.export_xlsx, self._host.actor, month, target).success(done).run()
