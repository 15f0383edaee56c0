"""旧件入库: a handheld scanner types a tag's Code 128 value (or its QR text) and Enter.

With 扫描即入库 on (the default) and a bin filled in, the piece goes to that bin at once; the bin
stays for the next scan. Off, or with no bin yet, the scan finds the piece and shows it, the bin
field takes the keyboard with the last bin ready, and Enter there stores it. Every scan and its
outcome go to the session's list (newest on top); a mistake is said in red, and the scan field is
cleared and has the keyboard again for the next tag. 打印今日标签 (Ctrl+P) previews and prints the
tags of today's claims that were never printed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.claims import PieceInfo, PieceState
from app.claims.storage import OldPartsService
from app.clock import local_today
from app.errors import QiantaiError
from app.printing import DocumentKind, PrintOptions
from app.roles import Permission
from ui.base_tab import BaseTab
from ui.claims.old_parts_model import ScanEntry, ScansModel, hazard_text
from ui.claims.page_kit import page_button, read_only_table
from ui.errors import show_error
from ui.forms import ERROR_STYLE
from ui.i18n import localized
from ui.labels_i18n import tr_label
from ui.printing.document_flow import DocumentFlow

SCAN_STYLE = "font-size: 16px; padding: 4px;"
OK_STYLE = "color: #1e8449;"


class StorePage(QWidget):
    def __init__(self, host: BaseTab, flow: DocumentFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("store_page")
        self._host, self._flow = host, flow
        self.ops = host.ops.for_widget(self)
        self._parts: OldPartsService = host.services.claims.old_parts
        self._clock = host.services.clock
        self.pending: str | None = None  # the code found and waiting for its bin
        self.scan = QLineEdit(self)
        self.scan.setObjectName("store_scan")
        self.scan.setStyleSheet(SCAN_STYLE)
        self.scan.setPlaceholderText(self.tr("扫描旧件标签（条码或二维码），或输入标签码后回车"))
        self.scan.returnPressed.connect(self.scanned)
        self.bin = QLineEdit(self)
        self.bin.setObjectName("store_bin")
        self.bin.setStyleSheet(SCAN_STYLE)
        self.bin.setPlaceholderText(self.tr("如 J-01-2"))
        self.bin.setMaximumWidth(160)
        self.bin.returnPressed.connect(self.bin_entered)
        self.instant = QCheckBox(self.tr("扫描即入库"), self)
        self.instant.setObjectName("store_instant")
        self.instant.setChecked(True)
        self.instant.setToolTip(self.tr("已填库位时，扫描后直接入库到该库位"))
        self.result = QLabel(self)
        self.result.setObjectName("store_result")
        self.result.setWordWrap(True)
        self.piece_label = QLabel(self)
        self.piece_label.setObjectName("store_piece")
        self.piece_label.setWordWrap(True)
        self.piece_label.setTextFormat(Qt.TextFormat.PlainText)
        self.piece_label.setStyleSheet("font-size: 14px;")
        self.hazard = QLabel(self)
        self.hazard.setObjectName("store_hazard")
        self.hazard.setStyleSheet("color: #c0392b; font-weight: bold; font-size: 14px;")
        self.model = ScansModel(self)
        self.table = read_only_table(self, self.model, "store_scans", stretch=2)
        self.print_button = page_button(
            self, self.tr("打印今日标签 (Ctrl+P)"), "print_today", self.print_today, "Ctrl+P"
        )
        self.print_button.setEnabled(host.actor.can(Permission.PRINT))

        scan_row = QHBoxLayout()
        scan_row.addWidget(QLabel(self.tr("标签"), self))
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(QLabel(self.tr("库位"), self))
        scan_row.addWidget(self.bin)
        scan_row.addWidget(self.instant)
        piece_row = QHBoxLayout()
        piece_row.addWidget(self.piece_label, 1)
        piece_row.addWidget(self.hazard)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("本次扫描（最新在上）"), self))
        bottom.addStretch(1)
        bottom.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(scan_row)
        layout.addWidget(self.result)
        layout.addLayout(piece_row)
        layout.addLayout(bottom)
        layout.addWidget(self.table, 1)
        self.show_piece(None)

    # -- the page's way ---------------------------------------------------------------------

    def focus_main(self) -> None:
        (self.bin if self.pending is not None else self.scan).setFocus()

    def refresh(self) -> None:
        """Nothing to read again: what was scanned stays as it was said."""

    def set_code(self, code: str) -> None:
        """A code brought from another page (a work list): ready to scan in, Enter stores it."""
        self.scan.setText(code)
        self.scan.setFocus()
        self.scan.selectAll()

    def scanned(self) -> None:
        code = self.scan.text().strip()
        if not code:
            return
        self.scan.clear()  # at once: a scanner may type the next tag before this one is answered
        storage_bin = self.bin.text().strip()
        if self.instant.isChecked() and storage_bin:
            self._store(code, storage_bin)
            return
        op = self.ops.read(self._parts.find, self._host.actor, code)
        op.success(lambda piece: self._found(code, piece)).failure(lambda e: self._failed(code, e)).run()

    def _found(self, code: str, piece: PieceInfo) -> None:
        self.pending = code
        self.show_piece(piece)
        if not self.bin.text().strip() and piece.storage_bin:
            self.bin.setText(piece.storage_bin)
        self._say(self.tr("已找到 {0}：填写库位后回车入库").format(piece.barcode), True)
        self.bin.setFocus()
        self.bin.selectAll()

    def bin_entered(self) -> None:
        storage_bin = self.bin.text().strip()
        code = self.pending or self.scan.text().strip()
        if not code:
            self.scan.setFocus()
            return
        if not storage_bin:
            self._say(self.tr("请填写库位"), False)
            return
        self._store(code, storage_bin)

    def _store(self, code: str, storage_bin: str) -> None:
        op = self.ops.write(self._parts.store, self._host.actor, code, storage_bin)
        op.success(self._stored).failure(lambda e: self._failed(code, e)).run()

    def _stored(self, piece: PieceInfo) -> None:
        self.pending = None
        self.bin.setText(piece.storage_bin)  # the bin as the service wrote it, for the next scan
        text = self.tr("已入库：{0} → 库位 {1}").format(piece.barcode, piece.storage_bin)
        self.model.add(ScanEntry(self._clock(), piece.barcode, True, text, piece))
        self.show_piece(piece)
        self._say(text, True)
        self._next_scan()

    def _failed(self, code: str, error: BaseException) -> None:
        if not isinstance(error, QiantaiError):
            show_error(self, error)  # a bug: with its details
            return
        self.pending = None
        self.model.add(ScanEntry(self._clock(), code, False, error.message))
        self.show_piece(None)
        self._say(localized(error.message), False)
        self._next_scan()

    def _next_scan(self) -> None:
        self.scan.setFocus()  # (cleared as it was scanned: what is typed since stays)

    def _say(self, text: str, ok: bool) -> None:
        self.result.setStyleSheet(OK_STYLE if ok else ERROR_STYLE + " font-weight: bold;")
        self.result.setText(text)

    def show_piece(self, piece: PieceInfo | None) -> None:
        if piece is None:
            self.piece_label.setText(self.tr("扫描后在此显示旧件：索赔单、零件、件号、状态和库位"))
            self.hazard.clear()
            return
        state = tr_label(piece.state_label)
        where = piece.storage_bin or "—"
        if piece.state in (PieceState.BOXED, PieceState.SHIPPED) and piece.box_no:
            where = self.tr("{0}（回运箱 {1}）").format(where, piece.box_no)
        self.piece_label.setText(
            self.tr("索赔单 {0}　零件 {1} {2}　第 {3} 件　{4}　库位 {5}").format(
                piece.claim_no, piece.part_no, piece.part_name, piece.piece_text, state, where
            )
        )
        self.hazard.setText(hazard_text(piece.hazardous))

    # -- printing ---------------------------------------------------------------------------

    def today(self) -> str:
        return local_today(self._clock).isoformat()

    def print_today(self) -> None:
        if not self.print_button.isEnabled():
            return
        day = self.today()
        title = self.tr("打印预览 - {0} 未打印的旧件标签").format(day)
        self._flow.preview(self, DocumentKind.PART_TAG, day, PrintOptions(), title)
