"""The car outline drawings (SVG) on paper, with the walk-around's numbered marks on them.

A drawing is rendered by QtSvg at the size it is printed, at about 200 dpi, in 8-bit grey;
its aspect ratio comes from the SVG's viewBox, because marks are placed in 0..1 of that box.
Images are cached by file (path and modification time), printed size and resolution.

outline_block() lays the five views out in one block of the page (outline_layout() says where each
drawing goes) and draws each mark as a dark disc with its white number, the kind symbol beside it.
"""

from __future__ import annotations

import functools
import io
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from printing import fonts
from printing.documents.forms import GRID, Drawn
from printing.spool import ensure_gui_app

DEFAULT_DPI = 200
POINTS_PER_INCH = 72.0
VIEW_LABELS = {"top": "俯视", "front": "前", "rear": "后", "left": "左侧", "right": "右侧"}
# Each view's cell (x, top, width, height) in mm from the outline block's top-left corner: the
# top view (portrait, front up) down the left, the sides and the ends in two rows beside it.
OUTLINE_CELLS: dict[str, tuple[float, float, float, float]] = {
    "top": (0, 0, 36, 77),
    "left": (40, 0, 88, 36),
    "front": (132, 0, 48, 36),
    "right": (40, 41, 88, 36),
    "rear": (132, 41, 48, 36),
}
CAPTION_MM = 5.0
OUTLINE_WIDTH = 180 * mm
OUTLINE_HEIGHT = (77 + CAPTION_MM) * mm
MARK_RADIUS = 2.1 * mm
DARK = colors.Color(0.15, 0.15, 0.15)


class OutlineError(Exception):
    """The drawing cannot be read (missing file, not an SVG, empty viewBox)."""


def _renderer(svg_path: str) -> QSvgRenderer:
    ensure_gui_app()
    if not os.path.isfile(svg_path):
        raise OutlineError(f"车身图不存在：{svg_path}")
    renderer = QSvgRenderer(svg_path)
    if not renderer.isValid():
        raise OutlineError(f"车身图不是有效的 SVG：{svg_path}")
    box = renderer.viewBoxF()
    if box.width() <= 0 or box.height() <= 0:
        raise OutlineError(f"车身图没有有效的 viewBox：{svg_path}")
    return renderer


def _stamp(svg_path: str) -> int:
    try:
        return os.stat(svg_path).st_mtime_ns
    except OSError:
        return -1


@functools.lru_cache(maxsize=64)
def _aspect(svg_path: str, _stamp: int) -> float:
    box = _renderer(svg_path).viewBoxF()
    return box.width() / box.height()


def viewbox_aspect(svg_path: str) -> float:
    """The drawing's width / height, from its viewBox."""
    return _aspect(svg_path, _stamp(svg_path))


def fitted_size(aspect: float, width_pt: float, height_pt: float) -> tuple[float, float]:
    """The largest width × height of that aspect inside the given box."""
    if width_pt / height_pt > aspect:
        return height_pt * aspect, height_pt
    return width_pt, width_pt / aspect


@functools.lru_cache(maxsize=64)
def _png(svg_path: str, _stamp: int, width_pt: float, height_pt: float, dpi: int) -> tuple[bytes, float]:
    renderer = _renderer(svg_path)
    box = renderer.viewBoxF()
    aspect = box.width() / box.height()
    w_pt, h_pt = fitted_size(aspect, width_pt, height_pt)
    w_px = max(1, round(w_pt / POINTS_PER_INCH * dpi))
    h_px = max(1, round(h_pt / POINTS_PER_INCH * dpi))
    image = QImage(w_px, h_px, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, w_px, h_px))
    painter.end()
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as str at run time although its stubs say bytes.
    if not grey.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OutlineError(f"车身图无法转换为图片：{svg_path}")
    buffer.close()
    return bytes(data.data()), aspect


def outline_png(
    svg_path: str, width_pt: float, height_pt: float, dpi: int = DEFAULT_DPI
) -> tuple[bytes, float]:
    """(PNG, aspect): the drawing fitted into width × height points (keeping its aspect ratio),
    rendered in grey at `dpi`. Raises OutlineError when the file cannot be read."""
    return _png(svg_path, _stamp(svg_path), round(width_pt, 2), round(height_pt, 2), dpi)


class Mark(Protocol):
    """What the drawing needs of a mark (the sheet's SheetMark)."""

    @property
    def number(self) -> int: ...
    @property
    def view(self) -> str: ...
    @property
    def x(self) -> float: ...
    @property
    def y(self) -> float: ...
    @property
    def symbol(self) -> str: ...


