"""到期未来厂分析 (those who run the reports): of the cars whose service fell due in a month (last
month at first), how many came back on time, late or not at all, and why; the retention figures
each with its formula; the cars by advisor and by model.

Keyboard: the month (↑↓ step it a month, or type it), F5 reads again, Ctrl+P previews and prints
the A4 analysis through the document flow, Ctrl+E exports it as an .xlsx workbook (a file dialog
asks where), Esc closes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.printing import DocumentKind, PrintOptions
from app.reminders import ReminderService
from app.reminders.analysis import Analysis, Figure
from app.roles import Actor, Permission
from ui.claims.page_kit import read_only_table
from ui.forms import resize_within_screen
from ui.i18n import localized
from ui.i18n import tr as _tr
from ui.operations import Operations
from ui.printing.document_flow import DocumentFlow
from ui.reminders.reason_chart import ReasonChart
from ui.table_model import Column, RowsModel

Split = tuple[str, int, int, int]  # (advisor or model, due, back, not back)
FORMULA_COLUMN = 1


def last_month(today: dt.date) -> str:
    return f"{today.replace(day=1) - dt.timedelta(days=1):%Y-%m}"


def share(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "—"


def figure_columns() -> list[Column[Figure]]:
    return [
        Column(_tr("指标"), lambda f: localized(f.name)),
        Column(_tr("计算方法"), lambda f: localized(f.formula)),
        Column(_tr("数值"), lambda f: f.value, align_right=True),
        Column(_tr("分子/分母"), lambda f: f"{f.numerator} / {f.denominator}", align_right=True),
    ]


def split_columns(first: str) -> list[Column[Split]]:
    return [
        Column(first, lambda r: r[0]),
        Column(_tr("到期"), lambda r: str(r[1]), align_right=True),
        Column(_tr("已回厂"), lambda r: str(r[2]), align_right=True),
        Column(_tr("未回厂"), lambda r: str(r[3]), align_right=True),
        Column(_tr("回厂率"), lambda r: share(r[2], r[1]), align_right=True),
    ]


class MonthEdit(QDateEdit):
    """A month: ↑↓ (and the wheel) step whole months, whichever part the cursor is in."""

    def stepBy(self, steps: int) -> None:
        self.setDate(self.date().addMonths(steps))


class Headline(QFrame):
    """One number in large print with its caption under it."""

    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("—", self)
        self.value.setObjectName(f"{name}_value")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.caption = QLabel(caption, self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 4, 6, 4)
        box.setSpacing(0)
        box.addWidget(self.value)
        box.addWidget(self.caption)


class AnalysisDialog(QDialog):
    def __init__(
        self,
        reminders: ReminderService,
        actor: Actor,
        flow: DocumentFlow,
        today: dt.date,
        printable: bool,
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("analysis_dialog")
        self.ops = (ops or Operations(self)).for_widget(self)
        self._reminders, self._actor, self._flow = reminders, actor, flow
        self.shown: Analysis | None = None
        self.setWindowTitle(self.tr("到期未来厂分析"))
        self.month = MonthEdit(self)
        self.month.setObjectName("analysis_month")
        self.month.setDisplayFormat("yyyy-MM")
        start = dt.date.fromisoformat(last_month(today) + "-01")
        self.month.setDate(QDate(start.year, start.month, 1))
        self.month.dateChanged.connect(lambda _date: self.reload())
        self.print_button = self._button(self.tr("打印 (Ctrl+P)"), "print_analysis", self.print_analysis)
        self.print_button.setEnabled(printable and actor.can(Permission.PRINT))
        if not printable:
            self.print_button.setToolTip(self.tr("这种单据尚未接入打印，暂不能打印"))
        self.export_button = self._button(self.tr("导出 Excel (Ctrl+E)"), "export_analysis", self.export)
        for key, slot in (("Ctrl+P", self.print_analysis), ("Ctrl+E", self.export), ("F5", self.reload)):
            QShortcut(QKeySequence(key), self, slot)

        self.headlines = {
            name: Headline(f"headline_{name}", caption, self)
            for name, caption in (
                ("due", self.tr("到期车辆")),
                ("on_time", self.tr("按时回厂")),
                ("late", self.tr("逾期回厂")),
                ("not_back", self.tr("未回厂")),
                ("called", self.tr("已电话提醒")),
                ("called_back", self.tr("提醒后回厂")),
            )
        }
        self.chart = ReasonChart(self)
        self.figures: RowsModel[Figure] = RowsModel(figure_columns(), self)
        self.figures_table = read_only_table(self, self.figures, "analysis_figures", stretch=FORMULA_COLUMN)
        self.figures_table.setWordWrap(True)
        # A formula wraps to the width its column gets: the rows follow it.
        self.figures_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.advisors: RowsModel[Split] = RowsModel(split_columns(self.tr("服务顾问")), self)
        self.models: RowsModel[Split] = RowsModel(split_columns(self.tr("车型")), self)
        self.advisors_table = read_only_table(self, self.advisors, "analysis_advisors", stretch=0)
        self.models_table = read_only_table(self, self.models, "analysis_models", stretch=0)
        self.message = QLabel(self)
        self.message.setObjectName("analysis_message")
        self.message.setWordWrap(True)
        self.note = QLabel(self)  # the on-time definition, from the rules the analysis used
        self.note.setObjectName("analysis_note")
        self._build_layout()
        resize_within_screen(self, 1000, 700)
        self.month.setFocus()
        self.reload()

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        caption = QLabel(self.tr("到期月份"), self)
        caption.setBuddy(self.month)
        top.addWidget(caption)
        top.addWidget(self.month)
        top.addWidget(self.note, 1)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)
        numbers = QGridLayout()
        for n, headline in enumerate(self.headlines.values()):
            numbers.addWidget(headline, 0, n)
        middle = QHBoxLayout()
        for title, widget, stretch in (
            (self.tr("未回厂原因"), self.chart, 2),
            (self.tr("保有指标"), self.figures_table, 3),
        ):
            box = QGroupBox(title, self)
            QVBoxLayout(box).addWidget(widget)
            middle.addWidget(box, stretch)
        bottom = QHBoxLayout()
        for title, table in (
            (self.tr("按服务顾问"), self.advisors_table),
            (self.tr("按车型"), self.models_table),
        ):
            box = QGroupBox(title, self)
            QVBoxLayout(box).addWidget(table)
            bottom.addWidget(box, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(numbers)
        layout.addLayout(middle, 3)
        layout.addLayout(bottom, 2)
        layout.addWidget(self.message)
        layout.addWidget(close)

    # -- reading ------------------------------------------------------------------------------

    def chosen_month(self) -> str:
        return self.month.date().toString("yyyy-MM")

    def reload(self) -> None:
        op = self.ops.read(self._reminders.analysis, self._actor, self.chosen_month())
        op.latest("analysis").success(self._show).run()

    def _show(self, found: Analysis) -> None:
        self.shown = found
        self.note.setText(self.tr("按时回厂：到期后 {0} 天内保养").format(found.grace_days))
        values = {
            "due": found.due,
            "on_time": found.on_time,
            "late": found.late,
            "not_back": found.not_back,
            "called": found.called,
            "called_back": found.called_back,
        }
        for name, value in values.items():
            self.headlines[name].value.setText(str(value))
        self.headlines["not_back"].setToolTip(share(found.not_back, found.due))
        self.chart.set_reasons(found.reasons)
        self.figures.set_rows(found.figures)
        self.advisors.set_rows(found.by_advisor)
        self.models.set_rows(found.by_model)
        if found.due == 0:
            self.message.setText(self.tr("{0} 没有到期的保养").format(found.period))
        else:
            self.message.setText(
                self.tr("{0}：到期 {1} 辆，回厂率 {2}").format(
                    found.period, found.due, share(found.on_time + found.late, found.due)
                )
            )

    # -- printing and exporting ---------------------------------------------------------------

    def print_analysis(self) -> None:
        if not self.print_button.isEnabled():
            return
        month = self.chosen_month()
        title = self.tr("打印预览 - 到期未来厂分析 {0}").format(month)
        self._flow.preview(self, DocumentKind.LOST_ANALYSIS, month, PrintOptions(), title)

    def export(self) -> None:
        month = self.chosen_month()
        suggested = str(Path.home() / self.tr("到期未来厂分析-{0}.xlsx").format(month))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("导出到期未来厂分析"), suggested, _tr("Excel 工作簿 (*.xlsx)")
        )
        if not path:
            return
        target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")

        def done(found: Analysis) -> None:
            self.message.setText(self.tr("已导出 {0} 的分析到 {1}").format(found.period, target))

        self.ops.read(self._reminders.export_analysis, self._actor, month, target).success(done).run()
