"""新建预约 from the tab (Ctrl+N): a car found by plate or a new caller with plate and phone, the
slots with their free places (full and past ones not to be picked), a slot taken by another
counter meanwhile refused with the nearest free ones offered and one picked with Enter, the
confirmation to read out; typed changes asked about before the dialog closes."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.appointments import BookingSource, BookingState, WorkKind
from app.context import Services
from app.roles import Role
from app.settings import DealerInfo
from tests.conftest import FakeClock, make_actor
from tests.ui.appointments.support import (
    TODAY,
    TOMORROW,
    active,
    advisors,
    book,
    cars,
    make_tab,
    pick_slot,
    plates,
    press,
    slot,
)
from tests.ui.intake.support import answer_next_box, enter, type_text
from ui.appointments.booking_dialog import BookingDialog
from ui.appointments.bookings_model import free_text


def open_booking(qtbot: QtBot, tab: object) -> BookingDialog:
    press(qtbot, tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # type: ignore[arg-type]
    dialog = active(qtbot, tab)  # type: ignore[arg-type]
    assert isinstance(dialog, BookingDialog)
    return dialog


def test_a_full_slot_is_refused_with_the_nearest_free_ones_and_one_is_picked(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock
) -> None:
    svc = sqlite_services
    people, found = advisors(svc), cars(svc)
    admin = make_actor(svc, Role.ADMIN)
    svc.settings.update_dealer(admin, DealerInfo(name="广州粤顺汽车", service_phone="020-88886666"))
    chen = people["chen"]
    tab = make_tab(qtbot, svc, chen)
    dialog = open_booking(qtbot, tab)
    assert dialog.finder.finder.hasFocus()
    type_text(dialog.finder.finder, "粤B67890")
    enter(qtbot, dialog.finder.finder)
    assert dialog.finder.hits.hasFocus() and dialog.finder.chosen_hit() is not None
    dialog.set_job("钣喷")
    assert dialog.kind.currentData() == WorkKind.BODY_PAINT.value  # the kind follows the job
    picker = dialog.picker
    assert picker.day.day() == TODAY
    nine = picker.model.row_of_start(slot(TODAY, 9))
    assert nine is not None and free_text(picker.model.row_at(nine)) == "已过"  # before 10:00
    assert not picker.model.flags(picker.model.index(nine, 0))
    picker.day.setFocus()
    qtbot.keyClick(picker.day, Qt.Key.Key_PageDown)
    assert picker.day.day() == TOMORROW
    pick_slot(picker, 14)
    dialog.words.setFocus()
    type_text(dialog.words, "左后门刮了一道")
    # Another counter takes the one body-and-paint place at 14:00 meanwhile.
    book(svc, people["wang"], slot(TOMORROW, 14), found["civic"], kind=WorkKind.BODY_PAINT, job="钣喷")
    dialog.save()
    assert dialog.result_ is None and "14:00" in dialog.alternatives_message()
    assert picker.alternatives.isVisible() and picker.alternatives.hasFocus()
    offered = picker.alternatives_model.rows
    assert offered[0] == slot(TOMORROW, 14, 30) and all(o > slot(TOMORROW, 14) for o in offered)
    fourteen = picker.model.row_of_start(slot(TOMORROW, 14))
    assert fourteen is not None and free_text(picker.model.row_at(fourteen)) == "已满"
    qtbot.keyClick(picker.alternatives, Qt.Key.Key_Return)  # picks the first
    assert dialog.chosen_start() == slot(TOMORROW, 14, 30) and not picker.alternatives.isVisible()
    dialog.save()
    booking = dialog.result_
    assert booking is not None and booking.slot_at == slot(TOMORROW, 14, 30)
    assert booking.plate == "粤B67890" and booking.work_kind is WorkKind.BODY_PAINT
    text = dialog.confirmation.text()
    assert "2026-11-28" in text and "14:30" in text and "陈静" in text and "020-88886666" in text
    dialog.close_button.click()
    assert tab.dialog is None
    assert tab.bar.chosen_day() == TOMORROW and plates(tab) == ["粤B12345", "粤B67890"]
    assert tab.current() is not None and tab.current().id == booking.id  # type: ignore[union-attr]


def test_a_new_caller_is_booked_with_plate_and_phone(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    chen = advisors(svc)["chen"]
    tab = make_tab(qtbot, svc, chen)
    tab.show_day(TOMORROW)
    dialog = open_booking(qtbot, tab)
    assert dialog.picker.day.day() == TOMORROW  # the day the list shows
    type_text(dialog.finder.finder, "粤C88888")
    enter(qtbot, dialog.finder.finder)  # nothing on file: a new caller, the plate put in its field
    assert dialog.finder.chosen_hit() is None and dialog.finder.plate.text() == "粤C88888"
    assert dialog.finder.plate.hasFocus()
    dialog.source.setCurrentIndex(dialog.source.findData(BookingSource.CALL_IN.value))
    pick_slot(dialog.picker, 9)
    dialog.save()  # the phone is missing: said beside it
    assert dialog.result_ is None and dialog.form.error_text("phone")
    dialog.finder.phone.setText("13812345678")
    dialog.save()
    booking = dialog.result_
    assert booking is not None and booking.plate == "粤C88888" and booking.vehicle_id is None
    assert booking.source is BookingSource.CALL_IN and booking.state is BookingState.BOOKED
    dialog.accept()
    assert "138****5678" in str(tab.model.data(tab.model.index(0, 4)))  # masked on the list


def test_typed_changes_are_asked_about_before_the_dialog_closes(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    svc = sqlite_services
    tab = make_tab(qtbot, svc, advisors(svc)["chen"])
    dialog = open_booking(qtbot, tab)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert tab.dialog is None
    dialog = open_booking(qtbot, tab)
    dialog.words.setFocus()
    type_text(dialog.words, "换机油")
    seen: list[str] = []
    answer_next_box("继续编辑", seen)
    qtbot.keyClick(dialog.words, Qt.Key.Key_Escape)
    assert seen == ["表单中有尚未保存的修改。放弃这些修改并关闭吗？"] and dialog.isVisible()
    answer_next_box("放弃修改")
    qtbot.keyClick(dialog.words, Qt.Key.Key_Escape)
    assert tab.dialog is None


def test_enter_moves_on_through_the_form_and_books_at_the_last_field(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    svc = sqlite_services
    chen = advisors(svc)["chen"]
    cars(svc)
    tab = make_tab(qtbot, svc, chen)
    dialog = open_booking(qtbot, tab)
    type_text(dialog.finder.finder, "粤B12345")
    enter(qtbot, dialog.finder.finder)
    assert dialog.finder.hits.hasFocus()
    enter(qtbot, dialog.finder.hits)  # the car is on file: plate, phone and name are skipped
    for field, following in (
        (dialog.job, dialog.kind),
        (dialog.kind, dialog.advisor),
        (dialog.advisor, dialog.source),
        (dialog.source, dialog.picker.day),
    ):
        assert field.hasFocus()
        enter(qtbot, field)
        assert following.hasFocus()
    assert dialog.advisor.currentData() == chen.user_id  # the advisor who books, by default
    qtbot.keyClick(dialog.picker.day, Qt.Key.Key_PageDown)
    enter(qtbot, dialog.picker.day)
    assert dialog.picker.table.hasFocus()
    qtbot.keyClick(dialog.picker.table, Qt.Key.Key_Down)
    chosen = dialog.picker.chosen()
    assert chosen is not None and chosen.start.astimezone().date() == TOMORROW
    enter(qtbot, dialog.picker.table)
    assert dialog.words.hasFocus()
    type_text(dialog.words, "做保养")
    enter(qtbot, dialog.words)
    assert dialog.waits.hasFocus()
    enter(qtbot, dialog.waits)  # the last field books
    booking = dialog.result_
    assert booking is not None and booking.slot_at == chosen.start and booking.customer_words == "做保养"
    assert dialog.close_button.hasFocus()


def test_a_closed_day_says_so_and_offers_no_slot(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    people = advisors(svc)
    zhou = people["zhou"]
    schedule = svc.appointments.schedule(zhou)
    svc.appointments.save_schedule(zhou, dataclasses.replace(schedule, closed_weekdays=frozenset({7})))
    tab = make_tab(qtbot, svc, people["chen"])
    dialog = open_booking(qtbot, tab)
    dialog.picker.day.set_day(dt.date(2026, 11, 29))  # a Sunday
    assert not dialog.picker.closed.isHidden() and dialog.picker.table.isHidden()
    assert dialog.picker.closed.text() == "2026-11-29 周日 不营业，不接受预约，请选择其他日期"
    dialog.save()
    assert dialog.result_ is None and dialog.slot_form.error_text("slot_at") == "请选择一个有空位的时段"
    qtbot.keyClick(dialog.picker.day, Qt.Key.Key_PageDown)  # Monday
    assert dialog.picker.closed.isHidden() and not dialog.picker.table.isHidden()
