"""到期未来厂 analysis: of the cars whose service fell due in a month, which came back on time,
late or not at all, and why; by advisor and model; calls to visits; and the retention figures,
each a named definition printed with its formula (docs/domain/reminders.md: no industry-wide
formula exists, each brand defines its own).

- Due: a first-service or service reminder with its due date in the month.
- On time: done (the car serviced) by the due date plus the rules' grace days (15 unless the
  supervisor set another); late: done later; not back: lost (with its reason) or still open or
  booked on the day of the analysis.
- Calls to visits: of the due cars called at least once, how many came back.
- N-month retention (13 unless set): of the cars with an order delivered in the month N months
  before, the share with another order delivered after it, by the end of this month.
- First-service return: of the first services due in the month, the share done.
- Show rate: the appointments' own figure (app.appointments.figures): of the bookings due in the
  month (not cancelled), the share that arrived.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.appointments import figures as appointment_figures
from app.errors import ValidationError
from app.reminders.kinds import LOST_REASON_LABELS, SERVICE_KINDS, LostReason, ReminderKind, ReminderStatus
from app.reminders.rules import ReminderRules
from app.warranty import add_months
from app.wording import say
from db.models import Reminder, ReminderContact, RepairOrder, User, Vehicle, VehicleModel

NOT_BACK_OPEN = "尚未回厂（仍在跟进）"


@dataclass(frozen=True)
class Figure:
    name: str
    formula: str
    numerator: int
    denominator: int

    @property
    def value(self) -> str:
        return f"{self.numerator / self.denominator:.1%}" if self.denominator else "—"


@dataclass(frozen=True)
class Analysis:
    period: str
    due: int
    on_time: int
    late: int
    not_back: int
    reasons: tuple[tuple[str, int], ...]  # why the cars not back stayed away, most first
    by_advisor: tuple[tuple[str, int, int, int], ...]  # (advisor, due, back, not back)
    by_model: tuple[tuple[str, int, int, int], ...]
    called: int
    called_back: int  # of the called, came back
    figures: tuple[Figure, ...]
    grace_days: int  # serviced up to this many days after the due date counts as on time


def month_range(period: str) -> tuple[dt.date, dt.date]:
    """The month's first day and the next month's."""
    try:
        year, month = (int(x) for x in period.strip().split("-"))
        first = dt.date(year, month, 1)
    except ValueError:
        raise ValidationError("period", say("月份应写作 YYYY-MM，如 2026-11")) from None
    return first, add_months(first, 1)


def _utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def _retention(s: Session, first: dt.date, after: dt.date, months: int) -> Figure:
    base_from, base_to = _utc(add_months(first, -months)), _utc(add_months(after, -months))
    base = (
        select(RepairOrder.vehicle_id, func.max(RepairOrder.delivered_at).label("at"))
        .where(RepairOrder.delivered_at >= base_from, RepairOrder.delivered_at < base_to)
        .group_by(RepairOrder.vehicle_id)
        .subquery()
    )
    later = aliased(RepairOrder)
    came = (
        select(func.count())
        .select_from(base)
        .where(
            select(later.id)
            .where(
                later.vehicle_id == base.c.vehicle_id,
                later.delivered_at > base.c.at,
                later.delivered_at < _utc(after),
            )
            .exists()
        )
    )
    total = int(s.scalar(select(func.count()).select_from(base)) or 0)
    return Figure(
        say("{months} 个月保有率", months=months),
        say("{months} 个月前当月交车的车辆中，之后（至本月底）再次交车的比例", months=months),
        int(s.scalar(came) or 0),
        total,
    )


def _show_rate(s: Session, first: dt.date, after: dt.date) -> Figure:
    booked = appointment_figures(s, first, after - dt.timedelta(days=1))
    return Figure(
        say("预约到店率"),
        say("本月应到的预约（未取消）中，按预约到店开单的比例"),
        booked.arrived,
        booked.due,
    )


def analyse(s: Session, period: str, rules: ReminderRules) -> Analysis:
    first, after = month_range(period)
    rows = s.execute(
        select(Reminder, Vehicle.model_id)
        .join(Vehicle, Vehicle.id == Reminder.vehicle_id)
        .where(
            Reminder.kind.in_([k.value for k in SERVICE_KINDS]),
            Reminder.due_date >= first,
            Reminder.due_date < after,
        )
    ).all()
    models = {m.id: f"{m.brand} {m.name}".strip() for m in s.scalars(select(VehicleModel))}
    names = {user_id: name for user_id, name in s.execute(select(User.id, User.display_name)).all()}
    ids = [r.id for r, _ in rows]
    called = (
        set(s.scalars(select(ReminderContact.reminder_id).where(ReminderContact.reminder_id.in_(ids))))
        if ids
        else set()
    )
    advisors: dict[int, int] = {}
    for vehicle_id, advisor_id in s.execute(
        select(RepairOrder.vehicle_id, RepairOrder.advisor_id)
        .order_by(RepairOrder.opened_at)
        .where(RepairOrder.vehicle_id.in_({r.vehicle_id for r, _ in rows}))
    ).all():
        advisors[vehicle_id] = advisor_id  # the last order's advisor wins
    grace = dt.timedelta(days=rules.on_time_grace_days)
    on_time = late = 0
    reasons: Counter[str] = Counter()
    by_advisor: dict[str, list[int]] = {}
    by_model: dict[str, list[int]] = {}
    first_due = first_done = called_n = called_back = 0
    for row, model_id in rows:
        back = row.status == ReminderStatus.DONE.value and row.closed_at is not None
        if back:
            if row.closed_at.astimezone().date() <= row.due_date + grace:  # type: ignore[union-attr]
                on_time += 1
            else:
                late += 1
        elif row.status == ReminderStatus.LOST.value and row.lost_reason:
            reasons[LOST_REASON_LABELS.get(LostReason(row.lost_reason), row.lost_reason)] += 1
        else:
            reasons[NOT_BACK_OPEN] += 1
        for key, table in (
            (names.get(advisors.get(row.vehicle_id, 0), "—"), by_advisor),
            (models.get(model_id, "—"), by_model),
        ):
            counts = table.setdefault(key, [0, 0, 0])
            counts[0] += 1
            counts[1 if back else 2] += 1
        if row.kind == ReminderKind.FIRST_SERVICE.value:
            first_due += 1
            first_done += back
        if row.id in called:
            called_n += 1
            called_back += back
    figures = (
        Figure(
            say("按时回厂率"),
            say("本月到期的车辆中，到期后 {days} 天内保养的比例", days=rules.on_time_grace_days),
            on_time,
            len(rows),
        ),
        _retention(s, first, after, rules.retention_months),
        Figure(say("首保回厂率"), say("本月到期的首保中，已完成首保的比例"), first_done, first_due),
        _show_rate(s, first, after),
        Figure(say("提醒回厂率"), say("本月到期且已电话提醒的车辆中，已回厂的比例"), called_back, called_n),
    )
    return Analysis(
        period=period.strip(),
        due=len(rows),
        on_time=on_time,
        late=late,
        not_back=len(rows) - on_time - late,
        reasons=tuple(reasons.most_common()),
        by_advisor=tuple(sorted(((k, *v) for k, v in by_advisor.items()), key=lambda x: (-x[1], x[0]))),  # type: ignore[misc]
        by_model=tuple(sorted(((k, *v) for k, v in by_model.items()), key=lambda x: (-x[1], x[0]))),  # type: ignore[misc]
        called=called_n,
        called_back=called_back,
        figures=figures,
        grace_days=rules.on_time_grace_days,
    )


def tables(a: Analysis) -> list[tuple[str, list[str], list[list[str]]]]:
    """The analysis's tables as (title, columns, rows) of text, for the A4 and the workbook."""

    def share(part: int, whole: int) -> str:
        return f"{part / whole:.1%}" if whole else "—"

    not_back = a.not_back or 1
    return [
        (say("未回厂原因"), [say("原因"), say("台数"), say("占未回厂")],
         [[r, str(n), share(n, not_back)] for r, n in a.reasons]),
        (say("按服务顾问"), [say("服务顾问"), say("到期"), say("已回厂"), say("未回厂"), say("回厂率")],
         [[k, str(d), str(b), str(n), share(b, d)] for k, d, b, n in a.by_advisor]),
        (say("按车型"), [say("车型"), say("到期"), say("已回厂"), say("未回厂"), say("回厂率")],
         [[k, str(d), str(b), str(n), share(b, d)] for k, d, b, n in a.by_model]),
        (say("电话提醒与回厂"), [say("已提醒"), say("提醒后回厂"), say("提醒回厂率")],
         [[str(a.called), str(a.called_back), share(a.called_back, a.called)]]),
    ]  # fmt: skip


def headline(a: Analysis) -> list[tuple[str, str]]:
    return [
        (say("到期车辆"), str(a.due)),
        (say("按时回厂"), str(a.on_time)),
        (say("逾期回厂"), str(a.late)),
        (say("未回厂"), str(a.not_back)),
    ]
