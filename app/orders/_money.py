"""Amounts typed at the counter: quantities and hours as Decimal, money as whole fen."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from app.errors import ValidationError
from app.wording import say

# No quantity or number of hours at a counter comes near this; beyond it is a typing mistake.
LARGEST_NUMBER = Decimal(10) ** 9


def to_decimal(field: str, value: object, label: str, places: int = 2) -> Decimal:
    """A quantity or number of hours typed at the counter (12, "1.5", Decimal) with 2 decimals."""
    try:
        number = Decimal(str(value).strip()) if not isinstance(value, Decimal) else value
    except (InvalidOperation, ValueError):
        raise ValidationError(
            field, say("{label}应为数字，输入的是“{value}”", label=label, value=value)
        ) from None
    if not number.is_finite():
        raise ValidationError(field, say("{label}应为数字，输入的是“{value}”", label=label, value=value))
    if abs(number) > LARGEST_NUMBER:
        # Before rounding: a Decimal of 1e30 cannot be rounded to cents at all.
        raise ValidationError(field, say("{label}过大，请核对", label=label))
    exponent = Decimal(1).scaleb(-places)
    if number != number.quantize(exponent, rounding=ROUND_HALF_UP):
        raise ValidationError(field, say("{label}最多保留 {places} 位小数", label=label, places=places))
    return number.quantize(exponent)


def fen_of(amount: Decimal) -> int:
    """Rounds to whole fen, halves up (as a cashier does)."""
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))
