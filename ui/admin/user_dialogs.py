"""Dialogs of the users page: add a user, reset a password (saved through Operations)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from app.errors import ValidationError
from app.roles import ROLE_LABELS, Actor, Role
from app.users import UserInfo, UserService
from ui.forms import CounterDialog, FieldForm, SaveGuard, enter_moves_on, ok_cancel, password_field
from ui.labels_i18n import tr_label
from ui.operations import Operations


class AddUserDialog(CounterDialog):
    def __init__(
        self,
        users: UserService,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = (ops or Operations(self)).for_widget(self)
        self._users = users
        self._actor = actor
        self.created: UserInfo | None = None
        self.setWindowTitle(self.tr("添加用户"))
        self.form = FieldForm(self)
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("display_name")
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(tr_label(ROLE_LABELS[role]), role.value)
        self.password = password_field(self, "password")
        self.again = password_field(self, "password_again")
        self.form.add_field("username", self.tr("登录名"), self.username)
        self.form.add_field("display_name", self.tr("姓名"), self.display_name)
        self.form.add_field("role", self.tr("角色"), self.role)
        self.form.add_field("password", self.tr("初始密码"), self.password)
        self.form.add_field("password_again", self.tr("再次输入"), self.again)
        self.buttons = ok_cancel(self)
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.saving = SaveGuard(self.buttons)
        self.username.returnPressed.connect(self.display_name.setFocus)
        self.display_name.returnPressed.connect(self.role.setFocus)
        enter_moves_on([self.password, self.again], self.save)

    def save(self) -> None:
        if self.saving.running:
            return
        if self.password.text() != self.again.text():
            self.form.show_error(ValidationError("password_again", self.tr("两次输入的密码不一致")))
            return
        self.saving.start()
        self.ops.write(
            self._users.add_user,
            self._actor,
            self.username.text(),
            self.display_name.text(),
            str(self.role.currentData()),
            self.password.text(),
        ).success(self._added).failure(self.form.report).finally_(self.saving.end).run()

    def _added(self, user: UserInfo) -> None:
        self.created = user
        self.accept()


class ResetPasswordDialog(CounterDialog):
    def __init__(
        self,
        users: UserService,
        actor: Actor,
        user: UserInfo,
        parent: QWidget | None = None,
        *,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = (ops or Operations(self)).for_widget(self)
        self._users = users
        self._actor = actor
        self._user = user
        self.setWindowTitle(self.tr("重置密码：") + user.display_name)
        self.form = FieldForm(self)
        self.password = password_field(self, "password")
        self.again = password_field(self, "password_again")
        self.form.add_field("password", self.tr("新密码"), self.password)
        self.form.add_field("password_again", self.tr("再次输入"), self.again)
        self.buttons = ok_cancel(self)
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.saving = SaveGuard(self.buttons)
        enter_moves_on([self.password, self.again], self.save)

    def save(self) -> None:
        if self.saving.running:
            return
        if self.password.text() != self.again.text():
            self.form.show_error(ValidationError("password_again", self.tr("两次输入的密码不一致")))
            return
        self.saving.start()
        self.ops.write(self._users.reset_password, self._actor, self._user.id, self.password.text()).success(
            lambda _user: self.accept()
        ).failure(self.form.report).finally_(self.saving.end).run()
