"""Users and roles: list, add, enable/disable, change role, reset password.

Reads and writes run through Operations; after a write the list is read again and the same user
stays selected (`reload(select=...)`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.roles import ROLE_LABELS, Actor, Role
from app.users import UserInfo, UserService
from ui.admin.user_dialogs import AddUserDialog, ResetPasswordDialog
from ui.i18n import tr
from ui.labels_i18n import tr_label
from ui.operations import Operations
from ui.table_model import Column, RowsModel
from ui.time_format import local_datetime


def user_columns() -> list[Column[UserInfo]]:
    return [
        Column(tr("登录名"), lambda u: u.username),
        Column(tr("姓名"), lambda u: u.display_name),
        Column(tr("角色"), lambda u: tr_label(ROLE_LABELS[u.role])),
        Column(tr("状态"), lambda u: tr("启用") if u.active else tr("停用")),
        Column(tr("最近登录"), lambda u: local_datetime(u.last_login_at)),
    ]


class UsersPage(QWidget):
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
        self.dialog: QDialog | None = None  # the dialog open over the page, if any
        self._select_next: str | None = None  # the user to select once the list is in
        self.notice: QMessageBox | None = None  # the last confirmation shown (not blocking)
        self.model: RowsModel[UserInfo] = RowsModel(user_columns(), self)
        self.table = QTableView(self)
        self.table.setObjectName("users_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()

        self.add_button = QPushButton(self.tr("添加用户…"), self)
        self.toggle_button = QPushButton(self.tr("停用 / 启用"), self)
        self.role_button = QPushButton(self.tr("修改角色…"), self)
        self.reset_button = QPushButton(self.tr("重置密码…"), self)
        self.add_button.clicked.connect(self.add_user)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.role_button.clicked.connect(self.change_role)
        self.reset_button.clicked.connect(self.reset_password)

        buttons = QHBoxLayout()
        for b in (self.add_button, self.toggle_button, self.role_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Reads the list again; `select` (a username), else the user selected now, stays selected."""
        current = self.selected()
        if select is not None:
            self._select_next = select
        elif self._select_next is None and current is not None:
            self._select_next = current.username
        self.ops.read(self._users.list_users, self._actor).latest("users").success(self._show).run()

    def _show(self, users: list[UserInfo]) -> None:
        self.model.set_rows(users)
        if self._select_next is not None:
            self.select_username(self._select_next)
            self._select_next = None
        self._update_buttons()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_username(self, username: str) -> None:
        for row, user in enumerate(self.model.rows):
            if user.username == username:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for b in (self.toggle_button, self.role_button, self.reset_button):
            b.setEnabled(has)

    def _open(self, dialog: QDialog, accepted: Callable[[], None]) -> None:
        """Window-modal and not blocking; `accepted` runs once the dialog saved and closed."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def closed(result: int) -> None:
            self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                accepted()

        dialog.finished.connect(closed)
        dialog.open()

    def add_user(self) -> None:
        dialog = AddUserDialog(self._users, self._actor, self, ops=self.ops)

        def added() -> None:
            if dialog.created is not None:
                self.reload(select=dialog.created.username)

        self._open(dialog, added)

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        # Also after a failure (another admin changed the user first): show the user as stored.
        self.ops.write(self._users.set_active, self._actor, user.id, not user.active, user.version).finally_(
            lambda: self.reload(select=user.username)
        ).run()

    def change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        labels = [tr_label(ROLE_LABELS[r]) for r in Role]
        current = list(Role).index(user.role)
        label, ok = QInputDialog.getItem(self, self.tr("修改角色"), user.display_name, labels, current, False)
        if not ok:
            return
        role = list(Role)[labels.index(label)]
        self.ops.write(self._users.set_role, self._actor, user.id, role.value, user.version).finally_(
            lambda: self.reload(select=user.username)
        ).run()

    def reset_password(self) -> None:
        user = self.selected()
        if user is not None:
            dialog = ResetPasswordDialog(self._users, self._actor, user, self, ops=self.ops)
            self._open(dialog, lambda: self._password_reset(user))

    def _password_reset(self, user: UserInfo) -> None:
        self.reload(select=user.username)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("密码已重置"), "", parent=self)
        box.setText(
            self.tr("已重置 {0}（{1}）的密码。\n{0} 下次登录时必须先设置新密码。").format(
                user.display_name, user.username
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.notice = box
        box.open()
