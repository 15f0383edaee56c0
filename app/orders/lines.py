"""Lines of a repair order (labour, parts, other costs) and the totals in fen.

Amounts: labour = hours × rate, parts = quantity × unit price, rounded half up to whole fen;
an "other" line (towing, loan car, travel compensation: 三包 Art. 17) carries its amount directly.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import Row

from app.errors import FieldErrors, ValidationError
from app.orders._money import fen_of, to_decimal
from app.orders.status import OTHER_COSTS, PAYER_LABELS, LineKind, Payer
from app.validation import refuse_unsafe_characters
from app.wording import labels, say
from db.models import RoLine

MAX_FEN = 100_000_000_00  # one hundred million yuan: anything above is a typing error
MAX_HOURS = Decimal(1000)
MAX_QUANTITY = Decimal(100_000)

Number = Decimal | int | float | str


@dataclass(frozen=True)
class LineInput:
    """A line as typed at the counter."""

    kind: str  # labour / part / other
    description: str
    code: str = ""  # labour: operation code; part: part number; other: towing / loan_car / travel / misc
    hours: Number | None = None  # labour
    rate_fen: int | None = None  # labour: price of one hour
    quantity: Number | None = None  # part
    unit_price_fen: int | None = None  # part
    amount_fen: int | None = None  # other
    payer: str = Payer.CUSTOMER.value


@dataclass(frozen=True)
class LineInfo:
    id: int | None
    position: int
    kind: LineKind
    code: str
    description: str
    hours: Decimal | None
    rate_fen: int | None
    quantity: Decimal | None
    unit_price_fen: int | None
    amount_fen: int
    payer: Payer


@dataclass(frozen=True)
class PayerTotal:
    payer: Payer
    label: str
    amount_fen: int


@dataclass(frozen=True)
class Totals:
    labour_fen: int
    parts_fen: int
    other_fen: int
    total_fen: int
    by_payer: tuple[PayerTotal, ...]  # every payer with a non-zero amount, in Payer order

    def for_payer(self, payer: Payer | str) -> int:
        return next((p.amount_fen for p in self.by_payer if p.payer == payer), 0)


def _fen(field: str, value: object, label: str, required: bool) -> int | None:
    if value is None or value == "":
        if required:
            raise ValidationError(field, say("请填写{label}", label=label))
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, say("{label}应为整数（单位：分）", label=label))
    if value < 0:
        raise ValidationError(field, say("{label}不能为负数", label=label))
    if value > MAX_FEN:
        raise ValidationError(field, say("{label}过大，请核对", label=label))
    return value


def _positive(field: str, value: Number | None, label: str, limit: Decimal) -> Decimal:
    if value is None or value == "":
        raise ValidationError(field, say("请填写{label}", label=label))
    number = to_decimal(field, value, label)
    if number <= 0:
        raise ValidationError(field, say("{label}应大于 0", label=label))
    if number > limit:
        raise ValidationError(field, say("{label}过大，请核对", label=label))
    return number


def clean_line(index: int, line: LineInput) -> LineInfo:
    """Validates one line; field names are lines[i].<field> so the UI can mark the cell."""
    f = f"lines[{index}]"
    try:
        kind = LineKind(line.kind)
    except ValueError:
        raise ValidationError(
            f"{f}.kind", say("未知的项目类型“{kind}”（工时、配件或其他）", kind=line.kind)
        ) from None
    try:
        payer = Payer(line.payer)
    except ValueError:
        names = labels(PAYER_LABELS.values())
        raise ValidationError(
            f"{f}.payer", say("未知的付费方“{payer}”，可选：{names}", payer=line.payer, names=names)
        ) from None
    description = refuse_unsafe_characters(f"{f}.description", line.description).strip()
    code = refuse_unsafe_characters(f"{f}.code", line.code).strip()
    code = code.upper() if kind is not LineKind.OTHER else code
    hours = quantity = None
    rate = unit_price = None
    if kind is LineKind.LABOUR:
        if not description:
            raise ValidationError(f"{f}.description", say("请填写维修项目名称"))
        hours = _positive(f"{f}.hours", line.hours, say("工时"), MAX_HOURS)
        rate = _fen(f"{f}.rate_fen", line.rate_fen, say("工时单价"), required=True)
        assert rate is not None
        amount = fen_of(hours * rate)
    elif kind is LineKind.PART:
        if not description:
            raise ValidationError(f"{f}.description", say("请填写配件名称"))
        quantity = _positive(f"{f}.quantity", line.quantity, say("数量"), MAX_QUANTITY)
        unit_price = _fen(f"{f}.unit_price_fen", line.unit_price_fen, say("单价"), required=True)
        assert unit_price is not None
        amount = fen_of(quantity * unit_price)
    else:
        if code not in OTHER_COSTS:
            names = labels(OTHER_COSTS.values())
            raise ValidationError(f"{f}.code", say("其他费用应为：{names}", names=names))
        description = description or OTHER_COSTS[code]
        fen = _fen(f"{f}.amount_fen", line.amount_fen, say("金额"), required=True)
        assert fen is not None
        amount = fen
    if len(description) > 128:
        raise ValidationError(f"{f}.description", say("项目名称最多 128 个字"))
    if len(code) > 32:
        raise ValidationError(f"{f}.code", say("编号最多 32 个字符"))
    if amount > MAX_FEN:
        raise ValidationError(f"{f}.amount_fen", say("金额过大，请核对"))
    return LineInfo(None, index, kind, code, description, hours, rate, quantity, unit_price, amount, payer)


def clean_lines(lines: Sequence[LineInput]) -> tuple[LineInfo, ...]:
    return tuple(clean_line(i, line) for i, line in enumerate(lines))


def form_lines(lines: Sequence[LineInput], errors: FieldErrors) -> tuple[LineInfo, ...]:
    """The lines that are right; the first mistake of each wrong line goes to errors."""
    kept: list[LineInfo] = []
    for index, line in enumerate(lines):
        try:
            kept.append(clean_line(index, line))
        except ValidationError as e:
            errors.add(e)
    return tuple(kept)


def check_part_numbers(lines: Iterable[LineInfo], errors: FieldErrors) -> None:
    """At delivery every part needs its number: 三包 Art. 17 wants replaced parts' names and numbers
    on the record (an estimate may still lack them). Each part without one goes to errors."""
    for line in lines:
        if line.kind is LineKind.PART and not line.code:
            errors.add(
                ValidationError(
                    f"lines[{line.position}].code",
                    say(
                        "请填写配件“{description}”的编号后再交车（三包维修记录要求）",
                        description=line.description,
                    ),
                )
            )


def totals_of(lines: Iterable[LineInfo]) -> Totals:
    sums = {kind: 0 for kind in LineKind}
    payers = {payer: 0 for payer in Payer}
    for line in lines:
        sums[line.kind] += line.amount_fen
        payers[line.payer] += line.amount_fen
    return Totals(
        labour_fen=sums[LineKind.LABOUR],
        parts_fen=sums[LineKind.PART],
        other_fen=sums[LineKind.OTHER],
        total_fen=sum(sums.values()),
        by_payer=tuple(PayerTotal(p, PAYER_LABELS[p], fen) for p, fen in payers.items() if fen),
    )


def line_row(line: LineInfo) -> RoLine:
    return RoLine(
        position=line.position,
        kind=line.kind.value,
        code=line.code,
        description=line.description,
        hours=None if line.hours is None else float(line.hours),
        rate_fen=line.rate_fen,
        quantity=None if line.quantity is None else float(line.quantity),
        unit_price_fen=line.unit_price_fen,
        amount_fen=line.amount_fen,
        payer=line.payer.value,
    )


# Plain dict lookups: Enum(value) is slow enough to show on a card with hundreds of lines.
_KINDS = {k.value: k for k in LineKind}
_PAYERS = {p.value: p for p in Payer}


@lru_cache(maxsize=4096)
def _dec(value: float | None) -> Decimal | None:
    # Cached: the same few hours and quantities recur on every order of a long history.
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


def line_info(row: RoLine | Row[*tuple[Any, ...]]) -> LineInfo:
    return LineInfo(
        id=row.id,
        position=row.position,
        kind=_KINDS[row.kind],
        code=row.code,
        description=row.description,
        hours=_dec(row.hours),
        rate_fen=row.rate_fen,
        quantity=_dec(row.quantity),
        unit_price_fen=row.unit_price_fen,
        amount_fen=row.amount_fen,
        payer=_PAYERS[row.payer],
    )


def line_snapshot(line: LineInfo) -> dict[str, object]:
    """For audit rows."""
    return {
        "kind": line.kind.value,
        "code": line.code,
        "description": line.description,
        "hours": None if line.hours is None else str(line.hours),
        "rate_fen": line.rate_fen,
        "quantity": None if line.quantity is None else str(line.quantity),
        "unit_price_fen": line.unit_price_fen,
        "amount_fen": line.amount_fen,
        "payer": line.payer.value,
    }
