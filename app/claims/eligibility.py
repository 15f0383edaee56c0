"""Which warranties cover a repair: each kind the model has, its start, its limits in time and
distance (whichever comes first), in or out, the margin left and why; the parts warranty of a
part fitted on an earlier visit; and the 三包 counts. Pure: the service hands over the facts.

The drive motor of a new-energy model is covered by the model's traction-battery term (the
model keeps one term for both, docs/domain/claims.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from app.claims.records import Coverage, Eligibility
from app.claims.rules import BrandRules
from app.claims.status import COVERAGE_LABELS, CoverageKind
from app.clock import local_day
from app.vehicles import VehicleInfo
from app.warranty import (
    START_BASIS_LABELS,
    RepairFacts,
    SanbaoCounts,
    WarrantyKind,
    WarrantyStatus,
    model_terms,
    period_last_day,
    start_of,
    status_of,
)
from app.wording import label, say

_KINDS = {
    WarrantyKind.BASIC: CoverageKind.BASIC,
    WarrantyKind.SANBAO: CoverageKind.SANBAO,
    WarrantyKind.REPAIR: CoverageKind.REPAIR,
    WarrantyKind.BATTERY: CoverageKind.BATTERY,
}


def _reason(st: WarrantyStatus, basis: str, km: int | None) -> str:
    if st.start is None or st.last_day is None:
        if st.active is False:
            return say("里程 {km:,} km 已超过 {limit:,} km", km=km or 0, limit=st.km_limit)
        return say("车辆没有开票或交付日期：请核对购车发票后再判断")
    since = say(
        "自 {start}（{basis}）起 {months} 个月或 {limit:,} km，以先到者为准",
        start=st.start.isoformat(),
        basis=label(basis),
        months=st.months,
        limit=st.km_limit,
    )
    if st.ended_by is not None and st.ended_by.value == "date":
        return say("{since}：已于 {last} 到期", since=since, last=st.last_day.isoformat())
    if st.ended_by is not None:
        return say("{since}：里程 {km:,} km 已超过限值", since=since, km=km or 0)
    if st.km_left is None:
        return say(
            "{since}：至 {last} 止，尚余 {days} 天；里程未知",
            since=since,
            last=st.last_day.isoformat(),
            days=st.days_left,
        )
    return say(
        "{since}：至 {last} 止，尚余 {days} 天、{km_left:,} km",
        since=since,
        last=st.last_day.isoformat(),
        days=st.days_left,
        km_left=st.km_left,
    )


def _coverage(kind: CoverageKind, st: WarrantyStatus, basis: str, km: int | None) -> Coverage:
    return Coverage(
        kind=kind,
        label=COVERAGE_LABELS[kind],
        active=st.active,
        start=st.start,
        last_day=st.last_day,
        km_limit=st.km_limit,
        days_left=st.days_left,
        km_left=st.km_left,
        reason=_reason(st, basis, km),
    )


def parts_coverages(
    history: Sequence[RepairFacts], order_id: int | None, day: dt.date, km: int | None, rules: BrandRules
) -> list[Coverage]:
    """The parts fitted on earlier delivered visits whose own warranty has not run out by date."""
    out = []
    for visit in history:
        if visit.order_id == order_id or visit.delivered_at is None or visit.is_cancelled:
            continue
        fitted = local_day(visit.delivered_at)
        if fitted > day:
            continue
        last = period_last_day(fitted, rules.parts_warranty_months)
        if day > last:
            continue
        since = None if km is None or visit.mileage_in is None else km - visit.mileage_in
        limit = rules.parts_warranty_km
        over = limit is not None and since is not None and since > limit
        for line in visit.lines:
            if not line.is_part:
                continue
            terms = say(
                "{ro} 于 {fitted} 更换，配件质保 {months} 个月{km_text}",
                ro=visit.ro_number,
                fitted=fitted.isoformat(),
                months=rules.parts_warranty_months,
                km_text=say("或 {limit:,} km", limit=limit) if limit is not None else say("不限里程"),
            )
            if over:
                reason = say("{terms}：更换后已行驶 {since:,} km，超过限值", terms=terms, since=since or 0)
            elif since is None and limit is not None:
                reason = say("{terms}：至 {last} 止；里程未知", terms=terms, last=last.isoformat())
            else:
                reason = say(
                    "{terms}：至 {last} 止，尚余 {days} 天",
                    terms=terms,
                    last=last.isoformat(),
                    days=(last - day).days + 1,
                )
            out.append(
                Coverage(
                    kind=CoverageKind.PARTS,
                    label=COVERAGE_LABELS[CoverageKind.PARTS],
                    active=not over,
                    start=fitted,
                    last_day=last,
                    km_limit=limit,
                    days_left=(last - day).days + 1,
                    km_left=None if limit is None or since is None else max(limit - since, 0),
                    reason=reason,
                    part_no=line.part_code or line.description,
                    ro_number=visit.ro_number,
                )
            )
    return out


def eligibility_of(
    vehicle: VehicleInfo,
    *,
    order_id: int | None,
    ro_number: str,
    day: dt.date,
    km: int | None,
    history: Sequence[RepairFacts],
    counters: SanbaoCounts,
    rules: BrandRules,
) -> Eligibility:
    start = start_of(vehicle)
    basis = START_BASIS_LABELS[start.basis] if start.basis is not None else ""
    coverages = []
    for term in model_terms(vehicle.model):
        st = status_of(term, start.date, day, km)
        coverages.append(_coverage(_KINDS[term.kind], st, basis, km))
        if term.kind is WarrantyKind.BATTERY:
            coverages.append(_coverage(CoverageKind.MOTOR, st, basis, km))
    coverages += parts_coverages(history, order_id, day, km, rules)
    return Eligibility(
        order_id=order_id,
        ro_number=ro_number,
        vehicle_id=vehicle.id,
        vin=vehicle.vin,
        brand=vehicle.model.brand,
        on=day,
        km=km,
        coverages=tuple(coverages),
        counters=counters,
    )
