"""A new caller's booking (plate and phone, no car on file) on the day: found by its plate at the
counter or opened from the appointments tab, the car is put on file with what the caller gave
(plate, name, phone), then the order opens from the booking; saving it marks the booking arrived
for that car."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.appointments import BookingState
from app.context import Services
from tests.app.factories import make_vin
from tests.ui.appointments.support import TODAY, active, advisors, book, cars, press, slot
from tests.ui.appointments.test_intake_and_board import intake
from tests.ui.intake.support import enter, type_text
from ui.appointments.appointments_tab import AppointmentsTab
from ui.intake.intake_tab import IntakeTab
from ui.intake.order_dialog import OrderDialog
from ui.intake.vehicle_dialog import VehicleDialog
from ui.main_window import MainWindow
from ui.tasks import SyncTaskRunner


def put_on_file(qtbot: QtBot, tab: IntakeTab) -> VehicleDialog:
    dialog = active(qtbot, tab)
    assert isinstance(dialog, VehicleDialog)
    assert dialog.plate.text() == "粤C88888"
    assert dialog.owner_name.text() == "刘先生" and dialog.owner_phone.text() == "13812345678"
    dialog.vin.setText(make_vin())
    dialog.model.setEditText("本田 思域")
    dialog.save()
    assert dialog.saved is not None
    return dialog


def test_a_new_caller_found_by_plate_is_put_on_file_and_opens_the_order(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    svc = sqlite_services
    people = advisors(svc)
    cars(svc)  # the models on file
    booking = book(
        svc, people["chen"], slot(TODAY, 10, 30), plate="粤C88888", phone="13812345678", name="刘先生",
        words="首保",
    )  # fmt: skip
    tab = intake(qtbot, svc, people["chen"])
    tab.search.box.setFocus()
    type_text(tab.search.box, "粤C88888")
    enter(qtbot, tab.search.box)
    assert tab.card.card is None and "今天有预约（新客户）" in tab.message.text()
    qtbot.keyClick(tab, Qt.Key.Key_F2)
    vehicle = put_on_file(qtbot, tab).saved
    assert vehicle is not None
    order = active(qtbot, tab)
    assert isinstance(order, OrderDialog) and order.draft is not None
    assert order.draft.appointment_id == booking.id and order.statement.toPlainText() == "首保"
    order.mileage.setText("1200")
    order.save()
    assert order.order is not None and order.order.appointment_id == booking.id
    (kept,) = svc.appointments.bookings(people["chen"], TODAY)
    assert kept.state is BookingState.ARRIVED and kept.vehicle_id == vehicle.id


def test_a_new_callers_booking_opened_from_the_appointments_tab(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    svc = sqlite_services
    people = advisors(svc)
    cars(svc)
    book(svc, people["chen"], slot(TODAY, 10, 30), plate="粤C88888", phone="13812345678", name="刘先生")
    window = MainWindow(svc, people["chen"], runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    tab = window.tab_widgets["appointments"]
    assert isinstance(tab, AppointmentsTab)
    window.tabs.setCurrentWidget(tab)
    press(qtbot, tab, Qt.Key.Key_Return)
    desk = window.tab_widgets["intake"]
    assert isinstance(desk, IntakeTab) and window.tabs.currentWidget() is desk
    put_on_file(qtbot, desk)
    order = active(qtbot, desk)
    assert isinstance(order, OrderDialog) and order.draft is not None and order.draft.vehicle_id is not None
