"""Changing one's own password (required after an administrator reset it); saved through Operations."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.errors import ValidationError
from app.roles import Actor
from app.users import UserService
from ui.forms import CounterDialog, FieldForm, SaveGuard, enter_moves_on, ok_cancel, password_field
from ui.operations import Operations


class ChangePasswordDialog(CounterDialog):
    def __init__(
        self,
        users: UserService,
        actor: Actor,
        reason: str = "",
        parent: QWidget | None = None,
        *,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = (ops or Operations(self)).for_widget(self)
        self._users = users
        self._actor = actor
        self.setWindowTitle(self.tr("修改密码"))
        self.form = FieldForm(self)
        self.old = password_field(self, "old_password")
        self.new = password_field(self, "password")
        self.again = password_field(self, "password_again")
        self.form.add_field("old_password", self.tr("原密码"), self.old)
        self.form.add_field("password", self.tr("新密码"), self.new)
        self.form.add_field("password_again", self.tr("再次输入"), self.again)
        self.buttons = ok_cancel(self)
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        if reason:
            layout.addWidget(QLabel(reason, self))
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.saving = SaveGuard(self.buttons)
        enter_moves_on([self.old, self.new, self.again], self.save)

    def save(self) -> None:
        if self.saving.running:
            return
        if self.new.text() != self.again.text():
            self.form.show_error(ValidationError("password_again", self.tr("两次输入的新密码不一致")))
            return
        self.saving.start()
        self.ops.write(
            self._users.change_own_password, self._actor, self.old.text(), self.new.text()
        ).success(lambda _none: self.accept()).failure(self.form.report).finally_(self.saving.end).run()
