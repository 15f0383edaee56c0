"""The 三包 counts behind the alerts: repairs of each problem, cumulative days and replacements,
inside the 三包有效期 only, the job at hand included when it is a repair."""

from __future__ import annotations

import datetime as dt

from app.context import Services
from app.orders import LineInput
from app.roles import Role
from app.warranty import RepairLineFacts, VisitState, sanbao_counts
from tests.app.factories import add_model, add_vehicle, open_order
from tests.app.warranty.test_alerts import NOW, VEHICLE, repair
from tests.conftest import make_actor

PADS = (RepairLineFacts("前刹车片", is_part=True, part_code="45022-TA0-A01"),)


def test_the_counts_of_repairs_days_and_replacements() -> None:
    history = [
        repair(1, "刹车异响", days=2, lines=PADS),
        repair(2, "刹车异响", days=3, lines=PADS),
        repair(3, "空调不凉", days=1),
        repair(4, "刹车异响", km=60_000),  # beyond 50,000 km: outside the period, not counted
        repair(5, "刹车异响", quality=False),  # maintenance: not a quality repair
    ]
    current = repair(6, "刹车又响了", state=VisitState.OPEN, opened=NOW - dt.timedelta(hours=30))
    counts = sanbao_counts(VEHICLE, history, NOW, current)
    assert dict(counts.same_problem)["制动系统"] == 3  # two before and this one
    assert dict(counts.same_problem)["空调"] == 1
    assert counts.repair_days == 2 + 3 + 1 + 2  # the open one: 30 h is a second day (Art. 40)
    (replaced,) = counts.replaced
    assert replaced[1] == 2 and "前刹车片" in replaced[0]
    assert counts.lines()[0] == "三包期内累计修理 8 天"


def test_an_orders_counts_from_the_service(services: Services) -> None:
    admin, advisor = make_actor(services, Role.ADMIN), make_actor(services, Role.ADVISOR)
    vehicle = add_vehicle(services, admin, add_model(services, admin), delivery_date=dt.date(2026, 1, 10))
    pads = LineInput("part", "前刹车片", code="45022-TA0-A01", quantity="1", unit_price_fen=38_000)
    open_order(services, advisor, vehicle, mileage=8_000, statement="刹车异响", lines=(pads,))
    order = open_order(services, advisor, vehicle, mileage=9_000, statement="刹车还是响")
    counts = services.orders.orders.sanbao_counts(advisor, order.id)
    assert dict(counts.same_problem)["制动系统"] == 2
    assert dict(counts.replaced) and list(dict(counts.replaced).values()) == [1]
