"""The monthly summary's tables: the figures of each day and of each ISO week (a row per day or
week, a column per figure, each column's definition as its header's tooltip), the late deliveries
one by one and the 三包 alerts open at the month's end."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Generic

from PySide6.QtCore import Qt

from app.reports import Figures
from app.reports.monthly import LateDelivery, OpenAlert, Week
from app.warranty import SEVERITY_LABELS, Severity
from ui.i18n import localized
from ui.i18n import tr as _tr
from ui.reports.figures import (
    DOWN,
    FIGURE_ROWS,
    FigureRow,
    definition_of,
    figure_title,
    value_text,
    weekday_text,
)
from ui.table_model import Column, Row, RowsModel
from ui.time_format import local_datetime


class SeriesModel(RowsModel[Row], Generic[Row]):
    """A row per day or week, named in the row's header (it stays in view while the figures
    scroll sideways); a column per figure, its header's tooltip the figure's definition."""

    def __init__(self, label: Callable[[Row], str], label_tip: str, parent: Any = None) -> None:
        super().__init__([_figure_column(f, self._figures) for f in FIGURE_ROWS], parent)
        self._label, self._label_tip = label, label_tip
        self._tips = [definition_of(f.definition) for f in FIGURE_ROWS]

    def _figures(self, row: Row) -> Figures:
        return row.figures if isinstance(row, Week) else row  # type: ignore[return-value]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and section < self.rowCount():
                return self._label(self.row_at(section))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._label_tip or None
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[section] if section < len(self._tips) else None
        return super().headerData(section, orientation, role)


def _figure_column(figure: FigureRow, of: Callable[[Row], Figures]) -> Column[Row]:
    title = figure_title(figure).replace("（", "\n（").replace(" (", "\n(")  # the unit under the name
    return Column(title, lambda r: value_text(figure.kind, figure.value(of(r))), align_right=True)


def day_text(figures: Figures) -> str:
    return f"{figures.first:%m-%d} {weekday_text(figures.first)}"


def week_text(week: Week) -> str:
    last = dt.date.fromordinal(week.figures.after.toordinal() - 1)
    return _tr("第 {0} 周（{1}–{2}）").format(week.iso_week, f"{week.figures.first:%m-%d}", f"{last:%m-%d}")


def days_model(parent: Any) -> SeriesModel[Figures]:
    return SeriesModel(day_text, "", parent)


def weeks_model(parent: Any) -> SeriesModel[Week]:
    return SeriesModel(week_text, _tr("ISO 周（周一至周日），跨月的周只计本月的日子"), parent)


def late_model(parent: Any) -> RowsModel[LateDelivery]:
    return RowsModel(
        [
            Column(_tr("工单号"), lambda r: r.ro_number),
            Column(_tr("车牌"), lambda r: r.plate),
            Column(_tr("服务顾问"), lambda r: r.advisor),
            Column(_tr("承诺交车"), lambda r: local_datetime(r.promised_at)),
            Column(_tr("实际交车"), lambda r: local_datetime(r.delivered_at)),
            Column(_tr("超时（小时）"), lambda r: f"{r.hours_late:.1f}", align_right=True),
        ],
        parent,
    )


class AlertsModel(RowsModel[OpenAlert]):
    """三包重点 in red."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            return DOWN if self.row_at(index.row()).severity is Severity.CRITICAL else None
        return super().data(index, role)


def severity_text(severity: Severity) -> str:
    """As app.warranty.SEVERITY_LABELS says it, in the interface's language."""
    texts = {
        Severity.CRITICAL: _tr("三包重点"),
        Severity.WARNING: _tr("三包提醒"),
        Severity.INFO: _tr("提示"),
    }
    return texts.get(severity, SEVERITY_LABELS[severity])


def alerts_model(parent: Any) -> AlertsModel:
    return AlertsModel(
        [
            Column(_tr("车牌"), lambda r: r.plate),
            Column(_tr("车型"), lambda r: r.model),
            Column(_tr("级别"), lambda r: severity_text(r.severity)),
            Column(_tr("预警"), lambda r: localized(r.message)),
            Column(_tr("相关工单"), lambda r: "\n".join(r.ro_numbers)),
        ],
        parent,
    )
