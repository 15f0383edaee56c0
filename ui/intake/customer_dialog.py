"""Edit a customer: name, kind, up to three phone numbers, note (version-checked).

The save runs through Operations; `saved` is set (and the dialog accepted) once it has gone through.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from app.errors import Conflict, ValidationError
from app.roles import Actor, Permission
from app.vehicles import CUSTOMER_KINDS, CustomerInfo, CustomerInput, CustomerService
from ui.errors import show_error
from ui.forms import (
    CounterDialog,
    DiscardGuard,
    FieldForm,
    SaveGuard,
    enter_moves_on,
    input_values,
    ok_cancel,
    read_only,
    show_field_errors,
)
from ui.labels_i18n import tr_label
from ui.operations import Operations

PHONE_ROWS = 3


class CustomerDialog(CounterDialog):
    def __init__(
        self,
        customers: CustomerService,
        actor: Actor,
        customer: CustomerInfo,
        parent: QWidget | None = None,
        *,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = (ops or Operations(self)).for_widget(self)
        self._customers = customers
        self._actor = actor
        self._customer = customer
        self.saved: CustomerInfo | None = None
        self.setWindowTitle(self.tr("编辑客户：") + customer.name)
        self.setMinimumWidth(420)
        self.form = FieldForm(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for value, kind in CUSTOMER_KINDS.items():
            self.kind.addItem(tr_label(kind), value)
        self.phones: list[QLineEdit] = []
        self.form.add_field("name", self.tr("姓名 / 单位"), self.name)
        self.form.add_field("kind", self.tr("类型"), self.kind)
        for i in range(PHONE_ROWS):
            field = QLineEdit(self)
            field.setObjectName(f"phone{i}")
            self.phones.append(field)
            label = self.tr("电话") if i == 0 else self.tr("电话 {0}").format(i + 1)
            self.form.add_field(f"phones[{i}]", label, field)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.form.add_field("note", self.tr("备注"), self.note)
        self.buttons = ok_cancel(self)
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.saving = SaveGuard(self.buttons)
        self.name.returnPressed.connect(self.phones[0].setFocus)
        enter_moves_on([*self.phones, self.note], self.save)
        self.discard = DiscardGuard(self, lambda: input_values(self.form))
        self._fill(customer)
        if not actor.can(Permission.EDIT_VEHICLES):
            read_only(self.form, self.buttons)

    def _fill(self, c: CustomerInfo) -> None:
        self.name.setText(c.name)
        self.kind.setCurrentIndex(max(self.kind.findData(c.kind), 0))
        for i, field in enumerate(self.phones):
            field.setText(c.phones[i].display if i < len(c.phones) else "")
        self.note.setText(c.note)
        self.discard.mark_clean()

    def save(self) -> None:
        if self.saving.running:
            return
        data = CustomerInput(
            name=self.name.text(),
            phones=tuple(f.text() for f in self.phones),
            kind=str(self.kind.currentData()),
            note=self.note.text(),
        )
        c = self._customer
        self.saving.start()
        self.ops.write(self._customers.update, self._actor, c.id, c.version, data).success(
            self._saved
        ).failure(self._failed).finally_(self.saving.end).run()

    def _saved(self, customer: CustomerInfo) -> None:
        self.saved = customer
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            show_field_errors(self, (self.form,), error, lambda f: "phones[0]" if f == "phones" else f)
            return
        show_error(self, error)
        if isinstance(error, Conflict):
            self._reload()

    def reject(self) -> None:
        if self.discard.may_close():
            super().reject()

    def _reload(self) -> None:
        """Another counter changed the customer: show theirs; the advisor re-enters the change."""

        def shown(customer: CustomerInfo) -> None:
            self._customer = customer
            self._fill(customer)

        self.ops.read(self._customers.get, self._actor, self._customer.id).success(shown).run()
