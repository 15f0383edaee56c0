"""Due dates at their boundaries and the km prediction with odd readings."""

from __future__ import annotations

import datetime as dt

import pytest

from app.orders import NextService
from app.orders.intake_sheet import due_text
from app.reminders import Confidence, DistanceSource, ReminderKind, daily_distance, service_due
from app.reminders.schedule import DailyDistance
from app.vehicles import Reading

T0 = dt.datetime(2025, 1, 1, 2, 0, tzinfo=dt.UTC)


def day(n: int, km: int, changed: bool = False) -> Reading:
    return Reading(T0 + dt.timedelta(days=n), km, changed)


def test_steady_readings_give_a_sure_rate() -> None:
    found = daily_distance([day(0, 10_000), day(60, 12_400), day(120, 14_800), day(200, 18_000)])
    assert (found.km_per_day, found.source, found.confidence) == (
        40.0,
        DistanceSource.HISTORY,
        Confidence.HIGH,
    )


@pytest.mark.parametrize("typo", [124_000, 1_240], ids=["an extra zero", "a digit missing"])
def test_one_mistyped_reading_is_left_out(typo: int) -> None:
    found = daily_distance([day(0, 10_000), day(60, typo), day(120, 14_800), day(200, 18_000)])
    assert found.km_per_day == 40.0 and found.left_out == 1 and found.confidence is Confidence.MEDIUM


def test_too_little_history_falls_back_to_the_default() -> None:
    assert daily_distance([day(0, 10_000), day(10, 10_400)]).source is DistanceSource.DEFAULT
    assert daily_distance([]).km_per_day == 40.0
    # The odometer was replaced: only the readings since count.
    found = daily_distance([day(0, 90_000), day(100, 95_000), day(101, 10, changed=True), day(161, 3_010)])
    assert found.km_per_day == 50.0 and found.confidence is Confidence.MEDIUM and found.stretches == 1


def due(current_km: int, today: dt.date, per_day: float = 40.0) -> object:
    return service_due(
        kind=ReminderKind.SERVICE,
        base_date=dt.date(2026, 3, 10),
        base_km=20_000,
        months=12,
        km_interval=10_000,
        today=today,
        current_km=current_km,
        distance=DailyDistance(per_day, DistanceSource.HISTORY, Confidence.HIGH),
    )


def test_whichever_comes_first() -> None:
    by_km = due(22_000, dt.date(2026, 5, 1))  # 8,000 km left at 40 a day: 200 days
    assert by_km.due_date == dt.date(2026, 11, 17) and by_km.date_by_time == dt.date(2027, 3, 10)  # type: ignore[attr-defined]
    by_time = due(22_000, dt.date(2026, 5, 1), per_day=10.0)
    assert by_time.due_date == dt.date(2027, 3, 10) and not by_time.overdue  # type: ignore[attr-defined]


def test_a_past_due_date_is_overdue_never_today() -> None:
    late = due(31_000, dt.date(2026, 12, 1))  # 1,000 km past: reached 25 days ago
    assert late.due_date == dt.date(2026, 11, 6) and late.overdue and late.days_overdue == 25  # type: ignore[attr-defined]
    on_the_day = due(30_000, dt.date(2026, 12, 1))
    assert on_the_day.due_date == dt.date(2026, 12, 1) and not on_the_day.overdue  # type: ignore[attr-defined]


def test_the_intake_sheet_says_overdue() -> None:
    late = NextService("first_service", "首保", dt.date(2026, 5, 1), 5_000, overdue=True)
    assert due_text(late) == "首保已逾期（应于 2026-05-01 或 5,000 km），建议尽快保养"
    ahead = NextService("service", "定期保养", dt.date(2027, 6, 1), 30_000)
    assert due_text(ahead) == "定期保养 2027-06-01 或 30,000 km（以先到者为准）"
