"""A reminder call's 已预约 into a slot another counter filled meanwhile: refused beside the slots
with the nearest free ones offered; one picked, the call is saved with its booking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import Services
from app.reminders import CallOutcome
from tests.ui.appointments.support import TOMORROW, active, advisors, book, cars, pick_slot, slot
from tests.ui.reminders.support import make_tab, some_lists
from ui.reminders.call_dialog import CallDialog


def test_a_call_booking_a_slot_filled_meanwhile_takes_an_offered_one(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    svc = sqlite_services
    listed = some_lists(svc)
    people, found = advisors(svc), cars(svc)
    chen = people["chen"]
    tab = make_tab(qtbot, svc, chen)
    assert tab.select_vehicle(listed["late"].id)
    tab.dialogs.log_call()
    call = active(qtbot, tab)
    assert isinstance(call, CallDialog)
    call.choose(CallOutcome.BOOKED)
    pick_slot(call.booking, 9, 30)
    # The advisor's two places at 09:30 go to other calls meanwhile.
    book(svc, chen, slot(TOMORROW, 9, 30), found["civic"])
    book(svc, chen, slot(TOMORROW, 9, 30), found["accord"])
    call.save()
    assert call.result_ is None and "09:30" in call.form.error_text("booking_at")
    offered = call.booking.alternatives_model.rows
    assert offered and offered[0] == slot(TOMORROW, 10)
    qtbot.keyClick(call.booking.alternatives, Qt.Key.Key_Return)
    assert call.booking.chosen() is not None and call.booking.chosen().start == slot(TOMORROW, 10)  # type: ignore[union-attr]
    call.save()
    assert call.result_ is not None and call.result_.appointment_id is not None
    (booked,) = svc.appointments.for_vehicle(chen, listed["late"].id)
    assert booked.slot_at == slot(TOMORROW, 10)
