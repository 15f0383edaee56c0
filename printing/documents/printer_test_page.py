"""The printer test page, on A4 or on a label: font sample, mm rulers, both barcodes, the profile.

Print it after setting up a printer: the rulers show whether 10 mm on paper is 10 mm, the
corner marks and the label frame show how far the printer feeds off (set the profile's
offsets to make up for it), and the barcodes must scan back to the value printed under them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from printing import fonts
from printing.documents import _label_parts as parts
from printing.documents import barcodes
from printing.documents.forms import A4Form, FormHeader
from printing.documents.labels import Label, render_labels
from printing.profiles import KIND_LABELS, ORIENTATION_LABELS, PrinterProfile

Variant = Literal["a4", "label"]
SAMPLE = "售后前台 接车单 维修工单 旧件标签 粤A·12345 ￥1,234.50 ABCabc 0123456789"
LONG_SAMPLE = (
    "本页用于检查打印机：中文应清晰完整，没有方框或乱码；标尺上每 10 毫米的间距应正好为 10 毫米；"
    "四角的校准角标距纸边各 10 毫米。如位置有偏差，请在“打印设置”中调整该文档类型的偏移量后重新打印本页。"
)
CORNER_MM = 10.0


@dataclass(frozen=True)
class PrinterTestPageData:
    variant: Variant
    profile: PrinterProfile  # the profile being checked (paper, orientation, offsets)
    printer: str  # where the page is sent
    dealer_name: str = ""
    dealer_code: str = ""
    printed_at: str = ""  # formatted local time
    code: str = "QT-TEST-0001"  # encoded in both barcodes (short: a 60 mm label at 2-dot bars)


def render(data: PrinterTestPageData) -> bytes:
    """The test page as PDF bytes: an A4 sheet or one label of the profile's size."""
    if data.variant == "label":
        return _render_label(data)
    return _render_a4(data)


def profile_rows(data: PrinterTestPageData) -> list[tuple[str, str]]:
    """The settings the page reports, label and value (shown on both variants)."""
    p = data.profile
    font = fonts.current()
    return [
        ("打印机", data.printer),
        ("文档类型", KIND_LABELS[p.kind]),
        ("纸张", p.paper_text()),
        ("方向", ORIENTATION_LABELS[p.orientation]),
        ("份数", str(p.copies)),
        ("偏移", f"X {p.offset_x_mm:+.1f} mm，Y {p.offset_y_mm:+.1f} mm"),
        ("字体", font.path.name),
        ("打印时间", data.printed_at or "-"),
    ]


# -- A4 -------------------------------------------------------------------------------------


def _ruler(canvas: Canvas, width: float, height: float) -> None:
    """A horizontal ruler: a tick each mm, longer each 5 mm, numbered each 10 mm."""
    length_mm = int(width / mm)
    canvas.setLineWidth(0.25)
    canvas.line(0, height - 1, length_mm * mm, height - 1)
    font = fonts.default_font()
    canvas.setFont(font, 6)
    for i in range(length_mm + 1):
        tick = 5 * mm if i % 10 == 0 else 3.5 * mm if i % 5 == 0 else 2 * mm
        canvas.line(i * mm, height - 1, i * mm, height - 1 - tick)
        if i % 10 == 0:
            canvas.drawCentredString(i * mm, height - 1 - 8 * mm, str(i))
    canvas.drawString(0, 0, "单位：毫米（起点距纸张左边 15 毫米）")


def _barcodes(code: str) -> object:
    def draw(canvas: Canvas, width: float, height: float) -> None:
        font = fonts.default_font()
        barcodes.draw_code128(canvas, 0, 8 * mm, code, 100 * mm, 22 * mm)
        barcodes.draw_qr(canvas, 120 * mm, 4 * mm, code, 30 * mm)
        canvas.setFont(font, 8)
        canvas.drawCentredString(50 * mm, 2 * mm, f"Code 128：{code}")
        canvas.drawCentredString(135 * mm, 0, f"QR：{code}")

    return draw


