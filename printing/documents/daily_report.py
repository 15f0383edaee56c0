"""The end-of-day repair report (维修日报) on A4 portrait.

The day's figures against the month to date and the same days of the month before come
first, then the day broken down by job type, by payer and by service advisor, the quality
figures of the same three spans (the estimate accuracy also per advisor; the day's comebacks
listed), and the definitions of every figure printed small at the foot (口径说明). Every value
arrives formatted by the application. Tables longer than a page repeat their heading row; a
day without orders still prints its figures (zeros) and says that there were none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from printing.documents.forms import GRID, SHADE, A4Form, Drawn, FormHeader

TITLE = "维修日报"
NO_ORDERS = "当日无工单。"
NONE = "无"
DEFINITIONS_TITLE = "口径说明"
DEFINITION_PT = 7.5
# A section heading needs this much room below it, or it moves to the next page with its table.
HEADING_ROOM_MM = 30
# Headings and widths in mm: each table (or pair side by side) fills the portrait frame (180 mm).
FIGURE_COLUMNS = (("指标", 60.0), ("当日", 40.0), ("本月累计", 40.0), ("上月同期", 40.0))
# By job type and by payer sit side by side (short lists), 88 mm each with 4 mm between.
JOB_TYPE_COLUMNS = (("工单类型", 34.0), ("交车台次", 22.0), ("产值（元）", 32.0))
PAYER_COLUMNS = (("付费方", 50.0), ("金额（元）", 38.0))
SIDE_GAP_MM = 4.0
ADVISOR_COLUMNS = (
    ("服务顾问", 40.0),
    ("进厂台次", 25.0),
    ("交车台次", 25.0),
    ("产值（元）", 32.0),
    ("单车产值（元）", 30.0),
    ("估价准确率", 28.0),
)
# The quality figures against the same spans as the figures; then each advisor's estimate accuracy.
QUALITY_COLUMNS = (("质量指标", 45.0), ("当日", 45.0), ("本月累计", 45.0), ("上月同期", 45.0))
ACCURACY_COLUMNS = (("估价准确率（按服务顾问）", 45.0), *QUALITY_COLUMNS[1:])


@dataclass(frozen=True)
class DailyReportData:
    dealer_name: str
    dealer_code: str
    day: str  # "2026-11-27"
    printed_at: str  # "2026-11-27 18:30"
    # (figure, the day, month to date, the same days last month), all formatted
    figures: Sequence[tuple[str, str, str, str]]
    by_job_type: Sequence[tuple[str, str, str]]  # (job type, delivered, revenue)
    by_payer: Sequence[tuple[str, str]]  # (payer, amount)
    # (advisor, vehicles in, delivered, revenue, per vehicle, estimate accuracy)
    by_advisor: Sequence[tuple[str, str, str, str, str, str]]
    # (figure, the day, month to date, the same days last month), as the figures
    quality: Sequence[Sequence[str]]
    # (advisor, the day, month to date, the same days last month): estimate accuracy
    accuracy_by_advisor: Sequence[Sequence[str]]
    comebacks: str  # the day's comeback RO numbers, or 无
    definitions: Sequence[tuple[str, str]]  # (figure, its definition), printed small at the foot


def title(day: str) -> str:
    """The heading of every page: the day is in it, so a loose page still says which."""
    return f"{TITLE}（{day}）"


def has_orders(data: DailyReportData) -> bool:
    """Whether the day had any order: the breakdowns are empty on a day without one."""
    return bool(data.by_job_type or data.by_payer or data.by_advisor)


def _section(form: A4Form, heading: str) -> None:
    form.flowable(CondPageBreak(HEADING_ROOM_MM * mm))
    form.section(heading)


def _table(
    form: A4Form,
    columns: Sequence[tuple[str, float]],
    rows: Sequence[Sequence[str]],
    empty: str,
) -> None:
    if not rows:
        form.paragraph(empty, size=9.5)
        return
    form.table(
        [h for h, _ in columns],
        rows,
        widths_mm=[w for _, w in columns],
        align_right=range(1, len(columns)),
    )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _small_table(
    form: A4Form, columns: Sequence[tuple[str, float]], rows: Sequence[Sequence[str]], empty: str
) -> Any:
    """One of the side-by-side tables (a heading row, then the rows, or the note when empty)."""
    st = form.styles
    data: list[list[Any]] = [[_p(h, st.head) for h, _ in columns]]
    for row in rows:
        data.append([_p(v, st.cell_right if i else st.cell) for i, v in enumerate(row)])
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    if not rows:
        data.append([_p(empty, st.cell)] + [""] * (len(columns) - 1))
        style.append(("SPAN", (0, 1), (-1, 1)))
    table = Table(data, colWidths=[w * mm for _, w in columns], hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def _side_by_side(form: A4Form, data: DailyReportData, empty: str) -> None:
    """按工单类型 and 按付费方 next to each other, each under its own heading."""
    st = form.styles
    left_w = sum(w for _, w in JOB_TYPE_COLUMNS) * mm
    right_w = sum(w for _, w in PAYER_COLUMNS) * mm
    cells = [
        [_p("按工单类型", st.section), "", _p("按付费方", st.section)],
        [
            _small_table(form, JOB_TYPE_COLUMNS, data.by_job_type, empty),
            "",
            _small_table(form, PAYER_COLUMNS, data.by_payer, empty),
        ],
    ]
    outer = Table(cells, colWidths=[left_w, SIDE_GAP_MM * mm, right_w], hAlign="LEFT")
    outer.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (0, 0), 1, "black"),
                ("LINEBELOW", (2, 0), (2, 0), 1, "black"),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
                ("TOPPADDING", (0, 1), (-1, 1), 5),
            ]
        )
    )
    form.flowable(CondPageBreak(HEADING_ROOM_MM * mm))
    form.spacer(2.5)
    form.flowable(outer)


def _definitions(form: A4Form, definitions: Sequence[tuple[str, str]]) -> Any:
    """The footnotes: small, under a short rule, kept together (they move whole to a new page)."""
    small = ParagraphStyle(
        "definition", parent=form.styles.body, fontSize=DEFINITION_PT, leading=DEFINITION_PT * 1.35
    )
    heading = ParagraphStyle(
        "definitions", parent=small, fontSize=DEFINITION_PT + 1, leading=(DEFINITION_PT + 1) * 1.4
    )

    def short_rule(canvas: Canvas, width: float, height: float) -> None:
        canvas.setLineWidth(0.4)
        canvas.line(0, height / 2, width / 3, height / 2)

    rule = Drawn(form.frame_width, 1 * mm, short_rule)
    parts: list[Any] = [Spacer(1, 4 * mm), rule, _p(DEFINITIONS_TITLE, heading)]
    parts += [_p(f"{figure}：{definition}", small) for figure, definition in definitions]
    return KeepTogether(parts)


def render(data: DailyReportData) -> bytes:
    """The report as PDF bytes; the same data always gives the same bytes."""
    header = FormHeader(
        dealer_name=data.dealer_name,
        dealer_code=data.dealer_code,
        title=title(data.day),
        printed_at=data.printed_at,
    )
    form = A4Form(header)
    form.key_values(
        [("经销商", f"{data.dealer_code} {data.dealer_name}"), ("日期", data.day)],
        columns=2,
        key_width_mm=18,
    )
    orders = has_orders(data)
    if not orders:
        form.spacer(2)
        form.paragraph(f"{data.day}：{NO_ORDERS}各项指标为零。", size=12)
    _section(form, "当日指标")
    _table(form, FIGURE_COLUMNS, data.figures, NONE)
    empty = NO_ORDERS if not orders else NONE
    _side_by_side(form, data, empty)
    _section(form, "按服务顾问")
    _table(form, ADVISOR_COLUMNS, data.by_advisor, empty)
    with form.together():  # the heading, the table and the day's comebacks on one page
        form.section("质量指标")
        _table(form, QUALITY_COLUMNS, data.quality, NONE)
        form.spacer(1)
        form.paragraph(f"当日返修工单：{data.comebacks}", size=8.5)
    if data.accuracy_by_advisor:
        form.spacer(2)
        _table(form, ACCURACY_COLUMNS, data.accuracy_by_advisor, NONE)
    if data.definitions:
        form.flowable(_definitions(form, data.definitions))
    return form.render()
