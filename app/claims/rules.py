"""The dealer's claim rules: per brand, how long old parts wait to be shipped and kept, and the
parts warranty; the manufacturer's list of deduction reasons. Stored in dealer settings."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.settings import read_json
from app.wording import say

RULES_KEY = "claims.rules"
MAX_DAYS = 3650
MAX_REASONS = 40


@dataclass(frozen=True)
class BrandRules:
    # Practice seen at manufacturers (docs/domain/claims.md): ship requested parts within 21 days of
    # the claim's submission; keep the others 15-60 days after the claim is paid.
    ship_days: int = 21
    keep_days: int = 30
    parts_warranty_months: int = 12
    parts_warranty_km: int | None = 20_000  # None: no distance limit


DEFAULT_DEDUCTION_REASONS = (
    "标签缺失",
    "标签损坏",
    "零件号不符",
    "缺件",
    "非原厂件",
    "包装破损",
    "超出质保期",
    "工时超标",
    "其他",
)


@dataclass(frozen=True)
class ClaimRules:
    default: BrandRules = BrandRules()
    brands: tuple[tuple[str, BrandRules], ...] = ()
    deduction_reasons: tuple[str, ...] = DEFAULT_DEDUCTION_REASONS

    def for_brand(self, brand: str) -> BrandRules:
        return next((r for b, r in self.brands if b == brand), self.default)


def _int(data: dict[str, Any], key: str, default: int | None) -> int | None:
    value = data.get(key, default)
    return value if isinstance(value, int) or value is None else default


def _brand(data: Any, fallback: BrandRules) -> BrandRules:
    if not isinstance(data, dict):
        return fallback
    return BrandRules(
        ship_days=_int(data, "ship_days", fallback.ship_days) or fallback.ship_days,
        keep_days=_int(data, "keep_days", fallback.keep_days) or fallback.keep_days,
        parts_warranty_months=_int(data, "parts_warranty_months", fallback.parts_warranty_months)
        or fallback.parts_warranty_months,
        parts_warranty_km=_int(data, "parts_warranty_km", fallback.parts_warranty_km),
    )


def rules_from_json(data: Any) -> ClaimRules:
    if not isinstance(data, dict):
        return ClaimRules()
    default = _brand(data.get("default"), BrandRules())
    found = data.get("brands")
    brands: dict[str, Any] = found if isinstance(found, dict) else {}
    reasons = data.get("deduction_reasons")
    return ClaimRules(
        default=default,
        brands=tuple((str(b), _brand(r, default)) for b, r in sorted(brands.items())),
        deduction_reasons=tuple(str(x) for x in reasons)
        if isinstance(reasons, list) and reasons
        else DEFAULT_DEDUCTION_REASONS,
    )


def _brand_json(r: BrandRules) -> dict[str, Any]:
    return {
        "ship_days": r.ship_days,
        "keep_days": r.keep_days,
        "parts_warranty_months": r.parts_warranty_months,
        "parts_warranty_km": r.parts_warranty_km,
    }


def rules_to_json(rules: ClaimRules) -> dict[str, Any]:
    return {
        "default": _brand_json(rules.default),
        "brands": {b: _brand_json(r) for b, r in rules.brands},
        "deduction_reasons": list(rules.deduction_reasons),
    }


def read_rules(s: Session) -> ClaimRules:
    return rules_from_json(read_json(s, RULES_KEY))


def _days(field: str, value: int, label: str) -> int:
    if not 1 <= value <= MAX_DAYS:
        raise ValidationError(field, say("{label}应为 1 到 {most} 天", label=label, most=MAX_DAYS))
    return value


def clean_brand(field: str, r: BrandRules) -> BrandRules:
    _days(f"{field}.ship_days", r.ship_days, say("回运期限"))
    _days(f"{field}.keep_days", r.keep_days, say("保存期限"))
    if not 1 <= r.parts_warranty_months <= 120:
        raise ValidationError(f"{field}.parts_warranty_months", say("配件质保应为 1 到 120 个月"))
    if r.parts_warranty_km is not None and not 1 <= r.parts_warranty_km <= 1_000_000:
        raise ValidationError(f"{field}.parts_warranty_km", say("配件质保里程应为 1 到 1,000,000 km，或不限"))
    return r


def clean_rules(rules: ClaimRules) -> ClaimRules:
    clean_brand("default", rules.default)
    brands = []
    for brand, r in rules.brands:
        name = " ".join(brand.split())
        if not name:
            raise ValidationError("brands", say("品牌名称不能为空"))
        brands.append((name, clean_brand(f"brands.{name}", r)))
    reasons = tuple(dict.fromkeys(" ".join(x.split()) for x in rules.deduction_reasons if x.strip()))
    if not reasons:
        raise ValidationError("deduction_reasons", say("扣款原因清单不能为空"))
    if len(reasons) > MAX_REASONS or any(len(x) > 64 for x in reasons):
        raise ValidationError(
            "deduction_reasons", say("扣款原因最多 {n} 条，每条不超过 64 个字", n=MAX_REASONS)
        )
    return replace(rules, brands=tuple(brands), deduction_reasons=reasons)
