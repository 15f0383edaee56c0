"""Driving the reminders tab from tests: cars with plates and owners on the work lists."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.context import Services
from app.reminders import ReminderKind
from app.roles import Actor, Role
from app.vehicles import VehicleInfo
from tests.app.factories import add_model, add_vehicle, open_order
from tests.app.reminders.support import TODAY, last_visit, remind
from tests.conftest import FakeClock, make_actor
from tests.ui.intake.support import deliver
from ui.reminders.reminders_tab import RemindersTab
from ui.tasks import SyncTaskRunner


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def plated_car(
    svc: Services,
    plate: str,
    owner: str,
    phone: str,
    *,
    brand: str = "本田",
    model: str = "思域",
    delivered: dt.date | None = dt.date(2025, 6, 1),
) -> VehicleInfo:
    admin = make_actor(svc, Role.ADMIN)
    found = next(
        (m for m in svc.vehicles.models.list_models(admin) if (m.brand, m.name) == (brand, model)), None
    )
    chosen = found or add_model(svc, admin, brand, model)
    return add_vehicle(
        svc, admin, chosen, plate=plate, owner=owner, phones=(phone,), delivery_date=delivered, confirm=True
    )


def some_lists(svc: Services) -> dict[str, VehicleInfo]:
    """Two cars overdue (one also with deferred work), one due soon, one lapsing and one lost."""
    cars = {
        "late": plated_car(svc, "粤A10001", "张伟", "13900001111"),
        "very_late": plated_car(svc, "粤A10002", "李娜", "13900002222", model="雅阁"),
        "soon": plated_car(svc, "粤B20003", "王芳", "13900003333", brand="丰田", model="卡罗拉"),
        "lapsing": plated_car(svc, "粤A30004", "刘洋", "13900004444"),
        "lost": plated_car(svc, "粤A40005", "陈静", "13900005555", model="雅阁"),
    }
    remind(svc, cars["late"], days(-5))
    remind(svc, cars["late"], days(20), ReminderKind.DECLINED_ITEM, None)
    remind(svc, cars["very_late"], days(-40), ReminderKind.FIRST_SERVICE, 5_000)
    remind(svc, cars["soon"], days(10))
    last_visit(svc, cars["lapsing"], dt.datetime(2025, 6, 1, 2, tzinfo=dt.UTC))
    last_visit(svc, cars["lost"], dt.datetime(2024, 6, 1, 2, tzinfo=dt.UTC))
    return cars


def delivered_cars(svc: Services, clock: FakeClock, advisor: Actor) -> dict[str, VehicleInfo]:
    """Two cars delivered by the advisor 3 days ago (on the follow-up list today) and one a day
    ago (not yet); the clock is left 3 days on."""
    cars = {
        "first": plated_car(svc, "粤A60006", "黄敏", "13900006666"),
        "second": plated_car(svc, "粤A70007", "吴强", "13900007777", model="雅阁"),
        "recent": plated_car(svc, "粤A80008", "郑丽", "13900008888"),
    }
    for name, vehicle in cars.items():
        if name == "recent":
            clock.advance(days=2)
        order = open_order(svc, advisor, vehicle, mileage=12_000, jobs=("保养",), statement="首次保养")
        deliver(svc, advisor, order, 12_010)
    clock.advance(days=1)
    return cars


def make_tab(qtbot: QtBot, svc: Services, actor: Actor) -> RemindersTab:
    tab = RemindersTab(svc, actor, runner=SyncTaskRunner())
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def active(qtbot: QtBot, tab: RemindersTab) -> QWidget:
    """The dialog open over the tab, as the window with the keyboard."""
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def plates(tab: RemindersTab) -> list[str]:
    return [t.plate for t in tab.model.rows]


def cell(tab: RemindersTab, row: int, column: int) -> str:
    return str(tab.model.data(tab.model.index(row, column)))
