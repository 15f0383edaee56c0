"""三包 alerts: signals at intake that the 2022 three-guarantees rules may give the customer
rights (repair, replacement, refund, loan car). They are hints for the advisor and the claims
clerk, not legal verdicts. Each signal keeps the wording of its own rule, and none promises more
than its rule gives.

Rules (docs/domain/warranty.md; only Art. 17, 21, 24 and 40 of 市场监管总局令第43号 are cited, the
ones checked against the 2022 text):
- "Repairs" are orders with job type 一般维修 or 索赔 that were not cancelled; maintenance,
  accident, body/paint and internal orders are not product-quality repairs.
- A repair counts for the 三包 rules when it was opened inside the 三包有效期 (by date and by its
  intake mileage); the loan-car rule uses the 包修期.
- "The same problem": the same fault category (faults.py keyword table) in the customer's
  statement or in a line description, or the same labour operation code on a warranty-paid line.
- repeat_repair (Art. 24, condition 4): more than 4 repairs of the same problem → critical; the
  4th → warning.
- safety_repeat (Art. 24, condition 1): a serious safety fault (steering, brakes, fuel leak, fire,
  airbag) repaired twice and back again → critical; repaired twice → warning.
- assembly_replaced (Art. 24, condition 2): the engine, gearbox, traction battery or drive motor
  as a whole (a part line naming the assembly, e.g. 变速箱总成) replaced in two repairs → warning;
  and a fault of it again → critical.
- part_replaced (Art. 24, condition 3): the same main part of one of the ten systems (faults.py
  SYSTEMS) replaced in two repairs → warning; and a fault of that system again → critical. "The
  same part" is the same part number (else the same description) in the same system; a whole
  assembly and one of its parts, or two different parts of one system, are counted apart.
- cumulative_days (Art. 24, condition 4; days by Art. 40): repair days summed over repairs inside
  the period, less the time the rule excludes as recorded on each order (excluded_hours): more
  than 30 → critical, 25 or more → warning.
- Within 60 days of the start (the start day not counted) and at most 3,000 km (no article
  number: not yet checked):
  - assembly_failure_60d: a main-part fault of the engine, gearbox, traction battery or drive
    motor → free replacement of that assembly (not of the car);
  - major_failure_60d: steering or brake failure, body cracking, a fuel leak or a battery fire →
    the choice of replacing the car or a refund;
  each critical, for the job at hand or for a past repair in that window.
- long_repair (Art. 21, 40): an open repair in its 6th day or later → critical (loan car or travel
  compensation from day 6); in its 5th day → warning; "info" once a loan car is recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from app.clock import local_day
from app.warranty.days import repair_days
from app.warranty.faults import BY_CODE, EarlyRemedy, categories_in, system_of, whole_assembly_in
from app.warranty.periods import WarrantyTerm, day_number, within
from app.wording import joined, say

MAX_SAME_REPAIRS = 4
SAFETY_REPAIRS = 2
ASSEMBLY_REPLACEMENTS = 2
MAX_REPAIR_DAYS = 30
REPAIR_DAYS_WARNING = 25
EARLY_DAYS = 60
EARLY_KM = 3_000
LOAN_CAR_AFTER_DAYS = 5


class Severity(StrEnum):
    CRITICAL = "critical"
    WARNING = "warning"
    INFO = "info"


SEVERITY_LABELS = {Severity.CRITICAL: "三包重点", Severity.WARNING: "三包提醒", Severity.INFO: "提示"}
_SEVERITY_ORDER = {Severity.CRITICAL: 0, Severity.WARNING: 1, Severity.INFO: 2}


class AlertKind(StrEnum):
    REPEAT_REPAIR = "repeat_repair"
    SAFETY_REPEAT = "safety_repeat"
    ASSEMBLY_REPLACED = "assembly_replaced"
    PART_REPLACED = "part_replaced"
    CUMULATIVE_DAYS = "cumulative_days"
    MAJOR_FAILURE_60D = "major_failure_60d"
    ASSEMBLY_FAILURE_60D = "assembly_failure_60d"
    LONG_REPAIR = "long_repair"


@dataclass(frozen=True)
class SanbaoAlert:
    kind: AlertKind
    severity: Severity
    message: str
    # The repair orders behind the alert (numbers), for the clerk to look at.
    ro_numbers: tuple[str, ...] = ()


class VisitState(StrEnum):
    """Where an order stands, as far as the rules care."""

    OPEN = "open"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class RepairLineFacts:
    description: str
    is_part: bool = False
    # The labour operation code of a line the manufacturer pays (warranty), else "".
    warranty_operation: str = ""
    # The part number of a part line (upper case, trimmed), else "": "the same part".
    part_code: str = ""


@dataclass(frozen=True)
class RepairFacts:
    """What the rules need to know of one order (or of the job at hand, before it is saved).

    Built by the orders package, which owns the vocabulary of job types, statuses and lines."""

    order_id: int | None
    ro_number: str
    opened_at: dt.datetime
    delivered_at: dt.datetime | None
    state: VisitState
    mileage_in: int | None
    # A product-quality repair (一般维修 or 索赔); None while the job types are not chosen yet.
    quality_repair: bool | None
    statement: str
    lines: tuple[RepairLineFacts, ...] = ()
    loan_car: bool = False
    # Time the rule leaves out of the 30 cumulative days (e.g. transport of parts made for this
    # VIN, a rescue service's travel), recorded on the order.
    excluded_hours: int = 0

    @property
    def is_repair(self) -> bool:
        # The job at hand may not have its job types yet: a complaint makes it a repair.
        if self.quality_repair is None:
            return self.order_id is None and bool(self.statement.strip())
        return self.quality_repair

    @property
    def is_open(self) -> bool:
        return self.state is VisitState.OPEN

    @property
    def is_cancelled(self) -> bool:
        return self.state is VisitState.CANCELLED


@dataclass(frozen=True)
class VehicleFacts:
    start: dt.date | None
    sanbao: WarrantyTerm | None
    repair: WarrantyTerm | None
    km: int | None  # the latest known mileage


@dataclass
class _Problem:
    label: str
    past: list[str] = field(default_factory=list)


def _categories(facts: RepairFacts) -> frozenset[str]:
    texts = [facts.statement, *(line.description for line in facts.lines)]
    return categories_in("\n".join(texts))


def _problem_keys(facts: RepairFacts) -> dict[str, str]:
    """key -> label of each problem the order is about."""
    keys = {f"cat:{c}": BY_CODE[c].label for c in _categories(facts)}
    for line in facts.lines:
        if line.warranty_operation:
            keys[f"op:{line.warranty_operation}"] = say("工时项目 {code}", code=line.warranty_operation)
    return keys


@dataclass(frozen=True)
class _Replaced:
    """A replacement that counts for Art. 24 condition 2 (whole) or 3 (the same main part)."""

    whole: bool
    system: str
    identity: str  # the assembly's category, or the part number (else its description)
    label: str


def _replacements(facts: RepairFacts) -> dict[tuple[bool, str, str], _Replaced]:
    found: dict[tuple[bool, str, str], _Replaced] = {}
    for line in facts.lines:
        if not line.is_part:
            continue
        whole = whole_assembly_in(line.description)
        if whole is not None:
            system = BY_CODE[whole].system
            replaced = _Replaced(True, system, whole, say("{system}总成", system=system))
        else:
            category = system_of(line.description)
            if category is None:
                continue
            description = " ".join(line.description.split())
            identity = line.part_code.strip().upper() or description.upper()
            replaced = _Replaced(False, category.system, identity, description)
        found.setdefault((replaced.whole, replaced.system, replaced.identity), replaced)
    return found


def _in_sanbao(vehicle: VehicleFacts, facts: RepairFacts) -> bool:
    return within(vehicle.sanbao, vehicle.start, local_day(facts.opened_at), facts.mileage_in)


def _label(ro: str) -> str:
    return ro or say("本次")


def _repeat_alerts(
    vehicle: VehicleFacts, past: Sequence[RepairFacts], current: RepairFacts | None
) -> list[SanbaoAlert]:
    problems: dict[str, _Problem] = {}
    for facts in past:
        for key, label in _problem_keys(facts).items():
            problems.setdefault(key, _Problem(label)).past.append(facts.ro_number)
    now_keys = _problem_keys(current) if current is not None else {}
    alerts = []
    for key, problem in problems.items():
        p = len(problem.past)
        n = p + (1 if key in now_keys else 0)
        ros = tuple(problem.past)
        if n > MAX_SAME_REPAIRS:
            where = say("，本次为第 {n} 次", n=n) if key in now_keys else ""
            alerts.append(
                SanbaoAlert(
                    AlertKind.REPEAT_REPAIR,
                    Severity.CRITICAL,
                    say(
                        "同一问题（{label}）在三包有效期内已修理 {p} 次{where}："
                        "超过 4 次，消费者可依三包规定要求换车或退车，请告知主管和索赔员",
                        label=problem.label,
                        p=p,
                        where=where,
                    ),
                    ros,
                )
            )
        elif n == MAX_SAME_REPAIRS:
            where = say("（含本次）") if key in now_keys else ""
            alerts.append(
                SanbaoAlert(
                    AlertKind.REPEAT_REPAIR,
                    Severity.WARNING,
                    say(
                        "同一问题（{label}）在三包有效期内已修理 {n} 次{where}：再次修理即超过 4 次",
                        label=problem.label,
                        n=n,
                        where=where,
                    ),
                    ros,
                )
            )
        category = BY_CODE.get(key.removeprefix("cat:"))
        if category is not None and category.safety and p >= SAFETY_REPAIRS:
            if key in now_keys:
                alerts.append(
                    SanbaoAlert(
                        AlertKind.SAFETY_REPEAT,
                        Severity.CRITICAL,
                        say(
                            "严重安全性能故障（{label}）已修理 {p} 次仍未排除：消费者可要求换车或退车",
                            label=category.label,
                            p=p,
                        ),
                        ros,
                    )
                )
            else:
                alerts.append(
                    SanbaoAlert(
                        AlertKind.SAFETY_REPEAT,
                        Severity.WARNING,
                        say(
                            "严重安全性能故障（{label}）已修理 {p} 次：再次出现即可要求换车或退车",
                            label=category.label,
                            p=p,
                        ),
                        ros,
                    )
                )
    return alerts


def _systems(facts: RepairFacts) -> frozenset[str]:
    return frozenset(BY_CODE[c].system for c in _categories(facts) if BY_CODE[c].system)


def _replacement_message(replaced: _Replaced, times: int, again: bool) -> str:
    what = (
        replaced.label
        if replaced.whole
        else say("{system}同一主要零件（{part}）", system=replaced.system, part=replaced.label)
    )
    if again:
        return say(
            "{what}已因质量问题更换 {times} 次，本次又出现{system}问题："
            "仍不能正常使用的，消费者可要求换车或退车",
            what=what,
            times=times,
            system=replaced.system,
        )
    return say("{what}在三包有效期内已因质量问题更换 {times} 次", what=what, times=times)


def _assembly_alerts(past: Sequence[RepairFacts], current: RepairFacts | None) -> list[SanbaoAlert]:
    """Art. 24 condition 2 (a whole assembly) and condition 3 (the same main part), apart."""
    replaced: dict[tuple[bool, str, str], tuple[_Replaced, list[str]]] = {}
    for facts in past:
        for key, item in _replacements(facts).items():
            replaced.setdefault(key, (item, []))[1].append(facts.ro_number)
    now_systems = _systems(current) if current is not None else frozenset()
    alerts = []
    for item, ros in replaced.values():
        if len(ros) < ASSEMBLY_REPLACEMENTS:
            continue
        again = item.system in now_systems
        alerts.append(
            SanbaoAlert(
                AlertKind.ASSEMBLY_REPLACED if item.whole else AlertKind.PART_REPLACED,
                Severity.CRITICAL if again else Severity.WARNING,
                _replacement_message(item, len(ros), again),
                tuple(ros),
            )
        )
    return alerts


def cumulative_days(repairs: Iterable[RepairFacts], now: dt.datetime) -> tuple[int, list[str]]:
    """Repair days summed over `repairs` (Art. 40), and the orders that count any."""
    total, ros = 0, []
    for facts in repairs:
        # The time the rule excludes comes off the span before it is counted in days (Art. 40).
        end = (facts.delivered_at or now) - dt.timedelta(hours=max(facts.excluded_hours, 0))
        days = repair_days(facts.opened_at, end)
        if days:
            total += days
            ros.append(facts.ro_number)
    return total, ros


def _cumulative_alert(repairs: Iterable[RepairFacts], now: dt.datetime) -> SanbaoAlert | None:
    total, ros = cumulative_days(repairs, now)
    if total > MAX_REPAIR_DAYS:
        return SanbaoAlert(
            AlertKind.CUMULATIVE_DAYS,
            Severity.CRITICAL,
            say("三包有效期内累计修理 {total} 天，超过 30 天：消费者可要求换车或退车", total=total),
            tuple(ros),
        )
    if total >= REPAIR_DAYS_WARNING:
        return SanbaoAlert(
            AlertKind.CUMULATIVE_DAYS,
            Severity.WARNING,
            say("三包有效期内累计修理已 {total} 天（超过 30 天即可要求换车或退车）", total=total),
            tuple(ros),
        )
    return None


def _early(vehicle: VehicleFacts, day: dt.date, km: int | None) -> bool:
    if vehicle.start is None:
        return False
    # The start day is not counted (day 0, still covered); day 60 is 60 days after it.
    age = day_number(vehicle.start, day)
    return 0 <= age <= EARLY_DAYS and (km is None or km <= EARLY_KM)


def _early_labels(facts: RepairFacts, remedy: EarlyRemedy) -> list[str]:
    return [BY_CODE[c].label for c in sorted(_categories(facts)) if BY_CODE[c].early is remedy]


def _early_of(facts: RepairFacts, *, current: bool) -> list[SanbaoAlert]:
    ros = () if current else (facts.ro_number,)
    when = (
        say("购车 60 日内且行驶不超过 3000 公里出现") if current else say("购车 60 日内、3000 公里内曾出现")
    )
    where = "" if current else say("（{ro}）", ro=facts.ro_number)
    tell = say("，请立即告知主管和索赔员") if current else ""
    alerts = [
        # A main part of the engine, gearbox, traction battery or drive motor: that assembly only.
        SanbaoAlert(
            AlertKind.ASSEMBLY_FAILURE_60D,
            Severity.CRITICAL,
            say(
                "{when}{label}主要零件质量问题{where}：消费者可要求免费更换{label}总成{tell}",
                when=when,
                label=label,
                where=where,
                tell=tell,
            ),
            ros,
        )
        for label in _early_labels(facts, EarlyRemedy.ASSEMBLY)
    ]
    labels = _early_labels(facts, EarlyRemedy.CAR)
    if labels:
        alerts.append(
            SanbaoAlert(
                AlertKind.MAJOR_FAILURE_60D,
                Severity.CRITICAL,
                say(
                    "{when}{items}故障{where}：消费者可选择换车或退车{tell}",
                    when=when,
                    items=joined(labels),
                    where=where,
                    tell=tell,
                ),
                ros,
            )
        )
    return alerts


def _early_alerts(
    vehicle: VehicleFacts, past: Sequence[RepairFacts], current: RepairFacts | None
) -> list[SanbaoAlert]:
    alerts = []
    if current is not None and _early(vehicle, local_day(current.opened_at), current.mileage_in):
        alerts += _early_of(current, current=True)
    for facts in past:
        if _early(vehicle, local_day(facts.opened_at), facts.mileage_in):
            alerts += _early_of(facts, current=False)
    return alerts


def long_repair_alert(facts: RepairFacts, now: dt.datetime) -> SanbaoAlert | None:
    """An open repair in its 5th day or later (Art. 21: loan car or travel compensation from day 6)."""
    if not facts.is_open or not facts.is_repair:
        return None
    days = repair_days(facts.opened_at, now)
    ro = _label(facts.ro_number)
    if days > LOAN_CAR_AFTER_DAYS:
        if facts.loan_car:
            return SanbaoAlert(
                AlertKind.LONG_REPAIR,
                Severity.INFO,
                say("{ro}已修理第 {days} 天，已提供备用车", ro=ro, days=days),
                (facts.ro_number,),
            )
        return SanbaoAlert(
            AlertKind.LONG_REPAIR,
            Severity.CRITICAL,
            say("{ro}已修理第 {days} 天（超过 5 天）：应提供备用车或支付交通费用补偿", ro=ro, days=days),
            (facts.ro_number,),
        )
    if days == LOAN_CAR_AFTER_DAYS and not facts.loan_car:
        return SanbaoAlert(
            AlertKind.LONG_REPAIR,
            Severity.WARNING,
            say("{ro}已修理第 {days} 天：明天起超过 5 天，须提供备用车或交通费用补偿", ro=ro, days=days),
            (facts.ro_number,),
        )
    return None


def others_than(history: Sequence[RepairFacts], current: RepairFacts | None) -> list[RepairFacts]:
    """The history without the job at hand."""
    return [
        h for h in history if current is None or current.order_id is None or h.order_id != current.order_id
    ]


def counted_repairs(vehicle: VehicleFacts, history: Iterable[RepairFacts]) -> list[RepairFacts]:
    """The quality repairs that count for the 三包 rules: not cancelled, inside the period."""
    return [h for h in history if h.is_repair and not h.is_cancelled and _in_sanbao(vehicle, h)]


def sanbao_alerts(
    vehicle: VehicleFacts,
    history: Sequence[RepairFacts],
    now: dt.datetime,
    current: RepairFacts | None = None,
) -> tuple[SanbaoAlert, ...]:
    """All alerts for a vehicle; `current` is the job at hand (saved or not), left out of history."""
    others = others_than(history, current)
    counted = counted_repairs(vehicle, others)
    current_counts = current is not None and current.is_repair and _in_sanbao(vehicle, current)
    alerts: list[SanbaoAlert] = []
    alerts += _repeat_alerts(vehicle, counted, current if current_counts else None)
    alerts += _assembly_alerts(counted, current if current_counts else None)
    cumulative = _cumulative_alert([*counted, *([current] if current_counts and current else [])], now)
    if cumulative is not None:
        alerts.append(cumulative)
    alerts += _early_alerts(
        vehicle,
        [h for h in others if h.is_repair and not h.is_cancelled],
        current if current is not None and current.is_repair else None,
    )
    open_repairs = [h for h in others if h.is_open]
    if current is not None and current.order_id is not None:
        open_repairs.append(current)
    for facts in open_repairs:
        if within(vehicle.repair, vehicle.start, local_day(facts.opened_at), facts.mileage_in):
            alert = long_repair_alert(facts, now)
            if alert is not None:
                alerts.append(alert)
    return tuple(sorted(alerts, key=lambda a: _SEVERITY_ORDER[a.severity]))
