"""When a car is due for service, whether its owner will come, and when the reminder desk calls."""

from __future__ import annotations

import math

from app.demo.state import LOST, LOYAL, R_OPEN, Context
from app.demo.timebase import DAY, add_months
from app.reminders import ReminderKind, ReminderStatus

FIRST_CALL_DAYS_BEFORE = 7
SUNDAY = 6


def service_due(ctx: Context, i: int) -> tuple[int, int, ReminderKind]:
    """Due day, due km and kind of the next service (by months or km, whichever comes first)."""
    f = ctx.fleet
    spec = ctx.models[f.model[i]]
    first = f.service_day[i] == f.delivered[i]
    months, km = spec.first_service if first else spec.service_interval
    by_time = add_months(f.service_day[i], months)
    by_km = f.service_day[i] + math.ceil(km / max(f.rate[i], 1.0))
    kind = ReminderKind.FIRST_SERVICE if first else ReminderKind.SERVICE
    return min(by_time, by_km), f.service_km[i] + km, kind


def service_base(ctx: Context, i: int, kind: ReminderKind) -> dict[str, object]:
    """The visit a regular service reminder counts from; a first service keeps none."""
    f = ctx.fleet
    if kind is not ReminderKind.SERVICE:
        return {"base_date": None, "base_km": None}
    return {"base_date": ctx.tb.day_value(f.service_day[i]), "base_km": f.service_km[i]}


def plan_visit(ctx: Context, i: int, due: int, after: int) -> int:
    """The day the owner will actually come for this service (0: not coming)."""
    rng, f = ctx.rng, ctx.fleet
    loyalty = f.loyalty[i]
    if loyalty == LOST:
        return 0
    if loyalty == LOYAL:
        day = due + rng.randint(-10, 15)
    elif rng.random() < 0.35:
        day = due + rng.randint(0, 60)
    else:
        return 0
    return max(day, after + rng.randint(3, 20))


def call_day(day: int) -> int:
    """The reminder desk does not call on Sundays."""
    return day + 1 if day % 7 == SUNDAY else day


def new_service_reminder(ctx: Context, i: int, created_at: int) -> None:
    """Writes the car's next service reminder, plans the visit, and books its first call."""
    f, w, rng = ctx.fleet, ctx.writer, ctx.rng
    created_day = created_at // DAY
    due, due_km, kind = service_due(ctx, i)
    plan = plan_visit(ctx, i, due, max(created_day, ctx.first_day - 1))
    first_call = max(due - FIRST_CALL_DAYS_BEFORE, created_day + 1)
    if first_call < ctx.first_day:
        # Overdue before the history starts: the desk works through those in the first month.
        first_call = ctx.first_day + rng.randrange(30)
    first_call = call_day(first_call)
    rid = w.next_id("reminders")
    w.add(
        "reminders",
        {
            "id": rid,
            "vehicle_id": f.first_vehicle_id + i,
            "customer_id": f.owner[i],
            "kind": kind.value,
            "due_date": ctx.tb.day_value(due),
            "due_km": due_km,
            **service_base(ctx, i, kind),
            "status": ReminderStatus.OPEN.value,
            "next_call_date": ctx.tb.day_value(first_call),
            "inspection_item_id": None,
            "lost_reason": None,
            "note": "",
            "closed_at": None,
            "created_at": ctx.tb.utc(created_at),
            "updated_at": ctx.tb.utc(created_at),
            "version": 1,
        },
    )
    f.reminder[i] = rid
    f.reminder_status[i] = R_OPEN
    f.reminder_next_call[i] = first_call
    f.reminder_calls[i] = 0
    f.reminder_dirty[i] = 0
    f.plan[i] = plan
    if first_call <= ctx.last_day:
        ctx.calls[first_call].append(i)
    if plan and plan <= ctx.last_day:
        ctx.visits[plan].append(i)
