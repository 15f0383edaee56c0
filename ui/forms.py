"""Form building blocks: an error shown beside its field, and Enter that moves on."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidFields, ValidationError, combined
from ui.errors import show_error
from ui.i18n import localized, tr

ERROR_STYLE = "color: #c0392b;"


def errors_of(error: ValidationError) -> tuple[ValidationError, ...]:
    """The single mistakes inside an error (InvalidFields holds several)."""
    return error.errors if isinstance(error, InvalidFields) else (error,)


class FieldForm(QWidget):
    """A QFormLayout whose rows each carry an error line for ValidationError(field, …).

    An error line goes as soon as its field is fixed: a field given a check re-runs it on every
    change (the line shows the new message while it still fails); any other field's line goes
    at the first change, and the next save checks it again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._checks: dict[str, Callable[[], object]] = {}
        self._make_layout()

    def _make_layout(self) -> None:
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def _place(self, label: str, holder: QWidget) -> None:
        self.layout_.addRow(label, holder)

    def add_field(
        self, name: str, label: str, widget: QWidget, check: Callable[[], object] | None = None
    ) -> QWidget:
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
        self._place(label, holder)
        self._fields[name] = (widget, error)
        if check is not None:
            self._checks[name] = check
        on_change(widget, lambda: self._changed(name))
        return widget

    def error_text(self, name: str) -> str:
        label = self._fields[name][1]
        return label.text() if not label.isHidden() else ""

    def has_field(self, name: str) -> bool:
        return name in self._fields

    def widget_of(self, name: str) -> QWidget:
        return self._fields[name][0]

    def put_error(self, error: ValidationError) -> bool:
        """Shows the message under its field (nothing else changes); False if the field is not here."""
        found = self._fields.get(error.field)
        if found is None:
            return False
        found[1].setText(localized(error.message))
        found[1].show()
        return True

    def show_error(self, error: ValidationError) -> bool:
        """Shows the mistakes of error under their fields and focuses the first; False if none of
        its fields is here."""
        rest = place_field_errors(self.window(), (self,), error)
        return len(rest) < len(errors_of(error))

    def report(self, error: BaseException) -> None:
        """A field's mistake beside the field; anything else in a message box (a bug: with details)."""
        if isinstance(error, ValidationError):
            show_field_errors(self.window(), (self,), error)
            return
        show_error(self.window(), error)

    def clear_errors(self) -> None:
        for _, label in self._fields.values():
            label.clear()
            label.hide()

    def _changed(self, name: str) -> None:
        label = self._fields[name][1]
        if label.isHidden():
            return
        check = self._checks.get(name)
        if check is not None:
            try:
                check()
            except ValidationError as e:
                label.setText(localized(errors_of(e)[0].message))
                return
        label.clear()
        label.hide()


class FieldGrid(FieldForm):
    """Fields in rows of `columns` label-field pairs, filled row by row (as they are read and
    as Enter goes through them); a field may span the whole row."""

    def __init__(self, parent: QWidget | None = None, columns: int = 2) -> None:
        self._columns = columns
        self._row = self._column = 0
        self._next_span = 1
        super().__init__(parent)

    def _make_layout(self) -> None:
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        for column in range(self._columns):
            self.grid.setColumnStretch(2 * column + 1, 1)

    def add_wide_field(
        self, name: str, label: str, widget: QWidget, check: Callable[[], object] | None = None
    ) -> QWidget:
        """A field over the whole width, on a row of its own."""
        self._next_span = self._columns
        return self.add_field(name, label, widget, check)

    def _place(self, label: str, holder: QWidget) -> None:
        span = self._next_span
        self._next_span = 1
        if self._column + span > self._columns:
            self._row, self._column = self._row + 1, 0
        caption = QLabel(label, self)
        caption.setBuddy(holder)
        caption.setContentsMargins(0, 4, 0, 0)  # level with the text of the field beside it
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        self.grid.addWidget(caption, self._row, 2 * self._column, top)
        self.grid.addWidget(holder, self._row, 2 * self._column + 1, 1, 2 * span - 1)
        self._column += span
        if self._column >= self._columns:
            self._row, self._column = self._row + 1, 0


def on_change(widget: QWidget, changed: Callable[[], None]) -> None:
    """Calls changed whenever the user changes widget or an input inside it."""
    inputs = [widget, *widget.findChildren(QWidget)]
    for w in inputs:
        if isinstance(w, QLineEdit):
            w.textEdited.connect(changed)
        elif isinstance(w, QPlainTextEdit):
            w.textChanged.connect(changed)
        elif isinstance(w, QComboBox):
            w.currentIndexChanged.connect(changed)
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            w.toggled.connect(changed)


