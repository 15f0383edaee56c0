"""A dealer with a warranty repair to claim: a model, a car delivered on a known day, an order
with warranty-paid labour and parts."""

from __future__ import annotations

import datetime as dt
import itertools

from app.claims import ClaimInfo, ClaimInput, PartInput
from app.context import Services
from app.orders import OrderInfo
from app.roles import Actor, Role
from app.vehicles import VehicleInfo
from tests.app.factories import add_model, add_vehicle, labour, open_order, part
from tests.conftest import make_actor

DELIVERED = dt.date(2025, 3, 1)
_models = itertools.count(1)


def claims_clerk(svc: Services) -> Actor:
    return make_actor(svc, Role.CLAIMS)


def warranty_car(svc: Services, *, delivered: dt.date = DELIVERED, mileage: int = 20_000) -> VehicleInfo:
    admin = make_actor(svc, Role.ADMIN)
    model = add_model(svc, admin, "本田", f"雅阁 {next(_models)}")
    return add_vehicle(svc, admin, model, delivery_date=delivered, mileage=mileage, confirm=True)


def warranty_order(svc: Services, vehicle: VehicleInfo, *, mileage: int = 21_000) -> OrderInfo:
    advisor = make_actor(svc, Role.ADVISOR)
    return open_order(
        svc,
        advisor,
        vehicle,
        mileage=mileage,
        jobs=("索赔",),
        statement="刹车异响",
        lines=(
            labour("更换前刹车片", hours="1.5", code="BR01", payer="warranty"),
            part("前刹车片", code="45022-TA0-A01", qty="2", price=38_000, payer="warranty"),
        ),
    )


def filed_claim(svc: Services, clerk: Actor, order: OrderInfo, **changes: object) -> ClaimInfo:
    draft = svc.claims.claims.draft_from_order(clerk, order.id)
    data = ClaimInput(
        order_id=order.id,
        fault_code="BR-0102",
        fault_name="前制动片异常磨损",
        causal_part_no=draft.causal_part_no,
        causal_part_name=draft.causal_part_name,
        labour=draft.labour,
        parts=tuple(
            PartInput(p.part_no, p.part_name, p.quantity, p.unit_price_fen, "S1001", "S1001", "磨损异响")
            for p in draft.parts
        ),
    )
    for name, value in changes.items():
        object.__setattr__(data, name, value)
    return svc.claims.claims.create(clerk, data)
