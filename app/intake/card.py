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
from app.intake.alerts import SanbaoAlert, sanbao_alerts
from app.intake.customers import CustomerInfo, customer_info
from app.intake.orders import OrderInfo, facts_of, order_info, user_names, vehicle_facts
from app.intake.status import CLOSED_STATUSES, OrderStatus
from app.intake.vehicles import VehicleInfo, plate_display, vehicle_info
from app.intake.warranty import WarrantyStatus, warranty_statuses
from app.roles import Actor, Permission, require
from app.uow import reading
from db.models import Customer, MileageReading, PlateHistory, Reminder, RepairOrder, RoLine, Vehicle
from db.uow import Database

ORDERS: Table = RepairOrder.__table__  # type: ignore[assignment]
LINES: Table = RoLine.__table__  # type: ignore[assignment]
MAX_ORDERS = 200
MAX_READINGS = 100
REMINDER_KIND_LABELS = {
    "first_service": "首保",
    "service": "定期保养",
    "warranty_expiry": "质保到期",
    "annual_inspection": "年检",
    "insurance": "保险续保",
    "declined_item": "未做项目回访",
}


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
class ReminderEntry:
    id: int
    kind: str
    kind_label: str
    due_date: dt.date
    due_km: int | None
    status: str
    is_due: bool  # due today or earlier
    note: str


@dataclass(frozen=True)
class VehicleCard:
    vehicle: VehicleInfo
    owner: CustomerInfo
    warranties: tuple[WarrantyStatus, ...]  # basic, 三包, 包修期, battery (NEV)
    mileage_history: tuple[MileageEntry, ...]  # newest first
    open_orders: tuple[OrderInfo, ...]  # newest first
    history: tuple[OrderInfo, ...]  # delivered and cancelled orders with their lines, newest first
    reminders: tuple[ReminderEntry, ...]  # open reminders, soonest first
    plate_history: tuple[PlateEntry, ...]  # newest first
    alerts: tuple[SanbaoAlert, ...]  # 三包 alerts for the vehicle (and its open orders)

    @property
    def due_reminders(self) -> tuple[ReminderEntry, ...]:
        return tuple(r for r in self.reminders if r.is_due)


class VehicleCardService:
    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._db = db
        self._clock = clock

    def open(self, actor: Actor, vehicle_id: int) -> VehicleCard:
        require(actor, Permission.VIEW_BOARD)
        now = self._clock()
        today = local_today(self._clock)
        with reading(self._db) as s:
            vehicle = s.scalar(
                select(Vehicle)
                .where(Vehicle.id == vehicle_id)
                .options(joinedload(Vehicle.model), joinedload(Vehicle.owner).selectinload(Customer.phones))
            )
            if vehicle is None:
                raise NotFound(f"车辆 {vehicle_id} 不存在")
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
            # All of the vehicle's reminders, the open ones picked here: with `status = 'open'` in
            # the query SQLite prefers the (status, due_date) index and walks every open reminder.
            reminders = sorted(
                (
                    r
                    for r in s.scalars(select(Reminder).where(Reminder.vehicle_id == vehicle_id))
                    if r.status == "open"
                ),
                key=lambda r: (r.due_date, r.id),
            )
            plates = s.scalars(
                select(PlateHistory)
                .where(PlateHistory.vehicle_id == vehicle_id)
                .order_by(PlateHistory.valid_from.desc(), PlateHistory.id.desc())
            ).all()
            names = user_names(s, {o.advisor_id for o in orders})
            info = vehicle_info(vehicle)
            numbers = {o.id: o.ro_number for o in orders}
            open_infos: list[OrderInfo] = []
            past_infos: list[OrderInfo] = []
            for o in orders:
                target = open_infos if OrderStatus(o.status) not in CLOSED_STATUSES else past_infos
                target.append(order_info(o, names.get(o.advisor_id, ""), lines=lines[o.id]))
            alerts = sanbao_alerts(vehicle_facts(vehicle), [facts_of(o, lines[o.id]) for o in orders], now)
            return VehicleCard(
                vehicle=info,
                owner=customer_info(vehicle.owner),
                warranties=warranty_statuses(
                    info.model.warranty_terms(), info.warranty_start, today, vehicle.last_mileage_km
                ),
                mileage_history=tuple(
                    MileageEntry(at, km, source, changed, numbers.get(ro) if ro else None)
                    for at, km, source, changed, ro in readings
                ),
                open_orders=tuple(open_infos),
                history=tuple(past_infos),
                reminders=tuple(
                    ReminderEntry(
                        r.id,
                        r.kind,
                        REMINDER_KIND_LABELS.get(r.kind, r.kind),
                        r.due_date,
                        r.due_km,
                        r.status,
                        r.due_date <= today,
                        r.note,
                    )
                    for r in reminders
                ),
                plate_history=tuple(
                    PlateEntry(p.plate, plate_display(p.plate), p.valid_from, p.valid_to) for p in plates
                ),
                alerts=alerts,
            )
