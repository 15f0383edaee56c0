"""The dialogs that act on one booking, each at the version it was read at: 改期 (another day or
slot, perhaps another advisor, with the reason), 取消预约 (the reason required), 确认 (how the
confirmation call went) and 爽约原因 (why the customer did not come, once reached). Enter moves
on and saves at the last field; a dialog with changes asks before it closes. Another counter
changing the booking first (Conflict) is said and the dialog closes on the booking as stored."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QButtonGroup, QComboBox, QGridLayout, QRadioButton, QWidget

from app.appointments import (
    CONFIRM_OUTCOME_LABELS,
    NO_SHOW_REASON_LABELS,
    AppointmentService,
    Booking,
    ConfirmOutcome,
    NoShowReason,
    SlotFull,
)
from app.errors import Conflict, ValidationError
from app.roles import Actor
from ui.appointments.choices import fill_advisors
from ui.appointments.slot_picker import SlotPicker
from ui.appointments.texts import car_text, customer_text, kind_label, slot_moment
from ui.complaints.dialog_kit import FormDialog, text_box
from ui.errors import show_error
from ui.forms import resize_within_screen
from ui.labels_i18n import tr_label
from ui.operations import Op, Operations
from ui.reminders.people import Person

REASON_LIMIT = 300


def booking_about(booking: Booking) -> str:
    """粤B12345　张三 138****5678　2026-11-28 周六 09:30　机修保养 / 保养"""
    return "　".join(
        (
            car_text(booking),
            customer_text(booking),
            slot_moment(booking.slot_at),
            f"{kind_label(booking)} / {tr_label(booking.job_type)}",
        )
    )


class OnBookingDialog(FormDialog):
    """A dialog on one booking."""

    def __init__(
        self,
        appointments: AppointmentService,
        actor: Actor,
        booking: Booking,
        name: str,
        parent: QWidget | None,
        ops: Operations | None,
    ) -> None:
        super().__init__(name, parent, ops)
        self.appointments, self.actor, self.booking = appointments, actor, booking
        self.result_: Booking | None = None
        self.about.setText(booking_about(booking))

    def saved(self, result: Any) -> None:
        self.result_ = result

    def failed(self, error: BaseException) -> None:
        if isinstance(error, Conflict):
            show_error(self, error)
            self.discard.drop_changes()
            self.reject()
            return
        super().failed(error)


class MoveDialog(OnBookingDialog):
    """改期: the day and slot as the booking dialog shows them, the advisor, and why."""

    def __init__(
        self,
        appointments: AppointmentService,
        actor: Actor,
        booking: Booking,
        people: Sequence[Person],
        today: Any,
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(appointments, actor, booking, "move_dialog", parent, ops)
        self.setWindowTitle(self.tr("改期"))
        resize_within_screen(self, 620, 620)
        self.advisor = QComboBox(self)
        self.advisor.setObjectName("move_advisor")
        fill_advisors(self.advisor, people, booking.advisor_id)
        self.picker = SlotPicker(
            lambda day, kind, advisor_id: appointments.day(actor, day, kind, advisor_id),
            self.ops,
            today,
            self,
        )
        self.reason = text_box(self, "move_reason", self.tr("为什么改期（客户的原话或原因）"), REASON_LIMIT)
        self.form.add_field("advisor_id", self.tr("服务顾问"), self.advisor)
        self.form.add_field("slot_at", self.tr("新日期 / 时段"), self.picker)
        self.form.add_field("reason", self.tr("改期原因"), self.reason)
        self.advisor.currentIndexChanged.connect(lambda _i: self._query())
        self.finish([self.advisor, self.picker.day, self.picker.table, self.reason])
        self.picker.choose(booking.slot_at)
        self._query()
        self.discard.mark_clean()
        self.picker.day.setFocus()

    def _query(self) -> None:
        self.picker.hide_alternatives()
        self.picker.set_query(self.booking.work_kind, self.advisor.currentData())

    def write(self) -> Op[Any] | None:
        slot = self.picker.chosen()
        if slot is None:
            self.show_errors(ValidationError("slot_at", self.tr("请选择一个有空位的时段")))
            return None
        b = self.booking
        return self.ops.write(
            self.appointments.move, self.actor, b.id, b.version, slot.start, self.reason.toPlainText(),
            advisor_id=self.advisor.currentData(),
        )  # fmt: skip

    def failed(self, error: BaseException) -> None:
        if isinstance(error, SlotFull):
            self.form.clear_errors()
            self.form.put_error(ValidationError("slot_at", error.message))
            self.picker.reload()
            self.picker.show_alternatives(error.alternatives)
            return
        super().failed(error)


class CancelDialog(OnBookingDialog):
    """取消预约: the reason is required; it stays in the booking's history."""

    def __init__(
        self,
        appointments: AppointmentService,
        actor: Actor,
        booking: Booking,
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(appointments, actor, booking, "cancel_booking_dialog", parent, ops)
        self.setWindowTitle(self.tr("取消预约"))
        self.reason = text_box(self, "cancel_reason", self.tr("客户为什么取消"), REASON_LIMIT)
        self.form.add_field("reason", self.tr("取消原因"), self.reason)
        self.finish([self.reason])

    def write(self) -> Op[Any] | None:
        if not self.reason.toPlainText().strip():
            self.show_errors(ValidationError("reason", self.tr("请填写取消原因")))
            return None
        b = self.booking
        return self.ops.write(
            self.appointments.cancel, self.actor, b.id, b.version, self.reason.toPlainText()
        )


def _radio_row(
    parent: QWidget, labels: Sequence[tuple[str, str]]
) -> tuple[QWidget, QButtonGroup, list[QRadioButton]]:
    box = QWidget(parent)
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    group = QButtonGroup(parent)
    buttons: list[QRadioButton] = []
    for n, (value, label) in enumerate(labels):
        button = QRadioButton(f"&{n + 1} {label}", box)
        button.setObjectName(f"choice_{value}")
        group.addButton(button, n)
        buttons.append(button)
        grid.addWidget(button, n // 3, n % 3)
    return box, group, buttons


class ConfirmDialog(OnBookingDialog):
    """确认电话: 已确认, 未接通, 要改期, 要取消 (Alt+digit picks), and a note."""

    OUTCOMES = tuple(ConfirmOutcome)

    def __init__(
        self,
        appointments: AppointmentService,
        actor: Actor,
        booking: Booking,
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(appointments, actor, booking, "confirm_dialog", parent, ops)
        self.setWindowTitle(self.tr("记录确认电话"))
        labels = [(o.value, tr_label(CONFIRM_OUTCOME_LABELS[o])) for o in self.OUTCOMES]
        box, self.group, self.choices = _radio_row(self, labels)
        self.note = text_box(self, "confirm_note", self.tr("客户说了什么（可不填）"), REASON_LIMIT)
        self.form.add_field("outcome", self.tr("结果"), box)
        self.form.add_field("note", self.tr("备注"), self.note)
        self.finish([self.choices, self.note])

    def choose(self, outcome: ConfirmOutcome) -> None:
        button = self.choices[self.OUTCOMES.index(outcome)]
        button.setChecked(True)
        button.setFocus()

    def outcome(self) -> ConfirmOutcome | None:
        n = self.group.checkedId()
        return self.OUTCOMES[n] if n >= 0 else None

    def write(self) -> Op[Any] | None:
        outcome = self.outcome()
        if outcome is None:
            self.show_errors(ValidationError("outcome", self.tr("请选择通话结果")))
            return None
        b = self.booking
        return self.ops.write(
            self.appointments.confirm, self.actor, b.id, b.version, outcome, self.note.toPlainText()
        )


class NoShowDialog(OnBookingDialog):
    """爽约原因: why the customer did not come, once they were reached."""

    def __init__(
        self,
        appointments: AppointmentService,
        actor: Actor,
        booking: Booking,
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(appointments, actor, booking, "no_show_dialog", parent, ops)
        self.setWindowTitle(self.tr("爽约原因"))
        self.reason = QComboBox(self)
        self.reason.setObjectName("no_show_reason")
        self.reason.addItem(self.tr("请选择…"), None)
        for reason in NoShowReason:
            self.reason.addItem(tr_label(NO_SHOW_REASON_LABELS[reason]), reason.value)
        self.note = text_box(self, "no_show_note", self.tr("客户的原话（可不填）"), REASON_LIMIT)
        self.form.add_field("reason", self.tr("原因"), self.reason)
        self.form.add_field("note", self.tr("备注"), self.note)
        self.finish([self.reason, self.note])

    def choose(self, reason: NoShowReason) -> None:
        self.reason.setCurrentIndex(self.reason.findData(reason.value))

    def write(self) -> Op[Any] | None:
        value = self.reason.currentData()
        if value is None:
            self.show_errors(ValidationError("reason", self.tr("请选择爽约原因")))
            return None
        b = self.booking
        return self.ops.write(
            self.appointments.record_no_show_reason, self.actor, b.id, b.version, NoShowReason(value),
            self.note.toPlainText(),
        )  # fmt: skip
