"""The next service due: by time and by km, whichever first (docs/domain/reminders.md).

- First service (首保): N months or M km after the warranty start (purchase), whichever first.
- Regular service: every N months or M km after the last service, whichever comes first.
- The date the km limit is reached is predicted from the vehicle's own average daily distance
  (its mileage readings since the last odometer change, spanning at least 30 days), falling back
  to DEFAULT_KM_PER_DAY.
- A due date already past becomes today (the service is overdue).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from app.reminders.kinds import DistanceSource, ReminderKind
from app.vehicles import Reading
from app.warranty import add_months

DEFAULT_KM_PER_DAY = 40.0
MIN_HISTORY_DAYS = 30


@dataclass(frozen=True)
class DailyDistance:
    km_per_day: float
    source: DistanceSource


@dataclass(frozen=True)
class ServiceDue:
    kind: ReminderKind  # first_service / service
    due_date: dt.date
    due_km: int
    date_by_time: dt.date
    date_by_km: dt.date
    km_per_day: float
    km_per_day_source: DistanceSource


def daily_distance(readings: Sequence[Reading], default: float = DEFAULT_KM_PER_DAY) -> DailyDistance:
    points = sorted(readings, key=lambda r: r.at)
    changed = [i for i, r in enumerate(points) if r.odometer_changed]
    if changed:
        points = points[changed[-1] :]
    if len(points) >= 2:
        first, last = points[0], points[-1]
        days = (last.at - first.at).total_seconds() / 86_400
        if days >= MIN_HISTORY_DAYS and last.km > first.km:
            return DailyDistance((last.km - first.km) / days, DistanceSource.HISTORY)
    return DailyDistance(default, DistanceSource.DEFAULT)


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
) -> ServiceDue:
    by_time = add_months(base_date, months)
    due_km = base_km + km_interval
    km_left = due_km - current_km
    by_km = today + dt.timedelta(days=max(math.ceil(km_left / distance.km_per_day), 0))
    due = max(min(by_time, by_km), today)
    return ServiceDue(kind, due, due_km, by_time, by_km, round(distance.km_per_day, 1), distance.source)
