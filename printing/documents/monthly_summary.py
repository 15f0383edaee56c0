"""The monthly summary (月度汇总) on A4 landscape, for the service manager.

First the trends, drawn with reportlab graphics: vehicles in and delivered per day (lines), the
revenue per day split into labour, parts and other (stacked bars), and the weeks (bars; weeks
cut at the month's edges are marked "不满一周"). Then the month's figures against the same
period last month and last year, the weeks as a table, the advisors, job types and payers, the
quality figures, the late deliveries (the longest first, up to LATE_ROWS; the workbook has them
all), the 三包 alerts open at the month's end, and every definition small at the foot. Every
value arrives formatted by the application, the chart series as plain numbers. An empty month
prints its zeros, flat charts and says that there were no orders.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Table, TableStyle

from printing.documents.daily_report import _definitions, _p, _small_table
from printing.documents.forms import A4Form, FormHeader

TITLE = "月度汇总"
NO_ORDERS = "本月无工单。"
NONE = "无"
LATE_ROWS = 40  # the longest late deliveries printed; the workbook lists them all
ALERT_ROWS = 60  # the 三包 alerts printed, 三包重点 first; the workbook lists them all
HEADING_ROOM_MM = 40
CHART_HEIGHT_MM = 50.0
# Colours that stay apart in grey on a black-and-white printer.
DARK = colors.Color(0.15, 0.3, 0.55)
LIGHT = colors.Color(0.55, 0.7, 0.85)
MIDDLE = colors.Color(0.85, 0.55, 0.2)
FIGURE_COLUMNS = (
    ("指标", 62.0),
    ("本月", 38.0),
    ("上月同期", 38.0),
    ("较上月", 26.0),
    ("去年同期", 38.0),
    ("较去年", 26.0),
)
WEEK_COLUMNS = (
    ("周", 54.0),
    ("进厂台次", 22.0),
    ("交车台次", 22.0),
    ("产值（元）", 32.0),
    ("工时费（元）", 30.0),
    ("配件费（元）", 30.0),
    ("单车产值（元）", 28.0),
    ("超时交车", 20.0),
    ("投诉", 18.0),
)
ADVISOR_COLUMNS = (
    ("服务顾问", 50.0),
    ("进厂台次", 30.0),
    ("交车台次", 30.0),
    ("产值（元）", 40.0),
    ("单车产值（元）", 38.0),
    ("估价准确率", 42.0),
)
JOB_TYPE_COLUMNS = (("工单类型", 44.0), ("交车台次", 28.0), ("产值（元）", 42.0))
PAYER_COLUMNS = (("付费方", 60.0), ("金额（元）", 50.0))
QUALITY_COLUMNS = (("质量指标", 60.0), ("本月", 60.0), ("上月同期", 60.0))
LATE_COLUMNS = (
    ("工单号", 48.0),
    ("车牌", 30.0),
    ("服务顾问", 34.0),
    ("承诺交车", 40.0),
    ("实际交车", 40.0),
    ("超时（小时）", 28.0),
)
ALERT_COLUMNS = (("车牌", 28.0), ("车型", 40.0), ("级别", 22.0), ("预警", 132.0), ("相关工单", 45.0))


@dataclass(frozen=True)
class MonthlySummaryData:
    dealer_name: str
    dealer_code: str
    month: str  # "2026-10"
    period: str  # "2026-10-01 至 2026-10-31", or "至 2026-10-15（本月未结束）"
    compared: str  # what the comparison columns are: "上月同期 2026-09-01 至 2026-09-30 ..."
    printed_at: str
    has_orders: bool
    # The chart series, one value per day of the month (1st to the last day counted).
    day_labels: Sequence[str]  # "1", "2", ...
    vehicles_in: Sequence[int]
    delivered: Sequence[int]
    labour_yuan: Sequence[float]
    parts_yuan: Sequence[float]
    other_yuan: Sequence[float]
    # The weeks: their labels ("W44 10-26—10-31 不满一周") and series.
    week_labels: Sequence[str]
    week_vehicles_in: Sequence[int]
    week_delivered: Sequence[int]
    # (figure, this month, last month, change, last year, change), formatted
    figures: Sequence[tuple[str, str, str, str, str, str]]
    weeks: Sequence[Sequence[str]]  # rows under WEEK_COLUMNS
    by_advisor: Sequence[Sequence[str]]  # rows under ADVISOR_COLUMNS
    by_job_type: Sequence[tuple[str, str, str]]
    by_payer: Sequence[tuple[str, str]]
    quality: Sequence[Sequence[str]]  # (figure, this month, last month)
    comebacks: str  # the comeback orders' numbers, or 无
    late: Sequence[Sequence[str]]  # rows under LATE_COLUMNS, the longest first
    late_total: int
    alerts: Sequence[Sequence[str]]  # rows under ALERT_COLUMNS, 三包重点 first
    alerts_total: int
    definitions: Sequence[tuple[str, str]]


def title(month: str) -> str:
    return f"{TITLE}（{month}）"


def _section(form: A4Form, heading: str, room_mm: float = HEADING_ROOM_MM) -> None:
    form.flowable(CondPageBreak(room_mm * mm))
    form.section(heading)


def _table(
    form: A4Form,
    columns: Sequence[tuple[str, float]],
    rows: Sequence[Sequence[str]],
    empty: str,
    right: Sequence[int] | None = None,
) -> None:
    """A table of `columns` (heading, mm); numbers (all but the first column unless `right`
    says which) set to the right."""
    if not rows:
        form.paragraph(empty, size=9.5)
        return
    form.table(
        [h for h, _ in columns],
        rows,
        widths_mm=[w for _, w in columns],
        align_right=range(1, len(columns)) if right is None else right,
    )


def _step(top: float) -> float:
    """A round value step for an axis up to `top` (1, 2, 5 times a power of ten)."""
    if top <= 0:
        return 1
    raw = top / 5
    power = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return float(factor * power)
    return float(10 * power)


def _axis(chart: Any, top: float, font: str) -> None:
    step = _step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step, step * -(-top // step))
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.valueAxis.visibleGrid = True
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 6.5


def _legend(drawing: Drawing, x: float, y: float, items: Sequence[tuple[Any, str]], font: str) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = font, 7.5
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx, legend.dy, legend.deltax = 7, 7, 60
    legend.colorNamePairs = list(items)
    drawing.add(legend)


def _heading(drawing: Drawing, text: str, font: str) -> None:
    drawing.add(String(0, drawing.height - 10, text, fontName=font, fontSize=9.5))


def _day_label_every(n: int) -> int:
    return 1 if n <= 16 else 2


def vehicles_chart(data: MonthlySummaryData, width: float, font: str) -> Drawing:
    """进厂台次 and 交车台次 per day, as two lines."""
    height = CHART_HEIGHT_MM * mm
    drawing = Drawing(width, height)
    _heading(drawing, "每日进厂台次与交车台次", font)
    chart = HorizontalLineChart()
    chart.x, chart.y = 28, 22
    chart.width, chart.height = width - 40, height - 52
    series = [list(data.vehicles_in) or [0], list(data.delivered) or [0]]
    chart.data = series
    every = _day_label_every(len(data.day_labels))
    chart.categoryAxis.categoryNames = [
        label if i % every == 0 else "" for i, label in enumerate(data.day_labels)
    ] or [""]
    _axis(chart, max(max(s) for s in series), font)
    for i, colour in enumerate((DARK, MIDDLE)):
        chart.lines[i].strokeColor = colour
        chart.lines[i].strokeWidth = 1.4
    drawing.add(chart)
    _legend(drawing, 28, height - 20, [(DARK, "进厂台次"), (MIDDLE, "交车台次")], font)
    return drawing


def revenue_chart(data: MonthlySummaryData, width: float, font: str) -> Drawing:
    """The revenue per day, stacked: labour, parts, other (yuan)."""
    height = CHART_HEIGHT_MM * mm
    drawing = Drawing(width, height)
    _heading(drawing, "每日产值（元）：工时费、配件费、其他", font)
    chart = VerticalBarChart()
    chart.x, chart.y = 44, 22
    chart.width, chart.height = width - 56, height - 52
    series = [list(data.labour_yuan) or [0], list(data.parts_yuan) or [0], list(data.other_yuan) or [0]]
    chart.data = series
    chart.categoryAxis.style = "stacked"
    every = _day_label_every(len(data.day_labels))
    chart.categoryAxis.categoryNames = [
        label if i % every == 0 else "" for i, label in enumerate(data.day_labels)
    ] or [""]
    totals = [sum(values) for values in zip(*series, strict=True)]
    _axis(chart, max(totals, default=0), font)
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}"
    chart.barSpacing = 0.5
    for i, colour in enumerate((DARK, LIGHT, MIDDLE)):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    _legend(drawing, 44, height - 20, [(DARK, "工时费"), (LIGHT, "配件费"), (MIDDLE, "其他")], font)
    return drawing


def weeks_chart(data: MonthlySummaryData, width: float, font: str) -> Drawing:
    """进厂台次 and 交车台次 per week, side by side."""
    height = CHART_HEIGHT_MM * mm
    drawing = Drawing(width, height)
    _heading(drawing, "每周进厂台次与交车台次（跨月的周只计本月的日子）", font)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 30
    chart.width, chart.height = width - 40, height - 60
    series = [list(data.week_vehicles_in) or [0], list(data.week_delivered) or [0]]
    chart.data = series
    chart.categoryAxis.categoryNames = list(data.week_labels) or [""]
    _axis(chart, max(max(s) for s in series), font)
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    chart.groupSpacing = 8
    for i, colour in enumerate((DARK, MIDDLE)):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    _legend(drawing, 28, height - 20, [(DARK, "进厂台次"), (MIDDLE, "交车台次")], font)
    return drawing


def _pair(left: Any, right: Any, left_w: float, gap: float, right_w: float) -> Table:
    table = Table([[left, "", right]], colWidths=[left_w, gap, right_w], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def render(data: MonthlySummaryData) -> bytes:
    """The summary as PDF bytes (A4 landscape); the same data always gives the same bytes."""
    header = FormHeader(
        dealer_name=data.dealer_name,
        dealer_code=data.dealer_code,
        title=title(data.month),
        printed_at=data.printed_at,
    )
    form = A4Form(header, is_landscape=True)
    font = form.styles.font
    form.key_values([("统计期", data.period), ("对比", data.compared)], columns=2, key_width_mm=14)
    empty = NO_ORDERS if not data.has_orders else NONE
    if not data.has_orders:
        form.spacer(2)
        form.paragraph(f"{data.month}：{NO_ORDERS}各项指标为零。", size=12)
    form.spacer(1)
    gap = 7 * mm
    half = (form.frame_width - gap) / 2
    form.flowable(_pair(vehicles_chart(data, half, font), revenue_chart(data, half, font), half, gap, half))
    _section(form, "本月指标")
    _table(form, FIGURE_COLUMNS, data.figures, NONE)
    _section(form, "按周", CHART_HEIGHT_MM + 20)
    form.flowable(weeks_chart(data, form.frame_width * 0.62, font))
    _table(form, WEEK_COLUMNS, data.weeks, empty)
    _section(form, "按服务顾问")
    _table(form, ADVISOR_COLUMNS, data.by_advisor, empty)
    form.flowable(CondPageBreak(HEADING_ROOM_MM * mm))
    form.spacer(3)
    left_w = sum(w for _, w in JOB_TYPE_COLUMNS) * mm
    right_w = sum(w for _, w in PAYER_COLUMNS) * mm
    st = form.styles
    headings = _pair(_p("按工单类型", st.section), _p("按付费方", st.section), left_w, 12 * mm, right_w)
    form.flowable(headings)
    form.flowable(
        _pair(
            _small_table(form, JOB_TYPE_COLUMNS, data.by_job_type, empty),
            _small_table(form, PAYER_COLUMNS, data.by_payer, empty),
            left_w,
            12 * mm,
            right_w,
        )
    )
    _section(form, "质量指标")
    _table(form, QUALITY_COLUMNS, data.quality, NONE)
    form.paragraph(f"返修工单：{data.comebacks}", size=8.5)
    shown = len(data.late)
    late_heading = f"超时交车明细（共 {data.late_total} 张"
    if shown < data.late_total:
        late_heading += f"，列出超时最长的 {shown} 张，全部见 Excel 工作簿"
    _section(form, late_heading + "）")
    _table(form, LATE_COLUMNS, data.late, NONE, right=(5,))
    alert_heading = f"月末三包预警（共 {data.alerts_total} 条"
    if len(data.alerts) < data.alerts_total:
        alert_heading += f"，列出 {len(data.alerts)} 条，三包重点在前，全部见 Excel 工作簿"
    _section(form, alert_heading + "）")
    _table(form, ALERT_COLUMNS, data.alerts, NONE, right=())
    if data.definitions:
        form.flowable(_definitions(form, data.definitions))
    return form.render()
