"""Before → after of one audit row, field by field: only the fields that differ, values as stored."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.auditing.kinds import field_label

_ABSENT = object()


@dataclass(frozen=True)
class FieldChange:
    field: str  # as stored (status, plate ...)
    label: str  # as the viewer names it (状态, 车牌 ...)
    before: str | None  # None: the field is not in the row's before (a record created ...)
    after: str | None  # None: not in its after (a record removed, or a value only noted before)


def value_text(value: Any) -> str:
    """A stored value as the viewer shows it: a text as it is, anything else as its JSON."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def changes(before: Mapping[str, Any] | None, after: Mapping[str, Any] | None) -> tuple[FieldChange, ...]:
    """The fields whose values differ between before and after, in the order of before's fields
    then after's new ones. A row with only an after (a record added) lists all of after."""
    old, new = before or {}, after or {}
    out: list[FieldChange] = []
    for field in [*old, *(k for k in new if k not in old)]:
        a, b = old.get(field, _ABSENT), new.get(field, _ABSENT)
        if a == b and type(a) is type(b):
            continue
        out.append(
            FieldChange(
                field,
                field_label(field),
                None if a is _ABSENT else value_text(a),
                None if b is _ABSENT else value_text(b),
            )
        )
    return tuple(out)


def summary(found: tuple[FieldChange, ...], limit: int = 3, width: int = 24) -> str:
    """One line for the list: 状态：维修中 → 待交车；原因：客户要求 (the first `limit` fields)."""

    def cut(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= width else text[: width - 1] + "…"

    parts = []
    for c in found[:limit]:
        if c.before is None:
            parts.append(f"{c.label}：{cut(c.after or '')}")
        elif c.after is None:
            parts.append(f"{c.label}：{cut(c.before)} → （无）")
        else:
            parts.append(f"{c.label}：{cut(c.before)} → {cut(c.after)}")
    if len(found) > limit:
        parts.append(f"等 {len(found)} 项")
    return "；".join(parts)
