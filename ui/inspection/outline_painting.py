"""How the walk-around drawing is painted: the five views and their captions on a white sheet
(painted once per size, then kept), and the numbered marks over them in their kind's colour with
the kind's symbol beside; last visit's marks faintly, the selected one ringed."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.inspection.walkaround import MARK_KIND_SYMBOLS, MarkKind, OutlineView
from ui.inspection.outline_geometry import MarkPoint, OutlineLayout

MARK_RADIUS = 9.0
FAINT_OPACITY = 0.35
KIND_COLOURS: dict[str, str] = {
    MarkKind.SCRATCH: "#d32f2f",
    MarkKind.DENT: "#e65100",
    MarkKind.CRACK: "#6a1b9a",
    MarkKind.PAINT: "#1565c0",
    MarkKind.CHIP: "#00796b",
}
OTHER_KIND_COLOUR = "#d32f2f"
FAINT_COLOUR = "#6b6b6b"
SELECTED_RING = "#ffb300"
HOVER_TINT = QColor(25, 118, 210, 14)
PAPER = "#ffffff"
CAPTION_COLOUR = "#666666"
FRAME_COLOUR = "#c8c8c8"


def caption_font(base: QFont) -> QFont:
    """The views' captions: a little smaller than the widget's font."""
    font = QFont(base)
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9) if font.pointSizeF() > 0 else 8.0)
    return font


def paint_sheet(
    size: QSize,
    ratio: float,
    layout: OutlineLayout,
    renderers: Mapping[OutlineView, QSvgRenderer],
    captions: Mapping[OutlineView, str],
    font: QFont,
) -> QPixmap:
    """The drawings and their captions on white, framed, at the widget's size and pixel ratio."""
    pixmap = QPixmap(QSize(math.ceil(size.width() * ratio), math.ceil(size.height() * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor(PAPER))  # the drawings are dark lines on a white sheet, as on paper
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setFont(caption_font(font))
    for view in OutlineView:
        rect = layout.drawings[view]
        renderer = renderers[view]
        if renderer.isValid():
            renderer.render(painter, rect)
        else:  # a drawing missing from the installation: its place stays clickable
            painter.setPen(QPen(QColor(FAINT_COLOUR), 1, Qt.PenStyle.DashLine))
            painter.drawRect(rect)
        painter.setPen(QColor(CAPTION_COLOUR))
        painter.drawText(layout.captions[view], Qt.AlignmentFlag.AlignCenter, captions[view])
    painter.setPen(QPen(QColor(FRAME_COLOUR), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(0, 0, size.width(), size.height()).adjusted(0.5, 0.5, -0.5, -0.5))
    painter.end()
    return pixmap


def paint_marks(
    painter: QPainter,
    marks: Iterable[MarkPoint],
    centre_of: Callable[[MarkPoint], QPointF],
    selected: int,
    faint: bool,
    font: QFont,
) -> None:
    """The marks at centre_of(mark): faint ones greyed, the selected one (by number) ringed."""
    number_font = QFont(font)
    number_font.setBold(True)
    symbol_font = QFont(number_font)
    symbol_font.setPixelSize(12)
    for mark in marks:
        number_font.setPixelSize(11 if mark.number < 10 else 10 if mark.number < 100 else 8)
        painter.save()
        _paint_mark(painter, mark, centre_of(mark), mark.number == selected, faint, number_font, symbol_font)
        painter.restore()


def _paint_mark(
    painter: QPainter,
    mark: MarkPoint,
    centre: QPointF,
    selected: bool,
    faint: bool,
    number_font: QFont,
    symbol_font: QFont,
) -> None:
    r = MARK_RADIUS
    colour = QColor(FAINT_COLOUR if faint else KIND_COLOURS.get(mark.kind, OTHER_KIND_COLOUR))
    if faint:
        painter.setOpacity(FAINT_OPACITY)
    elif selected:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(SELECTED_RING), 3.5))
        painter.drawEllipse(centre, r + 4.5, r + 4.5)
    painter.setPen(QPen(QColor("#ffffff"), 1.5))
    painter.setBrush(colour)
    painter.drawEllipse(centre, r, r)
    painter.setFont(number_font)
    circle = QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r)
    painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(mark.number))
    symbol = mark_symbol(mark.kind)
    if faint or not symbol:
        return
    painter.setFont(symbol_font)
    box = QFontMetricsF(symbol_font).boundingRect(symbol)
    label = QRectF(0, 0, box.width() + 4, box.height() + 2)
    gap = 8.0 if selected else 2.0  # clear of the selection ring
    label.moveTopLeft(QPointF(centre.x() + r + gap, centre.y() - label.height() / 2))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 215))
    painter.drawRoundedRect(label, 3, 3)
    painter.setPen(colour)
    painter.drawText(label, Qt.AlignmentFlag.AlignCenter, symbol)


def mark_symbol(kind: str) -> str:
    """The kind's one-character symbol beside the mark (划, 凹 ...); "" for a kind not known."""
    try:
        return MARK_KIND_SYMBOLS[MarkKind(kind)]
    except ValueError:
        return ""