@dataclass(frozen=True)
class Rect:
    """A rectangle in points, (x, y) its bottom-left corner (PDF coordinates)."""

    x: float
    y: float
    width: float
    height: float

    def point(self, fx: float, fy: float) -> tuple[float, float]:
        """The point fx across and fy down the rectangle (0..1, from its top-left corner)."""
        return self.x + fx * self.width, self.y + (1 - fy) * self.height

    def moved(self, dx: float, dy: float) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.width, self.height)


@dataclass(frozen=True)
class OutlinePlacement:
    """Where the drawings were printed: the page (from 1) and each view's rectangle on it."""

    page: int
    views: Mapping[str, Rect]


def outline_cell(view: str) -> Rect:
    """The cell a view is fitted into, relative to the outline block's bottom-left corner."""
    x, top, w, h = OUTLINE_CELLS[view]
    return Rect(x * mm, OUTLINE_HEIGHT - (top + h) * mm, w * mm, h * mm)


def outline_layout(aspects: Mapping[str, float]) -> dict[str, Rect]:
    """Each drawing's printed rectangle (its aspect ratio kept, centred in its cell) relative to
    the block's bottom-left corner; a view without an aspect fills its whole cell."""
    rects = {}
    for view in OUTLINE_CELLS:
        cell = outline_cell(view)
        aspect = aspects.get(view)
        if aspect is None:
            rects[view] = cell
            continue
        w, h = fitted_size(aspect, cell.width, cell.height)
        rects[view] = Rect(cell.x + (cell.width - w) / 2, cell.y + (cell.height - h) / 2, w, h)
    return rects


def draw_mark(
    c: Canvas, x: float, y: float, number: int, symbol: str = "", symbol_left: bool = False
) -> None:
    """A dark disc with the white number centred at (x, y), the kind symbol boxed beside it."""
    font = fonts.default_font()
    c.setFillColor(DARK)
    c.setStrokeColor(colors.white)
    c.setLineWidth(0.6)
    c.circle(x, y, MARK_RADIUS, stroke=1, fill=1)
    size = 6.5 if number < 10 else 5.5
    c.setFillColor(colors.white)
    c.setFont(font, size)
    c.drawCentredString(x, y - size * 0.36, str(number))
    if not symbol:
        return
    w = c.stringWidth(symbol, font, 7) + 1.6
    bx = x - MARK_RADIUS - 0.8 - w if symbol_left else x + MARK_RADIUS + 0.8
    c.setFillColor(colors.white)
    c.setStrokeColor(DARK)
    c.setLineWidth(0.5)
    c.rect(bx, y - 4.6, w, 9.2, stroke=1, fill=1)
    c.setFillColor(colors.black)
    c.setFont(font, 7)
    c.drawString(bx + 0.8, y - 2.5, symbol)


def _draw_view(c: Canvas, view: str, rect: Rect, svg: str | None) -> None:
    cell = outline_cell(view)
    try:
        if svg is None:
            raise OutlineError(view)
        png, _ = outline_png(svg, cell.width, cell.height)
        c.drawImage(ImageReader(io.BytesIO(png)), rect.x, rect.y, rect.width, rect.height)
    except OutlineError:
        c.setStrokeColor(GRID)
        c.setDash(2, 2)
        c.rect(rect.x, rect.y, rect.width, rect.height)
        c.setDash()
        c.setFont(fonts.default_font(), 8)
        c.drawCentredString(rect.x + rect.width / 2, rect.y + rect.height / 2, "（无车身图）")
    c.setFillColor(colors.black)
    c.setFont(fonts.default_font(), 8.5)
    c.drawCentredString(cell.x + cell.width / 2, cell.y - CAPTION_MM * mm + 1.5 * mm, VIEW_LABELS[view])


def _aspects(svgs: Mapping[str, str]) -> dict[str, float]:
    found = {}
    for view, path in svgs.items():
        try:
            found[view] = viewbox_aspect(path)
        except OutlineError:
            continue
    return found


def outline_block(svgs: Mapping[str, str], marks: Sequence[Mark], placed: list[OutlinePlacement]) -> Drawn:
    """The five views with their marks, OUTLINE_WIDTH × OUTLINE_HEIGHT; when it is drawn it
    appends to `placed` where on which page the drawings went."""
    rects = outline_layout(_aspects(svgs))

    def draw(c: Canvas, _w: float, _h: float) -> None:
        for view, rect in rects.items():
            _draw_view(c, view, rect, svgs.get(view))
        for mark in marks:
            if mark.view in rects:
                x, y = rects[mark.view].point(mark.x, mark.y)
                draw_mark(c, x, y, mark.number, mark.symbol, symbol_left=mark.x > 0.88)
        ox, oy = c.absolutePosition(0, 0)
        views = {view: rect.moved(ox, oy) for view, rect in rects.items()}
        placed.append(OutlinePlacement(c.getPageNumber(), views))

    return Drawn(OUTLINE_WIDTH, OUTLINE_HEIGHT, draw)
