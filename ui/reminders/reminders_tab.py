"""The 保养提醒 tab: the advisors' calls to the customers whose service (or other reminder) is due.

The six work lists (即将到期, 已逾期, 首保流失, 休眠客户, 流失客户, 交车回访; Alt+1 … Alt+6) each with
its total, filtered by advisor, model, kind and who the task is given to; one row per car, the
most urgent first. The selected car's reasons and call history show below the list.

Keyboard: Enter or Ctrl+R on a task records a call (记录通话), on the follow-up list the follow-up
(交车回访: satisfaction or not reached); F5 reads again; Ctrl+T prints the
windscreen sticker and Ctrl+P the reminder letter (their buttons stay off until printing knows
those documents). 导出通话清单… writes the list on screen to a workbook (the service records it).
分配给… (several tasks at once), 提醒规则… and 到期未来厂分析… are for those who run the reports;
保养间隔… (the models' service intervals) for those who may change the dealer's settings.
A note says so when it is the quiet hours, when nobody is called.
The lists read again when reminders, appointments or orders change anywhere in the program.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.changes import Change
from app.context import Services
from app.errors import QiantaiError
from app.printing import DocumentKind, PrintOptions
from app.reminders import ReminderRules, Task, TaskPage, WorkList
from app.roles import Actor, Permission
from app.vehicles import ModelInfo
from ui.base_tab import BaseTab
from ui.claims.page_kit import read_only_table
from ui.errors import show_error
from ui.operations import ChangeBus
from ui.printing.document_flow import DocumentFlow
from ui.reminders.detail_panel import DetailPanel
from ui.reminders.filters_bar import LISTS, FiltersBar, ListChooser
from ui.reminders.people import Person, colleagues
from ui.reminders.rules_dialog import time_text
from ui.reminders.tab_dialogs import TabDialogs
from ui.reminders.tasks_model import REASONS_COLUMN, TasksModel
from ui.tasks import TaskControl, TaskRunner

QUIET_CHECK_MS = 60_000  # the quiet hours begin and end while the tab stays open
QUIET_STYLE = "background: #fff4d6; color: #7a4d00; padding: 4px 8px; border-radius: 3px;"


@dataclass(frozen=True)
class Lists:
    pages: dict[WorkList, TaskPage]  # the list on screen
    quiet: bool
    rules: ReminderRules


class RemindersTab(BaseTab):
    # The calls and assignments; a booking; a car delivered closes its reminders; the rules.
    watches = frozenset(
        {Change.REMINDERS, Change.APPOINTMENTS, Change.ORDERS, Change.SETTINGS, Change.USERS, Change.MODELS}
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
        self.setObjectName("reminders_tab")
        self.reminders = services.reminders
        self.pages: dict[WorkList, TaskPage] = {}  # as last read (the one on screen first)
        self._generation = 0  # of the lists' reading: a slower, older reading is dropped
        self.people: tuple[Person, ...] = ()
        self.rules: ReminderRules | None = None  # as last read with the lists
        self.dialogs = TabDialogs(self)
        self.lists = ListChooser(self)
        self.lists.currentChanged.connect(lambda _index: self._show_list())
        for n in range(len(LISTS)):
            self.add_shortcut(f"Alt+{n + 1}", partial(self.choose_list, LISTS[n]))
        self.filters = FiltersBar(self.reload, self)
        self.quiet = QLabel(self)
        self.quiet.setObjectName("quiet_note")
        self.quiet.setStyleSheet(QUIET_STYLE)
        self.quiet.hide()
        self.quiet_timer = QTimer(self)
        self.quiet_timer.setInterval(QUIET_CHECK_MS)
        self.quiet_timer.timeout.connect(self.check_quiet)
        self.quiet_timer.start()
        self.count = QLabel(self)
        self.count.setObjectName("reminders_count")

        self.model = TasksModel(self)
        self.table = read_only_table(self, self.model, "reminders_table", stretch=REASONS_COLUMN)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.activated.connect(lambda _index: self.log_call())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.detail = DetailPanel(self.reminders, actor, self.ops, self)

        self.call_button = self.add_button(self.tr("记录通话 (Ctrl+R)"), "log_call", self.log_call, "Ctrl+R")
        self.assign_button = self.add_button(self.tr("分配给…"), "assign", self.assign)
        self.export_button = self.add_button(self.tr("导出通话清单…"), "export_list", self.export_list)
        self.sticker_button = self.add_button(
            self.tr("打印提醒贴 (Ctrl+T)"), "print_sticker", self.print_sticker, "Ctrl+T"
        )
        self.letter_button = self.add_button(
            self.tr("打印提醒函 (Ctrl+P)"), "print_letter", self.print_letter, "Ctrl+P"
        )
        self.rules_button = self.add_button(self.tr("提醒规则…"), "reminder_rules", self.edit_rules)
        self.analysis_button = self.add_button(
            self.tr("到期未来厂分析…"), "lost_analysis", self.open_analysis
        )
        self.intervals_button = self.add_button(self.tr("保养间隔…"), "model_intervals", self.edit_intervals)
        self.refresh_button = self.add_button(self.tr("刷新 (F5)"), "reminders_refresh", self.refresh, "F5")
        self.print_buttons = {
            DocumentKind.REMINDER_STICKER: self.sticker_button,
            DocumentKind.REMINDER_LETTER: self.letter_button,
        }
        supervising = actor.can(Permission.RUN_REPORTS)
        self.assign_button.setVisible(supervising)
        self.rules_button.setVisible(supervising)
        self.analysis_button.setVisible(supervising)
        # The supervisor's (VehicleModelService.update_service_intervals): not the warranty terms.
        self.intervals_button.setVisible(actor.can(Permission.EDIT_SERVICE_INTERVALS))
        self.flow = DocumentFlow(services, actor, self.runner, self.show_message, self.bus)
        self.message.setObjectName("reminders_message")
        self._build_layout()
        self.refresh()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.lists)
        top.addStretch(1)
        top.addWidget(self.count)
        top.addWidget(self.analysis_button)
        top.addWidget(self.rules_button)
        bar = QHBoxLayout()
        bar.addWidget(self.filters, 1)
        bar.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        for button in (self.call_button, self.assign_button, self.export_button, self.intervals_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.sticker_button)
        actions.addWidget(self.letter_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("reminders_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.quiet)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The choosers' people and models, then the lists."""
        services, actor = self.services, self.actor

        def load(_control: TaskControl) -> tuple[tuple[Person, ...], list[ModelInfo]]:
            return colleagues(services, actor), services.vehicles.models.list_models(actor)

        self.ops.task(load).latest("choices").success(self._show_choices).run()

    def _show_choices(self, loaded: tuple[tuple[Person, ...], list[ModelInfo]]) -> None:
        self.people, models = loaded
        self.filters.set_choices(self.people, models)
        self.reload()

    def reload(self) -> None:
        """The list on screen first, with the quiet hours; then the other lists (their totals),
        each off the UI thread; the filters apply to all of them."""
        reminders, actor, filters = self.reminders, self.actor, self.filters.filters()
        chosen = self.chosen_list()
        self._generation += 1
        generation = self._generation

        def load(_control: TaskControl) -> Lists:
            # Without its total: counting a big list's cars takes longer than its page.
            page = reminders.work_list(actor, chosen, filters, counted=False)
            return Lists({chosen: page}, reminders.quiet_now(actor), reminders.rules(actor))

        def load_rest(first_total: int | None, _control: TaskControl) -> tuple[int, dict[WorkList, TaskPage]]:
            total = reminders.count_list(actor, chosen, filters) if first_total is None else first_total
            others = [which for which in LISTS if which != chosen]
            return total, {which: reminders.work_list(actor, which, filters) for which in others}

        def shown(loaded: Lists) -> None:
            self._show_lists(loaded)
            rest = partial(load_rest, loaded.pages[chosen].total)
            self.ops.task(rest).latest("rest").success(partial(self._show_rest, generation, chosen)).run()

        self.ops.task(load).latest("lists").success(shown).run()

    def _show_lists(self, loaded: Lists) -> None:
        self.pages.update(loaded.pages)
        self._show_totals()
        rules = self.rules = loaded.rules
        self.quiet.setText(
            self.tr("现在是免打扰时段（{0}–{1}），请勿致电客户").format(
                time_text(rules.quiet_from), time_text(rules.quiet_until)
            )
        )
        self.quiet.setVisible(loaded.quiet)
        self._show_list()

    def _show_rest(
        self, generation: int, first: WorkList, rest: tuple[int, dict[WorkList, TaskPage]]
    ) -> None:
        if generation != self._generation:
            return  # read again since: the newer lists are on their way
        first_total, pages = rest
        self.pages[first] = replace(self.pages[first], total=first_total)  # the list first shown, counted
        self.pages.update(pages)
        self._show_totals()
        # The first list with its total now, or another chosen meanwhile, shown as read now.
        if self.chosen_list() is first or self.chosen_list() in pages:
            self._show_list()

    def check_quiet(self) -> None:
        """Whether it is the quiet hours now (asked each minute; the note follows)."""
        if self.isVisible():
            op = self.ops.read(self.reminders.quiet_now, self.actor)
            op.latest("quiet").success(self.quiet.setVisible).failure(self._quiet_failed).run()

    def _quiet_failed(self, error: BaseException) -> None:
        """A storage or rights problem is said by the next reading of the lists; a bug is shown."""
        if not isinstance(error, QiantaiError):
            show_error(self, error)

    def _show_totals(self) -> None:
        self.lists.set_totals({which: page.total for which, page in self.pages.items()})

    def chosen_list(self) -> WorkList:
        return self.lists.chosen()

    def choose_list(self, which: WorkList) -> None:
        self.lists.choose(which)
        self.table.setFocus()

    def _show_list(self) -> None:
        page = self.pages.get(self.chosen_list())
        tasks = page.tasks if page is not None else ()
        current = self.current_task()
        row_before = self.table.currentIndex().row()
        following_up = self.chosen_list() is WorkList.FOLLOW_UP
        rules = self.rules or ReminderRules()
        self.model.set_tasks(tasks, rules.follow_up_days if following_up else None)
        call = self.tr("记录回访 (Ctrl+R)") if following_up else self.tr("记录通话 (Ctrl+R)")
        self.call_button.setText(call)
        total = page.total if page is not None else len(tasks)
        if total is None:
            self.count.setText(self.tr("前 {0} 辆，总数统计中…").format(len(tasks)))
        elif total > len(tasks):
            self.count.setText(self.tr("前 {0} 辆，共 {1} 辆").format(len(tasks), total))
        else:
            self.count.setText(self.tr("{0} 辆").format(len(tasks)))
        row = self.model.row_of(current.vehicle_id) if current is not None else None
        if row is None and tasks:
            row = min(max(row_before, 0), len(tasks) - 1)  # the one that took its place
        if row is not None:
            self.table.selectRow(row)
        self._current_changed()

    # -- selection ----------------------------------------------------------------------------

    def current_task(self) -> Task | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def selected_tasks(self) -> list[Task]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows if r < self.model.rowCount()]

    def select_vehicle(self, vehicle_id: int) -> bool:
        row = self.model.row_of(vehicle_id)
        if row is not None:
            self.table.selectRow(row)
        return row is not None

    def _current_changed(self) -> None:
        task = self.current_task()
        if task is None or task is not self.detail.task:
            self.detail.show_task(task)
        self._update_buttons()

    def registered_kinds(self) -> set[str]:
        """The document kinds printing knows now (others are being added: asked each time)."""
        return {str(spec.kind) for spec in self.services.printing.documents.kinds()}

    def _update_buttons(self) -> None:
        task = self.current_task()
        self.call_button.setEnabled(task is not None)
        self.assign_button.setEnabled(bool(self.selected_tasks()))
        self.export_button.setEnabled(self.model.rowCount() > 0)
        kinds = self.registered_kinds()
        may_print = self.actor.can(Permission.PRINT)
        for kind, button in self.print_buttons.items():
            registered = kind.value in kinds
            button.setEnabled(task is not None and may_print and registered)
            button.setToolTip("" if registered else self.tr("这种单据尚未接入打印，暂不能打印"))

    # -- dialogs (ui/reminders/tab_dialogs.py) ------------------------------------------------

    def log_call(self) -> None:
        """Enter or Ctrl+R: the follow-up dialog on the follow-up list, else the call dialog."""
        if self.chosen_list() is WorkList.FOLLOW_UP:
            self.dialogs.log_follow_up()
        else:
            self.dialogs.log_call()

    def assign(self) -> None:
        self.dialogs.assign()

    def edit_rules(self) -> None:
        self.dialogs.edit_rules()

    def edit_intervals(self) -> None:
        self.dialogs.edit_intervals()

    def export_list(self) -> None:
        self.dialogs.export_list()

    def open_analysis(self) -> None:
        self.dialogs.open_analysis()

    # -- printing -----------------------------------------------------------------------------

    def print_sticker(self) -> None:
        self._print(DocumentKind.REMINDER_STICKER, self.tr("打印预览 - 保养提醒贴 {0}"))

    def print_letter(self) -> None:
        self._print(DocumentKind.REMINDER_LETTER, self.tr("打印预览 - 保养提醒函 {0}"))

    def _print(self, kind: DocumentKind, title: str) -> None:
        task = self.current_task()
        self._update_buttons()  # the kinds printing knows are asked again
        if task is None or not self.print_buttons[kind].isEnabled():
            return
        reference = task.plate or task.vin
        self.flow.preview(self, kind, reference, PrintOptions(), title.format(reference))
