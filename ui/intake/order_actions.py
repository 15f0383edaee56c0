"""Small dialogs on a repair order, shared by the order editor and the board: annotate, cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.errors import Conflict, ValidationError
from app.orders import RepairOrderService
from app.roles import Actor
from ui.errors import show_error
from ui.forms import CounterDialog, FieldForm, ok_cancel
from ui.i18n import tr as _tr
from ui.operations import Op, Operations


class _TextDialog(CounterDialog):
    """One text to fill in; Ctrl+Enter (or OK) saves, Enter starts a new line."""

    def __init__(
        self, field: str, title: str, intro: str, label: str, parent: QWidget | None, ops: Operations | None
    ) -> None:
        super().__init__(parent)
        self.ops = (ops or Operations(self)).for_widget(self)
        self._field = field
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = FieldForm(self)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName(field)
        self.text.setFixedHeight(90)
        self.form.add_field(field, label, self.text)
        buttons = ok_cancel(self)
        buttons.accepted.connect(self.save)
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.text.setFocus()
        self.text.installEventFilter(self)

    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            watched is self.text
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save()
            return True
        return False

    def save(self) -> None:
        self.write(self.text.toPlainText()).success(lambda _result: self.accept()).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            if not self.form.show_error(ValidationError(self._field, error.message)):
                show_error(self, error)
            return
        show_error(self, error)
        if isinstance(error, Conflict):
            self.reject()  # the caller reloads the order

    def write(self, text: str) -> Op[object]:
        raise NotImplementedError


class AnnotateDialog(_TextDialog):
    """A note on the order: always possible, also once it is delivered or cancelled."""

    def __init__(
        self,
        orders: RepairOrderService,
        actor: Actor,
        order_id: int,
        ro_number: str,
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        self._orders = orders
        self._actor = actor
        self._order_id = order_id
        super().__init__(
            "text",
            _tr("添加备注：{0}").format(ro_number),
            _tr("备注会记入工单，并留下您的姓名和时间，不能删除。Ctrl+Enter 保存。"),
            _tr("备注"),
            parent,
            ops,
        )

    def write(self, text: str) -> Op[object]:
        return self.ops.write(self._orders.add_note, self._actor, self._order_id, text)


class CancelDialog(_TextDialog):
    """Cancelling needs a reason; it is kept on the order and in the audit log."""

    def __init__(
        self,
        orders: RepairOrderService,
        actor: Actor,
        order_id: int,
        version: int,
        ro_number: str,
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        self._orders = orders
        self._actor = actor
        self._order_id = order_id
        self._version = version
        super().__init__(
            "reason",
            _tr("取消工单：{0}").format(ro_number),
            _tr("取消后工单不能再修改或交车。请填写取消原因（例如：客户改期、重复开单）。Ctrl+Enter 保存。"),
            _tr("取消原因"),
            parent,
            ops,
        )

    def write(self, text: str) -> Op[object]:
        return self.ops.write(self._orders.cancel_order, self._actor, self._order_id, self._version, text)
