"""Day by day through the history: calls, planned services, walk-in repairs, numbered orders."""

from __future__ import annotations

import math
from collections.abc import Callable

from app.demo.calls import make_calls, write_open_reminders
from app.demo.orders import OrderBuilder, Visit
from app.demo.state import LOST, NEVER, R_DONE, R_LOST, Context
from app.demo.timebase import DAY, HOUR, MINUTE, OPENS, add_months
from app.orders import OPEN_STATUSES, JobType, OrderStatus

REPAIRS_PER_VEHICLE_YEAR = 0.10
MIN_ORDERS_PER_DAY = 15  # small demo fleets still fill the board
INTERNAL_PER_DAY = 0.4
WEEKDAY_FACTOR = (1.0, 1.0, 1.0, 1.0, 1.0, 1.15, 0.6)
# Today's orders are spread over the board's columns, a few already delivered.
TODAY_TARGETS = (
    *OPEN_STATUSES, OrderStatus.DELIVERED, OrderStatus.IN_REPAIR, OrderStatus.WAITING,
    OrderStatus.DELIVERED, OrderStatus.READY, OrderStatus.IN_REPAIR,
)  # fmt: skip
_RANDOM_KINDS = (
    (JobType.REPAIR, 50), (JobType.WARRANTY, 20), (JobType.ACCIDENT, 15), (JobType.BODY_PAINT, 15),
)  # fmt: skip

Progress = Callable[[str], None]


def _poisson(ctx: Context, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, round(ctx.rng.gauss(lam, math.sqrt(lam))))
    # Knuth's method is fine for small means.
    limit, k, p = math.exp(-lam), 0, ctx.rng.random()
    while p > limit:
        k += 1
        p *= ctx.rng.random()
    return k


def _walk_in_time(ctx: Context, day: int) -> int:
    """Most cars arrive in the morning."""
    return day * DAY + OPENS + min(int(ctx.rng.expovariate(1 / (2.5 * HOUR))), 9 * HOUR + 30 * MINUTE)


def _in_warranty(ctx: Context, i: int, day: int) -> bool:
    f = ctx.fleet
    months, km = ctx.models[f.model[i]].basic_warranty
    return day < add_months(f.delivered[i], months) and f.km[i] < km


