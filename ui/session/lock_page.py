"""What a locked main window shows instead of its tabs: who locked it, a password, another user."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import QiantaiError
from app.roles import ROLE_LABELS, Actor
from app.users import UserService
from ui.errors import show_error
from ui.forms import ERROR_STYLE, password_field
from ui.i18n import localized
from ui.labels_i18n import tr_label
from ui.operations import Operations
from ui.tasks import TaskControl


class LockPage(QWidget):
    """The password of the user who locked the screen unlocks it; anyone may switch user."""

    unlocked = Signal()
    switch_requested = Signal()

    def __init__(self, users: UserService, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_page")
        self.ops = ops.for_widget(self)
        self._users = users
        self._actor: Actor | None = None
        self._checking = False
        self.who = QLabel(self)
        self.who.setObjectName("lock_who")
        self.who.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("输入密码后按 Enter 解锁"), self)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password = password_field(self, "lock_password")
        self.password.setMaximumWidth(280)
        self.password.returnPressed.connect(self.try_unlock)
        self.message = QLabel(self)
        self.message.setObjectName("lock_message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self.tr("解锁"), self)
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.clicked.connect(self.try_unlock)
        self.switch_button = QPushButton(self.tr("切换用户…"), self)
        self.switch_button.setObjectName("lock_switch_user")
        self.switch_button.clicked.connect(self.switch_requested)
        for button in (self.unlock_button, self.switch_button):
            button.setAutoDefault(False)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        field = QHBoxLayout()
        field.addStretch(1)
        field.addWidget(self.password)
        field.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.who)
        layout.addWidget(hint)
        layout.addLayout(field)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(3)

    def show_locked_by(self, actor: Actor) -> None:
        self._actor = actor
        role = tr_label(ROLE_LABELS[actor.role])
        self.who.setText(self.tr("屏幕已由 {0}（{1}）锁定").format(actor.display_name, role))
        self.password.clear()
        self.message.clear()
        self.password.setFocus()

    def try_unlock(self) -> None:
        actor = self._actor
        if actor is None or self._checking:
            return
        password = self.password.text()
        if not password:
            self.message.setText(self.tr("请输入密码"))
            self.password.setFocus()
            return
        users = self._users

        # The login's own check: the same lock-out after repeated wrong passwords.
        def work(_control: TaskControl) -> Actor:
            return users.login(actor.username, password)

        self._set_busy(True)
        self.ops.task(work).success(self._checked).failure(self._failed).finally_(
            lambda: self._set_busy(False)
        ).run()

    def _set_busy(self, busy: bool) -> None:
        self._checking = busy
        for w in (self.password, self.unlock_button, self.switch_button):
            w.setEnabled(not busy)

    def _checked(self, actor: Actor) -> None:
        if self._actor is None or actor.user_id != self._actor.user_id:
            return
        self.password.clear()
        self.message.clear()
        self.unlocked.emit()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, QiantaiError):
            show_error(self, error)  # a bug: logged, with details
            return
        self.message.setText(localized(error.message))
        self.password.clear()
        self.password.setFocus()
