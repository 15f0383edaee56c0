"""The claim form (索赔单): the manufacturer's number (empty: a provisional one is given), the
fault and its causal part, the labour operations and the parts with their suppliers, beside the
eligibility of the repair and the warranty it is claimed under.

A new claim comes filled from its order's warranty lines (ClaimService.draft_from_order). Enter
goes from field to field and on into the tables, Ctrl+1 / Ctrl+2 add a labour or part row,
Ctrl+S saves (the form stays open on the saved claim), Esc closes and asks first when something
typed is not saved. A claim that is no longer a draft is shown read-only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.claims import (
    CLAIM_MOVES,
    CLAIM_STATUS_LABELS,
    ClaimInfo,
    ClaimInput,
    ClaimService,
    ClaimStatus,
    Eligibility,
)
from app.errors import Conflict, FieldErrors, ValidationError, combined
from app.roles import Actor
from ui.claims.eligibility_panel import EligibilityPanel
from ui.claims.items_editor import ItemsTable
from ui.claims.items_model import (
    ItemsModel,
    amount_of,
    labour_columns,
    labour_inputs,
    labour_row,
    part_columns,
    part_inputs,
    part_row,
)
from ui.claims.old_parts_model import PiecesModel, claim_piece_columns
from ui.claims.page_kit import read_only_table
from ui.errors import show_error
from ui.forms import (
    CounterDialog,
    DiscardGuard,
    FieldForm,
    FieldGrid,
    SaveGuard,
    errors_of,
    input_values,
    place_field_errors,
    resize_within_screen,
)
from ui.intake.enter_chain import EnterChain
from ui.intake.lines_model import yuan_text
from ui.labels_i18n import tr_label
from ui.operations import Operations

PANEL_WIDTH = 330


class ClaimDialog(CounterDialog):
    def __init__(
        self,
        claims: ClaimService,
        actor: Actor,
        eligibility: Eligibility,
        draft: ClaimInput | None = None,
        claim: ClaimInfo | None = None,
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        assert (draft is None) != (claim is None), "a draft to create or a claim to edit"
        self.setObjectName("claim_dialog")
        self.ops = (ops or Operations(self)).for_widget(self)
        self._claims, self._actor = claims, actor
        self.order_id = draft.order_id if draft is not None else claim.order_id  # type: ignore[union-attr]
        self.claim: ClaimInfo | None = None
        resize_within_screen(self, 1240, 720)

        self.heading = QLabel(self)
        self.heading.setObjectName("claim_heading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setObjectName("claim_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #7f8c8d;")
        self.header = FieldGrid(self, columns=2)
        self.claim_no = self._field("claim_no", self.tr("厂家索赔号"))
        self.claim_no.setPlaceholderText(self.tr("留空则先给临时单号"))
        self.fault_code = self._field("fault_code", self.tr("故障代码"))
        self.fault_name = self._field("fault_name", self.tr("故障名称"))
        self.causal_part_no = self._field("causal_part_no", self.tr("主因件零件号"))
        self.causal_part_name = self._field("causal_part_name", self.tr("主因件名称"))
        # Asked for only when a change would alter tags already printed (the service says so).
        self.reissue_form = FieldForm(self)
        self.reissue = QLineEdit(self)
        self.reissue.setObjectName("reissue_reason")
        self.reissue.setPlaceholderText(self.tr("如：厂家索赔号已下达"))
        self.reissue_form.add_field("reissue_reason", self.tr("重打原因"), self.reissue)
        self.reissue_form.hide()
        self.reissue.returnPressed.connect(self.save)
        self.panel = EligibilityPanel(eligibility, self)
        self.panel.setFixedWidth(PANEL_WIDTH)
        labour = ItemsModel("labour", labour_columns())
        self.labour = ItemsTable(self.tr("工时"), labour, self.tr("添加工时 (Ctrl+1)"), "labour", self)
        parts = ItemsModel("parts", part_columns())
        self.parts = ItemsTable(self.tr("索赔零件"), parts, self.tr("添加零件 (Ctrl+2)"), "parts", self)
        # The claim's returned pieces, as they are now (read-only): code, prints, where each is.
        self.pieces = PiecesModel(claim_piece_columns(), self)
        self.pieces_box = QGroupBox(self.tr("旧件"), self)
        self.pieces_table = read_only_table(self.pieces_box, self.pieces, "claim_pieces", stretch=1)
        QVBoxLayout(self.pieces_box).addWidget(self.pieces_table)
        self.pieces_box.hide()
        self.totals = QLabel(self)
        self.totals.setObjectName("claim_totals")
        self.message = QLabel(self)
        self.message.setObjectName("claim_message")
        self.message.setWordWrap(True)
        self.save_button = self._button(self.tr("保存 (Ctrl+S)"), "save", self.save)
        self.close_button = self._button(self.tr("关闭 (Esc)"), "close", self.reject)
        self.saving = SaveGuard(self.save_button)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+1"), self, self.labour.add_row)
        QShortcut(QKeySequence("Ctrl+2"), self, self.parts.add_row)
        for table in (self.labour, self.parts):
            table.model.changed.connect(self._show_totals)

        left = QVBoxLayout()
        left.addWidget(self.header)
        left.addWidget(self.reissue_form)
        left.addWidget(self.labour, 2)
        left.addWidget(self.parts, 3)
        left.addWidget(self.pieces_box, 2)
        left.addWidget(self.totals)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.panel)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

        stops = [self.claim_no, self.fault_code, self.fault_name, self.causal_part_no, self.causal_part_name]
        self.enter_chain = EnterChain([*stops, self.panel.kind, self.panel.override], self._to_tables, self)
        self.discard = DiscardGuard(self, self._typed)
        if claim is not None:
            self._fill(claim)
        else:
            assert draft is not None
            self._new(draft)
        (self.claim_no if claim is not None else self.fault_code).setFocus()

    def _field(self, name: str, label: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        self.header.add_field(name, label, field)
        return field

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- filling ----------------------------------------------------------------------------

    def _new(self, draft: ClaimInput) -> None:
        self.setWindowTitle(self.tr("新建索赔 - {0}").format(self.panel.eligibility.ro_number))
        self.heading.setText(self.tr("新索赔：工单 {0}").format(self.panel.eligibility.ro_number))
        self.note.setText(
            self.tr("由工单的索赔项目带出，请补全后保存（Ctrl+S）。厂家索赔号留空则先给临时单号。")
        )
        self.claim_no.setText(draft.claim_no)
        self.fault_code.setText(draft.fault_code)
        self.fault_name.setText(draft.fault_name)
        self.causal_part_no.setText(draft.causal_part_no)
        self.causal_part_name.setText(draft.causal_part_name)
        self.labour.model.set_rows([labour_row(x) for x in draft.labour])
        self.parts.model.set_rows([part_row(x) for x in draft.parts])
        self._set_editable(True)
        self.discard.mark_clean()

    def _fill(self, claim: ClaimInfo) -> None:
        self.claim = claim
        status = tr_label(CLAIM_STATUS_LABELS[claim.status])
        self.setWindowTitle(self.tr("索赔单 {0}").format(claim.claim_no))
        self.heading.setText(
            self.tr("索赔单 {0}　工单 {1}　{2}").format(claim.claim_no, claim.ro_number, status)
        )
        notes = []
        if claim.provisional:
            notes.append(self.tr("临时单号：填写厂家索赔号后替换。"))
        editable = claim.status is ClaimStatus.DRAFT
        if not editable and ClaimStatus.DRAFT in CLAIM_MOVES[claim.status]:
            notes.append(self.tr("只能查看；要修改请先撤回。"))
        elif not editable:
            notes.append(self.tr("只能查看。"))
        if claim.reject_reason:
            notes.append(self.tr("拒绝原因：{0}").format(claim.reject_reason))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        self.claim_no.setText("" if claim.provisional else claim.claim_no)
        if claim.provisional:
            self.claim_no.setPlaceholderText(self.tr("临时单号 {0}，可填写厂家索赔号").format(claim.claim_no))
        self.fault_code.setText(claim.fault_code)
        self.fault_name.setText(claim.fault_name)
        self.causal_part_no.setText(claim.causal_part_no)
        self.causal_part_name.setText(claim.causal_part_name)
        self.panel.set_kind(claim.warranty_kind)
        self.panel.override.setText(claim.override_reason)
        self.labour.model.set_rows([labour_row(x) for x in claim.labour])
        self.parts.model.set_rows([part_row(x) for x in claim.parts])
        self.pieces.set_rows(claim.pieces)
        self.pieces_box.setTitle(
            self.tr("旧件（{0} 件，标签已打印 {1} 件）").format(
                len(claim.pieces), sum(1 for p in claim.pieces if p.print_count)
            )
        )
        self.pieces_box.setVisible(bool(claim.pieces))
        self._set_editable(editable)
        self.discard.mark_clean()

    def _set_editable(self, editable: bool) -> None:
        for field in self.header.findChildren(QLineEdit):
            field.setReadOnly(not editable)
        self.panel.kind.setEnabled(editable)
        self.panel.override.setReadOnly(not editable)
        self.labour.set_read_only(not editable)
        self.parts.set_read_only(not editable)
        self.save_button.setEnabled(editable)
        self.editable = editable

    def _typed(self) -> object:
        return (input_values(self.header, self.panel), self.labour.model.values(), self.parts.model.values())

    def _show_totals(self) -> None:
        ignored = FieldErrors()
        labour = labour_inputs(self.labour.model, ignored)
        parts = part_inputs(self.parts.model, ignored)
        self.totals.setText(
            self.tr("工时费 {0}　材料费 {1}　合计 {2} 元").format(
                yuan_text(sum(x.amount_fen for x in labour)),
                yuan_text(sum(p.quantity * p.unit_price_fen for p in parts)),
                yuan_text(amount_of(labour, parts)),
            )
        )

    def _to_tables(self) -> None:
        """Enter after the last field: on into the first table that has rows."""
        table = self.labour if self.labour.model.rowCount() or not self.parts.model.rowCount() else self.parts
        table.table.setFocus(Qt.FocusReason.TabFocusReason)
        if table.model.rowCount() and not table.table.currentIndex().isValid():
            table.table.setCurrentIndex(table.model.index(0, 0))

    # -- saving -----------------------------------------------------------------------------

    def form_input(self, errors: FieldErrors) -> ClaimInput:
        """The form as the service takes it; values that cannot be read go to errors."""
        return ClaimInput(
            order_id=self.order_id,
            claim_no=self.claim_no.text(),
            warranty_kind=self.panel.chosen_kind(),
            override_reason=self.panel.override_reason(),
            fault_code=self.fault_code.text(),
            fault_name=self.fault_name.text(),
            causal_part_no=self.causal_part_no.text(),
            causal_part_name=self.causal_part_name.text(),
            labour=labour_inputs(self.labour.model, errors),
            parts=part_inputs(self.parts.model, errors),
        )

    def save(self) -> None:
        if self.saving.running or not self.editable:
            return
        self.message.clear()
        errors = FieldErrors()
        data = self.form_input(errors)
        unreadable = errors.error()
        if unreadable is not None:
            self.show_errors(unreadable)
            return
        current = self.claim
        if current is None:
            op = self.ops.write(self._claims.create, self._actor, data)
        else:
            reason = self.reissue.text() if self.reissue_form.isVisibleTo(self) else ""
            op = self.ops.write(self._claims.update, self._actor, current.id, current.version, data, reason)
        self.saving.start()
        op.success(self._saved).failure(self._failed).finally_(self._save_ended).run()

    def _save_ended(self) -> None:
        self.saving.end()
        self.save_button.setEnabled(self.editable)

    def _saved(self, claim: ClaimInfo) -> None:
        self.clear_errors()
        self.reissue.clear()
        self.reissue_form.hide()
        self._fill(claim)
        self.message.setText(self.tr("已保存索赔单 {0}").format(claim.claim_no))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.show_errors(error)
            return
        show_error(self, error)
        if isinstance(error, Conflict):
            self.reload()

    def reload(self) -> None:
        """The claim as stored (after a conflict: as another counter saved it)."""
        if self.claim is None:
            return

        def shown(claim: ClaimInfo) -> None:
            self._fill(claim)
            self.message.setText(self.tr("已重新载入其他电脑保存的内容，请重新录入您的修改"))

        self.ops.read(self._claims.get, self._actor, self.claim.id).success(shown).run()

    def show_errors(self, error: ValidationError) -> None:
        """Every mistake beside its field or in its table's cell at once; the rest in a box."""
        self.labour.clear_errors()
        self.parts.clear_errors()
        if any(e.field == "reissue_reason" for e in errors_of(error)):
            self.reissue_form.show()  # printed tags would change: the reason, then save again
        forms = (self.header, self.reissue_form, self.panel.form)
        beside = place_field_errors(self, forms, error)
        rest = self.parts.show_errors(self.labour.show_errors(beside))
        if len(beside) == len(errors_of(error)):  # none beside a field: to the first table at fault
            table = next((t for t in (self.labour, self.parts) if t.error_text()), None)
            if table is not None:
                table.table.setFocus()
        if rest:
            show_error(self, combined(rest))

    def clear_errors(self) -> None:
        self.header.clear_errors()
        self.panel.form.clear_errors()
        self.reissue_form.clear_errors()
        self.labour.clear_errors()
        self.parts.clear_errors()

    def reject(self) -> None:
        """Esc, 关闭 and the close box: a form with unsaved changes asks 放弃修改？ first."""
        if self.discard.may_close():
            super().reject()
