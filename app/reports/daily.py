"""The end-of-day repair report's figures (维修日报, docs/domain/parts-and-reports.md), computed in SQL.

Each figure is counted by the date of its own event, in the counter's local time: an order
opened before midnight and delivered after counts as opened one day and delivered the next;
work in progress is carried over midnight. The figures of a day come with the month to date
and the same days of the month before. Every definition is written once, in DEFINITIONS, and
printed under the report.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal_column, select
from sqlalchemy.orm import Session, aliased

from app.appointments import AppointmentFigures, AppointmentStatus
from app.appointments import figures as appointment_figures
from app.reminders import Satisfaction
from app.warranty import add_months, categories_in
from app.wording import say
from db.models import (
    Appointment,
    Complaint,
    PartLabel,
    ReminderContact,
    RepairOrder,
    RoLine,
    RoStatusEvent,
    User,
    WarrantyClaim,
)

CANCELLED = "cancelled"  # app.orders.OrderStatus.CANCELLED: reports sit above orders' tables read-only

DEFINITIONS: tuple[tuple[str, str], ...] = (
    (say("进厂台次"), say("当天开单的不同车辆数（一辆车开两张单算 1 台；含之后取消的）")),
    (say("开单数"), say("当天开出的工单数")),
    (say("交车台次"), say("当天交车的工单数")),
    (say("在修"), say("当天结束时已开单、未交车、未取消的工单数")),
    (say("产值"), say("当天交车工单的合计金额（工时费 + 配件费 + 其他）")),
    (say("单车产值"), say("产值 ÷ 当天交车的不同车辆数")),
    (say("预约进厂占比"), say("当天开单中由预约开出的比例")),
    (say("超时交车"), say("当天交车且晚于承诺交车时间的工单数")),
    (say("提醒电话"), say("当天拨打的保养提醒与回访电话数；其中预约成功的数")),
    (say("新预约"), say("当天新建的预约数（柜台、来电与提醒电话；按建立时间，含之后取消的）")),
    (
        say("未到店预约"),
        say("预约在当天、未取消且没有到店开单的预约数（应到预约 − 已到店；过了当天即为爽约）"),
    ),
    (say("索赔"), say("当天新建的索赔单数；当天首次打印的旧件标签数")),
    (say("投诉"), say("当天新开与当天结案的投诉数")),
    (say("预约到店率"), say("预约当天到店的预约中（未取消），已到店开单的比例")),
    (say("回访满意率"), say("当天接通的交车回访中，回答很满意或满意的比例")),
    (say("估价准确率"), say("当天交车且客户确认过估价的工单中，结算金额在估价 ±10% 以内的比例")),
    (say("返修"), say("当天开单、且 30 天内交过同一故障系统工单的车辆；一次修复率 = 1 − 返修 ÷ 维修工单")),
)
ESTIMATE_TOLERANCE_PERCENT = 10  # 估价准确: the final amount within ±10 % of the approved estimate
SATISFIED = (Satisfaction.VERY_SATISFIED, Satisfaction.SATISFIED)
COMEBACK_DAYS = 30


@dataclass(frozen=True)
class Figures:
    """The figures of one span of days [first, after)."""

    first: dt.date
    after: dt.date
    vehicles_in: int
    orders_opened: int
    delivered: int
    in_workshop: int  # at the end of the span's last day
    labour_fen: int
    parts_fen: int
    other_fen: int
    vehicles_delivered: int
    appointments_opened: int
    late_deliveries: int
    calls: int
    bookings: int
    claims_opened: int
    tags_printed: int
    complaints_opened: int
    complaints_closed: int
    # Bookings created in the span, and those due in it not arrived (app.appointments.figures).
    bookings_made: int = 0
    bookings_missed: int = 0

    @property
    def revenue_fen(self) -> int:
        return self.labour_fen + self.parts_fen + self.other_fen

    @property
    def revenue_per_vehicle_fen(self) -> int:
        return round(self.revenue_fen / self.vehicles_delivered) if self.vehicles_delivered else 0

    @property
    def appointment_share(self) -> float:
        return self.appointments_opened / self.orders_opened if self.orders_opened else 0.0


@dataclass(frozen=True)
class AdvisorFigures:
    name: str
    vehicles_in: int
    delivered: int
    revenue_fen: int

    @property
    def revenue_per_vehicle_fen(self) -> int:
        return round(self.revenue_fen / self.delivered) if self.delivered else 0


@dataclass(frozen=True)
class Share:
    part: int
    whole: int

    @property
    def value(self) -> float | None:
        return self.part / self.whole if self.whole else None


@dataclass(frozen=True)
class DayQuality:
    """The day's rates: appointments kept, follow-up satisfaction, estimates held, comebacks."""

    show_rate: Share
    satisfaction: Share
    estimate_accuracy: Share
    estimate_by_advisor: tuple[tuple[str, Share], ...]
    comebacks: tuple[str, ...]  # RO numbers
    repairs: int  # orders opened that day with a complaint (the fixed-first-visit rate's whole)

    @property
    def fixed_first_visit(self) -> float | None:
        return 1 - len(self.comebacks) / self.repairs if self.repairs else None


