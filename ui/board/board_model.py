"""The board as rows grouped by status (待派工 … 已交车), late orders marked in red."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.orders import Board, BoardCard, OrderStatus
from ui.i18n import tr as _tr
from ui.labels_i18n import SEPARATOR, joined, tr_label
from ui.table_model import Column, RowsModel
from ui.time_format import local_moment, local_today

Index = QModelIndex | QPersistentModelIndex
LATE_TEXT = QColor("#c0392b")
LATE_BACKGROUND = QColor("#fdecea")
DELIVERED_TEXT = QColor("#7f8c8d")
# A tint per status in the status column, so the groups stand apart at a glance.
STATUS_TINTS = {
    OrderStatus.WAITING: QColor("#fff4d6"),
    OrderStatus.IN_REPAIR: QColor("#dcecff"),
    OrderStatus.WAITING_PARTS: QColor("#ffe3cc"),
    OrderStatus.QUALITY_CHECK: QColor("#e8ddff"),
    OrderStatus.WASHING: QColor("#d9f3f3"),
    OrderStatus.READY: QColor("#dff5df"),
    OrderStatus.DELIVERED: QColor("#eeeeee"),
}


def promised_text(card: BoardCard, today: dt.date) -> str:
    """The promised time, with its date unless it is today; late ones say so."""
    if card.promised_at is None:
        return ""
    return local_moment(card.promised_at, today) + (_tr("（超时）") if card.late else "")


def marks_text(card: BoardCard) -> str:
    marks = []
    if card.customer_waits:
        marks.append(_tr("等候"))
    if card.is_appointment:
        marks.append(_tr("预约"))
    if card.loan_car:
        marks.append(_tr("备用车"))
    if card.repair_days > 5:
        marks.append(_tr("第{0}天").format(card.repair_days))
    return tr_label(SEPARATOR).join(marks)


def board_columns(today: Callable[[], dt.date] = local_today) -> list[Column[BoardCard]]:
    """The board's columns; a time that is not on `today` (the board's day) shows its date, so an
    order received yesterday reads "11-30 15:47", not "15:47"."""
    return [
        Column(_tr("状态"), lambda c: tr_label(c.status_label)),
        Column(_tr("车牌"), lambda c: c.plate_display or "—"),
        Column(_tr("车型"), lambda c: c.model),
        Column(_tr("工单号"), lambda c: c.ro_number),
        Column(_tr("车主"), lambda c: c.owner_name),
        Column(_tr("服务顾问"), lambda c: c.advisor_name),
        Column(_tr("接车"), lambda c: local_moment(c.opened_at, today())),
        Column(_tr("预计交车"), lambda c: promised_text(c, today())),
        Column(_tr("类型"), lambda c: joined(c.job_types)),
        Column(_tr("标记"), marks_text),
    ]


RECEIVED_COLUMN = 6
PROMISED_COLUMN = 7
STATUS_COLUMN = 0


class BoardRows(list[BoardCard]):
    """The board's cards in board order, with the counter's day the board was read on."""

    def __init__(self, cards: Iterable[BoardCard], day: dt.date) -> None:
        super().__init__(cards)
        self.day = day


def board_rows(board: Board) -> BoardRows:
    """Every card, status by status in board order (each column already sorted by promised time)."""
    return BoardRows((card for column in board.columns for card in column.cards), board.day)


class BoardModel(RowsModel[BoardCard]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(board_columns(lambda: self.day), parent)
        self.day = local_today()

    def set_rows(self, rows: Sequence[BoardCard]) -> None:
        """Rows from board_rows carry the board's day: times are read against it (the clock the
        board was read with), other rows against the local date."""
        self.day = rows.day if isinstance(rows, BoardRows) else local_today()
        super().set_rows(rows)

    def row_of(self, order_id: int) -> int | None:
        return next((i for i, c in enumerate(self.rows) if c.order_id == order_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        card = self.row_at(index.row())
        if role == Qt.ItemDataRole.ForegroundRole:
            if card.late:
                return QBrush(LATE_TEXT)
            if card.delivered_at is not None:
                return QBrush(DELIVERED_TEXT)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if index.column() == STATUS_COLUMN and card.status in STATUS_TINTS:
                return QBrush(STATUS_TINTS[card.status])
            if card.late:
                return QBrush(LATE_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.FontRole and (
            index.column() == STATUS_COLUMN or (card.late and index.column() == PROMISED_COLUMN)
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and card.late:
            return _tr("已超过预计交车时间")
        return super().data(index, role)
