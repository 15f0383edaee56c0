"""The walk-around drawing: its five SVGs, and placing, selecting, moving and removing marks on it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QContextMenuEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.inspection.walkaround import OutlineView, outline_resource
from app.resources import resource_path
from ui.inspection.outline_geometry import MarkPoint
from ui.inspection.outline_widget import OutlineWidget

SVG = "{http://www.w3.org/2000/svg}"
VIEW_BOXES = {
    OutlineView.TOP: (200, 420),
    OutlineView.FRONT: (240, 180),
    OutlineView.REAR: (240, 180),
    OutlineView.LEFT: (440, 180),
    OutlineView.RIGHT: (440, 180),
}
# The shapes QSvgRenderer draws in SVG Tiny 1.2, and their grouping.
ALLOWED_ELEMENTS = {"svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon"}
TOLERANCE = 0.02
POPUP_WARNINGS = pytest.mark.qt_log_ignore(
    r"does not support raise\(\)", "does not support grabbing the keyboard"
)
Shot = Callable[[QWidget, str], Path]
Said = tuple[object, ...]

MARKS = [
    MarkPoint(1, "left", 0.3, 0.5, "scratch"),
    MarkPoint(2, "top", 0.5, 0.2, "dent"),
    MarkPoint(3, "front", 0.7, 0.6, "chip"),
]


class Heard:
    """What the widget said, in order: ("placed", view, x, y), ("moved", number, x, y),
    ("removed", number), ("selected", number). It says it at once, inside the event."""

    def __init__(self, widget: OutlineWidget) -> None:
        self.said: list[Said] = []
        widget.mark_placed.connect(self._placed)
        widget.mark_moved.connect(self._moved)
        widget.mark_removed.connect(self._removed)
        widget.mark_selected.connect(self._selected)

    def _placed(self, view: str, x: float, y: float) -> None:
        self.said.append(("placed", view, x, y))

    def _moved(self, number: int, x: float, y: float) -> None:
        self.said.append(("moved", number, x, y))

    def _removed(self, number: int) -> None:
        self.said.append(("removed", number))

    def _selected(self, number: int) -> None:
        self.said.append(("selected", number))

    def of(self, kind: str) -> list[Said]:
        return [s[1:] for s in self.said if s[0] == kind]

    def take(self) -> list[Said]:
        said, self.said = self.said, []
        return said


def make_widget(qtbot: QtBot, width: int = 900, height: int = 560) -> tuple[OutlineWidget, Heard]:
    widget = OutlineWidget()
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget, Heard(widget)


def at(widget: OutlineWidget, view: str, x: float, y: float) -> QPoint:
    return widget.point_of(view, x, y)


def click(qtbot: QtBot, widget: OutlineWidget, point: QPoint) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)


def drag(qtbot: QtBot, widget: OutlineWidget, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    qtbot.mouseMove(widget, middle)
    qtbot.mouseMove(widget, end)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def near(said: Said, *expected: object) -> bool:
    """said equals expected, its floats within TOLERANCE."""
    return len(said) == len(expected) and all(
        a == pytest.approx(b, abs=TOLERANCE) if isinstance(b, float) else a == b
        for a, b in zip(said, expected, strict=True)
    )


def choose_in_next_menu(seen: list[list[str]]) -> None:
    """Triggers the first entry of the next popup menu, and notes the entries it offered."""

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, choose)
            return
        seen.append([a.text() for a in menu.actions()])
        menu.actions()[0].trigger()
        menu.close()

    QTimer.singleShot(0, choose)


def context_menu(widget: OutlineWidget, reason: QContextMenuEvent.Reason, pos: QPoint) -> None:
    """What the window system sends on a right-click or the menu key (QTest's clicks skip it)."""
    QApplication.sendEvent(widget, QContextMenuEvent(reason, pos, widget.mapToGlobal(pos)))


# -- the drawings ---------------------------------------------------------------------------


@pytest.mark.parametrize("view", list(OutlineView))
def test_every_drawing_renders_with_its_view_box(view: OutlineView) -> None:
    path = resource_path(outline_resource(view))
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid(), path
    w, h = VIEW_BOXES[view]
    box = renderer.viewBoxF()
    assert (box.x(), box.y(), box.width(), box.height()) == (0, 0, w, h)
    root = ET.parse(path).getroot()
    assert (root.get("width"), root.get("height")) == (str(w), str(h))
    tags = {element.tag.removeprefix(SVG) for element in root.iter()}
    assert tags <= ALLOWED_ELEMENTS, tags - ALLOWED_ELEMENTS  # no text, no filters, no style sheets
    assert not any(e.get("class") or e.get("style") or e.get("filter") for e in root.iter())
    # A comment says which way the car stands: where its front points, or where its left side is.
    comment = path.read_text(encoding="utf-8").split("<!--", 1)[1].split("-->", 1)[0].lower()
    assert "front of the car points" in comment or "car's left side is on the" in comment


def test_the_widget_keeps_each_drawings_aspect_and_the_views_apart(qtbot: QtBot) -> None:
    widget, _ = make_widget(qtbot)
    rects = {view: widget.view_rect(view) for view in OutlineView}
    inside = QRectF(widget.rect())
    for view, rect in rects.items():
        w, h = VIEW_BOXES[view]
        assert rect.width() / rect.height() == pytest.approx(w / h, rel=0.01)
        assert inside.contains(rect), view
        for other, other_rect in rects.items():
            assert other == view or not rect.intersects(other_rect), (view, other)


def test_size_hints_fit_beside_a_form_on_a_small_screen(qtbot: QtBot) -> None:
    widget = OutlineWidget()
    qtbot.addWidget(widget)
    assert widget.sizeHint().width() <= 700 and widget.sizeHint().height() <= 460
    assert widget.minimumSizeHint().width() <= 440 and widget.minimumSizeHint().height() <= 320


# -- placing --------------------------------------------------------------------------------


def test_a_click_on_each_view_places_a_mark_there(qtbot: QtBot) -> None:
    widget, heard = make_widget(qtbot)
    for view in OutlineView:
        click(qtbot, widget, at(widget, view, 0.3, 0.5))
        said = heard.take()
        assert len(said) == 1 and near(said[0], "placed", view.value, 0.3, 0.5), said


def test_a_click_outside_every_view_does_nothing(qtbot: QtBot) -> None:
    widget, heard = make_widget(qtbot)
    rects = [widget.view_rect(view) for view in OutlineView]
    outside = [QPoint(3, 3), QPoint(widget.width() - 3, widget.height() - 3)]
    for point in outside:
        assert not any(rect.contains(QPointF(point)) for rect in rects)
        click(qtbot, widget, point)
    between = (widget.view_rect("left").bottomLeft() + widget.view_rect("right").topLeft()) / 2
    assert not any(rect.contains(between) for rect in rects)
    click(qtbot, widget, between.toPoint())
    assert heard.said == []


def test_a_right_click_on_an_empty_spot_places_nothing(qtbot: QtBot) -> None:
    widget, heard = make_widget(qtbot)
    qtbot.mouseClick(widget, Qt.MouseButton.RightButton, pos=at(widget, "top", 0.5, 0.5))
    context_menu(widget, QContextMenuEvent.Reason.Mouse, at(widget, "top", 0.5, 0.5))
    assert heard.said == []


def test_after_a_resize_a_click_still_lands_where_point_of_says(qtbot: QtBot) -> None:
    widget, heard = make_widget(qtbot)
    for width, height in ((500, 330), (1200, 420), (520, 700)):
        widget.resize(width, height)
        qtbot.waitUntil(lambda w=width, h=height: (widget.width(), widget.height()) == (w, h))
        for view in OutlineView:
            assert QRectF(widget.rect()).contains(widget.view_rect(view)), (width, height, view)
            click(qtbot, widget, at(widget, view, 0.7, 0.2))
            said = heard.take()
            assert len(said) == 1 and near(said[0], "placed", view.value, 0.7, 0.2), (width, height, said)


def test_positions_are_clamped_to_the_view(qtbot: QtBot) -> None:
    widget, heard = make_widget(qtbot)
    rect = widget.view_rect("rear")
    click(qtbot, widget, QPoint(int(rect.right()), int(rect.bottom())))
    [(view, x, y)] = heard.of("placed")
    assert view == "rear" and 0.0 <= x <= 1.0 and 0.0 <= y <= 1.0  # type: ignore[operator]


# -- selecting, moving, removing ------------------------------------------------------------


def test_pressing_a_mark_selects_it_and_places_nothing(qtbot: QtBot) -> None:
    widget, heard = make_widget(qtbot)
    widget.set_marks(MARKS)
    click(qtbot, widget, at(widget, "top", 0.5, 0.2))
    assert heard.take() == [("selected", 2)] and widget.selected() == 2
    click(qtbot, widget, at(widget, "top", 0.5, 0.2))
    assert heard.take() == []  # still the one selected
    # An empty spot clears the selection before it places the next mark.
    click(qtbot, widget, at(widget, "top", 0.5, 0.7))
    said = heard.take()
    assert said[0] == ("selected", 0) and near(said[1], "placed", "top", 0.5, 0.7) and len(said) == 2
    assert widget.selected() == 0


def test_the_owner_selects_a_mark(qtbot: QtBot) -> None:
    widget, heard = make_widget(qtbot)
    widget.set_marks(MARKS)
    widget.set_selected(3)
    widget.set_selected(3)
    widget.set_selected(7)  # not shown: none
    assert heard.take() == [("selected", 3), ("selected", 0)] and widget.selected() == 0


def test_dragging_a_mark_moves_it_within_its_view(qtbot: QtBot) -> None:
    widget, heard = make_widget(qtbot)
    widget.set_marks(MARKS)
    drag(qtbot, widget, at(widget, "left", 0.3, 0.5), at(widget, "left", 0.6, 0.4))
    said = heard.take()
    assert said[0] == ("selected", 1) and len(said) == 2
    assert near(said[1], "moved", 1, 0.6, 0.4), said
    assert widget.selected() == 1


def test_a_drag_out_of_the_view_stops_at_its_edge(qtbot: QtBot) -> None:
    widget, heard = make_widget(qtbot)
    widget.set_marks(MARKS)
    # Dragged from the left side down into the right side's drawing: it stays on the left side.
    drag(qtbot, widget, at(widget, "left", 0.3, 0.5), at(widget, "right", 0.3, 0.5))
    [moved] = heard.of("moved")
    assert near(moved, 1, 0.3, 1.0), moved
    assert heard.of("placed") == []


def test_a_press_that_hardly_moves_is_no_move(qtbot: QtBot) -> None:
    widget, heard = make_widget(qtbot)
    widget.set_marks(MARKS)
    start = at(widget, "front", 0.7, 0.6)
    drag(qtbot, widget, start, start + QPoint(1, 1))
    assert heard.said == [("selected", 3)]


@pytest.mark.parametrize("key", [Qt.Key.Key_Delete, Qt.Key.Key_Backspace])
def test_delete_removes_the_selected_mark(qtbot: QtBot, key: Qt.Key) -> None:
    widget, heard = make_widget(qtbot)
    widget.set_marks(MARKS)
    qtbot.keyClick(widget, key)  # nothing selected yet
    assert heard.take() == []
    click(qtbot, widget, at(widget, "front", 0.7, 0.6))
    assert widget.hasFocus()
    qtbot.keyClick(widget, key)
    assert heard.take() == [("selected", 3), ("removed", 3)]
    # The owner drops it and shows the rest: the selection goes with it.
    widget.set_marks(MARKS[:2])
    assert heard.take() == [("selected", 0)] and widget.selected() == 0


def test_the_mark_menu_removes_the_mark(qtbot: QtBot) -> None:
    widget, heard = make_widget(qtbot)
    widget.set_marks(MARKS)
    menu = widget.mark_menu(2)
    assert [a.text() for a in menu.actions()] == ["删除"]
    menu.actions()[0].trigger()
    assert heard.said == [("removed", 2)]


@POPUP_WARNINGS
def test_a_right_click_on_a_mark_opens_its_menu(qtbot: QtBot) -> None:
    widget, heard = make_widget(qtbot)
    widget.set_marks(MARKS)
    seen: list[list[str]] = []
    choose_in_next_menu(seen)
    context_menu(widget, QContextMenuEvent.Reason.Mouse, at(widget, "left", 0.3, 0.5))
    assert seen == [["删除"]]
    assert heard.said == [("selected", 1), ("removed", 1)]


@POPUP_WARNINGS
def test_the_menu_key_opens_the_selected_marks_menu(qtbot: QtBot) -> None:
    widget, heard = make_widget(qtbot)
    widget.set_marks(MARKS)
    context_menu(widget, QContextMenuEvent.Reason.Keyboard, QPoint(5, 5))  # nothing selected
    context_menu(widget, QContextMenuEvent.Reason.Mouse, at(widget, "top", 0.5, 0.6))  # no mark there
    assert heard.take() == []
    widget.set_selected(3)
    seen: list[list[str]] = []
    choose_in_next_menu(seen)
    context_menu(widget, QContextMenuEvent.Reason.Keyboard, QPoint(5, 5))
    assert seen == [["删除"]]
    assert heard.said == [("selected", 3), ("removed", 3)]


def test_the_selected_mark_is_drawn_with_a_ring(qtbot: QtBot) -> None:
    widget, _ = make_widget(qtbot)
    widget.set_marks(MARKS)
    ring = at(widget, "top", 0.5, 0.2) + QPoint(0, 13)  # 13 px below the centre: outside the circle
    before = widget.grab().toImage().pixelColor(ring)
    widget.set_selected(2)
    after = widget.grab().toImage().pixelColor(ring)
    assert before != after and after.red() > 200 and after.blue() < 120  # amber


# -- last visit's marks, read-only, focus ---------------------------------------------------


def test_faint_marks_are_drawn_but_never_selected(qtbot: QtBot) -> None:
    widget, heard = make_widget(qtbot)
    background = widget.grab().toImage().pixelColor(at(widget, "top", 0.5, 0.5))
    widget.set_previous([MarkPoint(1, "top", 0.5, 0.5, "dent", faint=True)])
    widget.set_marks([MarkPoint(2, "rear", 0.4, 0.4, "scratch", faint=True)])
    drawn = widget.grab().toImage().pixelColor(at(widget, "top", 0.5, 0.5))
    assert drawn != background and drawn != QColor("#6b6b6b")  # grey, but see-through
    for view, x, y in (("top", 0.5, 0.5), ("rear", 0.4, 0.4)):
        click(qtbot, widget, at(widget, view, x, y))
        said = heard.take()
        assert len(said) == 1 and near(said[0], "placed", view, x, y)  # the click goes to the drawing
    widget.set_selected(1)
    widget.set_selected(2)
    assert widget.selected() == 0 and heard.said == []


@POPUP_WARNINGS
def test_read_only_places_moves_and_removes_nothing(qtbot: QtBot) -> None:
    widget, heard = make_widget(qtbot)
    widget.set_marks(MARKS)
    widget.set_read_only(True)
    assert widget.is_read_only()
    click(qtbot, widget, at(widget, "rear", 0.5, 0.5))
    drag(qtbot, widget, at(widget, "left", 0.3, 0.5), at(widget, "left", 0.6, 0.4))
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    context_menu(widget, QContextMenuEvent.Reason.Mouse, at(widget, "top", 0.5, 0.2))
    qtbot.wait(50)
    assert QApplication.activePopupWidget() is None  # no menu
    # A mark can still be picked out, to read about it; nothing else is said.
    assert heard.take() == [("selected", 1)] and widget.selected() == 1
    widget.set_read_only(False)
    click(qtbot, widget, at(widget, "rear", 0.5, 0.5))
    assert [s[0] for s in heard.said] == ["selected", "placed"]


def test_tab_moves_on_past_the_drawing(qtbot: QtBot) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    box = QVBoxLayout(form)
    before = QLineEdit(form)  # the tab order is the order of creation
    widget = OutlineWidget(form)
    after = QLineEdit(form)
    for w in (before, widget, after):
        box.addWidget(w)
    form.resize(700, 560)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    widget.set_marks(MARKS)
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert widget.hasFocus()
    widget.set_selected(1)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert after.hasFocus()
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert widget.hasFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Backtab)
    assert before.hasFocus()


