"""A form's mistakes are reported all at once, each with its field, not one per save."""

from __future__ import annotations

import datetime as dt

import pytest

from app.context import Services
from app.errors import InvalidFields, ValidationError
from app.orders import LineInput, OrderInput
from app.roles import Actor
from app.vehicles import CustomerInput, VehicleInput
from tests.app.factories import add_model, add_vehicle, open_order


def fields_of(error: ValidationError) -> list[str]:
    return [e.field for e in error.errors] if isinstance(error, InvalidFields) else [error.field]


def test_an_order_with_four_mistakes_names_all_four(services: Services, advisor: Actor) -> None:
    car = add_vehicle(services, advisor, add_model(services, advisor), mileage=20_000)
    with pytest.raises(InvalidFields) as refused:
        services.orders.orders.open_order(
            advisor,
            OrderInput(
                vehicle_id=car.id,
                mileage_in=19_000,  # below the last reading
                job_types=("一般维修",),
                customer_statement="",  # a repair needs the customer's words
                brought_by_phone="12345",
                lines=(LineInput("labour", "", hours=1, rate_fen=100),),  # no description
            ),
        )
    assert sorted(fields_of(refused.value)) == [
        "brought_by_phone",
        "customer_statement",
        "lines[0].description",
        "mileage_in",
    ]
    assert "19,000" in next(e.message for e in refused.value.errors if e.field == "mileage_in")


def test_editing_an_order_reports_every_wrong_field(services: Services, advisor: Actor) -> None:
    car = add_vehicle(services, advisor, add_model(services, advisor), mileage=20_000)
    order = open_order(services, advisor, car, mileage=20_100)
    edit = OrderInput(
        vehicle_id=car.id,
        mileage_in=-5,
        job_types=(),
        customer_statement="异响",
        fuel_level="7/8",
        promised_at=order.opened_at - dt.timedelta(hours=1),
    )
    with pytest.raises(InvalidFields) as refused:
        services.orders.orders.update_order(advisor, order.id, order.version, edit)
    assert sorted(fields_of(refused.value)) == ["fuel_level", "job_types", "mileage_in", "promised_at"]


def test_one_mistake_stays_a_plain_validation_error(services: Services, advisor: Actor) -> None:
    car = add_vehicle(services, advisor, add_model(services, advisor), mileage=20_000)
    with pytest.raises(ValidationError) as refused:
        open_order(services, advisor, car, mileage=19_000)
    assert not isinstance(refused.value, InvalidFields)
    assert refused.value.field == "mileage_in"


def test_customer_and_vehicle_forms_name_every_wrong_field(services: Services, advisor: Actor) -> None:
    model = add_model(services, advisor)
    with pytest.raises(InvalidFields) as refused:
        services.vehicles.vehicles.create_with_owner(
            advisor,
            CustomerInput("", ("12345", "13812345678", "13812345678")),
            VehicleInput(vin="LSVAM4187C2184847", model_id=model.id, owner_id=0),
        )
    assert sorted(fields_of(refused.value)) == ["name", "phones[0]", "phones[2]"]
    with pytest.raises(InvalidFields) as refused:
        services.vehicles.vehicles.create_with_owner(
            advisor,
            CustomerInput("王五", ("13812345678",)),
            VehicleInput(
                vin="LSVAM41",
                model_id=model.id,
                owner_id=0,
                plate="京",
                delivery_date=dt.date(2099, 1, 1),
                mileage_km=-1,
            ),
        )
    assert sorted(fields_of(refused.value)) == ["delivery_date", "mileage_km", "plate", "vin"]


def test_a_delivery_names_every_wrong_field(services: Services, advisor: Actor) -> None:
    from app.orders import DeliveryInput, OrderStatus
    from tests.app.factories import labour

    car = add_vehicle(services, advisor, add_model(services, advisor), mileage=20_000)
    order = open_order(
        services, advisor, car, mileage=20_100, jobs=("一般维修",),
        lines=(labour("更换刹车片"), LineInput("part", "刹车片", quantity=1, unit_price_fen=30_000)),
    )  # fmt: skip
    for status in (OrderStatus.IN_REPAIR, OrderStatus.QUALITY_CHECK, OrderStatus.READY):
        order = services.orders.board.move(advisor, order.id, order.version, status)
    late = services.clock() + dt.timedelta(days=2)
    with pytest.raises(InvalidFields) as refused:
        services.orders.delivery.deliver(
            advisor, order.id, order.version, DeliveryInput(mileage_out=20_000, handover_at=late)
        )
    assert sorted(fields_of(refused.value)) == ["handover_at", "mileage_out"]
    with pytest.raises(ValidationError) as refused_again:  # right now: the part's number is missing
        services.orders.delivery.deliver(advisor, order.id, order.version, DeliveryInput(mileage_out=20_150))
    assert fields_of(refused_again.value) == ["lines[1].code"]