@dataclass(frozen=True)
class DailyReport:
    day: Figures
    month_to_date: Figures
    last_month: Figures  # the same days of the month before
    by_job_type: tuple[tuple[str, int, int], ...]  # (job type, orders delivered, revenue fen)
    by_payer: tuple[tuple[str, int], ...]  # (payer value, fen) of the day's delivered lines
    by_advisor: tuple[AdvisorFigures, ...]
    quality: DayQuality  # the day's
    quality_month_to_date: DayQuality  # the 1st of the month to the day
    quality_last_month: DayQuality  # the same days of the month before (as last_month)
    # The bookings' own figures of the three spans (the day, the month to date, last month's same
    # days), each by advisor and by kind of work: app.appointments.figures, printed in the workbook.
    bookings: tuple[AppointmentFigures, ...] = ()


def _utc(day: dt.date) -> dt.datetime:
    """The counter's local midnight starting `day`, in UTC (the zone of the computer at the counter)."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def _between(column: Any, start: dt.datetime, end: dt.datetime) -> ColumnElement[bool]:
    return and_(column >= start, column < end)


def _count(s: Session, query: Select[Any]) -> int:
    return int(s.scalar(query) or 0)


def _bucket(column: Any, ends: Sequence[dt.datetime]) -> ColumnElement[Any]:
    """Which span a time falls in (0, 1, ...), by the spans' ends: a CASE the database evaluates,
    so rows are grouped by the counter's local day (or week) in SQL on every back-end."""
    last: ColumnElement[Any] = literal_column(str(len(ends) - 1))
    if len(ends) == 1:
        return last
    return case(*((column < end, literal_column(str(i))) for i, end in enumerate(ends[:-1])), else_=last)


def _per_span(
    s: Session,
    at: Any,
    bounds: Sequence[dt.datetime],
    columns: Sequence[Any],
    aggregates: Callable[[Any], Sequence[ColumnElement[Any]]],
    *where: ColumnElement[bool],
) -> dict[int, tuple[int, ...]]:
    """Aggregates per span [bounds[i], bounds[i + 1]) of the rows whose `at` falls in one; the
    span is worked out in a subquery and grouped on outside (one parameter set for both)."""
    inner = (
        select(_bucket(at, bounds[1:]).label("span"), *columns)
        .where(at >= bounds[0], at < bounds[-1], *where)
        .subquery()
    )
    rows = s.execute(select(inner.c.span, *aggregates(inner.c)).group_by(inner.c.span)).all()
    return {int(span): tuple(int(x or 0) for x in rest) for span, *rest in rows}


