"""A workshop to show on the lounge display: cars at every stage, promised today and tomorrow."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pytestqt.qtbot import QtBot

from app.context import Services
from app.orders import OrderInfo, OrderStatus
from app.roles import Actor, Role
from tests.app.factories import add_model, add_vehicle, open_order
from tests.conftest import make_actor
from tests.ui.intake.support import setup_dealer
from ui.lounge.lounge_window import LoungeWindow
from ui.tasks import SyncTaskRunner

# The board's moves to reach each stage from 待派工.
PATH = {
    OrderStatus.WAITING: (),
    OrderStatus.IN_REPAIR: (OrderStatus.IN_REPAIR,),
    OrderStatus.WAITING_PARTS: (OrderStatus.IN_REPAIR, OrderStatus.WAITING_PARTS),
    OrderStatus.QUALITY_CHECK: (OrderStatus.IN_REPAIR, OrderStatus.QUALITY_CHECK),
    OrderStatus.WASHING: (OrderStatus.IN_REPAIR, OrderStatus.QUALITY_CHECK, OrderStatus.WASHING),
    OrderStatus.READY: (OrderStatus.IN_REPAIR, OrderStatus.QUALITY_CHECK, OrderStatus.READY),
}
MODELS = (("本田", "雅阁"), ("本田", "CR-V"), ("本田", "思域"), ("本田", "飞度"), ("本田", "e:NP1 极湃1"))


@dataclass
class Workshop:
    admin: Actor
    advisor: Actor
    orders: list[OrderInfo]


def move_to(svc: Services, actor: Actor, order: OrderInfo, status: OrderStatus) -> OrderInfo:
    for step in PATH[status]:
        order = svc.orders.board.move(actor, order.id, order.version, step)
    return order


def workshop(svc: Services, count: int) -> Workshop:
    """`count` cars (粤B10000, 粤B10001…; every fifth a new-energy 粤AD…), at the stages in turn,
    promised from 10:30 on every 25 minutes, every sixth tomorrow and every seventh without a
    promised time; the owners 张三 with phone 13812345678."""
    admin = make_actor(svc, Role.ADMIN)
    advisor = make_actor(svc, Role.ADVISOR)
    models = [setup_dealer(svc, admin)]  # 本田 雅阁
    models += [add_model(svc, admin, brand, name) for brand, name in MODELS[1:]]
    stages = list(PATH)
    start = svc.clock() + dt.timedelta(minutes=30)
    orders = []
    for n in range(count):
        plate = f"粤AD{20000 + n}" if n % 5 == 4 else f"粤B{10000 + n}"
        vehicle = add_vehicle(svc, admin, models[n % len(models)], plate=plate, mileage=18000 + n)
        promised: dt.datetime | None = start + dt.timedelta(minutes=25 * n)
        if n % 7 == 6:
            promised = None
        elif n % 6 == 5:
            promised = svc.clock() + dt.timedelta(days=1, hours=n % 3)  # tomorrow from 10:00
        order = open_order(svc, advisor, vehicle, promised_at=promised)
        orders.append(move_to(svc, advisor, order, stages[n % len(stages)]))
    return Workshop(admin, advisor, orders)


def make_lounge(qtbot: QtBot, svc: Services, size: tuple[int, int] = (1366, 768), **kw: int) -> LoungeWindow:
    window = LoungeWindow(svc, runner=SyncTaskRunner(), **kw)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window
