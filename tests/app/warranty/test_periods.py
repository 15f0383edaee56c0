"""Warranty periods at their boundaries: the last covered day and the km limit."""

from __future__ import annotations

import datetime as dt

import pytest

from app.context import Services
from app.roles import Actor
from app.vehicles import ModelTerms
from app.warranty import (
    WarrantyKind,
    WarrantyTerm,
    add_months,
    period_last_day,
    status_of,
    warranty_start,
    within,
)
from tests.app.factories import add_model, add_vehicle

SANBAO = WarrantyTerm(WarrantyKind.SANBAO, 24, 50_000)


@pytest.mark.parametrize(
    ("start", "months", "last"),
    [
        # docs/domain/warranty.md, "Counting a period": the start day is not counted, the period
        # ends on the same-numbered day of its last month, or on that month's last day.
        (dt.date(2024, 3, 1), 24, dt.date(2026, 3, 1)),
        (dt.date(2024, 3, 1), 36, dt.date(2027, 3, 1)),
        (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),
        (dt.date(2024, 1, 29), 1, dt.date(2024, 2, 29)),
        (dt.date(2024, 2, 29), 12, dt.date(2025, 2, 28)),
        (dt.date(2024, 2, 29), 48, dt.date(2028, 2, 29)),
        (dt.date(2023, 1, 31), 1, dt.date(2023, 2, 28)),
        (dt.date(2024, 1, 15), 36, dt.date(2027, 1, 15)),
        (dt.date(2024, 12, 31), 12, dt.date(2025, 12, 31)),
        (dt.date(2024, 11, 30), 3, dt.date(2025, 2, 28)),
    ],
)
def test_period_last_day(start: dt.date, months: int, last: dt.date) -> None:
    assert period_last_day(start, months) == last


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2024, 11, 30), 3) == dt.date(2025, 2, 28)


def test_last_day_is_covered_and_the_next_is_not() -> None:
    start = dt.date(2024, 3, 1)
    on_last = status_of(SANBAO, start, dt.date(2026, 3, 1), 10_000)
    assert on_last.active is True
    assert on_last.days_left == 1
    assert on_last.last_day == dt.date(2026, 3, 1)
    after = status_of(SANBAO, start, dt.date(2026, 3, 2), 10_000)
    assert after.active is False
    assert after.days_left == 0
    assert after.ended_by == "date"
    # The 730 counted days run 2024-03-02 .. 2026-03-01; the start day itself is covered too.
    assert status_of(SANBAO, start, dt.date(2024, 3, 2), 0).days_left == 730
    assert status_of(SANBAO, start, start, 0).days_left == 731


def test_within_covers_the_last_day_and_the_km_limit() -> None:
    start = dt.date(2024, 3, 1)
    assert within(SANBAO, start, dt.date(2026, 3, 1), 50_000)
    assert not within(SANBAO, start, dt.date(2026, 3, 2), 10_000)
    assert not within(SANBAO, start, dt.date(2025, 6, 10), 50_001)
    assert within(SANBAO, start, dt.date(2025, 6, 10), 50_000)
    assert within(SANBAO, start, start, 0)


def test_km_limit_is_inclusive() -> None:
    start = dt.date(2025, 1, 1)
    today = dt.date(2025, 6, 1)
    at_limit = status_of(SANBAO, start, today, 50_000)
    assert at_limit.active is True
    assert at_limit.km_left == 0
    over = status_of(SANBAO, start, today, 50_001)
    assert over.active is False
    assert over.ended_by == "km"
    assert over.km_left == 0
    assert status_of(SANBAO, start, today, 12_345).km_left == 37_655


def test_whichever_comes_first_and_unknowns() -> None:
    both = status_of(SANBAO, dt.date(2020, 1, 1), dt.date(2025, 1, 1), 90_000)
    assert both.active is False and both.ended_by == "date"
    no_start = status_of(SANBAO, None, dt.date(2025, 1, 1), 1_000)
    assert no_start.active is None and no_start.days_left is None
    no_start_over = status_of(SANBAO, None, dt.date(2025, 1, 1), 60_000)
    assert no_start_over.active is False and no_start_over.ended_by == "km"
    no_km = status_of(SANBAO, dt.date(2025, 1, 1), dt.date(2025, 2, 1), None)
    assert no_km.active is True and no_km.km_left is None


def test_start_is_delivery_where_known_else_invoice_else_purchase() -> None:
    inv, dlv, buy = dt.date(2025, 1, 10), dt.date(2025, 1, 20), dt.date(2025, 1, 5)
    assert warranty_start(inv, dlv, buy) == (dlv, "delivery")
    assert warranty_start(inv, None, buy) == (inv, "invoice")
    assert warranty_start(None, None, buy) == (buy, "purchase")
    assert warranty_start(None, None, None) == (None, None)


def test_card_shows_every_warranty_of_a_nev(services: Services, advisor: Actor, admin: Actor, clock) -> None:
    # TEST_NOW is 2026-11-27 in Beijing.
    terms = ModelTerms(basic_months=36, basic_km=100_000, battery_months=96, battery_km=150_000)
    model = add_model(services, admin, "比亚迪", "汉EV", is_nev=True, terms=terms)
    v = add_vehicle(
        services, advisor, model, invoice_date=dt.date(2024, 11, 27), mileage=49_000, plate="粤BD12345"
    )
    card = services.orders.cards.open(advisor, v.id)
    by_kind = {w.kind: w for w in card.warranties}
    assert set(by_kind) == {
        WarrantyKind.BASIC,
        WarrantyKind.SANBAO,
        WarrantyKind.REPAIR,
        WarrantyKind.BATTERY,
    }
    sanbao = by_kind[WarrantyKind.SANBAO]
    assert sanbao.last_day == dt.date(2026, 11, 27)
    assert sanbao.active is True and sanbao.days_left == 1 and sanbao.km_left == 1_000
    assert by_kind[WarrantyKind.BATTERY].km_left == 101_000
    clock.advance(days=1)
    card = services.orders.cards.open(advisor, v.id)
    assert {w.kind: w.active for w in card.warranties}[WarrantyKind.SANBAO] is False
