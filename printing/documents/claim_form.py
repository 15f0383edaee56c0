"""The warranty claim form (索赔申请单) on A4 portrait: the claim as the dealer files it.

Claim and vehicle, the warranty decision (one line per warranty kind: in or out, the margin and
why; a manual override with its reason), the fault, the labour and the parts claimed (suppliers,
damage reason, hazardous parts marked), the amounts, deductions and what was paid, the 三包
counters, and the signatures of the claim clerk and the service manager.

Every value arrives formatted by the application (money in yuan as text); a provisional claim
number is printed with "（临时号）" after it. No customer data: the claim is about the vehicle.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, Table, TableStyle

from printing import fonts
from printing.documents.forms import A4Form, FormHeader

TITLE = "索赔申请单"
PROVISIONAL = "（临时号）"
HAZARD_MARK = "▲危险件"
OVERRIDE_RED = colors.Color(0.7, 0.1, 0.1)
PART_HEADINGS = (
    "序号",
    "配件编号",
    "配件名称",
    "数量",
    "单价（元）",
    "金额（元）",
    "生产\n供应商",
    "责任\n供应商",
    "损坏原因",
)


@dataclass(frozen=True)
class ClaimLabourRow:
    code: str
    name: str
    hours: str
    amount: str


@dataclass(frozen=True)
class ClaimPartRow:
    part_no: str
    part_name: str
    quantity: str
    unit_price: str
    amount: str
    supplier_code: str
    responsible_supplier_code: str
    damage_reason: str
    hazardous: bool


@dataclass(frozen=True)
class ClaimDeductionRow:
    amount: str
    reason: str
    note: str


@dataclass(frozen=True)
class ClaimFormData:
    dealer_code: str
    dealer_name: str
    claim_no: str
    provisional: bool
    status: str
    ro_number: str
    vin: str
    model: str
    warranty_start: str
    mileage: str
    repair_date: str
    warranty_kind: str
    eligibility: Sequence[str]  # one line per warranty kind: in/out, margin, why
    override_reason: str  # "" when none
    fault_code: str
    fault_name: str
    causal_part: str
    customer_statement: str
    labour: Sequence[ClaimLabourRow]
    parts: Sequence[ClaimPartRow]
    labour_total: str
    parts_total: str
    total: str
    deductions: Sequence[ClaimDeductionRow]
    paid: str
    reject_reason: str
    sanbao_counters: Sequence[str]
    printed_at: str
    clerk: str


# Marks the CJK fonts may lack (WenQuanYi Micro Hei has no ✗, SimSun no ✓), and the GB 2312
# characters every Chinese font has that say the same.
GLYPH_FALLBACKS = {"✓": "√", "✔": "√", "✗": "×", "✘": "×", "⚠": "▲"}


def printable(text: str, font: str | None = None) -> str:
    """text with the marks the document's font cannot show replaced by ones it can."""
    glyphs = pdfmetrics.getFont(font or fonts.default_font()).face.charToGlyph
    return "".join(
        GLYPH_FALLBACKS[ch] if ch in GLYPH_FALLBACKS and ord(ch) not in glyphs else ch for ch in text
    )


def claim_no_text(data: ClaimFormData) -> str:
    return data.claim_no + (PROVISIONAL if data.provisional else "")


def _blank(value: str) -> str:
    return value if value.strip() else "—"


def claim_pairs(d: ClaimFormData) -> list[tuple[str, str]]:
    """The claim and its vehicle, three pairs a row."""
    return [
        ("索赔单号", claim_no_text(d)),
        ("状态", _blank(d.status)),
        ("索赔员", _blank(d.clerk)),
        ("工单号", d.ro_number),
        ("维修日期", d.repair_date),
        ("保修类型", _blank(d.warranty_kind)),
        ("VIN", d.vin),
        ("车型", _blank(d.model)),
        ("行驶里程", _blank(d.mileage)),
        ("保修起始", _blank(d.warranty_start)),
    ]


def fault_pairs(d: ClaimFormData) -> list[tuple[str, str]]:
    return [
        ("故障代码", _blank(d.fault_code)),
        ("故障名称", _blank(d.fault_name)),
        ("主因件", _blank(d.causal_part)),
    ]


def labour_rows(rows: Sequence[ClaimLabourRow]) -> list[list[str]]:
    return [[str(n), r.code, r.name, r.hours, r.amount] for n, r in enumerate(rows, start=1)]


