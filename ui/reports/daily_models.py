"""The daily report's smaller tables: by job type, by payer, by service advisor, the day's quality
and the estimate accuracy of each advisor; each a table model over the report's rows."""

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
class QualityRow:
    name: str  # shown as it is (translated when built)
    value: str
    detail: str
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


def quality_rows(quality: DayQuality) -> list[QualityRow]:
    show, happy, held = quality.show_rate, quality.satisfaction, quality.estimate_accuracy
    comebacks = len(quality.comebacks)
    return [
        QualityRow(
            _tr("预约到店率"),
            share_text(show),
            _tr("到店 {0} / 预约 {1}").format(show.part, show.whole),
            "预约到店率",
        ),
        QualityRow(
            _tr("回访满意率"),
            share_text(happy),
            _tr("满意 {0} / 接通回访 {1}").format(happy.part, happy.whole),
            "回访满意率",
        ),
        QualityRow(
            _tr("估价准确率"),
            share_text(held),
            _tr("准确 {0} / 确认估价 {1}").format(held.part, held.whole),
            "估价准确率",
        ),
        QualityRow(
            _tr("一次修复率"),
            rate_text(quality.fixed_first_visit),
            _tr("返修 {0} / 维修工单 {1}").format(comebacks, quality.repairs),
            "返修",
        ),
        QualityRow(
            _tr("返修"),
            count_text(comebacks),
            _tr("、").join(quality.comebacks) if comebacks else _tr("无"),
            "返修",
        ),
    ]


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


def quality_model(parent: Any) -> TipsModel[QualityRow]:
    return TipsModel(
        [
            Column(_tr("指标"), lambda r: r.name),
            Column(_tr("数值"), lambda r: r.value, align_right=True),
            Column(_tr("计算"), lambda r: r.detail),
        ],
        lambda r: definition_of(r.definition),
        parent,
    )


def accuracy_model(parent: Any) -> RowsModel[tuple[str, Share]]:
    """The estimate accuracy of each advisor who delivered an order with an approved estimate."""
    return RowsModel(
        [
            Column(_tr("服务顾问"), lambda r: r[0]),
            Column(_tr("估价准确率"), lambda r: share_text(r[1]), align_right=True),
            Column(_tr("准确 / 确认估价"), lambda r: f"{r[1].part} / {r[1].whole}", align_right=True),
        ],
        parent,
    )
