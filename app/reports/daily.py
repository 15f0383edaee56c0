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
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy.orm import Session

from app.appointments import AppointmentStatus
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
    (say("索赔"), say("当天新建的索赔单数；当天首次打印的旧件标签数")),
    (say("投诉"), say("当天新开与当天结案的投诉数")),
    (say("预约到店率"), say("预约当天到店的预约中（未取消），已到店开单的比例")),
    (say("回访满意率"), say("当天接通的交车回访中，回答很满意或满意的比例")),
    (say("估价准确率"), say("当天交车且客户确认过估价的工单中，结算金额在估价 ±10% 以内的比例")),
    (say("返修"), say("当天开单、且 30 天内交过同一故障系统工单的车辆；一次修复率 = 1 − 返修 ÷ 维修工单")),
)
ESTIMATE_TOLERANCE = 0.10
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
    quality: DayQuality


def _utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def _between(column: Any, start: dt.datetime, end: dt.datetime) -> ColumnElement[bool]:
    return and_(column >= start, column < end)


def _count(s: Session, query: Select[Any]) -> int:
    return int(s.scalar(query) or 0)


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


def figures(s: Session, first: dt.date, after: dt.date) -> Figures:
    start, end = _utc(first), _utc(after)
    opened = _between(RepairOrder.opened_at, start, end)
    delivered = and_(_between(RepairOrder.delivered_at, start, end), RepairOrder.status != CANCELLED)
    money = s.execute(
        select(
            func.count(RepairOrder.id),
            func.count(func.distinct(RepairOrder.vehicle_id)),
            func.coalesce(func.sum(RepairOrder.labour_fen), 0),
            func.coalesce(func.sum(RepairOrder.parts_fen), 0),
            func.coalesce(func.sum(RepairOrder.total_fen), 0),
            func.coalesce(
                func.sum(case((RepairOrder.delivered_at > RepairOrder.promised_at, 1), else_=0)), 0
            ),
        ).where(delivered)
    ).one()
    n_delivered, vehicles_delivered, labour, parts, total, late = (int(x or 0) for x in money)
    opened_row = s.execute(
        select(
            func.count(RepairOrder.id),
            func.count(func.distinct(RepairOrder.vehicle_id)),
            func.count(RepairOrder.appointment_id),
        ).where(opened)
    ).one()
    orders_opened, vehicles_in, appointments = (int(x or 0) for x in opened_row)
    in_workshop = _in_workshop(s, end)
    calls = s.execute(
        select(func.count(ReminderContact.id), func.count(ReminderContact.appointment_id)).where(
            _between(ReminderContact.at, start, end)
        )
    ).one()
    return Figures(
        first=first,
        after=after,
        vehicles_in=vehicles_in,
        orders_opened=orders_opened,
        delivered=n_delivered,
        in_workshop=in_workshop,
        labour_fen=labour,
        parts_fen=parts,
        other_fen=total - labour - parts,
        vehicles_delivered=vehicles_delivered,
        appointments_opened=appointments,
        late_deliveries=late,
        calls=int(calls[0] or 0),
        bookings=int(calls[1] or 0),
        claims_opened=_count(
            s, select(func.count(WarrantyClaim.id)).where(_between(WarrantyClaim.created_at, start, end))
        ),
        tags_printed=_count(
            s, select(func.count(PartLabel.id)).where(_between(PartLabel.first_printed_at, start, end))
        ),
        complaints_opened=_count(
            s, select(func.count(Complaint.id)).where(_between(Complaint.opened_at, start, end))
        ),
        complaints_closed=_count(
            s, select(func.count(Complaint.id)).where(_between(Complaint.closed_at, start, end))
        ),
    )


