"""Labels sized in millimetres: one page per label, drawn with a small set of helpers.

    def draw_tag(label: Label, tag: PartTag) -> None:
        label.text(3, 33, "旧件标签", size=10)
        label.fit_text(3, 27, tag.part_name, size=9, max_width=34)
        label.qr(40, 18, tag.code, size=18)
        label.code128(2, 2, tag.code, width=56, height=10)

    pdf = render_labels((60, 40), tags, draw_tag)

Coordinates are millimetres from the bottom-left corner of the label, as on a ruler laid on
the paper. Printer calibration offsets are applied when spooling, not here.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from typing import TypeVar

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from printing import fonts
from printing.documents import barcodes

T = TypeVar("T")


class Label:
    """The current label page; every length is in millimetres."""

    def __init__(self, canvas: Canvas, width_mm: float, height_mm: float, font: str) -> None:
        self.canvas = canvas
        self.width = width_mm
        self.height = height_mm
        self.font = font

    def text_width(self, text: str, size: float) -> float:
        """Width of `text` at `size` points, in millimetres."""
        return float(stringWidth(text, self.font, size)) / float(mm)

    def text(self, x: float, y: float, text: str, size: float = 9, *, align: str = "left") -> None:
        """One line of text with its baseline at y; align is left, centre or right of x."""
        self.canvas.setFont(self.font, size)
        if align == "centre":
            self.canvas.drawCentredString(x * mm, y * mm, text)
        elif align == "right":
            self.canvas.drawRightString(x * mm, y * mm, text)
        else:
            self.canvas.drawString(x * mm, y * mm, text)

    def fit_text(
        self, x: float, y: float, text: str, size: float, max_width: float, *, min_size: float = 5
    ) -> float:
        """One line shrunk until it fits max_width (never below min_size, then cut with …).

        Returns the size used.
        """
        used = size
        while used > min_size and self.text_width(text, used) > max_width:
            used -= 0.5
        if self.text_width(text, used) > max_width:
            while text and self.text_width(text + "…", used) > max_width:
                text = text[:-1]
            text += "…"
        self.text(x, y, text, used)
        return used

    def code128(self, x: float, y: float, value: str, width: float, height: float) -> float:
        """A Code 128 barcode centred in the box, quiet zones included; returns the module in mm."""
        return barcodes.draw_code128(self.canvas, x * mm, y * mm, value, width * mm, height * mm) / float(mm)

    def qr(self, x: float, y: float, value: str, size: float, *, level: str = "M") -> float:
        """A QR code filling the square (quiet zone included); returns the module in mm."""
        return barcodes.draw_qr(self.canvas, x * mm, y * mm, value, size * mm, level=level) / float(mm)

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.2) -> None:
        self.canvas.setLineWidth(width * mm)
        self.canvas.line(x1 * mm, y1 * mm, x2 * mm, y2 * mm)

    def box(self, x: float, y: float, width: float, height: float, line_width: float = 0.2) -> None:
        self.canvas.setLineWidth(line_width * mm)
        self.canvas.rect(x * mm, y * mm, width * mm, height * mm, stroke=1, fill=0)


def render_labels(
    size_mm: tuple[float, float],
    items: Iterable[T],
    draw: Callable[[Label, T], None],
    *,
    title: str = "",
) -> bytes:
    """One PDF with one page of `size_mm` (width, height) per item; deterministic bytes."""
    width, height = size_mm
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width * mm, height * mm), invariant=1, pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("Qiantai")
    font = fonts.default_font()
    fonts.seed_subset(canvas, font)
    pages = 0
    for item in items:
        draw(Label(canvas, width, height, font), item)
        canvas.showPage()
        pages += 1
    if pages == 0:
        raise ValueError("render_labels needs at least one label")
    canvas.save()
    return buffer.getvalue()
