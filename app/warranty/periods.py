"""Warranty periods of a vehicle: basic warranty, 三包有效期, 包修期 and the traction battery.

Boundary semantics (docs/domain/warranty.md, "Counting a period"; tested):
- A period runs from its start date (delivery date where recorded, else the invoice date, else
  the purchase date). The start day is not counted: the period's first counted day is the next
  day. A period of N months ends on the day with the start's number N months later: 24 months
  from 2024-03-01 cover up to and including 2026-03-01. Where that later month has no such day
  (29-31), the period ends on that month's last day (1 month from 2024-01-31 ends on 2024-02-29,
  12 months from 2024-02-29 on 2025-02-28). The start day itself is covered (the car is sold).
- The distance limit is inclusive: at exactly 50,000 km a 50,000 km period still applies; at
  50,001 km it has ended.
- The period ends at whichever limit comes first.
- `days_left` counts the days still covered including today (1 on the last day, 0 after it);
  `km_left` is the distance still covered (0 at the limit itself).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class WarrantyKind(StrEnum):
    BASIC = "basic"
    SANBAO = "sanbao"
    REPAIR = "repair"
    BATTERY = "battery"


WARRANTY_LABELS: dict[WarrantyKind, str] = {
    WarrantyKind.BASIC: "整车质保",
    WarrantyKind.SANBAO: "三包有效期",
    WarrantyKind.REPAIR: "包修期",
    WarrantyKind.BATTERY: "动力电池质保",
}


class StartBasis(StrEnum):
    """Where a vehicle's warranty start date came from, for the card ("按开票日期")."""

    DELIVERY = "delivery"
    INVOICE = "invoice"
    PURCHASE = "purchase"


# Keyed by StartBasis; typed by str so the card can look up a basis it holds as text.
START_BASIS_LABELS: dict[str, str] = {
    StartBasis.DELIVERY: "交付日期",
    StartBasis.INVOICE: "开票日期",
    StartBasis.PURCHASE: "购车日期",
}


class EndedBy(StrEnum):
    """Which limit ended a warranty period."""

    DATE = "date"
    KM = "km"


ENDED_BY_LABELS: dict[EndedBy, str] = {
    EndedBy.DATE: "日期",
    EndedBy.KM: "里程",
}


@dataclass(frozen=True)
class WarrantyTerm:
    kind: WarrantyKind
    months: int
    km: int


@dataclass(frozen=True)
class WarrantyStatus:
    kind: WarrantyKind
    label: str
    months: int
    km_limit: int
    start: dt.date | None
    last_day: dt.date | None  # the last day covered (inclusive)
    # None when the start date is unknown: the counter must check the papers.
    active: bool | None
    days_left: int | None
    km_left: int | None  # None when the mileage is unknown
    ended_by: EndedBy | None  # once ended, else None


def add_months(start: dt.date, months: int) -> dt.date:
    """The same calendar day `months` later, or that month's last day where it has no such day."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def period_last_day(start: dt.date, months: int) -> dt.date:
    """The last day covered by a period of `months` from `start` (the start day not counted): the
    same-numbered day of the last month, or that month's last day where it has no such day."""
    return add_months(start, months)


def day_number(start: dt.date, day: dt.date) -> int:
    """Which counted day of a period from `start` `day` is: the start day is not counted (0), the
    next day is day 1 (a 60-day period from 2024-03-01 runs to day 60, 2024-04-30)."""
    return (day - start).days


def warranty_start(
    invoice_date: dt.date | None, delivery_date: dt.date | None, purchase_date: dt.date | None
) -> tuple[dt.date | None, StartBasis | None]:
    """三包 periods run from the invoice date, or from delivery where that differs (and is known)."""
    if delivery_date is not None:
        return delivery_date, StartBasis.DELIVERY
    if invoice_date is not None:
        return invoice_date, StartBasis.INVOICE
    if purchase_date is not None:
        return purchase_date, StartBasis.PURCHASE
    return None, None


def status_of(term: WarrantyTerm, start: dt.date | None, today: dt.date, km: int | None) -> WarrantyStatus:
    label = WARRANTY_LABELS[term.kind]
    km_left = None if km is None else max(term.km - km, 0)
    km_over = km is not None and km > term.km
    if start is None:
        return WarrantyStatus(
            term.kind,
            label,
            term.months,
            term.km,
            None,
            None,
            active=False if km_over else None,
            days_left=None,
            km_left=km_left,
            ended_by=EndedBy.KM if km_over else None,
        )
    last = period_last_day(start, term.months)
    date_over = today > last
    days_left = max((last - today).days + 1, 0)
    ended_by = EndedBy.DATE if date_over else (EndedBy.KM if km_over else None)
    return WarrantyStatus(
        term.kind,
        label,
        term.months,
        term.km,
        start,
        last,
        active=ended_by is None,
        days_left=days_left,
        km_left=km_left,
        ended_by=ended_by,
    )


def terms_of(
    *,
    is_nev: bool,
    basic: tuple[int, int],
    sanbao: tuple[int, int],
    repair: tuple[int, int],
    battery: tuple[int | None, int | None],
) -> tuple[WarrantyTerm, ...]:
    """The terms of a model as (months, km) pairs; the battery only for new-energy vehicles."""
    terms = [
        WarrantyTerm(WarrantyKind.BASIC, *basic),
        WarrantyTerm(WarrantyKind.SANBAO, *sanbao),
        WarrantyTerm(WarrantyKind.REPAIR, *repair),
    ]
    if is_nev and battery[0] is not None and battery[1] is not None:
        terms.append(WarrantyTerm(WarrantyKind.BATTERY, battery[0], battery[1]))
    return tuple(terms)


def warranty_statuses(
    terms: tuple[WarrantyTerm, ...], start: dt.date | None, today: dt.date, km: int | None
) -> tuple[WarrantyStatus, ...]:
    return tuple(status_of(t, start, today, km) for t in terms)


def within(term: WarrantyTerm | None, start: dt.date | None, day: dt.date, km: int | None) -> bool:
    """Was `day` at `km` inside the period? An unknown start counts as inside (warn rather than miss)."""
    if term is None:
        return False
    if km is not None and km > term.km:
        return False
    return start is None or start <= day <= period_last_day(start, term.months)
