"""The login dialog: user name, password, Enter to go on."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.errors import QiantaiError, ValidationError
from app.roles import Actor
from app.users import UserService
from ui.forms import ERROR_STYLE, CounterDialog, FieldForm, enter_moves_on, enter_never_clicks


class LoginDialog(CounterDialog):
    def __init__(self, users: UserService, dealer_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users = users
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("登录 - 售后前台"))
        self.setMinimumWidth(360)

        title = QLabel(self.tr("售后前台") + (f"  ·  {dealer_name}" if dealer_name else ""), self)
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.form = FieldForm(self)
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add_field("username", self.tr("用户名"), self.username)
        self.form.add_field("password", self.tr("密码"), self.password)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.login_button = buttons.addButton(self.tr("登录"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("退出"), QDialogButtonBox.ButtonRole.RejectRole)
        enter_never_clicks(buttons)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        enter_moves_on([self.username, self.password], self.try_login)
        self.username.setFocus()

    def try_login(self) -> None:
        self.message.clear()
        self.form.clear_errors()
        if not self.username.text().strip():
            self.form.show_error(ValidationError("username", self.tr("请输入用户名")))
            return
        try:
            self.actor = self._users.login(self.username.text(), self.password.text())
        except QiantaiError as e:
            self.message.setText(e.message)
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