def _in_workshop(s: Session, end: dt.datetime) -> int:
    """Orders open at `end`: opened before it, neither delivered nor cancelled before it.

    Delivered and cancelled are final and exclusive, so this is the orders opened before `end`
    less those delivered before it less those cancelled before it: two counts on the opened_at
    and delivered_at indexes and a walk over the cancelled orders only, instead of reading
    every order of the years before (the naive filter read ten years of orders for each day).
    """
    opened = _count(s, select(func.count()).where(RepairOrder.opened_at < end))
    delivered = _count(s, select(func.count()).where(RepairOrder.delivered_at < end))
    cancelled = _count(
        s,
        select(func.count(func.distinct(RoStatusEvent.repair_order_id)))
        .join(RepairOrder, RepairOrder.id == RoStatusEvent.repair_order_id)
        .where(
            RepairOrder.status == CANCELLED,
            RepairOrder.opened_at < end,
            RoStatusEvent.to_status == CANCELLED,
            RoStatusEvent.at < end,
        ),
    )
    return opened - delivered - cancelled


def figures_series(
    s: Session, days: Sequence[dt.date], in_workshop_at_start: int | None = None
) -> list[Figures]:
    """The figures of each span [days[i], days[i + 1]) of consecutive spans (the days or the
    weeks of a month, or one span), a fixed number of grouped queries however many spans.

    In the workshop at each span's end is the count at the first span's start (_in_workshop)
    plus, span by span, the orders opened less those delivered less those cancelled in it."""
    bounds = [_utc(d) for d in days]
    n = len(bounds) - 1
    zero = (0,) * 6
    ro = RepairOrder
    late = case((ro.delivered_at > ro.promised_at, 1), else_=0)
    delivered = _per_span(
        s,
        ro.delivered_at,
        bounds,
        [ro.id, ro.vehicle_id, ro.labour_fen, ro.parts_fen, ro.total_fen, late.label("late")],
        lambda c: [func.count(c.id), func.count(func.distinct(c.vehicle_id)), func.sum(c.labour_fen),
                   func.sum(c.parts_fen), func.sum(c.total_fen), func.sum(c.late)],
        ro.status != CANCELLED,  # delivered and cancelled are exclusive: every delivered order
    )  # fmt: skip
    opened = _per_span(
        s,
        ro.opened_at,
        bounds,
        [ro.id, ro.vehicle_id, ro.appointment_id],
        lambda c: [func.count(c.id), func.count(func.distinct(c.vehicle_id)), func.count(c.appointment_id)],
    )
    # A cancelled order leaves the workshop at its cancellation (one event: cancelled is final),
    # found through the cancelled orders (status index) and their events (order, time index).
    cancelled = _per_span(
        s,
        RoStatusEvent.at,
        bounds,
        [RoStatusEvent.repair_order_id],
        lambda c: [func.count(func.distinct(c.repair_order_id))],
        RoStatusEvent.repair_order_id == ro.id,
        ro.status == CANCELLED,
        RoStatusEvent.to_status == CANCELLED,
    )
    calls = _per_span(
        s,
        ReminderContact.at,
        bounds,
        [ReminderContact.id, ReminderContact.appointment_id],
        lambda c: [func.count(c.id), func.count(c.appointment_id)],
    )

    def counted(column: Any, key: Any) -> dict[int, tuple[int, ...]]:
        return _per_span(s, column, bounds, [key.label("key")], lambda c: [func.count(c.key)])

    claims = counted(WarrantyClaim.created_at, WarrantyClaim.id)
    tags = counted(PartLabel.first_printed_at, PartLabel.id)
    complaints_opened = counted(Complaint.opened_at, Complaint.id)
    complaints_closed = counted(Complaint.closed_at, Complaint.id)
    # The count at the first span's start, when the caller has it already (several series of one month).
    in_workshop = _in_workshop(s, bounds[0]) if in_workshop_at_start is None else in_workshop_at_start
    out: list[Figures] = []
    for i in range(n):
        d = delivered.get(i, zero)
        o = opened.get(i, zero)
        c = calls.get(i, zero)
        in_workshop += o[0] - d[0] - cancelled.get(i, zero)[0]
        out.append(
            Figures(
                first=days[i],
                after=days[i + 1],
                vehicles_in=o[1],
                orders_opened=o[0],
                delivered=d[0],
                in_workshop=in_workshop,
                labour_fen=d[2],
                parts_fen=d[3],
                other_fen=d[4] - d[2] - d[3],
                vehicles_delivered=d[1],
                appointments_opened=o[2],
                late_deliveries=d[5],
                calls=c[0],
                bookings=c[1],
                claims_opened=claims.get(i, zero)[0],
                tags_printed=tags.get(i, zero)[0],
                complaints_opened=complaints_opened.get(i, zero)[0],
                complaints_closed=complaints_closed.get(i, zero)[0],
            )
        )
    return out


