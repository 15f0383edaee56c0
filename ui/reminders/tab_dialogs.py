"""The reminders tab's dialogs, one method each: 记录通话, 交车回访, 分配给…, 提醒规则…, 保养间隔…,
到期未来厂分析…, and the export of the list on screen (导出通话清单…). Each dialog is window-modal
without blocking; when it closes the tab says what was done and the keyboard is back on the list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog

from app.printing import DocumentKind
from app.reminders import CALL_OUTCOME_LABELS, SATISFACTION_LABELS, WORK_LIST_LABELS, ReminderRules
from app.roles import Permission
from ui.i18n import tr as _tr
from ui.labels_i18n import SEPARATOR, tr_label
from ui.reminders.analysis_dialog import AnalysisDialog
from ui.reminders.assign_dialog import AssignDialog
from ui.reminders.call_dialog import CallDialog
from ui.reminders.follow_up_dialog import FollowUpDialog
from ui.reminders.model_intervals_dialog import ModelIntervalsDialog
from ui.reminders.rules_dialog import RulesDialog

if TYPE_CHECKING:
    from ui.reminders.reminders_tab import RemindersTab


class TabDialogs:
    def __init__(self, tab: RemindersTab) -> None:
        self._tab = tab

    def _show_over(self, dialog: QDialog, closed: Callable[[], None]) -> None:
        tab = self._tab

        def finished(_result: int) -> None:
            closed()
            tab.table.setFocus()

        tab.show_dialog(dialog, finished)

    def log_call(self) -> None:
        tab = self._tab
        task = tab.current_task()
        if task is None or tab.dialog is not None:
            return
        today = tab.services.clock().astimezone().date()
        dialog = CallDialog(
            tab.reminders, tab.actor, task, today, tab, tab.ops, appointments=tab.services.appointments
        )

        def closed() -> None:
            result = dialog.result_
            outcome = dialog.outcome()
            if result is None or outcome is None:
                return
            text = _tr("已记录 {0} 的通话：{1}").format(
                task.plate or task.vin, tr_label(CALL_OUTCOME_LABELS[outcome])
            )
            if result.next_call is not None:
                text += _tr("，下次联系 {0}").format(result.next_call.isoformat())
            tab.show_message(text)

        self._show_over(dialog, closed)

    def log_follow_up(self) -> None:
        tab = self._tab
        task = tab.current_task()
        if task is None or tab.dialog is not None:
            return
        dialog = FollowUpDialog(tab.reminders, tab.actor, task, tab, tab.ops)

        def closed() -> None:
            result, chosen = dialog.result_, dialog.chosen()
            if result is None or chosen is None:
                return
            car = task.plate or task.vin
            reached, satisfaction = chosen
            if not reached or satisfaction is None:
                tab.show_message(_tr("已记录 {0} 的回访：未接通，明天再联系").format(car))
                return
            text = _tr("已记录 {0} 的回访：{1}").format(car, tr_label(SATISFACTION_LABELS[satisfaction]))
            if result.complaint_id is not None:
                text += _tr("；已为主管创建投诉（编号 {0}）").format(result.complaint_id)
            tab.show_message(text)

        self._show_over(dialog, closed)

    def assign(self) -> None:
        tab = self._tab
        tasks = tab.selected_tasks()
        if not tasks or not tab.actor.can(Permission.RUN_REPORTS) or tab.dialog is not None:
            return
        cars = tr_label(SEPARATOR).join(t.plate or t.vin for t in tasks[:6]) + ("…" if len(tasks) > 6 else "")
        ids = [t.vehicle_id for t in tasks]
        dialog = AssignDialog(tab.reminders, tab.actor, ids, cars, tab.people, tab, tab.ops)

        def closed() -> None:
            if dialog.changed is None:
                return
            if dialog.chosen_name:
                text = _tr("{0} 辆车的提醒已分配给 {1}").format(len(ids), dialog.chosen_name)
            else:
                text = _tr("{0} 辆车的提醒已不再分配给任何人").format(len(ids))
            tab.show_message(text)

        self._show_over(dialog, closed)

    def edit_rules(self) -> None:
        tab = self._tab
        if not tab.actor.can(Permission.RUN_REPORTS) or tab.dialog is not None:
            return

        def show(rules: ReminderRules) -> None:
            dialog = RulesDialog(tab.reminders, tab.actor, rules, tab, tab.ops)

            def closed() -> None:
                if dialog.saved is not None:
                    tab.show_message(_tr("提醒规则已保存"))

            self._show_over(dialog, closed)

        tab.ops.read(tab.reminders.rules, tab.actor).success(show).run()

    def edit_intervals(self) -> None:
        """保养间隔: the models' service intervals; the lists follow a recompute by themselves."""
        tab = self._tab
        if not tab.actor.can(Permission.EDIT_SERVICE_INTERVALS) or tab.dialog is not None:
            return
        services = tab.services
        dialog = ModelIntervalsDialog(services.vehicles.models, tab.reminders, tab.actor, tab, tab.ops)

        def closed() -> None:
            done = dialog.recomputed
            if done is not None and not dialog.saved:
                tab.show_message(_tr("已重新计算保养提醒：{0} 条的到期日有变").format(done.moved))
            elif done is not None:
                tab.show_message(_tr("保养间隔已保存；重新计算后 {0} 条提醒的到期日有变").format(done.moved))
            elif dialog.saved:
                tab.show_message(_tr("保养间隔已保存；已有的提醒尚未重新计算"))

        self._show_over(dialog, closed)

    def open_analysis(self) -> None:
        """到期未来厂分析 of last month (another month chosen in it)."""
        tab = self._tab
        if not tab.actor.can(Permission.RUN_REPORTS) or tab.dialog is not None:
            return
        today = tab.services.clock().astimezone().date()
        printable = DocumentKind.LOST_ANALYSIS.value in tab.registered_kinds()
        dialog = AnalysisDialog(tab.reminders, tab.actor, tab.flow, today, printable, tab, tab.ops)
        self._show_over(dialog, lambda: None)

    def export_list(self) -> None:
        """The list on screen, with its filters, as a workbook; the service records the export."""
        tab = self._tab
        which, filters = tab.chosen_list(), tab.filters.filters()
        title = tr_label(WORK_LIST_LABELS[which])
        today = tab.services.clock().astimezone().date().isoformat()
        suggested = str(Path.home() / _tr("通话清单-{0}-{1}.xlsx").format(title, today))
        path, _filter = QFileDialog.getSaveFileName(
            tab, _tr("导出通话清单"), suggested, _tr("Excel 工作簿 (*.xlsx)")
        )
        if not path:
            return
        target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")

        def done(count: int) -> None:
            tab.show_message(_tr("已导出「{0}」{1} 辆车到 {2}；导出已记录").format(title, count, target))

        tab.ops.read(tab.reminders.export_work_list, tab.actor, which, target, filters).success(done).run()
