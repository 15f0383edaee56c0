"""Complaints at chosen moments for the complaints tab's tests: one overdue, one due within the
warning hours, one answered, one with time left, one closed; the clock left at 27 November
10:00 in Beijing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.context import Services
from app.reports import (
    ActionInput,
    ActionKind,
    CloseInput,
    ComplaintCategory,
    ComplaintChannel,
    ComplaintInfo,
    ComplaintInput,
)
from app.roles import SYSTEM_ACTOR, Actor, Role
from app.vehicles import VehicleInfo
from tests.app.factories import open_order
from tests.conftest import TEST_PASSWORD, FakeClock
from tests.ui.reminders.support import plated_car
from ui.complaints.complaints_tab import ComplaintsTab
from ui.tasks import SyncTaskRunner

BEIJING = dt.timezone(dt.timedelta(hours=8))


def at(clock: FakeClock, day: int, hour: int, minute: int = 0) -> None:
    clock.now = dt.datetime(2026, 11, day, hour, minute, tzinfo=BEIJING).astimezone(dt.UTC)


def complain(
    svc: Services,
    actor: Actor,
    vehicle: VehicleInfo,
    text: str,
    channel: ComplaintChannel = ComplaintChannel.COUNTER,
    category: ComplaintCategory = ComplaintCategory.QUALITY,
    order_id: int | None = None,
) -> ComplaintInfo:
    return svc.complaints.record(
        actor, ComplaintInput(vehicle.owner_id, vehicle.id, order_id, channel, category, text)
    )


def named(svc: Services, role: Role, username: str, name: str) -> Actor:
    info = svc.users.add_user(SYSTEM_ACTOR, username, name, role.value, TEST_PASSWORD)
    return Actor(info.id, info.username, info.display_name, info.role)


def busy_complaints(svc: Services, clock: FakeClock) -> dict[str, ComplaintInfo]:
    """A morning's complaints, named by where their reply deadline stands at 27 Nov 10:00."""
    advisor = named(svc, Role.ADVISOR, "chenjing", "陈静")
    supervisor = named(svc, Role.SUPERVISOR, "zhouzhuguan", "周主管")
    cars = {
        "late": plated_car(svc, "粤B12345", "张伟", "13900001111"),
        "soon": plated_car(svc, "粤B67890", "李娜", "13900002222", model="雅阁"),
        "answered": plated_car(svc, "粤A55555", "王芳", "13900003333", brand="丰田", model="卡罗拉"),
        "fresh": plated_car(svc, "粤AD12345", "孙丽华", "13900004444", brand="比亚迪", model="汉 EV"),
        "closed": plated_car(svc, "粤B7K890", "赵磊", "13900005555"),
    }
    complaints = svc.complaints
    at(clock, 20, 9)
    order = open_order(svc, advisor, cars["late"], mileage=21_000, statement="发动机故障灯亮")
    at(clock, 25, 16)
    late = complain(
        svc, advisor, cars["late"], "保养后发动机故障灯又亮了，客户很生气，要求给个说法", order_id=order.id
    )
    found = {"late": late}
    at(clock, 26, 12)
    found["soon"] = complain(
        svc, advisor, cars["soon"], "结算金额比报价高 300 元，没有提前说明", ComplaintChannel.PHONE,
        ComplaintCategory.PRICE,
    )  # fmt: skip
    at(clock, 26, 14)
    answered = complain(
        svc,
        advisor,
        cars["answered"],
        "预约了还要排队等一个多小时",
        ComplaintChannel.HOTLINE,
        ComplaintCategory.WAITING,
    )
    at(clock, 26, 17)
    answered = complaints.assign(supervisor, answered.id, answered.version, advisor.user_id)
    answered = complaints.add_action(
        advisor,
        answered.id,
        answered.version,
        ActionInput(ActionKind.CONTACT, "已致电客户致歉，说明当天预约车辆集中"),
    )
    found["answered"] = answered
    at(clock, 27, 8)
    found["fresh"] = complain(
        svc,
        advisor,
        cars["fresh"],
        "服务顾问解释问题不耐烦",
        ComplaintChannel.ONLINE,
        ComplaintCategory.ATTITUDE,
    )
    at(clock, 24, 9)
    closed = complain(
        svc, advisor, cars["closed"], "洗车不干净，座椅上有油污", category=ComplaintCategory.DAMAGE
    )
    at(clock, 24, 11)
    closed = complaints.add_action(
        supervisor, closed.id, closed.version, ActionInput(ActionKind.CONTACT, "已致歉")
    )
    at(clock, 24, 15)
    found["closed"] = complaints.close(
        supervisor, closed.id, closed.version, CloseInput("已向客户致歉，免费清洗内饰并赠送一次洗车", True)
    )
    at(clock, 27, 10)
    return found


def make_tab(qtbot: QtBot, svc: Services, actor: Actor) -> ComplaintsTab:
    tab = ComplaintsTab(svc, actor, runner=SyncTaskRunner())
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def press(
    qtbot: QtBot,
    tab: ComplaintsTab,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key on the list, the tab's window having the keyboard again (after a dialog closed)."""
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, key, modifiers)


def active(qtbot: QtBot, tab: ComplaintsTab) -> QWidget:
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog
