"""The dealer's rules for complaints (a dealer setting, docs/domain/complaints.md#reply-deadline):
within how many hours of its opening a complaint gets its first reply, and how many hours before
that the list warns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy.orm import Session

from app.errors import FieldErrors, ValidationError
from app.settings import read_json
from app.wording import say

RULES_KEY = "complaints.rules"


@dataclass(frozen=True)
class ComplaintRules:
    reply_hours: int = 24  # the first reply (a call, a visit, a measure) within this of the opening
    warning_hours: int = 4  # the list warns (amber) this many hours before the deadline

    @property
    def reply_within(self) -> dt.timedelta:
        return dt.timedelta(hours=self.reply_hours)

    @property
    def warning(self) -> dt.timedelta:
        return dt.timedelta(hours=self.warning_hours)


_LIMITS: dict[str, tuple[int, int, str]] = {
    "reply_hours": (1, 168, "首次回复时限（小时）"),
    "warning_hours": (0, 48, "提前提醒（小时）"),
}


def clean_rules(rules: ComplaintRules) -> ComplaintRules:
    errors = FieldErrors()
    for name, (low, high, what) in _LIMITS.items():
        value = getattr(rules, name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            errors.add(
                ValidationError(name, say("{what}应为 {low} 到 {high}", what=what, low=low, high=high))
            )
    if not errors.errors and rules.warning_hours >= rules.reply_hours:
        errors.add(ValidationError("warning_hours", say("提前提醒的小时数应小于首次回复时限")))
    errors.raise_any()
    return rules


def rules_to_json(rules: ComplaintRules) -> dict[str, Any]:
    return {f.name: getattr(rules, f.name) for f in fields(rules)}


def rules_from_json(data: Any) -> ComplaintRules:
    """The stored rules; a missing or unreadable value keeps its default."""
    rules = ComplaintRules()
    if not isinstance(data, dict):
        return rules
    changes = {
        f.name: data[f.name]
        for f in fields(rules)
        if isinstance(data.get(f.name), int) and not isinstance(data.get(f.name), bool)
    }
    try:
        return clean_rules(replace(rules, **changes))
    except ValidationError:
        return rules


def read_rules(s: Session) -> ComplaintRules:
    return rules_from_json(read_json(s, RULES_KEY))
