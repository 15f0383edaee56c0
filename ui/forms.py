"""Form building blocks: an error shown beside its field, and Enter that moves on."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from ui.errors import show_error

ERROR_STYLE = "color: #c0392b;"


class FieldForm(QWidget):
    """A QFormLayout whose rows each carry an error line for ValidationError(field, …)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = QLabel(holder)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        self.layout_.addRow(label, holder)
        self._fields[name] = (widget, error)
        return widget

    def error_text(self, name: str) -> str:
        label = self._fields[name][1]
        return label.text() if not label.isHidden() else ""

    def show_error(self, error: ValidationError) -> bool:
        """Shows the message under its field and focuses it; False if the field is not here."""
        self.clear_errors()
        found = self._fields.get(error.field)
        if found is None:
            return False
        widget, label = found
        label.setText(error.message)
        label.show()
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        return True

    def report(self, error: BaseException) -> None:
        """A field's mistake beside the field; anything else in a message box (a bug: with details)."""
        if isinstance(error, ValidationError) and self.show_error(error):
            return
        show_error(self.window(), error)

    def clear_errors(self) -> None:
        for _, label in self._fields.values():
            label.clear()
            label.hide()


class SaveGuard:
    """One save at a time: while one runs (off the UI thread) the form's buttons are off and
    another Enter or click is ignored.

        if self.saving.running: return
        ...read the form...
        self.saving.start()
        self.ops.write(...).success(...).finally_(self.saving.end).run()
    """

    def __init__(self, *buttons: QWidget) -> None:
        self._buttons = buttons
        self.running = False

    def start(self) -> None:
        self._set(True)

    def end(self) -> None:
        self._set(False)

    def _set(self, running: bool) -> None:
        self.running = running
        for button in self._buttons:
            button.setEnabled(not running)


def enter_moves_on(fields: Sequence[QLineEdit], finish: Callable[[], None]) -> None:
    """Enter in a field jumps to the next one; Enter in the last one finishes the form."""
    for current, following in itertools.pairwise(fields):
        current.returnPressed.connect(following.setFocus)
    if fields:
        fields[-1].returnPressed.connect(finish)


def password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def enter_never_clicks(box: QDialogButtonBox) -> None:
    """Enter belongs to the fields (it moves on); no button of the box takes it."""
    for button in box.buttons():
        if isinstance(button, QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    enter_never_clicks(box)
    box.rejected.connect(dialog.reject)
    return box


class CounterDialog(QDialog):
    """A dialog whose Enter key belongs to its fields, also after it is shown.

    QDialogButtonBox makes its accept button the default again when the dialog is shown,
    so Enter in a field would click OK (and save) instead of moving on; this takes it off again.
    """

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        for box in self.findChildren(QDialogButtonBox):
            enter_never_clicks(box)


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """The wanted size, but never beyond the screen: a counter PC may have 1280 x 800 or less."""
    available = widget.screen().availableGeometry()
    widget.resize(min(width, available.width() - 20), min(height, available.height() - 40))
