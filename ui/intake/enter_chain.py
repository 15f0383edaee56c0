"""Enter moves from field to field through any kind of input, and finishes at the last one.

ui.forms.enter_moves_on covers line edits; an order form also has combo boxes, check boxes and a
multi-line statement. There Enter moves on as well (Shift+Enter starts a new line in the
statement, Space still ticks a check box).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterChain(QObject):
    def __init__(self, fields: Sequence[QWidget], finish: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self._fields = list(fields)
        self._finish = finish
        for field in self._fields:
            field.installEventFilter(self)

    def next_after(self, field: QWidget) -> QWidget | None:
        """The next enabled field, or None at the end."""
        start = self._fields.index(field) + 1
        return next((f for f in self._fields[start:] if f.isEnabled() and f.isVisibleTo(f.window())), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in ENTER_KEYS:
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
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
