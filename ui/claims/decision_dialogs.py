"""The manufacturer's answers to a claim, as the clerk records them: a rejection with its reason,
and the payment with its deductions (each an amount, a reason from the manufacturer's list and
a note). Ctrl+S (or OK) records; a mistake is shown beside its field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.claims import ClaimInfo, ClaimService, DeductionInput
from app.errors import Conflict, FieldErrors, ValidationError, combined
from app.roles import Actor
from ui.claims.claims_model import number_text
from ui.errors import show_error
from ui.forms import ERROR_STYLE, CounterDialog, FieldForm, FieldGrid, SaveGuard, errors_of, ok_cancel
from ui.i18n import localized
from ui.intake.enter_chain import EnterChain
from ui.intake.lines_model import parse_yuan, yuan_text
from ui.labels_i18n import tr_label
from ui.operations import Operations


def _failed(dialog: CounterDialog, error: BaseException) -> None:
    """Not a field's mistake: the standard message; a conflict closes (the tab reloads)."""
    show_error(dialog, error)
    if isinstance(error, Conflict):
        dialog.reject()


class RejectDialog(CounterDialog):
    """拒绝: the manufacturer's reason is kept on the claim. Ctrl+Enter (or OK) records it."""

    def __init__(
        self,
        claims: ClaimService,
        actor: Actor,
        claim: ClaimInfo,
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reject_dialog")
        self.ops = (ops or Operations(self)).for_widget(self)
        self._claims, self._actor, self.claim = claims, actor, claim
        self.setWindowTitle(self.tr("拒绝索赔：{0}").format(claim.claim_no))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("记录厂家拒绝的原因（Ctrl+Enter 保存）。拒绝后可撤回修改再提交。"), self)
        intro.setWordWrap(True)
        self.form = FieldForm(self)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reject_reason")
        self.reason.setFixedHeight(80)
        self.reason.installEventFilter(self)
        self.form.add_field("reject_reason", self.tr("拒绝原因"), self.reason)
        buttons = ok_cancel(self)
        buttons.accepted.connect(self.save)
        self.saving = SaveGuard(*buttons.buttons())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            watched is self.reason
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save()
            return True
        return False

    def save(self) -> None:
        if self.saving.running:
            return
        c = self.claim
        op = self.ops.write(self._claims.reject, self._actor, c.id, c.version, self.reason.toPlainText())
        self.saving.start()
        op.success(lambda _claim: self.accept()).failure(self._failed).finally_(self.saving.end).run()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError) and error.field == "reject_reason":
            self.form.show_error(error)
            return
        _failed(self, error)


class DeductionRow(QWidget):
    """One deduction: amount, reason (the manufacturer's list), note, and a button to remove it."""

    def __init__(self, reasons: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = FieldGrid(self, columns=3)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("deduction_amount")
        self.amount.setPlaceholderText(self.tr("元"))
        self.reason = QComboBox(self)
        self.reason.setObjectName("deduction_reason")
        for reason in reasons:
            self.reason.addItem(tr_label(reason), reason)
        self.note = QLineEdit(self)
        self.note.setObjectName("deduction_note")
        self.form.add_field("amount_fen", self.tr("扣款 ¥"), self.amount)
        self.form.add_field("reason", self.tr("原因"), self.reason)
        self.form.add_field("note", self.tr("说明"), self.note)
        self.amount.setMaximumWidth(110)
        for column, stretch in ((1, 0), (3, 1), (5, 2)):  # the note gets the room
            self.form.grid.setColumnStretch(column, stretch)
        self.enter_chain: EnterChain | None = None  # given by the dialog: Enter moves on, then saves
        self.remove = QPushButton(self.tr("删除"), self)
        self.remove.setObjectName("remove_deduction")
        self.remove.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)

    def value(self, n: int, errors: FieldErrors) -> DeductionInput:
        field = f"deductions.{n}.amount_fen"
        fen = errors.check(lambda: parse_yuan(field, self.amount.text(), self.tr("扣款金额")) or 0, 0)
        return DeductionInput(fen, str(self.reason.currentData()), self.note.text())


