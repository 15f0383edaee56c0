"""Small helpers shared by the intake services: prefix searches, Art. 40 day counting, money."""

from __future__ import annotations

import datetime as dt
import math
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import ColumnElement, SQLColumnExpression, and_

from app.errors import ValidationError

SECONDS_PER_DAY = 86_400


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string that starts with prefix."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def starts_with(
    column: SQLColumnExpression[str] | SQLColumnExpression[str | None], prefix: str
) -> ColumnElement[bool]:
    """An index-friendly `column LIKE 'prefix%'`: a range on the column, never a leading wildcard.

    Exact on SQLite (bytewise) and on PostgreSQL, where the searched columns are COLLATE "C"
    (migration 0002)."""
    return and_(column >= prefix, column < prefix_upper_bound(prefix))


def repair_days(start: dt.datetime, end: dt.datetime) -> int:
    """Days a repair took by 三包 Art. 40: each full 24 h is a day and a part day counts as a day."""
    seconds = (end - start).total_seconds()
    if seconds <= 0:
        return 0
    return math.ceil(seconds / SECONDS_PER_DAY)


def to_decimal(field: str, value: object, label: str, places: int = 2) -> Decimal:
    """A quantity or number of hours typed at the counter (12, "1.5", Decimal) with 2 decimals."""
    try:
        number = Decimal(str(value).strip()) if not isinstance(value, Decimal) else value
    except (InvalidOperation, ValueError):
        raise ValidationError(field, f"{label}应为数字，输入的是“{value}”") from None
    if not number.is_finite():
        raise ValidationError(field, f"{label}应为数字，输入的是“{value}”")
    exponent = Decimal(1).scaleb(-places)
    if number != number.quantize(exponent, rounding=ROUND_HALF_UP):
        raise ValidationError(field, f"{label}最多保留 {places} 位小数")
    return number.quantize(exponent)


def fen_of(amount: Decimal) -> int:
    """Rounds to whole fen, halves up (as a cashier does)."""
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))