def figures(s: Session, first: dt.date, after: dt.date) -> Figures:
    """The figures of the days [first, after)."""
    return figures_series(s, [first, after])[0]


def in_workshop_at(s: Session, day: dt.date) -> int:
    """The orders in the workshop when `day` begins (local midnight)."""
    return _in_workshop(s, _utc(day))


@dataclass(frozen=True)
class Breakdowns:
    """One span's delivered orders by job type and by payer, and its figures per advisor."""

    by_job_type: tuple[tuple[str, int, int], ...]  # (job type, orders delivered, revenue fen)
    by_payer: tuple[tuple[str, int], ...]  # (payer value, fen) of the delivered lines
    by_advisor: tuple[AdvisorFigures, ...]


def _delivered_in(start: dt.datetime, end: dt.datetime) -> ColumnElement[bool]:
    return and_(_between(RepairOrder.delivered_at, start, end), RepairOrder.status != CANCELLED)


def advisor_names(s: Session) -> dict[int, str]:
    return {user_id: name for user_id, name in s.execute(select(User.id, User.display_name)).all()}


def breakdowns(s: Session, start: dt.datetime, end: dt.datetime, names: dict[int, str]) -> Breakdowns:
    delivered = _delivered_in(start, end)
    by_job: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for job_types, n, revenue in s.execute(
        select(RepairOrder.job_types, func.count(RepairOrder.id), func.sum(RepairOrder.total_fen))
        .where(delivered)
        .group_by(RepairOrder.job_types)
    ).all():
        main = (job_types or "").split(",")[0] or say("未分类")  # an order counts under its first job type
        by_job[main][0] += int(n)
        by_job[main][1] += int(revenue or 0)
    by_payer = s.execute(
        select(RoLine.payer, func.sum(RoLine.amount_fen))
        .join(RepairOrder, RepairOrder.id == RoLine.repair_order_id)
        .where(delivered)
        .group_by(RoLine.payer)
        .order_by(RoLine.payer)
    ).all()
    advisors: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for advisor_id, vehicles in s.execute(
        select(RepairOrder.advisor_id, func.count(func.distinct(RepairOrder.vehicle_id)))
        .where(_between(RepairOrder.opened_at, start, end))
        .group_by(RepairOrder.advisor_id)
    ).all():
        advisors[advisor_id][0] = int(vehicles)
    for advisor_id, n, revenue in s.execute(
        select(
            RepairOrder.advisor_id,
            func.count(func.distinct(RepairOrder.vehicle_id)),
            func.sum(RepairOrder.total_fen),
        )
        .where(delivered)
        .group_by(RepairOrder.advisor_id)
    ).all():
        advisors[advisor_id][1], advisors[advisor_id][2] = int(n), int(revenue or 0)
    return Breakdowns(
        by_job_type=tuple(sorted(((k, v[0], v[1]) for k, v in by_job.items()), key=lambda x: (-x[2], x[0]))),
        by_payer=tuple((payer, int(fen or 0)) for payer, fen in by_payer),
        by_advisor=tuple(
            sorted(
                (AdvisorFigures(names.get(a, "—"), v[0], v[1], v[2]) for a, v in advisors.items()),
                key=lambda x: (-x.revenue_fen, x.name),
            )
        ),
    )


