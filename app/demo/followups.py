"""Reminders that come from dates rather than visits: warranty expiry, insurance, annual inspection."""

from __future__ import annotations

import datetime as dt

from app.demo.state import Context
from app.demo.timebase import DAY, add_months
from app.reminders import ReminderKind, ReminderStatus

HORIZON_DAYS = 30  # the desk calls a month ahead
INSPECTION_EVERY_YEAR_AFTER = 6  # years: younger private cars are inspected every two years


def _anniversary(day: int, today: int) -> tuple[int, int]:
    """The next anniversary of a date on or after today, and how many years it marks."""
    years = max(1, dt.date.fromordinal(today).year - dt.date.fromordinal(day).year)
    nxt = add_months(day, 12 * years)
    if nxt < today:
        years += 1
        nxt = add_months(day, 12 * years)
    return nxt, years


def write_date_reminders(ctx: Context) -> None:
    f, tb, w = ctx.fleet, ctx.tb, ctx.writer
    today = tb.today
    created = tb.utc(tb.now - DAY)
    for i in range(f.size):
        delivered = f.delivered[i]
        months, _ = ctx.models[f.model[i]].basic_warranty
        due: list[tuple[ReminderKind, int]] = []
        expiry = add_months(delivered, months)
        if today <= expiry <= today + HORIZON_DAYS:
            due.append((ReminderKind.WARRANTY_EXPIRY, expiry))
        anniversary, years = _anniversary(delivered, today)
        if anniversary <= today + HORIZON_DAYS:
            due.append((ReminderKind.INSURANCE, anniversary))
            if years >= INSPECTION_EVERY_YEAR_AFTER or years % 2 == 0:
                due.append((ReminderKind.ANNUAL_INSPECTION, anniversary))
        for kind, day in due:
            w.add(
                "reminders",
                {
                    "id": w.next_id("reminders"),
                    "vehicle_id": f.first_vehicle_id + i,
                    "customer_id": f.owner[i],
                    "kind": kind.value,
                    "due_date": tb.day_value(day),
                    "due_km": None,
                    "base_date": None,
                    "base_km": None,
                    "status": ReminderStatus.OPEN.value,
                    "next_call_date": tb.day_value(max(today, day - HORIZON_DAYS)),
                    "inspection_item_id": None,
                    "lost_reason": None,
                    "note": "",
                    "closed_at": None,
                    "created_at": created,
                    "updated_at": created,
                    "version": 1,
                },
            )
        w.checkpoint()
