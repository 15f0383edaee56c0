"""Annual inspection and insurance reminders from the dates read off the papers, on 2026-11-27:
due the notice days before (never moved to today), moved by a correction, closed as done by a
renewal and closed when the date is cleared; on the car's one task beside its other reasons."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from app.audit import list_entries
from app.context import Services
from app.errors import InvalidFields
from app.reminders import (
    CallInput,
    CallOutcome,
    ReminderKind,
    ReminderRules,
    ReminderStatus,
    TaskFilter,
    WorkList,
    paper_text,
)
from app.reminders.documents import reason_line
from app.roles import Role
from app.vehicles import VehicleInfo, VehicleInput
from db.models import Reminder
from tests.app.reminders.support import TODAY, car, remind
from tests.conftest import make_actor

PAPERS = (ReminderKind.ANNUAL_INSPECTION.value, ReminderKind.INSURANCE.value)


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def save(
    svc: Services, v: VehicleInfo, *, inspection: dt.date | None = None, insurance: dt.date | None = None
) -> VehicleInfo:
    admin = make_actor(svc, Role.ADMIN)
    now = svc.vehicles.vehicles.get(admin, v.id)
    data = VehicleInput(
        vin=now.vin, model_id=now.model.id, owner_id=now.owner_id, delivery_date=now.delivery_date,
        inspection_due=inspection, insurance_expires=insurance,
    )  # fmt: skip
    return svc.vehicles.vehicles.update(admin, now.id, now.version, data)


def papers(svc: Services, v: VehicleInfo) -> list[tuple[str, dt.date, str]]:
    with svc.db.read() as s:
        query = select(Reminder).where(Reminder.vehicle_id == v.id, Reminder.kind.in_(PAPERS))
        rows = s.scalars(query.order_by(Reminder.id))
        return [(r.kind, r.due_date, r.status) for r in rows]


def test_an_inspection_month_is_its_last_day_and_reminded_the_notice_days_before(services: Services) -> None:
    v = save(services, car(services), inspection=dt.date(2027, 3, 1))
    assert v.inspection_due == dt.date(2027, 3, 31) and v.insurance_expires is None
    assert papers(services, v) == [("annual_inspection", dt.date(2027, 3, 1), "open")]
    again = save(services, v, inspection=dt.date(2027, 2, 14))  # February: 28 days in 2027
    assert again.inspection_due == dt.date(2027, 2, 28)


def test_exactly_the_notice_days_before_is_due_today_not_overdue(services: Services) -> None:
    advisor = make_actor(services, Role.ADVISOR)
    v = save(services, car(services), insurance=days(30))
    assert papers(services, v) == [("insurance", TODAY, "open")]
    task = services.reminders.work_list(advisor, WorkList.DUE_SOON).tasks[0]
    reason = task.reasons[0]
    assert (task.vehicle_id, reason.kind, reason.overdue, reason.expires) == (
        v.id, ReminderKind.INSURANCE, False, days(30),
    )  # fmt: skip
    assert reason_line(reason, TODAY) == f"保险续保：{days(30).isoformat()} 到期"
    assert services.reminders.work_list(advisor, WorkList.OVERDUE).total == 0


def test_a_date_of_today_is_late_to_call_but_not_yet_expired(services: Services) -> None:
    advisor = make_actor(services, Role.ADVISOR)
    v = save(services, car(services), insurance=TODAY)
    assert papers(services, v) == [("insurance", days(-30), "open")]  # not moved to today
    reason = services.reminders.work_list(advisor, WorkList.OVERDUE).tasks[0].reasons[0]
    assert reason.overdue
    assert str(paper_text(ReminderKind.INSURANCE, TODAY, TODAY)) == f"保险续保：{TODAY.isoformat()} 到期"


def test_a_date_in_the_past_is_overdue_and_said_as_overdue(services: Services) -> None:
    advisor = make_actor(services, Role.ADVISOR)
    v = save(services, car(services), inspection=dt.date(2026, 10, 5))
    assert papers(services, v) == [("annual_inspection", dt.date(2026, 10, 1), "open")]
    task = services.reminders.work_list(advisor, WorkList.OVERDUE).tasks[0]
    assert task.vehicle_id == v.id and task.urgency == (TODAY - dt.date(2026, 10, 1)).days
    assert reason_line(task.reasons[0], TODAY) == "年检已逾期（检验有效期至 2026-10），请尽快年检"
    assert str(paper_text(ReminderKind.INSURANCE, days(-1), TODAY)) == (
        f"保险已逾期（{days(-1).isoformat()} 到期），请尽快续保"
    )
    assert services.reminders.work_list(advisor, WorkList.DUE_SOON).total == 0


def test_a_corrected_earlier_date_moves_the_open_reminder(services: Services) -> None:
    v = save(services, car(services), insurance=days(200))
    first = papers(services, v)
    v = save(services, v, insurance=days(100))
    assert papers(services, v) == [("insurance", days(70), "open")]
    assert len(first) == 1
    actions = [e.action for e in list_entries(services.db, make_actor(services, Role.ADMIN), "reminder")]
    assert "reminder.move" in actions and "reminder.add" in actions


def test_a_renewal_closes_the_old_reminder_as_done_and_opens_the_next(services: Services) -> None:
    advisor = make_actor(services, Role.ADVISOR)
    v = save(services, car(services), insurance=days(20))
    services.reminders.log_call(advisor, v.id, CallInput(CallOutcome.NO_ANSWER))
    v = save(services, v, insurance=days(20 + 365))
    assert papers(services, v) == [
        ("insurance", days(-10), "done"),
        ("insurance", days(20 + 365 - 30), "open"),
    ]
    with services.db.read() as s:
        old = s.scalars(select(Reminder).where(Reminder.vehicle_id == v.id).order_by(Reminder.id)).first()
        assert old is not None and old.converted and old.closed_at is not None
    assert services.reminders.work_list(advisor, WorkList.OVERDUE).total == 0


def test_clearing_the_date_closes_its_reminder_only(services: Services) -> None:
    v = save(services, car(services), inspection=dt.date(2027, 1, 10), insurance=days(40))
    v = save(services, v, inspection=None, insurance=days(40))
    assert papers(services, v) == [
        ("annual_inspection", dt.date(2027, 1, 1), ReminderStatus.DONE.value),
        ("insurance", days(10), "open"),
    ]
    assert v.inspection_due is None


def test_the_car_has_one_task_with_its_reasons_merged(services: Services) -> None:
    advisor = make_actor(services, Role.ADVISOR)
    v = car(services)
    remind(services, v, days(25))
    save(services, v, inspection=dt.date(2026, 12, 20), insurance=days(40))  # valid to 2026-12-31
    page = services.reminders.work_list(advisor, WorkList.DUE_SOON)
    assert page.total == 1
    task = page.tasks[0]
    assert [(r.kind, r.due_date) for r in task.reasons] == [
        (ReminderKind.ANNUAL_INSPECTION, dt.date(2026, 12, 1)),
        (ReminderKind.INSURANCE, days(10)),
        (ReminderKind.SERVICE, days(25)),
    ]
    only = services.reminders.work_list(advisor, WorkList.DUE_SOON, TaskFilter(kind=ReminderKind.INSURANCE))
    assert [t.vehicle_id for t in only.tasks] == [v.id]


def test_the_notice_days_are_the_supervisors_rules(services: Services) -> None:
    supervisor = make_actor(services, Role.SUPERVISOR)
    rules = services.reminders.rules(supervisor)
    assert (rules.inspection_notice_days, rules.insurance_notice_days) == (30, 30)
    services.reminders.set_rules(supervisor, dataclasses.replace(rules, inspection_notice_days=45))
    v = save(services, car(services), inspection=dt.date(2027, 3, 1), insurance=dt.date(2027, 3, 31))
    assert papers(services, v) == [
        ("annual_inspection", dt.date(2027, 2, 14), "open"),
        ("insurance", dt.date(2027, 3, 1), "open"),
    ]
    with pytest.raises(InvalidFields) as refused:
        wrong = ReminderRules(inspection_notice_days=5, insurance_notice_days=120)
        services.reminders.set_rules(supervisor, wrong)
    assert [e.field for e in refused.value.errors] == ["inspection_notice_days", "insurance_notice_days"]
    assert "年检到期前几天提醒应为 7 到 90" in str(refused.value)


def test_new_notice_days_move_the_open_reminders_not_the_booked(services: Services) -> None:
    """The supervisor's new notice days apply to the reminders already open, not only to the
    dates saved later; a booked one keeps its day, the other kind is not touched."""
    supervisor = make_actor(services, Role.SUPERVISOR)
    first = save(services, car(services), inspection=dt.date(2027, 3, 1), insurance=dt.date(2027, 3, 31))
    second = save(services, car(services), inspection=dt.date(2027, 5, 1))
    with services.db.session() as s:
        booked = s.scalars(
            select(Reminder).where(Reminder.vehicle_id == second.id, Reminder.kind == "annual_inspection")
        ).one()
        booked.status = ReminderStatus.BOOKED.value
        s.commit()
    rules = services.reminders.rules(supervisor)
    services.reminders.set_rules(supervisor, dataclasses.replace(rules, inspection_notice_days=60))
    assert papers(services, first) == [
        ("annual_inspection", dt.date(2027, 1, 30), "open"),  # 60 days before 2027-03-31
        ("insurance", dt.date(2027, 3, 1), "open"),  # still 30 days
    ]
    assert papers(services, second) == [
        ("annual_inspection", dt.date(2027, 5, 1), "booked")
    ]  # 30 before 05-31
    admin = make_actor(services, Role.ADMIN)
    (entry,) = [e for e in list_entries(services.db, admin, "rules") if e.action == "reminder.move"]
    assert entry.after == {"kind": "annual_inspection", "notice_days": 60, "moved": 1}
    services.reminders.set_rules(supervisor, dataclasses.replace(rules, inspection_notice_days=60))
    assert len(list_entries(services.db, admin, "rules")) == 1  # the same days again: nothing moves
