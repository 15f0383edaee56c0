"""The month's warranty parts summary (每月保修零配件申请表汇总) on A4 landscape.

One row per claimed part: claim, RO, VIN, mileage, repair date, part, quantity, supplier,
amount, status, what was deducted and why; the table repeats its heading on every page and
long texts wrap inside their cells. The month's totals come before the table (a page break
cannot split them there), the signatures after it. A month
without claims still prints a sheet that says so (the manufacturer asks for one every month).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from printing.documents.forms import GRID, SHADE, A4Form, FormHeader

TITLE = "每月保修零配件申请表汇总"
NO_CLAIMS = "本月无保修索赔。"
CELL_PT = 7.5
# (heading, width in mm, right-aligned); the widths add up to the landscape frame (267 mm).
COLUMNS: tuple[tuple[str, float, bool], ...] = (
    ("序号", 8, True),
    ("索赔单号", 22, False),
    ("工单号", 24, False),
    ("VIN", 28, False),
    ("里程", 17, True),
    ("维修日期", 17, False),
    ("配件编号", 21, False),
    ("配件名称", 30, False),
    ("数量", 8, True),
    ("供应商", 14, False),
    ("金额（元）", 16, True),
    ("状态", 13, False),
    ("扣款（元）", 15, True),
    ("扣款原因", 34, False),
)


@dataclass(frozen=True)
class SummaryRow:
    claim_no: str
    ro_number: str
    vin: str
    mileage: str
    repair_date: str
    part_no: str
    part_name: str
    quantity: str
    supplier_code: str
    amount: str
    status: str
    deducted: str
    deduction_reasons: str


@dataclass(frozen=True)
class WarrantySummaryData:
    dealer_code: str
    dealer_name: str
    month: str  # "2026-11"
    rows: Sequence[SummaryRow]
    totals: Sequence[
        tuple[str, str]
    ]  # (label, value) lines: claims, parts, claimed amount, deducted, paid ...
    printed_at: str


def title(month: str) -> str:
    """The heading of every page: the month is in it, so a loose page still says which."""
    return f"{TITLE}（{month}）"


def row_cells(n: int, r: SummaryRow) -> list[str]:
    return [
        str(n),
        r.claim_no,
        r.ro_number,
        r.vin,
        r.mileage,
        r.repair_date,
        r.part_no,
        r.part_name,
        r.quantity,
        r.supplier_code,
        r.amount,
        r.status,
        r.deducted,
        r.deduction_reasons,
    ]


def _table(rows: Sequence[SummaryRow], font: str) -> Table:
    cell = ParagraphStyle("sum_cell", fontName=font, fontSize=CELL_PT, leading=CELL_PT * 1.3, wordWrap="CJK")
    right = ParagraphStyle("sum_right", parent=cell, alignment=TA_RIGHT)
    head = ParagraphStyle("sum_head", parent=cell, alignment=TA_CENTER)

    def p(text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    data: list[list[Any]] = [[p(h, head) for h, _, _ in COLUMNS]]
    for n, row in enumerate(rows, start=1):
        data.append([p(v, right if COLUMNS[i][2] else cell) for i, v in enumerate(row_cells(n, row))])
    table = Table(data, colWidths=[w * mm for _, w, _ in COLUMNS], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def render(data: WarrantySummaryData) -> bytes:
    """The summary as PDF bytes; the same data always gives the same bytes."""
    header = FormHeader(
        dealer_name=data.dealer_name,
        dealer_code=data.dealer_code,
        title=title(data.month),
        printed_at=data.printed_at,
    )
    form = A4Form(header, is_landscape=True)
    form.key_values(
        [("经销商", f"{data.dealer_code} {data.dealer_name}"), ("月份", data.month)],
        columns=2,
        key_width_mm=18,
    )
    if data.totals:
        # First, where the manager looks and where a page break cannot split them.
        form.section("本月合计")
        form.key_values(list(data.totals), columns=4, key_width_mm=24)
    form.spacer(3)
    if data.rows:
        form.flowable(_table(data.rows, form.styles.font))
    else:
        form.spacer(4)
        form.paragraph(f"{data.month}：{NO_CLAIMS}", size=14)
    form.signatures(["索赔员签字", "服务经理签字"])
    return form.render()
