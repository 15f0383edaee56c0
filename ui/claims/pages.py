"""The pages of the claims tab: 索赔单 | 旧件入库 | 回运箱 | 旧件清单 | 月度汇总, Alt+1 … Alt+5
(Ctrl+1 … belong to the main window's tabs), each page's main field taking the keyboard as it is
shown; and 索赔规则… beside them for those who may change the dealer's settings.

When claims or prints change anywhere, the page on screen reads again at once and the others
the next time they are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Protocol

from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget

from app.claims import ClaimRules
from app.roles import Permission
from app.vehicles import ModelInfo
from ui.base_tab import BaseTab
from ui.claims.boxes_page import BoxesPage
from ui.claims.lists_page import ListsPage
from ui.claims.rules_dialog import RulesDialog
from ui.claims.store_page import StorePage
from ui.claims.summary_page import SummaryPage
from ui.printing.document_flow import DocumentFlow
from ui.tasks import TaskControl


class Page(Protocol):
    def refresh(self) -> None: ...

    def focus_main(self) -> None: ...


class ListPage(QWidget):
    """The claims list's page: its widgets belong to the tab (ClaimsTab), which reads it."""

    def __init__(self, reload: Callable[[], None], focus: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("claims_list_page")
        self._reload, self._focus = reload, focus

    def refresh(self) -> None:
        self._reload()

    def focus_main(self) -> None:
        self._focus()


class ClaimsPages(QTabWidget):
    def __init__(self, tab: BaseTab, flow: DocumentFlow, list_page: ListPage) -> None:
        super().__init__(tab)
        self.setObjectName("claims_pages")
        self._tab = tab
        self.list_page = list_page
        self.store = StorePage(tab, flow, self)
        self.boxes = BoxesPage(tab, flow, self)
        self.lists = ListsPage(tab, self.to_store, self)
        self.summary = SummaryPage(tab, flow, self)
        self.pages: list[Page] = [list_page, self.store, self.boxes, self.lists, self.summary]
        titles = (
            self.tr("索赔单"),
            self.tr("旧件入库"),
            self.tr("回运箱"),
            self.tr("旧件清单"),
            self.tr("月度汇总"),
        )
        for number, (page, title) in enumerate(zip(self.pages, titles, strict=True), start=1):
            assert isinstance(page, QWidget)
            index = self.addTab(page, title)
            self.setTabToolTip(index, f"Alt+{number}")
            tab.add_shortcut(f"Alt+{number}", partial(self.show_page, index))
        self._stale = set(range(1, len(self.pages)))  # the list reads itself as the tab is built
        self.currentChanged.connect(self._shown)
        self.rules_button = QPushButton(self.tr("索赔规则…"), self)
        self.rules_button.setObjectName("claim_rules")
        self.rules_button.setAutoDefault(False)
        self.rules_button.clicked.connect(self.edit_rules)
        self.setCornerWidget(self.rules_button)  # (a new parent hides it: shown after)
        self.rules_button.setVisible(tab.actor.can(Permission.EDIT_DEALER_SETTINGS))

    def show_page(self, index: int) -> None:
        if self.currentIndex() == index:
            self.pages[index].focus_main()
        self.setCurrentIndex(index)

    def _shown(self, index: int) -> None:
        if index in self._stale:
            self._stale.discard(index)
            self.pages[index].refresh()
        self.pages[index].focus_main()

    def refresh(self) -> None:
        """Something the pages show changed: the page on screen now, the others when shown."""
        current = self.currentIndex()
        self._stale = set(range(len(self.pages))) - {current}
        self.pages[current].refresh()

    def to_store(self, code: str) -> None:
        """A work list's piece taken to 旧件入库: its code in the scan field, Enter stores it."""
        self.setCurrentWidget(self.store)
        self.store.set_code(code)

    def edit_rules(self) -> None:
        tab = self._tab
        if not tab.actor.can(Permission.EDIT_DEALER_SETTINGS):
            return
        claims, models, actor = tab.services.claims.claims, tab.services.vehicles.models, tab.actor

        def load(_control: TaskControl) -> tuple[ClaimRules, list[ModelInfo]]:
            return claims.rules(actor), models.list_models(actor)

        def show(loaded: tuple[ClaimRules, list[ModelInfo]]) -> None:
            rules, found = loaded
            brands = sorted({m.brand for m in found if m.brand})
            dialog = RulesDialog(claims, actor, rules, brands, tab, tab.ops)

            def closed(_result: int) -> None:
                if dialog.saved is not None:
                    tab.show_message(self.tr("索赔规则已保存"))
                self.pages[self.currentIndex()].focus_main()

            tab.show_dialog(dialog, closed)

        tab.ops.task(load).success(show).run()
