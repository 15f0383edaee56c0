"""The inspection sheet (问诊及环车检查单) on A4: what the customer said, the interview, the
walk-around on the five car outlines with numbered damage marks, warning lights, tyres, items in
the car, the multi-point check with its ratings, and the customer's signed refusals.

Every text is formatted by the application; the document only lays it out. Ratings read in black
and white: a light, mid-grey or dark cell with a drawn ✓ / ! / ✕ (lines, not font glyphs) and a word.
A heading is never left alone at the foot of a page: a section's heading goes over with the first
rows of its table (CondPageBreak), and a check group's row with its first items (NOSPLIT).
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Image, KeepTogether, Paragraph, Spacer, Table
from reportlab.platypus import TableStyle as Style

from printing import fonts
from printing.documents import barcodes
from printing.documents.forms import GRID, MARGIN, SHADE, A4Form, Drawn, FormHeader
from printing.documents.outline_image import (
    MARK_RADIUS,
    OUTLINE_HEIGHT,
    VIEW_LABELS,
    OutlinePlacement,
    draw_mark,
    outline_block,
)

TITLE = "问诊及环车检查单"
APPROVED = "客户同意"  # a decision starting with this is an approval; anything else is not
# Fill, text colour, word: light / mid-grey / dark once printed in grey.
RATINGS: dict[str, tuple[colors.Color, colors.Color, str]] = {
    "green": (colors.Color(0.86, 0.95, 0.86), colors.black, "正常"),
    "yellow": (colors.Color(0.93, 0.62, 0.10), colors.black, "尽快"),
    "red": (colors.Color(0.62, 0.06, 0.06), colors.white, "立即"),
}
CHECK_WIDTHS_MM = (32, 20, 17, 53, 22, 36)
FUEL_STOPS = ((0.0, "E"), (0.25, "1/4"), (0.5, "1/2"), (0.75, "3/4"), (1.0, "F"))
RULED = (("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), SHADE))
MIDDLE = ("VALIGN", (0, 0), (-1, -1), "MIDDLE")
# A heading (a section's, or a check group's row) stays on its page only with this many rows of
# its table under it (fewer when the table or the group has fewer).
KEEP_ROWS = 2
RULE_HEIGHT = 1.5 * mm  # A4Form.section's rule under the heading


@dataclass(frozen=True)
class SheetMark:
    number: int
    view: str  # top | front | rear | left | right
    x: float  # 0..1 across the view's SVG viewBox
    y: float  # 0..1 down the view's SVG viewBox
    kind_label: str
    symbol: str
    note: str = ""
    photo_png: bytes | None = None  # thumbnail, printed small in the list


@dataclass(frozen=True)
class CheckRow:
    group: str
    name: str
    rating: str  # "green" | "yellow" | "red" | "" (not checked)
    reading: str = ""
    note: str = ""
    recommendation: str = ""
    estimate: str = ""
    decision: str = ""  # "客户同意" / "暂缓至 2027-01-15：原因" / ""


@dataclass(frozen=True)
class InspectionSheetData:
    dealer_name: str
    dealer_code: str
    ro_number: str
    revision: int
    printed_at: str
    advisor: str
    owner: str
    owner_phone: str
    plate: str
    vin: str
    model: str
    colour: str
    mileage: str
    fuel_level: str  # "1/2"
    customer_words: str
    interview: Sequence[tuple[str, str]]
    outline_svgs: Mapping[str, str]  # view -> SVG file path
    marks: Sequence[SheetMark]
    warning_lights: Sequence[str]
    tyres: Sequence[tuple[str, str]]
    items_in_car: Sequence[str]
    valuables_reminded: bool
    keep_old_parts: bool
    wash: bool
    customer_waits: bool
    checks: Sequence[CheckRow]
    customer_copy: bool = False


def is_declined(row: CheckRow) -> bool:
    """A red item the customer did not approve (no decision, deferred or refused)."""
    return row.rating == "red" and not row.decision.strip().startswith(APPROVED)


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _fuel_fraction(level: str) -> float | None:
    """ "1/2" -> 0.5, "E" -> 0, "F" -> 1; None when the level is not a fraction."""
    text = level.strip().upper()
    if text in ("E", "F"):
        return 0.0 if text == "E" else 1.0
    a, _, b = text.partition("/")
    try:
        return min(1.0, max(0.0, float(a) / float(b)))
    except (ValueError, ZeroDivisionError):
        return None


def _draw_check(c: Canvas, x: float, y: float, s: float) -> None:
    path = c.beginPath()
    path.moveTo(x, y + 0.5 * s)
    path.lineTo(x + 0.38 * s, y + 0.12 * s)
    path.lineTo(x + s, y + 0.95 * s)
    c.drawPath(path, stroke=1, fill=0)


def _draw_symbol(c: Canvas, rating: str, x: float, y: float, s: float) -> None:
    """✓ / ! / ✕ in lines, s points square, bottom-left at (x, y)."""
    c.setLineWidth(1.2)
    c.setLineCap(1)
    if rating == "green":
        _draw_check(c, x, y, s)
    elif rating == "yellow":
        c.line(x + s / 2, y + 0.38 * s, x + s / 2, y + s)
        c.circle(x + s / 2, y + 0.08 * s, 0.7, stroke=0, fill=1)
    elif rating == "red":
        c.line(x + 0.1 * s, y + 0.1 * s, x + 0.9 * s, y + 0.9 * s)
        c.line(x + 0.1 * s, y + 0.9 * s, x + 0.9 * s, y + 0.1 * s)


class _Rating(Flowable):  # type: ignore[misc]
    """The symbol and word of a rating, centred in its (already filled) cell."""

    def __init__(self, rating: str) -> None:
        super().__init__()
        self.rating = rating

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 11

    def draw(self) -> None:
        c, font = self.canv, fonts.default_font()
        if self.rating not in RATINGS:
            c.setFont(font, 8.5)
            c.drawCentredString(self.width / 2, 2.5, "未检查")
            return
        _, ink, word = RATINGS[self.rating]
        s, gap = 6.5, 3
        left = (self.width - s - gap - c.stringWidth(word, font, 9)) / 2
        c.setStrokeColor(ink)
        c.setFillColor(ink)
        _draw_symbol(c, self.rating, left, 2, s)
        c.setFont(font, 9)
        c.drawString(left + s + gap, 2.2, word)


def _fuel_gauge(level: str) -> Drawn:
    fraction = _fuel_fraction(level)
    ticked = None if fraction is None else min(FUEL_STOPS, key=lambda s: abs(s[0] - fraction))[0]
    box, step = 4 * mm, 5.5 * mm

    def draw(c: Canvas, _w: float, _h: float) -> None:
        font = fonts.default_font()
        for n, (value, label) in enumerate(FUEL_STOPS):
            x = n * step
            c.setFont(font, 6.5)
            c.drawCentredString(x + box / 2, box + 1.2, label)
            c.setLineWidth(0.6)
            c.rect(x, 0, box, box)
            if value == ticked:
                _draw_check(c, x + 0.7, 0.9, box - 1.4)
        c.setFont(font, 9)
        c.drawString(5 * step + 1 * mm, 2.5, level or "—")

    return Drawn(5 * step + 14 * mm, box + 8, draw)


def _checkboxes(items: Sequence[tuple[str, bool]], width: float) -> Drawn:
    def draw(c: Canvas, _w: float, _h: float) -> None:
        font, x, box = fonts.default_font(), 0.0, 3.2 * mm
        for label, ticked in items:
            c.setLineWidth(0.6)
            c.rect(x, 1, box, box)
            if ticked:
                _draw_check(c, x + 0.8, 1.8, box - 1.6)
            c.setFont(font, 9)
            c.drawString(x + box + 1.5 * mm, 2.2, label)
            x += box + 1.5 * mm + c.stringWidth(label, font, 9) + 7 * mm

    return Drawn(width, 5 * mm, draw)


def _grid(form: A4Form, pairs: Sequence[tuple[str, Any]], columns: int = 3, key_mm: float = 18) -> Table:
    """Label / value cells like A4Form.key_values, where a value may be a drawn block."""
    st = form.styles
    rows: list[list[Any]] = []
    for start in range(0, len(pairs), columns):
        row: list[Any] = []
        for key, value in pairs[start : start + columns]:
            row += [_para(key, st.key), _para(value, st.cell) if isinstance(value, str) else value]
        rows.append(row + [""] * (2 * columns - len(row)))
    key_w = key_mm * mm
    table = Table(rows, colWidths=[key_w, form.frame_width / columns - key_w] * columns, hAlign="LEFT")
    table.setStyle(Style([MIDDLE, ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID)]))
    return table


def _with_km(mileage: str) -> str:
    text = mileage.strip()
    return text if not text or text.lower().endswith("km") else f"{text} km"


def _customer_section(form: A4Form, d: InspectionSheetData) -> None:
    form.section("客户与车辆")
    pairs: list[tuple[str, Any]] = [
        ("车主", d.owner),
        ("联系电话", d.owner_phone or "—"),
        ("车牌号", d.plate or "—"),
        ("VIN", d.vin),
        ("车型", d.model),
        ("颜色", d.colour or "—"),
        ("进厂里程", _with_km(d.mileage) or "—"),
        ("服务顾问", d.advisor),
        ("燃油", _fuel_gauge(d.fuel_level)),
    ]
    form.flowable(_grid(form, pairs))


def _heading_height(form: A4Form, title: str) -> float:
    """The height A4Form.section(title) takes: its heading, the space around it, its rule."""
    style = form.styles.section
    _, height = Paragraph(escape(title), style).wrap(form.frame_width, 10 * form.frame_width)
    return float(height + style.spaceBefore + style.spaceAfter + RULE_HEIGHT)


def _first_rows_height(form: A4Form, table: Table, rows: int) -> float:
    """The height of the table's first rows at the frame's width."""
    table.wrap(form.frame_width, 10 * form.frame_width)
    return float(sum(table._rowHeights[:rows]))


def _section_with_table(form: A4Form, title: str, table: Table, first_rows: int) -> None:
    """The section's heading and its table: to the next page together when the heading and the
    table's first rows do not fit at the foot of this one."""
    form.flowable(CondPageBreak(_heading_height(form, title) + _first_rows_height(form, table, first_rows)))
    form.section(title)
    form.flowable(table)