class PaymentDialog(CounterDialog):
    """付款: the manufacturer paid the claim, less the deductions listed (none: paid in full)."""

    def __init__(
        self,
        claims: ClaimService,
        actor: Actor,
        claim: ClaimInfo,
        reasons: tuple[str, ...],
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("payment_dialog")
        self.ops = (ops or Operations(self)).for_widget(self)
        self._claims, self._actor, self.claim, self._reasons = claims, actor, claim, reasons
        self.rows: list[DeductionRow] = []
        self.setWindowTitle(self.tr("记录付款：{0}").format(claim.claim_no))
        self.setMinimumWidth(720)
        heading = QLabel(
            self.tr("索赔单 {0}　工单 {1}　索赔金额 {2} 元").format(
                number_text(claim.claim_no, claim.provisional), claim.ro_number, yuan_text(claim.amount_fen)
            ),
            self,
        )
        heading.setWordWrap(True)
        intro = QLabel(self.tr("厂家有扣款时逐条添加（Ctrl+1），没有扣款直接保存。"), self)
        intro.setWordWrap(True)
        self.list = QWidget(self)
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(self.list)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(160)
        self.add_button = QPushButton(self.tr("添加扣款 (Ctrl+1)"), self)
        self.add_button.setObjectName("add_deduction")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_row)
        QShortcut(QKeySequence("Ctrl+1"), self, self.add_row)
        self.total = QLabel(self)
        self.total.setObjectName("payment_total")
        self.error = QLabel(self)
        self.error.setObjectName("error_deductions")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = ok_cancel(self)
        buttons.accepted.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.saving = SaveGuard(*buttons.buttons())
        adding = QHBoxLayout()
        adding.addWidget(self.add_button)
        adding.addStretch(1)
        adding.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(adding)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._show_total()

    def add_row(self) -> DeductionRow:
        row = DeductionRow(self._reasons, self.list)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        row.amount.textChanged.connect(self._show_total)
        row.enter_chain = EnterChain([row.amount, row.reason, row.note], self.save, row)
        self.list_layout.insertWidget(len(self.rows), row)
        self.rows.append(row)
        row.amount.setFocus()
        self._show_total()
        return row

    def remove_row(self, row: DeductionRow) -> None:
        self.rows.remove(row)
        row.deleteLater()
        self._show_total()

    def deductions(self, errors: FieldErrors) -> tuple[DeductionInput, ...]:
        return tuple(row.value(n, errors) for n, row in enumerate(self.rows))

    def _show_total(self) -> None:
        taken = sum(d.amount_fen for d in self.deductions(FieldErrors()))
        self.total.setText(
            self.tr("扣款合计 {0} 元，实付 {1} 元").format(
                yuan_text(taken), yuan_text(self.claim.amount_fen - taken)
            )
        )

    def save(self) -> None:
        if self.saving.running:
            return
        errors = FieldErrors()
        deductions = self.deductions(errors)
        unreadable = errors.error()
        if unreadable is not None:
            self.show_errors(unreadable)
            return
        c = self.claim
        op = self.ops.write(self._claims.record_payment, self._actor, c.id, c.version, deductions)
        self.saving.start()
        op.success(lambda _claim: self.accept()).failure(self._failed).finally_(self.saving.end).run()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.show_errors(error)
            return
        _failed(self, error)

    def show_errors(self, error: ValidationError) -> None:
        """A row's mistake beside its field, one about the whole list under it, others in a box."""
        self.error.hide()
        for row in self.rows:
            row.form.clear_errors()
        rest = []
        for mistake in errors_of(error):
            head, _, tail = mistake.field.partition(".")
            number, _, name = tail.partition(".")
            if head == "deductions" and not tail:
                self.error.setText(localized(mistake.message))
                self.error.show()
            elif head == "deductions" and number.isdigit() and int(number) < len(self.rows):
                row = self.rows[int(number)]
                row.form.put_error(ValidationError(name, mistake.message))
                row.form.widget_of(name).setFocus()
            else:
                rest.append(mistake)
        if rest:
            show_error(self, combined(rest))
