"""旧件清单: the clerk's work lists of old parts (to ship, overdue, may scrap, claim without part,
part without tag) on today's date and each brand's deadlines.

Keyboard: the list chooser (↑↓ choose), then Enter into the table; Enter on a row opens its claim in the
claim form; Ctrl+I takes the row's tag code to 旧件入库 to be scanned in there; F5 reads again.
On 可报废, 报废… scraps the selected piece (asked first).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.claims import ClaimInfo, Eligibility, ListedPiece, PartList, PieceState
from ui.base_tab import BaseTab
from ui.claims.claim_dialog import ClaimDialog
from ui.claims.old_parts_model import listed_columns, part_list_choices
from ui.claims.page_kit import page_button, read_only_table, select_first, selected_row
from ui.intake.prompts import ask
from ui.table_model import RowsModel
from ui.tasks import TaskControl

NOTE_COLUMN = 8


class ListsPage(QWidget):
    def __init__(self, host: BaseTab, to_store: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lists_page")
        self._host, self._to_store = host, to_store
        self.ops = host.ops.for_widget(self)
        self._parts = host.services.claims.old_parts
        self.which = QComboBox(self)
        self.which.setObjectName("part_list")
        for label, which in part_list_choices():
            self.which.addItem(label, which.value)
        self.which.currentIndexChanged.connect(lambda _index: self.reload())
        self.count = QLabel(self)
        self.count.setObjectName("part_list_count")
        self.model: RowsModel[ListedPiece] = RowsModel(listed_columns(), self)
        self.table = read_only_table(self, self.model, "part_list_table", stretch=NOTE_COLUMN)
        self.table.activated.connect(lambda _index: self.open_claim())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.open_button = page_button(
            self, self.tr("打开索赔单 (Enter)"), "list_open_claim", self.open_claim
        )
        self.store_button = page_button(
            self, self.tr("到旧件入库扫描 (Ctrl+I)"), "list_to_store", self.take_to_store, "Ctrl+I"
        )
        self.refresh_button = page_button(self, self.tr("刷新 (F5)"), "lists_refresh", self.reload, "F5")
        self.scrap_button = page_button(self, self.tr("报废…"), "list_scrap", self.scrap)
        self.which.installEventFilter(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("清单"), self))
        top.addWidget(self.which)
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(self.open_button)
        top.addWidget(self.store_button)
        top.addWidget(self.scrap_button)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on the chooser goes into the table (the chooser opens with Alt+↓ or F4)."""
        if (
            watched is self.which
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.model.rowCount()
        ):
            self.table.setFocus()
            select_first(self.table, self.model.rows)
            return True
        return False

    def focus_main(self) -> None:
        (self.table if self.model.rowCount() else self.which).setFocus()

    def refresh(self) -> None:
        self.reload()

    def chosen(self) -> PartList:
        return PartList(self.which.currentData())

    def reload(self) -> None:
        op = self.ops.read(self._parts.work_list, self._host.actor, self.chosen())
        op.latest("list").success(self._show).run()

    def _show(self, rows: tuple[ListedPiece, ...]) -> None:
        chosen = self.selected()
        self.model.set_rows(rows)
        self.count.setText(self.tr("{0} 件").format(len(rows)))
        row = next((i for i, x in enumerate(rows) if chosen and x.piece.id == chosen.piece.id), None)
        if row is not None:
            self.table.selectRow(row)
        else:
            select_first(self.table, rows)
        self._update_buttons()

    def selected(self) -> ListedPiece | None:
        found: ListedPiece | None = selected_row(self.table, self.model)
        return found

    def _update_buttons(self) -> None:
        row = self.selected()
        self.open_button.setEnabled(row is not None)
        self.store_button.setEnabled(row is not None)
        # Kept as long as the brand asks after payment and never requested: it may go now.
        self.scrap_button.setVisible(self.chosen() is PartList.MAY_SCRAP)
        self.scrap_button.setEnabled(row is not None and row.piece.state is PieceState.STORED)

    def take_to_store(self) -> None:
        row = self.selected()
        if row is not None:
            self._to_store(row.piece.barcode)

    def scrap(self) -> None:
        row = self.selected()
        if row is None or not self.scrap_button.isEnabled() or self.scrap_button.isHidden():
            return
        piece = row.piece
        question = self.tr("报废旧件 {0}（{1}，第 {2} 件，库位 {3}）？报废后不能撤销。").format(
            piece.barcode, piece.part_name, piece.piece_text, piece.storage_bin
        )
        if not ask(self, self.tr("报废旧件"), question, self.tr("报废")):
            return
        op = self.ops.write(self._parts.settle, self._host.actor, piece.barcode, PieceState.SCRAPPED)
        op.success(lambda done: self._host.show_message(self.tr("{0} 已报废").format(done.barcode))).run()

    def open_claim(self) -> None:
        """The row's claim in the claim form (read-only once filed); closed, back to the list."""
        row = self.selected()
        if row is None:
            return
        claims, actor = self._host.services.claims.claims, self._host.actor

        def load(_control: TaskControl) -> tuple[ClaimInfo, Eligibility]:
            claim = claims.get(actor, row.piece.claim_id)
            return claim, claims.eligibility(actor, claim.order_id)

        def show(loaded: tuple[ClaimInfo, Eligibility]) -> None:
            claim, eligibility = loaded
            form = ClaimDialog(claims, actor, eligibility, claim=claim, parent=self, ops=self.ops)
            self._host.show_dialog(form, lambda _result: self.table.setFocus())

        self.ops.task(load).success(show).run()