def part_rows(rows: Sequence[ClaimPartRow]) -> list[list[str]]:
    return [
        [
            str(n),
            r.part_no,
            r.part_name + ("\n" + HAZARD_MARK if r.hazardous else ""),
            r.quantity,
            r.unit_price,
            r.amount,
            r.supplier_code,
            r.responsible_supplier_code,
            r.damage_reason,
        ]
        for n, r in enumerate(rows, start=1)
    ]


def total_pairs(d: ClaimFormData) -> list[tuple[str, str]]:
    return [("工时费合计", d.labour_total), ("配件费合计", d.parts_total), ("索赔总额", d.total)]


def _boxed_note(form: A4Form, text: str, colour: colors.Color) -> None:
    """A paragraph in a box with a heavy left rule: the override and the rejection stand out."""
    style = ParagraphStyle("note", parent=form.styles.body, textColor=colour)
    cell = Paragraph(escape(text).replace("\n", "<br/>"), style)
    table = Table([[cell]], colWidths=[form.frame_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, colour),
                ("LINEBEFORE", (0, 0), (0, -1), 3, colour),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    form.flowable(table)


def _eligibility(form: A4Form, d: ClaimFormData) -> None:
    form.section("保修判定")
    if d.eligibility:
        for line in d.eligibility:
            form.paragraph("• " + printable(line, form.styles.font), size=9.5)
    else:
        form.paragraph("—", size=9)
    if d.override_reason.strip():
        form.spacer(1.5)
        _boxed_note(form, "人工判定在保，理由：" + d.override_reason.strip(), OVERRIDE_RED)


def _settlement(form: A4Form, d: ClaimFormData) -> None:
    form.section("金额与结算（元）")
    form.key_values(total_pairs(d), columns=3, key_width_mm=22)
    form.spacer(1.5)
    if d.deductions:
        form.table(
            ["序号", "扣款金额（元）", "扣款原因", "备注"],
            [[str(n), r.amount, r.reason, r.note] for n, r in enumerate(d.deductions, start=1)],
            widths_mm=[11, 30, 70, 69],
            align_right=[1],
        )
    else:
        form.paragraph("扣款：无", size=9.5)
    form.spacer(1.5)
    form.key_values([("实付金额", _blank(d.paid))], columns=1, key_width_mm=22)
    if d.reject_reason.strip():
        form.spacer(1.5)
        _boxed_note(form, "拒赔原因：" + d.reject_reason.strip(), colors.black)


def render(data: ClaimFormData) -> bytes:
    """The claim form as PDF bytes; the same data always gives the same bytes."""
    header = FormHeader(
        dealer_name=data.dealer_name,
        dealer_code=data.dealer_code,
        title=TITLE,
        document_no=claim_no_text(data),
        printed_at=data.printed_at,
    )
    form = A4Form(header)
    form.section("索赔与车辆")
    form.key_values(claim_pairs(data), columns=3, key_width_mm=19)
    _eligibility(form, data)
    form.section("故障信息")
    form.key_values(fault_pairs(data), columns=3, key_width_mm=19)
    form.spacer(1)
    form.paragraph("客户描述：" + _blank(data.customer_statement.strip()), size=9.5)
    form.section("索赔工时")
    if data.labour:
        form.table(
            ["序号", "工时代码", "维修项目", "工时", "金额（元）"],
            labour_rows(data.labour),
            widths_mm=[11, 30, 89, 20, 30],
            align_right=[3, 4],
        )
    else:
        form.paragraph("无", size=9)
    form.section("索赔配件")
    if data.parts:
        form.table(
            [
                "序号",
                "配件编号",
                "配件名称",
                "数量",
                "单价（元）",
                "金额（元）",
                "生产\n供应商",
                "责任\n供应商",
                "损坏原因",
            ],
            part_rows(data.parts),
            widths_mm=[11, 27, 36, 11, 19, 20, 15, 15, 26],
            align_right=[3, 4, 5],
        )
    else:
        form.paragraph("无", size=9)
    _settlement(form, data)
    if data.sanbao_counters:
        form.section("三包记录")
        for line in data.sanbao_counters:
            form.paragraph("• " + printable(line, form.styles.font), size=9.5)
    form.signatures(["索赔员", "服务经理", "日期"], with_date=False)
    return form.render()
