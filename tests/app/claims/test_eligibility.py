"""Eligibility at every boundary: the last day and the last km are inside, one more is out; the
start is the delivery date where there is one, else the invoice date; a new-energy car's battery
and drive motor; a part fitted on an earlier visit. The order is opened on 2026-11-27."""

from __future__ import annotations

import datetime as dt

import pytest

from app.claims import CoverageKind
from app.context import Services
from app.roles import Role
from tests.app.claims.support import claims_clerk
from tests.app.factories import add_model, add_vehicle, open_order, part
from tests.conftest import FakeClock, make_actor
from tests.ui.intake.support import deliver


def _eligibility(
    svc: Services,
    *,
    km: int,
    delivery: dt.date | None = None,
    invoice: dt.date | None = None,
    nev: bool = False,
):  # type: ignore[no-untyped-def]
    admin = make_actor(svc, Role.ADMIN)
    model = add_model(svc, admin, "比亚迪" if nev else "本田", f"车型{km}{delivery}{invoice}", is_nev=nev)
    vehicle = add_vehicle(svc, admin, model, delivery_date=delivery, invoice_date=invoice, confirm=True)
    order = open_order(svc, make_actor(svc, Role.ADVISOR), vehicle, mileage=km)
    return svc.claims.claims.eligibility(claims_clerk(svc), order.id)


@pytest.mark.parametrize(
    ("delivered", "km", "active", "days_left"),
    [
        (dt.date(2023, 11, 27), 100_000, True, 1),  # the last day (36 months) and the last km
        (dt.date(2023, 11, 26), 50_000, False, 0),  # one day over
        (dt.date(2024, 6, 1), 100_001, False, None),  # one km over
    ],
)
def test_the_basic_warranty_at_its_limits(
    services: Services, delivered: dt.date, km: int, active: bool, days_left: int | None
) -> None:
    basic = _eligibility(services, km=km, delivery=delivered).coverage(CoverageKind.BASIC)
    assert basic is not None and basic.active is active
    if days_left is not None:
        assert basic.days_left == days_left
    assert basic.last_day == dt.date(delivered.year + 3, delivered.month, delivered.day)
    assert ("已于" in basic.reason) == (days_left == 0)
    assert ("已超过限值" in basic.reason) == (km > 100_000)


def test_the_sanbao_period_ends_at_50000_km_inclusive(services: Services) -> None:
    inside = _eligibility(services, km=50_000, delivery=dt.date(2025, 1, 1)).coverage(CoverageKind.SANBAO)
    over = _eligibility(services, km=50_001, delivery=dt.date(2025, 1, 1)).coverage(CoverageKind.SANBAO)
    assert inside is not None and inside.active and inside.km_left == 0
    assert over is not None and over.active is False


def test_delivery_wins_over_the_invoice_and_no_date_means_check_the_papers(services: Services) -> None:
    by_delivery = _eligibility(
        services, km=10_000, invoice=dt.date(2023, 11, 20), delivery=dt.date(2023, 11, 27)
    ).coverage(CoverageKind.BASIC)
    assert by_delivery is not None and by_delivery.active and "交付日期" in by_delivery.reason
    by_invoice = _eligibility(services, km=10_000, invoice=dt.date(2023, 11, 26)).coverage(CoverageKind.BASIC)
    assert by_invoice is not None and by_invoice.active is False and "开票日期" in by_invoice.reason
    unknown = _eligibility(services, km=10_000).coverage(CoverageKind.BASIC)
    assert unknown is not None and unknown.active is None and "核对购车发票" in unknown.reason


def test_a_new_energy_car_has_its_battery_and_drive_motor(services: Services) -> None:
    found = _eligibility(services, km=119_000, delivery=dt.date(2018, 11, 27), nev=True)
    battery, motor = found.coverage(CoverageKind.BATTERY), found.coverage(CoverageKind.MOTOR)
    assert battery is not None and battery.active and battery.days_left == 1  # 96 months: the last day
    assert motor is not None and motor.active and motor.last_day == battery.last_day
    basic = found.coverage(CoverageKind.BASIC)
    assert basic is not None and basic.active is False
    petrol = _eligibility(services, km=1_000, delivery=dt.date(2026, 1, 1))
    assert petrol.coverage(CoverageKind.BATTERY) is None and petrol.coverage(CoverageKind.MOTOR) is None


def test_a_part_fitted_on_an_earlier_visit_keeps_its_own_warranty(
    services: Services, clock: FakeClock
) -> None:
    admin, advisor = make_actor(services, Role.ADMIN), make_actor(services, Role.ADVISOR)
    model = add_model(services, admin, "本田", "奥德赛")
    vehicle = add_vehicle(
        services, admin, model, delivery_date=dt.date(2020, 1, 1), mileage=80_000, confirm=True
    )
    clock.now = dt.datetime(2025, 11, 27, 2, 0, tzinfo=dt.UTC)
    earlier = open_order(
        services, advisor, vehicle, mileage=80_500, lines=(part("水泵", code="19200-R40-A01"),)
    )
    deliver(services, advisor, earlier, 80_520)
    clock.now = dt.datetime(2026, 11, 27, 2, 0, tzinfo=dt.UTC)  # 12 months after: the last day
    order = open_order(services, advisor, vehicle, mileage=100_000)
    found = services.claims.claims.eligibility(claims_clerk(services), order.id)
    (cover,) = [c for c in found.coverages if c.kind is CoverageKind.PARTS]
    assert cover.part_no == "19200-R40-A01" and cover.ro_number == earlier.ro_number
    assert cover.active and cover.days_left == 1 and cover.km_left == 500  # 20,000 km since 80,500
    assert found.coverage(CoverageKind.BASIC).active is False  # type: ignore[union-attr]
    clock.now = dt.datetime(2026, 11, 28, 2, 0, tzinfo=dt.UTC)
    later = open_order(services, advisor, vehicle, mileage=100_001)
    assert not [c for c in services.claims.claims.eligibility(claims_clerk(services), later.id).coverages
                if c.kind is CoverageKind.PARTS]  # fmt: skip
