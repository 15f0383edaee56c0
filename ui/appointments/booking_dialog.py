"""新建预约: the car (found by plate, VIN or phone, or a new caller with plate and phone), the job
type and the kind of work it takes (following the job type), the advisor, the day and a slot
with its free places shown, the customer's words and whether they wait. Enter moves on from
field to field and books at the last; a dialog with changes asks before it closes.

A full slot is refused with its message under the slots and the nearest free ones offered (a
click or Enter picks one). Once booked, the dialog shows the confirmation to read out (date,
time, advisor, the dealer's phone) with 打印预约单 (Ctrl+P) for the slip on the label printer."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.appointments import (
    BOOKING_SOURCE_LABELS,
    Booking,
    BookingInput,
    BookingSource,
    SlotFull,
    WorkKind,
    kind_for_job_type,
)
from app.context import Services
from app.errors import ValidationError
from app.roles import Actor
from app.settings import DealerInfo
from ui.appointments.car_finder import CarFinder, KnownCar
from ui.appointments.choices import advisors, chosen_kind, fill_advisors, follow_job, job_combo, kind_combo
from ui.appointments.slip import SlipPrinter
from ui.appointments.slot_picker import SlotPicker
from ui.appointments.texts import read_out
from ui.complaints.dialog_kit import text_box
from ui.errors import show_error
from ui.forms import (
    CounterDialog,
    DiscardGuard,
    FieldForm,
    SaveGuard,
    input_values,
    ok_cancel,
    resize_within_screen,
    show_field_errors,
)
from ui.i18n import localized
from ui.intake.enter_chain import EnterChain, Stop
from ui.labels_i18n import tr_label
from ui.operations import Operations

WORDS_LIMIT = 500
DONE_STYLE = "font-size: 15px; padding: 8px; background: #f4f9f4; border: 1px solid #b7dfb9;"
SOURCES = (BookingSource.COUNTER, BookingSource.CALL_IN)


class BookingDialog(CounterDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        *,
        car: KnownCar | None = None,
        source: BookingSource | None = None,
        slip: SlipPrinter | None = None,
        day: dt.date | None = None,
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("booking_dialog")
        self.setWindowTitle(self.tr("新建预约"))
        self.ops = (ops or Operations(self)).for_widget(self)
        self.services, self.actor, self.car = services, actor, car
        self.appointments = services.appointments
        self._slip = slip
        self.result_: Booking | None = None
        self.dealer = DealerInfo()
        today = services.clock().astimezone().date()
        resize_within_screen(self, 940, 640)

        self.about = QLabel(self)
        self.about.setObjectName("booking_about")
        self.about.setWordWrap(True)
        self.about.setStyleSheet("font-weight: bold;")
        self.form = FieldForm(self)
        self.finder = CarFinder(
            lambda text, limit: services.vehicles.lookup.search(actor, text, limit), self.ops, self.form, self
        )
        self.job = job_combo(self, "booking_job")
        self.kind = kind_combo(self, "booking_kind")
        follow_job(self.job, self.kind)
        self.advisor = QComboBox(self)
        self.advisor.setObjectName("booking_advisor")
        self.source = QComboBox(self)
        self.source.setObjectName("booking_source")
        for value in SOURCES if source is None else (source,):
            self.source.addItem(tr_label(BOOKING_SOURCE_LABELS[value]), value.value)
        self.words = text_box(
            self, "booking_words", self.tr("客户想做什么、车有什么现象（客户原话）"), WORDS_LIMIT
        )
        self.waits = QCheckBox(self.tr("客户在店等候"), self)
        self.waits.setObjectName("booking_waits")
        self.form.add_field("job_type", self.tr("项目"), self.job)
        self.form.add_field("work_kind", self.tr("类别"), self.kind)
        self.form.add_field("advisor_id", self.tr("服务顾问"), self.advisor)
        self.form.add_field("source", self.tr("来源"), self.source)
        self.form.add_field("customer_words", self.tr("客户描述"), self.words)
        self.form.add_field("customer_waits", self.tr("等候"), self.waits)
        if car is not None:
            self.finder.set_rows_visible(False)
            self.about.setText(self.tr("为 {0} 预约").format(car.shown))
        else:
            self.about.hide()

        self.slot_form = FieldForm(self)
        self.picker = SlotPicker(
            lambda day, kind, advisor_id: self.appointments.day(actor, day, kind, advisor_id),
            self.ops, today, self,
        )  # fmt: skip
        if day is not None and day > today:
            self.picker.day.set_day(day)  # the day the list shows
        self.slot_form.add_field("slot_at", self.tr("日期 / 时段"), self.picker)
        self.kind.currentIndexChanged.connect(lambda _i: self._query_changed())
        self.advisor.currentIndexChanged.connect(lambda _i: self._query_changed())

        self.buttons = ok_cancel(self)
        self.book_button = self.buttons.button(self.buttons.StandardButton.Ok)
        self.book_button.setText(self.tr("预约 (Ctrl+S)"))
        self.book_button.setObjectName("booking_save")
        self.buttons.accepted.connect(self.save)
        self.saving = SaveGuard(*self.buttons.buttons())
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        self.pages = QStackedWidget(self)
        self.editing = editing = QWidget(self.pages)
        left = QVBoxLayout()
        left.addWidget(self.form)
        left.addStretch(1)  # the fields at the top, as they are read
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self.slot_form, 1)
        edit_layout = QVBoxLayout(editing)
        edit_layout.setContentsMargins(0, 0, 0, 0)
        edit_layout.addWidget(self.about)
        edit_layout.addLayout(columns, 1)
        edit_layout.addWidget(self.buttons)
        self.pages.addWidget(editing)
        self.pages.addWidget(self._done_page())
        QVBoxLayout(self).addWidget(self.pages)

        stops: list[Stop] = [
            *(self.finder.stops if car is None else []),
            self.job,
            self.kind,
            self.advisor,
            self.source,
            self.picker.day,
            self.picker.table,
            self.words,
            self.waits,
        ]
        self.enter_chain = EnterChain(stops, self.save, self)
        self.discard = DiscardGuard(self, lambda: (input_values(self.form), self._slot_key()))
        fill_advisors(self.advisor, (), actor.user_id)
        self.ops.read(advisors, services, actor).success(self._advisors_read).run()
        self.ops.read(services.settings.dealer).success(self._dealer_read).run()
        self.discard.mark_clean()
        (self.finder.finder if car is None else self.job).setFocus()

    def _done_page(self) -> QWidget:
        page = QWidget(self.pages)
        self.done_heading = QLabel(self.tr("预约成功，请向客户复述："), page)
        self.confirmation = QLabel(page)
        self.confirmation.setObjectName("booking_confirmation")
        self.confirmation.setStyleSheet(DONE_STYLE)
        self.confirmation.setWordWrap(True)
        self.confirmation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(self.tr("打印预约单 (Ctrl+P)"), page)
        self.print_button.setObjectName("booking_print")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_slip)
        self.close_button = QPushButton(self.tr("完成 (Esc)"), page)
        self.close_button.setObjectName("booking_close")
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_slip)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_heading)
        layout.addWidget(self.confirmation)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    # -- reading ----------------------------------------------------------------------------

    def _advisors_read(self, people: Any) -> None:
        fill_advisors(self.advisor, people, self.advisor.currentData() or self.actor.user_id)
        self.discard.mark_clean()

    def _dealer_read(self, dealer: DealerInfo) -> None:
        self.dealer = dealer

    def _query_changed(self) -> None:
        self.picker.hide_alternatives()
        self.picker.set_query(chosen_kind(self.kind), self.advisor.currentData())

    def _slot_key(self) -> object:
        slot = self.picker.chosen()
        return None if slot is None else slot.start

    def set_job(self, job: str) -> None:
        self.job.setCurrentIndex(max(self.job.findData(job), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(kind_for_job_type(job).value), 0))

    def set_kind(self, kind: WorkKind) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(kind.value), 0))

    # -- booking ----------------------------------------------------------------------------

    def booking_input(self) -> BookingInput | None:
        slot = self.picker.chosen()
        if slot is None:
            self.show_errors(ValidationError("slot_at", self.tr("请选择一个有空位的时段")))
            return None
        hit = self.finder.chosen_hit()
        vehicle_id = self.car.vehicle_id if self.car is not None else hit.vehicle_id if hit else None
        new_caller = vehicle_id is None
        return BookingInput(
            slot_at=slot.start,
            work_kind=chosen_kind(self.kind),
            job_type=str(self.job.currentData()),
            advisor_id=self.advisor.currentData(),
            customer_words=self.words.toPlainText(),
            customer_waits=self.waits.isChecked(),
            source=BookingSource(self.source.currentData()),
            vehicle_id=vehicle_id,
            plate=self.finder.plate.text() if new_caller else "",
            phone=self.finder.phone.text() if new_caller else "",
            name=self.finder.name.text() if new_caller else "",
        )

    def save(self) -> None:
        if self.saving.running or self.result_ is not None:
            return
        self.form.clear_errors()
        self.slot_form.clear_errors()
        data = self.booking_input()
        if data is None:
            return
        self.saving.start()
        op = self.ops.write(self.appointments.book, self.actor, data)
        op.success(self._booked).failure(self._failed).finally_(self.saving.end).run()

    def _booked(self, booking: Booking) -> None:
        self.result_ = booking
        self.discard.mark_clean()
        self.confirmation.setText(read_out(booking, self.dealer.name, self.dealer.service_phone))
        self.setWindowTitle(self.tr("预约成功"))
        self.print_button.setVisible(self._slip is not None)
        self.pages.setCurrentIndex(1)
        self.pages.removeWidget(self.editing)  # the dialog shrinks to the confirmation
        self.setMinimumWidth(460)
        self.editing.hide()
        self.adjustSize()
        self.close_button.setFocus()

    def show_errors(self, error: ValidationError) -> None:
        rename = {"slot": "slot_at", "vehicle": "vehicle_id", "advisor": "advisor_id"}
        show_field_errors(self, (self.form, self.slot_form), error, lambda f: rename.get(f, f))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, SlotFull):
            self.slot_form.clear_errors()
            self.slot_form.put_error(ValidationError("slot_at", error.message))
            self.picker.reload()  # the slot shows full now
            self.picker.show_alternatives(error.alternatives)
            return
        if isinstance(error, ValidationError):
            self.show_errors(error)
            return
        show_error(self, error)

    def alternatives_message(self) -> str:
        return localized(self.slot_form.error_text("slot_at"))

    def print_slip(self) -> None:
        if self.result_ is None or self._slip is None:
            return
        self._slip.print(self, self.result_)

    def reject(self) -> None:
        if self.result_ is not None or self.discard.may_close():
            super().reject()

    def chosen_start(self) -> dt.datetime | None:
        slot = self.picker.chosen()
        return None if slot is None else slot.start
