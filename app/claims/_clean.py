"""Checks of what the clerk typed or scanned: codes, names, quantities, money and reasons."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from app.claims.records import ClaimInput, DeductionInput, LabourInput, PartInput
from app.errors import FieldErrors, ValidationError
from app.validation.text import clean_scanned, refuse_unsafe_characters, remove_invisible, to_halfwidth
from app.wording import say

CLAIM_NO = re.compile(r"^[A-Z0-9][A-Z0-9-]{3,19}$")
CODE = re.compile(r"^[A-Z0-9][A-Z0-9 ./_-]{0,31}$")
MAX_PIECES = 99
MAX_AMOUNT_FEN = 100_000_000  # ¥1,000,000: more is a typing mistake
MAX_HOURS = Decimal("99.9")
MAX_NAME = 128
MAX_REASON = 200


def code_text(raw: str) -> str:
    """A code as scanners and keyboards give it: half-width, upper case, no stray blanks."""
    return clean_scanned(remove_invisible(to_halfwidth(raw))).upper()


def claim_no(field: str, raw: str) -> str:
    value = code_text(raw).replace(" ", "")
    if not CLAIM_NO.match(value):
        raise ValidationError(field, say("索赔单号应为 4 到 20 位字母、数字或“-”，如 CL2026110001"))
    return value


def code(field: str, raw: str, what: str, *, required: bool = False) -> str:
    value = " ".join(code_text(raw).split())
    if not value:
        if required:
            raise ValidationError(field, say("请填写{what}", what=what))
        return ""
    if not CODE.match(value):
        raise ValidationError(field, say("{what}只能是字母、数字和 - . / _，不超过 32 位", what=what))
    return value


def text(field: str, raw: str, what: str, *, required: bool = False, limit: int = MAX_NAME) -> str:
    value = " ".join(remove_invisible(raw).split())
    refuse_unsafe_characters(field, value)
    if required and not value:
        raise ValidationError(field, say("请填写{what}", what=what))
    if len(value) > limit:
        raise ValidationError(field, say("{what}不能超过 {limit} 个字", what=what, limit=limit))
    return value


def amount(field: str, fen: int) -> int:
    if not 0 <= fen <= MAX_AMOUNT_FEN:
        raise ValidationError(field, say("金额应在 0 到 1,000,000 元之间"))
    return fen


def _labour(prefix: str, x: LabourInput) -> LabourInput:
    try:
        hours = Decimal(x.hours)
    except (InvalidOperation, TypeError, ValueError):
        raise ValidationError(f"{prefix}.hours", say("工时应为数字，如 1.5")) from None
    if (
        not hours.is_finite()
        or not Decimal(0) < hours <= MAX_HOURS
        or hours != hours.quantize(Decimal("0.1"))
    ):
        raise ValidationError(f"{prefix}.hours", say("工时应在 0.1 到 99.9 小时之间，精确到 0.1"))
    return LabourInput(
        code=code(f"{prefix}.code", x.code, say("工时代码"), required=True),
        name=text(f"{prefix}.name", x.name, say("工时项目"), required=True),
        hours=hours,
        amount_fen=amount(f"{prefix}.amount_fen", x.amount_fen),
    )


def _part(prefix: str, x: PartInput) -> PartInput:
    if not 1 <= x.quantity <= MAX_PIECES:
        raise ValidationError(f"{prefix}.quantity", say("数量应为 1 到 {most} 件", most=MAX_PIECES))
    return PartInput(
        part_no=code(f"{prefix}.part_no", x.part_no, say("零件号"), required=True),
        part_name=text(f"{prefix}.part_name", x.part_name, say("零件名称"), required=True),
        quantity=x.quantity,
        unit_price_fen=amount(f"{prefix}.unit_price_fen", x.unit_price_fen),
        supplier_code=code(f"{prefix}.supplier_code", x.supplier_code, say("生产供应商代码")),
        responsible_supplier_code=code(
            f"{prefix}.responsible_supplier_code", x.responsible_supplier_code, say("责任供应商代码")
        ),
        damage_reason=text(f"{prefix}.damage_reason", x.damage_reason, say("损坏原因")),
        hazardous=bool(x.hazardous),
    )


def clean_claim(data: ClaimInput) -> ClaimInput:
    """The claim as it will be stored; every field's mistake at once (FieldErrors)."""
    errors = FieldErrors()
    number = errors.check(lambda: claim_no("claim_no", data.claim_no) if data.claim_no.strip() else "", "")
    fault_code = errors.check(lambda: code("fault_code", data.fault_code, say("故障代码")), "")
    fault_name = errors.check(lambda: text("fault_name", data.fault_name, say("故障名称"), required=True), "")
    causal_no = errors.check(lambda: code("causal_part_no", data.causal_part_no, say("主因件零件号")), "")
    causal_name = errors.check(lambda: text("causal_part_name", data.causal_part_name, say("主因件名称")), "")
    override = errors.check(
        lambda: text("override_reason", data.override_reason, say("超出质保的理由"), limit=MAX_REASON), ""
    )
    labour, parts = [], []
    for n, x in enumerate(data.labour):
        labour.append(errors.check(lambda n=n, x=x: _labour(f"labour.{n}", x), x))  # type: ignore[misc]
    for n, p in enumerate(data.parts):
        parts.append(errors.check(lambda n=n, p=p: _part(f"parts.{n}", p), p))  # type: ignore[misc]
    if not data.labour and not data.parts:
        errors.add(ValidationError("parts", say("索赔至少要有一个零件或一项工时")))
    errors.raise_any()
    return ClaimInput(
        order_id=data.order_id,
        claim_no=number,
        warranty_kind=data.warranty_kind,
        override_reason=override,
        fault_code=fault_code,
        fault_name=fault_name,
        causal_part_no=causal_no,
        causal_part_name=causal_name,
        labour=tuple(labour),
        parts=tuple(parts),
    )


def clean_deductions(
    items: tuple[DeductionInput, ...], reasons: tuple[str, ...]
) -> tuple[DeductionInput, ...]:
    out = []
    for n, d in enumerate(items):
        if d.reason not in reasons:
            raise ValidationError(f"deductions.{n}.reason", say("请从厂家的扣款原因清单中选择"))
        if not 0 < d.amount_fen <= MAX_AMOUNT_FEN:
            raise ValidationError(f"deductions.{n}.amount_fen", say("扣款金额应大于 0"))
        out.append(
            DeductionInput(
                d.amount_fen, d.reason, text(f"deductions.{n}.note", d.note, say("说明"), limit=MAX_REASON)
            )
        )
    return tuple(out)
