"""The walk-around drawing: the five views of the car outline with the damage marks on them.

The widget shows marks and reports what the user does with them (mark_placed, mark_moved,
mark_removed, mark_selected); it keeps no list of its own: its owner changes the inspection and
calls set_marks again. Where the views go is outline_geometry's (a mark's position is (x, y) in
0..1 across and down its view's viewBox, on screen as on paper); how they and the marks are
painted is outline_painting's. This module is the interaction: clicking, dragging, selecting,
removing, by mouse and keyboard.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
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

from app.inspection.walkaround import OutlineView, outline_resource
from app.resources import resource_path
from ui.inspection.outline_geometry import DEFAULT_SIZES, MarkPoint, OutlineLayout, arrange
from ui.inspection.outline_painting import HOVER_TINT, MARK_RADIUS, caption_font, paint_marks, paint_sheet

HIT_SLOP = 3.0  # a press this far outside a mark's circle still takes the mark
DRAG_THRESHOLD = 2.0  # pixels the pointer must travel before a press on a mark becomes a move


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
        self._layout_cache: tuple[QSize, OutlineLayout] | None = None
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

    def _layout(self) -> OutlineLayout:
        if self._layout_cache is not None and self._layout_cache[0] == self.size():
            return self._layout_cache[1]
        layout = arrange(self._sizes, self._caption_height(), self.size())
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
        return caption_font(self.font())

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.drawPixmap(0, 0, self._sheet())
        if self._hover is not None:
            rect = self._layout().drawings[self._hover]
            painter.fillRect(rect.adjusted(-4, -4, 4, 4), HOVER_TINT)
        paint_marks(painter, self._faint_marks(), self._position, self._selected, True, self.font())
        paint_marks(painter, self._live_marks(), self._centre, self._selected, False, self.font())
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
        pixmap = paint_sheet(
            self.size(), ratio, self._layout(), self._renderers, self._captions(), self.font()
        )
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


__all__ = ["OutlineWidget"]
