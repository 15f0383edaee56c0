"""The walk-around drawing: the five views of the car outline with the damage marks on them.

The widget shows marks and reports what the user does with them (mark_placed, mark_moved,
mark_removed, mark_selected); it keeps no list of its own: its owner changes the inspection and
calls set_marks again. A position is (x, y) in 0..1 across and down a view's viewBox (see
app.inspection.walkaround), so a mark lands on the same spot of the car on screen and on paper.

Arrangement: whichever of two draws the cars larger at the widget's size, every drawing scaled
with its aspect kept: three columns (left side over right side, the top view, front over rear) for
a wide widget; for a taller one, the left side, the right side, then front and rear side by side,
with the top view standing beside the three rows.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QCursor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QMenu, QWidget

from app.inspection.walkaround import MARK_KIND_SYMBOLS, MarkKind, OutlineView, outline_resource
from app.resources import resource_path

MARK_RADIUS = 9.0
HIT_SLOP = 3.0  # a press this far outside a mark's circle still takes the mark
DRAG_THRESHOLD = 2.0  # pixels the pointer must travel before a press on a mark becomes a move
FAINT_OPACITY = 0.35
MARGIN = 8.0
GAP = 10.0

# The drawings' viewBox sizes, used while a drawing cannot be read (the layout stays the same).
DEFAULT_SIZES: dict[OutlineView, tuple[float, float]] = {
    OutlineView.TOP: (200.0, 420.0),
    OutlineView.FRONT: (240.0, 180.0),
    OutlineView.REAR: (240.0, 180.0),
    OutlineView.LEFT: (440.0, 180.0),
    OutlineView.RIGHT: (440.0, 180.0),
}
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


@dataclass(frozen=True)
class MarkPoint:
    number: int  # 1, 2, ... shown in the circle
    view: str  # an OutlineView value
    x: float  # 0..1 across the view's viewBox
    y: float  # 0..1 down the view's viewBox
    kind: str  # a MarkKind value
    faint: bool = False  # last visit's marks: drawn faintly, not clickable


@dataclass(frozen=True)
class _Layout:
    drawings: dict[OutlineView, QRectF]
    captions: dict[OutlineView, QRectF]


@dataclass
class _Drag:
    number: int
    view: OutlineView
    press: QPointF  # where the pointer went down
    offset: QPointF  # from the pointer to the mark's centre, so the mark does not jump
    centre: QPointF  # where the mark is drawn while it is dragged
    moved: bool = False


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


Sizes = dict[OutlineView, tuple[float, float]]
Arrangement = Callable[[float, Sizes, float], tuple[dict[OutlineView, QRectF], QSizeF]]


def _stack(
    views: Sequence[tuple[OutlineView, float, float]], x: float, width: float, caption: float
) -> tuple[dict[OutlineView, QRectF], float]:
    """Views one under the other, centred in a column, each below its caption; and their height."""
    rects: dict[OutlineView, QRectF] = {}
    y = 0.0
    for view, w, h in views:
        rects[view] = QRectF(x + (width - w) / 2, y + caption, w, h)
        y += caption + h + GAP
    return rects, y - GAP


def _scaled(view: OutlineView, scale: float, sizes: Sizes) -> tuple[OutlineView, float, float]:
    w, h = sizes[view]
    return view, w * scale, h * scale


def _with_top(
    rects: dict[OutlineView, QRectF], height: float, x: float, sizes: Sizes, caption: float
) -> float:
    """Adds the top view standing over the whole height at x; returns its width."""
    tw, th = sizes[OutlineView.TOP]
    top_height = height - caption
    top_width = top_height * tw / th
    rects[OutlineView.TOP] = QRectF(x, caption, top_width, top_height)
    return top_width


def _compact(scale: float, sizes: Sizes, caption: float) -> tuple[dict[OutlineView, QRectF], QSizeF]:
    """Left side, right side, then front and rear side by side; the top view beside the three rows."""
    left, right = _scaled(OutlineView.LEFT, scale, sizes), _scaled(OutlineView.RIGHT, scale, sizes)
    front, rear = _scaled(OutlineView.FRONT, scale, sizes), _scaled(OutlineView.REAR, scale, sizes)
    pair = front[1] + GAP + rear[1]
    column = max(left[1], right[1], pair)
    rects, sides = _stack((left, right), 0.0, column, caption)
    row = max(front[2], rear[2])
    y = sides + GAP + caption
    x = (column - pair) / 2
    rects[OutlineView.FRONT] = QRectF(x, y + (row - front[2]) / 2, front[1], front[2])
    rects[OutlineView.REAR] = QRectF(x + front[1] + GAP, y + (row - rear[2]) / 2, rear[1], rear[2])
    height = y + row
    top_width = _with_top(rects, height, column + 1.5 * GAP, sizes, caption)
    return rects, QSizeF(column + 1.5 * GAP + top_width, height)


def _wide(scale: float, sizes: Sizes, caption: float) -> tuple[dict[OutlineView, QRectF], QSizeF]:
    """Three columns: the two sides, the top view, the front over the rear (for a wide widget)."""
    sides = [_scaled(v, scale, sizes) for v in (OutlineView.LEFT, OutlineView.RIGHT)]
    ends = [_scaled(v, scale, sizes) for v in (OutlineView.FRONT, OutlineView.REAR)]
    sides_width = max(w for _, w, _ in sides)
    ends_width = max(w for _, w, _ in ends)
    rects, sides_height = _stack(sides, 0.0, sides_width, caption)
    ends_rects, ends_height = _stack(ends, 0.0, ends_width, caption)
    height = max(sides_height, ends_height)
    top_x = sides_width + 1.5 * GAP
    top_width = _with_top(rects, height, top_x, sizes, caption)
    ends_x = top_x + top_width + 1.5 * GAP
    for view, rect in ends_rects.items():
        rects[view] = rect.translated(ends_x, (height - ends_height) / 2)
    for view in (OutlineView.LEFT, OutlineView.RIGHT):
        rects[view] = rects[view].translated(0, (height - sides_height) / 2)
    return rects, QSizeF(ends_x + ends_width, height)


ARRANGEMENTS: tuple[Arrangement, ...] = (_compact, _wide)


def _fit(arrangement: Arrangement, sizes: Sizes, caption: float, room: QSizeF) -> float:
    """The largest scale at which the arrangement fits in room (found by halving)."""
    low, high = 0.01, 20.0
    for _ in range(40):
        middle = (low + high) / 2
        used = arrangement(middle, sizes, caption)[1]
        fits = used.width() <= room.width() and used.height() <= room.height()
        low, high = (middle, high) if fits else (low, middle)
    return low


class OutlineWidget(QWidget):
    mark_placed = Signal(str, float, float)  # view, x, y: a click on an empty spot of a view
    mark_moved = Signal(int, float, float)  # number, x, y: a mark dragged within its view
    mark_removed = Signal(int)  # number: Delete/Backspace on the selected mark, or its menu's 删除
    mark_selected = Signal(int)  # number (0: none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._renderers: dict[OutlineView, QSvgRenderer] = {
            view: QSvgRenderer(str(resource_path(outline_resource(view))), self) for view in OutlineView
        }
        self._sizes = {view: self._view_box_size(view) for view in OutlineView}
        self._marks: tuple[MarkPoint, ...] = ()
        self._previous: tuple[MarkPoint, ...] = ()
        self._read_only = False
        self._selected = 0
        self._drag: _Drag | None = None
        self._hover: OutlineView | None = None
        self._layout_cache: tuple[QSize, _Layout] | None = None
        self._sheet_cache: tuple[tuple[QSize, float], QPixmap] | None = None

    # -- the owner's side -------------------------------------------------------------------

    def set_marks(self, marks: Sequence[MarkPoint]) -> None:
        """The marks to show; the selection and a drag in progress go if their mark went."""
        self._marks = tuple(marks)
        numbers = {m.number for m in self._live_marks()}
        if self._drag is not None and self._drag.number not in numbers:
            self._drag = None
        if self._selected and self._selected not in numbers:
            self._set_selected(0)
        self.update()

    def set_previous(self, marks: Sequence[MarkPoint]) -> None:
        """Last visit's marks: drawn faintly under the current ones, never selected or moved."""
        self._previous = tuple(marks)
        self.update()

    def set_read_only(self, read_only: bool) -> None:
        """Read-only: marks can be selected, but none is placed, moved or removed."""
        self._read_only = read_only
        self._drag = None
        self._hover = None
        self.unsetCursor()
        self.update()

    def is_read_only(self) -> bool:
        return self._read_only

    def selected(self) -> int:
        return self._selected

    def set_selected(self, number: int) -> None:
        """Selects a shown mark (0: none), e.g. the one just added; mark_selected tells of a change."""
        if number and number not in {m.number for m in self._live_marks()}:
            number = 0
        self._set_selected(number)

    def view_rect(self, view: str) -> QRectF:
        """Where the view's drawing is painted, in widget coordinates."""
        return QRectF(self._layout().drawings[OutlineView(view)])

    def point_of(self, view: str, x: float, y: float) -> QPoint:
        return self._point_of(OutlineView(view), x, y).toPoint()

    def mark_menu(self, number: int) -> QMenu:
        """The menu a right-click on the mark opens (its only entry removes the mark)."""
        menu = QMenu(self)
        remove = menu.addAction(self.tr("删除"))
        # A partial, not a lambda: PySide 6.12 crashed on a lambda slot of a menu deleted later.
        remove.triggered.connect(partial(self.mark_removed.emit, number))
        return menu

    # -- sizes ------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(640, 420)

    def minimumSizeHint(self) -> QSize:
        return QSize(420, 300)

    # -- geometry ---------------------------------------------------------------------------

    def _view_box_size(self, view: OutlineView) -> tuple[float, float]:
        renderer = self._renderers[view]
        box = renderer.viewBoxF()
        if renderer.isValid() and box.width() > 0 and box.height() > 0:
            return box.width(), box.height()
        return DEFAULT_SIZES[view]

    def _caption_height(self) -> float:
        return math.ceil(QFontMetricsF(self._caption_font()).height()) + 4.0

    def _layout(self) -> _Layout:
        if self._layout_cache is not None and self._layout_cache[0] == self.size():
            return self._layout_cache[1]
        caption = self._caption_height()
        width = max(1.0, self.width() - 2 * MARGIN)
        height = max(1.0, self.height() - 2 * MARGIN)

        room = QSizeF(width, height)
        # Whichever arrangement draws the sides larger at this size (the compact one on a tie).
        arrangement, scale = max(
            ((a, _fit(a, self._sizes, caption, room)) for a in ARRANGEMENTS), key=lambda found: found[1]
        )
        rects, used = arrangement(scale, self._sizes, caption)
        dx = MARGIN + max(0.0, (width - used.width()) / 2)
        dy = MARGIN + max(0.0, (height - used.height()) / 2)
        drawings = {view: rect.translated(dx, dy) for view, rect in rects.items()}
        captions = {
            view: QRectF(rect.left() - GAP / 2, rect.top() - caption, rect.width() + GAP, caption)
            for view, rect in drawings.items()
        }
        layout = _Layout(drawings, captions)
        self._layout_cache = (self.size(), layout)
        return layout

    def _point_of(self, view: OutlineView, x: float, y: float) -> QPointF:
        rect = self._layout().drawings[view]
        return QPointF(rect.left() + x * rect.width(), rect.top() + y * rect.height())

    def _normalized(self, view: OutlineView, point: QPointF) -> tuple[float, float]:
        rect = self._layout().drawings[view]
        x = (point.x() - rect.left()) / rect.width() if rect.width() > 0 else 0.0
        y = (point.y() - rect.top()) / rect.height() if rect.height() > 0 else 0.0
        return _clamp(x, 0.0, 1.0), _clamp(y, 0.0, 1.0)

    def _clamped(self, view: OutlineView, point: QPointF) -> QPointF:
        rect = self._layout().drawings[view]
        x = _clamp(point.x(), rect.left(), rect.right())
        return QPointF(x, _clamp(point.y(), rect.top(), rect.bottom()))

    def _view_at(self, point: QPointF) -> OutlineView | None:
        for view, rect in self._layout().drawings.items():
            if rect.contains(point):
                return view
        return None

    @staticmethod
    def _view_of(mark: MarkPoint) -> OutlineView | None:
        try:
            return OutlineView(mark.view)
        except ValueError:
            return None

    def _live_marks(self) -> list[MarkPoint]:
        """The marks that can be selected, in painting order (the selected one last, on top)."""
        live = [m for m in self._marks if not m.faint and self._view_of(m) is not None]
        live.sort(key=lambda m: m.number == self._selected)
        return live

    def _faint_marks(self) -> list[MarkPoint]:
        """Last visit's marks and any given as faint: painted under the others, never hit."""
        faint = [*self._previous, *(m for m in self._marks if m.faint)]
        return [m for m in faint if self._view_of(m) is not None]

    def _position(self, mark: MarkPoint) -> QPointF:
        """Where the mark stands (a mark of a known view), its position clamped to the drawing."""
        view = self._view_of(mark)
        assert view is not None
        return self._point_of(view, _clamp(mark.x, 0.0, 1.0), _clamp(mark.y, 0.0, 1.0))

    def _centre(self, mark: MarkPoint) -> QPointF:
        """Where a selectable mark is drawn: where it stands, or where it is being dragged."""
        if self._drag is not None and self._drag.number == mark.number:
            return self._drag.centre
        return self._position(mark)

    def _mark_at(self, point: QPointF) -> MarkPoint | None:
        for mark in reversed(self._live_marks()):
            centre = self._centre(mark)
            if math.hypot(point.x() - centre.x(), point.y() - centre.y()) <= MARK_RADIUS + HIT_SLOP:
                return mark
        return None

    # -- selection --------------------------------------------------------------------------

    def _set_selected(self, number: int) -> None:
        if number == self._selected:
            return
        self._selected = number
        self.update()
        self.mark_selected.emit(number)

    # -- mouse and keyboard -----------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        point = event.position()
        mark = self._mark_at(point)
        if mark is not None:
            self._set_selected(mark.number)
            view = self._view_of(mark)
            if not self._read_only and view is not None:
                centre = self._centre(mark)
                self._drag = _Drag(mark.number, view, point, centre - point, centre)
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        view = self._view_at(point)
        if view is None:  # between the drawings: nothing happens
            event.accept()
            return
        self._set_selected(0)
        if not self._read_only:
            x, y = self._normalized(view, point)
            self.mark_placed.emit(view.value, x, y)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        drag = self._drag
        if drag is not None:
            self._drag_to(drag, point)
            event.accept()
            return
        self._update_hover(point)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if event.button() != Qt.MouseButton.LeftButton or drag is None:
            super().mouseReleaseEvent(event)
            return
        self._drag_to(drag, event.position())
        self._drag = None
        self._update_hover(event.position())
        self.update()
        if drag.moved:
            x, y = self._normalized(drag.view, drag.centre)
            self.mark_moved.emit(drag.number, x, y)
        event.accept()

    def _drag_to(self, drag: _Drag, point: QPointF) -> None:
        travelled = point - drag.press
        if math.hypot(travelled.x(), travelled.y()) > DRAG_THRESHOLD:
            drag.moved = True
        if drag.moved:
            drag.centre = self._clamped(drag.view, point + drag.offset)
            self.update()

    def _update_hover(self, point: QPointF) -> None:
        if self._mark_at(point) is not None:
            shape = Qt.CursorShape.PointingHandCursor if self._read_only else Qt.CursorShape.OpenHandCursor
            view = None
        else:
            view = None if self._read_only else self._view_at(point)
            shape = Qt.CursorShape.CrossCursor if view is not None else Qt.CursorShape.ArrowCursor
        if self.cursor().shape() != shape:
            self.setCursor(QCursor(shape))
        if view != self._hover:
            self._hover = view
            self.update()

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover is not None:
            self._hover = None
            self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._selected:
            if not self._read_only:
                self.mark_removed.emit(self._selected)
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self._read_only:
            event.ignore()
            return
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            mark = self._mark_at(QPointF(event.pos()))
            number = mark.number if mark is not None else 0
            where = event.globalPos()
        else:  # the menu key: the selected mark's menu, beside the mark
            number = self._selected
            found = [m for m in self._live_marks() if m.number == number]
            where = self.mapToGlobal(self._centre(found[0]).toPoint()) if found else event.globalPos()
        if not number:
            event.ignore()
            return
        self._drag = None
        self._set_selected(number)
        menu = self.mark_menu(number)
        menu.exec(where)
        menu.deleteLater()
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._layout_cache = None
            self._sheet_cache = None
        super().changeEvent(event)

    # -- painting ---------------------------------------------------------------------------

    def _caption_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9) if font.pointSizeF() > 0 else 8.0)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.drawPixmap(0, 0, self._sheet())
        if self._hover is not None:
            rect = self._layout().drawings[self._hover]
            painter.fillRect(rect.adjusted(-4, -4, 4, 4), HOVER_TINT)
        self._paint_marks(painter, self._faint_marks(), faint=True)
        self._paint_marks(painter, self._live_marks(), faint=False)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().color(self.palette().ColorRole.Highlight), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def _sheet(self) -> QPixmap:
        """The drawings and their captions on white, painted once per size (marks go on top)."""
        ratio = self.devicePixelRatioF()
        if self._sheet_cache is not None and self._sheet_cache[0] == (self.size(), ratio):
            return self._sheet_cache[1]
        pixmap = QPixmap(QSize(math.ceil(self.width() * ratio), math.ceil(self.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(PAPER))  # the drawings are dark lines on a white sheet, as on paper
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        layout = self._layout()
        captions = self._captions()
        painter.setFont(self._caption_font())
        for view in OutlineView:
            rect = layout.drawings[view]
            renderer = self._renderers[view]
            if renderer.isValid():
                renderer.render(painter, rect)
            else:  # a drawing missing from the installation: its place stays clickable
                painter.setPen(QPen(QColor(FAINT_COLOUR), 1, Qt.PenStyle.DashLine))
                painter.drawRect(rect)
            painter.setPen(QColor(CAPTION_COLOUR))
            painter.drawText(layout.captions[view], Qt.AlignmentFlag.AlignCenter, captions[view])
        painter.setPen(QPen(QColor(FRAME_COLOUR), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()
        self._sheet_cache = ((self.size(), ratio), pixmap)
        return pixmap

    def _captions(self) -> dict[OutlineView, str]:
        return {
            OutlineView.TOP: self.tr("俯视"),
            OutlineView.FRONT: self.tr("前"),
            OutlineView.REAR: self.tr("后"),
            OutlineView.LEFT: self.tr("左侧"),
            OutlineView.RIGHT: self.tr("右侧"),
        }

    def _paint_marks(self, painter: QPainter, marks: Iterable[MarkPoint], faint: bool) -> None:
        number_font = QFont(self.font())
        number_font.setBold(True)
        symbol_font = QFont(number_font)
        symbol_font.setPixelSize(12)
        for mark in marks:
            number_font.setPixelSize(11 if mark.number < 10 else 10 if mark.number < 100 else 8)
            painter.save()
            self._paint_mark(painter, mark, faint, number_font, symbol_font)
            painter.restore()

    def _paint_mark(
        self, painter: QPainter, mark: MarkPoint, faint: bool, number_font: QFont, symbol_font: QFont
    ) -> None:
        centre = self._position(mark) if faint else self._centre(mark)
        r = MARK_RADIUS
        colour = QColor(FAINT_COLOUR if faint else KIND_COLOURS.get(mark.kind, OTHER_KIND_COLOUR))
        if faint:
            painter.setOpacity(FAINT_OPACITY)
        elif mark.number == self._selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(SELECTED_RING), 3.5))
            painter.drawEllipse(centre, r + 4.5, r + 4.5)
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        painter.setBrush(colour)
        painter.drawEllipse(centre, r, r)
        painter.setFont(number_font)
        circle = QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r)
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(mark.number))
        symbol = self._symbol(mark.kind)
        if faint or not symbol:
            return
        painter.setFont(symbol_font)
        box = QFontMetricsF(symbol_font).boundingRect(symbol)
        label = QRectF(0, 0, box.width() + 4, box.height() + 2)
        gap = 8.0 if mark.number == self._selected else 2.0  # clear of the selection ring
        label.moveTopLeft(QPointF(centre.x() + r + gap, centre.y() - label.height() / 2))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 215))
        painter.drawRoundedRect(label, 3, 3)
        painter.setPen(colour)
        painter.drawText(label, Qt.AlignmentFlag.AlignCenter, symbol)

    @staticmethod
    def _symbol(kind: str) -> str:
        try:
            return MARK_KIND_SYMBOLS[MarkKind(kind)]
        except ValueError:
            return ""


__all__ = ["MarkPoint", "OutlineWidget"]
