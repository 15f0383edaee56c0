"""到期未来厂分析 on A4 portrait: why the cars that were due in a period did not come back.

For the service supervisor. In order: the headline figures in boxes (vehicles due, back on
time, back late, not back ...), a horizontal bar chart of the not-returned vehicles by reason
(black bars, each count written at its end, readable on a black-and-white printer), the
retention figures with the formula each is defined by (brands define them differently, so the
formula is printed with the figure), then the tables (by reason, by advisor, by model, calls →
visits), whose heading rows repeat on every page. "第 1 页 / 共 N 页" under every page.

A period with nothing due (no bar above zero, no table with a row) prints one page saying so.
Every value arrives formatted by the application.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from printing.documents.forms import GRID, LABEL_GREY, A4Form, FormHeader

TITLE = "到期未来厂分析"
NOTHING_DUE = "本期没有到期车辆。"
CHART_TITLE = "未回厂原因（台）"
DEFINITIONS_TITLE = "指标定义"
DEFINITION_HEADINGS = ("指标", "计算公式", "数值")
HEADLINE_COLUMNS = 5
BAR_PT = 9.0  # chart labels and values
BAR_ROW_MM = 7.0
BARS_PER_DRAWING = 25
BAR_FILL = colors.Color(0.2, 0.2, 0.2)
CELL_PT = 9.0
MAX_COLUMN_MM = 70.0
_NUMBER = re.compile(r"[-+−]?[\d,]*\.?\d+\s*%?|—|-")


@dataclass(frozen=True)
class AnalysisTable:
    title: str
    columns: Sequence[str]
    rows: Sequence[Sequence[str]]


@dataclass(frozen=True)
class LostAnalysisData:
    dealer_name: str
    dealer_code: str
    period: str  # "2026-11"
    headline: Sequence[tuple[str, str]]  # (label, value): 到期车辆 120, 按时回厂 70, ...
    definitions: Sequence[tuple[str, str, str]]  # (figure, its formula in words, value "58.3%")
    bars: Sequence[tuple[str, int]]  # the chart: not-returned by reason (label, count)
    tables: Sequence[AnalysisTable]  # by reason, by advisor, by model, calls → visits
    printed_at: str


def title(period: str) -> str:
    """Every page's heading: the period is in it, so a loose page still says which."""
    return f"{TITLE}（{period}）" if period else TITLE


