"""Edit a customer: name, kind, up to three phone numbers, note (version-checked)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from app.errors import Conflict, QiantaiError, ValidationError
from app.roles import Actor
from app.vehicles import CUSTOMER_KINDS, CustomerInfo, CustomerInput, CustomerService
from ui.errors import show_error
from ui.forms import CounterDialog, FieldForm, enter_moves_on, ok_cancel
from ui.labels_i18n import tr_label

PHONE_ROWS = 3


class CustomerDialog(CounterDialog):
    def __init__(
        self, customers: CustomerService, actor: Actor, customer: CustomerInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
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
        buttons = ok_cancel(self)
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.name.returnPressed.connect(self.phones[0].setFocus)
        enter_moves_on([*self.phones, self.note], self.save)
        self._fill(customer)

    def _fill(self, c: CustomerInfo) -> None:
        self.name.setText(c.name)
        self.kind.setCurrentIndex(max(self.kind.findData(c.kind), 0))
        for i, field in enumerate(self.phones):
            field.setText(c.phones[i].display if i < len(c.phones) else "")
        self.note.setText(c.note)

    def save(self) -> None:
        data = CustomerInput(
            name=self.name.text(),
            phones=tuple(f.text() for f in self.phones),
            kind=str(self.kind.currentData()),
            note=self.note.text(),
        )
        try:
            self.saved = self._customers.update(self._actor, self._customer.id, self._customer.version, data)
        except ValidationError as e:
            field = "phones[0]" if e.field == "phones" else e.field
            if not self.form.show_error(ValidationError(field, e.message)):
                show_error(self, e)
            return
        except Conflict as e:
            show_error(self, e)
            try:
                self._customer = self._customers.get(self._actor, self._customer.id)
            except QiantaiError as again:
                show_error(self, again)
                return
            self._fill(self._customer)
            return
        except QiantaiError as e:
            show_error(self, e)
            return
        self.accept()