def _interview_section(form: A4Form, d: InspectionSheetData) -> None:
    form.section("客户描述（客户原话）")
    form.paragraph(d.customer_words.strip() or "—")
    if not d.interview:
        form.section("问诊")
        form.paragraph("无", size=9)
        return
    st = form.styles
    rows = [[_para(h, st.head) for h in ("问诊问题", "客户回答")]]
    rows += [[_para(question, st.cell), _para(answer, st.cell)] for question, answer in d.interview]
    table = Table(rows, colWidths=[70 * mm, 110 * mm], repeatRows=1, hAlign="LEFT")
    table.setStyle(Style([*RULED, MIDDLE]))
    _section_with_table(form, "问诊", table, 1 + KEEP_ROWS)


def _photo(png: bytes | None, max_w: float = 26 * mm, max_h: float = 17 * mm) -> Any:
    if not png:
        return ""
    try:
        w, h = ImageReader(io.BytesIO(png)).getSize()
    except (OSError, ValueError, SyntaxError):
        return "（照片无法显示）"
    scale = min(max_w / w, max_h / h)
    return Image(io.BytesIO(png), width=w * scale, height=h * scale)


def _marks_table(form: A4Form, marks: Sequence[SheetMark]) -> None:
    st = form.styles
    disc = 2 * MARK_RADIUS + 1

    def number(n: int) -> Drawn:
        return Drawn(disc, disc, lambda c, w, h: draw_mark(c, w / 2, h / 2, n))

    rows: list[list[Any]] = [[_para(h, st.head) for h in ("序号", "位置", "类型", "说明", "照片")]]
    for m in marks:
        kind = f"{m.kind_label}（{m.symbol}）" if m.symbol else m.kind_label
        view = VIEW_LABELS.get(m.view, m.view)
        texts = [_para(text, st.cell) for text in (view, kind, m.note)]
        rows.append([number(m.number), *texts, _photo(m.photo_png)])
    table = Table(rows, colWidths=[w * mm for w in (13, 16, 22, 99, 30)], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        Style([*RULED, MIDDLE, ("ALIGN", (0, 0), (0, -1), "CENTER"), ("ALIGN", (4, 1), (4, -1), "CENTER")])
    )
    form.flowable(table)


