"""The intake sheet / repair order (接车单) on A4: the repair record 三包 Art. 17 asks for.

It carries intake time, mileage, the customer's statement in their own words, the inspection
result, the repair items (labour with hours and cost), the replaced parts (names, numbers,
quantities, material cost), towing / loan car / travel compensation, the handover time (a line
to fill in while the car is still in the workshop) and the signatures of both sides with dates.

The application formats what is personal or local (masked phone, grouped plate, local times);
the document only lays it out and turns fen into yuan.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from printing import fonts
from printing.documents import barcodes
from printing.documents.forms import MARGIN, A4Form, FormHeader

TITLE = "接车单 / 维修工单"
COPY_MARK = "客户联"
COPY_NOTE = (
    "本单为车辆维修记录（三包规定第十七条），一式两联：客户联交客户留存，经销商联存档保存不少于 6 年。"
    "请客户核对车辆信息、故障描述、维修项目及费用后签字。"
)
BARCODE_MAX_WIDTH = 70 * mm
NO_INSPECTION = "（尚未检查，由技师检查后填写）"
ALERT_RED = colors.Color(0.75, 0.1, 0.1)

# Costs the record must show even when there are none (三包 Art. 17), in this order.
REQUIRED_OTHER: tuple[tuple[str, str], ...] = (
    ("towing", "拖车费"),
    ("loan_car", "备用车"),
    ("travel", "交通费用补偿"),
)


@dataclass(frozen=True)
class SheetLine:
    """One line of the order, its numbers already cleaned by the application."""

    kind: str  # "labour", "part" or "other"
    description: str
    code: str = ""  # operation code, part number, or towing / loan_car / travel / misc
    hours: str = ""  # labour, e.g. "1.50"
    rate_fen: int | None = None  # labour: price of one hour
    quantity: str = ""  # part, e.g. "2"
    unit_price_fen: int | None = None  # part
    amount_fen: int = 0
    payer: str = "客户"  # the payer's label


@dataclass(frozen=True)
class PayerAmount:
    label: str
    amount_fen: int


@dataclass(frozen=True)
class IntakeSheetData:
    # Dealer (page header)
    dealer_name: str
    dealer_code: str
    # Order header
    ro_number: str
    intake_time: str  # local, formatted
    promised_time: str  # "" when none was promised
    advisor: str
    # Customer and vehicle
    owner: str
    owner_phone: str  # masked (138****1234) unless the advisor chose to show it
    plate: str  # grouped for reading (京A·12345)
    vin: str
    model: str
    colour: str
    mileage_km: int
    fuel_level: str
    brought_by: str = ""  # "" when the owner brought the car
    brought_by_phone: str = ""
    next_service: str = ""  # the next service due, as a sentence
    # Order details
    job_types: tuple[str, ...] = ()
    is_appointment: bool = False
    customer_waits: bool = False
    statement: str = ""  # the customer's words
    inspection: str = ""  # "" when not inspected yet
    lines: tuple[SheetLine, ...] = ()
    labour_fen: int = 0
    parts_fen: int = 0
    other_fen: int = 0
    total_fen: int = 0
    by_payer: tuple[PayerAmount, ...] = ()
    estimate_fen: int = 0
    estimate_approved: bool = False
    sanbao_alerts: tuple[str, ...] = ()
    # Delivery: "" while the car is still here (a line to fill in is printed instead)
    handover_time: str = ""
    mileage_out_km: int | None = None
    printed_at: str = ""
    notes: tuple[str, ...] = field(default=())  # annotations, printed last


def yuan(fen: int) -> str:
    """Fen as yuan with thousands separators and two decimals: 123456 -> 1,234.56."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole:,}.{cents:02d}"


def km(value: int) -> str:
    return f"{value:,} km"


def _yes_no(value: bool, yes: str, no: str) -> str:
    return yes if value else no


def _or_blank(value: str) -> str:
    return value if value.strip() else "—"


