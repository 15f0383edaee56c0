"""The next service due: by time and by km, whichever first (docs/domain/reminders.md).

- First service (首保): N months or M km after the warranty start (purchase), whichever first.
- Regular service: every N months or M km after the last service, whichever comes first.
- The date the km limit is reached is predicted from the vehicle's own distance per day: the
  readings since the last odometer change, each stretch between two readings a rate, the rates'
  median weighted by the days they span. A reading that went down (a typo, with no odometer
  change) and stretches of more than MAX_KM_PER_DAY are left out, so one mistyped reading does
  not move the prediction. The kept stretches must span MIN_HISTORY_DAYS, else the dealer's
  default. How sure the prediction is (Confidence) comes with it.
- A due date already past stays in the past: the service is overdue (never "due today"); a km
  limit already passed dates back to the day it was passed at that rate.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from app.reminders.kinds import Confidence, DistanceSource, ReminderKind
from app.vehicles import Reading
from app.warranty import add_months

DEFAULT_KM_PER_DAY = 40.0
MIN_HISTORY_DAYS = 30
MAX_KM_PER_DAY = 1_000.0  # more is a mistyped reading (a long-distance driver does about 500)
SURE_DAYS = 180
SURE_SPREAD = 0.5  # the middle half of the rates within ±50 % of the median


@dataclass(frozen=True)
class DailyDistance:
    km_per_day: float
    source: DistanceSource
    confidence: Confidence = Confidence.NONE
    stretches: int = 0  # the stretches between readings the rate was taken from
    left_out: int = 0  # readings or stretches left out as implausible


@dataclass(frozen=True)
class ServiceDue:
    kind: ReminderKind  # first_service / service
    due_date: dt.date
    due_km: int
    date_by_time: dt.date
    date_by_km: dt.date
    km_per_day: float
    km_per_day_source: DistanceSource
    confidence: Confidence = Confidence.NONE
    today: dt.date | None = None
    base_date: dt.date | None = None  # the visit (or warranty start) it counts from
    base_km: int | None = None

    @property
    def overdue(self) -> bool:
        return self.today is not None and self.due_date < self.today

    @property
    def days_overdue(self) -> int:
        return (self.today - self.due_date).days if self.today is not None and self.overdue else 0


def _weighted_median(rates: Sequence[tuple[float, float]]) -> float:
    """The median of (rate, weight) pairs: half the weight lies on either side."""
    ordered = sorted(rates)
    half = sum(w for _, w in ordered) / 2
    running = 0.0
    for rate, weight in ordered:
        running += weight
        if running >= half:
            return rate
    return ordered[-1][0]


def _quantile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


# A reading as the distance is worked out from it: (read at, km, odometer changed). The times
# of one car are all aware or all naive UTC (the whole recompute takes them as the driver gives
# them): only their differences count.
Point = tuple[dt.datetime, int, bool]


def _fits(earlier: Point, later: Point) -> bool:
    """`later` can follow `earlier` on the odometer: not lower, not driven implausibly fast."""
    days = (later[0] - earlier[0]).total_seconds() / 86_400
    return later[1] >= earlier[1] and (days <= 0 or (later[1] - earlier[1]) / days <= MAX_KM_PER_DAY)


def _plausible_chain(points: Sequence[Point]) -> Sequence[Point]:
    """The longest run of readings, in time order, that never goes down and never jumps faster
    than MAX_KM_PER_DAY: a mistyped reading, too high or too low, falls out of it."""
    if all(map(_fits, points, points[1:])):
        return points  # every reading fits (nearly every car): the chain is all of them
    best = [1] * len(points)
    before = [-1] * len(points)
    for i, point in enumerate(points):
        for j in range(i):
            if _fits(points[j], point) and best[j] + 1 > best[i]:
                best[i], before[i] = best[j] + 1, j
    at = max(range(len(points)), key=lambda i: (best[i], i))
    chain = []
    while at != -1:
        chain.append(points[at])
        at = before[at]
    return chain[::-1]


def daily_distance(readings: Sequence[Reading], default: float = DEFAULT_KM_PER_DAY) -> DailyDistance:
    points = sorted(((r.at, r.km, r.odometer_changed) for r in readings), key=lambda p: p[0])
    return distance_of_points(points, default)


def distance_of_points(points: Sequence[Point], default: float = DEFAULT_KM_PER_DAY) -> DailyDistance:
    """daily_distance of readings given as points, already in time order."""
    if len(points) < 2:  # nothing to measure (most cars between two visits)
        return DailyDistance(default, DistanceSource.DEFAULT, Confidence.NONE, 0, 0)
    for i in range(len(points) - 1, -1, -1):  # from the last odometer change on
        if points[i][2]:
            points = points[i:]
            break
    chain = _plausible_chain(points)
    left_out = len(points) - len(chain)
    rates: list[tuple[float, float]] = []
    start_at, start_km = chain[0][0], chain[0][1]
    for at, km, _ in chain[1:]:
        days = (at - start_at).total_seconds() / 86_400
        if days < 1:  # the same visit read twice (intake and delivery): one stretch later
            continue
        rates.append(((km - start_km) / days, days))
        start_at, start_km = at, km
    span = sum(days for _, days in rates)
    if not rates or span < MIN_HISTORY_DAYS or _weighted_median(rates) <= 0:
        return DailyDistance(default, DistanceSource.DEFAULT, Confidence.NONE, len(rates), left_out)
    median = _weighted_median(rates)
    values = [r for r, _ in rates]
    spread = (_quantile(values, 0.75) - _quantile(values, 0.25)) / median if len(values) > 1 else 1.0
    if span >= SURE_DAYS and len(rates) >= 3 and spread <= SURE_SPREAD and not left_out:
        confidence = Confidence.HIGH
    elif span >= 2 * MIN_HISTORY_DAYS or len(rates) >= 2:
        confidence = Confidence.MEDIUM
    else:
        confidence = Confidence.LOW
    return DailyDistance(median, DistanceSource.HISTORY, confidence, len(rates), left_out)


def km_limit_day(due_km: int, current_km: int, read_on: dt.date, km_per_day: float) -> dt.date:
    """The day `due_km` is reached driving `km_per_day` from `current_km` read on `read_on`; a
    limit already driven past dates back to the day it was passed, at the same rate."""
    km_left = due_km - current_km
    if km_left >= 0:
        return read_on + dt.timedelta(days=math.ceil(km_left / km_per_day))
    return read_on - dt.timedelta(days=math.floor(-km_left / km_per_day))


def service_due(
    *,
    kind: ReminderKind,
    base_date: dt.date,
    base_km: int,
    months: int,
    km_interval: int,
    today: dt.date,
    current_km: int,
    distance: DailyDistance,
    km_read_on: dt.date | None = None,
) -> ServiceDue:
    """`current_km` as read on `km_read_on` (today by default): the km still to go are driven
    from that day on, so a car not seen for months is not given those months again each day."""
    by_time = add_months(base_date, months)
    due_km = base_km + km_interval
    by_km = km_limit_day(due_km, current_km, km_read_on or today, distance.km_per_day)
    due = min(by_time, by_km)
    return ServiceDue(
        kind,
        due,
        due_km,
        by_time,
        by_km,
        round(distance.km_per_day, 1),
        distance.source,
        distance.confidence,
        today,
        base_date,
        base_km,
    )