def _walkaround_section(form: A4Form, d: InspectionSheetData, placed: list[OutlinePlacement]) -> None:
    form.flowable(CondPageBreak(OUTLINE_HEIGHT + 15 * mm))
    form.section("环车检查")
    form.flowable(outline_block(d.outline_svgs, d.marks, placed))
    legend = dict.fromkeys(f"{m.symbol}＝{m.kind_label}" for m in d.marks if m.symbol)
    if legend:
        form.spacer(1)
        form.paragraph("图例：" + "　".join(legend), size=8.5)
    form.spacer(1.5)
    if d.marks:
        _marks_table(form, d.marks)
    else:
        form.paragraph("无外观损伤标记", size=9)


def _vehicle_state(form: A4Form, d: InspectionSheetData) -> None:
    """Warning lights, tyres, items in the car and the ticked agreements, kept together."""
    others = [
        ("仪表故障灯", "、".join(d.warning_lights) or "无"),
        ("轮胎", "；".join(f"{pos} {state}" for pos, state in d.tyres) or "—"),
        ("车内物品", "、".join(d.items_in_car) or "无"),
    ]
    boxes = [
        ("已提醒客户带走贵重物品", d.valuables_reminded),
        ("保留旧件", d.keep_old_parts),
        ("洗车", d.wash),
        ("客户等待", d.customer_waits),
        ("客户离店", not d.customer_waits),
    ]
    block = [Spacer(1, 2 * mm), _grid(form, others, columns=1, key_mm=24), Spacer(1, 2 * mm)]
    form.flowable(KeepTogether([*block, _checkboxes(boxes, form.frame_width)]))


