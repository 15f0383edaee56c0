"""The daily report's figures as the reports tab shows them: one row per figure, its value for the
day, the month to date and the same days of the month before, and the change of the month to date
against those days; each row's definition (app.reports.DEFINITIONS, written once) as its tooltip.

The formatting helpers (yuan, shares, changes) are shared by the daily and the monthly page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.reports import DEFINITIONS, Figures, Share
from app.wording import Message
from ui.i18n import QT_TRANSLATE_NOOP, localized
from ui.i18n import tr as _tr
from ui.intake.lines_model import yuan_text
from ui.labels_i18n import tr_label

Index = QModelIndex | QPersistentModelIndex
UP = QColor("#1b6e20")  # more than last month
DOWN = QColor("#b3261e")  # less


class Kind(Enum):
    COUNT = "count"
    MONEY = "money"  # fen
    RATE = "rate"  # 0..1


CONTEXT = "reports"  # the figures' titles: data of this module, translated where shown


@dataclass(frozen=True)
class FigureRow:
    title: str  # source text, translated where it is shown
    definition: str  # the name of its entry in app.reports.DEFINITIONS
    kind: Kind
    value: Callable[[Figures], float]


# In the printed report's order (app/reports/documents.py); pairs the print shows in one cell are
# two rows here, each with its own change.
FIGURE_ROWS: tuple[FigureRow, ...] = (
    FigureRow(QT_TRANSLATE_NOOP("reports", "进厂台次"), "进厂台次", Kind.COUNT, lambda f: f.vehicles_in),
    FigureRow(QT_TRANSLATE_NOOP("reports", "开单数"), "开单数", Kind.COUNT, lambda f: f.orders_opened),
    FigureRow(QT_TRANSLATE_NOOP("reports", "交车台次"), "交车台次", Kind.COUNT, lambda f: f.delivered),
    FigureRow(QT_TRANSLATE_NOOP("reports", "在修（日末）"), "在修", Kind.COUNT, lambda f: f.in_workshop),
    FigureRow(QT_TRANSLATE_NOOP("reports", "工时费（元）"), "产值", Kind.MONEY, lambda f: f.labour_fen),
    FigureRow(QT_TRANSLATE_NOOP("reports", "配件费（元）"), "产值", Kind.MONEY, lambda f: f.parts_fen),
    FigureRow(QT_TRANSLATE_NOOP("reports", "其他（元）"), "产值", Kind.MONEY, lambda f: f.other_fen),
    FigureRow(QT_TRANSLATE_NOOP("reports", "产值（元）"), "产值", Kind.MONEY, lambda f: f.revenue_fen),
    FigureRow(
        QT_TRANSLATE_NOOP("reports", "单车产值（元）"),
        "单车产值",
        Kind.MONEY,
        lambda f: f.revenue_per_vehicle_fen,
    ),
    FigureRow(
        QT_TRANSLATE_NOOP("reports", "预约进厂占比"), "预约进厂占比", Kind.RATE, lambda f: f.appointment_share
    ),
    FigureRow(QT_TRANSLATE_NOOP("reports", "超时交车"), "超时交车", Kind.COUNT, lambda f: f.late_deliveries),
    FigureRow(QT_TRANSLATE_NOOP("reports", "提醒电话"), "提醒电话", Kind.COUNT, lambda f: f.calls),
    FigureRow(QT_TRANSLATE_NOOP("reports", "其中预约成功"), "提醒电话", Kind.COUNT, lambda f: f.bookings),
    FigureRow(QT_TRANSLATE_NOOP("reports", "新预约"), "新预约", Kind.COUNT, lambda f: f.bookings_made),
    FigureRow(
        QT_TRANSLATE_NOOP("reports", "未到店预约"), "未到店预约", Kind.COUNT, lambda f: f.bookings_missed
    ),
    FigureRow(QT_TRANSLATE_NOOP("reports", "新建索赔单"), "索赔", Kind.COUNT, lambda f: f.claims_opened),
    FigureRow(QT_TRANSLATE_NOOP("reports", "打印旧件标签"), "索赔", Kind.COUNT, lambda f: f.tags_printed),
    FigureRow(QT_TRANSLATE_NOOP("reports", "投诉新开"), "投诉", Kind.COUNT, lambda f: f.complaints_opened),
    FigureRow(QT_TRANSLATE_NOOP("reports", "投诉结案"), "投诉", Kind.COUNT, lambda f: f.complaints_closed),
)


def figure_title(row: FigureRow) -> str:
    return QCoreApplication.translate(CONTEXT, row.title)


# -- definitions ----------------------------------------------------------------------------------


def definitions() -> list[tuple[str, str]]:
    """(name, definition) in the interface's language, in the app's order."""
    return [(localized(name), localized(text)) for name, text in DEFINITIONS]


def definition_of(name: str) -> str:
    """The definition written under `name` (its Chinese name) in app.reports.DEFINITIONS."""
    for key, text in DEFINITIONS:
        if str(key) == name:
            return _tr("{0}：{1}").format(localized(key), localized(text))
    return ""


# -- formatting -----------------------------------------------------------------------------------


def count_text(n: float) -> str:
    return f"{int(n):,}"


def rate_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def share_text(share: Share) -> str:
    return rate_text(share.value)


def value_text(kind: Kind, value: float) -> str:
    if kind is Kind.MONEY:
        return yuan_text(int(value))
    if kind is Kind.RATE:
        return rate_text(value)
    return count_text(value)


def change_text(kind: Kind, now: float, before: float) -> str:
    """Now against before: a rate in percentage points, a count or an amount in per cent of
    before (its difference when before was nothing); 0 when equal."""
    if kind is Kind.RATE:
        points = (now - before) * 100
        return _tr("{0:+.1f} 个百分点").format(points) if round(points, 1) else "0"
    if now == before:
        return "0"
    if before == 0:
        return f"+{value_text(kind, now)}" if now > 0 else value_text(kind, now)
    return f"{(now - before) / abs(before):+.1%}"


def label_text(text: str) -> str:
    """An app label (a job type, a payer) or a Message of the app, in the interface's language."""
    return localized(text) if isinstance(text, Message) else tr_label(text)