def daily_report(s: Session, day: dt.date) -> DailyReport:
    after = day + dt.timedelta(days=1)
    month_first = day.replace(day=1)
    last_first = add_months(month_first, -1)
    last_after = add_months(day, -1) + dt.timedelta(days=1)  # the same days of the month before
    start, end = _utc(day), _utc(after)
    names = advisor_names(s)
    parts = breakdowns(s, start, end, names)
    # The month to date and the day in it in one pass (they share their end).
    quality_month, quality_day = nested_quality(s, [_utc(month_first), start], end, names)
    # The same days last month, the days between (none when last month is shorter: the 31st
    # against the 30th) and the month to date as one series: the orders in the workshop counted
    # once, at the first's start. The day ends with the month to date, so has its count at the end.
    last_month, _, month_to_date = figures_series(s, [last_first, last_after, month_first, after])
    the_day = replace(
        figures_series(s, [day, after], in_workshop_at_start=0)[0], in_workshop=month_to_date.in_workshop
    )
    # The bookings' figures of the three spans come from app.appointments (one definition).
    bookings = [
        appointment_figures(s, first, last_day - dt.timedelta(days=1))
        for first, last_day in ((day, after), (month_first, after), (last_first, last_after))
    ]
    the_day, month_to_date, last_month = (
        replace(
            f,
            appointments_opened=b.orders_from_bookings,
            bookings_made=b.made,
            bookings_missed=b.due - b.arrived,
        )
        for f, b in zip((the_day, month_to_date, last_month), bookings, strict=True)
    )
    quality_day, quality_month, quality_last = (
        replace(q, show_rate=Share(b.arrived, b.due))
        for q, b in zip(
            (quality_day, quality_month, day_quality(s, _utc(last_first), _utc(last_after), names)),
            bookings,
            strict=True,
        )
    )
    return DailyReport(
        day=the_day,
        month_to_date=month_to_date,
        last_month=last_month,
        by_job_type=parts.by_job_type,
        by_payer=parts.by_payer,
        by_advisor=parts.by_advisor,
        quality=quality_day,
        quality_month_to_date=quality_month,
        quality_last_month=quality_last,
        bookings=tuple(bookings),
    )


def day_quality(s: Session, start: dt.datetime, end: dt.datetime, names: dict[int, str]) -> DayQuality:
    """The rates of the span [start, end): a day, or a month for the monthly summary."""
    return nested_quality(s, [start], end, names)[0]


def nested_quality(
    s: Session, starts: Sequence[dt.datetime], end: dt.datetime, names: dict[int, str]
) -> list[DayQuality]:
    """The rates of each span [starts[i], end), spans sharing their end (the month to date and
    the day in it): each query reads the widest span once, its rows grouped by the slice
    [starts[k], starts[k + 1]) they fall in (a CASE in SQL), and a span adds up its slices."""
    assert list(starts) == sorted(starts), starts
    first, cuts = starts[0], [*starts[1:], end]
    n = len(starts)

    def per_span(rows: Sequence[Any]) -> list[dict[Any, int]]:
        """(slice, key, count) rows -> for each span, count by key over its slices."""
        out: list[dict[Any, int]] = [defaultdict(int) for _ in range(n)]
        for k, key, count in rows:
            for span in range(int(k) + 1):  # slice k lies in the spans 0..k
                out[span][key] += int(count or 0)
        return out

    def sliced(at: Any, columns: Sequence[Any], *where: Any) -> list[Any]:
        """The rows whose `at` is in the widest span, by slice and the first column: (slice, key,
        count), or (slice, key, sum of the second column, count) when there are two. The slice
        is worked out in a subquery and grouped on outside (one parameter set, as in _per_span)."""
        inner = (
            select(_bucket(at, cuts).label("slice"), *columns).where(at >= first, at < end, *where).subquery()
        )
        c = list(inner.c)
        key = c[1]
        aggregates = [func.count()] if len(c) == 2 else [func.sum(c[2]), func.count()]
        return list(s.execute(select(c[0], key, *aggregates).group_by(c[0], key)).all())

    booked = per_span(
        sliced(
            Appointment.scheduled_at,
            [Appointment.status.label("status")],
            Appointment.status != AppointmentStatus.CANCELLED.value,
        )
    )
    answered = per_span(
        sliced(
            ReminderContact.at,
            [ReminderContact.satisfaction.label("satisfaction")],
            ReminderContact.satisfaction.is_not(None),
        )
    )
    # Within the tolerance, in whole numbers: 100 * |final - estimate| <= percent * estimate.
    error = func.abs(RepairOrder.total_fen - RepairOrder.estimate_fen) * 100
    within = case((error <= RepairOrder.estimate_fen * ESTIMATE_TOLERANCE_PERCENT, 1), else_=0)
    estimates = sliced(
        RepairOrder.delivered_at,
        [RepairOrder.advisor_id.label("advisor_id"), within.label("within")],
        RepairOrder.status != CANCELLED,
        RepairOrder.estimate_approved,
        RepairOrder.estimate_fen > 0,
    )
    held_part = per_span([(k, a, part) for k, a, part, _ in estimates])
    held_whole = per_span([(k, a, whole) for k, a, _, whole in estimates])
    repairs, comebacks = _comebacks(s, starts, end)
    out: list[DayQuality] = []
    for i in range(n):
        held = {a: Share(held_part[i][a], whole) for a, whole in held_whole[i].items()}
        out.append(
            DayQuality(
                show_rate=Share(booked[i]["arrived"], sum(booked[i].values())),
                satisfaction=Share(
                    answered[i]["very_satisfied"] + answered[i]["satisfied"], sum(answered[i].values())
                ),
                estimate_accuracy=Share(
                    sum(v.part for v in held.values()), sum(v.whole for v in held.values())
                ),
                estimate_by_advisor=tuple(
                    sorted(((names.get(a, "—"), v) for a, v in held.items()), key=lambda x: x[0])
                ),
                comebacks=comebacks[i],
                repairs=repairs[i],
            )
        )
    return out


