"""The administration tab (admin role): users on the left, dealer settings and backups on the right.

It reads both again whenever a write anywhere announces users or settings (another admin's
change arrives with the next local write or when the tab is shown again).
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from app.changes import Change
from app.context import Services
from app.roles import Actor
from ui.admin.backup_page import BackupPage
from ui.admin.dealer_page import DealerPage
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
        right = QVBoxLayout()
        right.addWidget(dealer_box)
        right.addWidget(backup_box, 1)
        pages = QHBoxLayout()
        pages.addWidget(users_box, 3)
        pages.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(pages, 1)
        layout.addWidget(self.message)
        self.message.setObjectName("admin_message")

    def refresh(self) -> None:
        """Users, settings or backups changed: read the pages again (forms keep unsaved edits)."""
        self.users_page.reload()
        self.dealer_page.load(keep_edits=True)
        if self.services.db.is_sqlite:  # on PostgreSQL the page only says who backs up
            self.backup_page.load(keep_edits=True)