def nothing_due(data: LostAnalysisData) -> bool:
    """No vehicle was due: no bar above zero and no table with a row."""
    return not any(count > 0 for _, count in data.bars) and not any(t.rows for t in data.tables)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _headline(form: A4Form, pairs: Sequence[tuple[str, str]]) -> None:
    """The figures in a row of boxes, the value large over its label."""
    font = form.styles.font
    value_style = ParagraphStyle("hl_value", fontName=font, fontSize=18, leading=22, alignment=TA_CENTER)
    label_style = ParagraphStyle(
        "hl_label", fontName=font, fontSize=9, leading=12, alignment=TA_CENTER, textColor=LABEL_GREY
    )
    columns = min(HEADLINE_COLUMNS, len(pairs))
    box_w = form.frame_width / max(columns, HEADLINE_COLUMNS - 1)  # one or two figures: no banner
    rows: list[list[Any]] = []
    for start in range(0, len(pairs), columns):
        row: list[Any] = [[_p(v, value_style), _p(k, label_style)] for k, v in pairs[start : start + columns]]
        rows.append(row + [""] * (columns - len(row)))
    table = Table(rows, colWidths=[box_w] * columns, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    for r in range(len(rows)):
        for c in range(columns):
            if r * columns + c < len(pairs):
                style.append(("BOX", (c, r), (c, r), 0.6, GRID))
    table.setStyle(TableStyle(style))
    form.flowable(table)


def _cut(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def bar_charts(bars: Sequence[tuple[str, int]], width: float, font: str) -> list[Drawing]:
    """Horizontal bars, the longest count the longest bar, each count written at its bar's end.

    In drawings of at most BARS_PER_DRAWING bars on one scale, so that a long list of reasons
    continues on the next page instead of overflowing this one.
    """
    label_w = min(width * 0.4, max(stringWidth(k, font, BAR_PT) for k, _ in bars) + 6)
    value_w = max(stringWidth(str(v), font, BAR_PT) for _, v in bars) + 8
    top = max([1, *(v for _, v in bars)])
    return [
        _bars(bars[i : i + BARS_PER_DRAWING], width, font, (label_w, value_w, top))
        for i in range(0, len(bars), BARS_PER_DRAWING)
    ]


def _bars(
    bars: Sequence[tuple[str, int]], width: float, font: str, scale: tuple[float, float, int]
) -> Drawing:
    label_w, value_w, top = scale
    row = BAR_ROW_MM * mm
    track = width - label_w - value_w
    height = len(bars) * row + 4
    drawing = Drawing(width, height)
    for i, (name, count) in enumerate(bars):
        y = height - 2 - (i + 1) * row
        mid = y + row / 2 - BAR_PT * 0.35
        shown = _cut(name, font, BAR_PT, label_w - 6)
        drawing.add(String(label_w - 6, mid, shown, fontName=font, fontSize=BAR_PT, textAnchor="end"))
        length = track * max(0, count) / top
        if length > 0:
            bar = Rect(label_w, y + row * 0.18, length, row * 0.64, fillColor=BAR_FILL, strokeColor=None)
            drawing.add(bar)
        drawing.add(String(label_w + length + 3, mid, str(count), fontName=font, fontSize=BAR_PT))
    drawing.add(Line(label_w, 2, label_w, height - 2, strokeColor=colors.black, strokeWidth=0.6))
    return drawing


def _is_number(value: str) -> bool:
    return bool(_NUMBER.fullmatch(value.strip()))


def right_aligned(table: AnalysisTable) -> list[int]:
    """Columns whose every cell is a count, an amount or a share."""
    right = []
    for i in range(len(table.columns)):
        cells = [str(r[i]) for r in table.rows if i < len(r) and str(r[i]).strip()]
        if cells and all(_is_number(c) for c in cells):
            right.append(i)
    return right


def column_widths_mm(table: AnalysisTable, font: str, frame_mm: float) -> list[float]:
    """Each column as wide as its widest text (capped), all stretched or squeezed to the frame."""
    pad = 4 * 72 / 25.4  # cell padding both sides, in points
    natural = []
    for i, head in enumerate(table.columns):
        texts = [head] + [str(r[i]) for r in table.rows if i < len(r)]
        widest = max(stringWidth(t, font, CELL_PT) for t in texts) + pad
        natural.append(min(MAX_COLUMN_MM, max(10.0, widest * 25.4 / 72)))
    scale = frame_mm / sum(natural)
    return [w * scale for w in natural]


def _table(form: A4Form, table: AnalysisTable) -> None:
    form.section(table.title)
    if not table.rows:
        form.paragraph("无", size=9)
        return
    cols = len(table.columns)
    rows = [[str(v) for v in list(r)[:cols]] + [""] * (cols - len(r)) for r in table.rows]
    widths = column_widths_mm(table, form.styles.font, form.frame_width / mm)
    form.table(list(table.columns), rows, widths_mm=widths, align_right=right_aligned(table))


def _definitions(form: A4Form, definitions: Sequence[tuple[str, str, str]]) -> None:
    form.section(DEFINITIONS_TITLE)
    form.table(
        list(DEFINITION_HEADINGS),
        [[name, formula, value] for name, formula, value in definitions],
        widths_mm=[42, 108, 30],
        align_right=[2],
    )


def render(data: LostAnalysisData) -> bytes:
    """The analysis as PDF bytes; the same data always gives the same bytes."""
    header = FormHeader(
        dealer_name=data.dealer_name,
        dealer_code=data.dealer_code,
        title=title(data.period),
        printed_at=data.printed_at,
    )
    form = A4Form(header)
    form.key_values([("统计期间", data.period or "—")], columns=1, key_width_mm=22)
    form.spacer(3)
    if data.headline:
        _headline(form, data.headline)
    if nothing_due(data):
        form.spacer(6)
        form.paragraph(f"{data.period}：{NOTHING_DUE}" if data.period else NOTHING_DUE, size=14)
        return form.render()
    if data.bars:
        form.section(CHART_TITLE)
        for chart in bar_charts(data.bars, form.frame_width, form.styles.font):
            form.flowable(chart)
    if data.definitions:
        _definitions(form, data.definitions)
    for table in data.tables:
        _table(form, table)
    return form.render()
