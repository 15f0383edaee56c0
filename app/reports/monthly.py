"""The monthly summary for the service manager (月度汇总), computed in SQL.

The daily report's figures (daily.py: the same queries, the same definitions) for each day of
the month and for each ISO week, the weeks cut at the month's edges (a week running into the
month before or after counts only its days in this month). The month's totals stand against the
same period of the month before and of the same month a year before: the whole month when the
month is over, else the same days (1st to today). Then the month's quality figures, its
breakdowns by advisor, job type and payer, the late deliveries one by one, and the 三包 alerts
open at the month's end (app.warranty's rules over the orders as they stood then).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, case, func, or_, select, union
from sqlalchemy.orm import Session

from app.appointments import made_and_missed
from app.orders import JobType, OrderStatus, facts_of
from app.reports.daily import (
    CANCELLED,
    DEFINITIONS,
    AdvisorFigures,
    DayQuality,
    Figures,
    _utc,
    advisor_names,
    breakdowns,
    day_quality,
    figures,
    figures_series,
    in_workshop_at,
)
from app.validation import mask_plate
from app.vehicles import model_info
from app.warranty import (
    Severity,
    VehicleFacts,
    WarrantyKind,
    add_months,
    model_term,
    sanbao_alerts,
    warranty_start,
    within,
)
from app.wording import say
from db.models import RepairOrder, RoLine, RoStatusEvent, User, Vehicle, VehicleModel

QUALITY_JOBS = (JobType.REPAIR.value, JobType.WARRANTY.value)  # the 三包 rules' product-quality repairs
SHOWN_SEVERITIES = (Severity.CRITICAL, Severity.WARNING)  # "info" (a loan car given) is no alert

# What the monthly summary adds to the daily report's definitions (DEFINITIONS), printed with them.
MONTHLY_DEFINITIONS: tuple[tuple[str, str], ...] = (
    (say("日、周、月"), say(
        "每项指标按其本身事件发生的当地日期计入；周为 ISO 周（周一至周日），跨月的周只计本月的日子"
    )),
    (say("月合计"), say("台次为当月的不同车辆数（不是每日之和）；在修为统计期最后一天结束时的数")),
    (say("上月同期、去年同期"), say(
        "本月已结束时为上月整月与去年同月整月；本月未结束时为上月、去年同月的 1 日至同一日"
    )),
    (say("超时交车明细"), say("本月交车且晚于承诺交车时间的工单；超时小时 = 交车时间 − 承诺时间")),
    (say("月末三包预警"), say(
        "本月开过维修（一般维修、索赔）工单、或月末仍有维修工单在修，且月末仍在三包有效期或包修期内的车辆，"
        "按截至月末的工单算出的三包重点与三包提醒（提示不列）"
    )),
)  # fmt: skip


@dataclass(frozen=True)
class Week:
    """An ISO week, cut at the month's edges: `figures` counts only its days in the month."""

    iso_year: int
    iso_week: int
    figures: Figures

    @property
    def whole(self) -> bool:
        return (self.figures.after - self.figures.first).days == 7


@dataclass(frozen=True)
class LateDelivery:
    ro_number: str
    plate: str  # masked: 粤B·***45
    advisor: str
    promised_at: dt.datetime  # aware UTC
    delivered_at: dt.datetime

    @property
    def hours_late(self) -> float:
        return round((self.delivered_at - self.promised_at).total_seconds() / 3600, 1)


@dataclass(frozen=True)
class OpenAlert:
    """A 三包 alert of a car at the month's end."""

    plate: str  # masked
    model: str
    severity: Severity
    message: str
    ro_numbers: tuple[str, ...]


@dataclass(frozen=True)
class MonthlySummary:
    month: dt.date  # its first day
    through: dt.date  # the last day counted: the month's last day, or today in the current month
    total: Figures
    last_month: Figures  # the same period of the month before
    last_year: Figures  # the same period of the same month a year before
    days: tuple[Figures, ...]  # the 1st to `through`
    weeks: tuple[Week, ...]
    by_job_type: tuple[tuple[str, int, int], ...]  # (job type, orders delivered, revenue fen)
    by_payer: tuple[tuple[str, int], ...]  # (payer value, fen)
    by_advisor: tuple[AdvisorFigures, ...]
    quality: DayQuality  # the month's show rate, satisfaction, estimate accuracy, comebacks
    quality_last_month: DayQuality  # the same period of the month before
    late: tuple[LateDelivery, ...]
    alerts: tuple[OpenAlert, ...]

    @property
    def complete(self) -> bool:
        return self.through == add_months(self.month, 1) - dt.timedelta(days=1)


def month_span(month: dt.date, today: dt.date) -> tuple[dt.date, dt.date]:
    """(first day, the day after the last counted) of the month of `month`, up to `today`."""
    first = month.replace(day=1)
    return first, min(add_months(first, 1), today + dt.timedelta(days=1))


