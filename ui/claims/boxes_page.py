"""回运箱: the return boxes (newest first, a status filter), a new box for a brand, and the
selected box's pieces.

Keyboard: Ctrl+N opens a new box for the chosen brand, F5 reads again; the scan field (it has the
keyboard) packs each scanned tag into the selected open box, or takes it out with 出箱 chosen; a
scanned box number (HY2611-001) selects that box. 发运… asks the carrier and waybill, Ctrl+P
prints the box label, and a shipped piece is settled as the manufacturer says: 验收, 扣款… (a
reason of its list) or 报废.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from app.claims import BoxInfo, BoxStatus, PieceInfo, PieceState
from app.errors import QiantaiError
from app.printing import DocumentKind, PrintOptions
from app.roles import Permission
from app.vehicles import ModelInfo
from ui.base_tab import BaseTab
from ui.claims.box_dialogs import DeductDialog, ShipDialog
from ui.claims.old_parts_model import PiecesModel, box_columns, box_status_choices, piece_columns
from ui.claims.page_kit import page_button, page_shortcut, read_only_table, selected_row
from ui.claims.store_page import OK_STYLE, SCAN_STYLE
from ui.errors import show_error
from ui.forms import ERROR_STYLE
from ui.i18n import localized
from ui.intake.prompts import ask
from ui.labels_i18n import tr_label
from ui.operations import Op
from ui.printing.document_flow import DocumentFlow
from ui.table_model import RowsModel

BOX_NUMBER = re.compile(r"^HY\d{4}-\d{3}$", re.IGNORECASE)
PACK, UNPACK = "pack", "unpack"
T = TypeVar("T")


class BoxesPage(QWidget):
    def __init__(self, host: BaseTab, flow: DocumentFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boxes_page")
        self._host, self._flow = host, flow
        self.ops = host.ops.for_widget(self)
        self._parts = host.services.claims.old_parts
        self._select_id: int | None = None  # the box to select once the list is in
        self.last_carrier = ""
        self.status = QComboBox(self)
        self.status.setObjectName("boxes_status")
        for label, status in box_status_choices():
            self.status.addItem(label, status.value if status is not None else None)
        self.status.currentIndexChanged.connect(lambda _index: self.reload())
        self.brand = QComboBox(self)
        self.brand.setObjectName("box_brand")
        self.brand.setMinimumContentsLength(6)
        self.open_button = page_button(self, self.tr("开新箱 (Ctrl+N)"), "open_box", self.open_box, "Ctrl+N")
        self.refresh_button = page_button(self, self.tr("刷新 (F5)"), "boxes_refresh", self.reload, "F5")
        self.boxes: RowsModel[BoxInfo] = RowsModel(box_columns(), self)
        self.box_table = read_only_table(self, self.boxes, "boxes_table", stretch=6)
        self.box_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_box())
        self.heading = QLabel(self)
        self.heading.setObjectName("box_heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.mode = QComboBox(self)
        self.mode.setObjectName("scan_mode")
        self.mode.addItem(self.tr("扫描装箱"), PACK)
        self.mode.addItem(self.tr("扫描出箱"), UNPACK)
        self.scan = QLineEdit(self)
        self.scan.setObjectName("box_scan")
        self.scan.setStyleSheet(SCAN_STYLE)
        self.scan.setPlaceholderText(self.tr("扫描旧件标签装入所选的箱子，或扫描箱号选箱"))
        self.scan.returnPressed.connect(self.scanned)
        self.box_table.activated.connect(lambda _index: self.scan.setFocus())  # Enter: scan into it
        self.result = QLabel(self)
        self.result.setObjectName("box_result")
        self.result.setWordWrap(True)
        self.pieces = PiecesModel(piece_columns(), self)
        self.piece_table = read_only_table(self, self.pieces, "box_pieces", stretch=3)
        self.piece_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.ship_button = page_button(self, self.tr("发运…"), "ship_box", self.ship)
        self.label_button = page_button(
            self, self.tr("打印箱标签 (Ctrl+P)"), "print_box_label", self.print_label, "Ctrl+P"
        )
        self.accept_button = page_button(self, self.tr("验收"), "settle_accept", self.accept_piece)
        self.deduct_button = page_button(self, self.tr("扣款…"), "settle_deduct", self.deduct_piece)
        self.scrap_button = page_button(self, self.tr("报废"), "settle_scrap", self.scrap_piece)
        page_shortcut(self, "Ctrl+F", self.scan.setFocus)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("回运箱"), self))
        top.addWidget(self.status)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("品牌"), self))
        top.addWidget(self.brand)
        top.addWidget(self.open_button)
        top.addWidget(self.refresh_button)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.mode)
        scan_row.addWidget(self.scan, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.ship_button)
        actions.addWidget(self.label_button)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("所选旧件："), self))
        for button in (self.accept_button, self.deduct_button, self.scrap_button):
            actions.addWidget(button)
        detail = QWidget(self)
        box_layout = QVBoxLayout(detail)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.heading)
        box_layout.addLayout(scan_row)
        box_layout.addWidget(self.result)
        box_layout.addWidget(self.piece_table, 1)
        box_layout.addLayout(actions)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.box_table)
        split.addWidget(detail)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._brands_read = False
        self._show_box()

    # -- loading ----------------------------------------------------------------------------

    def focus_main(self) -> None:
        self.scan.setFocus()

    def refresh(self) -> None:
        if not self._brands_read:
            self.read_brands()
        self.reload()

    def read_brands(self) -> None:
        """The brands of the dealer's vehicle models: a box takes the pieces of one brand."""
        models = self._host.services.vehicles.models

        def show(found: list[ModelInfo]) -> None:
            self._brands_read = True
            chosen = self.brand.currentText()
            brands = sorted({m.brand for m in found if m.brand})
            self.brand.clear()
            self.brand.addItems(brands)
            if chosen in brands:
                self.brand.setCurrentText(chosen)

        self.ops.read(models.list_models, self._host.actor).latest("brands").success(show).run()

    def chosen_status(self) -> BoxStatus | None:
        value = self.status.currentData()
        return BoxStatus(value) if value else None

    def reload(self) -> None:
        op = self.ops.read(self._parts.boxes, self._host.actor, self.chosen_status())
        op.latest("boxes").success(self._show_boxes).run()

    def _show_boxes(self, boxes: tuple[BoxInfo, ...]) -> None:
        current = self.box()
        wanted = self._select_id if self._select_id is not None else (current.id if current else None)
        self._select_id = None
        self.boxes.set_rows(boxes)
        row = next((i for i, b in enumerate(boxes) if b.id == wanted), None)
        if row is None and boxes:
            row = 0
        if row is not None:
            self.box_table.selectRow(row)
        self._show_box()

    def box(self) -> BoxInfo | None:
        found: BoxInfo | None = selected_row(self.box_table, self.boxes)
        return found

    def piece(self) -> PieceInfo | None:
        found: PieceInfo | None = selected_row(self.piece_table, self.pieces)
        return found

    def _show_box(self) -> None:
        box = self.box()
        chosen = self.piece()
        self.pieces.set_rows(box.pieces if box is not None else ())
        if box is None:
            self.heading.setText(self.tr("没有选中的回运箱：选择品牌后开新箱 (Ctrl+N)"))
        else:
            text = self.tr("回运箱 {0}　{1}　{2}　{3} 件").format(
                box.box_no, box.brand, tr_label(box.status_label), len(box.pieces)
            )
            if box.waybill:
                text += self.tr("　{0} 运单 {1}").format(box.carrier, box.waybill)
            self.heading.setText(text)
            row = self.pieces.row_of(chosen.id) if chosen is not None else None
            if row is not None or box.pieces:
                self.piece_table.selectRow(row or 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        box, piece = self.box(), self.piece()
        is_open = box is not None and box.status is BoxStatus.OPEN
        self.ship_button.setEnabled(is_open and bool(box and box.pieces))
        may_print = self._host.actor.can(Permission.PRINT)
        self.label_button.setEnabled(box is not None and bool(box.pieces) and may_print)
        shipped = piece is not None and piece.state is PieceState.SHIPPED
        self.accept_button.setEnabled(shipped)
        self.deduct_button.setEnabled(shipped)
        self.scrap_button.setEnabled(
            piece is not None and piece.state in (PieceState.STORED, PieceState.SHIPPED)
        )

    # -- boxes ------------------------------------------------------------------------------

    def open_box(self) -> None:
        brand = self.brand.currentText()
        if not brand:
            self._say(self.tr("还没有车型品牌：请先在车型资料中登记品牌"), False)
            return

        def opened(box: BoxInfo) -> None:
            self._select_id = box.id
            if self.chosen_status() not in (None, BoxStatus.OPEN):
                self.status.setCurrentIndex(0)  # the new box is in the list
            self._say(self.tr("已开新箱 {0}（{1}），请扫描旧件装箱").format(box.box_no, box.brand), True)
            self.mode.setCurrentIndex(self.mode.findData(PACK))
            self.scan.setFocus()

        self.ops.write(self._parts.open_box, self._host.actor, brand).success(opened).run()

    def ship(self) -> None:
        box = self.box()
        if box is None or not self.ship_button.isEnabled():
            return
        dialog = ShipDialog(self._parts, self._host.actor, box, self.last_carrier, self, self.ops)

        def closed(_result: int) -> None:
            if dialog.shipped is not None:
                self.last_carrier = dialog.shipped.carrier
                self._say(
                    self.tr("回运箱 {0} 已发运（{1} {2}）").format(
                        dialog.shipped.box_no, dialog.shipped.carrier, dialog.shipped.waybill
                    ),
                    True,
                )
            self.box_table.setFocus()

        self._host.show_dialog(dialog, closed)

    def print_label(self) -> None:
        box = self.box()
        if box is None or not self.label_button.isEnabled():
            return
        title = self.tr("打印预览 - 回运箱标签 {0}").format(box.box_no)
        self._flow.preview(self, DocumentKind.BOX_LABEL, box.box_no, PrintOptions(), title)

    # -- scanning ---------------------------------------------------------------------------

    def scanned(self) -> None:
        code = self.scan.text().strip()
        if not code:
            return
        self.scan.clear()  # at once: a scanner may type the next tag before this one is answered
        actor = self._host.actor
        if BOX_NUMBER.match(code.replace(" ", "")):
            self._run(self.ops.read(self._parts.box_by_number, actor, code), self._box_scanned)
            return
        if self.mode.currentData() == UNPACK:
            self._run(self.ops.write(self._parts.unpack, actor, code), self._unpacked)
            return
        box = self.box()
        if box is None or box.status is not BoxStatus.OPEN:
            self._say(self.tr("请先选择一个装箱中的回运箱，或开新箱 (Ctrl+N)"), False)
            self._next_scan()
            return
        self._run(self.ops.write(self._parts.pack, actor, box.id, code), self._packed)

    def _run(self, op: Op[T], done: Callable[[T], None]) -> None:
        op.success(done).failure(self._failed).run()

    def _box_scanned(self, box: BoxInfo) -> None:
        self._select_id = box.id
        self.status.setCurrentIndex(0)
        self.reload()
        self._say(self.tr("已选中回运箱 {0}").format(box.box_no), True)
        self._next_scan()

    def _packed(self, piece: PieceInfo) -> None:
        self._say(self.tr("已装箱：{0} → {1}").format(piece.barcode, piece.box_no), True)
        self._next_scan()

    def _unpacked(self, piece: PieceInfo) -> None:
        self._say(self.tr("已出箱：{0}，回到库位 {1}").format(piece.barcode, piece.storage_bin or "—"), True)
        self._next_scan()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, QiantaiError):
            show_error(self, error)
            return
        self._say(localized(error.message), False)
        self._next_scan()

    def _next_scan(self) -> None:
        self.scan.setFocus()  # (cleared as it was scanned: what is typed since stays)

    def _say(self, text: str, ok: bool) -> None:
        self.result.setStyleSheet(OK_STYLE if ok else ERROR_STYLE + " font-weight: bold;")
        self.result.setText(text)

    # -- the manufacturer's verdict ---------------------------------------------------------

    def _settle(self, outcome: PieceState) -> None:
        piece = self.piece()
        if piece is None:
            return

        def settled(done: PieceInfo) -> None:
            self._say(self.tr("{0} {1}").format(done.barcode, tr_label(done.state_label)), True)

        op = self.ops.write(self._parts.settle, self._host.actor, piece.barcode, outcome)
        op.success(settled).run()

    def accept_piece(self) -> None:
        if self.accept_button.isEnabled():
            self._settle(PieceState.ACCEPTED)

    def scrap_piece(self) -> None:
        piece = self.piece()
        if piece is None or not self.scrap_button.isEnabled():
            return
        question = self.tr("报废旧件 {0}（{1}，第 {2} 件）？报废后不能撤销。").format(
            piece.barcode, piece.part_name, piece.piece_text
        )
        if ask(self, self.tr("报废旧件"), question, self.tr("报废")):
            self._settle(PieceState.SCRAPPED)

    def deduct_piece(self) -> None:
        piece = self.piece()
        if piece is None or not self.deduct_button.isEnabled():
            return
        claims, actor = self._host.services.claims.claims, self._host.actor

        def show(reasons: tuple[str, ...]) -> None:
            dialog = DeductDialog(self._parts, actor, piece, reasons, self, self.ops)

            def closed(_result: int) -> None:
                if dialog.settled is not None:
                    self._say(
                        self.tr("{0} 已扣款：{1}").format(
                            dialog.settled.barcode, tr_label(dialog.settled.settle_reason)
                        ),
                        True,
                    )
                self.piece_table.setFocus()

            self._host.show_dialog(dialog, closed)

        self.ops.read(lambda: claims.rules(actor).deduction_reasons).success(show).run()
