"""Driving the appointments tab from tests: cars on file, advisors, bookings at chosen slots; the
clock at 27 November 2026 10:00 in Beijing (a Friday) unless a test moves it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.appointments import Booking, BookingInput, BookingSource, WorkKind
from app.context import Services
from app.roles import Actor, Role
from app.vehicles import VehicleInfo
from tests.ui.complaints.support import named
from tests.ui.reminders.support import plated_car
from ui.appointments.appointments_tab import AppointmentsTab
from ui.appointments.slot_picker import SlotPicker
from ui.tasks import SyncTaskRunner

BEIJING = dt.timezone(dt.timedelta(hours=8))
TODAY = dt.date(2026, 11, 27)
TOMORROW = TODAY + dt.timedelta(days=1)


def slot(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=BEIJING).astimezone(dt.UTC)


def advisors(svc: Services) -> dict[str, Actor]:
    return {
        "chen": named(svc, Role.ADVISOR, "chenjing", "陈静"),
        "wang": named(svc, Role.ADVISOR, "wangfang", "王芳"),
        "zhou": named(svc, Role.SUPERVISOR, "zhouzhuguan", "周主管"),
    }


def cars(svc: Services) -> dict[str, VehicleInfo]:
    return {
        "civic": plated_car(svc, "粤B12345", "张伟", "13900001111"),
        "accord": plated_car(svc, "粤B67890", "李娜", "13900002222", model="雅阁"),
        "corolla": plated_car(svc, "粤A55555", "王芳芳", "13900003333", brand="丰田", model="卡罗拉"),
        "han": plated_car(svc, "粤AD12345", "孙丽华", "13900004444", brand="比亚迪", model="汉 EV"),
        "crv": plated_car(svc, "粤B7K890", "赵磊", "13900005555", model="CR-V"),
    }


def book(
    svc: Services,
    actor: Actor,
    at: dt.datetime,
    vehicle: VehicleInfo | None = None,
    *,
    kind: WorkKind = WorkKind.MAINTENANCE,
    job: str = "保养",
    advisor: Actor | None = None,
    words: str = "",
    waits: bool = False,
    plate: str = "",
    phone: str = "",
    name: str = "",
) -> Booking:
    return svc.appointments.book(
        actor,
        BookingInput(
            slot_at=at,
            work_kind=kind,
            job_type=job,
            advisor_id=(advisor or actor).user_id,
            customer_words=words,
            customer_waits=waits,
            source=BookingSource.COUNTER if vehicle is not None else BookingSource.CALL_IN,
            vehicle_id=vehicle.id if vehicle is not None else None,
            plate=plate,
            phone=phone,
            name=name,
        ),
    )


def make_tab(qtbot: QtBot, svc: Services, actor: Actor) -> AppointmentsTab:
    tab = AppointmentsTab(svc, actor, runner=SyncTaskRunner())
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def active(qtbot: QtBot, widget: QWidget) -> QWidget:
    dialog = getattr(widget, "dialog", None)
    assert isinstance(dialog, QWidget) and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def press(
    qtbot: QtBot,
    tab: AppointmentsTab,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key on the list, the tab's window having the keyboard again (after a dialog closed)."""
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, key, modifiers)


def pick_slot(picker: SlotPicker, hour: int, minute: int = 0) -> None:
    """Selects the slot starting at that local time (it must be free)."""
    day = picker.day.day()
    wanted = slot(day, hour, minute)
    row = picker.model.row_of_start(wanted)
    assert row is not None, [s.start for s in picker.model.rows]
    picker.table.setFocus()
    picker.table.selectRow(row)
    chosen = picker.chosen()
    assert chosen is not None and chosen.start == wanted


def plates(tab: AppointmentsTab) -> list[str]:
    return [b.plate for b in tab.model.rows]


def cell(tab: AppointmentsTab, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return tab.model.data(tab.model.index(row, column), role)