def _check_cells(form: A4Form, row: CheckRow) -> list[Any]:
    st = form.styles
    detail = row.note
    if row.recommendation:
        detail += ("\n" if detail else "") + f"建议：{row.recommendation}"
    return [
        _para(row.name, st.cell),
        _Rating(row.rating),
        _para(row.reading, st.cell),
        _para(detail, st.cell),
        _para(row.estimate, st.cell_right),
        _para(row.decision, st.cell),
    ]


def _checks_section(form: A4Form, checks: Sequence[CheckRow]) -> None:
    if not checks:
        form.section("多项检查")
        form.paragraph("无", size=9)
        return
    st = form.styles
    heads = ("检查项目", "结果", "读数", "说明 / 建议", "估价", "客户决定")
    data: list[list[Any]] = [[_para(h, st.head) for h in heads]]
    style: list[tuple[Any, ...]] = [*RULED, MIDDLE]
    groups: dict[str, list[CheckRow]] = {}
    for row in checks:
        groups.setdefault(row.group, []).append(row)
    for group, rows in groups.items():
        n = len(data)
        data.append([_para(group, st.cell)] + [""] * 5)
        style += [("SPAN", (0, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n), colors.Color(0.96, 0.96, 0.96))]
        # The table is not split between the group's row and its first items.
        style.append(("NOSPLIT", (0, n), (-1, n + min(KEEP_ROWS, len(rows)))))
        for row in rows:
            if row.rating in RATINGS:
                style.append(("BACKGROUND", (1, len(data)), (1, len(data)), RATINGS[row.rating][0]))
            data.append(_check_cells(form, row))
    table = Table(data, colWidths=[w * mm for w in CHECK_WIDTHS_MM], repeatRows=1, hAlign="LEFT")
    table.setStyle(Style(style))
    first_group = len(next(iter(groups.values())))
    # The heading row, the first group's row and its first items.
    _section_with_table(form, "多项检查", table, 2 + min(KEEP_ROWS, first_group))


