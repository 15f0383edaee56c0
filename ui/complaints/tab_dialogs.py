"""The complaints tab's dialogs, one method each: 新建投诉, 记录处理, 指派, 结案, 重新打开, 投诉规则.
Each opens over the tab on the complaint as read just now (its latest version), window-modal
without blocking; when it closes the tab says what was done, the complaint stays selected and
the keyboard is back on the list."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from app.reports import ComplaintInfo, ComplaintRules, Handler, may_log
from app.roles import Permission
from ui.complaints.handling_dialogs import ActionDialog, AssignDialog, CloseDialog, ReopenDialog
from ui.complaints.record_dialog import RecordDialog
from ui.complaints.rules_dialog import RulesDialog
from ui.i18n import tr as _tr

if TYPE_CHECKING:
    from ui.complaints.complaints_tab import ComplaintsTab

HANDLE = Permission.HANDLE_COMPLAINTS


class TabDialogs:
    def __init__(self, tab: ComplaintsTab) -> None:
        self._tab = tab

    def _show_over(self, dialog: QDialog, closed: Callable[[], None]) -> None:
        tab = self._tab

        def finished(_result: int) -> None:
            closed()
            tab.table.setFocus()

        tab.show_dialog(dialog, finished)

    def _with_current(self, open_it: Callable[[ComplaintInfo], None]) -> None:
        """The selected complaint read again (another counter may have moved it on), then open_it."""
        tab = self._tab
        row = tab.current_row()
        if row is None or tab.dialog is not None:
            return
        op = tab.ops.read(tab.complaints.get, tab.actor, row.id)
        op.latest("dialog").success(lambda info: open_it(info) if tab.dialog is None else None).run()

    def _done(
        self, dialog: ActionDialog | AssignDialog | CloseDialog | ReopenDialog, text: str
    ) -> Callable[[], None]:
        tab = self._tab

        def closed() -> None:
            if dialog.result_ is not None:
                tab.select_complaint(dialog.result_.id)
                tab.show_message(text.format(dialog.result_.id))

        return closed

    def record(self) -> None:
        tab = self._tab
        if tab.dialog is not None:
            return
        dialog = RecordDialog(tab.services, tab.actor, tab, tab.ops, reply_hours=tab.rules.reply_hours)

        def closed() -> None:
            info = dialog.result_
            if info is None:
                return
            tab.select_complaint(info.id)
            tab.show_message(
                _tr("已登记投诉 #{0}（{1}），首次回复期限 {2}").format(
                    info.id, info.row.customer, info.row.reply_due_at.astimezone().strftime("%m-%d %H:%M")
                )
            )

        self._show_over(dialog, closed)

    def add_action(self) -> None:
        tab = self._tab

        def open_it(info: ComplaintInfo) -> None:
            if not may_log(tab.actor, info.row):
                tab.show_message(_tr("这条投诉已结案或不由您负责，不能记录处理"))
                return
            dialog = ActionDialog(tab.complaints, tab.actor, info, tab, tab.ops, tab.show_detail)
            self._show_over(dialog, self._done(dialog, _tr("已记录投诉 #{0} 的处理")))

        self._with_current(open_it)

    def assign(self) -> None:
        tab = self._tab
        if not tab.actor.can(HANDLE):
            return

        def open_it(info: ComplaintInfo, handlers: tuple[Handler, ...]) -> None:
            dialog = AssignDialog(tab.complaints, tab.actor, info, handlers, tab, tab.ops, tab.show_detail)

            def closed() -> None:
                if dialog.result_ is None:
                    return
                tab.select_complaint(dialog.result_.id)
                name = dialog.chosen_name()
                if name:
                    tab.show_message(_tr("投诉 #{0} 已指派给 {1}").format(dialog.result_.id, name))
                else:
                    tab.show_message(_tr("投诉 #{0} 已不再指派给任何人").format(dialog.result_.id))

            self._show_over(dialog, closed)

        def with_handlers(info: ComplaintInfo) -> None:
            tab.ops.read(tab.complaints.handlers, tab.actor).success(lambda found: open_it(info, found)).run()

        self._with_current(with_handlers)

    def close(self) -> None:
        tab = self._tab
        if not tab.actor.can(HANDLE):
            return

        def open_it(info: ComplaintInfo) -> None:
            dialog = CloseDialog(tab.complaints, tab.actor, info, tab, tab.ops, tab.show_detail)
            self._show_over(dialog, self._done(dialog, _tr("投诉 #{0} 已结案")))

        self._with_current(open_it)

    def reopen(self) -> None:
        tab = self._tab
        if not tab.actor.can(HANDLE):
            return

        def open_it(info: ComplaintInfo) -> None:
            dialog = ReopenDialog(tab.complaints, tab.actor, info, tab, tab.ops, tab.show_detail)
            self._show_over(dialog, self._done(dialog, _tr("投诉 #{0} 已重新打开，等待回复")))

        self._with_current(open_it)

    def edit_rules(self) -> None:
        tab = self._tab
        if not tab.actor.can(HANDLE) or tab.dialog is not None:
            return

        def show(rules: ComplaintRules) -> None:
            dialog = RulesDialog(tab.complaints, tab.actor, rules, tab, tab.ops)

            def closed() -> None:
                if dialog.result_ is not None:
                    tab.show_message(
                        _tr("投诉规则已保存：首次回复时限 {0} 小时").format(dialog.result_.reply_hours)
                    )

            self._show_over(dialog, closed)

        tab.ops.read(tab.complaints.rules, tab.actor).success(show).run()
