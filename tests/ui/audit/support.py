"""A counter's day for the audit tab's tests: a car registered, an order opened, the car's plate
and colour edited, a complaint recorded and closed, by named colleagues through the services."""

from __future__ import annotations

from dataclasses import dataclass

from app.context import Services
from app.orders import OrderInfo
from app.reports import CloseInput, ComplaintCategory, ComplaintChannel, ComplaintInfo, ComplaintInput
from app.roles import SYSTEM_ACTOR, Actor, Role
from app.vehicles import VehicleInfo, VehicleInput
from tests.app.factories import add_model, add_vehicle, open_order
from tests.conftest import TEST_PASSWORD


def named(svc: Services, role: Role, username: str, name: str) -> Actor:
    info = svc.users.add_user(SYSTEM_ACTOR, username, name, role.value, TEST_PASSWORD)
    return Actor(info.id, info.username, info.display_name, info.role)


@dataclass(frozen=True)
class Day:
    admin: Actor
    advisor: Actor
    supervisor: Actor
    car: VehicleInfo
    order: OrderInfo
    complaint: ComplaintInfo


def a_day(svc: Services) -> Day:
    admin = named(svc, Role.ADMIN, "boss", "王经理")
    advisor = named(svc, Role.ADVISOR, "chenjing", "陈静")
    supervisor = named(svc, Role.SUPERVISOR, "liuzhuguan", "刘建国")
    model = add_model(svc, admin)
    car = add_vehicle(
        svc, advisor, model, plate="粤B12345", owner="张三", phones=("13812345678",), confirm=True
    )
    order = open_order(svc, advisor, car, mileage=12_000, statement="空调不凉，怠速时有异响")
    edited = svc.vehicles.vehicles.update(
        advisor,
        car.id,
        car.version,
        VehicleInput(vin=car.vin, model_id=model.id, owner_id=car.owner_id, plate="粤B54321", colour="白色"),
        confirm_warnings=True,
    )
    complaint = svc.complaints.record(
        advisor,
        ComplaintInput(
            car.owner_id,
            car.id,
            order.id,
            ComplaintChannel.COUNTER,
            ComplaintCategory.QUALITY,
            "保养后故障灯又亮了",
        ),
    )
    closed = svc.complaints.close(
        supervisor, complaint.id, complaint.version, CloseInput("更换氧传感器并免费复检", True)
    )
    return Day(admin, advisor, supervisor, edited, order, closed)
