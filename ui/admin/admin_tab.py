"""The administration tab (admin role): users on the left, dealer settings on the right."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from app.context import Services
from app.roles import Actor
from ui.admin.dealer_page import DealerPage
from ui.admin.users_page import UsersPage


class AdminTab(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.users_page = UsersPage(services.users, actor, self)
        self.dealer_page = DealerPage(services.settings, actor, self)
        users_box = QGroupBox(self.tr("用户与角色"), self)
        QVBoxLayout(users_box).addWidget(self.users_page)
        dealer_box = QGroupBox(self.tr("经销商信息"), self)
        QVBoxLayout(dealer_box).addWidget(self.dealer_page)
        layout = QHBoxLayout(self)
        layout.addWidget(users_box, 3)
        layout.addWidget(dealer_box, 2)