def order_pairs(d: IntakeSheetData) -> list[tuple[str, str]]:
    visit = _yes_no(d.is_appointment, "预约", "非预约") + "，" + _yes_no(d.customer_waits, "在店等候", "离店")
    return [
        ("工单号", d.ro_number),
        ("接车时间", d.intake_time),
        ("预计交车", _or_blank(d.promised_time)),
        ("服务顾问", d.advisor),
        ("业务类型", "、".join(d.job_types) or "—"),
        ("来店/等候", visit),
    ]


def vehicle_pairs(d: IntakeSheetData) -> list[tuple[str, str]]:
    return [
        ("车主", d.owner),
        ("联系电话", _or_blank(d.owner_phone)),
        ("送修人", d.brought_by or "车主本人"),
        ("送修人电话", _or_blank(d.brought_by_phone)),
        ("车牌号", _or_blank(d.plate)),
        ("VIN", d.vin),
        ("车型", d.model),
        ("颜色", _or_blank(d.colour)),
        ("进厂里程", km(d.mileage_km)),
        ("燃油", d.fuel_level),
        ("下次保养", _or_blank(d.next_service)),
    ]


def labour_rows(lines: Sequence[SheetLine]) -> list[list[str]]:
    rows = []
    for n, line in enumerate((x for x in lines if x.kind == "labour"), start=1):
        rate = "" if line.rate_fen is None else yuan(line.rate_fen)
        rows.append(
            [str(n), line.code, line.description, line.hours, rate, yuan(line.amount_fen), line.payer]
        )
    return rows


def part_rows(lines: Sequence[SheetLine]) -> list[list[str]]:
    rows = []
    for n, line in enumerate((x for x in lines if x.kind == "part"), start=1):
        price = "" if line.unit_price_fen is None else yuan(line.unit_price_fen)
        rows.append(
            [
                str(n),
                line.code or "（待补）",
                line.description,
                line.quantity,
                price,
                yuan(line.amount_fen),
                line.payer,
            ]
        )
    return rows


def _other_text(lines: Sequence[SheetLine]) -> str:
    if not lines:
        return "无"
    return "；".join(f"{yuan(x.amount_fen)} 元（{x.payer}）{x.description}" for x in lines)


def required_other_pairs(lines: Sequence[SheetLine]) -> list[tuple[str, str]]:
    """Towing, loan car and travel compensation always appear, "无" when there are none."""
    others = [x for x in lines if x.kind == "other"]
    return [(label, _other_text([x for x in others if x.code == code])) for code, label in REQUIRED_OTHER]


def misc_other_rows(lines: Sequence[SheetLine]) -> list[list[str]]:
    known = {code for code, _ in REQUIRED_OTHER}
    return [
        [str(n), x.description, yuan(x.amount_fen), x.payer]
        for n, x in enumerate((x for x in lines if x.kind == "other" and x.code not in known), start=1)
    ]


def total_pairs(d: IntakeSheetData) -> list[tuple[str, str]]:
    return [
        ("工时费", yuan(d.labour_fen)),
        ("材料费", yuan(d.parts_fen)),
        ("其他费用", yuan(d.other_fen)),
        ("合计", yuan(d.total_fen)),
        ("估价", yuan(d.estimate_fen)),
        ("估价确认", _yes_no(d.estimate_approved, "客户已确认", "客户未确认")),
    ]


def payer_text(d: IntakeSheetData) -> str:
    if not d.by_payer:
        return "按付费方：—"
    return "按付费方：" + "；".join(f"{p.label} {yuan(p.amount_fen)} 元" for p in d.by_payer)


def handover_pairs(d: IntakeSheetData) -> list[tuple[str, str]]:
    out = "" if d.mileage_out_km is None else km(d.mileage_out_km)
    return [("交车时间", d.handover_time), ("出厂里程", out)]


