"""Enter moves from field to field through any kind of input, and finishes at the last one.

ui.forms.enter_moves_on covers line edits; an order form also has combo boxes, check boxes and a
multi-line statement. There Enter moves on as well (Shift+Enter starts a new line in the
statement, Space still ticks a check box).

A row of check boxes is one stop: Enter leaves the row, Left/Right (and Tab) move inside it and
Space ticks, so six job types do not cost six presses of Enter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
ROW_KEYS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}

Stop = QWidget | Sequence[QWidget]


class EnterChain(QObject):
    def __init__(self, stops: Sequence[Stop], finish: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self._stops: list[list[QWidget]] = [[s] if isinstance(s, QWidget) else list(s) for s in stops]
        self._stop_of: dict[QWidget, int] = {w: i for i, stop in enumerate(self._stops) for w in stop}
        self._finish = finish
        for widget in self._stop_of:
            widget.installEventFilter(self)

    @property
    def stops(self) -> tuple[tuple[QWidget, ...], ...]:
        return tuple(tuple(stop) for stop in self._stops)

    @staticmethod
    def _usable(widget: QWidget) -> bool:
        return widget.isEnabled() and widget.isVisibleTo(widget.window())

    def next_after(self, field: QWidget) -> QWidget | None:
        """The first usable field of the next stop, or None at the end."""
        for stop in self._stops[self._stop_of[field] + 1 :]:
            found = next((w for w in stop if self._usable(w)), None)
            if found is not None:
                return found
        return None

    def _move_in_row(self, widget: QWidget, step: int) -> bool:
        row = self._stops[self._stop_of[widget]]
        if len(row) < 2:
            return False
        index = row.index(widget) + step
        while 0 <= index < len(row):
            if self._usable(row[index]):
                row[index].setFocus(Qt.FocusReason.TabFocusReason)
                return True
            index += step
        return True  # at the end of the row: stay

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in ROW_KEYS and modifiers == Qt.KeyboardModifier.NoModifier:
            return self._move_in_row(watched, ROW_KEYS[Qt.Key(event.key())])
        if event.key() not in ENTER_KEYS:
            return False
        if isinstance(watched, QPlainTextEdit) and modifiers & Qt.KeyboardModifier.ShiftModifier:
            return False  # a new line in the statement
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        if isinstance(watched, QComboBox) and watched.view().isVisible():
            return False  # Enter picks from the open list first
        following = self.next_after(watched)
        if following is None:
            self._finish()
        else:
            following.setFocus(Qt.FocusReason.TabFocusReason)
            if hasattr(following, "selectAll"):
                following.selectAll()
        return True
