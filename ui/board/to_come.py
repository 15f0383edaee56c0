"""Under the board: the booked cars still to come today (预约待到店), by time, the late ones
amber, so the workshop sees what is on its way."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.appointments import Booking, BookingState
from ui.appointments.texts import STATE_COLOURS, car_text, local_hm, state_label, work_text
from ui.claims.page_kit import read_only_table
from ui.i18n import tr as _tr
from ui.table_model import Column, RowsModel

Index = QModelIndex | QPersistentModelIndex
ROWS_SHOWN = 4


def to_come_columns() -> list[Column[Booking]]:
    return [
        Column(_tr("预约时间"), lambda b: local_hm(b.slot_at)),
        Column(_tr("状态"), state_label),
        Column(_tr("车牌"), car_text),
        Column(_tr("车型"), lambda b: b.model_name or "—"),
        Column(_tr("客户"), lambda b: b.customer_name or "—"),
        Column(_tr("服务顾问"), lambda b: b.advisor_name or "—"),
        Column(_tr("等候"), lambda b: _tr("等候") if b.customer_waits else ""),
        Column(_tr("项目"), work_text),
    ]


class ToComeModel(RowsModel[Booking]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(to_come_columns(), parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and self.row_at(index.row()).state is BookingState.LATE:
            background, text = STATE_COLOURS[BookingState.LATE]
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(background)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(text)
        return super().data(index, role)


class ToComePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("board_to_come")
        self.title = QLabel(self)
        self.title.setObjectName("board_to_come_title")
        self.title.setStyleSheet("font-weight: bold;")
        self.model = ToComeModel(self)
        self.table = read_only_table(self, self.model, "board_to_come_table", stretch=7)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the board's keys stay on the orders
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self.show_bookings(())

    def show_bookings(self, bookings: Sequence[Booking]) -> None:
        self.model.set_rows(bookings)
        self.setVisible(bool(bookings))
        late = sum(1 for b in bookings if b.state is BookingState.LATE)
        text = self.tr("今天预约待到店 {0} 辆").format(len(bookings))
        if late:
            text += self.tr("（其中 {0} 辆已迟到）").format(late)
        self.title.setText(text)
        rows = min(len(bookings), ROWS_SHOWN)
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows * self.table.verticalHeader().defaultSectionSize() + 4)