def focus_field(widget: QWidget) -> None:
    """Focus on a field (its first input when it is a row of several), its text selected."""
    target = widget
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        inputs = [w for w in widget.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        target = inputs[0] if inputs else widget
    target.setFocus()
    if isinstance(target, QLineEdit):
        target.selectAll()


def screen_order(window: QWidget, widgets: Sequence[QWidget]) -> list[QWidget]:
    """Widgets top to bottom, then left to right, as the eye reads the window."""

    def place(w: QWidget) -> tuple[int, int]:
        at = w.mapTo(window, QPoint(0, 0))
        return (at.y(), at.x())

    return sorted(widgets, key=place)


def show_field_errors(
    window: QWidget,
    forms: Sequence[FieldForm],
    error: ValidationError,
    rename: Callable[[str], str] = lambda field: field,
) -> list[ValidationError]:
    """Every mistake of error beside its field in whichever form has it, all at once, the first
    in screen order focused; the mistakes no form holds go to one message box (and are returned)."""
    rest = place_field_errors(window, forms, error, rename)
    if rest:
        show_error(window, combined(rest))
    return rest


def place_field_errors(
    window: QWidget,
    forms: Sequence[FieldForm],
    error: ValidationError,
    rename: Callable[[str], str] = lambda field: field,
) -> list[ValidationError]:
    """Like show_field_errors, but returns the mistakes no form holds instead of showing them."""
    for form in forms:
        form.clear_errors()
    shown: list[QWidget] = []
    rest: list[ValidationError] = []
    for mistake in errors_of(error):
        named = ValidationError(rename(mistake.field), mistake.message)
        holder = next((f for f in forms if f.has_field(named.field)), None)
        if holder is None:
            rest.append(mistake)
            continue
        holder.put_error(named)
        shown.append(holder.widget_of(named.field))
    if shown:
        focus_field(screen_order(window, shown)[0])
    return rest


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


def input_values(*containers: QWidget, skip: Sequence[QWidget] = ()) -> tuple[object, ...]:
    """What the inputs inside containers (but those in skip) hold now, to tell whether the user
    changed anything."""
    values: list[object] = []
    for container in containers:
        for w in (container, *container.findChildren(QWidget)):
            if w in skip:
                continue
            if isinstance(w, QComboBox):
                values.append(w.currentText())
            elif isinstance(w, QLineEdit) and not isinstance(w.parent(), QComboBox):
                values.append(w.text())
            elif isinstance(w, QPlainTextEdit):
                values.append(w.toPlainText())
            elif isinstance(w, QAbstractButton) and w.isCheckable():
                values.append(w.isChecked())
    return tuple(values)


class DiscardGuard:
    """Nothing typed is lost to a key press: a form whose inputs differ from what was last filled
    in or saved asks 放弃修改？ before it closes (Esc, its close button, the window's close box),
    and keeping on editing is the default answer.

        self.discard = DiscardGuard(self, lambda: input_values(self.form))
        ...after filling or saving: self.discard.mark_clean()
        def reject(self): if self.discard.may_close(): super().reject()
    """

    def __init__(self, parent: QWidget, state: Callable[[], object]) -> None:
        self._parent = parent
        self._state = state
        self._clean = state()
        self._dropped = False

    def mark_clean(self) -> None:
        self._clean = self._state()

    def drop_changes(self) -> None:
        """The changes are given up on purpose (asked elsewhere already): closing asks nothing."""
        self._dropped = True

    def changed(self) -> bool:
        return not self._dropped and self._state() != self._clean

    def may_close(self) -> bool:
        if not self.changed():
            return True
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("放弃修改？"))
        box.setText(tr("表单中有尚未保存的修改。放弃这些修改并关闭吗？"))
        discard = box.addButton(tr("放弃修改"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr("继续编辑"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard


def read_only(form: QWidget, buttons: QDialogButtonBox) -> None:
    """A form the user may look at but not change: inputs off, only the way out left."""
    for w in form.findChildren(QWidget):
        if isinstance(w, QLineEdit):
            w.setReadOnly(True)
        elif isinstance(w, (QComboBox, QAbstractButton, QPlainTextEdit)):
            w.setEnabled(False)
    for button in buttons.buttons():
        if buttons.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
            button.hide()


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
