"""Helpers for the intake tests: valid VINs, a model, a customer with a vehicle."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from app.context import Services
from app.orders import LineInput, OrderInfo, OrderInput, OrderStatus
from app.roles import Actor
from app.validation import vin_check_digit
from app.vehicles import CustomerInput, ModelInfo, ModelInput, ModelTerms, VehicleInfo, VehicleInput

_serial = itertools.count(1)


def make_vin(serial: int | None = None, wmi: str = "LHG", vds: str = "RC383") -> str:
    """A VIN with a correct check digit: WMI + VDS + check + year/plant + 6-digit serial."""
    n = next(_serial) if serial is None else serial
    raw = f"{wmi}{vds}0F8{n:06d}"
    digit = vin_check_digit(raw)
    return raw[:8] + digit + raw[9:]


def add_model(
    svc: Services,
    actor: Actor,
    brand: str = "本田",
    name: str = "雅阁",
    *,
    is_nev: bool = False,
    terms: ModelTerms | None = None,
) -> ModelInfo:
    return svc.vehicles.models.create_model(actor, ModelInput(brand, name, is_nev=is_nev, terms=terms))


def add_vehicle(
    svc: Services,
    actor: Actor,
    model: ModelInfo,
    *,
    vin: str | None = None,
    plate: str = "",
    owner: str = "张三",
    phones: tuple[str, ...] = ("13812345678",),
    invoice_date: dt.date | None = None,
    delivery_date: dt.date | None = None,
    mileage: int | None = None,
    confirm: bool = False,
) -> VehicleInfo:
    _, vehicle = svc.vehicles.vehicles.create_with_owner(
        actor,
        CustomerInput(owner, phones),
        VehicleInput(
            vin=vin or make_vin(),
            model_id=model.id,
            owner_id=0,
            plate=plate,
            invoice_date=invoice_date,
            delivery_date=delivery_date,
            mileage_km=mileage,
        ),
        confirm_warnings=confirm,
    )
    return vehicle


def labour(
    desc: str = "更换机油机滤", hours: str = "1.0", rate: int = 20000, code: str = "", payer: str = "customer"
) -> LineInput:
    return LineInput("labour", desc, code=code, hours=hours, rate_fen=rate, payer=payer)


def part(
    desc: str = "机油滤清器",
    code: str = "15400-RTA-003",
    qty: str = "1",
    price: int = 4500,
    payer: str = "customer",
) -> LineInput:
    return LineInput("part", desc, code=code, quantity=qty, unit_price_fen=price, payer=payer)


def open_order(
    svc: Services,
    actor: Actor,
    vehicle: VehicleInfo,
    *,
    mileage: int | None = None,
    jobs: tuple[str, ...] = ("一般维修",),
    statement: str = "空调不凉",
    lines: tuple[LineInput, ...] = (),
    **kw: Any,
) -> OrderInfo:
    km = mileage if mileage is not None else (vehicle.last_mileage_km or 0) + 100
    return svc.orders.orders.open_order(
        actor,
        OrderInput(
            vehicle_id=vehicle.id,
            mileage_in=km,
            job_types=jobs,
            customer_statement=statement,
            lines=lines,
            **kw,
        ),
        confirm_warnings=True,
    )


def ready_for_delivery(svc: Services, actor: Actor, vehicle: VehicleInfo, mileage: int = 18500) -> OrderInfo:
    """A maintenance order (an oil change: labour and a part with its number) moved to 待交车."""
    order = open_order(
        svc, actor, vehicle, mileage=mileage, jobs=("保养",), statement="",
        lines=(labour("更换机油机滤", code="BY01"), part()),
    )  # fmt: skip
    for status in (OrderStatus.IN_REPAIR, OrderStatus.QUALITY_CHECK, OrderStatus.READY):
        order = svc.orders.board.move(actor, order.id, order.version, status)
    return order