def daily_report(s: Session, day: dt.date) -> DailyReport:
    after = day + dt.timedelta(days=1)
    month_first = day.replace(day=1)
    last_first = add_months(month_first, -1)
    last_after = add_months(day, -1) + dt.timedelta(days=1)  # the same days of the month before
    start, end = _utc(day), _utc(after)
    delivered = and_(_between(RepairOrder.delivered_at, start, end), RepairOrder.status != CANCELLED)
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
    names = {user_id: name for user_id, name in s.execute(select(User.id, User.display_name)).all()}
    quality = day_quality(s, start, end, names)
    return DailyReport(
        day=figures(s, day, after),
        month_to_date=figures(s, month_first, after),
        last_month=figures(s, last_first, last_after),
        by_job_type=tuple(sorted(((k, v[0], v[1]) for k, v in by_job.items()), key=lambda x: (-x[2], x[0]))),
        by_payer=tuple((payer, int(fen or 0)) for payer, fen in by_payer),
        by_advisor=tuple(
            sorted(
                (AdvisorFigures(names.get(a, "—"), v[0], v[1], v[2]) for a, v in advisors.items()),
                key=lambda x: (-x.revenue_fen, x.name),
            )
        ),
        quality=quality,
    )


def day_quality(s: Session, start: dt.datetime, end: dt.datetime, names: dict[int, str]) -> DayQuality:
    shows = s.execute(
        select(Appointment.status, func.count(Appointment.id))
        .where(
            _between(Appointment.scheduled_at, start, end),
            Appointment.status != AppointmentStatus.CANCELLED.value,
        )
        .group_by(Appointment.status)
    ).all()
    booked = {status: int(n) for status, n in shows}
    answers = s.execute(
        select(ReminderContact.satisfaction, func.count(ReminderContact.id))
        .where(_between(ReminderContact.at, start, end), ReminderContact.satisfaction.is_not(None))
        .group_by(ReminderContact.satisfaction)
    ).all()
    answered = {value: int(n) for value, n in answers}
    estimated = s.execute(
        select(RepairOrder.advisor_id, RepairOrder.estimate_fen, RepairOrder.total_fen).where(
            _between(RepairOrder.delivered_at, start, end),
            RepairOrder.status != CANCELLED,
            RepairOrder.estimate_approved,
            RepairOrder.estimate_fen > 0,
        )
    ).all()
    held: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for advisor_id, estimate, total in estimated:
        held[advisor_id][1] += 1
        held[advisor_id][0] += abs(total - estimate) <= ESTIMATE_TOLERANCE * estimate
    opened = s.execute(
        select(RepairOrder.id, RepairOrder.ro_number, RepairOrder.vehicle_id, RepairOrder.opened_at,
               RepairOrder.customer_statement)
        .where(_between(RepairOrder.opened_at, start, end), RepairOrder.customer_statement != "")
    ).all()  # fmt: skip
    # The day's cars' orders delivered in the 30 days before: one query, matched here.
    earlier: dict[int, list[tuple[dt.datetime, frozenset[str]]]] = defaultdict(list)
    vehicles = {vehicle_id for _, _, vehicle_id, _, _ in opened}
    if vehicles:
        for vehicle_id, delivered_at, text in s.execute(
            select(RepairOrder.vehicle_id, RepairOrder.delivered_at, RepairOrder.customer_statement).where(
                RepairOrder.vehicle_id.in_(vehicles),
                RepairOrder.delivered_at >= start - dt.timedelta(days=COMEBACK_DAYS),
                RepairOrder.delivered_at < end,
                RepairOrder.status != CANCELLED,
            )
        ).all():
            if delivered_at is not None:
                earlier[vehicle_id].append((delivered_at, categories_in(text)))
    comebacks = []
    for _, ro_number, vehicle_id, opened_at, statement in opened:
        problems = categories_in(statement)
        window = opened_at - dt.timedelta(days=COMEBACK_DAYS)
        if problems and any(
            window <= at < opened_at and problems & before for at, before in earlier.get(vehicle_id, ())
        ):
            comebacks.append(ro_number)
    return DayQuality(
        show_rate=Share(booked.get("arrived", 0), sum(booked.values())),
        satisfaction=Share(
            answered.get("very_satisfied", 0) + answered.get("satisfied", 0), sum(answered.values())
        ),
        estimate_accuracy=Share(sum(v[0] for v in held.values()), sum(v[1] for v in held.values())),
        estimate_by_advisor=tuple(sorted((names.get(a, "—"), Share(*v)) for a, v in held.items())),
        comebacks=tuple(comebacks),
        repairs=len(opened),
    )