WEEKDAYS = (
    QT_TRANSLATE_NOOP("reports", "星期一"),
    QT_TRANSLATE_NOOP("reports", "星期二"),
    QT_TRANSLATE_NOOP("reports", "星期三"),
    QT_TRANSLATE_NOOP("reports", "星期四"),
    QT_TRANSLATE_NOOP("reports", "星期五"),
    QT_TRANSLATE_NOOP("reports", "星期六"),
    QT_TRANSLATE_NOOP("reports", "星期日"),
)


def weekday_text(day: dt.date) -> str:
    return QCoreApplication.translate(CONTEXT, WEEKDAYS[day.weekday()])


# -- the model ------------------------------------------------------------------------------------

DAY, MONTH, LAST_MONTH, CHANGE = 1, 2, 3, 4


def span_text(figures: Figures) -> str:
    last = dt.date.fromordinal(figures.after.toordinal() - 1)
    return f"{figures.first:%m-%d}–{last:%m-%d}"


def span_titles(day: Figures, month_to_date: Figures, last_month: Figures) -> list[str]:
    """The headings of the daily report's spans (over its figures and its quality): what, and
    which days, on two lines."""
    return [
        _tr("当日") + "\n" + day.first.isoformat(),
        _tr("本月累计") + "\n" + span_text(month_to_date),
        _tr("上月同期") + "\n" + span_text(last_month),
    ]


def figures_table(parent: QWidget, model: FiguresModel, name: str) -> QTableView:
    """The figures, read across: each column as wide as its numbers, the titles taking the rest."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(23)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def measure() -> None:  # the columns come with the first report
        table.resizeColumnsToContents()
        if model.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    model.modelReset.connect(measure)
    return table


@dataclass(frozen=True)
class Comparison:
    """A change column: the span at `now` against the span at `before` (indexes of the spans)."""

    title: str
    now: int
    before: int
    tip: str = ""


class FiguresModel(QAbstractTableModel):
    """Rows: the figures; columns: the figure, then one per span given (the day, the month to
    date…), then one per comparison (the change of one span against another).

    The daily page's: the day, the month to date, the same days of the month before, and the
    change of the month to date against them (columns DAY, MONTH, LAST_MONTH, CHANGE)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._spans: tuple[Figures, ...] = ()
        self._titles: list[str] = []
        self._comparisons: tuple[Comparison, ...] = ()

    def set_spans(self, day: Figures, month_to_date: Figures, last_month: Figures) -> None:
        """The daily report's spans. Two lines each header: what the column is, and its days."""
        spans = (day, month_to_date, last_month)
        self.set_columns(
            list(zip(span_titles(*spans), spans, strict=True)),
            [Comparison(_tr("较上月同期") + "\n" + _tr("（本月累计）"), 1, 2, _tr("本月累计与上月同期相比"))],
        )

    def set_columns(self, spans: Sequence[tuple[str, Figures]], comparisons: Sequence[Comparison]) -> None:
        self.beginResetModel()
        self._titles = [_tr("指标"), *(title for title, _ in spans)]
        self._spans = tuple(figures for _, figures in spans)
        self._comparisons = tuple(comparisons)
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(self.columnCount() - 1, 0))

    @property
    def rows(self) -> Sequence[FigureRow]:
        return FIGURE_ROWS

    def value(self, row: int, column: int) -> float:
        """The figure's number behind a cell of a span's column."""
        assert 1 <= column <= len(self._spans)
        return FIGURE_ROWS[row].value(self._spans[column - 1])

    def _comparison(self, column: int) -> Comparison | None:
        n = column - 1 - len(self._spans)
        return self._comparisons[n] if 0 <= n < len(self._comparisons) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._spans else len(FIGURE_ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles) + len(self._comparisons)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self._spans:
            return None
        row, column = FIGURE_ROWS[index.row()], index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return definition_of(row.definition)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        comparison = self._comparison(column)
        if comparison is not None:
            spans = self._spans
            now, before = row.value(spans[comparison.now]), row.value(spans[comparison.before])
            if role == Qt.ItemDataRole.ForegroundRole:
                return None if now == before else (UP if now > before else DOWN)
            return change_text(row.kind, now, before) if role == Qt.ItemDataRole.DisplayRole else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return figure_title(row)
        return value_text(row.kind, self.value(index.row(), column))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        comparison = self._comparison(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return comparison.title if comparison is not None else self._titles[section]
        if role == Qt.ItemDataRole.ToolTipRole and comparison is not None:
            return comparison.tip or None
        return None
