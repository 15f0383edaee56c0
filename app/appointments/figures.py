"""The booking figures the reports print (docs/domain/appointments.md#figures): one function,
figures(s, first, last), over the local days first..last (both included), each figure a named
definition in DEFINITIONS, printed with it. Three grouped queries whatever the span."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.appointments.kinds import WORK_KIND_LABELS, WorkKind, work_kind_of
from app.appointments.records import AppointmentFigures, FigureRow
from app.appointments.schedule import day_bounds
from app.appointments.status import AppointmentStatus
from app.users import display_names
from app.wording import say
from db.models import Appointment, RepairOrder

DEFINITIONS: tuple[tuple[str, str], ...] = (
    (say("预约数"), say("期间新建的预约数（按预约的建立时间，含之后取消的）")),
    (say("应到预约"), say("预约时段在期间内、未取消的预约数（含尚未到时间的）")),
    (say("已到店"), say("应到预约中，已由预约开出工单的数")),
    (say("到店率"), say("已到店 ÷ 应到预约")),
    (say("爽约"), say("应到预约中，当天结束仍未到店（标为爽约）的数")),
    (say("取消"), say("预约时段在期间内、已取消的预约数")),
    (say("预约进厂占比"), say("期间开出的工单中，由预约开出的比例（由预约开出的工单 ÷ 开单数）")),
    (say("按服务顾问、按维修类别"), say("同样的定义，按预约所选的服务顾问和维修类别分别统计")),
)
NO_ADVISOR = say("未指定顾问")


def _rate(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


class _Counts:
    def __init__(self) -> None:
        self.made = 0
        self.due = 0
        self.arrived = 0
        self.no_shows = 0

    def row(self, key: str, label: str) -> FigureRow:
        return FigureRow(
            key, label, self.made, self.due, self.arrived, self.no_shows, _rate(self.arrived, self.due)
        )


def made_and_missed(s: Session, edges: Sequence[dt.date]) -> list[tuple[int, int]]:
    """Bookings made and bookings due not arrived (due − arrived, as figures() counts them) in
    each span between consecutive local days of `edges` (each span [edges[i], edges[i+1])):
    two reads of the whole range, counted here, where a call of figures() per span would read
    the same bookings once for every day and week of a month."""
    bounds = [day_bounds(day)[0] for day in edges]
    made = [0] * (len(edges) - 1)
    missed = [0] * (len(edges) - 1)

    def span_of(moment: dt.datetime) -> int:
        aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
        return bisect_right(bounds, aware) - 1

    for (created,) in s.execute(
        select(Appointment.created_at).where(
            Appointment.created_at >= bounds[0], Appointment.created_at < bounds[-1]
        )
    ):
        made[span_of(created)] += 1
    for (slot,) in s.execute(
        select(Appointment.scheduled_at).where(
            Appointment.scheduled_at >= bounds[0],
            Appointment.scheduled_at < bounds[-1],
            Appointment.status.not_in([AppointmentStatus.CANCELLED.value, AppointmentStatus.ARRIVED.value]),
        )
    ):
        missed[span_of(slot)] += 1
    return list(zip(made, missed, strict=True))


def figures(s: Session, first: dt.date, last: dt.date) -> AppointmentFigures:
    """The figures of the local days first..last, both included."""
    start, _ = day_bounds(first)
    _, end = day_bounds(last)
    by_advisor: dict[int | None, _Counts] = defaultdict(_Counts)
    by_kind: dict[WorkKind, _Counts] = {kind: _Counts() for kind in WorkKind}
    made = due = arrived = no_shows = cancelled = 0
    for advisor_id, kind, n in s.execute(
        select(Appointment.advisor_id, Appointment.work_kind, func.count())
        .where(Appointment.created_at >= start, Appointment.created_at < end)
        .group_by(Appointment.advisor_id, Appointment.work_kind)
    ):
        made += n
        by_advisor[advisor_id].made += n
        by_kind[work_kind_of(kind)].made += n
    for advisor_id, kind, status, n in s.execute(
        select(Appointment.advisor_id, Appointment.work_kind, Appointment.status, func.count())
        .where(Appointment.scheduled_at >= start, Appointment.scheduled_at < end)
        .group_by(Appointment.advisor_id, Appointment.work_kind, Appointment.status)
    ):
        if status == AppointmentStatus.CANCELLED.value:
            cancelled += n
            continue
        rows = (by_advisor[advisor_id], by_kind[work_kind_of(kind)])
        due += n
        for counts in rows:
            counts.due += n
        if status == AppointmentStatus.ARRIVED.value:
            arrived += n
            for counts in rows:
                counts.arrived += n
        elif status == AppointmentStatus.NO_SHOW.value:
            no_shows += n
            for counts in rows:
                counts.no_shows += n
    opened, from_bookings = s.execute(
        select(func.count(RepairOrder.id), func.count(RepairOrder.appointment_id)).where(
            RepairOrder.opened_at >= start, RepairOrder.opened_at < end
        )
    ).one()
    names = display_names(s, [a for a in by_advisor if a is not None])
    advisor_rows = [
        (
            a is None,
            counts.row("" if a is None else str(a), NO_ADVISOR if a is None else names.get(a, str(a))),
        )
        for a, counts in by_advisor.items()
    ]
    advisor_rows.sort(key=lambda x: (x[0], x[1].label))  # by name, the bookings without an advisor last
    return AppointmentFigures(
        start=first,
        end=last,
        made=made,
        due=due,
        arrived=arrived,
        no_shows=no_shows,
        cancelled=cancelled,
        show_rate=_rate(arrived, due),
        orders_opened=int(opened or 0),
        orders_from_bookings=int(from_bookings or 0),
        booking_share=_rate(int(from_bookings or 0), int(opened or 0)),
        by_advisor=tuple(row for _, row in advisor_rows),
        by_kind=tuple(by_kind[kind].row(kind.value, WORK_KIND_LABELS[kind]) for kind in WorkKind),
    )
