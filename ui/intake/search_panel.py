"""The counter's search box with its ranked results, driven entirely from the keyboard.

Results follow the typing after a short pause; Up/Down in the box move through the results and
Enter opens the highlighted one. A barcode scanner types the VIN and Enter faster than the pause:
Enter then searches at once and opens the best hit when the results come in. The search runs off
the UI thread; an answer that a newer search overtook is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.vehicles import LookupHit
from ui.i18n import tr as _tr
from ui.labels_i18n import tr_label
from ui.operations import Operations
from ui.table_model import Column, RowsModel
from ui.time_format import local_datetime

DEBOUNCE_MS = 200
Search = Callable[[str], list[LookupHit]]


def result_columns() -> list[Column[LookupHit]]:
    return [
        Column(_tr("车牌"), lambda h: h.plate_display or ("—" if h.vehicle_id else _tr("（无车辆）"))),
        Column(_tr("车型"), lambda h: h.model),
        Column(_tr("车主"), lambda h: h.owner_name),
        Column(_tr("电话"), lambda h: h.phone_masked),
        Column(_tr("车架号"), lambda h: h.vin or ""),
        Column(_tr("最近到店"), lambda h: local_datetime(h.last_visit_at)[:10]),
        Column(_tr("匹配"), lambda h: tr_label(h.match_label)),
    ]


class SearchPanel(QWidget):
    hit_chosen = Signal(object)  # LookupHit
    nothing_found = Signal(str)  # the query, so "new vehicle" can start from it
    typing = Signal()  # the advisor changed the text: a new search is on its way
    highlight_changed = Signal()  # another row (or none) is highlighted

    def __init__(self, search: Search, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._ops = ops
        self._last_query: str | None = None  # the text of the search last started
        self._shown_query: str | None = None  # the text whose results are on screen
        self._choose_when_in = False  # Enter came before the results: open the best one then
        # The vehicle on the card: its row is highlighted when the results come (none if absent),
        # so the keys that act on the highlighted row act on what the card shows.
        self.card_vehicle_id: int | None = None
        self.box = QLineEdit(self)
        self.box.setObjectName("search_box")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(
            self.tr("车牌 / 车架号（或后6位） / 电话（或后4位） / 姓名 / 拼音首字母 / 工单号")
        )
        self.box.setToolTip(self.tr("F3 回到搜索框；↑↓ 选择结果，Enter 打开车辆"))
        self.model: RowsModel[LookupHit] = RowsModel(result_columns(), self)
        self.table = QTableView(self)
        self.table.setObjectName("search_results")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.highlight_changed.emit())
        self.status = QLabel(self)
        self.status.setObjectName("search_status")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(self._text_changed)
        self.box.returnPressed.connect(self.choose_current)
        self.box.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)

    # -- searching ------------------------------------------------------------------------

    def _text_changed(self, _text: str) -> None:
        self.card_vehicle_id = None
        self.typing.emit()
        self.timer.start()

    def run_search(self) -> None:
        """Searches now (the timer fired, or Enter came before it did)."""
        self.timer.stop()
        query = self.box.text().strip()
        if query == self._last_query:
            return
        self._last_query = query
        if not query:
            self._show(query, [])
            return
        self._ops.read(self._search, query).latest("search").success(
            lambda hits: self._show(query, hits)
        ).run()

    def _show(self, query: str, hits: list[LookupHit]) -> None:
        self._shown_query = query
        self.model.set_rows(hits)
        if not query:
            self.status.clear()
        elif hits:
            self._highlight_first(hits)
            self.status.setText(self.tr("找到 {0} 条，↑↓ 选择，Enter 打开").format(len(hits)))
        else:
            self.status.setText(self.tr("未找到“{0}”：按 F2 新建车辆").format(query))
        if self._choose_when_in:
            self._choose_when_in = False
            self._choose_shown()

    def _highlight_first(self, hits: list[LookupHit]) -> None:
        """The best hit, or the card's vehicle while the card shows one (no row if it is absent)."""
        if self.card_vehicle_id is None:
            self.table.selectRow(0)
            return
        self.highlight_vehicle(self.card_vehicle_id)

    def highlight_vehicle(self, vehicle_id: int) -> None:
        """Highlights the row of that vehicle, or none when it is not among the results."""
        self.card_vehicle_id = vehicle_id
        row = next((i for i, h in enumerate(self.model.rows) if h.vehicle_id == vehicle_id), None)
        if row is None:
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
        else:
            self.table.selectRow(row)
        self.highlight_changed.emit()

    @property
    def searching(self) -> bool:
        """A search is under way whose results are not on screen yet."""
        return self._shown_query != self._last_query

    def refresh(self) -> None:
        """Searches again with the same text (after a vehicle was added or edited)."""
        self._last_query = None
        self.run_search()

    def current_hit(self) -> LookupHit | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def choose_current(self) -> None:
        """Enter: opens the highlighted hit, once the results of the text in the box are in."""
        if self.timer.isActive() or self._last_query != self.box.text().strip():
            self.run_search()
        if self.searching:
            self._choose_when_in = True
            return
        self._choose_shown()

    def _choose_shown(self) -> None:
        hit = self.current_hit()
        if hit is not None:
            self.hit_chosen.emit(hit)
        elif self.box.text().strip():
            self.nothing_found.emit(self.box.text().strip())

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.hit_chosen.emit(self.model.row_at(index.row()))

    def move_selection(self, step: int) -> None:
        rows = self.model.rowCount()
        if rows == 0:
            return
        current = self.table.currentIndex().row()
        row = 0 if current < 0 else max(0, min(rows - 1, current + step))
        self.table.selectRow(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            steps = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 10,
                Qt.Key.Key_PageUp: -10,
            }
            step = steps.get(Qt.Key(event.key()))
            if step is not None:
                if self.timer.isActive():
                    self.run_search()
                self.move_selection(step)
                return True
        return super().eventFilter(watched, event)

    def focus_box(self) -> None:
        self.box.setFocus()
        self.box.selectAll()
