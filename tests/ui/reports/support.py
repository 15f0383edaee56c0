"""A small dealer's weeks for the reports tab's tests: two advisors, a handful of cars, orders
opened and delivered on most days from 20 October to 27 November 2026 (the tests' day), some
late, one cancelled, warranty-paid labour, an order across midnight, appointments, follow-up
answers and an approved estimate; written through the services as the counter writes them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pytestqt.qtbot import QtBot

from app.context import Services
from app.orders import OrderInput
from app.roles import SYSTEM_ACTOR, Actor, Role
from app.vehicles import VehicleInfo
from db.models import Appointment, Reminder, ReminderContact, RepairOrder
from tests.app.factories import add_model, add_vehicle, labour, open_order, part
from tests.conftest import TEST_PASSWORD, FakeClock, make_actor
from tests.ui.intake.support import deliver
from ui.reports.reports_tab import ReportsTab
from ui.tasks import SyncTaskRunner

BEIJING = dt.timezone(dt.timedelta(hours=8))
TODAY = dt.date(2026, 11, 27)  # tests.conftest.TEST_NOW at the counter
STATEMENTS = ("空调不凉", "刹车异响", "发动机抖动", "仪表灯亮")


def at(clock: FakeClock, day: dt.date, hour: int, minute: int = 0) -> None:
    clock.now = dt.datetime.combine(day, dt.time(hour, minute), BEIJING).astimezone(dt.UTC)


def advisor(svc: Services, username: str, name: str) -> Actor:
    info = svc.users.add_user(SYSTEM_ACTOR, username, name, Role.ADVISOR.value, TEST_PASSWORD)
    return Actor(info.id, info.username, info.display_name, info.role)


@dataclass(frozen=True)
class Dealer:
    supervisor: Actor
    advisors: tuple[Actor, Actor]
    cars: tuple[VehicleInfo, ...]


def small_dealer(svc: Services, clock: FakeClock) -> Dealer:
    """The weeks' work, and a supervisor to read the reports. The clock ends on the tests' day
    at 18:00."""
    admin = make_actor(svc, Role.ADMIN)
    advisors = (advisor(svc, "liming", "李明"), advisor(svc, "wangfang", "王芳"))
    models = (add_model(svc, admin), add_model(svc, admin, "丰田", "卡罗拉"))
    cars = [
        add_vehicle(
            svc,
            admin,
            models[n % 2],
            plate=f"粤B{n}{(n + 2) % 10}3{n}{(n * 7) % 10}",
            owner=f"车主{n}",
            confirm=True,
        )
        for n in range(9)
    ]
    mileage = {car.id: 10_000 + 1_000 * n for n, car in enumerate(cars)}
    orders = svc.orders.orders
    days = [dt.date(2026, 10, d) for d in (20, 21, 23, 27)]
    days += [dt.date(2026, 11, d) for d in range(2, 28) if d not in (8, 15, 22)]  # Sundays closed
    n = 0
    for day in days:
        for k in range(4 if day == TODAY else 1 + (day.day * 5) % 3):  # one to three a day, four today
            n += 1
            car = cars[(day.day + 3 * k) % len(cars)]
            who = advisors[(day.day + k) % 2]
            mileage[car.id] += 500
            at(clock, day, 9 + 2 * k)
            warranty, service = n % 7 == 0, n % 2 == 1
            lines = (
                labour(hours=f"{1 + n % 3}.0", rate=20_000, payer="warranty" if warranty else "customer"),
                part(price=4_500 + 1_000 * (n % 5)),
            )
            order = orders.open_order(
                who,
                OrderInput(
                    vehicle_id=car.id,
                    mileage_in=mileage[car.id],
                    job_types=("索赔",) if warranty else (("保养",) if service else ("一般维修",)),
                    customer_statement="" if service and not warranty else STATEMENTS[n % len(STATEMENTS)],
                    promised_at=dt.datetime.combine(day, dt.time(15 + k), BEIJING),
                    lines=lines,
                ),
                confirm_warnings=True,
            )
            if day == TODAY and k == 0:
                continue  # still in the workshop
            if n % 11 == 0:
                at(clock, day, 12)
                orders.cancel_order(who, order.id, orders.get_order(who, order.id).version, "客户改期")
                continue
            at(clock, day, 14 + k + (2 if n % 4 == 0 else 0))  # every fourth is late
            deliver(svc, who, order, mileage[car.id] + 10)
            if n % 3 == 0:
                with svc.db.session() as s:
                    row = s.get(RepairOrder, order.id)
                    assert row is not None
                    row.estimate_fen, row.estimate_approved = row.total_fen + (n % 2) * 20_000, True
                    s.commit()
    # Across midnight: opened on the 26th at 23:30, delivered on the 27th at 00:40.
    at(clock, dt.date(2026, 11, 26), 23, 30)
    late_night = open_order(svc, advisors[0], cars[0], mileage=mileage[cars[0].id] + 200, lines=(labour(),))
    at(clock, TODAY, 0, 40)
    deliver(svc, advisors[0], late_night, mileage[cars[0].id] + 210)
    with svc.db.session() as s:  # the day's appointments, and follow-up answers
        for status in ("arrived", "arrived", "no_show", "cancelled"):
            s.add(Appointment(vehicle_id=cars[1].id, customer_id=cars[1].owner_id, status=status,
                              scheduled_at=dt.datetime.combine(TODAY, dt.time(9), BEIJING)))  # fmt: skip
        follow_up = Reminder(vehicle_id=cars[2].id, customer_id=cars[2].owner_id, kind="follow_up",
                             due_date=TODAY, status="done", note="")  # fmt: skip
        s.add(follow_up)
        s.flush()
        for answer in ("very_satisfied", "satisfied", "dissatisfied"):
            s.add(ReminderContact(reminder_id=follow_up.id, outcome="answered", satisfaction=answer,
                                  at=dt.datetime.combine(TODAY, dt.time(14), BEIJING)))  # fmt: skip
        s.commit()
    at(clock, TODAY, 18)
    return Dealer(make_actor(svc, Role.SUPERVISOR), advisors, tuple(cars))


def make_tab(qtbot: QtBot, svc: Services, actor: Actor) -> ReportsTab:
    tab = ReportsTab(svc, actor, runner=SyncTaskRunner())
    qtbot.addWidget(tab)
    return tab
