"""The warranty claims tab (索赔): the claims clerk's list and the way of each claim.

Keyboard: type a claim number, RO number or the end of a VIN in the search box (the list follows
as one types; ↓ goes into the list), pick a status; Ctrl+N files a new claim from an RO number,
Enter opens the selected claim, and the buttons move it on: 提交, 撤回, 批准, 拒绝 (with the
manufacturer's reason), 付款 (with the deductions). The claim form and the old-part tags print
through the one document flow; a document kind not registered yet leaves its button off.
The list reloads whenever a claim changes anywhere in the program (Change.CLAIMS).

The list is the first of the tab's pages (ui.claims.pages: 索赔单 | 旧件入库 | 回运箱 | 旧件清单 |
月度汇总, Alt+1 … Alt+5); its keys (Ctrl+N, F5, Ctrl+P, Ctrl+T) work on that page alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.changes import Change
from app.claims import CLAIM_MOVES, ClaimInfo, ClaimRow, ClaimStatus, Eligibility
from app.context import Services
from app.errors import Conflict
from app.printing import DocumentKind, PrintOptions
from app.roles import Actor, Permission
from ui.base_tab import BaseTab
from ui.claims.claim_dialog import ClaimDialog
from ui.claims.claims_model import FAULT_COLUMN, ClaimsModel, status_choices
from ui.claims.decision_dialogs import PaymentDialog, RejectDialog
from ui.claims.order_prompt import OrderNumberDialog
from ui.claims.page_kit import page_button
from ui.claims.pages import ClaimsPages, ListPage
from ui.errors import show_error
from ui.intake.prompts import ask
from ui.labels_i18n import tr_label
from ui.operations import ChangeBus
from ui.printing.document_flow import DocumentFlow
from ui.tasks import TaskControl, TaskRunner

SEARCH_DELAY_MS = 250


class ClaimsTab(BaseTab):
    # Claims and their pieces; printed tags change the n/m column; the claim rules (settings)
    # move the work lists' deadlines.
    watches = frozenset({Change.CLAIMS, Change.PRINT_JOBS, Change.SETTINGS})

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(services, actor, parent, runner, bus)
        self.setObjectName("claims_tab")
        self.claims = services.claims.claims
        self.search = QLineEdit(self)
        self.search.setObjectName("claims_search")
        self.search.setPlaceholderText(self.tr("索赔单号 / 工单号 / VIN 后 6 位以上"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)  # the list follows the typing once it pauses
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.installEventFilter(self)
        self.status = QComboBox(self)
        self.status.setObjectName("claims_status")
        for label, status in status_choices():
            self.status.addItem(label, status.value if status is not None else None)
        self.status.currentIndexChanged.connect(lambda _index: self.reload())

        self.model = ClaimsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("claims_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(50)
        header.setSectionResizeMode(FAULT_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        # The list's page: its keys work there alone (the other pages give them other meanings).
        self.list_page = ListPage(self.reload, self._focus_list, self)
        page = self.list_page
        self.new_button = page_button(
            page, self.tr("新建索赔 (Ctrl+N)"), "new_claim", self.new_claim, "Ctrl+N"
        )
        self.refresh_button = page_button(page, self.tr("刷新 (F5)"), "refresh", self.reload, "F5")
        self.open_button = self.add_button(self.tr("打开 (Enter)"), "open_claim", self.open_claim)
        # The claim's way by function keys, as on the board: the list keeps Tab among its cells.
        self.submit_button = page_button(page, self.tr("提交 (F6)"), "submit", self.submit, "F6")
        self.withdraw_button = page_button(page, self.tr("撤回 (F7)"), "withdraw", self.withdraw, "F7")
        self.approve_button = page_button(page, self.tr("批准 (F8)"), "approve", self.approve, "F8")
        self.reject_button = page_button(page, self.tr("拒绝… (F9)"), "reject", self.reject, "F9")
        self.pay_button = page_button(page, self.tr("付款… (F10)"), "pay", self.pay, "F10")
        self.form_button = page_button(
            page, self.tr("打印索赔单 (Ctrl+P)"), "print_form", self.print_form, "Ctrl+P"
        )
        self.tags_button = page_button(
            page, self.tr("打印旧件标签 (Ctrl+T)"), "print_tags", self.print_tags, "Ctrl+T"
        )
        self.print_buttons = {
            DocumentKind.CLAIM_FORM: self.form_button,
            DocumentKind.PART_TAG: self.tags_button,
        }
        self.flow = DocumentFlow(services, actor, self.runner, self.show_message, self.bus)
        self.message.setObjectName("claims_message")
        self.count = QLabel(self)
        self.count.setObjectName("claims_count")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("查找"), self))
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        top.addWidget(self.count)
        top.addWidget(self.new_button)
        top.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        for button in (
            self.open_button,
            self.submit_button,
            self.withdraw_button,
            self.approve_button,
            self.reject_button,
            self.pay_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.form_button)
        actions.addWidget(self.tags_button)
        page_layout = QVBoxLayout(page)
        page_layout.addLayout(top)
        page_layout.addLayout(actions)
        page_layout.addWidget(self.table, 1)
        self.pages = ClaimsPages(self, self.flow, page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        self.reload()

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.pages.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown (at login for a clerk, or by its tab): the keyboard goes to the page, not the tab bar."""
        super().showEvent(event)
        QTimer.singleShot(0, self._focus_list)

    def _focus_list(self) -> None:
        (
            self.table if self.model.rowCount() and self.table.currentIndex().isValid() else self.search
        ).setFocus()

    def chosen_status(self) -> ClaimStatus | None:
        value = self.status.currentData()
        return ClaimStatus(value) if value else None

    def reload(self) -> None:
        """Reads the list off the UI thread (the newest call wins while one types)."""
        self.search_timer.stop()
        op = self.ops.read(
            self.claims.list_claims, self.actor, status=self.chosen_status(), text=self.search.text()
        )
        op.latest("list").success(self._show_rows).run()

    def _show_rows(self, rows: tuple[ClaimRow, ...]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        self.count.setText(self.tr("{0} 张").format(len(rows)))
        row = self.model.row_of(selected.id) if selected is not None else None
        if row is None and rows:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    # -- selection --------------------------------------------------------------------------

    def selected(self) -> ClaimRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def select_claim(self, claim_id: int) -> bool:
        row = self.model.row_of(claim_id)
        if row is not None:
            self.table.selectRow(row)
        return row is not None

    def registered_kinds(self) -> set[str]:
        """The document kinds printing knows now (others are being added: asked each time)."""
        return {str(spec.kind) for spec in self.services.printing.documents.kinds()}

    def _update_buttons(self) -> None:
        row = self.selected()
        moves = CLAIM_MOVES[row.status] if row is not None else frozenset()
        self.open_button.setEnabled(row is not None)
        self.submit_button.setEnabled(ClaimStatus.SUBMITTED in moves)
        self.withdraw_button.setEnabled(ClaimStatus.DRAFT in moves)
        self.approve_button.setEnabled(ClaimStatus.APPROVED in moves)
        self.reject_button.setEnabled(ClaimStatus.REJECTED in moves)
        self.pay_button.setEnabled(ClaimStatus.PAID in moves)
        kinds = self.registered_kinds()
        may_print = self.actor.can(Permission.PRINT)
        for kind, button in self.print_buttons.items():
            registered = kind.value in kinds
            button.setEnabled(row is not None and may_print and registered)
            button.setToolTip("" if registered else self.tr("这种单据尚未接入打印，暂不能打印"))
        if row is not None and not row.pieces:
            self.tags_button.setEnabled(False)

    # -- keyboard ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the search box finds at once; it and ↓ go into the list when it has rows."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if self.search_timer.isActive():
                self.reload()
            if self.model.rowCount():
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
            return True
        return False

    def _activated(self, _index: QModelIndex) -> None:
        self.open_claim()

    # -- the claim form ---------------------------------------------------------------------

    def new_claim(self) -> None:
        orders = self.services.orders.orders
        dialog = OrderNumberDialog(orders, self.claims, self.actor, self, self.ops)

        def finished(_result: int) -> None:
            found = dialog.found
            if found is None:
                self.table.setFocus()
                return
            form = ClaimDialog(
                self.claims, self.actor, found.eligibility, draft=found.draft, parent=self, ops=self.ops
            )
            self._show_over(form, lambda: self._after_form(form))

        self._show_over(dialog, None, finished)

    def open_claim(self) -> None:
        row = self.selected()
        if row is None:
            return
        claims, actor = self.claims, self.actor

        def load(_control: TaskControl) -> tuple[ClaimInfo, Eligibility]:
            claim = claims.get(actor, row.id)
            return claim, claims.eligibility(actor, claim.order_id)

        def show(loaded: tuple[ClaimInfo, Eligibility]) -> None:
            claim, eligibility = loaded
            form = ClaimDialog(claims, actor, eligibility, claim=claim, parent=self, ops=self.ops)
            self._show_over(form, lambda: self._after_form(form))

        self.ops.task(load).success(show).run()

    def _after_form(self, form: ClaimDialog) -> None:
        if form.claim is not None:
            self.select_claim(form.claim.id)

    def _reselect(self, claim_id: int) -> None:
        self.select_claim(claim_id)

    def _show_over(
        self,
        dialog: QDialog,
        after: Callable[[], None] | None,
        finished: Callable[[int], None] | None = None,
    ) -> None:
        """Window-modal without blocking; closed, the keyboard is back on the list."""

        def closed(result: int) -> None:
            if finished is not None:
                finished(result)
                return
            if after is not None:
                after()
            self.table.setFocus()

        self.show_dialog(dialog, closed)

    # -- the claim's way --------------------------------------------------------------------

    def _with_claim(self, then: Callable[[ClaimInfo], None]) -> None:
        """The selected claim as stored now (its version), then `then`."""
        row = self.selected()
        if row is not None:
            self.ops.read(self.claims.get, self.actor, row.id).success(then).run()

    def _move(self, method: Callable[[Actor, int, int], ClaimInfo], done_text: str) -> None:
        def move(claim: ClaimInfo) -> None:
            def moved(new: ClaimInfo) -> None:
                self.show_message(done_text.format(new.claim_no, tr_label(new.status_label)))

            def failed(error: BaseException) -> None:
                show_error(self, error)
                if isinstance(error, Conflict):
                    self.reload()

            self.ops.write(method, self.actor, claim.id, claim.version).success(moved).failure(failed).run()

        self._with_claim(move)

    def submit(self) -> None:
        if self.submit_button.isEnabled():
            self._move(self.claims.submit, self.tr("索赔单 {0} 已提交，等待厂家审核"))

    def withdraw(self) -> None:
        if self.withdraw_button.isEnabled():
            self._move(self.claims.withdraw, self.tr("索赔单 {0} 已撤回，现为{1}，可以修改"))

    def approve(self) -> None:
        row = self.selected()
        if row is None or not self.approve_button.isEnabled():
            return
        question = self.tr("记录厂家已批准索赔单 {0}？批准后不能再修改。").format(row.claim_no)
        if ask(self, self.tr("批准索赔"), question, self.tr("批准")):
            self._move(self.claims.approve, self.tr("索赔单 {0} 厂家已批准，待付款"))

    def reject(self) -> None:
        if not self.reject_button.isEnabled():
            return

        def show(claim: ClaimInfo) -> None:
            dialog = RejectDialog(self.claims, self.actor, claim, self, self.ops)
            self._show_over(dialog, lambda: self._reselect(claim.id))

        self._with_claim(show)

    def pay(self) -> None:
        if not self.pay_button.isEnabled():
            return
        row = self.selected()
        if row is None:
            return
        claims, actor, claim_id = self.claims, self.actor, row.id

        def load(_control: TaskControl) -> tuple[ClaimInfo, tuple[str, ...]]:
            return claims.get(actor, claim_id), claims.rules(actor).deduction_reasons

        def show(loaded: tuple[ClaimInfo, tuple[str, ...]]) -> None:
            claim, reasons = loaded
            dialog = PaymentDialog(claims, actor, claim, reasons, self, self.ops)
            self._show_over(dialog, lambda: self._reselect(claim.id))

        self.ops.task(load).success(show).run()

    # -- printing ---------------------------------------------------------------------------

    def print_form(self) -> None:
        self._print(DocumentKind.CLAIM_FORM, self.tr("打印预览 - 索赔申请单 {0}"))

    def print_tags(self) -> None:
        self._print(DocumentKind.PART_TAG, self.tr("打印预览 - 旧件标签 {0}"))

    def _print(self, kind: DocumentKind, title: str) -> None:
        row = self.selected()
        self._update_buttons()  # the kinds printing knows are asked again
        button: QPushButton = self.print_buttons[kind]
        if row is None or not button.isEnabled():
            return
        self.flow.preview(self, kind, row.claim_no, PrintOptions(), title.format(row.claim_no))
