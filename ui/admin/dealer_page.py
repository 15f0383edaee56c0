"""The dealer's settings: name, dealer code, address, service phone."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.errors import QiantaiError
from app.roles import Actor
from app.settings import DealerInfo, SettingsService
from ui.forms import FieldForm, enter_moves_on


class DealerPage(QWidget):
    def __init__(self, settings: SettingsService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._actor = actor
        self.form = FieldForm(self)
        self.name = QLineEdit(self)
        self.code = QLineEdit(self)
        self.address = QLineEdit(self)
        self.phone = QLineEdit(self)
        for field, key, label in (
            (self.name, "name", self.tr("经销商名称")),
            (self.code, "code", self.tr("经销商代码")),
            (self.address, "address", self.tr("地址")),
            (self.phone, "service_phone", self.tr("服务电话")),
        ):
            field.setObjectName(key)
            self.form.add_field(key, label, field)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(row)
        layout.addStretch(1)
        enter_moves_on([self.name, self.code, self.address, self.phone], self.save)
        self.load()

    def load(self) -> None:
        info = self._settings.dealer()
        self.name.setText(info.name)
        self.code.setText(info.code)
        self.address.setText(info.address)
        self.phone.setText(info.service_phone)

    def save(self) -> None:
        self.status.clear()
        values = DealerInfo(self.name.text(), self.code.text(), self.address.text(), self.phone.text())
        try:
            saved = self._settings.update_dealer(self._actor, values)
        except QiantaiError as e:
            self.form.report(e)
            return
        self.form.clear_errors()
        self.code.setText(saved.code)
        self.status.setText(self.tr("已保存"))
