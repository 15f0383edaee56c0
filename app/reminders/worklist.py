"""The counter's reminder work lists: one task per vehicle that merges its reasons.

- due soon: open reminders due within the next `due_soon_days`; overdue: due before today;
- first service lost (首保流失): an open first-service reminder of a car whose warranty start is
  more than `first_service_lost_months` ago;
- lapsing: last visit `lapsing_months` to `lost_months` ago; lost: longer ago.
A task lists every open reminder of its car (service, deferred work, warranty expiry ...), the
advisor of its last order, who it is assigned to, its last call, and when to call next; tasks are
sorted by urgency (the most overdue first, then the soonest due). Booked reminders are not
called again. Phones are shown in full to those who make the calls, masked to others.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session, aliased

from app.reminders.kinds import CALL_OUTCOME_LABELS, CallOutcome, ReminderKind, ReminderStatus, kind_label
from app.reminders.rules import ReminderRules
from app.validation.phone import format_phone, mask_phone
from app.warranty import add_months
from db.models import (
    Customer,
    CustomerPhone,
    Reminder,
    ReminderContact,
    RepairOrder,
    User,
    Vehicle,
    VehicleModel,
)

LIST_LIMIT = 500  # a list shows its most urgent tasks; the total is said beside it


class WorkList(StrEnum):
    FOLLOW_UP = "follow_up"  # delivered a few days ago: the follow-up call (交车回访)
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    FIRST_SERVICE_LOST = "first_service_lost"
    LAPSING = "lapsing"
    LOST = "lost"


WORK_LIST_LABELS: dict[WorkList, str] = {
    WorkList.FOLLOW_UP: "交车回访",
    WorkList.DUE_SOON: "即将到期",
    WorkList.OVERDUE: "已逾期",
    WorkList.FIRST_SERVICE_LOST: "首保流失",
    WorkList.LAPSING: "休眠客户",
    WorkList.LOST: "流失客户",
}


# The lists of cars by their last visit; the others list reminders by due date.
_BY_LAST_VISIT = frozenset({WorkList.LAPSING, WorkList.LOST})


@dataclass(frozen=True)
class TaskFilter:
    advisor_id: int | None = None  # the advisor of the car's last order
    model_id: int | None = None
    kind: ReminderKind | None = None  # tasks with an open reminder of this kind
    assigned_to: int | None = None


@dataclass(frozen=True)
class TaskReason:
    reminder_id: int
    kind: ReminderKind
    label: str
    due_date: dt.date
    due_km: int | None
    overdue: bool
    note: str
    # What the papers say (annual inspection, insurance): the day they run out.
    expires: dt.date | None = None


@dataclass(frozen=True)
class Task:
    vehicle_id: int
    customer_id: int
    plate: str
    vin: str
    model: str
    owner: str
    phone: str  # in full or masked, as the user may see it
    advisor: str  # of the car's last order
    assigned_to: str
    last_visit: dt.datetime | None
    reasons: tuple[TaskReason, ...]
    next_call: dt.date | None
    attempts: int
    last_call: str  # "2026-11-20 无人接听", "" before the first
    booked: bool
    urgency: int  # days overdue (positive) or days left (negative): the list's order

    @property
    def reminder_ids(self) -> tuple[int, ...]:
        return tuple(r.reminder_id for r in self.reasons)

    @property
    def callable_on(self) -> dt.date | None:
        return self.next_call


@dataclass(frozen=True)
class TaskPage:
    tasks: tuple[Task, ...]
    # Tasks on the whole list, beyond the page; None: not counted (asked for without the count,
    # and the page is full, so there are more).
    total: int | None


def _cutoff(today: dt.date, months: int) -> dt.datetime:
    day = add_months(today, -months)
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def _start() -> ColumnElement[dt.date]:
    return func.coalesce(Vehicle.delivery_date, Vehicle.invoice_date, Vehicle.purchase_date)


def _list_query(which: WorkList, today: dt.date, rules: ReminderRules) -> Select[int, Any]:
    """The list's cars, the most urgent first: reminders by due date (a car may come more than
    once: the caller keeps its first), or cars by their last visit."""
    open_ = Reminder.status == ReminderStatus.OPEN.value
    if which is WorkList.FOLLOW_UP:
        # Due from follow_up_days after delivery until follow_up_expires_days after it.
        oldest = today - dt.timedelta(days=rules.follow_up_expires_days - rules.follow_up_days)
        return (
            select(Reminder.vehicle_id, Reminder.due_date)
            .where(
                Reminder.kind == ReminderKind.FOLLOW_UP.value,
                open_,
                Reminder.due_date <= today,
                Reminder.due_date >= oldest,
            )
            .order_by(Reminder.due_date)
        )
    open_ = and_(open_, Reminder.kind != ReminderKind.FOLLOW_UP.value)  # follow-ups have their own list
    if which is WorkList.DUE_SOON:
        soon = today + dt.timedelta(days=rules.due_soon_days)
        return (
            select(Reminder.vehicle_id, Reminder.due_date)
            .where(open_, Reminder.due_date >= today, Reminder.due_date <= soon)
            .order_by(Reminder.due_date)
        )
    if which is WorkList.OVERDUE:
        return (
            select(Reminder.vehicle_id, Reminder.due_date)
            .where(open_, Reminder.due_date < today)
            .order_by(Reminder.due_date)
        )
    if which is WorkList.FIRST_SERVICE_LOST:
        # A first service not yet due cannot be lost (its months are fewer than the lost months).
        return (
            select(Reminder.vehicle_id, Reminder.due_date)
            .join(Vehicle, Vehicle.id == Reminder.vehicle_id)
            .where(
                Reminder.kind == ReminderKind.FIRST_SERVICE.value,
                open_,
                Reminder.due_date < today,
                _start() < add_months(today, -rules.first_service_lost_months),
            )
            .order_by(Reminder.due_date)
        )
    lapsing_from = _cutoff(today, rules.lapsing_months)
    lost_from = _cutoff(today, rules.lost_months)
    window = (
        and_(Vehicle.last_visit_at < lapsing_from, Vehicle.last_visit_at >= lost_from)
        if which is WorkList.LAPSING
        else Vehicle.last_visit_at < lost_from
    )
    # The longest away first within lapsing (about to be lost), the most recent first when lost.
    order = Vehicle.last_visit_at.asc() if which is WorkList.LAPSING else Vehicle.last_visit_at.desc()
    return select(Vehicle.id, Vehicle.last_visit_at).where(window).order_by(order)


def _filtered(query: Select[int, Any], which: WorkList, filters: TaskFilter) -> Select[int, Any]:
    vehicle_col = Vehicle.id if which in _BY_LAST_VISIT else Reminder.vehicle_id
    if filters.model_id is not None:
        if which not in _BY_LAST_VISIT and which is not WorkList.FIRST_SERVICE_LOST:
            query = query.join(Vehicle, Vehicle.id == Reminder.vehicle_id)
        query = query.where(Vehicle.model_id == filters.model_id)
    if filters.kind is not None or filters.assigned_to is not None:
        other = aliased(Reminder)  # any open reminder of the car, not only the one listed
        conditions = [other.vehicle_id == vehicle_col, other.status == ReminderStatus.OPEN.value]
        if filters.kind is not None:
            conditions.append(other.kind == filters.kind.value)
        if filters.assigned_to is not None:
            conditions.append(other.assigned_to == filters.assigned_to)
        query = query.where(select(other.id).where(*conditions).exists())
    if filters.advisor_id is not None:
        last_order = (
            select(RepairOrder.advisor_id)
            .where(RepairOrder.vehicle_id == vehicle_col)
            .order_by(RepairOrder.opened_at.desc())
            .limit(1)
            .scalar_subquery()
        )
        query = query.where(last_order == filters.advisor_id)
    return query


def work_list(
    s: Session,
    which: WorkList,
    today: dt.date,
    rules: ReminderRules,
    filters: TaskFilter,
    *,
    full_phones: bool,
    limit: int = LIST_LIMIT,
    counted: bool = True,
) -> TaskPage:
    """The list's most urgent `limit` tasks, and how many it has in all (counted: False leaves
    that to count_list when the page is full: on a big dealer's list the count of distinct cars
    takes longer than the page itself)."""
    query = _filtered(_list_query(which, today, rules), which, filters)
    ids: list[int] = []
    seen: set[int] = set()
    # Read in order until the page is full: the index gives the most urgent first, no sort of
    # the whole list is needed.
    result = s.execute(query.execution_options(yield_per=1000))
    try:
        for vehicle_id, _key in result:
            if vehicle_id not in seen:
                seen.add(vehicle_id)
                ids.append(vehicle_id)
                if len(ids) >= limit:
                    break
    finally:
        result.close()  # the rest of the list is not read
    total: int | None = len(ids)
    if len(ids) >= limit:
        total = _count(s, query, which) if counted else None
    tasks = tasks_for(s, ids, today, full_phones=full_phones, rules=rules)
    if which not in _BY_LAST_VISIT:
        tasks = sorted(tasks, key=lambda t: (-t.urgency, t.vehicle_id))
    return TaskPage(tuple(tasks), total)


def count_list(s: Session, which: WorkList, today: dt.date, rules: ReminderRules, filters: TaskFilter) -> int:
    """How many tasks (cars) the whole list has."""
    return _count(s, _filtered(_list_query(which, today, rules), which, filters), which)


def _count(s: Session, query: Select[int, Any], which: WorkList) -> int:
    counted = query.order_by(None).with_only_columns(
        func.count(Vehicle.id) if which in _BY_LAST_VISIT else func.count(func.distinct(Reminder.vehicle_id))
    )
    return int(s.scalar(counted) or 0)


_OPEN_OR_BOOKED = frozenset({ReminderStatus.OPEN.value, ReminderStatus.BOOKED.value})


def tasks_for(
    s: Session,
    vehicle_ids: Sequence[int],
    today: dt.date,
    *,
    full_phones: bool,
    rules: ReminderRules | None = None,
) -> list[Task]:
    """The tasks of these vehicles, in the order given. A follow-up call past its last day is
    no longer a reason to call (it lapsed unanswered)."""
    rules = rules or ReminderRules()
    lapsed = today - dt.timedelta(days=rules.follow_up_expires_days - rules.follow_up_days)
    if not vehicle_ids:
        return []
    ids = list(vehicle_ids)
    # Columns, not ORM objects: a page is 500 cars and a thousand or more reminders, and loading
    # them as objects was half the list's time on the 1M-vehicle file.
    vehicles = {
        v.id: v
        for v in s.execute(
            select(
                Vehicle.id,
                Vehicle.plate,
                Vehicle.vin,
                Vehicle.last_visit_at,
                Vehicle.inspection_due,
                Vehicle.insurance_expires,
                VehicleModel.brand,
                VehicleModel.name.label("model_name"),
                Customer.id.label("owner_id"),
                Customer.name.label("owner_name"),
            )
            .join(VehicleModel, VehicleModel.id == Vehicle.model_id)
            .join(Customer, Customer.id == Vehicle.owner_id)
            .where(Vehicle.id.in_(ids))
        )
    }
    phones: dict[int, tuple[str, str]] = {}
    owners = [v.owner_id for v in vehicles.values()]
    for customer_id, number, extension in s.execute(
        select(CustomerPhone.customer_id, CustomerPhone.number, CustomerPhone.extension)
        .where(CustomerPhone.customer_id.in_(owners))
        .order_by(CustomerPhone.customer_id, CustomerPhone.position.desc())
    ):
        phones[customer_id] = (number, extension)  # the lowest position comes last: the main one
    reminders: dict[int, list[Any]] = defaultdict(list)
    # By vehicle only, the status picked here: with it in the query SQLite takes the (status,
    # due_date) index and walks every open reminder of the dealer for a page of 500 cars.
    for r in s.execute(
        select(
            Reminder.id,
            Reminder.vehicle_id,
            Reminder.kind,
            Reminder.status,
            Reminder.due_date,
            Reminder.due_km,
            Reminder.note,
            Reminder.next_call_date,
            Reminder.assigned_to,
            Reminder.attempts,
        )
        .where(Reminder.vehicle_id.in_(ids))
        .order_by(Reminder.due_date, Reminder.id)
    ):
        if r.status in _OPEN_OR_BOOKED:
            reminders[r.vehicle_id].append(r)
    names = {user_id: name for user_id, name in s.execute(select(User.id, User.display_name))}
    advisors = _last_advisors(s, ids)
    calls = _last_calls(s, [r.id for rs in reminders.values() for r in rs])
    out = []
    for vehicle_id in ids:
        vehicle = vehicles.get(vehicle_id)
        if vehicle is None:
            continue
        open_rows = [
            r
            for r in reminders.get(vehicle_id, [])
            if r.kind != ReminderKind.FOLLOW_UP.value or r.due_date >= lapsed
        ]
        number, extension = phones.get(vehicle.owner_id, ("", ""))
        shown = format_phone(number, extension) if full_phones else mask_phone(number)
        reasons = tuple(
            TaskReason(
                r.id,
                ReminderKind(r.kind),
                kind_label(r.kind),
                r.due_date,
                r.due_km,
                r.due_date < today,
                r.note,
                _expires(vehicle, r.kind),
            )
            for r in open_rows
        )
        open_only = [r for r in open_rows if r.status == ReminderStatus.OPEN.value]
        next_call = min((r.next_call_date for r in open_only if r.next_call_date), default=None)
        if next_call is None and open_only:
            next_call = today
        last = max((calls[r.id] for r in open_rows if r.id in calls), default=None)
        assigned = next((r.assigned_to for r in open_rows if r.assigned_to), None)
        first_due = min((r.due_date for r in open_rows), default=None)
        out.append(
            Task(
                vehicle_id=vehicle.id,
                customer_id=vehicle.owner_id,
                plate=vehicle.plate or "",
                vin=vehicle.vin,
                model=f"{vehicle.brand} {vehicle.model_name}".strip(),
                owner=vehicle.owner_name,
                phone=shown,
                advisor=names.get(advisors.get(vehicle.id, 0), ""),
                assigned_to=names.get(assigned or 0, ""),
                last_visit=vehicle.last_visit_at,
                reasons=reasons,
                next_call=next_call,
                attempts=max((r.attempts for r in open_rows), default=0),
                last_call=_call_text(last),
                booked=any(r.status == ReminderStatus.BOOKED.value for r in open_rows),
                urgency=(today - first_due).days if first_due else 0,
            )
        )
    return out


def _expires(vehicle: Any, kind: str) -> dt.date | None:
    """What the car's papers say for a paper reminder; `vehicle` a row with inspection_due and
    insurance_expires."""
    expires: dt.date | None = None
    if kind == ReminderKind.ANNUAL_INSPECTION.value:
        expires = vehicle.inspection_due
    elif kind == ReminderKind.INSURANCE.value:
        expires = vehicle.insurance_expires
    return expires


def _last_advisors(s: Session, vehicle_ids: list[int]) -> dict[int, int]:
    latest = (
        select(RepairOrder.vehicle_id, func.max(RepairOrder.opened_at).label("at"))
        .where(RepairOrder.vehicle_id.in_(vehicle_ids))
        .group_by(RepairOrder.vehicle_id)
        .subquery()
    )
    rows = s.execute(
        select(RepairOrder.vehicle_id, RepairOrder.advisor_id).join(
            latest, and_(latest.c.vehicle_id == RepairOrder.vehicle_id, latest.c.at == RepairOrder.opened_at)
        )
    ).all()
    return {vehicle_id: advisor_id for vehicle_id, advisor_id in rows}


def _last_calls(s: Session, reminder_ids: list[int]) -> dict[int, tuple[dt.datetime, str]]:
    if not reminder_ids:
        return {}
    out: dict[int, tuple[dt.datetime, str]] = {}
    for reminder_id, at, outcome in s.execute(
        select(ReminderContact.reminder_id, ReminderContact.at, ReminderContact.outcome)
        .where(ReminderContact.reminder_id.in_(reminder_ids))
        .order_by(ReminderContact.at)
    ).all():
        out[reminder_id] = (at, outcome)
    return out


def _call_text(call: tuple[dt.datetime, str] | None) -> str:
    if call is None:
        return ""
    at, outcome = call
    try:
        label = CALL_OUTCOME_LABELS[CallOutcome(outcome)]
    except ValueError:
        label = outcome
    return f"{at.astimezone():%Y-%m-%d} {label}"
