"""The daily report's smaller tables: by job type, by payer, by service advisor, the quality and
the estimate accuracy of each advisor (of the day, the month to date and the same days of the
month before, a column each); each a table model over the report's rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic

from PySide6.QtCore import Qt

from app.orders import PAYER_LABELS, Payer
from app.reports import AdvisorFigures, DailyReport, DayQuality, Share
from ui.i18n import tr as _tr
from ui.intake.lines_model import yuan_text
from ui.reports.figures import count_text, definition_of, label_text, rate_text, share_text
from ui.table_model import Column, Index, Row, RowsModel


class TipsModel(RowsModel[Row], Generic[Row]):
    """Rows with a tooltip each (the definition of the figure on the row)."""

    def __init__(self, columns: Sequence[Column[Row]], tip: Callable[[Row], str], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._tip = tip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return self._tip(self.row_at(index.row())) or None
        return super().data(index, role)


@dataclass(frozen=True)
class JobRow:
    job_type: str
    orders: int
    revenue_fen: int
    whole_fen: int  # the day's revenue, for the share


@dataclass(frozen=True)
class PayerRow:
    payer: str  # the payer's value (customer, warranty…)
    fen: int
    whole_fen: int


@dataclass(frozen=True)
class AdvisorRow:
    figures: AdvisorFigures
    accuracy: Share | None  # None: no approved estimate delivered that day


@dataclass(frozen=True)
class SpanCell:
    text: str  # the rate over its part and whole, on two lines
    tip: str = ""  # what the part and the whole are


@dataclass(frozen=True)
class SpanRow:
    """A quality figure (or an advisor's estimate accuracy): its name, then a cell per span."""

    name: str  # shown as it is (translated when built)
    cells: tuple[SpanCell, ...]
    definition: str  # the name of its entry in app.reports.DEFINITIONS


def _part_of(part: int, whole: int) -> str:
    return rate_text(part / whole) if whole else "—"


def payer_text(value: str) -> str:
    try:
        return label_text(PAYER_LABELS[Payer(value)])
    except ValueError:
        return value


def job_rows(by_job_type: Sequence[tuple[str, int, int]]) -> list[JobRow]:
    """(job type, orders delivered, revenue fen) of a report, with each one's share."""
    whole = sum(fen for _, _, fen in by_job_type)
    return [JobRow(job, n, fen, whole) for job, n, fen in by_job_type]


def payer_rows(by_payer: Sequence[tuple[str, int]]) -> list[PayerRow]:
    whole = sum(fen for _, fen in by_payer)
    return [PayerRow(payer, fen, whole) for payer, fen in by_payer]


def advisor_rows(report: DailyReport) -> list[AdvisorRow]:
    accuracy = dict(report.quality.estimate_by_advisor)
    return [AdvisorRow(a, accuracy.get(a.name)) for a in report.by_advisor]


def _cell(share: Share | None, counted: str) -> SpanCell:
    """The rate, under it the part and the whole ("—" alone when nothing was counted); `counted`
    says what they are ("到店 {0} / 预约 {1}")."""
    if share is None or not share.whole:
        return SpanCell("—", counted.format(0, 0))
    return SpanCell(
        f"{share_text(share)}\n{share.part} / {share.whole}", counted.format(share.part, share.whole)
    )


def _fixed_cell(quality: DayQuality) -> SpanCell:
    comebacks, repairs = len(quality.comebacks), quality.repairs
    tip = _tr("返修 {0} / 维修工单 {1}").format(comebacks, repairs)
    if not repairs:
        return SpanCell("—", tip)
    return SpanCell(
        rate_text(quality.fixed_first_visit) + "\n" + _tr("返修 {0} / {1}").format(comebacks, repairs), tip
    )


def quality_rows(spans: Sequence[DayQuality]) -> list[SpanRow]:
    """The quality figures of each span (the day, the month to date, the same days last month)."""
    return [
        SpanRow(
            _tr("预约到店率"),
            tuple(_cell(q.show_rate, _tr("到店 {0} / 预约 {1}")) for q in spans),
            "预约到店率",
        ),
        SpanRow(
            _tr("回访满意率"),
            tuple(_cell(q.satisfaction, _tr("满意 {0} / 接通回访 {1}")) for q in spans),
            "回访满意率",
        ),
        SpanRow(
            _tr("估价准确率"),
            tuple(_cell(q.estimate_accuracy, _tr("准确 {0} / 确认估价 {1}")) for q in spans),
            "估价准确率",
        ),
        SpanRow(_tr("一次修复率"), tuple(_fixed_cell(q) for q in spans), "返修"),
    ]


def accuracy_rows(spans: Sequence[DayQuality]) -> list[SpanRow]:
    """Each advisor's estimate accuracy in each span ("—" where none was delivered), by name."""
    by_span = [dict(q.estimate_by_advisor) for q in spans]
    names = sorted({name for shares in by_span for name in shares})
    return [
        SpanRow(
            name, tuple(_cell(s.get(name), _tr("准确 {0} / 确认估价 {1}")) for s in by_span), "估价准确率"
        )
        for name in names
    ]


def comebacks_text(quality: DayQuality) -> str:
    return _tr("当日返修工单：{0}").format(
        _tr("、").join(quality.comebacks) if quality.comebacks else _tr("无")
    )


def _name(row: SpanRow) -> str:
    return row.name


class SpansModel(RowsModel[SpanRow]):
    """Rows of a figure per span: the first column names it, then a column per span given with
    the rows (set_spans); each cell's tooltip says what it counts, and the figure's definition."""

    def __init__(self, first: str, parent: Any = None) -> None:
        super().__init__([Column(first, _name)], parent)
        self._first = first

    def set_spans(self, titles: Sequence[str], rows: Sequence[SpanRow]) -> None:
        def cell(n: int) -> Callable[[SpanRow], str]:
            return lambda r: r.cells[n].text

        self.beginResetModel()
        self._columns = [Column(self._first, _name)]
        self._columns += [Column(title, cell(n), align_right=True) for n, title in enumerate(titles)]
        self._rows = list(rows)
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            row, column = self.row_at(index.row()), index.column()
            tips = [row.cells[column - 1].tip if column else "", definition_of(row.definition)]
            return "\n".join(tip for tip in tips if tip) or None
        return super().data(index, role)


def job_model(parent: Any) -> RowsModel[JobRow]:
    return RowsModel(
        [
            Column(_tr("维修类型"), lambda r: label_text(r.job_type)),
            Column(_tr("交车台次"), lambda r: count_text(r.orders), align_right=True),
            Column(_tr("产值（元）"), lambda r: yuan_text(r.revenue_fen), align_right=True),
            Column(_tr("占比"), lambda r: _part_of(r.revenue_fen, r.whole_fen), align_right=True),
        ],
        parent,
    )


def payer_model(parent: Any) -> RowsModel[PayerRow]:
    return RowsModel(
        [
            Column(_tr("付费方"), lambda r: payer_text(r.payer)),
            Column(_tr("金额（元）"), lambda r: yuan_text(r.fen), align_right=True),
            Column(_tr("占比"), lambda r: _part_of(r.fen, r.whole_fen), align_right=True),
        ],
        parent,
    )


def advisor_model(parent: Any) -> RowsModel[AdvisorRow]:
    return RowsModel(
        [
            Column(_tr("服务顾问"), lambda r: r.figures.name),
            Column(_tr("进厂台次"), lambda r: count_text(r.figures.vehicles_in), align_right=True),
            Column(_tr("交车台次"), lambda r: count_text(r.figures.delivered), align_right=True),
            Column(_tr("产值（元）"), lambda r: yuan_text(r.figures.revenue_fen), align_right=True),
            Column(
                _tr("单车产值（元）"),
                lambda r: yuan_text(r.figures.revenue_per_vehicle_fen),
                align_right=True,
            ),
            Column(
                _tr("估价准确率"),
                lambda r: "—" if r.accuracy is None else share_text(r.accuracy),
                align_right=True,
            ),
        ],
        parent,
    )


def quality_model(parent: Any) -> SpansModel:
    return SpansModel(_tr("指标"), parent)


def accuracy_model(parent: Any) -> SpansModel:
    """The estimate accuracy of each advisor who delivered an order with an approved estimate in
    one of the spans."""
    return SpansModel(_tr("服务顾问"), parent)
