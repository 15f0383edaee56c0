"""The administration tab (admin role): users on the left, dealer settings on the right.

It reads both again whenever a write anywhere announces users or settings (another admin's
change arrives with the next local write or when the tab is shown again).
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from app.changes import Change
from app.context import Services
from app.roles import Actor
from ui.admin.dealer_page import DealerPage
from ui.admin.users_page import UsersPage
from ui.base_tab import BaseTab
from ui.operations import ChangeBus
from ui.tasks import TaskRunner


class AdminTab(BaseTab):
    watches = frozenset({Change.USERS, Change.SETTINGS})

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
        pages = QHBoxLayout()
        pages.addWidget(users_box, 3)
        pages.addWidget(dealer_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(pages, 1)
        layout.addWidget(self.message)
        self.message.setObjectName("admin_message")

    def refresh(self) -> None:
        """Users or settings changed: read both pages again (the dealer form keeps unsaved edits)."""
        self.users_page.reload()
        self.dealer_page.load(keep_edits=True)