def refusal_text(row: CheckRow) -> str:
    advice = row.recommendation.strip() or "立即维修"
    return (
        f"本人已知悉「{row.name}」检查结果为需立即处理，经销商已建议 {advice}，"
        "本人决定暂不维修，由此产生的后果自行承担。"
    )


def _sign_line(width: float) -> Drawn:
    def draw(c: Canvas, _w: float, _h: float) -> None:
        c.setFont(fonts.default_font(), 9)
        c.drawString(0, 2, "客户签字：")
        c.drawString(100 * mm, 2, "日期：")
        c.setLineWidth(0.6)
        c.line(20 * mm, 0, 92 * mm, 0)
        c.line(112 * mm, 0, 160 * mm, 0)

    return Drawn(width, 10 * mm, draw)


def _refusal_box(form: A4Form, row: CheckRow) -> Flowable:
    rows: list[list[Any]] = [[_para(refusal_text(row), form.styles.body)]]
    if row.decision.strip():
        rows.append([_para(f"客户决定：{row.decision.strip()}", form.styles.key)])
    rows.append([_sign_line(form.frame_width - 16)])
    box = Table(rows, colWidths=[form.frame_width], hAlign="LEFT")
    padding = [("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, 0), 6)]
    box.setStyle(
        Style(
            [("BOX", (0, 0), (-1, -1), 0.8, colors.black), *padding, ("BOTTOMPADDING", (0, -1), (-1, -1), 8)]
        )
    )
    return KeepTogether([box, Spacer(1, 3 * mm)])


def _refusal_section(form: A4Form, checks: Sequence[CheckRow]) -> None:
    declined = [row for row in checks if is_declined(row)]
    if not declined:
        return
    form.flowable(CondPageBreak(45 * mm))
    form.section("拒修确认")
    for row in declined:
        form.flowable(_refusal_box(form, row))


def _decoration(ro_number: str, copy_mark: str) -> Any:
    """Above the header on every page: the RO number as Code 128 and the copy mark, boxed."""

    def draw(canvas: Canvas, pagesize: tuple[float, float]) -> None:
        width, height = pagesize
        top = height - MARGIN
        if ro_number:
            modules = barcodes.code128_modules(ro_number) + 2 * barcodes.CODE128_QUIET_MODULES
            module = min(0.3 * mm, 70 * mm / modules)
            barcodes.draw_code128(canvas, MARGIN, top + 3 * mm, ro_number, modules * module, 7 * mm)
        font = fonts.default_font()
        text_w = canvas.stringWidth(copy_mark, font, 10)
        x, y = width - MARGIN - text_w - 1.5 * mm, top + 2.5 * mm
        canvas.rect(x - 1.5 * mm, y - 1.5 * mm, text_w + 3 * mm, 5.6 * mm, stroke=1, fill=0)
        canvas.setFont(font, 10)
        canvas.drawString(x, y, copy_mark)

    return draw


def document_number(ro_number: str, revision: int) -> str:
    return f"{ro_number} 第 {revision} 版" if revision > 1 else ro_number


def render_with_layout(data: InspectionSheetData) -> tuple[bytes, OutlinePlacement]:
    """The sheet as PDF bytes, and where the outline drawings were printed."""
    header = FormHeader(
        dealer_name=data.dealer_name,
        dealer_code=data.dealer_code,
        title=TITLE,
        document_no=document_number(data.ro_number, data.revision),
        printed_at=data.printed_at,
    )
    copy_mark = "客户联" if data.customer_copy else "经销商联"
    form = A4Form(header, decorate=_decoration(data.ro_number, copy_mark))
    placed: list[OutlinePlacement] = []
    _customer_section(form, data)
    _interview_section(form, data)
    _walkaround_section(form, data, placed)
    _vehicle_state(form, data)
    _checks_section(form, data.checks)
    _refusal_section(form, data.checks)
    form.signatures(["客户签字", "服务顾问签字"])
    pdf = form.render()
    return pdf, placed[-1]


def render(data: InspectionSheetData) -> bytes:
    """The sheet as PDF bytes; the same data always gives the same bytes."""
    return render_with_layout(data)[0]
