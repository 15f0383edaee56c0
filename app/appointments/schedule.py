"""The dealer's schedule (the setting appointments.schedule, docs/domain/appointments.md): opening
hours, slot length, capacity per kind of work and per advisor, closed weekdays and days, when a
booking is late; and the slot grid of a day in the counter's local time."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from app.appointments.kinds import WORK_KIND_LABELS, WorkKind
from app.appointments.records import DEFAULT_SCHEDULE, Schedule
from app.clock import local_day
from app.errors import FieldErrors, ValidationError
from app.settings import read_json
from app.wording import label, say

SCHEDULE_KEY = "appointments.schedule"
SLOT_LENGTHS = (15, 20, 30, 60)
MAX_CAPACITY = 50
LATE_LIMITS = (5, 240)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def clean_schedule(schedule: Schedule) -> Schedule:
    """The schedule as given, if every value is within its limits; FieldErrors name the fields."""
    errors = FieldErrors()
    if schedule.slot_minutes not in SLOT_LENGTHS:
        errors.add(ValidationError("slot_minutes", say("时段长度只能是 15、20、30 或 60 分钟")))
    opens: object = schedule.opens  # a form may pass what is not a time
    closes: object = schedule.closes
    if not isinstance(opens, dt.time) or not isinstance(closes, dt.time):
        errors.add(ValidationError("opens", say("请填写营业开始和结束时间")))
    elif schedule.opens >= schedule.closes:
        errors.add(ValidationError("closes", say("营业结束时间应晚于开始时间")))
    elif schedule.slot_minutes in SLOT_LENGTHS and not slot_starts_of(schedule):
        errors.add(ValidationError("closes", say("营业时间不足一个时段")))
    kinds = dict(schedule.capacity)
    for kind in WorkKind:
        value = kinds.get(kind, 0)
        if not _is_int(value) or not 0 <= value <= MAX_CAPACITY:
            what = label(WORK_KIND_LABELS[kind])
            errors.add(
                ValidationError(
                    f"capacity.{kind.value}",
                    say("{kind}每个时段的预约数应为 0 到 {n}", kind=what, n=MAX_CAPACITY),
                )
            )
    if not _is_int(schedule.advisor_capacity) or not 0 <= schedule.advisor_capacity <= MAX_CAPACITY:
        errors.add(
            ValidationError(
                "advisor_capacity", say("每位服务顾问每个时段的预约数应为 0 到 {n}", n=MAX_CAPACITY)
            )
        )
    if not all(_is_int(d) and 1 <= d <= 7 for d in schedule.closed_weekdays):
        errors.add(ValidationError("closed_weekdays", say("休息日应为星期一到星期日")))
    elif len(schedule.closed_weekdays) == 7:
        errors.add(ValidationError("closed_weekdays", say("一周七天都休息就无法预约了")))
    if not all(isinstance(d, dt.date) for d in schedule.closed_days):
        errors.add(ValidationError("closed_days", say("休息日期应为日期")))
    low, high = LATE_LIMITS
    if not _is_int(schedule.late_after_minutes) or not low <= schedule.late_after_minutes <= high:
        errors.add(
            ValidationError(
                "late_after_minutes", say("迟到判定应为 {low} 到 {high} 分钟", low=low, high=high)
            )
        )
    errors.raise_any()
    ordered = tuple((kind, kinds.get(kind, 0)) for kind in WorkKind)
    return Schedule(
        opens=schedule.opens,
        closes=schedule.closes,
        slot_minutes=schedule.slot_minutes,
        capacity=ordered,
        advisor_capacity=schedule.advisor_capacity,
        closed_weekdays=frozenset(schedule.closed_weekdays),
        closed_days=frozenset(schedule.closed_days),
        late_after_minutes=schedule.late_after_minutes,
    )


def schedule_to_json(schedule: Schedule) -> dict[str, Any]:
    return {
        "opens": schedule.opens.strftime("%H:%M"),
        "closes": schedule.closes.strftime("%H:%M"),
        "slot_minutes": schedule.slot_minutes,
        "capacity": {kind.value: n for kind, n in schedule.capacity},
        "advisor_capacity": schedule.advisor_capacity,
        "closed_weekdays": sorted(schedule.closed_weekdays),
        "closed_days": sorted(d.isoformat() for d in schedule.closed_days),
        "late_after_minutes": schedule.late_after_minutes,
    }


def schedule_from_json(data: Any) -> Schedule:
    """The stored schedule; one that cannot be read or fails its limits is the default."""
    if not isinstance(data, dict):
        return DEFAULT_SCHEDULE
    try:
        capacity = data.get("capacity", {})
        schedule = Schedule(
            opens=dt.time.fromisoformat(data["opens"]),
            closes=dt.time.fromisoformat(data["closes"]),
            slot_minutes=data["slot_minutes"],
            capacity=tuple((kind, capacity.get(kind.value, 0)) for kind in WorkKind),
            advisor_capacity=data["advisor_capacity"],
            closed_weekdays=frozenset(data.get("closed_weekdays", ())),
            closed_days=frozenset(dt.date.fromisoformat(d) for d in data.get("closed_days", ())),
            late_after_minutes=data.get("late_after_minutes", DEFAULT_SCHEDULE.late_after_minutes),
        )
        return clean_schedule(schedule)
    except (KeyError, TypeError, ValueError, AttributeError, ValidationError):
        return DEFAULT_SCHEDULE


def read_schedule(s: Session) -> Schedule:
    return schedule_from_json(read_json(s, SCHEDULE_KEY))


# -- the slot grid ---------------------------------------------------------------------------


def local_moment(day: dt.date, at: dt.time) -> dt.datetime:
    """The counter's local time of day on `day`, aware."""
    return dt.datetime.combine(day, at).astimezone()


def slot_starts_of(schedule: Schedule, day: dt.date | None = None) -> list[dt.datetime]:
    """The starts of the day's slots (aware, local), the last one ending by closing time; a
    closed day has none. Without a day: the grid of any open day (today's date)."""
    when = day or dt.date.today()
    if day is not None and schedule.is_closed(day):
        return []
    start, closes = local_moment(when, schedule.opens), local_moment(when, schedule.closes)
    out = []
    while start + schedule.slot <= closes:
        out.append(start)
        start += schedule.slot
    return out


def day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The local day as [start, end), in UTC."""
    start = local_moment(day, dt.time())
    return start.astimezone(dt.UTC), local_moment(day + dt.timedelta(days=1), dt.time()).astimezone(dt.UTC)


def check_slot(schedule: Schedule, slot_at: dt.datetime, now: dt.datetime) -> None:
    """Refuses a slot in the past, on a closed day or off the day's grid (field slot_at)."""
    if slot_at.tzinfo is None:
        raise ValueError("a slot's time must be aware")
    day = local_day(slot_at)
    if schedule.is_closed(day):
        raise ValidationError("slot_at", say("{day} 不接受预约（休息日）", day=day.isoformat()))
    if slot_at < now:
        raise ValidationError("slot_at", say("这个时段已经过去，请选择以后的时段"))
    if slot_at not in slot_starts_of(schedule, day):
        raise ValidationError(
            "slot_at",
            say(
                "预约时间应为营业时间内的整时段（{opens} 起每 {minutes} 分钟）",
                opens=schedule.opens.strftime("%H:%M"),
                minutes=schedule.slot_minutes,
            ),
        )
