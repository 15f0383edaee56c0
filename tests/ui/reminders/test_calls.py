"""记录通话 by keyboard: Enter on a task opens the call dialog, a digit picks the outcome, Enter
goes through the fields the outcome needs and saves at the last; mistakes beside their fields."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import Services
from app.reminders import CallOutcome, LostReason, ReminderStatus, WorkList
from app.roles import Role
from tests.conftest import make_actor
from tests.ui.intake.support import answer_next_box, enter, type_text
from tests.ui.reminders.support import active, cell, make_tab, plates, some_lists
from ui.reminders.call_dialog import CallDialog
from ui.reminders.reminders_tab import RemindersTab


def open_call(qtbot: QtBot, tab: RemindersTab, row: int = 0) -> CallDialog:
    tab.table.setFocus()
    tab.table.selectRow(row)
    enter(qtbot, tab.table)
    dialog = active(qtbot, tab)
    assert isinstance(dialog, CallDialog)
    return dialog


def key(qtbot: QtBot, dialog: CallDialog, text: str) -> None:
    """A key to the widget with the keyboard in the dialog."""
    focused = dialog.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, text)


def test_an_unanswered_call_is_tried_again_tomorrow(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    cars = some_lists(svc)
    advisor = make_actor(svc, Role.ADVISOR)
    tab = make_tab(qtbot, svc, advisor)
    dialog = open_call(qtbot, tab)
    assert dialog.task.vehicle_id == cars["late"].id
    assert dialog.buttons_of[CallOutcome.BOOKED].hasFocus() and dialog.outcome() is None
    key(qtbot, dialog, "4")
    assert dialog.outcome() is CallOutcome.NO_ANSWER
    assert not (dialog.callback.isVisible() or dialog.booking.isVisible() or dialog.lost_reason.isVisible())
    enter(qtbot, dialog.buttons_of[CallOutcome.NO_ANSWER])
    assert dialog.note.hasFocus()
    type_text(dialog.note, "响铃无人接")
    enter(qtbot, dialog.note)
    assert tab.dialog is None and dialog.result_ is not None
    assert dialog.result_.next_call is not None and dialog.result_.next_call.isoformat() == "2026-11-28"
    assert tab.message.text() == "已记录 粤A10001 的通话：无人接听，下次联系 2026-11-28"
    assert tab.focusWidget() is tab.table and tab.current_task().vehicle_id == cars["late"].id  # type: ignore[union-attr]
    assert cell(tab, 0, 7) == "1" and cell(tab, 0, 6) == "2026-11-28"
    calls = svc.reminders.calls_of(advisor, cars["late"].id)
    assert [(c.outcome, c.note) for c in calls] == [(CallOutcome.NO_ANSWER, "响铃无人接")]
    assert tab.detail.calls.rowCount() == 1


def test_call_later_needs_the_day(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    cars = some_lists(svc)
    advisor = make_actor(svc, Role.ADVISOR)
    tab = make_tab(qtbot, svc, advisor)
    dialog = open_call(qtbot, tab, 1)
    key(qtbot, dialog, "7")
    assert dialog.outcome() is CallOutcome.CALL_LATER and dialog.callback.isVisible()
    enter(qtbot, dialog.focusWidget())  # type: ignore[arg-type]
    assert dialog.callback.hasFocus()
    enter(qtbot, dialog.callback)
    assert dialog.note.hasFocus()
    enter(qtbot, dialog.note)  # saves: the day is missing
    assert dialog.isVisible() and dialog.form.error_text("callback_date") == "请填写客户约定的回电日期"
    assert dialog.callback.hasFocus()
    type_text(dialog.callback, "2026-12-5")
    assert dialog.form.error_text("callback_date") == ""  # gone as the field is fixed
    enter(qtbot, dialog.callback)
    enter(qtbot, dialog.note)
    assert tab.dialog is None
    task = svc.reminders.task(advisor, cars["soon"].id)
    assert task.next_call is not None and task.next_call.isoformat() == "2026-12-05"
    assert svc.reminders.calls_of(advisor, cars["soon"].id)[0].callback_date == task.next_call
    assert tab.detail.calls.data(tab.detail.calls.index(0, 3)) == "2026-12-05 再联系"


def test_a_booked_call_picks_a_free_slot(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    cars = some_lists(svc)
    advisor = make_actor(svc, Role.ADVISOR)
    tab = make_tab(qtbot, svc, advisor)
    dialog = open_call(qtbot, tab, 1)
    key(qtbot, dialog, "1")
    assert dialog.outcome() is CallOutcome.BOOKED and dialog.booking.isVisible()
    enter(qtbot, dialog.focusWidget())  # type: ignore[arg-type]
    assert dialog.booking_job.hasFocus()
    enter(qtbot, dialog.booking_job)
    assert dialog.booking.day.hasFocus() and dialog.booking.day.day() == dt.date(2026, 11, 28)  # tomorrow
    enter(qtbot, dialog.booking.day)
    assert dialog.booking.table.hasFocus()
    enter(qtbot, dialog.booking.table)
    enter(qtbot, dialog.note)  # no slot chosen: said beside the slots
    assert dialog.form.error_text("booking_at") == "请选择一个有空位的时段"
    nine_thirty = dt.datetime(2026, 11, 28, 1, 30, tzinfo=dt.UTC)  # 09:30 in Beijing
    row = dialog.booking.model.row_of_start(nine_thirty)
    assert row is not None
    dialog.booking.table.selectRow(row)
    dialog.note.setFocus()
    enter(qtbot, dialog.note)
    assert tab.dialog is None and dialog.result_ is not None
    assert dialog.result_.appointment_id is not None and dialog.result_.status is ReminderStatus.BOOKED
    (booking,) = svc.appointments.for_vehicle(advisor, cars["soon"].id)
    assert booking.slot_at == nine_thirty and booking.id == dialog.result_.appointment_id
    # Booked: off the list to call; the list's total follows.
    assert plates(tab) == ["粤A10001"] and tab.lists.tabText(0) == "即将到期 (1)"
    assert svc.reminders.task(advisor, cars["soon"].id).booked


def test_a_refusal_needs_its_reason(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    cars = some_lists(svc)
    advisor = make_actor(svc, Role.ADVISOR)
    tab = make_tab(qtbot, svc, advisor)
    tab.choose_list(WorkList.LOST)
    dialog = open_call(qtbot, tab)
    key(qtbot, dialog, "8")
    enter(qtbot, dialog.focusWidget())  # type: ignore[arg-type]
    assert dialog.lost_reason.hasFocus()
    enter(qtbot, dialog.lost_reason)
    enter(qtbot, dialog.note)
    assert dialog.form.error_text("lost_reason") == "请选择客户不再来店的原因"
    assert dialog.lost_reason.hasFocus()
    qtbot.keyClick(dialog.lost_reason, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.lost_reason, Qt.Key.Key_Down)
    assert dialog.lost_reason.currentData() == LostReason.OFTEN_AWAY.value
    enter(qtbot, dialog.lost_reason)
    enter(qtbot, dialog.note)
    assert tab.dialog is None
    calls = svc.reminders.calls_of(advisor, cars["lost"].id)
    assert calls[0].outcome is CallOutcome.REFUSED and calls[0].lost_reason == "经常出差"
    assert tab.detail.calls.data(tab.detail.calls.index(0, 3)) == "经常出差"


def test_a_car_sold_and_an_outcome_forgotten(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    cars = some_lists(svc)
    advisor = make_actor(svc, Role.ADVISOR)
    tab = make_tab(qtbot, svc, advisor)
    tab.choose_list(WorkList.OVERDUE)
    dialog = open_call(qtbot, tab)
    enter(qtbot, dialog.focusWidget())  # type: ignore[arg-type]
    enter(qtbot, dialog.note)
    assert dialog.form.error_text("outcome") == "请选择通话结果"
    key(qtbot, dialog, "9")
    assert dialog.outcome() is CallOutcome.CAR_SOLD and dialog.form.error_text("outcome") == ""
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert tab.dialog is None
    assert plates(tab) == ["粤A10001"] and tab.lists.tabText(1) == "已逾期 (1)"
    calls = svc.reminders.calls_of(advisor, cars["very_late"].id)
    assert calls[0].outcome is CallOutcome.CAR_SOLD and calls[0].lost_reason == "车已卖，新车主不详"


def test_a_dialog_with_changes_asks_before_it_closes(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    some_lists(svc)
    tab = make_tab(qtbot, svc, make_actor(svc, Role.ADVISOR))
    dialog = open_call(qtbot, tab)
    key(qtbot, dialog, "2")
    seen: list[str] = []
    answer_next_box("继续编辑", seen)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen and dialog.isVisible()
    answer_next_box("放弃修改")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert tab.dialog is None
    dialog = open_call(qtbot, tab)  # nothing changed: Esc closes at once
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert tab.dialog is None