def _same_period(first: dt.date, after: dt.date, months: int) -> tuple[dt.date, dt.date]:
    """The same period `months` earlier: the whole month for a whole month, else the same days."""
    if after == add_months(first, 1):
        return add_months(first, -months), add_months(first, 1 - months)
    return add_months(first, -months), add_months(after - dt.timedelta(days=1), -months) + dt.timedelta(
        days=1
    )


def _week_edges(first: dt.date, after: dt.date) -> list[dt.date]:
    mondays = [first + dt.timedelta(days=i) for i in range(1, (after - first).days)]
    return [first, *(d for d in mondays if d.weekday() == 0), after]


def monthly_summary(s: Session, month: dt.date, today: dt.date, now: dt.datetime) -> MonthlySummary:
    first, after = month_span(month, today)
    days = [first + dt.timedelta(days=i) for i in range((after - first).days + 1)]
    edges = _week_edges(first, after)
    start, end = _utc(first), _utc(after)
    last_first, last_after = _same_period(first, after, 1)
    year_first, year_after = _same_period(first, after, 12)
    names = advisor_names(s)
    parts = breakdowns(s, start, end, names)
    at_start = in_workshop_at(s, first)  # the same for the days, the weeks and the month
    weeks = _booked(s, edges, figures_series(s, edges, at_start))
    return MonthlySummary(
        month=first,
        through=after - dt.timedelta(days=1),
        total=_booked(s, [first, after], figures_series(s, [first, after], at_start))[0],
        last_month=_booked(s, [last_first, last_after], [figures(s, last_first, last_after)])[0],
        last_year=_booked(s, [year_first, year_after], [figures(s, year_first, year_after)])[0],
        days=tuple(_booked(s, days, figures_series(s, days, at_start))),
        weeks=tuple(Week(*w.first.isocalendar()[:2], w) for w in weeks),
        by_job_type=parts.by_job_type,
        by_payer=parts.by_payer,
        by_advisor=parts.by_advisor,
        quality=day_quality(s, start, end, names),
        quality_last_month=day_quality(s, _utc(last_first), _utc(last_after), names),
        late=late_deliveries(s, start, end),
        alerts=open_alerts(s, start, min(end, now)),
    )


def _booked(s: Session, edges: list[dt.date], spans: list[Figures]) -> list[Figures]:
    """The spans between the edges with their bookings made and missed, as the appointments
    count them (one definition, one read for all the spans)."""
    counts = made_and_missed(s, edges)
    return [replace(f, bookings_made=m, bookings_missed=x) for f, (m, x) in zip(spans, counts, strict=True)]


