"""The return box's dialogs: 发运 (carrier and waybill) and 扣款 (the manufacturer's reason for
deducting a returned piece, from its list). Enter moves from field to field and records at the
last; a mistake is shown beside its field, anything else in a message box."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.claims import BoxInfo, PieceInfo, PieceState
from app.claims.storage import OldPartsService
from app.errors import Conflict, ValidationError
from app.roles import Actor
from ui.errors import show_error
from ui.forms import CounterDialog, FieldForm, SaveGuard, ok_cancel
from ui.intake.enter_chain import EnterChain
from ui.labels_i18n import tr_label
from ui.operations import Operations


class ShipDialog(CounterDialog):
    """发运: the box leaves with a carrier under a waybill; its pieces are shipped with it."""

    def __init__(
        self,
        parts: OldPartsService,
        actor: Actor,
        box: BoxInfo,
        carrier: str = "",
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ship_dialog")
        self.ops = (ops or Operations(self)).for_widget(self)
        self._parts, self._actor, self.box = parts, actor, box
        self.shipped: BoxInfo | None = None
        self.setWindowTitle(self.tr("发运回运箱 {0}").format(box.box_no))
        self.setMinimumWidth(440)
        intro = QLabel(
            self.tr("回运箱 {0}（{1}，{2} 件）交承运商发运。").format(box.box_no, box.brand, len(box.pieces)),
            self,
        )
        self.form = FieldForm(self)
        self.carrier = QLineEdit(self)
        self.carrier.setObjectName("carrier")
        self.carrier.setPlaceholderText(self.tr("如 顺丰速运"))
        self.carrier.setText(carrier)
        self.waybill = QLineEdit(self)
        self.waybill.setObjectName("waybill")
        self.waybill.setPlaceholderText(self.tr("可扫描运单条码"))
        self.form.add_field("carrier", self.tr("承运商"), self.carrier)
        self.form.add_field("waybill", self.tr("运单号"), self.waybill)
        buttons = ok_cancel(self)
        buttons.accepted.connect(self.save)
        self.saving = SaveGuard(*buttons.buttons())
        self.enter_chain = EnterChain([self.carrier, self.waybill], self.save, self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        (self.waybill if carrier else self.carrier).setFocus()

    def save(self) -> None:
        if self.saving.running:
            return
        b = self.box
        op = self.ops.write(
            self._parts.ship_box, self._actor, b.id, b.version, self.carrier.text(), self.waybill.text()
        )
        self.saving.start()
        op.success(self._shipped).failure(self._failed).finally_(self.saving.end).run()

    def _shipped(self, box: BoxInfo) -> None:
        self.shipped = box
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError) and self.form.show_error(error):
            return
        show_error(self, error)
        if isinstance(error, Conflict):
            self.reject()  # the page reads the box again


class DeductDialog(CounterDialog):
    """扣款: the manufacturer deducted a returned piece, for one of the reasons of its list."""

    def __init__(
        self,
        parts: OldPartsService,
        actor: Actor,
        piece: PieceInfo,
        reasons: tuple[str, ...],
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deduct_dialog")
        self.ops = (ops or Operations(self)).for_widget(self)
        self._parts, self._actor, self.piece = parts, actor, piece
        self.settled: PieceInfo | None = None
        self.setWindowTitle(self.tr("旧件扣款：{0}").format(piece.barcode))
        self.setMinimumWidth(440)
        heading = QLabel(
            self.tr("{0} {1}（第 {2} 件，索赔单 {3}）").format(
                piece.part_no, piece.part_name, piece.piece_text, piece.claim_no
            ),
            self,
        )
        heading.setStyleSheet("font-weight: bold;")
        intro = QLabel(self.tr("选择厂家的扣款原因，回车保存。"), self)
        self.form = FieldForm(self)
        self.reason = QComboBox(self)
        self.reason.setObjectName("deduct_reason")
        for reason in reasons:
            self.reason.addItem(tr_label(reason), reason)
        self.form.add_field("reason", self.tr("扣款原因"), self.reason)
        buttons = ok_cancel(self)
        buttons.accepted.connect(self.save)
        self.saving = SaveGuard(*buttons.buttons())
        self.enter_chain = EnterChain([self.reason], self.save, self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def save(self) -> None:
        if self.saving.running:
            return
        reason = str(self.reason.currentData() or "")
        op = self.ops.write(self._parts.settle, self._actor, self.piece.barcode, PieceState.DEDUCTED, reason)
        self.saving.start()
        op.success(self._settled).failure(self._failed).finally_(self.saving.end).run()

    def _settled(self, piece: PieceInfo) -> None:
        self.settled = piece
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError) and self.form.show_error(error):
            return
        show_error(self, error)
