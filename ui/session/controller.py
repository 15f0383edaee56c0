"""Locking the main window and handing it to another user.

Lock (Ctrl+L, from any window of the program): the tabs give way to the lock page, the menus
go, and every dialog open over the program is hidden (see open_work). The same user's password
brings everything back as it was. Switching user asks first when dialogs or unsaved forms are
open; they are closed only once the other user has logged in (a cancelled login leaves the
screen locked, nothing lost), and the window is rebuilt for the new user's role.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenuBar, QMessageBox, QStackedWidget, QWidget

from app.context import Services
from app.roles import Actor
from ui.i18n import tr
from ui.login_dialog import LoginDialog
from ui.operations import Operations
from ui.password_dialog import ChangePasswordDialog
from ui.session.lock_page import LockPage
from ui.session.open_work import (
    HiddenDialogs,
    dialog_name,
    is_question,
    open_dialogs,
    runs_own_loop,
    unsaved_forms,
)

LOCK_KEY = QKeySequence("Ctrl+L")


class SessionWindow(Protocol):
    """What the controller needs of the main window."""

    services: Services
    actor: Actor
    ops: Operations
    stack: QStackedWidget
    dealer_name: str

    def workspace(self) -> QWidget: ...
    def menuBar(self) -> QMenuBar: ...
    def start_session(self, actor: Actor) -> None: ...


class SessionController(QObject):
    def __init__(self, window: SessionWindow, parent: QObject) -> None:
        super().__init__(parent)
        self._window = window
        self.page = LockPage(window.services.users, window.ops, window.stack)
        window.stack.addWidget(self.page)
        self.page.unlocked.connect(self.unlock)
        self.page.switch_requested.connect(self.switch_user)
        self.hidden = HiddenDialogs()
        self.login: LoginDialog | None = None  # the login of a switch, while it is open
        self.locked_by: Actor | None = None
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # Ctrl+L also while a dialog has the keyboard

    @property
    def locked(self) -> bool:
        return self.locked_by is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) == LOCK_KEY
            and self.login is None
        ):
            self.lock()
            return True
        return False

    # -- locking ----------------------------------------------------------------------------

    def lock(self) -> bool:
        """Hides the content; False (and says why) if a dialog that cannot wait is open."""
        if self.locked:
            return True
        dialogs = open_dialogs()
        blocking = [d for d in dialogs if runs_own_loop(d) and not is_question(d)]
        if blocking:
            names = "、".join(dialog_name(d) for d in blocking)
            QMessageBox.information(
                blocking[-1], tr("锁定屏幕"), tr("请先完成或关闭“{0}”，再锁定屏幕。").format(names)
            )
            return False
        for question in [d for d in dialogs if runs_own_loop(d)]:
            question.reject()  # the cancel answer: nothing is done, the form stays
        self.hidden.hide([d for d in dialogs if not runs_own_loop(d)])
        window = self._window
        self.locked_by = window.actor
        window.menuBar().setEnabled(False)
        window.menuBar().hide()
        window.stack.setCurrentWidget(self.page)
        self.page.show_locked_by(window.actor)
        return True

    def unlock(self) -> None:
        window = self._window
        self.locked_by = None
        window.stack.setCurrentWidget(window.workspace())
        window.menuBar().setEnabled(True)
        window.menuBar().show()
        self.hidden.restore()

    # -- switching user ---------------------------------------------------------------------

    def open_work(self) -> list[str]:
        """What a switch would close: dialogs (hidden by the lock or on screen), unsaved forms."""
        dialogs = self.hidden.alive() + [d for d in open_dialogs() if d is not self.login]
        return [dialog_name(d) for d in dialogs] + unsaved_forms(self._window.workspace())

    def switch_user(self) -> None:
        if self.login is not None:
            return
        work = self.open_work()
        if work and not self._confirm_closing(work):
            return
        if not self.lock():
            return
        window = self._window
        dialog = LoginDialog(
            window.services.users,
            window.dealer_name,
            window.stack,
            ops=window.ops,
            cancel_text=tr("取消"),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.login = dialog
        dialog.finished.connect(lambda result: self._logged_in(dialog, result))
        dialog.open()

    def _confirm_closing(self, work: list[str]) -> bool:
        box = QMessageBox(self._window.stack)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("切换用户"))
        box.setText(
            tr(
                "以下内容尚未保存或关闭：\n{0}\n\n另一位用户登录后，这些窗口将被关闭，未保存的内容会丢失。"
            ).format("\n".join(f"• {name}" for name in work))
        )
        switch = box.addButton(tr("仍然切换用户"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is switch

    def _logged_in(self, dialog: LoginDialog, result: int) -> None:
        self.login = None
        actor = dialog.actor
        if result != QDialog.DialogCode.Accepted or actor is None:
            self.page.password.setFocus()  # still locked: the previous user's work is kept
            return
        if self.locked_by is not None and actor.user_id == self.locked_by.user_id:
            self.unlock()  # the same person: everything as it was
            return
        if actor.user_id is None:
            self._take_over(actor)
            return
        users = self._window.services.users
        self._window.ops.read(users.must_change_password, actor.user_id).success(
            lambda must: self._change_password(actor) if must else self._take_over(actor)
        ).run()

    def _change_password(self, actor: Actor) -> None:
        """After an administrator's reset, as at the program's start; cancelled: still locked."""
        window = self._window
        reason = tr("您的密码是发给您的临时密码，请设置一个只有您知道的新密码。")
        change = ChangePasswordDialog(window.services.users, actor, reason, window.stack, ops=window.ops)
        change.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        change.finished.connect(
            lambda done: self._take_over(actor) if done == QDialog.DialogCode.Accepted else None
        )
        change.open()

    def _take_over(self, actor: Actor) -> None:
        self.hidden.close_all()
        self.locked_by = None
        window = self._window
        window.start_session(actor)
        window.menuBar().setEnabled(True)
        window.menuBar().show()
