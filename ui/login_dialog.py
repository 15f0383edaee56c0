"""The login dialog: user name, password, Enter to go on.

The login runs through Operations like every other call: with the program's thread runner a
locked or unreachable database leaves the dialog responsive and ends in a plain message under the
fields (StorageError), not a frozen window.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.errors import QiantaiError, ValidationError
from app.roles import Actor
from ui.errors import show_error
from ui.forms import ERROR_STYLE, CounterDialog, FieldForm, enter_moves_on, enter_never_clicks
from ui.i18n import localized
from ui.operations import Operations
from ui.tasks import TaskControl


class Login(Protocol):
    """What checks a login: UserService, or the start's ServicesLoading (which waits for it)."""

    def login(self, username: str, password: str) -> Actor: ...


class LoginDialog(CounterDialog):
    def __init__(
        self,
        users: Login,
        dealer_name: str = "",
        parent: QWidget | None = None,
        *,
        ops: Operations | None = None,
        cancel_text: str | None = None,
    ) -> None:
        """cancel_text: the button that gives up (at the program's start it quits: 退出)."""
        super().__init__(parent)
        self.ops = (ops or Operations(self)).for_widget(self)
        self._logging_in = False
        self._users = users
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("登录 - 售后前台"))
        self.setMinimumWidth(360)

        self.title = title = QLabel(self)
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.set_dealer_name(dealer_name)
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
        buttons.addButton(cancel_text or self.tr("退出"), QDialogButtonBox.ButtonRole.RejectRole)
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

    def set_dealer_name(self, dealer_name: str) -> None:
        self.title.setText(self.tr("售后前台") + (f"  ·  {dealer_name}" if dealer_name else ""))

    def try_login(self) -> None:
        if self._logging_in:
            return
        self.message.clear()
        self.form.clear_errors()
        username, password = self.username.text(), self.password.text()
        if not username.strip():
            self.form.show_error(ValidationError("username", self.tr("请输入用户名")))
            return
        users = self._users

        # A task, not a write: the login records the attempt, but no screen shows users yet.
        def work(_control: TaskControl) -> Actor:
            return users.login(username, password)

        self._set_busy(True)
        self.ops.task(work).success(self._logged_in).failure(self._failed).finally_(
            lambda: self._set_busy(False)
        ).run()

    def _set_busy(self, busy: bool) -> None:
        self._logging_in = busy
        for w in (self.username, self.password, self.login_button):
            w.setEnabled(not busy)
        # While waiting (a busy database can take seconds) a plain note; errors in red.
        self.message.setStyleSheet("" if busy else ERROR_STYLE)
        if busy:
            self.message.setText(self.tr("正在登录…"))

    def _logged_in(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, QiantaiError):
            self.message.clear()
            show_error(self, error)  # a bug: logged, with details
            return
        self.message.setText(localized(error.message))
        self.password.clear()
        self.password.setFocus()
