"""Delivery (交车): final mileage, final lines and amounts, handover time, next service.

Only an order that is ready (待交车) can be delivered. The final mileage may not be lower than the
mileage in. Every part line needs its part number by now (三包 Art. 17). The vehicle's last mileage
and visit are updated and a mileage reading is kept.

Next-service reminder: when the order included 保养, open service / first-service reminders of the
vehicle are closed (status "done") and a new one is created from this visit; otherwise an open one
is kept as it is, and a new one is created only when none is open. The suggestion is returned
either way for the printout and the advisor's words at handover.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app import audit
from app.clock import Clock, system_clock
from app.errors import ValidationError
from app.intake.lines import LineInput, check_part_numbers, clean_lines, line_info
from app.intake.nextservice import Reading, ServiceDue, daily_distance, service_due
from app.intake.orders import (
    OrderInfo,
    load_order,
    order_info,
    order_snapshot,
    set_lines,
    split_job_types,
    user_names,
)
from app.intake.status import STATUS_LABELS, JobType, OrderStatus
from app.intake.vehicle_models import model_info
from app.intake.warranty import warranty_start
from app.roles import Actor, Permission, require
from app.uow import check_version, unit_of_work
from db.models import MileageReading, Reminder, RepairOrder, RoStatusEvent, Vehicle
from db.uow import Database

SERVICE_KINDS = ("first_service", "service")
HANDOVER_CLOCK_SKEW = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class DeliveryInput:
    mileage_out: int
    lines: tuple[LineInput, ...] | None = None  # None: the lines stay as they are
    handover_at: dt.datetime | None = None  # None: now
    note: str = ""


@dataclass(frozen=True)
class NextService:
    kind: str  # first_service / service
    kind_label: str  # 首保 / 定期保养
    due_date: dt.date
    due_km: int
    date_by_time: dt.date
    date_by_km: dt.date
    km_per_day: float
    km_per_day_source: str  # history / default
    reminder_id: int
    reminder_created: bool


@dataclass(frozen=True)
class DeliveryResult:
    order: OrderInfo
    next_service: NextService


KIND_LABELS = {"first_service": "首保", "service": "定期保养"}


def _last_service(s: Session, vehicle_id: int, order_id: int) -> RepairOrder | None:
    # Only vehicle_id in the query (and the rest in Python): with a status or date condition
    # SQLite may pick that index and walk every delivered order of the dealer.
    rows = s.scalars(
        select(RepairOrder)
        .where(RepairOrder.vehicle_id == vehicle_id)
        .order_by(RepairOrder.vehicle_id, RepairOrder.opened_at.desc())
    )
    done = [
        r
        for r in rows
        if r.status == OrderStatus.DELIVERED.value
        and r.id != order_id
        and r.delivered_at is not None
        and JobType.MAINTENANCE.value in split_job_types(r.job_types)
    ]
    return max(done, key=lambda r: r.delivered_at or r.opened_at, default=None)


def suggest_next_service(s: Session, vehicle: Vehicle, order: RepairOrder, today: dt.date) -> ServiceDue:
    model = model_info(vehicle.model).terms
    readings = s.execute(
        select(MileageReading.read_at, MileageReading.km, MileageReading.odometer_changed).where(
            MileageReading.vehicle_id == vehicle.id
        )
    ).all()
    distance = daily_distance([Reading(at, km, changed) for at, km, changed in readings])
    current_km = order.mileage_out if order.mileage_out is not None else order.mileage_in
    if JobType.MAINTENANCE.value in split_job_types(order.job_types):
        return service_due(
            kind="service",
            base_date=today,
            base_km=current_km,
            months=model.service_interval_months,
            km_interval=model.service_interval_km,
            today=today,
            current_km=current_km,
            distance=distance,
        )
    last = _last_service(s, vehicle.id, order.id)
    if last is not None and last.delivered_at is not None:
        return service_due(
            kind="service",
            base_date=last.delivered_at.astimezone().date(),
            base_km=last.mileage_out or last.mileage_in,
            months=model.service_interval_months,
            km_interval=model.service_interval_km,
            today=today,
            current_km=current_km,
            distance=distance,
        )
    start, _ = warranty_start(vehicle.invoice_date, vehicle.delivery_date, vehicle.purchase_date)
    if start is not None:
        return service_due(
            kind="first_service",
            base_date=start,
            base_km=0,
            months=model.first_service_months,
            km_interval=model.first_service_km,
            today=today,
            current_km=current_km,
            distance=distance,
        )
    return service_due(
        kind="service",
        base_date=today,
        base_km=current_km,
        months=model.service_interval_months,
        km_interval=model.service_interval_km,
        today=today,
        current_km=current_km,
        distance=distance,
    )


def _reminder(
    s: Session, actor: Actor, vehicle: Vehicle, order: RepairOrder, due: ServiceDue, now: dt.datetime
) -> tuple[int, bool]:
    # Filtered in Python: see _last_service (here the (status, due_date) index is the trap).
    open_rows = [
        r
        for r in s.scalars(select(Reminder).where(Reminder.vehicle_id == vehicle.id).order_by(Reminder.id))
        if r.kind in SERVICE_KINDS and r.status == "open"
    ]
    serviced = JobType.MAINTENANCE.value in split_job_types(order.job_types)
    if open_rows and not serviced:
        return open_rows[0].id, False
    for old in open_rows:
        old.status = "done"
        old.closed_at = now
        old.note = (old.note + f"\n{order.ro_number} 保养后关闭").strip()
    row = Reminder(
        vehicle_id=vehicle.id,
        customer_id=vehicle.owner_id,
        kind=due.kind,
        due_date=due.due_date,
        due_km=due.due_km,
        status="open",
        note=f"{order.ro_number} 交车时生成",
        created_at=now,
        updated_at=now,
    )
    s.add(row)
    s.flush()
    audit.record(
        s,
        actor,
        "reminder.add",
        "reminder",
        row.id,
        None,
        {
            "kind": due.kind,
            "due_date": due.due_date,
            "due_km": due.due_km,
            "ro_number": order.ro_number,
            "closed": [r.id for r in open_rows],
        },
    )
    return row.id, True


class DeliveryService:
    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._db = db
        self._clock = clock

    def deliver(self, actor: Actor, order_id: int, version: int, data: DeliveryInput) -> DeliveryResult:
        require(actor, Permission.RECEIVE_VEHICLES)
        now = self._clock()
        lines = clean_lines(data.lines) if data.lines is not None else None
        with unit_of_work(self._db) as s:
            row = load_order(s, order_id, for_update=True)
            check_version(row, version)
            status = OrderStatus(row.status)
            if status is not OrderStatus.READY:
                raise ValidationError(
                    "status", f"工单当前为“{STATUS_LABELS[status]}”，只有“待交车”的工单可以交车"
                )
            km = data.mileage_out
            if isinstance(km, bool) or not isinstance(km, int):
                raise ValidationError("mileage_out", "请填写交车里程（公里，整数）")
            if km < row.mileage_in:
                raise ValidationError(
                    "mileage_out", f"交车里程 {km} 公里低于进厂里程 {row.mileage_in} 公里，请核对"
                )
            handover = data.handover_at or now
            if handover.tzinfo is None:
                raise ValidationError("handover_at", "交车时间缺少时区")
            if handover < row.opened_at or handover > now + HANDOVER_CLOCK_SKEW:
                raise ValidationError("handover_at", "交车时间应在接车时间之后、不晚于现在")
            before = order_snapshot(row)
            if lines is not None:
                set_lines(row, lines)
            check_part_numbers(line_info(x) for x in row.lines)
            row.status = OrderStatus.DELIVERED.value
            row.mileage_out = km
            row.delivered_at = handover
            row.updated_at = now
            s.add(
                RoStatusEvent(
                    repair_order_id=row.id,
                    from_status=status.value,
                    to_status=row.status,
                    at=now,
                    user_id=actor.user_id,
                    note=data.note.strip() or "交车",
                )
            )
            s.add(
                MileageReading(
                    vehicle_id=row.vehicle_id,
                    read_at=handover,
                    km=km,
                    source="delivery",
                    repair_order_id=row.id,
                    user_id=actor.user_id,
                )
            )
            vehicle = s.get(Vehicle, row.vehicle_id)
            assert vehicle is not None
            values: dict[str, object] = {"last_visit_at": handover}
            if vehicle.last_mileage_km is None or km >= vehicle.last_mileage_km:
                values["last_mileage_km"] = km
            s.execute(update(Vehicle).where(Vehicle.id == vehicle.id).values(**values))
            s.flush()
            due = suggest_next_service(s, vehicle, row, handover.astimezone().date())
            reminder_id, created = _reminder(s, actor, vehicle, row, due, now)
            audit.record(
                s,
                actor,
                "order.deliver",
                "repair_order",
                row.id,
                before,
                order_snapshot(row) | {"delivered_at": handover, "next_service": due.due_date},
            )
            names = user_names(s, {row.advisor_id})
            order = order_info(row, names.get(row.advisor_id, ""))
        return DeliveryResult(
            order,
            NextService(
                kind=due.kind,
                kind_label=KIND_LABELS[due.kind],
                due_date=due.due_date,
                due_km=due.due_km,
                date_by_time=due.date_by_time,
                date_by_km=due.date_by_km,
                km_per_day=due.km_per_day,
                km_per_day_source=due.km_per_day_source,
                reminder_id=reminder_id,
                reminder_created=created,
            ),
        )
