"""The dealer's rules for working reminders: when to call (days before due, how often again, how
many tries a round, the hours when nobody is called), and when a customer counts as lapsing or
lost (docs/domain/reminders.md). The service intervals themselves belong to the vehicle model."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy.orm import Session

from app.errors import FieldErrors, ValidationError
from app.settings import read_json
from app.wording import say

RULES_KEY = "reminders.rules"


@dataclass(frozen=True)
class ReminderRules:
    first_call_days: int = 14  # the first call this many days before the due date
    repeat_days: int = 30  # call again after this many days while open
    max_attempts: int = 3  # unanswered calls in a round before waiting repeat_days
    quiet_from: dt.time = dt.time(20, 0)  # nobody is called from ...
    quiet_until: dt.time = dt.time(9, 0)  # ... until
    due_soon_days: int = 30  # "due in the next N days"
    first_service_lost_months: int = 12  # no first service within this of the start: 首保流失
    lapsing_months: int = 12  # last visit this long ago: lapsing
    lost_months: int = 24  # last visit longer ago than this: lost
    default_km_per_day: float = 40.0
    follow_up_days: int = 3  # the follow-up call this many days after delivery
    follow_up_expires_days: int = 15  # ... and no longer after this many
    warranty_expiry_days: int = 30  # call this many days before the basic warranty ends
    inspection_notice_days: int = 30  # call this many days before the annual inspection runs out
    insurance_notice_days: int = 30  # ... and before the insurance policy ends
    # The 到期未来厂 analysis's own definitions (each brand words its own):
    on_time_grace_days: int = 15  # serviced this many days after the due date still counts as on time
    retention_months: int = 13  # the retention figure: cars delivered this many months before

    def quiet(self, moment: dt.time) -> bool:
        """Inside the hours when nobody is called (a span across midnight included)."""
        if self.quiet_from <= self.quiet_until:
            return self.quiet_from <= moment < self.quiet_until
        return moment >= self.quiet_from or moment < self.quiet_until


_LIMITS: dict[str, tuple[int, int, str]] = {
    "first_call_days": (0, 90, "提前几天首次联系"),
    "repeat_days": (1, 180, "再次联系间隔"),
    "max_attempts": (1, 10, "每轮最多拨打次数"),
    "due_soon_days": (1, 180, "即将到期的天数"),
    "first_service_lost_months": (6, 36, "首保流失月数"),
    "lapsing_months": (3, 60, "休眠客户月数"),
    "lost_months": (6, 120, "流失客户月数"),
    "follow_up_days": (1, 30, "交车后几天回访"),
    "follow_up_expires_days": (2, 60, "回访期限（天）"),
    "warranty_expiry_days": (7, 90, "质保到期前几天提醒"),
    "inspection_notice_days": (7, 90, "年检到期前几天提醒"),
    "insurance_notice_days": (7, 90, "保险到期前几天提醒"),
    "on_time_grace_days": (0, 60, "按时回厂的宽限天数"),
    "retention_months": (6, 36, "保有率的回看月数"),
}


def clean_rules(rules: ReminderRules) -> ReminderRules:
    errors = FieldErrors()
    for name, (low, high, what) in _LIMITS.items():
        value = getattr(rules, name)
        if not isinstance(value, int) or not low <= value <= high:
            errors.add(
                ValidationError(name, say("{what}应为 {low} 到 {high}", what=what, low=low, high=high))
            )
    if rules.lost_months <= rules.lapsing_months:
        errors.add(ValidationError("lost_months", say("流失客户月数应大于休眠客户月数")))
    if rules.follow_up_expires_days <= rules.follow_up_days:
        errors.add(ValidationError("follow_up_expires_days", say("回访期限应晚于回访日")))
    if not 5 <= rules.default_km_per_day <= 500:
        errors.add(ValidationError("default_km_per_day", say("默认日均行驶里程应为 5 到 500 km")))
    errors.raise_any()
    return rules


def rules_to_json(rules: ReminderRules) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(rules):
        value = getattr(rules, f.name)
        out[f.name] = value.strftime("%H:%M") if isinstance(value, dt.time) else value
    return out


def rules_from_json(data: Any) -> ReminderRules:
    rules = ReminderRules()
    if not isinstance(data, dict):
        return rules
    changes: dict[str, Any] = {}
    for f in fields(rules):
        value = data.get(f.name)
        default = getattr(rules, f.name)
        try:
            if isinstance(default, dt.time) and isinstance(value, str):
                changes[f.name] = dt.time.fromisoformat(value)
            elif isinstance(default, float) and isinstance(value, int | float):
                changes[f.name] = float(value)
            elif isinstance(default, int) and isinstance(value, int):
                changes[f.name] = value
        except ValueError:
            continue
    return replace(rules, **changes)


def read_rules(s: Session) -> ReminderRules:
    return rules_from_json(read_json(s, RULES_KEY))
