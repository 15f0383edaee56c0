"""Reading what the advisor typed into plain values (dates, kilometres, date-times) for the services.

A value that cannot be read raises ValidationError naming its field, so the form shows the
message beside it exactly like the services' own errors.
"""

from __future__ import annotations

import datetime as dt
import re

from app.errors import ValidationError
from app.validation import to_halfwidth
from ui.i18n import tr

_DATE = re.compile(r"^(\d{4})\D?(\d{1,2})\D?(\d{1,2})\D?$")
_TIME = re.compile(r"^(\d{1,2})[:：.](\d{2})$")


def parse_date(field: str, text: str, label: str) -> dt.date | None:
    """2024-03-01, 2024/3/1, 2024.3.1, 20240301 or 2024年3月1日; empty is None."""
    cleaned = to_halfwidth(text).strip()
    if not cleaned:
        return None
    match = _DATE.match(cleaned)
    if match is None and cleaned.isdigit() and len(cleaned) == 8:
        match = _DATE.match(f"{cleaned[:4]}-{cleaned[4:6]}-{cleaned[6:]}")
    if match is None:
        raise ValidationError(field, tr("{0}格式应为 年-月-日，例如 2024-03-01").format(label))
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        raise ValidationError(field, tr("{0}“{1}”不是有效日期").format(label, text.strip())) from None


_MONTH = re.compile(r"^(\d{4})\D?(\d{1,2})\D?$")


def parse_month(field: str, text: str, label: str) -> dt.date | None:
    """A month as papers give it (检验有效期至 2027年03月): 2027-03, 2027/3, 2027.3, 202703 or
    2027年3月, as its first day (the service keeps the month's last); a whole date is read as a
    date. Empty is None."""
    cleaned = to_halfwidth(text).strip()
    if not cleaned:
        return None
    match = _MONTH.match(cleaned)
    if match is None and cleaned.isdigit() and len(cleaned) == 6:
        match = _MONTH.match(f"{cleaned[:4]}-{cleaned[4:]}")
    if match is None:
        try:
            return parse_date(field, text, label)
        except ValidationError:
            raise ValidationError(field, tr("{0}格式应为 年-月，例如 2027-03").format(label)) from None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), 1)
    except ValueError:
        raise ValidationError(field, tr("{0}“{1}”不是有效月份").format(label, text.strip())) from None


def month_text(value: dt.date | None) -> str:
    return "" if value is None else f"{value:%Y-%m}"


def date_text(value: dt.date | None) -> str:
    return "" if value is None else value.isoformat()


def parse_km(field: str, text: str, label: str = "") -> int | None:
    """Kilometres as typed: 23456, 23,456 or 23 456 km; empty is None."""
    cleaned = to_halfwidth(text).strip().lower().removesuffix("km").replace(",", "").replace(" ", "")
    if not cleaned:
        return None
    if not cleaned.isdigit():
        raise ValidationError(field, tr("{0}应为整数公里数").format(label or tr("里程")))
    return int(cleaned)


def parse_hours(field: str, text: str, label: str) -> int:
    """Whole hours as typed (48, 48h, ４８); empty is 0."""
    cleaned = to_halfwidth(text).strip().lower().removesuffix("h").removesuffix("小时").strip()
    if not cleaned:
        return 0
    if not cleaned.isdigit():
        raise ValidationError(field, tr("{0}应为整数小时数").format(label))
    return int(cleaned)


def parse_local_datetime(field: str, text: str, label: str, today: dt.date) -> dt.datetime | None:
    """A local time as typed at the counter: "17:30" (today), "2026-11-28 09:00"; empty is None.

    Returned as an aware UTC datetime, as the services store times.
    """
    cleaned = " ".join(to_halfwidth(text).split())
    if not cleaned:
        return None
    day_text, _, time_text = cleaned.rpartition(" ")
    if not day_text and _TIME.match(time_text) is None:
        day_text, time_text = time_text, ""
    day = parse_date(field, day_text, label) if day_text else today
    assert day is not None
    if not time_text:
        # A day alone would mean midnight: the order would be late before the workshop opens.
        raise ValidationError(field, tr("{0}请写上时间，例如 {1} 17:30").format(label, day.isoformat()))
    match = _TIME.match(time_text)
    if match is None:
        raise ValidationError(field, tr("{0}格式应为 时:分 或 年-月-日 时:分，例如 17:30").format(label))
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise ValidationError(field, tr("{0}“{1}”不是有效时间").format(label, time_text))
    local = dt.datetime(day.year, day.month, day.day, hour, minute).astimezone()
    return local.astimezone(dt.UTC)
