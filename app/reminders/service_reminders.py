"""Service reminders (保养提醒) as the orders need them: scheduled at delivery, told at intake,
listed on the vehicle card. Implements app.orders.ports.ServiceReminders.

At delivery: when the order included 保养, the vehicle's open service and first-service reminders
are closed (done) and a new one is created from this visit; otherwise an open one is kept as it
is, and a new one is created only when none is open. The due date is whichever comes first of
the model's months and km (docs/domain/reminders.md), the km date predicted from the vehicle's
own distance per day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.clock import local_day
from app.errors import NotFound
from app.orders import NextService, ReminderLine, Visit
from app.reminders.calls import close_on_return
from app.reminders.kinds import SERVICE_KINDS, ReminderKind, ReminderStatus, kind_label
from app.reminders.recompute import recompute_vehicle, recompute_vehicles
from app.reminders.rules import read_rules
from app.reminders.schedule import ServiceDue, daily_distance, service_due
from app.reminders.visit_flags import visit_flags
from app.roles import Actor
from app.vehicles import readings_of, vehicle_info
from app.warranty import WarrantyKind, start_of, vehicle_warranties
from app.wording import say
from db.models import Reminder, Vehicle


def _vehicle_reminders(s: Session, vehicle_id: int) -> list[Reminder]:
    # By vehicle only, the rest picked in Python: with `status = 'open'` in the query SQLite
    # prefers the (status, due_date) index and walks every open reminder of the dealer.
    return list(s.scalars(select(Reminder).where(Reminder.vehicle_id == vehicle_id).order_by(Reminder.id)))


def _open_service(s: Session, vehicle_id: int) -> list[Reminder]:
    return [
        r
        for r in _vehicle_reminders(s, vehicle_id)
        if r.kind in SERVICE_KINDS and r.status == ReminderStatus.OPEN
    ]


def suggest_next_service(s: Session, visit: Visit) -> ServiceDue:
    row = s.get(Vehicle, visit.vehicle_id)
    if row is None:
        raise NotFound(say("车辆 {vehicle_id} 不存在", vehicle_id=visit.vehicle_id))
    vehicle = vehicle_info(row)
    terms = vehicle.model.terms
    distance = daily_distance(readings_of(s, visit.vehicle_id))
    kind, base_date, base_km = ReminderKind.SERVICE, visit.day, visit.km
    months, km_interval = terms.service_interval_months, terms.service_interval_km
    start = start_of(vehicle).date
    if visit.serviced:
        pass  # the next regular service counts from this one
    elif visit.last_service is not None:
        base_date, base_km = visit.last_service
    elif start is not None:
        kind, base_date, base_km = ReminderKind.FIRST_SERVICE, start, 0
        months, km_interval = terms.first_service_months, terms.first_service_km
    return service_due(
        kind=kind,
        base_date=base_date,
        base_km=base_km,
        months=months,
        km_interval=km_interval,
        today=visit.day,
        current_km=visit.km,
        distance=distance,
    )


def _next_service(due: ServiceDue, reminder_id: int | None, created: bool) -> NextService:
    return NextService(
        kind=due.kind.value,
        kind_label=kind_label(due.kind),
        due_date=due.due_date,
        due_km=due.due_km,
        date_by_time=due.date_by_time,
        date_by_km=due.date_by_km,
        km_per_day=due.km_per_day,
        km_per_day_source=due.km_per_day_source.value,
        reminder_id=reminder_id,
        reminder_created=created,
        overdue=due.overdue,
        km_per_day_confidence=due.confidence.value,
    )


def _follow_up(s: Session, visit: Visit, now: dt.datetime) -> None:
    """The follow-up call a few days after this delivery (交车回访)."""
    rules = read_rules(s)
    s.add(
        Reminder(
            vehicle_id=visit.vehicle_id,
            customer_id=visit.customer_id,
            kind=ReminderKind.FOLLOW_UP.value,
            due_date=visit.day + dt.timedelta(days=rules.follow_up_days),
            status=ReminderStatus.OPEN.value,
            repair_order_id=visit.order_id,
            note=visit.ro_number,
            created_at=now,
            updated_at=now,
        )
    )


def _warranty_expiry(s: Session, visit: Visit, now: dt.datetime) -> None:
    """A call a month before the basic warranty ends (质保到期), while it still runs, once."""
    row = s.get(Vehicle, visit.vehicle_id)
    if row is None:
        return
    vehicle = vehicle_info(row)
    basic = next((w for w in vehicle_warranties(vehicle, visit.day) if w.kind is WarrantyKind.BASIC), None)
    if basic is None or not basic.active or basic.last_day is None:
        return
    due = basic.last_day - dt.timedelta(days=read_rules(s).warranty_expiry_days)
    if due <= visit.day or any(
        r.kind == ReminderKind.WARRANTY_EXPIRY and r.status == ReminderStatus.OPEN
        for r in _vehicle_reminders(s, visit.vehicle_id)
    ):
        return
    s.add(
        Reminder(
            vehicle_id=visit.vehicle_id,
            customer_id=visit.customer_id,
            kind=ReminderKind.WARRANTY_EXPIRY.value,
            due_date=due,
            status=ReminderStatus.OPEN.value,
            note=f"整车质保 {basic.last_day.isoformat()} 到期",
            created_at=now,
            updated_at=now,
        )
    )


class ServiceReminderPlanner:
    def schedule_after_delivery(
        self, s: Session, actor: Actor, visit: Visit, now: dt.datetime
    ) -> NextService:
        due = suggest_next_service(s, visit)
        open_rows = _open_service(s, visit.vehicle_id)
        closed = close_on_return(s, visit.vehicle_id, visit.serviced, now)
        _follow_up(s, visit, now)
        _warranty_expiry(s, visit, now)
        if closed:
            audit.record(s, actor, "reminder.done", "vehicle", visit.vehicle_id, None,
                         {"reminders": closed, "ro_number": visit.ro_number})  # fmt: skip
        if open_rows and not visit.serviced:
            return _next_service(due, open_rows[0].id, False)
        for old in open_rows:
            old.note = (old.note + f"\n{visit.ro_number} 保养后关闭").strip()
        row = Reminder(
            vehicle_id=visit.vehicle_id,
            customer_id=visit.customer_id,
            kind=due.kind.value,
            due_date=due.due_date,
            due_km=due.due_km,
            # A first service counts from the warranty start, read again from the car each time.
            base_date=due.base_date if due.kind is ReminderKind.SERVICE else None,
            base_km=due.base_km if due.kind is ReminderKind.SERVICE else None,
            status=ReminderStatus.OPEN.value,
            note=f"{visit.ro_number} 交车时生成",
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
                "kind": due.kind.value,
                "due_date": due.due_date,
                "due_km": due.due_km,
                "ro_number": visit.ro_number,
                "closed": [r.id for r in open_rows],
            },
        )
        return _next_service(due, row.id, True)

    def next_service(self, s: Session, visit: Visit) -> NextService:
        """After a maintenance visit, the one it leads to (as delivery will schedule it);
        otherwise the open service reminder the dealer will call about, else the suggestion."""
        if not visit.serviced:
            reminder = min(_open_service(s, visit.vehicle_id), key=lambda r: r.due_date, default=None)
            if reminder is not None:
                return NextService(
                    reminder.kind, kind_label(reminder.kind), reminder.due_date, reminder.due_km,
                    reminder_id=reminder.id, overdue=reminder.due_date < visit.day,
                )  # fmt: skip
        return _next_service(suggest_next_service(s, visit), None, False)

    def visit_flags(self, s: Session, vehicle_id: int) -> tuple[str, ...]:
        return visit_flags(s, vehicle_id)

    def reading_recorded(self, s: Session, vehicle_id: int, now: dt.datetime) -> None:
        """A reading moves the car's projected km date at once, not at the next whole recompute:
        the vehicle card and the lists say the due date from what the counter just read."""
        moved = recompute_vehicle(s, vehicle_id, now.astimezone().date(), read_rules(s)).moved
        if moved:  # written past the ORM: reminders it holds are read again when next used
            for held in list(s.identity_map.values()):
                if isinstance(held, Reminder):
                    s.expire(held)

    def readings_recorded(self, s: Session, vehicle_ids: Sequence[int], now: dt.datetime) -> None:
        """An import's new readings (app.vehicles.MileageReminders): their cars' due dates follow, by
        the whole recompute's rules, 500 cars to a read, in the import's transaction."""
        recompute_vehicles(s, vehicle_ids, local_day(now), read_rules(s))

    def open_reminders(self, s: Session, vehicle_id: int, today: dt.date) -> tuple[ReminderLine, ...]:
        rows = sorted(
            (  # the follow-up call is the dealer's own task, not something to tell the customer
                r
                for r in _vehicle_reminders(s, vehicle_id)
                if r.status == ReminderStatus.OPEN and r.kind != ReminderKind.FOLLOW_UP
            ),
            key=lambda r: (r.due_date, r.id),
        )
        return tuple(
            ReminderLine(
                r.id, r.kind, kind_label(r.kind), r.due_date, r.due_km, r.status, r.due_date <= today, r.note
            )
            for r in rows
        )
