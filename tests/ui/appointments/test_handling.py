"""改期, 取消预约, 爽约原因 and 预约设置 from the tab's keys; the reasons stay in the booking's
history (who, when, the slot before and after, why); mistakes beside their fields."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.appointments import BookingState, ConfirmOutcome, NoShowReason, WorkKind
from app.context import Services
from tests.conftest import FakeClock
from tests.ui.appointments.support import (
    TODAY,
    TOMORROW,
    active,
    advisors,
    book,
    cars,
    cell,
    make_tab,
    pick_slot,
    press,
    slot,
)
from tests.ui.intake.support import enter, type_text
from ui.appointments.bookings_model import STATE_COLUMN
from ui.appointments.date_bar import Mode
from ui.appointments.handling_dialogs import CancelDialog, ConfirmDialog, MoveDialog, NoShowDialog
from ui.appointments.schedule_dialog import ScheduleDialog
from ui.appointments.texts import STATE_COLOURS


def history_rows(tab: object) -> list[list[object]]:
    model = tab.detail.history_model  # type: ignore[attr-defined]
    return [[model.data(model.index(r, c)) for c in range(1, 6)] for r in range(model.rowCount())]


def test_moved_and_cancelled_with_the_reasons_in_the_history(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    people, found = advisors(svc), cars(svc)
    chen = people["chen"]
    booking = book(svc, chen, slot(TOMORROW, 9), found["civic"], words="保养")
    book(svc, chen, slot(TOMORROW, 10), found["accord"])
    tab = make_tab(qtbot, svc, chen)
    tab.show_day(TOMORROW, booking.id)
    assert tab.current() is not None and tab.current().id == booking.id  # type: ignore[union-attr]

    press(qtbot, tab, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    move = active(qtbot, tab)
    assert isinstance(move, MoveDialog) and move.picker.chosen() is not None  # the slot it has
    pick_slot(move.picker, 11)
    move.reason.setFocus()
    enter(qtbot, move.reason)  # no reason: said beside the field
    assert tab.dialog is move and move.form.error_text("reason")
    type_text(move.reason, "客户上午要开会")
    enter(qtbot, move.reason)
    assert tab.dialog is None
    assert [cell(tab, r, 0) for r in range(2)] == ["10:00", "11:00"]
    assert tab.current() is not None and tab.current().id == booking.id  # type: ignore[union-attr]
    rows = history_rows(tab)
    assert [r[1] for r in rows] == ["预约", "改期"]
    assert rows[1][0] == "陈静" and rows[1][2:] == [
        "2026-11-28 周六 09:00",
        "2026-11-28 周六 11:00",
        "客户上午要开会",
    ]
    assert "已改期" in tab.message.text()

    tab.bar.kind.setFocus()
    qtbot.keyClick(tab.bar.kind, Qt.Key.Key_Delete)  # Del cancels from the list alone
    assert tab.dialog is None
    press(qtbot, tab, Qt.Key.Key_Delete)
    cancel = active(qtbot, tab)
    assert isinstance(cancel, CancelDialog)
    enter(qtbot, cancel.reason)
    assert cancel.form.error_text("reason") == "请填写取消原因"
    type_text(cancel.reason, "车已卖掉")
    enter(qtbot, cancel.reason)
    assert tab.dialog is None
    row = tab.model.row_of(booking.id)
    assert row is not None and cell(tab, row, STATE_COLUMN) == "已取消"
    assert tab.detail.outcome.text() == "取消：车已卖掉"
    assert history_rows(tab)[-1][1:] == ["取消", "2026-11-28 周六 11:00", "", "车已卖掉"]
    assert not tab.move_button.isEnabled() and not tab.cancel_button.isEnabled()


def test_a_no_show_is_red_and_its_reason_recorded(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock
) -> None:
    svc = sqlite_services
    people, found = advisors(svc), cars(svc)
    chen = people["chen"]
    missed = book(svc, chen, slot(TODAY, 15), found["han"], kind=WorkKind.QUICK, job="一般维修")
    clock.advance(days=1)
    assert svc.appointments.close_days(chen) == 1
    tab = make_tab(qtbot, svc, chen)
    tab.show_day(TODAY, missed.id)
    assert cell(tab, 0, STATE_COLUMN) == "爽约"
    colour = tab.model.data(tab.model.index(0, STATE_COLUMN), Qt.ItemDataRole.BackgroundRole)
    assert colour.color() == STATE_COLOURS[BookingState.NO_SHOW][0]
    assert tab.no_show_button.isEnabled() and not tab.arrive_button.isEnabled()
    press(qtbot, tab, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = active(qtbot, tab)
    assert isinstance(dialog, NoShowDialog)
    dialog.save()
    assert dialog.form.error_text("reason") == "请选择爽约原因"
    dialog.choose(NoShowReason.FORGOT)
    type_text(dialog.note, "客户说下周再约")
    dialog.save()
    assert tab.dialog is None and tab.detail.outcome.text() == "爽约：忘记了"


def test_the_schedule_shows_its_mistakes_beside_the_fields(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    people = advisors(svc)
    tab = make_tab(qtbot, svc, people["zhou"])
    assert tab.schedule_button.isVisible()
    tab.edit_schedule()
    dialog = active(qtbot, tab)
    assert isinstance(dialog, ScheduleDialog)
    dialog.opens.setText("8点半")
    dialog.capacity[WorkKind.QUICK].setText("三")
    dialog.closed_days.setText("2026-13-01")
    dialog.save()
    assert dialog.form.error_text("opens") == "开始营业格式应为 时:分，例如 08:30"
    assert dialog.form.error_text("capacity_quick") == "请填写整数"
    assert dialog.form.error_text("closed_days")
    assert dialog.opens.hasFocus()
    dialog.opens.setText("08:00")
    dialog.capacity[WorkKind.QUICK].setText("3")
    dialog.closed_days.setText("2026-12-25")
    dialog.weekdays[6].setChecked(True)  # Sunday
    dialog.save()
    assert tab.dialog is None and tab.message.text() == "预约设置已保存"
    schedule = svc.appointments.schedule(people["zhou"])
    assert schedule.capacity_of(WorkKind.QUICK) == 3 and schedule.closed_weekdays == frozenset({7})
    assert schedule.opens.hour == 8 and schedule.opens.minute == 0


def test_an_advisor_has_no_schedule_button(qtbot: QtBot, sqlite_services: Services) -> None:
    tab = make_tab(qtbot, sqlite_services, advisors(sqlite_services)["chen"])
    assert not tab.schedule_button.isVisible()
    tab.edit_schedule()
    assert tab.dialog is None


def test_a_confirmation_call_asking_for_another_day_goes_on_to_the_move(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    svc = sqlite_services
    people, found = advisors(svc), cars(svc)
    chen = people["chen"]
    booking = book(svc, chen, slot(TOMORROW, 9), found["civic"])
    tab = make_tab(qtbot, svc, chen)
    tab.choose_mode(Mode.CONFIRM)
    press(qtbot, tab, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    confirm = active(qtbot, tab)
    assert isinstance(confirm, ConfirmDialog)
    confirm.choose(ConfirmOutcome.WANTS_MOVE)
    type_text(confirm.note, "周六有事")
    confirm.save()
    move = active(qtbot, tab)
    assert isinstance(move, MoveDialog) and move.booking.id == booking.id
    assert move.booking.confirmation is ConfirmOutcome.WANTS_MOVE
    move.picker.day.set_day(TOMORROW + dt.timedelta(days=2))
    pick_slot(move.picker, 9)
    type_text(move.reason, "客户周六有事")
    move.save()
    assert tab.dialog is None
    moved = svc.appointments.get(chen, booking.id)
    assert moved.slot_at == slot(TOMORROW + dt.timedelta(days=2), 9)
