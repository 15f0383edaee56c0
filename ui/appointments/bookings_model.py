"""The appointments tab's tables: the day's bookings by time (the state's cell coloured), one
booking's history (who, when, what, the slot before and after, why), and a day's slots with
their free places (full and past ones greyed and not to be picked)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.appointments import EVENT_KIND_LABELS, Booking, BookingEvent, BookingState, SlotLoad
from ui.appointments.texts import (
    STATE_COLOURS,
    car_text,
    confirmation_text,
    customer_text,
    kind_label,
    local_hm,
    outcome_text,
    slot_moment,
    state_label,
)
from ui.i18n import tr as _tr
from ui.labels_i18n import tr_label
from ui.table_model import Column, RowsModel
from ui.time_format import local_datetime

Index = QModelIndex | QPersistentModelIndex
STATE_COLUMN = 1
WORDS_COLUMN = 10
ENDED_TEXT = QColor("#7f8c8d")
UNAVAILABLE_BACKGROUND = QColor("#eeeeee")
FULL_TEXT = QColor("#a61b1b")


def booking_columns() -> list[Column[Booking]]:
    return [
        Column(_tr("时间"), lambda b: local_hm(b.slot_at)),
        Column(_tr("状态"), state_label),
        Column(_tr("车牌"), car_text),
        Column(_tr("车型"), lambda b: b.model_name or "—"),
        Column(_tr("客户"), customer_text),
        Column(_tr("类别"), kind_label),
        Column(_tr("项目"), lambda b: tr_label(b.job_type)),
        Column(_tr("服务顾问"), lambda b: b.advisor_name or "—"),
        Column(_tr("等候"), lambda b: _tr("等候") if b.customer_waits else ""),
        Column(_tr("确认"), confirmation_text),
        Column(_tr("客户描述"), lambda b: " ".join(b.customer_words.split())),
    ]


class BookingsModel(RowsModel[Booking]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(booking_columns(), parent)

    def row_of(self, booking_id: int) -> int | None:
        return next((i for i, b in enumerate(self.rows) if b.id == booking_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        booking = self.row_at(index.row())
        background, text = STATE_COLOURS[booking.state]
        ended = booking.state in (BookingState.CANCELLED, BookingState.NO_SHOW)
        if index.column() == STATE_COLUMN:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(background)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(text)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        elif role == Qt.ItemDataRole.ForegroundRole and ended:
            return QBrush(ENDED_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == WORDS_COLUMN:
            return booking.customer_words
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == STATE_COLUMN:
            return outcome_text(booking) or None  # the order opened, or why it ended
        return super().data(index, role)


def event_columns() -> list[Column[BookingEvent]]:
    return [
        Column(_tr("时间"), lambda e: local_datetime(e.at)),
        Column(_tr("人员"), lambda e: e.user_name or _tr("系统")),
        Column(_tr("操作"), lambda e: tr_label(EVENT_KIND_LABELS[e.kind])),
        Column(_tr("原时段"), lambda e: slot_moment(e.slot_before) if e.slot_before else ""),
        Column(_tr("新时段"), lambda e: slot_moment(e.slot_after) if e.slot_after else ""),
        Column(_tr("原因 / 说明"), lambda e: " ".join(e.reason.split())),
    ]


class HistoryModel(RowsModel[BookingEvent]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(event_columns(), parent)


def free_text(slot: SlotLoad) -> str:
    if slot.past:
        return _tr("已过")
    if slot.free <= 0:
        return _tr("已满")
    return _tr("余 {0}").format(slot.free)


def slot_columns() -> list[Column[SlotLoad]]:
    return [
        Column(_tr("时段"), lambda s: f"{local_hm(s.start)}-{local_hm(s.end)}"),
        Column(_tr("空位"), free_text),
        Column(_tr("已约 / 容量"), lambda s: f"{s.booked} / {s.capacity}", align_right=True),
        Column(
            _tr("该顾问"),
            lambda s: "" if s.advisor_capacity is None else f"{s.advisor_booked or 0} / {s.advisor_capacity}",
            align_right=True,
        ),
    ]


def available(slot: SlotLoad) -> bool:
    return not slot.past and slot.free > 0


class SlotsModel(RowsModel[SlotLoad]):
    """A day's slots; the full and past ones cannot be selected."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(slot_columns(), parent)

    def row_of_start(self, start: object) -> int | None:
        return next((i for i, s in enumerate(self.rows) if s.start == start), None)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if available(self.row_at(index.row())):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        slot = self.row_at(index.row())
        if not available(slot):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(UNAVAILABLE_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(ENDED_TEXT if slot.past else FULL_TEXT)
        elif role == Qt.ItemDataRole.FontRole and index.column() == 1:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)
