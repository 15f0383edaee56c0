"""记录通话: how a reminder call ended, and what that outcome needs.

The outcomes are numbered 1 … 9 (a digit picks one while the outcomes have the keyboard, Alt+digit
anywhere); 稍后再联系 asks the day the customer named, 已预约 the job and a slot with its free places
(the appointments' own slot picker: a full slot is refused with the nearest free ones offered), 拒绝
why the customer stays away. Enter moves from field to field and saves at the last; a mistake is
shown beside its field; a dialog with changes asks before it closes.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.appointments import AppointmentService, BookingInput, BookingSource, SlotFull, kind_for_job_type
from app.errors import FieldErrors, ValidationError
from app.reminders import (
    CALL_OUTCOME_LABELS,
    CallInput,
    CallOutcome,
    CallResult,
    LostReason,
    ReminderService,
    Task,
)
from app.roles import Actor
from ui.appointments.choices import job_combo
from ui.appointments.slot_picker import SlotPicker
from ui.errors import show_error
from ui.forms import (
    CounterDialog,
    DiscardGuard,
    FieldForm,
    SaveGuard,
    input_values,
    ok_cancel,
    show_field_errors,
)
from ui.i18n import tr as _tr
from ui.intake.enter_chain import EnterChain
from ui.intake.inputs import parse_date
from ui.labels_i18n import joined, tr_label
from ui.operations import Operations
from ui.reminders.tasks_model import lost_reason_choices

# The outcomes of a reminder call, 1 … 9, in the order of docs/domain/reminders.md.
OUTCOMES = (
    CallOutcome.BOOKED,
    CallOutcome.NOT_DUE,
    CallOutcome.SERVICED_ELSEWHERE,
    CallOutcome.NO_ANSWER,
    CallOutcome.OUT_OF_SERVICE,
    CallOutcome.PHONE_OFF,
    CallOutcome.CALL_LATER,
    CallOutcome.REFUSED,
    CallOutcome.CAR_SOLD,
)
NEEDS = {
    CallOutcome.CALL_LATER: "callback_date",
    CallOutcome.BOOKED: "booking_at",
    CallOutcome.REFUSED: "lost_reason",
}
DIGITS = {Qt.Key.Key_1.value + n: n for n in range(len(OUTCOMES))}


def task_heading(task: Task) -> str:
    car = task.plate or task.vin
    reasons = joined(r.label for r in task.reasons)
    return "　".join(x for x in (car, task.model, task.owner, task.phone, reasons) if x)


class CallDialog(CounterDialog):
    def __init__(
        self,
        reminders: ReminderService,
        actor: Actor,
        task: Task,
        today: dt.date,
        parent: QWidget | None = None,
        ops: Operations | None = None,
        *,
        appointments: AppointmentService,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("call_dialog")
        self.ops = (ops or Operations(self)).for_widget(self)
        self._reminders, self._actor, self.task, self._today = reminders, actor, task, today
        self.result_: CallResult | None = None
        self.setWindowTitle(self.tr("记录通话：{0}").format(task.plate or task.vin))
        self.setMinimumWidth(520)
        heading = QLabel(task_heading(task), self)
        heading.setObjectName("call_task")
        heading.setWordWrap(True)

        self.outcomes = QWidget(self)
        grid = QGridLayout(self.outcomes)
        grid.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons_of: dict[CallOutcome, QRadioButton] = {}
        for n, outcome in enumerate(OUTCOMES):
            button = QRadioButton(f"&{n + 1} {tr_label(CALL_OUTCOME_LABELS[outcome])}", self.outcomes)
            button.setObjectName(f"outcome_{outcome.value}")
            button.installEventFilter(self)
            self.group.addButton(button, n)
            self.buttons_of[outcome] = button
            grid.addWidget(button, n // 3, n % 3)
        self.group.idToggled.connect(lambda _id, on: self._outcome_changed() if on else None)

        self.form = FieldForm(self)
        self.form.add_field("outcome", self.tr("结果"), self.outcomes)
        self.callback = QLineEdit(self)
        self.callback.setObjectName("callback_date")
        self.callback.setPlaceholderText(
            self.tr("例如 {0}").format((today + dt.timedelta(days=7)).isoformat())
        )
        self.booking_box = QWidget(self)
        self.booking_job = job_combo(self.booking_box, "booking_job")
        self.booking = SlotPicker(
            lambda day, kind, advisor_id: appointments.day(actor, day, kind, advisor_id),
            self.ops, today, self.booking_box,
        )  # fmt: skip
        self.booking.day.set_day(today + dt.timedelta(days=1))
        self.booking.table.setMinimumHeight(220)
        job_row = QHBoxLayout()
        job_label = QLabel(self.tr("项目"), self.booking_box)
        job_label.setBuddy(self.booking_job)
        job_row.addWidget(job_label)
        job_row.addWidget(self.booking_job, 1)
        booking_layout = QVBoxLayout(self.booking_box)
        booking_layout.setContentsMargins(0, 0, 0, 0)
        booking_layout.addLayout(job_row)
        booking_layout.addWidget(self.booking)
        self.booking_job.currentIndexChanged.connect(lambda _i: self._booking_query())
        self.lost_reason = QComboBox(self)
        self.lost_reason.setObjectName("lost_reason")
        self.lost_reason.addItem(self.tr("请选择…"), None)
        for label, reason in lost_reason_choices():
            self.lost_reason.addItem(label, reason.value)
        self.note = QLineEdit(self)
        self.note.setObjectName("call_note")
        self.note.setMaxLength(500)
        self.form.add_field("callback_date", self.tr("回电日期"), self.callback)
        self.form.add_field("booking_at", self.tr("预约到店"), self.booking_box)
        self.form.add_field("lost_reason", self.tr("不再来店原因"), self.lost_reason)
        self.form.add_field("note", self.tr("备注"), self.note)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        self.buttons = ok_cancel(self)
        self.buttons.accepted.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.saving = SaveGuard(*self.buttons.buttons())
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        stops: list[QWidget | list[QWidget]] = [
            list(self.buttons_of.values()),
            self.callback,
            self.booking_job,
            self.booking.day,
            self.booking.table,
            self.lost_reason,
            self.note,
        ]
        self.enter_chain = EnterChain(stops, self.save, self)
        self._outcome_changed()
        self.discard = DiscardGuard(self, lambda: input_values(self.form))
        self.buttons_of[OUTCOMES[0]].setFocus()

    # -- the outcome and its fields -----------------------------------------------------------

    def outcome(self) -> CallOutcome | None:
        n = self.group.checkedId()
        return OUTCOMES[n] if n >= 0 else None

    def choose(self, outcome: CallOutcome) -> None:
        button = self.buttons_of[outcome]
        button.setChecked(True)
        button.setFocus()

    def _outcome_changed(self) -> None:
        outcome = self.outcome()
        needed = NEEDS.get(outcome) if outcome is not None else None
        for name in NEEDS.values():
            holder = self.form.widget_of(name).parentWidget()
            assert holder is not None
            self.form.layout_.setRowVisible(holder, name == needed)
        if outcome is CallOutcome.BOOKED:
            self._booking_query()
        self.adjustSize()

    def _booking_query(self) -> None:
        """The slots of the job's kind of work, with the caller as the advisor."""
        self.booking.hide_alternatives()
        self.booking.set_query(kind_for_job_type(str(self.booking_job.currentData())), self._actor.user_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A digit on an outcome picks the outcome of that number (and stays there for Enter)."""
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and int(event.key()) in DIGITS
            and watched in self.buttons_of.values()
        ):
            self.choose(OUTCOMES[DIGITS[int(event.key())]])
            return True
        return super().eventFilter(watched, event)

    # -- saving ---------------------------------------------------------------------------------

    def call_input(self, errors: FieldErrors) -> CallInput | None:
        outcome = self.outcome()
        if outcome is None:
            errors.add(ValidationError("outcome", self.tr("请选择通话结果")))
            return None
        callback: dt.date | None = None
        booking: BookingInput | None = None
        reason: LostReason | None = None
        if outcome is CallOutcome.CALL_LATER:
            callback = errors.check(
                lambda: parse_date("callback_date", self.callback.text(), _tr("回电日期")), None
            )
        elif outcome is CallOutcome.BOOKED:
            slot = self.booking.chosen()
            if slot is None:
                errors.add(ValidationError("booking_at", self.tr("请选择一个有空位的时段")))
            else:
                job = str(self.booking_job.currentData())
                booking = BookingInput(
                    slot_at=slot.start,
                    work_kind=kind_for_job_type(job),
                    job_type=job,
                    advisor_id=self._actor.user_id,
                    customer_words=self.note.text(),
                    customer_waits=False,
                    source=BookingSource.REMINDER,
                    vehicle_id=self.task.vehicle_id,
                )
        elif outcome is CallOutcome.REFUSED:
            value = self.lost_reason.currentData()
            reason = LostReason(value) if value else None
        return CallInput(
            outcome=outcome,
            note=self.note.text(),
            callback_date=callback,
            lost_reason=reason,
            booking_at=booking.slot_at if booking is not None else None,
            booking=booking,
        )

    def save(self) -> None:
        if self.saving.running:
            return
        errors = FieldErrors()
        call = self.call_input(errors)
        mistake = errors.error()
        if mistake is not None or call is None:
            self.show_errors(mistake or ValidationError("outcome", self.tr("请选择通话结果")))
            return
        self.form.clear_errors()
        self.saving.start()
        op = self.ops.write(self._reminders.log_call, self._actor, self.task.vehicle_id, call)
        op.success(self._saved).failure(self._failed).finally_(self.saving.end).run()

    def show_errors(self, error: ValidationError) -> None:
        rename = {"booking": "booking_at", "slot_at": "booking_at"}
        show_field_errors(self, (self.form,), error, lambda field: rename.get(field, field))

    def _saved(self, result: CallResult) -> None:
        self.result_ = result
        self.discard.mark_clean()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, SlotFull):
            self.form.clear_errors()
            self.form.put_error(ValidationError("booking_at", error.message))
            self.booking.reload()  # the slot shows full now
            self.booking.show_alternatives(error.alternatives)
            return
        if isinstance(error, ValidationError):
            self.show_errors(error)
            return
        show_error(self, error)

    def reject(self) -> None:
        if self.discard.may_close():
            super().reject()
