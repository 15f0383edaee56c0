"""The complaints tab (投诉): the open complaints on the supervisor's screen, those without a reply
first and the most overdue first; the reply deadline's cell red once missed and amber within the
dealer's warning hours (it moves on with the clock); every complaint, or those given to me, found
by plate, phone, name or RO number and by the days they were opened.

The selected complaint shows below the list with its log. Keyboard: Ctrl+N 新建投诉; Enter or
Ctrl+R 记录处理 (what was said or done); Ctrl+G 指派, Ctrl+E 结案, Ctrl+Shift+R 重新打开 and 投诉规则…
for those who handle complaints; Alt+1 open, Alt+2 all; Ctrl+F the search; F5 reads again.
The list reads again whenever a complaint changes anywhere in the program (Change.COMPLAINTS),
so one opened by an unhappy follow-up call in the reminders tab appears here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from app.changes import Change
from app.context import Services
from app.reports import (
    ComplaintInfo,
    ComplaintPage,
    ComplaintRow,
    ComplaintRules,
    ComplaintStatus,
    Scope,
    may_log,
)
from app.roles import Actor, Permission
from ui.base_tab import BaseTab
from ui.claims.page_kit import read_only_table
from ui.complaints.complaints_model import SUMMARY_COLUMN, ComplaintsModel
from ui.complaints.detail_panel import DetailPanel
from ui.complaints.filters_bar import SCOPES, FiltersBar
from ui.complaints.tab_dialogs import TabDialogs
from ui.operations import ChangeBus
from ui.tasks import TaskControl, TaskRunner

CLOCK_TICK_MS = 60_000  # the deadlines move on while the tab stays open


@dataclass(frozen=True)
class Loaded:
    page: ComplaintPage
    rules: ComplaintRules
    now: dt.datetime


class ComplaintsTab(BaseTab):
    # Complaints and their logs (also those an unhappy follow-up call opens); a customer's or a
    # car's details; colleagues (names, who may be assigned); the reply rule.
    watches = frozenset({Change.COMPLAINTS, Change.CUSTOMERS, Change.VEHICLES, Change.USERS, Change.SETTINGS})

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(services, actor, parent, runner, bus)
        self.setObjectName("complaints_tab")
        self.complaints = services.complaints
        self.page: ComplaintPage | None = None
        self._wanted: int | None = None  # to select once the list has it (one just saved)
        self.rules = ComplaintRules()
        self.dialogs = TabDialogs(self)
        self.filters = FiltersBar(self.reload, self)
        for n, scope in enumerate(SCOPES, start=1):
            self.add_shortcut(f"Alt+{n}", partial(self.choose_scope, scope))
        self.add_shortcut("Ctrl+F", self._focus_search)
        self.count = QLabel(self)
        self.count.setObjectName("complaints_count")

        self.model = ComplaintsModel(self)
        self.table = read_only_table(self, self.model, "complaints_table", stretch=SUMMARY_COLUMN)
        self.table.activated.connect(lambda _index: self.add_action())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        self.detail = DetailPanel(self)

        self.new_button = self.add_button(
            self.tr("新建投诉 (Ctrl+N)"), "complaint_new", self.record, "Ctrl+N"
        )
        self.action_button = self.add_button(
            self.tr("记录处理 (Ctrl+R)"), "complaint_action", self.add_action, "Ctrl+R"
        )
        self.assign_button = self.add_button(
            self.tr("指派 (Ctrl+G)"), "complaint_assign", self.assign, "Ctrl+G"
        )
        self.close_button = self.add_button(
            self.tr("结案 (Ctrl+E)"), "complaint_close", self.close_complaint, "Ctrl+E"
        )
        self.reopen_button = self.add_button(
            self.tr("重新打开 (Ctrl+Shift+R)"), "complaint_reopen", self.reopen, "Ctrl+Shift+R"
        )
        self.rules_button = self.add_button(self.tr("投诉规则…"), "complaint_rules", self.edit_rules)
        self.refresh_button = self.add_button(self.tr("刷新 (F5)"), "complaints_refresh", self.refresh, "F5")
        handling = actor.can(Permission.HANDLE_COMPLAINTS)
        for button in (self.assign_button, self.close_button, self.reopen_button, self.rules_button):
            button.setVisible(handling)
        self.message.setObjectName("complaints_message")

        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(CLOCK_TICK_MS)
        self.clock_timer.timeout.connect(self.tick)
        self.clock_timer.start()
        self._build_layout()
        self.refresh()

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.filters, 1)
        bar.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        for button in (
            self.new_button,
            self.action_button,
            self.assign_button,
            self.close_button,
            self.reopen_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count)
        actions.addWidget(self.rules_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("complaints_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        """The list as the filters ask, off the UI thread (an overtaken reading is dropped)."""
        complaints, actor, clock = self.complaints, self.actor, self.services.clock
        query, dates_read = self.filters.query()
        if not dates_read:
            self.show_message(self.tr("日期请写成 YYYY-MM-DD，例如 2026-11-27；写错的日期未作筛选"))

        def load(_control: TaskControl) -> Loaded:
            return Loaded(complaints.list_complaints(actor, query), complaints.rules(actor), clock())

        self.ops.task(load).latest("list").success(self._show_page).run()

    def _show_page(self, loaded: Loaded) -> None:
        current = self.current_row()
        row_before = self.table.currentIndex().row()
        self.page, self.rules = loaded.page, loaded.rules
        page = loaded.page
        self.model.set_moment(loaded.now, loaded.rules)
        self.model.set_rows(page.rows)
        self.filters.scopes.set_open_total(page.open_total)
        text = self.tr("{0} 条").format(page.total)
        if page.total > len(page.rows):
            text = self.tr("显示 {0} 条，共 {1} 条").format(len(page.rows), page.total)
        if page.overdue_total:
            text = self.tr("{0}，其中 {1} 条超时未回复").format(text, page.overdue_total)
        self.count.setText(text)
        self.count.setStyleSheet("color: #a61b1b; font-weight: bold;" if page.overdue_total else "")
        wanted, self._wanted = self._wanted, None
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is None and current is not None:
            row = self.model.row_of(current.id)
        if row is None and page.rows:
            row = min(max(row_before, 0), len(page.rows) - 1)  # the one that took its place
        if row is not None:
            self.table.selectRow(row)
        self._current_changed(force=True)  # read again: its customer or car may have changed

    def tick(self) -> None:
        """The clock moved on: the deadlines' cells and the detail's say where they stand now."""
        now = self.services.clock()
        self.model.set_moment(now)
        self.detail.show_deadline(now, self.rules)

    def choose_scope(self, scope: Scope) -> None:
        self.filters.scopes.choose(scope)
        self.table.setFocus()

    def _focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # -- selection ----------------------------------------------------------------------------

    def current_row(self) -> ComplaintRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def select_complaint(self, complaint_id: int) -> bool:
        """Selects it; one the list does not have yet (just saved) is selected when it comes."""
        row = self.model.row_of(complaint_id)
        if row is not None:
            self.table.selectRow(row)
        else:
            self._wanted = complaint_id
        return row is not None

    def _current_changed(self, force: bool = False) -> None:
        row = self.current_row()
        self._update_buttons()
        if row is None:
            self.detail.show_complaint(None, self.model.now, self.rules)
            return
        shown = self.detail.info
        if not force and shown is not None and shown.id == row.id and shown.version == row.version:
            return
        op = self.ops.read(self.complaints.get, self.actor, row.id)
        op.latest("detail").success(self.show_detail).run()

    def show_detail(self, info: ComplaintInfo) -> None:
        row = self.current_row()
        if row is None or row.id != info.id:
            return  # another complaint was chosen meanwhile
        self.detail.show_complaint(info, self.model.now, self.rules)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.current_row()
        closed = row is not None and row.status is ComplaintStatus.CLOSED
        self.action_button.setEnabled(row is not None and may_log(self.actor, row))
        self.assign_button.setEnabled(row is not None and not closed)
        self.close_button.setEnabled(row is not None and not closed)
        self.reopen_button.setEnabled(closed)

    # -- dialogs (ui/complaints/tab_dialogs.py) -----------------------------------------------

    def record(self) -> None:
        self.dialogs.record()

    def add_action(self) -> None:
        if self.action_button.isEnabled():
            self.dialogs.add_action()

    def assign(self) -> None:
        if self.assign_button.isEnabled():
            self.dialogs.assign()

    def close_complaint(self) -> None:
        if self.close_button.isEnabled():
            self.dialogs.close()

    def reopen(self) -> None:
        if self.reopen_button.isEnabled():
            self.dialogs.reopen()

    def edit_rules(self) -> None:
        self.dialogs.edit_rules()
