"""The monthly summary's trend charts (QtCharts): vehicles in and delivered per day as two bars
side by side, and the revenue of each day stacked labour / parts / other. The day numbers run
along the bottom, the values up the left with a light grid; the legend sits on top. Each chart
keeps what it was given (`values`), so tests read what is drawn."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

# Told apart in colour and in grey (a black-and-white printout of the screen, a screenshot).
COLOURS = ("#1f5fa8", "#e08a1e", "#8a8a8a")
MIN_HEIGHT = 170


def nice_top(value: float) -> float:
    """The axis' top: the value rounded up to 1, 2 or 5 times a power of ten (at least 1)."""
    if value <= 1:
        return 1.0
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return float(step * magnitude)
    return float(10 * magnitude)


class TrendChart(QChartView):
    """Bars per day: grouped (stacked=False) or stacked, one set per named series."""

    def __init__(self, name: str, title: str, stacked: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._stacked = stacked
        self._title = title
        self.categories: tuple[str, ...] = ()
        self.values: dict[str, tuple[float, ...]] = {}
        chart = QChart()
        chart.setTitle(title)
        font = QFont(chart.titleFont())
        font.setBold(True)
        chart.setTitleFont(font)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setBackgroundRoundness(0)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(MIN_HEIGHT)
        self.setMinimumWidth(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]]) -> None:
        """categories: the days' labels; series: (name, one value per day)."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.categories = tuple(categories)
        self.values = {name: tuple(values) for name, values in series}
        bars = QStackedBarSeries() if self._stacked else QBarSeries()
        bars.setBarWidth(0.8)
        for n, (name, values) in enumerate(series):
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            colour = QColor(COLOURS[n % len(COLOURS)])
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
            bars.append(bar_set)
        chart.addSeries(bars)
        days = QBarCategoryAxis()
        days.append(list(self.categories))
        small = QFont(days.labelsFont())
        small.setPointSizeF(max(small.pointSizeF() - 1.5, 6.5))
        days.setLabelsFont(small)
        days.setGridLineVisible(False)
        chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(days)
        if self._stacked:
            highest = max((sum(day) for day in zip(*self.values.values(), strict=True)), default=0.0)
        else:
            highest = max((max(v, default=0.0) for v in self.values.values()), default=0.0)
        scale = QValueAxis()
        top = nice_top(highest)
        scale.setRange(0, top)
        # A line every fifth of the top (whole numbers: a count of cars is never 0.4).
        scale.setTickType(QValueAxis.TickType.TicksDynamic)
        scale.setTickAnchor(0)
        scale.setTickInterval(max(top / 5, 1.0))
        scale.setLabelFormat("%.0f")
        scale.setLabelsFont(small)
        scale.setGridLineColor(QColor("#dddddd"))
        chart.addAxis(scale, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(scale)