def _comebacks(
    s: Session, starts: Sequence[dt.datetime], end: dt.datetime
) -> tuple[list[int], list[tuple[str, ...]]]:
    """For each span [starts[i], end): the orders opened in it with a complaint (the repairs),
    and those of them that are comebacks. The database pairs each order opened in the widest
    span with the same car's orders delivered before it since 30 days before that span's start
    (a few); the 30 days and the fault systems of the two complaints are checked here.

    The earlier order's delivery is bounded on both sides (before `end` too, which its being
    before the later order's opening implies): the deliveries of the span and the 30 days before
    it then drive the join on their index, each probing the car's orders opened in the span on
    (vehicle, opened). Left to start from the orders opened, a month's read every earlier order
    of each of thousands of cars (50 ms a month on the 10-year benchmark data, 20 ms so)."""
    first, cuts = starts[0], [*starts[1:], end]
    later, earlier = aliased(RepairOrder), aliased(RepairOrder)
    opened = and_(_between(later.opened_at, first, end), later.customer_statement != "")
    slices = select(_bucket(later.opened_at, cuts).label("slice")).where(opened).subquery()
    per_slice = {
        int(k): int(v)
        for k, v in s.execute(select(slices.c.slice, func.count()).group_by(slices.c.slice)).all()
    }
    repairs = [sum(v for k, v in per_slice.items() if k >= i) for i in range(len(starts))]
    pairs = s.execute(
        select(later.ro_number, later.opened_at, later.customer_statement, earlier.delivered_at,
               earlier.customer_statement)
        .join(earlier, and_(
            earlier.vehicle_id == later.vehicle_id,
            earlier.delivered_at >= first - dt.timedelta(days=COMEBACK_DAYS),
            earlier.delivered_at < end,
            earlier.delivered_at < later.opened_at,
            earlier.status != CANCELLED,
        ))
        .where(opened)
        .order_by(later.opened_at, later.ro_number)
    ).all()  # fmt: skip
    found: dict[str, dt.datetime] = {}  # RO number -> opened at, in order
    for ro_number, opened_at, statement, delivered_at, before in pairs:
        if (
            delivered_at is not None
            and delivered_at >= opened_at - dt.timedelta(days=COMEBACK_DAYS)
            and (categories_in(statement) & categories_in(before))
        ):
            found.setdefault(ro_number, opened_at)
    comebacks = [tuple(ro for ro, opened_at in found.items() if opened_at >= start) for start in starts]
    return repairs, comebacks
