"""The 报表 tab (those who run the reports: the counter supervisor): the end-of-day repair report
(日报, Alt+1) and the month's summary (月报, Alt+2), each printed on A4 through the one print
path, saved as PDF or exported as an .xlsx workbook.

The page on screen reads its report again when orders, appointments, reminder calls, claims,
printed tags, complaints or users change anywhere in the program; the other page does when it is shown.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.changes import Change
from app.context import Services
from app.roles import Actor
from ui.base_tab import BaseTab
from ui.operations import ChangeBus
from ui.printing.document_flow import DocumentFlow
from ui.reports.daily_page import DailyPage
from ui.reports.monthly_page import MonthlyPage
from ui.tasks import TaskRunner


class ReportsTab(BaseTab):
    # What the figures count: orders and their lines, appointments, calls, claims and their tags
    # (printed: print jobs), complaints opened and closed, and the advisors' names.
    watches = frozenset(
        {
            Change.ORDERS,
            Change.APPOINTMENTS,
            Change.REMINDERS,
            Change.CLAIMS,
            Change.PRINT_JOBS,
            Change.COMPLAINTS,
            Change.USERS,
        }
    )

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(services, actor, parent, runner, bus)
        self.setObjectName("reports_tab")
        self.flow = DocumentFlow(services, actor, self.runner, self.show_message, self.bus)
        self.message.setObjectName("reports_message")
        self.pages = QTabWidget(self)
        self.pages.setObjectName("report_pages")
        self.daily = DailyPage(self, self.flow, self.pages)
        self.monthly = MonthlyPage(self, self.flow, self.pages)
        self._pages: list[DailyPage | MonthlyPage] = [self.daily, self.monthly]
        self.pages.addTab(self.daily, self.tr("日报 (Alt+1)"))
        self.pages.addTab(self.monthly, self.tr("月报 (Alt+2)"))
        for n in range(len(self._pages)):
            self.add_shortcut(f"Alt+{n + 1}", partial(self.pages.setCurrentIndex, n))
        self.pages.currentChanged.connect(self._page_shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        self._stale_pages: set[int] = {1}  # the month is read when its page is first shown
        self.daily.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown by its tab: the keyboard goes to the page's date, not the tab bar."""
        super().showEvent(event)
        QTimer.singleShot(0, self._focus_page)

    def _focus_page(self) -> None:
        if self.isVisible():
            self._page(self.pages.currentIndex()).focus_main()

    def _page(self, index: int) -> DailyPage | MonthlyPage:
        return self._pages[index]

    def _page_shown(self, index: int) -> None:
        page = self._page(index)
        page.focus_main()
        if index in self._stale_pages:
            self._stale_pages.discard(index)
            page.refresh()

    def refresh(self) -> None:
        """The page on screen reads again; the others when they are shown."""
        current = self.pages.currentIndex()
        self._stale_pages = set(range(len(self._pages))) - {current}
        self._page(current).refresh()
