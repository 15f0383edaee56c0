"""The dealer's settings: name, dealer code, address, service phone (read and saved through Operations)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.roles import Actor
from app.settings import DealerInfo, SettingsService
from ui.forms import FieldForm, SaveGuard, enter_moves_on
from ui.operations import Operations


class DealerPage(QWidget):
    def __init__(
        self,
        settings: SettingsService,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = (ops or Operations(self)).for_widget(self)
        self._settings = settings
        self._actor = actor
        self._shown: DealerInfo | None = None  # as last read or saved
        self.setAccessibleName(self.tr("经销商信息"))  # how a switch of user names unsaved edits
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
        self.saving = SaveGuard(self.save_button)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(row)
        layout.addStretch(1)
        enter_moves_on([self.name, self.code, self.address, self.phone], self.save)
        self.load()

    def _values(self) -> DealerInfo:
        return DealerInfo(self.name.text(), self.code.text(), self.address.text(), self.phone.text())

    def has_unsaved_changes(self) -> bool:
        return self._shown is not None and self._values() != self._shown

    def load(self, keep_edits: bool = False) -> None:
        """Reads the settings; with keep_edits a form the admin has changed but not saved stays."""
        if keep_edits and self.has_unsaved_changes():
            return
        self.ops.read(self._settings.dealer).latest("dealer").success(self._show).run()

    def _show(self, info: DealerInfo) -> None:
        self._shown = info
        self.name.setText(info.name)
        self.code.setText(info.code)
        self.address.setText(info.address)
        self.phone.setText(info.service_phone)

    def save(self) -> None:
        if self.saving.running:
            return
        self.status.clear()
        self.saving.start()
        self.ops.write(self._settings.update_dealer, self._actor, self._values()).success(
            self._saved
        ).failure(self.form.report).finally_(self.saving.end).run()

    def _saved(self, saved: DealerInfo) -> None:
        self.form.clear_errors()
        self._show(saved)
        self.status.setText(self.tr("已保存"))
