"""The list follows what happens elsewhere: a booking made in 接车开单 is on it when the tab is
shown again, and a booking turns late on the list as the clock passes its slot."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import Services
from tests.conftest import FakeClock
from tests.ui.appointments.support import (
    TODAY,
    TOMORROW,
    advisors,
    book,
    cars,
    cell,
    make_tab,
    pick_slot,
    slot,
)
from tests.ui.appointments.test_intake_and_board import find
from ui.appointments.appointments_tab import AppointmentsTab
from ui.appointments.booking_dialog import BookingDialog
from ui.appointments.bookings_model import STATE_COLUMN
from ui.intake.intake_tab import IntakeTab
from ui.main_window import MainWindow
from ui.tasks import SyncTaskRunner


def test_a_booking_made_at_the_intake_is_on_the_list_when_it_is_shown(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    svc = sqlite_services
    people = advisors(svc)
    cars(svc)
    window = MainWindow(svc, people["chen"], runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    tab = window.tab_widgets["appointments"]
    intake = window.tab_widgets["intake"]
    assert isinstance(tab, AppointmentsTab) and isinstance(intake, IntakeTab)
    window.tabs.setCurrentWidget(tab)
    tab.show_day(TOMORROW)
    assert tab.model.rowCount() == 0
    window.tabs.setCurrentWidget(intake)
    find(qtbot, intake, "粤B67890")
    intake.book()
    dialog = intake.dialog
    assert isinstance(dialog, BookingDialog)
    dialog.picker.day.set_day(TOMORROW)
    pick_slot(dialog.picker, 8, 30)
    dialog.save()
    dialog.accept()
    window.tabs.setCurrentWidget(tab)
    assert [b.plate for b in tab.model.rows] == ["粤B67890"]


def test_a_booking_turns_late_as_the_clock_passes_its_slot(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock
) -> None:
    svc = sqlite_services
    people, found = advisors(svc), cars(svc)
    book(svc, people["chen"], slot(TODAY, 10, 30), found["civic"])
    tab = make_tab(qtbot, svc, people["chen"])
    assert cell(tab, 0, STATE_COLUMN) == "已预约"
    clock.advance(hours=1, minutes=1)  # 11:01, more than 30 minutes after 10:30
    tab.tick()
    assert cell(tab, 0, STATE_COLUMN) == "已迟到"
    assert "已迟到 1" in tab.count.text()
    background = tab.model.data(tab.model.index(0, STATE_COLUMN), Qt.ItemDataRole.BackgroundRole)
    assert background.color().name() == "#ffe8b3"
