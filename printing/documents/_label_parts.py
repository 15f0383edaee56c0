"""Pieces shared by the warranty-part tag and the return-box label (private to printing.documents).

Both are printed on 203 dpi thermal label printers, so the codes are laid on the printer's dot
grid: the Code 128 at exactly two dots per narrow bar (never scaled down) and the QR code at a
whole number of dots per module, both starting on a dot boundary counted from the top-left
corner of the label, where the printer (and poppler, when rendering) starts its raster.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscentDescent

from printing.documents import barcodes
from printing.documents.labels import Label

DOT_MM = 25.4 / 203  # one dot of a 203 dpi printer
MODULE_MM = 25.4 * 2 / 203  # one narrow bar = 2 dots of a 203 dpi printer
QR_DOTS = (4, 3, 2)  # dots per QR module, largest first; 2 is the least a scanner resolves
PT_MM = 25.4 / 72
EDGE_MM = 1.5  # text and marks keep this far from the label's edge
HAZARD_TEXT = "危险件"


def barcode_width_mm(value: str) -> float:
    """The Code 128 symbol at MODULE_MM, with 10-module quiet zones each side."""
    return (barcodes.code128_modules(value) + 2 * barcodes.CODE128_QUIET_MODULES) * MODULE_MM


def barcode_fits(value: str, label_width_mm: float, margin_mm: float = 2.0) -> bool:
    return barcode_width_mm(value) <= label_width_mm - 2 * margin_mm + 1e-9


def check_barcode(value: str, label_width_mm: float) -> None:
    """ValueError naming the value and the label width when the code would need scaling down."""
    if not barcode_fits(value, label_width_mm):
        raise ValueError(
            f"条码 {value!r} 按每窄条 {MODULE_MM:.2f} mm 需宽 {barcode_width_mm(value):.1f} mm，"
            f"标签宽 {label_width_mm:g} mm 放不下（请缩短条码内容或换宽标签）"
        )


def snap_x(x_mm: float) -> float:
    """x moved to the nearest dot boundary from the label's left edge."""
    return round(x_mm / DOT_MM) * DOT_MM


def snap_top(label: Label, y_mm: float) -> float:
    """y moved so that its distance from the label's top edge is a whole number of dots."""
    return label.height - round((label.height - y_mm) / DOT_MM) * DOT_MM


def ascent_mm(font: str, size: float) -> float:
    return float(getAscentDescent(font, size)[0]) * PT_MM


def descent_mm(font: str, size: float) -> float:
    return -float(getAscentDescent(font, size)[1]) * PT_MM


def line_pitch_mm(size: float) -> float:
    return size * PT_MM * 1.2


def band_height(font: str, bar_height: float, text_size: float) -> float:
    """Height from the label's bottom edge to the top of the bars (barcode_band's footprint)."""
    return EDGE_MM + ascent_mm(font, text_size) + descent_mm(font, text_size) + 0.5 + bar_height


def barcode_band(label: Label, value: str, bar_height: float, text_size: float) -> None:
    """The Code 128 centred across the bottom of the label at MODULE_MM, its value printed under it."""
    check_barcode(value, label.width)
    text_base = EDGE_MM + descent_mm(label.font, text_size)
    bars_y = text_base + ascent_mm(label.font, text_size) + 0.5
    width = barcode_width_mm(value)
    x = snap_x((label.width - width) / 2)
    barcodes.draw_code128(
        label.canvas, x * mm, bars_y * mm, value, width * mm, bar_height * mm, module=MODULE_MM * mm
    )
    size = text_size
    while size > 4 and label.text_width(value, size) > label.width - 2 * EDGE_MM:
        size -= 0.5
    label.text(label.width / 2, text_base, value, size, align="centre")


def qr_modules(value: str) -> int:
    """Modules across the QR symbol at level M, its quiet zone included."""
    return barcodes.qr_modules(value, "M") + 2 * barcodes.QR_QUIET_MODULES


def qr_side(value: str, room_mm: float) -> float:
    """The side of the largest QR code on whole dots (4, 3 or 2 per module) that fits room_mm."""
    count = qr_modules(value)
    for dots in QR_DOTS:
        if count * dots * DOT_MM <= room_mm + 1e-9:
            return count * dots * DOT_MM
    need = count * 2 * DOT_MM
    raise ValueError(
        f"二维码内容太长：{count} 个模块，每模块至少 2 点需 {need:.1f} mm，只有 {room_mm:.1f} mm"
    )


def draw_qr(label: Label, x: float, top: float, value: str, side: float) -> None:
    """A QR code (level M) of `side` mm (from qr_side) whose top-left corner is (x, top), on the grid."""
    x = snap_x(x)
    top = snap_top(label, top)
    label.qr(x, top - side, value, size=side, level="M")


def hazard_width(label: Label, height: float) -> float:
    size = hazard_text_size(height)
    return height * 0.95 + label.text_width(HAZARD_TEXT, size) + 0.9 * height * 0.5


def hazard_text_size(height: float) -> float:
    return height * 0.62 / PT_MM


def hazard_mark(label: Label, right: float, y: float, height: float) -> float:
    """A bordered box "▲! 危险件" whose right edge is at `right`; returns its left edge.

    The warning triangle is drawn (the CJK font has no ⚠), black with a white exclamation mark,
    and the border is heavy, so the mark reads on a black-and-white thermal print.
    """
    c = label.canvas
    width = hazard_width(label, height)
    left = right - width
    border = max(0.3, height * 0.08)
    c.saveState()
    c.setLineWidth(border * mm)
    c.rect((left + border / 2) * mm, (y + border / 2) * mm, (width - border) * mm, (height - border) * mm)
    side = height * 0.62
    tx = left + height * 0.22
    ty = y + (height - side * 0.87) / 2
    path = c.beginPath()
    path.moveTo(tx * mm, ty * mm)
    path.lineTo((tx + side) * mm, ty * mm)
    path.lineTo((tx + side / 2) * mm, (ty + side * 0.87) * mm)
    path.close()
    c.setFillColor(colors.black)
    c.drawPath(path, stroke=0, fill=1)
    c.setFillColor(colors.white)
    bar = side * 0.12
    cx = tx + side / 2
    c.rect((cx - bar / 2) * mm, (ty + side * 0.32) * mm, bar * mm, side * 0.36 * mm, stroke=0, fill=1)
    c.rect((cx - bar / 2) * mm, (ty + side * 0.1) * mm, bar * mm, bar * mm, stroke=0, fill=1)
    c.restoreState()
    size = hazard_text_size(height)
    base = y + (height - ascent_mm(label.font, size) + descent_mm(label.font, size)) / 2
    label.text(tx + side + height * 0.15, base, HAZARD_TEXT, size)
    return left


def small_triangle(label: Label, x: float, baseline: float, size: float) -> float:
    """A small filled warning triangle sitting on the baseline (a hazardous line); returns its width."""
    side = ascent_mm(label.font, size) * 1.05
    c = label.canvas
    path = c.beginPath()
    path.moveTo(x * mm, baseline * mm)
    path.lineTo((x + side) * mm, baseline * mm)
    path.lineTo((x + side / 2) * mm, (baseline + side * 0.87) * mm)
    path.close()
    c.drawPath(path, stroke=0, fill=1)
    return side


def fitting_size(label: Label, texts: Sequence[str], size: float, width: float, floor: float) -> float:
    """The largest size from `size` down in half points at which every text fits `width`."""
    while size > floor and any(label.text_width(t, size) > width for t in texts):
        size -= 0.5
    return size


def lines_that_fit(height: float, pitch: float) -> int:
    return max(0, math.floor(height / pitch + 1e-9))
