"""Time the 三包 rule leaves out of the 30 cumulative repair days, recorded on the order."""

from __future__ import annotations

import datetime as dt

import pytest

from app.context import Services
from app.errors import ValidationError
from app.orders import OrderEdit, OrderInfo
from app.orders._rows import facts_of, line_facts
from app.roles import Actor
from app.warranty import AlertKind, RepairLineFacts, Severity
from db.models import RepairOrder
from tests.app.factories import add_model, add_vehicle, open_order


def _edit(order: OrderInfo, **kw: object) -> OrderEdit:
    return OrderEdit(
        mileage_in=order.mileage_in,
        job_types=order.job_types,
        customer_statement=order.customer_statement,
        **kw,  # type: ignore[arg-type]
    )


def test_excluded_hours_are_recorded_checked_and_left_out(services: Services, advisor: Actor, clock) -> None:
    model = add_model(services, advisor)
    car = add_vehicle(services, advisor, model, invoice_date=dt.date(2026, 6, 1), mileage=1_000)
    order = open_order(services, advisor, car, statement="车窗升降异响", excluded_hours=0)
    assert order.excluded_hours == 0
    for bad in (-1, True, 1.5, 24 * 366 + 1):
        with pytest.raises(ValidationError) as e:
            open_order(services, advisor, car, statement="车窗异响", excluded_hours=bad)
        assert e.value.field == "excluded_hours"
    clock.advance(days=25, hours=1)  # 26 days of repair: the 25-day warning

    def cumulative() -> list[Severity]:
        card = services.orders.cards.open(advisor, car.id)
        return [a.severity for a in card.alerts if a.kind is AlertKind.CUMULATIVE_DAYS]

    assert cumulative() == [Severity.WARNING]
    orders = services.orders.orders
    updated = orders.update_order(advisor, order.id, order.version, _edit(order, excluded_hours=48))
    assert updated.excluded_hours == 48
    assert orders.get_order(advisor, order.id).excluded_hours == 48
    assert cumulative() == []  # 26 days less 48 h: 24 days
    with pytest.raises(ValidationError) as e:
        orders.update_order(advisor, order.id, updated.version, _edit(order, excluded_hours=-5))
    assert e.value.field == "excluded_hours"


def test_facts_carry_the_excluded_hours_and_part_numbers() -> None:
    at = dt.datetime(2026, 11, 1, 2, 0, tzinfo=dt.UTC)
    row = RepairOrder(
        id=1,
        ro_number="RO1",
        opened_at=at,
        delivered_at=None,
        status="in_repair",
        mileage_in=100,
        job_types="一般维修",
        customer_statement="刹车异响",
        loan_car=False,
        excluded_hours=12,
    )
    assert facts_of(row, lines=[]).excluded_hours == 12


def test_part_lines_carry_their_part_number() -> None:
    assert line_facts("part", " br-cal-01 ", "前制动卡钳", "customer") == RepairLineFacts(
        "前制动卡钳", is_part=True, part_code="BR-CAL-01"
    )
    # A labour line's code is its operation, not a part number.
    assert line_facts("labour", "EL2001", "检修线路", "warranty").part_code == ""
