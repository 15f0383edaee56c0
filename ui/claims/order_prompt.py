"""新建索赔 asks first for the repair order (its RO number, typed or scanned; Enter looks it up).

Found, the claim is drafted from the order's warranty lines and its eligibility read, off the UI
thread; an order that already has claims says so under the field, and a second Enter goes on."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.claims import ClaimInput, ClaimRow, ClaimService, Eligibility
from app.errors import NotFound, ValidationError
from app.orders import OrderInfo, RepairOrderService
from app.orders.numbering import format_ro_number, parse_ro_number
from app.roles import Actor
from ui.claims.claims_model import number_text
from ui.errors import show_error
from ui.forms import CounterDialog, FieldForm, SaveGuard, ok_cancel
from ui.labels_i18n import tr_label
from ui.operations import Operations
from ui.tasks import TaskControl


@dataclass(frozen=True)
class NewClaim:
    order: OrderInfo
    draft: ClaimInput
    eligibility: Eligibility
    existing: tuple[ClaimRow, ...]


class OrderNumberDialog(CounterDialog):
    def __init__(
        self,
        orders: RepairOrderService,
        claims: ClaimService,
        actor: Actor,
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("order_number_dialog")
        self.ops = (ops or Operations(self)).for_widget(self)
        self._orders, self._claims, self._actor = orders, claims, actor
        self.found: NewClaim | None = None
        self._pending: NewClaim | None = None  # found with earlier claims: the next Enter goes on
        self.setWindowTitle(self.tr("新建索赔"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("索赔单由工单的索赔项目带出。请输入或扫描工单号，回车继续。"), self)
        intro.setWordWrap(True)
        self.form = FieldForm(self)
        self.ro_number = QLineEdit(self)
        self.ro_number.setObjectName("ro_number")
        self.ro_number.setPlaceholderText(self.tr("如 RO20261127-0001"))
        self.form.add_field("ro_number", self.tr("工单号"), self.ro_number)
        self.note = QLabel(self)
        self.note.setObjectName("existing_claims")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #b9770e;")
        self.note.hide()
        buttons = ok_cancel(self)
        buttons.accepted.connect(self.look_up)
        self.saving = SaveGuard(*buttons.buttons())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.ro_number.returnPressed.connect(self.look_up)
        self.ro_number.textEdited.connect(self._edited)
        self.ro_number.setFocus()

    def _edited(self) -> None:
        self._pending = None
        self.note.hide()

    def look_up(self) -> None:
        if self.saving.running:
            return
        if self._pending is not None:
            self.found = self._pending
            self.accept()
            return
        parsed = parse_ro_number(self.ro_number.text())
        if parsed is None:
            self.form.put_error(ValidationError("ro_number", self.tr("工单号形如 RO20261127-0001，请核对")))
            self.ro_number.selectAll()
            return
        number = format_ro_number(*parsed)
        orders, claims, actor = self._orders, self._claims, self._actor

        def load(_control: TaskControl) -> NewClaim:
            order = orders.get_by_number(actor, number)
            draft = claims.draft_from_order(actor, order.id)
            eligibility = claims.eligibility(actor, order.id)
            return NewClaim(order, draft, eligibility, claims.list_claims(actor, order_id=order.id))

        self.saving.start()
        self.ops.task(load).success(self._loaded).failure(self._failed).finally_(self.saving.end).run()

    def _loaded(self, found: NewClaim) -> None:
        self.form.clear_errors()
        self.ro_number.setText(found.order.ro_number)
        if not found.existing:
            self.found = found
            self.accept()
            return
        self._pending = found
        listed = self.tr("、").join(
            f"{number_text(c.claim_no, c.provisional)} {tr_label(c.status_label)}" for c in found.existing
        )
        self.note.setText(self.tr("该工单已有索赔单：{0}。再按回车仍新建一张。").format(listed))
        self.note.show()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, NotFound | ValidationError):
            self.form.put_error(ValidationError("ro_number", error.message))
            self.ro_number.setFocus()
            self.ro_number.selectAll()
            return
        show_error(self, error)
