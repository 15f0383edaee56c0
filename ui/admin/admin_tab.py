"""The administration tab (admin role): users on the left, dealer settings and backups on the right.

It reads both again whenever a write anywhere announces users or settings (another admin's
change arrives with the next local write or when the tab is shown again).
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.changes import Change
from app.context import Services
from app.roles import Actor
from ui.admin.backup_page import BackupPage
from ui.admin.dealer_page import DealerPage
from ui.admin.personal_data_dialog import PersonalDataDialog
from ui.admin.users_page import UsersPage
from ui.base_tab import BaseTab
from ui.operations import ChangeBus
from ui.tasks import TaskRunner


class AdminTab(BaseTab):
    watches = frozenset({Change.USERS, Change.SETTINGS, Change.BACKUPS})

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(services, actor, parent, runner, bus)
        self.setObjectName("admin_tab")
        self.users_page = UsersPage(services.users, actor, self, ops=self.ops)
        self.dealer_page = DealerPage(services.settings, actor, self, ops=self.ops)
        users_box = QGroupBox(self.tr("用户与角色"), self)
        QVBoxLayout(users_box).addWidget(self.users_page)
        dealer_box = QGroupBox(self.tr("经销商信息"), self)
        QVBoxLayout(dealer_box).addWidget(self.dealer_page)
        self.backup_page = BackupPage(
            services.backup, actor, self, ops=self.ops, server=not services.db.is_sqlite
        )
        backup_box = QGroupBox(self.tr("数据备份"), self)
        backup_box.setObjectName("backup_box")
        QVBoxLayout(backup_box).addWidget(self.backup_page)
        privacy_box = QGroupBox(self.tr("客户个人信息"), self)
        privacy_box.setObjectName("privacy_box")
        privacy_note = QLabel(
            self.tr("应客户要求导出其全部资料，或在维修记录过了 6 年保存期后匿名化。"), privacy_box
        )
        privacy_note.setWordWrap(True)
        self.personal_data_button = QPushButton(self.tr("导出与匿名化…"), privacy_box)
        self.personal_data_button.setObjectName("personal_data")
        self.personal_data_button.clicked.connect(self.open_personal_data)
        privacy_layout = QHBoxLayout(privacy_box)
        privacy_layout.addWidget(privacy_note, 1)
        privacy_layout.addWidget(self.personal_data_button)
        right = QVBoxLayout()
        right.addWidget(dealer_box)
        right.addWidget(backup_box, 1)
        left = QVBoxLayout()
        left.addWidget(users_box, 1)
        left.addWidget(privacy_box)
        pages = QHBoxLayout()
        pages.addLayout(left, 3)
        pages.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(pages, 1)
        layout.addWidget(self.message)
        self.message.setObjectName("admin_message")

    def open_personal_data(self) -> PersonalDataDialog:
        dialog = PersonalDataDialog(self.services.privacy, self.actor, self, ops=self.ops)
        dialog.open()
        return dialog

    def refresh(self) -> None:
        """Users, settings or backups changed: read the pages again (forms keep unsaved edits)."""
        self.users_page.reload()
        self.dealer_page.load(keep_edits=True)
        if self.services.db.is_sqlite:  # on PostgreSQL the page only says who backs up
            self.backup_page.load(keep_edits=True)
