"""The vehicle card: everything the advisor needs once a car is picked in the lookup.

One read-only session, one query per collection (the orders' lines are eager-loaded with
selectinload), so a vehicle with a hundred past orders still opens at once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, Table, select
from sqlalchemy.orm import joinedload

from app.clock import Clock, local_today, system_clock
from app.errors import NotFound
from app.orders._rows import facts_of, order_info
from app.orders.ports import ReminderLine, ServiceReminders
from app.orders.records import OrderInfo
from app.orders.status import CLOSED_STATUSES, OrderStatus
from app.roles import Actor, Permission, require
from app.uow import reading
from app.users import authorize, display_names
from app.vehicles import CustomerInfo, VehicleInfo, customer_info, plate_display, vehicle_info
from app.warranty import (
    SanbaoAlert,
    WarrantyStart,
    WarrantyStatus,
    sanbao_alerts,
    start_of,
    vehicle_facts,
    vehicle_warranties,
)
from app.wording import say
from db.models import Customer, MileageReading, PlateHistory, RepairOrder, RoLine, Vehicle
from db.uow import Database

ORDERS: Table = RepairOrder.__table__  # type: ignore[assignment]
LINES: Table = RoLine.__table__  # type: ignore[assignment]
MAX_ORDERS = 200
MAX_READINGS = 100


@dataclass(frozen=True)
class MileageEntry:
    read_at: dt.datetime
    km: int
    source: str  # entry / import / intake / delivery
    odometer_changed: bool
    ro_number: str | None


@dataclass(frozen=True)
class PlateEntry:
    plate: str
    plate_display: str
    valid_from: dt.datetime
    valid_to: dt.datetime | None  # None: the current plate


@dataclass(frozen=True)
class VehicleCard:
    vehicle: VehicleInfo
    owner: CustomerInfo
    warranty_start: WarrantyStart
    warranties: tuple[WarrantyStatus, ...]  # basic, 三包, 包修期, battery (NEV)
    mileage_history: tuple[MileageEntry, ...]  # newest first
    open_orders: tuple[OrderInfo, ...]  # newest first
    history: tuple[OrderInfo, ...]  # delivered and cancelled orders with their lines, newest first
    reminders: tuple[ReminderLine, ...]  # open reminders, soonest first
    plate_history: tuple[PlateEntry, ...]  # newest first
    alerts: tuple[SanbaoAlert, ...]  # 三包 alerts for the vehicle (and its open orders)
    flags: tuple[str, ...] = ()  # for the car's next visit: an unhappy follow-up call since
    today: dt.date | None = None  # the counter's day the card was read on (papers run out or not)

    @property
    def due_reminders(self) -> tuple[ReminderLine, ...]:
        return tuple(r for r in self.reminders if r.is_due)


class VehicleCardService:
    def __init__(self, db: Database, reminders: ServiceReminders, clock: Clock = system_clock) -> None:
        self._db = db
        self._reminders = reminders
        self._clock = clock

    def open(self, actor: Actor, vehicle_id: int) -> VehicleCard:
        require(actor, Permission.VIEW_BOARD)
        now = self._clock()
        today = local_today(self._clock)
        with reading(self._db) as s:
            authorize(s, actor, Permission.VIEW_BOARD)
            vehicle = s.scalar(
                select(Vehicle)
                .where(Vehicle.id == vehicle_id)
                .options(joinedload(Vehicle.model), joinedload(Vehicle.owner).selectinload(Customer.phones))
            )
            if vehicle is None:
                raise NotFound(say("车辆 {vehicle_id} 不存在", vehicle_id=vehicle_id))
            # Orders and their lines as plain rows, one query each: a long history would otherwise
            # cost more in ORM objects (and in expiring them) than in the queries.
            orders = s.execute(
                select(ORDERS)
                .where(ORDERS.c.vehicle_id == vehicle_id)
                .order_by(ORDERS.c.opened_at.desc(), ORDERS.c.id.desc())
                .limit(MAX_ORDERS)
            ).all()
            lines: dict[int, list[Row[*tuple[Any, ...]]]] = {o.id: [] for o in orders}
            if orders:
                for line in s.execute(
                    select(LINES)
                    .where(LINES.c.repair_order_id.in_(list(lines)))
                    .order_by(LINES.c.repair_order_id, LINES.c.position)
                ).all():
                    lines[line.repair_order_id].append(line)
            readings = s.execute(
                select(
                    MileageReading.read_at,
                    MileageReading.km,
                    MileageReading.source,
                    MileageReading.odometer_changed,
                    MileageReading.repair_order_id,
                )
                .where(MileageReading.vehicle_id == vehicle_id)
                .order_by(MileageReading.read_at.desc(), MileageReading.id.desc())
                .limit(MAX_READINGS)
            ).all()
            reminders = self._reminders.open_reminders(s, vehicle_id, today)
            flags = self._reminders.visit_flags(s, vehicle_id)
            plates = s.scalars(
                select(PlateHistory)
                .where(PlateHistory.vehicle_id == vehicle_id)
                .order_by(PlateHistory.valid_from.desc(), PlateHistory.id.desc())
            ).all()
            names = display_names(s, {o.advisor_id for o in orders})
            info = vehicle_info(vehicle)
            numbers = {o.id: o.ro_number for o in orders}
            open_infos: list[OrderInfo] = []
            past_infos: list[OrderInfo] = []
            for o in orders:
                target = open_infos if OrderStatus(o.status) not in CLOSED_STATUSES else past_infos
                target.append(order_info(o, names.get(o.advisor_id, ""), lines=lines[o.id]))
            alerts = sanbao_alerts(vehicle_facts(info), [facts_of(o, lines[o.id]) for o in orders], now)
            return VehicleCard(
                vehicle=info,
                owner=customer_info(vehicle.owner),
                warranty_start=start_of(info),
                warranties=vehicle_warranties(info, today),
                mileage_history=tuple(
                    MileageEntry(at, km, source, changed, numbers.get(ro) if ro else None)
                    for at, km, source, changed, ro in readings
                ),
                open_orders=tuple(open_infos),
                history=tuple(past_infos),
                reminders=reminders,
                plate_history=tuple(
                    PlateEntry(p.plate, plate_display(p.plate), p.valid_from, p.valid_to) for p in plates
                ),
                alerts=alerts,
                flags=flags,
                today=today,
            )