def test_marks_of_unknown_views_are_left_out(qtbot: QtBot) -> None:
    widget, _ = make_widget(qtbot)
    widget.set_marks([MarkPoint(9, "roof", 0.5, 0.5, "dent"), MarkPoint(4, "top", 0.5, 0.5, "rust"), *MARKS])
    widget.set_selected(9)
    assert widget.selected() == 0
    widget.set_selected(4)  # an unknown kind is drawn in the usual red, without a symbol
    assert widget.selected() == 4
    widget.grab()  # paints without trouble


# -- a picture for people -------------------------------------------------------------------


def screenshot_marks() -> tuple[list[MarkPoint], list[MarkPoint]]:
    """A walk-around with a mark of each kind, and two from last visit."""
    marks = [
        MarkPoint(1, "left", 0.22, 0.62, "scratch"),
        MarkPoint(2, "left", 0.68, 0.55, "dent"),
        MarkPoint(3, "top", 0.5, 0.18, "chip"),
        MarkPoint(4, "front", 0.2, 0.62, "crack"),
        MarkPoint(5, "rear", 0.5, 0.75, "paint"),
        MarkPoint(6, "right", 0.4, 0.6, "scratch"),
    ]
    previous = [
        MarkPoint(1, "right", 0.7, 0.5, "dent", faint=True),
        MarkPoint(2, "top", 0.3, 0.85, "scratch", faint=True),
    ]
    return marks, previous


def test_screenshot(qtbot: QtBot, screenshot: Shot) -> None:
    """artifacts/screenshots/walkaround-outline.png; docs/screenshots keeps one: run this test with
    QIANTAI_SCREENSHOT_DIR=docs/screenshots to make it again."""
    widget, _ = make_widget(qtbot, 900, 560)
    marks, previous = screenshot_marks()
    widget.set_marks(marks)
    widget.set_previous(previous)
    widget.set_selected(2)
    widget.clearFocus()  # the picture without the focus frame
    assert screenshot(widget, "walkaround-outline").exists()
