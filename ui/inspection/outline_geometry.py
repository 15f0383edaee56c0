"""Where the walk-around drawing's five views go at a widget's size, and the marks placed on them.

A position is (x, y) in 0..1 across and down a view's viewBox (see app.inspection.walkaround), so
a mark lands on the same spot of the car on screen and on paper.

Arrangement: whichever of two draws the cars larger at the widget's size, every drawing scaled
with its aspect kept: three columns (left side over right side, the top view, front over rear) for
a wide widget; for a taller one, the left side, the right side, then front and rear side by side,
with the top view standing beside the three rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, QSizeF

from app.inspection.walkaround import OutlineView

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


@dataclass(frozen=True)
class MarkPoint:
    number: int  # 1, 2, ... shown in the circle
    view: str  # an OutlineView value
    x: float  # 0..1 across the view's viewBox
    y: float  # 0..1 down the view's viewBox
    kind: str  # a MarkKind value
    faint: bool = False  # last visit's marks: drawn faintly, not clickable


@dataclass(frozen=True)
class OutlineLayout:
    drawings: dict[OutlineView, QRectF]
    captions: dict[OutlineView, QRectF]


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


def arrange(sizes: Sizes, caption: float, size: QSize) -> OutlineLayout:
    """The drawings and their captions in a widget of this size, centred in it."""
    width = max(1.0, size.width() - 2 * MARGIN)
    height = max(1.0, size.height() - 2 * MARGIN)

    room = QSizeF(width, height)
    # Whichever arrangement draws the sides larger at this size (the compact one on a tie).
    arrangement, scale = max(
        ((a, _fit(a, sizes, caption, room)) for a in ARRANGEMENTS), key=lambda found: found[1]
    )
    rects, used = arrangement(scale, sizes, caption)
    dx = MARGIN + max(0.0, (width - used.width()) / 2)
    dy = MARGIN + max(0.0, (height - used.height()) / 2)
    drawings = {view: rect.translated(dx, dy) for view, rect in rects.items()}
    captions = {
        view: QRectF(rect.left() - GAP / 2, rect.top() - caption, rect.width() + GAP, caption)
        for view, rect in drawings.items()
    }
    return OutlineLayout(drawings, captions)
