"""The issue's path: an advisor books a car from a reminder call into a free slot, the booking is
on tomorrow's call list (明日确认) and is confirmed, and the next day the car arrives: Enter on
its booking opens the order in 接车开单 with the booking's details filled in, and saving it
marks the booking arrived."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.appointments import BookingState, ConfirmOutcome
from app.context import Services
from app.reminders import CallOutcome, ReminderStatus
from app.roles import Role
from tests.conftest import FakeClock
from tests.ui.appointments.support import TOMORROW, active, cell, named, pick_slot, plates, press, slot
from tests.ui.intake.support import enter, type_text
from tests.ui.reminders.support import some_lists
from ui.appointments.appointments_tab import AppointmentsTab
from ui.appointments.bookings_model import free_text
from ui.appointments.date_bar import Mode
from ui.appointments.handling_dialogs import ConfirmDialog
from ui.intake.intake_tab import IntakeTab
from ui.intake.order_dialog import OrderDialog
from ui.main_window import MainWindow
from ui.reminders.call_dialog import CallDialog
from ui.reminders.reminders_tab import RemindersTab
from ui.tasks import SyncTaskRunner

WORDS = "客户说刹车有点响，顺便看看"


def test_booked_from_a_call_confirmed_and_arrived_with_its_order_filled(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock
) -> None:
    svc = sqlite_services
    cars = some_lists(svc)
    advisor = named(svc, Role.ADVISOR, "chenjing", "陈静")
    window = MainWindow(svc, advisor, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    reminders = window.tab_widgets["reminders"]
    assert isinstance(reminders, RemindersTab)
    window.tabs.setCurrentWidget(reminders)
    assert reminders.select_vehicle(cars["late"].id)

    reminders.dialogs.log_call()
    call = active(qtbot, reminders)
    assert isinstance(call, CallDialog)
    call.choose(CallOutcome.BOOKED)
    picker = call.booking
    assert picker.isVisible() and picker.day.day() == TOMORROW
    ten_thirty = picker.model.row_of_start(slot(TOMORROW, 10, 30))
    assert ten_thirty is not None and free_text(picker.model.row_at(ten_thirty)) == "余 2"  # the advisor's 2
    call.note.setFocus()
    call.save()  # no slot chosen yet: said beside the slots
    assert call.form.error_text("booking_at") == "请选择一个有空位的时段"
    pick_slot(picker, 10, 30)
    call.note.setFocus()
    type_text(call.note, WORDS)
    enter(qtbot, call.note)  # the last field: saves
    assert reminders.dialog is None and call.result_ is not None
    assert call.result_.appointment_id is not None and call.result_.status is ReminderStatus.BOOKED
    booking_id = call.result_.appointment_id

    # The day before: on the call list, not confirmed yet; Enter records the call.
    tab = window.tab_widgets["appointments"]
    assert isinstance(tab, AppointmentsTab)
    window.tabs.setCurrentWidget(tab)
    press(qtbot, tab, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert tab.bar.mode() is Mode.CONFIRM and tab.bar.chosen_day() == TOMORROW
    assert plates(tab) == ["粤A10001"] and cell(tab, 0, 9) == ""
    assert "1 个尚未确认" in tab.count.text()
    press(qtbot, tab, Qt.Key.Key_Return)
    confirm = active(qtbot, tab)
    assert isinstance(confirm, ConfirmDialog)
    confirm.choose(ConfirmOutcome.CONFIRMED)
    enter(qtbot, confirm.focusWidget())  # type: ignore[arg-type]
    enter(qtbot, confirm.note)
    assert tab.dialog is None
    assert cell(tab, 0, 9) == "已确认" and "0 个尚未确认" in tab.count.text()
    history = tab.detail.history_model
    assert [history.data(history.index(r, 2)) for r in range(history.rowCount())] == ["预约", "确认"]

    # The next day the car comes in: today's list, Enter opens its order in 接车开单.
    clock.advance(days=1)
    tab.tick()
    press(qtbot, tab, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    press(qtbot, tab, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert tab.bar.chosen_day() == TOMORROW and plates(tab) == ["粤A10001"]
    assert cell(tab, 0, 0) == "10:30" and cell(tab, 0, 1) == "已预约"
    press(qtbot, tab, Qt.Key.Key_Return)
    intake = window.tab_widgets["intake"]
    assert isinstance(intake, IntakeTab) and window.tabs.currentWidget() is intake
    order = intake.dialog
    assert isinstance(order, OrderDialog) and order.draft is not None
    assert order.draft.appointment_id == booking_id
    assert order.statement.toPlainText() == WORDS
    assert order.job_boxes["保养"].isChecked() and order.appointment.isChecked()
    assert intake.card.card is not None and intake.card.card.vehicle.id == cars["late"].id
    order.mileage.setText("31000")
    order.save()
    assert order.order is not None and order.order.appointment_id == booking_id
    (kept,) = svc.appointments.bookings(advisor, TOMORROW)
    assert kept.state is BookingState.ARRIVED and kept.ro_number == order.order.ro_number