def _corner_marks(canvas: Canvas, pagesize: tuple[float, float]) -> None:
    """L-shaped marks whose corners sit exactly 10 mm from each edge; the arms point outwards."""
    width, height = pagesize
    d = CORNER_MM * mm
    arm = 6 * mm
    canvas.setLineWidth(0.4)
    corners = ((d, d, -1, -1), (width - d, d, 1, -1), (d, height - d, -1, 1), (width - d, height - d, 1, 1))
    for x, y, sx, sy in corners:
        canvas.line(x, y, x + sx * arm, y)
        canvas.line(x, y, x, y + sy * arm)


def _render_a4(data: PrinterTestPageData) -> bytes:
    header = FormHeader(
        dealer_name=data.dealer_name,
        dealer_code=data.dealer_code,
        title="打印测试页",
        document_no=data.code,
        printed_at=data.printed_at,
    )
    form = A4Form(header, decorate=_corner_marks)
    form.section("打印设置")
    form.key_values(profile_rows(data), columns=2)
    form.section("中文字体")
    for size in (8, 10, 12, 16):
        form.paragraph(f"{size} 磅：{SAMPLE}", size=size)
    form.spacer(2)
    form.paragraph(LONG_SAMPLE)
    form.section("标尺（毫米）")
    form.spacer(2)
    form.drawing(180, 14, _ruler)
    form.section("条码")
    form.spacer(2)
    form.drawing(180, 36, _barcodes(data.code))  # type: ignore[arg-type]
    form.section("检查要点")
    form.paragraph(
        "1. 标尺 0 到 100 的距离应为 100 毫米。\n"
        "2. 四角角标距纸边 10 毫米；向右偏了就把 X 偏移调小，向下偏了就把 Y 偏移调小。\n"
        "3. 用扫码枪扫描上面两个条码，读出的内容应与条码下方的文字一致。"
    )
    return form.render()


# -- label ----------------------------------------------------------------------------------


def _draw_label(label: Label, data: PrinterTestPageData) -> None:
    w, h = label.width, label.height
    label.box(1, 1, w - 2, h - 2, line_width=0.3)  # the frame shows any feed offset or clipping
    # Ruler along the bottom edge, inside the frame.
    canvas = label.canvas
    canvas.setLineWidth(0.15 * mm)
    canvas.setFont(label.font, 4)
    for i in range(2, int(w) - 1):
        tick = 2.0 if i % 10 == 0 else 1.4 if i % 5 == 0 else 0.8
        canvas.line(i * mm, 1 * mm, i * mm, (1 + tick) * mm)
        if i % 10 == 0:
            canvas.drawCentredString(i * mm, 3.4 * mm, str(i))
    code_h = min(8.0, h * 0.2)
    if parts.barcode_fits(data.code, w):
        # On the printer's dot grid at 2 dots a bar, as the tags are: what the test page proves.
        width = parts.barcode_width_mm(data.code)
        x = parts.snap_x((w - width) / 2)
        barcodes.draw_code128(
            canvas, x * mm, 5 * mm, data.code, width * mm, code_h * mm, module=parts.MODULE_MM * mm
        )
    else:
        label.code128(2, 5, data.code, width=w - 4, height=code_h)
    top = 5 + code_h + 1.5
    qr = min(h - top - 2, w * 0.38)
    label.qr(w - 1.5 - qr, top, data.code, size=qr)
    text_w = w - qr - 4.5
    p = data.profile
    lines = [
        ("打印测试页 " + KIND_LABELS[p.kind], 8.0),
        (data.printer, 6.0),
        (f"{p.paper_text()} {ORIENTATION_LABELS[p.orientation]}", 6.0),
        (f"偏移 X{p.offset_x_mm:+.1f} Y{p.offset_y_mm:+.1f} mm", 6.0),
        (data.code, 5.5),
        (data.printed_at, 5.5),
    ]
    y = h - 2.5
    for text, size in lines:
        y -= size * 0.3528 * 1.25  # points to mm, with line spacing
        if y < top or not text:
            continue
        label.fit_text(2.5, y, text, size, max_width=text_w)


def _render_label(data: PrinterTestPageData) -> bytes:
    return render_labels(data.profile.page_size_mm, [data], _draw_label, title="打印测试页")
