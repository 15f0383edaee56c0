"""The bookings where the counter meets the car: the vehicle card shows the car's booking, a
booked car found by its plate opens its order from the booking with F5, Ctrl+B books the car on
screen, and the board lists the booked cars still to come today."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import Services
from tests.conftest import FakeClock
from tests.ui.appointments.support import TODAY, TOMORROW, active, advisors, book, cars, pick_slot, slot
from tests.ui.intake.support import enter, type_text
from ui.appointments.booking_dialog import BookingDialog
from ui.board.board_tab import BoardTab
from ui.intake.intake_tab import IntakeTab
from ui.intake.order_dialog import OrderDialog
from ui.tasks import SyncTaskRunner


def intake(qtbot: QtBot, svc: Services, actor: object) -> IntakeTab:
    tab = IntakeTab(svc, actor, runner=SyncTaskRunner())  # type: ignore[arg-type]
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def find(qtbot: QtBot, tab: IntakeTab, text: str) -> None:
    tab.search.box.setFocus()
    type_text(tab.search.box, text)
    enter(qtbot, tab.search.box)
    assert tab.card.card is not None


def test_a_booked_car_found_at_the_counter_opens_its_order_from_the_booking(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    svc = sqlite_services
    people, found = advisors(svc), cars(svc)
    chen = people["chen"]
    booking = book(
        svc, chen, slot(TODAY, 10, 30), found["accord"], job="一般维修", words="空调不凉", waits=True
    )
    tab = intake(qtbot, svc, chen)
    find(qtbot, tab, "粤B67890")
    assert tab.card.booking.isVisible()
    text = tab.card.booking.text()
    assert "今天有预约" in text and "10:30-11:00" in text and "一般维修" in text and "陈静" in text
    qtbot.keyClick(tab, Qt.Key.Key_F5)
    order = active(qtbot, tab)
    assert isinstance(order, OrderDialog) and order.draft is not None
    assert order.draft.appointment_id == booking.id
    assert order.statement.toPlainText() == "空调不凉" and order.job_boxes["一般维修"].isChecked()
    assert order.waits.isChecked() and order.appointment.isChecked() and not order.appointment.isEnabled()


def test_a_car_booked_for_another_day_opens_a_plain_order(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    people, found = advisors(svc), cars(svc)
    book(svc, people["chen"], slot(TOMORROW, 9), found["civic"])
    tab = intake(qtbot, svc, people["chen"])
    find(qtbot, tab, "粤B12345")
    assert "2026-11-28 周六 09:00-09:30" in tab.card.booking.text()
    assert "今天有预约" not in tab.card.booking.text()
    qtbot.keyClick(tab, Qt.Key.Key_F5)
    order = active(qtbot, tab)
    assert isinstance(order, OrderDialog) and order.draft is None


def test_ctrl_b_books_the_car_on_screen(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    people, found = advisors(svc), cars(svc)
    tab = intake(qtbot, svc, people["wang"])
    find(qtbot, tab, "粤A55555")
    assert not tab.card.booking.isVisible()
    qtbot.keyClick(tab, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = active(qtbot, tab)
    assert isinstance(dialog, BookingDialog) and dialog.car is not None
    assert dialog.car.vehicle_id == found["corolla"].id and "粤A·55555" in dialog.about.text()
    assert not dialog.finder.finder.isVisible() and dialog.job.hasFocus()
    dialog.picker.day.set_day(TOMORROW)
    pick_slot(dialog.picker, 16)
    dialog.save()
    assert dialog.result_ is not None and dialog.result_.vehicle_id == found["corolla"].id
    dialog.accept()
    assert "2026-11-28 周六 16:00-16:30" in tab.card.booking.text()  # the card follows the booking


def test_the_board_lists_the_booked_cars_still_to_come(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock
) -> None:
    svc = sqlite_services
    people, found = advisors(svc), cars(svc)
    chen = people["chen"]
    book(svc, chen, slot(TODAY, 10, 30), found["civic"])
    book(svc, chen, slot(TODAY, 16), found["accord"], advisor=people["wang"])
    book(svc, chen, slot(TOMORROW, 9), found["han"])  # not today
    clock.advance(hours=1, minutes=1)  # 11:01: the 10:30 booking is late
    board = BoardTab(svc, chen, runner=SyncTaskRunner(), poll_ms=60_000)
    qtbot.addWidget(board)
    board.show()
    panel = board.to_come
    assert panel.isVisible() and panel.model.rowCount() == 2
    assert [panel.model.data(panel.model.index(r, 2)) for r in range(2)] == ["粤B12345", "粤B67890"]
    assert panel.model.data(panel.model.index(0, 1)) == "已迟到"
    assert panel.title.text() == "今天预约待到店 2 辆（其中 1 辆已迟到）"
    assert "预约待到 2" in board.summary.text()
