"""The inspection tab (检查单): the sheet of one repair order, opened by its RO number (typed or
scanned, Enter opens), in five pages: the interview, the walk-around's drawing, the car's
condition (lights, tyres, items, flags), the multi-point checks with the customer's decisions,
and the handover check at delivery. Ctrl+S saves, Ctrl+P previews and
prints the sheet for signatures (which locks it: a later save is a new revision).

The form's inputs are compared with what was last loaded or saved: opening another order, or a
reload after another counter's change, asks before unsaved work is dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from app.changes import Change
from app.context import Services
from app.inspection import CheckItem, Decision, InspectionSheet, Question, SheetInput
from app.orders.numbering import format_ro_number, parse_ro_number
from app.printing import DocumentKind, DocumentPrinted, PrintOptions
from app.roles import Actor, Permission
from ui.base_tab import BaseTab
from ui.forms import DiscardGuard
from ui.inspection.checks_editor import ChecksEditor
from ui.inspection.interview_page import InterviewPage
from ui.inspection.templates_dialog import TemplatesDialog
from ui.inspection.walkaround_page import ConditionPage, DeliveryPage, WalkaroundPage
from ui.operations import ChangeBus
from ui.printing.document_flow import DocumentFlow
from ui.sanbao_text import alert_lines, count_lines
from ui.tasks import TaskRunner
from ui.time_format import local_datetime


class InspectionTab(BaseTab):
    watches = frozenset({Change.ORDERS, Change.SETTINGS})

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(services, actor, parent, runner, bus)
        self.sheet: InspectionSheet | None = None
        self.ro = QLineEdit(self)
        self.ro.setObjectName("ro_number")
        self.ro.setPlaceholderText(self.tr("工单号（可扫码），回车打开"))
        self.ro.returnPressed.connect(self.open_typed)
        self.header = QLabel(self)
        self.header.setObjectName("sheet_header")
        self.header.setWordWrap(True)
        self.interview = InterviewPage(self)
        self.walkaround = WalkaroundPage(self)
        self.condition = ConditionPage(self)
        self.checks = ChecksEditor(self)
        self.delivery = DeliveryPage(self)
        self.pages = QTabWidget(self)
        self.pages.addTab(self.interview, self.tr("问诊"))
        self.pages.addTab(self.walkaround, self.tr("环车检查"))
        self.pages.addTab(self.condition, self.tr("车况"))
        self.pages.addTab(self.checks, self.tr("多项检查"))
        self.pages.addTab(self.delivery, self.tr("交车检查"))
        self.open_button = self.add_button(self.tr("打开"), "open", self.open_typed)
        self.save_button = self.add_button(self.tr("保存 (Ctrl+S)"), "save", self.save, "Ctrl+S")
        self.templates_button = self.add_button(
            self.tr("问诊问题和检查项目…"), "templates", self.edit_templates
        )
        self.templates_button.setVisible(actor.can(Permission.EDIT_INSPECTION_TEMPLATES))
        self.print_button = self.add_button(
            self.tr("打印检查单 (Ctrl+P)"), "print", self.print_sheet, "Ctrl+P"
        )
        self.checks.approve_requested.connect(lambda code: self.decide(code, Decision.APPROVED))
        self.checks.defer_requested.connect(
            lambda code, reason, until: self.decide(code, Decision.DECLINED, reason, until)
        )
        self.delivery.save_button.clicked.connect(self.save_delivery)
        self.flow = DocumentFlow(services, actor, self.ops.runner, self.show_message, self.ops.bus)
        self.flow.on_printed = self._printed
        self.discard = DiscardGuard(self, self._state)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("工单号"), self))
        top.addWidget(self.ro)
        top.addWidget(self.open_button)
        top.addWidget(self.header, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.templates_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self._set_enabled(False)

    # ------------------------------------------------------------------ opening
    def open_typed(self) -> None:
        parsed = parse_ro_number(self.ro.text())
        if parsed is None:
            self.show_message(self.tr("工单号形如 RO20261127-0001，请核对"))
            self.ro.selectAll()
            return
        number = format_ro_number(*parsed)
        orders = self.services.orders.orders
        self.ops.read(orders.get_by_number, self.actor, number).success(lambda o: self.open_order(o.id)).run()

    def open_order(self, order_id: int) -> None:
        """Opens an order's sheet (asks first when the one on screen has unsaved changes)."""
        if self.sheet is not None and self.sheet.order_id != order_id and not self.discard.may_close():
            return
        self.ops.read(self.services.inspection.sheet, self.actor, order_id).success(self._show).run()

    def refresh(self) -> None:
        if self.sheet is not None and not self.discard.changed():
            self.ops.read(self.services.inspection.sheet, self.actor, self.sheet.order_id).success(
                self._show
            ).run()

    def _sanbao_text(self, order_id: int) -> str:
        """The order's 三包 alerts and the counts behind them (read off the UI thread)."""
        orders = self.services.orders.orders
        alerts = alert_lines(orders.get_order(self.actor, order_id).alerts)
        counts = count_lines(orders.sanbao_counts(self.actor, order_id))
        return "\n".join(x for x in (alerts, counts) if x)

    def _show(self, sheet: InspectionSheet) -> None:
        self.sheet = sheet
        self.ro.setText(sheet.ro_number)
        self.interview.set_questions(sheet.questions)
        self.interview.load(sheet.customer_words, sheet.answers, sheet.earlier_complaints)
        op = self.ops.read(self._sanbao_text, sheet.order_id).latest("sanbao")
        op.success(self.interview.set_sanbao).run()
        intake = [m for m in sheet.marks if m.stage == "intake"]
        delivered = [m for m in sheet.marks if m.stage == "delivery"]
        flags = (sheet.valuables_reminded, sheet.keep_old_parts, sheet.wash, sheet.customer_waits)
        self.walkaround.load([m.as_input() for m in intake], sheet.previous_marks)
        self.condition.load(sheet.warning_lights, sheet.tyres, sheet.items_in_car, flags)
        self.checks.set_results(sheet.checks)
        checked = (
            self.tr("交车检查：{0}").format(local_datetime(sheet.delivery_checked_at))
            if sheet.delivery_checked_at
            else self.tr("尚未做交车检查")
        )
        self.delivery.load(intake, delivered, sheet.delivery_note, checked)
        self.header.setText(self._header_text(sheet))
        editable = sheet.order_open and self.actor.can(Permission.RECEIVE_VEHICLES)
        self._set_enabled(True, editable)
        self.discard.mark_clean()

    def _header_text(self, sheet: InspectionSheet) -> str:
        text = self.tr("{0}  第 {1} 版").format(sheet.ro_number, sheet.revision)
        if sheet.version == 0:
            text += self.tr("（新检查单，尚未保存）")
        elif sheet.locked:
            text += self.tr("（已打印签字：修改并保存将生成第 {0} 版）").format(sheet.revision + 1)
        if not sheet.order_open:
            text += self.tr("（工单已结束，只能查看）")
        return text

    def _set_enabled(self, loaded: bool, editable: bool = False) -> None:
        self.pages.setEnabled(loaded)
        for page in (self.interview, self.walkaround, self.condition, self.checks):
            page.set_read_only(not editable)
        self.delivery.area.set_read_only(not editable)
        self.delivery.save_button.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.print_button.setEnabled(loaded)

    # --------------------------------------------------------------- the form
    def _state(self) -> SheetInput | None:
        if self.sheet is None:
            return None
        condition = self.condition
        lights, tyres, items = condition.warning_lights(), condition.tyre_states(), condition.items_in_car()
        valuables, old_parts, wash, waits = condition.flags()
        return SheetInput(
            customer_words=self.interview.customer_words(),
            answers=self.interview.answers(),
            warning_lights=lights,
            tyres=tyres,
            items_in_car=items,
            valuables_reminded=valuables,
            keep_old_parts=old_parts,
            wash=wash,
            customer_waits=waits,
            marks=self.walkaround.area.marks(),
            checks=self.checks.rows_input(),
        )

    def save(self, then: Callable[[], None] | None = None) -> None:
        sheet, data = self.sheet, self._state()
        if sheet is None or data is None:
            return

        def saved(new: InspectionSheet) -> None:
            self._show(new)
            self.show_message(self.tr("检查单已保存（{0}，第 {1} 版）").format(new.ro_number, new.revision))
            if then is not None:
                then()

        service = self.services.inspection
        self.ops.write(service.save, self.actor, sheet.order_id, sheet.version, data).success(saved).run()

    def _saved_first(self, then: Callable[[], None]) -> None:
        """Runs `then` on the saved sheet: saving first what the form has changed."""
        if self.sheet is not None and (self.discard.changed() or self.sheet.version == 0):
            self.save(then)
        else:
            then()

    def decide(self, code: str, decision: Decision, reason: str = "", until: dt.date | None = None) -> None:
        def answer() -> None:
            sheet = self.sheet
            assert sheet is not None
            service = self.services.inspection
            op = self.ops.write(
                service.decide, self.actor, sheet.order_id, sheet.version, code, decision, reason, until
            )
            op.success(self._decided).run()

        self._saved_first(answer)

    def _decided(self, sheet: InspectionSheet) -> None:
        self._show(sheet)
        self.show_message(self.tr("已记录客户决定：同意的项目已加入工单，暂缓的项目已安排回访"))

    def save_delivery(self) -> None:
        sheet = self.sheet
        if sheet is None:
            return

        def check() -> None:
            current = self.sheet
            assert current is not None
            marks, note = self.delivery.area.marks(), self.delivery.note.toPlainText()
            service = self.services.inspection
            op = self.ops.write(
                service.delivery_check, self.actor, current.order_id, current.version, marks, note
            )
            op.success(self._delivery_saved).run()

        self._saved_first(check)

    def _delivery_saved(self, sheet: InspectionSheet) -> None:
        self._show(sheet)
        self.show_message(self.tr("交车检查已保存"))

    # ------------------------------------------------------------ the dealer's lists
    def edit_templates(self) -> None:
        """The supervisor edits the questions and check items (read first, off the UI thread)."""
        service, actor = self.services.inspection, self.actor

        def read(_control: object) -> tuple[tuple[Question, ...], tuple[CheckItem, ...]]:
            return service.questions(actor), service.check_items(actor)

        def show(lists: tuple[tuple[Question, ...], tuple[CheckItem, ...]]) -> None:
            dialog = TemplatesDialog(service, actor, lists, self, ops=self.ops)
            dialog.accepted.connect(self.refresh)
            self.dialog = dialog
            dialog.open()

        self.ops.task(read).success(show).run()

    # ---------------------------------------------------------------- printing
    def print_sheet(self) -> None:
        def preview() -> None:
            sheet = self.sheet
            assert sheet is not None
            title = self.tr("打印预览 - 环车检查单 {0}").format(sheet.ro_number)
            self.flow.preview(self, DocumentKind.INSPECTION_SHEET, sheet.ro_number, PrintOptions(), title)

        if self.save_button.isEnabled():
            self._saved_first(preview)
        else:
            preview()

    def _printed(self, printed: DocumentPrinted) -> None:
        """Printed for signatures: the sheet is locked (a later save makes a new revision)."""
        sheet = self.sheet
        if sheet is None or printed.reference != sheet.ro_number or not self.save_button.isEnabled():
            return
        service = self.services.inspection
        self.ops.write(service.sign, self.actor, sheet.order_id, sheet.version).success(self._show).run()