def _decoration(ro_number: str) -> Callable[[Canvas, tuple[float, float]], None]:
    """What every page carries above its header: the RO number as Code 128 (the workshop scans
    it), and the copy mark (客户联) boxed in the top right corner."""

    def draw(canvas: Canvas, pagesize: tuple[float, float]) -> None:
        width, height = pagesize
        top = height - MARGIN
        if ro_number:
            # Sized to its symbol so that it starts at the margin like the dealer's name below.
            modules = barcodes.code128_modules(ro_number) + 2 * barcodes.CODE128_QUIET_MODULES
            module = min(0.3 * mm, BARCODE_MAX_WIDTH / modules)
            barcodes.draw_code128(canvas, MARGIN, top + 3 * mm, ro_number, modules * module, 7 * mm)
        font = fonts.default_font()
        canvas.setFont(font, 10)
        text_w = canvas.stringWidth(COPY_MARK, font, 10)
        x = width - MARGIN - text_w - 1.5 * mm
        y = top + 2.5 * mm
        canvas.rect(x - 1.5 * mm, y - 1.5 * mm, text_w + 3 * mm, 5.6 * mm, stroke=1, fill=0)
        canvas.drawString(x, y, COPY_MARK)

    return draw


def _blank_lines(canvas: Canvas, width: float, height: float) -> None:
    canvas.setLineWidth(0.4)
    canvas.setStrokeColor(colors.Color(0.55, 0.55, 0.55))
    for y in (height * 0.5, 1):
        canvas.line(0, y, width, y)


def _alerts(form: A4Form, alerts: Sequence[str]) -> None:
    style = ParagraphStyle("alert", parent=form.styles.body, textColor=ALERT_RED)
    for alert in alerts:
        form.flowable(Paragraph("■ " + escape(alert), style))


def render(data: IntakeSheetData) -> bytes:
    """The sheet as PDF bytes; the same data always gives the same bytes."""
    header = FormHeader(
        dealer_name=data.dealer_name,
        dealer_code=data.dealer_code,
        title=TITLE,
        document_no=data.ro_number,
        printed_at=data.printed_at,
    )
    form = A4Form(header, decorate=_decoration(data.ro_number))
    form.section("工单信息")
    form.key_values(order_pairs(data), columns=3, key_width_mm=19)
    form.section("客户与车辆")
    form.key_values(vehicle_pairs(data), columns=3, key_width_mm=21)
    if data.sanbao_alerts:
        form.section("三包提示")
        _alerts(form, data.sanbao_alerts)
    form.section("客户故障描述（客户原话）")
    form.paragraph(data.statement.strip() or "—")
    form.section("检查结果")
    if data.inspection.strip():
        form.paragraph(data.inspection.strip())
    else:
        form.paragraph(NO_INSPECTION, size=9)
        form.drawing(180, 9, _blank_lines)
    form.section("维修项目（工时）")
    labour = labour_rows(data.lines)
    if labour:
        form.table(
            ["序号", "工时代码", "维修项目", "工时", "单价（元）", "工时费（元）", "付费方"],
            labour,
            widths_mm=[11, 24, 61, 14, 22, 26, 22],
            align_right=[3, 4, 5],
        )
    else:
        form.paragraph("无", size=9)
    form.section("更换配件（材料）")
    parts = part_rows(data.lines)
    if parts:
        form.table(
            ["序号", "配件编号", "配件名称", "数量", "单价（元）", "材料费（元）", "付费方"],
            parts,
            widths_mm=[11, 32, 53, 14, 22, 26, 22],
            align_right=[3, 4, 5],
        )
    else:
        form.paragraph("无", size=9)
    form.section("费用（元）")
    form.key_values(required_other_pairs(data.lines) + total_pairs(data), columns=3, key_width_mm=24)
    misc = misc_other_rows(data.lines)
    if misc:
        form.spacer(1.5)
        form.table(
            ["序号", "其他费用", "金额（元）", "付费方"], misc, widths_mm=[11, 121, 26, 22], align_right=[2]
        )
    form.paragraph(payer_text(data), size=9)
    form.spacer(2)
    form.key_values(handover_pairs(data), columns=2, key_width_mm=22)
    if data.notes:
        form.section("备注")
        for note in data.notes:
            form.paragraph(note, size=9)
    form.spacer(2)
    form.paragraph(COPY_NOTE, size=8.5)
    form.signatures(["客户签字", "服务顾问签字"])
    return form.render()
