"""The selected booking below the list: who comes with which car, when and for what, with whom,
what the customer said, how it was booked and where it stands, and its history (who did what
when: booked, moved from one slot to another, confirmed, cancelled, arrived, no-show, and why)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.appointments import BOOKING_SOURCE_LABELS, Booking, BookingEvent
from ui.appointments.bookings_model import HistoryModel
from ui.appointments.texts import (
    STATE_COLOURS,
    car_text,
    confirmation_text,
    customer_text,
    day_text,
    outcome_text,
    slot_span,
    state_label,
    work_text,
)
from ui.claims.page_kit import read_only_table
from ui.labels_i18n import tr_label
from ui.time_format import local_datetime

EMPTY = "—"
REASON_COLUMN = 5


def _value(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DetailPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appointment_detail")
        self.booking: Booking | None = None
        self.heading = _value(self, "appointment_heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.facts = QWidget(self)
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setContentsMargins(0, 0, 0, 0)
        self.when = _value(self.facts, "appointment_when")
        self.work = _value(self.facts, "appointment_work")
        self.words = _value(self.facts, "appointment_words")
        self.state = _value(self.facts, "appointment_state")
        self.made = _value(self.facts, "appointment_made")
        self.outcome = _value(self.facts, "appointment_outcome")
        left.addRow(self.tr("时间"), self.when)
        left.addRow(self.tr("项目"), self.work)
        left.addRow(self.tr("客户描述"), self.words)
        right.addRow(self.tr("状态"), self.state)
        right.addRow(self.tr("登记"), self.made)
        right.addRow(self.tr("结果"), self.outcome)
        row = QHBoxLayout(self.facts)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        self.history_model = HistoryModel(self)
        self.history = read_only_table(self, self.history_model, "appointment_history", stretch=REASON_COLUMN)
        self.history.verticalHeader().setDefaultSectionSize(22)
        self.history_box = QGroupBox(self.tr("预约记录"), self)
        QVBoxLayout(self.history_box).addWidget(self.history)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.history_box, 1)
        self.show_booking(None)

    def show_booking(self, booking: Booking | None, events: tuple[BookingEvent, ...] = ()) -> None:
        self.booking = booking
        self.facts.setVisible(booking is not None)
        if booking is None:
            self.heading.setText(self.tr("选择一个预约查看详情"))
            self.history_model.set_rows(())
            self.history_box.setTitle(self.tr("预约记录"))
            return
        parts = [car_text(booking), booking.model_name, customer_text(booking, full_phone=False)]
        self.heading.setText("　".join(p for p in parts if p))
        self.when.setText(f"{day_text(booking.slot_at.astimezone().date())} {slot_span(booking)}")
        advisor = booking.advisor_name or self.tr("到店安排")
        waits = self.tr("，客户等候") if booking.customer_waits else ""
        self.work.setText(self.tr("{0}，服务顾问 {1}{2}").format(work_text(booking), advisor, waits))
        self.words.setText(booking.customer_words or EMPTY)
        confirmation = confirmation_text(booking)
        self.state.setText(state_label(booking) + (f"　{confirmation}" if confirmation else ""))
        _, text = STATE_COLOURS[booking.state]
        self.state.setStyleSheet(f"color: {text.name()}; font-weight: bold;")
        self.made.setText(
            self.tr("{0}，{1}（{2}）").format(
                local_datetime(booking.created_at),
                booking.created_by_name or EMPTY,
                tr_label(BOOKING_SOURCE_LABELS[booking.source]),
            )
        )
        self.outcome.setText(outcome_text(booking) or EMPTY)
        self.history_model.set_rows(events)
        self.history.resizeColumnsToContents()
        self.history_box.setTitle(self.tr("预约记录 ({0})").format(len(events)))
