"""What the complaint dialogs share: the complaint they act on named at the top, a form whose
mistakes show beside their fields, OK / Cancel that Enter never presses (Enter moves on and saves
at the last field, Ctrl+S anywhere), one save at a time, and the question before typed changes
are lost. Another counter saving the complaint first (Conflict) is said, the complaint is read
again, and what was typed stays for a second save."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.errors import Conflict, ValidationError
from app.reports import ComplaintInfo, ComplaintService
from app.roles import Actor
from ui.complaints.complaints_model import complaint_title
from ui.errors import show_error
from ui.forms import (
    CounterDialog,
    DiscardGuard,
    FieldForm,
    SaveGuard,
    input_values,
    ok_cancel,
    show_field_errors,
)
from ui.intake.enter_chain import EnterChain, Stop
from ui.labels_i18n import tr_label
from ui.operations import Op, Operations

TEXT_HEIGHT = 88


def text_box(parent: QWidget, name: str, placeholder: str, limit: int) -> QPlainTextEdit:
    """A few lines of text; Enter moves on (Shift+Enter starts a new line)."""
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(TEXT_HEIGHT)

    def cut() -> None:
        text = box.toPlainText()
        if len(text) > limit:
            box.setPlainText(text[:limit])

    box.textChanged.connect(cut)
    return box


class FormDialog(CounterDialog):
    """A dialog of one FieldForm; subclasses add their fields, then call finish(stops)."""

    def __init__(self, name: str, parent: QWidget | None, ops: Operations | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumWidth(520)
        self.ops = (ops or Operations(self)).for_widget(self)
        self.about = QLabel(self)
        self.about.setObjectName("dialog_about")
        self.about.setWordWrap(True)
        self.form = FieldForm(self)
        self.buttons = ok_cancel(self)
        self.buttons.accepted.connect(self.save)
        self.saving = SaveGuard(*self.buttons.buttons())
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    def finish(self, stops: Sequence[Stop]) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.enter_chain = EnterChain(stops, self.save, self)
        self.discard = DiscardGuard(self, lambda: input_values(self.form))
        first = stops[0]
        (first if isinstance(first, QWidget) else first[0]).setFocus()

    # -- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        if self.saving.running:
            return
        self.form.clear_errors()
        op = self.write()
        if op is None:
            return
        self.saving.start()
        op.success(self._saved).failure(self.failed).finally_(self.saving.end).run()

    def write(self) -> Op[Any] | None:
        """The write the form's values ask for (None: nothing to send)."""
        raise NotImplementedError

    def _saved(self, result: Any) -> None:
        self.saved(result)
        self.discard.mark_clean()
        self.accept()

    def saved(self, result: Any) -> None:
        """Keeps what the service gave back (override)."""

    def show_errors(self, error: ValidationError) -> None:
        show_field_errors(self, (self.form,), error)
        self.adjustSize()  # room for the messages under their fields

    def failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.show_errors(error)
            return
        show_error(self, error)

    def reject(self) -> None:
        if self.discard.may_close():
            super().reject()


class HandlingDialog(FormDialog):
    """A dialog acting on one complaint, at the version it was read at."""

    def __init__(
        self,
        complaints: ComplaintService,
        actor: Actor,
        info: ComplaintInfo,
        name: str,
        parent: QWidget | None = None,
        ops: Operations | None = None,
        reloaded: Callable[[ComplaintInfo], None] | None = None,
    ) -> None:
        super().__init__(name, parent, ops)
        self.complaints, self.actor, self.info = complaints, actor, info
        self.result_: ComplaintInfo | None = None
        self._reloaded = reloaded
        self._show_about()

    def _show_about(self) -> None:
        row = self.info.row
        self.about.setText(
            complaint_title(row.id, row.customer, row.plate, tr_label(row.status_label)) + "\n" + row.summary
        )

    def saved(self, result: Any) -> None:
        self.result_ = result

    def failed(self, error: BaseException) -> None:
        super().failed(error)
        if isinstance(error, Conflict):
            op = self.ops.read(self.complaints.get, self.actor, self.info.id)
            op.success(self._read_again).run()

    def _read_again(self, info: ComplaintInfo) -> None:
        self.info = info
        self._show_about()
        if self._reloaded is not None:
            self._reloaded(info)
