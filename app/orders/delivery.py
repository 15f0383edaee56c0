"""Delivery (交车): final mileage, final lines and amounts, handover time, next service.

Only an order that is ready (待交车) can be delivered. The final mileage may not be lower than the
mileage in. Every part line needs its part number by now (三包 Art. 17). The vehicle's last mileage
and visit are updated and a mileage reading is kept.

The next service is scheduled by the reminders (ports.ServiceReminders) in the same transaction,
and returned for the printout and the advisor's words at handover.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app import audit
from app.changes import Change, announces
from app.clock import Clock, system_clock
from app.errors import FieldErrors, ValidationError
from app.orders._header import km_figure
from app.orders._rows import lock_order_and_vehicle, order_info, order_snapshot, set_lines
from app.orders._visits import visit_of
from app.orders.lines import LineInput, check_part_numbers, form_lines, line_info
from app.orders.ports import NextService, ServiceReminders
from app.orders.records import OrderInfo
from app.orders.status import STATUS_LABELS, OrderStatus
from app.roles import Actor, Permission, require
from app.uow import check_version, unit_of_work
from app.users import authorize, display_names
from app.vehicles import ReadingSource, add_reading, record_visit
from app.wording import label, say
from db.models import RoStatusEvent, Vehicle
from db.uow import Database

HANDOVER_CLOCK_SKEW = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class DeliveryInput:
    mileage_out: int
    lines: tuple[LineInput, ...] | None = None  # None: the lines stay as they are
    handover_at: dt.datetime | None = None  # None: now
    note: str = ""


@dataclass(frozen=True)
class DeliveryResult:
    order: OrderInfo
    next_service: NextService


def check_mileage_out(km: int, mileage_in: int) -> int:
    """The mileage at delivery: a whole number, not below the mileage in."""
    if isinstance(km, bool) or not isinstance(km, int):
        raise ValidationError("mileage_out", say("请填写交车里程（公里，整数）"))
    if km < mileage_in:
        raise ValidationError(
            "mileage_out",
            say(
                "交车里程 {km} 公里低于进厂里程 {mileage_in} 公里，请核对",
                km=km_figure(km),
                mileage_in=km_figure(mileage_in),
            ),
        )
    return km


def _check_handover(handover: dt.datetime, opened_at: dt.datetime, now: dt.datetime) -> None:
    if handover.tzinfo is None:
        raise ValidationError("handover_at", say("交车时间缺少时区"))
    if handover < opened_at or handover > now + HANDOVER_CLOCK_SKEW:
        raise ValidationError("handover_at", say("交车时间应在接车时间之后、不晚于现在"))


class DeliveryService:
    def __init__(self, db: Database, reminders: ServiceReminders, clock: Clock = system_clock) -> None:
        self._db = db
        self._reminders = reminders
        self._clock = clock

    @announces(Change.ORDERS, Change.VEHICLES, Change.REMINDERS)
    def deliver(self, actor: Actor, order_id: int, version: int, data: DeliveryInput) -> DeliveryResult:
        require(actor, Permission.RECEIVE_VEHICLES)
        now = self._clock()
        errors = FieldErrors()
        lines = form_lines(data.lines, errors) if data.lines is not None else None
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.RECEIVE_VEHICLES)
            row = lock_order_and_vehicle(s, order_id)  # the last reading is compared below
            check_version(row, version)
            status = OrderStatus(row.status)
            if status is not OrderStatus.READY:
                raise ValidationError(
                    "status",
                    say(
                        "工单当前为“{status}”，只有“待交车”的工单可以交车",
                        status=label(STATUS_LABELS[status]),
                    ),
                )
            km = errors.check(lambda: check_mileage_out(data.mileage_out, row.mileage_in), 0)
            handover = data.handover_at or now
            errors.check(lambda: _check_handover(handover, row.opened_at, now), None)
            errors.raise_any()
            before = order_snapshot(row)
            if lines is not None:
                set_lines(row, lines)
            check_part_numbers((line_info(x) for x in row.lines), errors)
            errors.raise_any()
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
            add_reading(
                s,
                row.vehicle_id,
                km,
                handover,
                ReadingSource.DELIVERY,
                user_id=actor.user_id,
                order_id=row.id,
            )
            vehicle = s.get(Vehicle, row.vehicle_id)
            assert vehicle is not None
            raised = vehicle.last_mileage_km is None or km >= vehicle.last_mileage_km
            record_visit(s, vehicle.id, handover, km if raised else None)
            s.flush()
            visit = visit_of(s, row, handover.astimezone().date())
            next_service = self._reminders.schedule_after_delivery(s, actor, visit, now)
            audit.record(
                s,
                actor,
                "order.deliver",
                "repair_order",
                row.id,
                before,
                order_snapshot(row) | {"delivered_at": handover, "next_service": next_service.due_date},
            )
            names = display_names(s, {row.advisor_id})
            order = order_info(row, names.get(row.advisor_id, ""))
        return DeliveryResult(order, next_service)
