"""The tab and the booking dialog with the program's thread pool: the lists, the slots, the
booking and the history come back on the UI thread, the newest reading winning."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.context import Services
from tests.ui.appointments.support import TOMORROW, advisors, book, cars, slot
from ui.appointments.appointments_tab import AppointmentsTab
from ui.appointments.booking_dialog import BookingDialog
from ui.appointments.bookings_model import available
from ui.tasks import ThreadTaskRunner


def test_booking_with_the_thread_pool(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    people, found = advisors(svc), cars(svc)
    chen = people["chen"]
    booked = book(svc, chen, slot(TOMORROW, 9), found["civic"])
    runner = ThreadTaskRunner()
    tab = AppointmentsTab(svc, chen, runner=runner)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_day(TOMORROW, booked.id)
    qtbot.waitUntil(lambda: tab.detail.history_model.rowCount() == 1, timeout=5000)
    assert tab.current() is not None and tab.current().id == booked.id  # type: ignore[union-attr]

    dialog = BookingDialog(svc, chen, day=TOMORROW, parent=tab, ops=tab.ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.advisor.count() > 1 and dialog.picker.model.rowCount() > 0, timeout=5000)
    dialog.finder.finder.setText("粤B67890")
    dialog.finder.search(move_on=True)
    qtbot.waitUntil(lambda: dialog.finder.chosen_hit() is not None, timeout=5000)
    row = next(i for i, s in enumerate(dialog.picker.model.rows) if available(s))
    dialog.picker.table.selectRow(row)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=5000)
    dialog.accept()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=5000)  # the list follows the booking
    assert runner.wait()