class History:
    def __init__(self, ctx: Context, progress: Progress | None = None) -> None:
        self.ctx = ctx
        self.orders = OrderBuilder(ctx)
        self.progress = progress
        n = ctx.fleet.size
        self.repairs_per_day = max(
            n * REPAIRS_PER_VEHICLE_YEAR / 365, min(MIN_ORDERS_PER_DAY, max(4, n / 20)) * 0.6
        )

    def _service_visits(self, day: int) -> list[Visit]:
        ctx, f, rng = self.ctx, self.ctx.fleet, self.ctx.rng
        visits = []
        taken: set[int] = set()
        for i in ctx.visits.pop(day, []):
            if i in taken or f.plan[i] != day or f.reminder_status[i] in (R_DONE, R_LOST):
                continue
            taken.add(i)
            if f.busy_until[i] >= day:
                # Still in the workshop for something else: the service waits.
                f.plan[i] = 0 if f.busy_until[i] == NEVER else f.busy_until[i] + rng.randint(1, 5)
                if f.plan[i] and f.plan[i] <= ctx.last_day:
                    ctx.visits[f.plan[i]].append(i)
                continue
            kinds = [JobType.MAINTENANCE]
            roll = rng.random()
            if roll < 0.03 and _in_warranty(ctx, i, day):
                kinds.append(JobType.WARRANTY)
            elif roll < 0.09:
                kinds.append(JobType.REPAIR)
            appointment = f.appointment[i] or None
            if appointment is not None:
                at = f.appointment_at[i] + rng.randint(-15, 20) * MINUTE
            else:
                at = _walk_in_time(ctx, day)
            visits.append(Visit(i, kinds, at, appointment, service=True))
        return visits

    def _random_visits(self, day: int) -> list[Visit]:
        ctx, f, rng = self.ctx, self.ctx.fleet, self.ctx.rng
        wanted = _poisson(ctx, self.repairs_per_day * WEEKDAY_FACTOR[day % 7])
        visits: list[Visit] = []
        chosen: set[int] = set()
        for _ in range(wanted * 4):
            if len(visits) >= wanted:
                break
            i = rng.randrange(f.size)
            unavailable = i in chosen or f.delivered[i] >= day or f.busy_until[i] >= day or f.appointment[i]
            if unavailable or day <= f.plan[i] <= day + 3 or (f.loyalty[i] == LOST and rng.random() > 0.15):
                continue
            chosen.add(i)
            kind = rng.choices(_RANDOM_KINDS, weights=[w for _, w in _RANDOM_KINDS])[0][0]
            if kind is JobType.WARRANTY and not _in_warranty(ctx, i, day):
                kind = JobType.REPAIR
            kinds, service = [kind], False
            if kind is JobType.REPAIR and f.plan[i] and f.plan[i] <= day + 20 and rng.random() < 0.5:
                # Due soon anyway: the service is done in the same visit.
                kinds, service = [JobType.MAINTENANCE, JobType.REPAIR], True
                f.plan[i] = day
            visits.append(Visit(i, kinds, _walk_in_time(ctx, day), service=service))
        if ctx.dealer_vehicles and rng.random() < INTERNAL_PER_DAY:
            i = rng.choice(ctx.dealer_vehicles)
            if f.delivered[i] < day and f.busy_until[i] < day and i not in chosen and not f.appointment[i]:
                visits.append(Visit(i, [JobType.INTERNAL], _walk_in_time(ctx, day)))
        return visits

    def _today(self, visits: list[Visit]) -> list[Visit]:
        """Only what has happened by now; squeezed before now if the day has barely begun."""
        tb, rng, f = self.ctx.tb, self.ctx.rng, self.ctx.fleet
        start = max(tb.today * DAY + OPENS, tb.now - 10 * HOUR)
        if tb.now - start < HOUR:
            start = max(tb.today * DAY, tb.now - HOUR)
        latest = tb.now - MINUTE
        kept = []
        for v in visits:
            if v.appointment_id is not None:
                if f.appointment_at[v.i] > tb.now:
                    continue  # booked for later today
                v.at = min(v.at, latest)
            elif v.at > latest:
                v.at = start + rng.randrange(max(1, latest - start))
            kept.append(v)
        kept.sort(key=lambda v: v.at)
        for n, v in enumerate(kept):
            v.target = TODAY_TARGETS[n % len(TODAY_TARGETS)]
        return kept

    def run(self) -> None:
        ctx = self.ctx
        for day in range(ctx.first_day, ctx.last_day + 1):
            make_calls(ctx, day)
            visits = self._service_visits(day) + self._random_visits(day)
            if day == ctx.last_day:
                visits = self._today(visits)
            visits.sort(key=lambda v: v.at)
            key = ctx.tb.day_key(day)
            for n, visit in enumerate(visits, start=1):
                self.orders.build(visit, f"RO{key}-{n:04d}")
                ctx.writer.checkpoint()
            if visits:
                ctx.writer.add("ro_sequences", {"day": key, "last_no": len(visits)})
            if self.progress is not None and (day - ctx.first_day) % 30 == 29:
                self.progress(f"历史记录：{ctx.tb.date(day).isoformat()}")
        write_open_reminders(ctx)
        self._final_vehicle_state()

    def _final_vehicle_state(self) -> None:
        ctx, f, tb = self.ctx, self.ctx.fleet, self.ctx.tb
        for i in range(f.size):
            if f.last_visit[i]:
                ctx.writer.update(
                    "vehicles",
                    {
                        "id": f.first_vehicle_id + i,
                        "last_mileage_km": f.km[i],
                        "last_visit_at": tb.utc(f.last_visit[i]),
                        "updated_at": tb.utc(f.seen[i]),
                    },
                )
                ctx.writer.checkpoint()