def late_deliveries(s: Session, start: dt.datetime, end: dt.datetime) -> tuple[LateDelivery, ...]:
    rows = s.execute(
        select(
            RepairOrder.ro_number,
            Vehicle.plate,
            User.display_name,
            RepairOrder.promised_at,
            RepairOrder.delivered_at,
        )
        .join(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
        .outerjoin(User, User.id == RepairOrder.advisor_id)
        .where(
            RepairOrder.delivered_at >= start,
            RepairOrder.delivered_at < end,
            RepairOrder.status != CANCELLED,
            RepairOrder.delivered_at > RepairOrder.promised_at,
        )
        .order_by(RepairOrder.delivered_at, RepairOrder.ro_number)
    ).all()
    return tuple(
        LateDelivery(ro, mask_plate(plate), advisor or "—", promised, delivered)
        for ro, plate, advisor, promised, delivered in rows
        if promised is not None and delivered is not None
    )


def _quality_job() -> ColumnElement[bool]:
    return or_(*(RepairOrder.job_types.contains(job) for job in QUALITY_JOBS))


def _cancelled_before(end: dt.datetime) -> ColumnElement[bool]:
    return (
        select(RoStatusEvent.id)
        .where(
            RoStatusEvent.repair_order_id == RepairOrder.id,
            RoStatusEvent.to_status == CANCELLED,
            RoStatusEvent.at < end,
        )
        .exists()
    )


def _start_cutoffs(s: Session, day: dt.date) -> dict[int, dt.date]:
    """Per model, the earliest warranty start whose 三包有效期 or 包修期 may still run on `day`
    (a day to spare: the rules decide exactly)."""
    cutoffs = {}
    for row in s.scalars(select(VehicleModel)):
        info = model_info(row)
        months = max(
            (t.months for k in (WarrantyKind.SANBAO, WarrantyKind.REPAIR) if (t := model_term(info, k))),
            default=0,
        )
        cutoffs[row.id] = add_months(day, -months) - dt.timedelta(days=1)
    return cutoffs


def open_alerts(s: Session, start: dt.datetime, end: dt.datetime) -> tuple[OpenAlert, ...]:
    """The 三包 alerts standing at `end` of the cars with a quality repair opened in [start, end)
    or still in the workshop at `end`, and inside their 三包有效期 or 包修期 on that day."""
    day = (end - dt.timedelta(microseconds=1)).astimezone().date()
    cutoffs = _start_cutoffs(s, day)
    if not cutoffs:
        return ()
    ro = RepairOrder
    quality = _quality_job()
    # Each part on an index: opened in the span; open now; delivered after `end`; cancelled after it.
    open_statuses = [s.value for s in OrderStatus if s.value not in (CANCELLED, OrderStatus.DELIVERED.value)]
    parts = (
        select(ro.vehicle_id).where(ro.opened_at >= start, ro.opened_at < end, quality),
        select(ro.vehicle_id).where(ro.status.in_(open_statuses), ro.opened_at < end, quality),
        select(ro.vehicle_id).where(ro.delivered_at >= end, ro.opened_at < end, quality),
        select(ro.vehicle_id).where(
            ro.status == CANCELLED, ro.opened_at < end, ~_cancelled_before(end), quality
        ),
    )
    candidates = union(*parts).subquery()
    started = func.coalesce(Vehicle.delivery_date, Vehicle.invoice_date, Vehicle.purchase_date)
    recent = or_(started.is_(None), *(and_(Vehicle.model_id == m, started >= c) for m, c in cutoffs.items()))
    vehicles = s.execute(
        select(
            Vehicle.id,
            Vehicle.plate,
            Vehicle.model_id,
            Vehicle.invoice_date,
            Vehicle.delivery_date,
            Vehicle.purchase_date,
        ).where(Vehicle.id.in_(select(candidates.c.vehicle_id)), recent)
    ).all()
    if not vehicles:
        return ()
    # The mileage known at `end`, then only the cars still inside a period that day.
    km: dict[int, int | None] = {}
    for vehicle_id, mileage_in, mileage_out in s.execute(
        select(ro.vehicle_id, func.max(ro.mileage_in), func.max(ro.mileage_out))
        .where(ro.vehicle_id.in_([v.id for v in vehicles]), ro.opened_at < end)
        .group_by(ro.vehicle_id)
    ).all():
        km[vehicle_id] = max((x for x in (mileage_in, mileage_out) if x is not None), default=None)
    models = {row.id: model_info(row) for row in s.scalars(select(VehicleModel))}
    facts: dict[int, VehicleFacts] = {}
    for v in vehicles:
        model = models[v.model_id]
        vehicle = VehicleFacts(
            start=warranty_start(v.invoice_date, v.delivery_date, v.purchase_date)[0],
            sanbao=model_term(model, WarrantyKind.SANBAO),
            repair=model_term(model, WarrantyKind.REPAIR),
            km=km.get(v.id),
        )
        if within(vehicle.sanbao, vehicle.start, day, vehicle.km) or within(
            vehicle.repair, vehicle.start, day, vehicle.km
        ):
            facts[v.id] = vehicle
    if not facts:
        return ()
    # Their quality repairs (the only orders the rules count) as they stood at `end`: delivered
    # only if delivered before it, cancelled only if cancelled before it, otherwise open.
    mine = and_(ro.vehicle_id.in_(list(facts)), ro.opened_at < end, quality)
    delivered = ro.delivered_at < end
    status = case(
        (delivered, OrderStatus.DELIVERED.value),
        (and_(ro.status == CANCELLED, _cancelled_before(end)), CANCELLED),
        else_=OrderStatus.IN_REPAIR.value,
    )
    orders = s.execute(
        select(
            ro.id,
            ro.vehicle_id,
            ro.ro_number,
            ro.opened_at,
            case((delivered, ro.delivered_at), else_=None).label("delivered_at"),
            status.label("status"),
            ro.mileage_in,
            ro.job_types,
            ro.customer_statement,
            ro.loan_car,
            ro.excluded_hours,
        )
        .where(mine)
        .order_by(ro.opened_at, ro.id)
    ).all()
    lines: dict[int, list[Row[Any]]] = defaultdict(list)
    for line in s.execute(
        select(RoLine.repair_order_id, RoLine.kind, RoLine.code, RoLine.description, RoLine.payer)
        .join(ro, ro.id == RoLine.repair_order_id)
        .where(mine)
        .order_by(RoLine.repair_order_id, RoLine.position, RoLine.id)
    ).all():
        lines[line.repair_order_id].append(line)  # type: ignore[arg-type]
    history: dict[int, list[Row[Any]]] = defaultdict(list)
    for order in orders:
        history[order.vehicle_id].append(order)
    found: list[OpenAlert] = []
    for v in vehicles:
        if v.id not in facts:
            continue
        alerts = sanbao_alerts(facts[v.id], [facts_of(r, lines.get(r.id, [])) for r in history[v.id]], end)
        model = models[v.model_id]
        label = f"{model.brand} {model.name}".strip()
        found += [
            OpenAlert(mask_plate(v.plate) or "—", label, a.severity, a.message, a.ro_numbers)
            for a in alerts
            if a.severity in SHOWN_SEVERITIES
        ]
    rank = {severity: i for i, severity in enumerate(SHOWN_SEVERITIES)}
    return tuple(sorted(found, key=lambda a: (rank[a.severity], a.plate, a.message)))


ALL_DEFINITIONS = DEFINITIONS + MONTHLY_DEFINITIONS
