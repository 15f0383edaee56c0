"""The work lists on 2026-11-27: due soon, overdue, first service lost, lapsing and lost; one
task per car with its reasons merged, in order of urgency, phones as the user may see them."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from app.context import Services
from app.errors import PermissionDenied
from app.reminders import ReminderKind, TaskFilter, WorkList
from app.reminders.worklist import work_list as work_list_fn
from app.roles import Role
from tests.app.reminders.support import TODAY, car, last_visit, remind
from tests.conftest import make_actor


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def test_due_soon_and_overdue_are_apart_and_by_urgency(services: Services) -> None:
    advisor = make_actor(services, Role.ADVISOR)
    soon, later, late, very_late = car(services), car(services), car(services), car(services)
    remind(services, soon, days(10))
    remind(services, later, days(45))  # beyond the 30 days: on no list yet
    remind(services, late, days(-5))
    remind(services, very_late, days(-40))
    remind(services, late, days(20), ReminderKind.DECLINED_ITEM, None)  # merged into its task
    reminders = services.reminders
    due = reminders.work_list(advisor, WorkList.DUE_SOON)
    # The car with an overdue service and deferred work due soon is the more urgent of the two.
    assert [t.vehicle_id for t in due.tasks] == [late.id, soon.id] and due.total == 2
    overdue = reminders.work_list(advisor, WorkList.OVERDUE)
    assert [t.vehicle_id for t in overdue.tasks] == [very_late.id, late.id]
    task = overdue.tasks[1]
    assert [(r.kind, r.overdue) for r in task.reasons] == [
        (ReminderKind.SERVICE, True),
        (ReminderKind.DECLINED_ITEM, False),
    ]
    assert task.urgency == 5 and task.next_call == TODAY and task.phone.startswith("139")


def test_first_service_lost_lapsing_and_lost(services: Services) -> None:
    supervisor = make_actor(services, Role.SUPERVISOR)
    new_car = car(services, delivered=dt.date(2025, 11, 26))  # 12 months and a day ago
    young_car = car(services, delivered=dt.date(2025, 11, 28))
    remind(services, new_car, dt.date(2026, 5, 26), ReminderKind.FIRST_SERVICE, 5_000)
    remind(services, young_car, dt.date(2026, 5, 28), ReminderKind.FIRST_SERVICE, 5_000)
    lapsing, lost, recent = car(services), car(services), car(services)
    last_visit(services, lapsing, dt.datetime(2025, 6, 1, 2, tzinfo=dt.UTC))  # 18 months
    last_visit(services, lost, dt.datetime(2024, 6, 1, 2, tzinfo=dt.UTC))  # 30 months
    last_visit(services, recent, dt.datetime(2026, 6, 1, 2, tzinfo=dt.UTC))
    reminders = services.reminders
    assert [t.vehicle_id for t in reminders.work_list(supervisor, WorkList.FIRST_SERVICE_LOST).tasks] == [
        new_car.id
    ]
    assert [t.vehicle_id for t in reminders.work_list(supervisor, WorkList.LAPSING).tasks] == [lapsing.id]
    lost_list = reminders.work_list(supervisor, WorkList.LOST)
    assert [t.vehicle_id for t in lost_list.tasks] == [lost.id]
    assert "****" in lost_list.tasks[0].phone  # the supervisor reads the lists; the advisors call


def test_filters_and_who_may_see(services: Services) -> None:
    advisor = make_actor(services, Role.ADVISOR)
    one, two = car(services), car(services)
    remind(services, one, days(-3))
    remind(services, two, days(-3), ReminderKind.WARRANTY_EXPIRY, None)
    reminders = services.reminders
    by_kind = reminders.work_list(advisor, WorkList.OVERDUE, TaskFilter(kind=ReminderKind.WARRANTY_EXPIRY))
    assert [t.vehicle_id for t in by_kind.tasks] == [two.id]
    by_model = reminders.work_list(advisor, WorkList.OVERDUE, TaskFilter(model_id=one.model.id))
    assert [t.vehicle_id for t in by_model.tasks] == [one.id]
    supervisor = make_actor(services, Role.SUPERVISOR)
    assert reminders.assign(supervisor, [one.id], advisor.user_id) == 1
    mine = reminders.work_list(advisor, WorkList.OVERDUE, TaskFilter(assigned_to=advisor.user_id))
    assert [t.vehicle_id for t in mine.tasks] == [one.id] and mine.tasks[
        0
    ].assigned_to == advisor.display_name
    with pytest.raises(PermissionDenied):
        reminders.work_list(make_actor(services, Role.CLAIMS), WorkList.OVERDUE)


def test_colleagues_to_give_tasks_to(services: Services) -> None:
    supervisor = make_actor(services, Role.SUPERVISOR)
    advisor = make_actor(services, Role.ADVISOR)
    found = {user_id: (name, role) for user_id, name, role in services.users.colleagues(supervisor)}
    assert found[advisor.user_id] == (advisor.display_name, "服务顾问")


def test_a_full_page_asked_without_its_count_leaves_the_total_to_count_list(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tab shows a list's page first and its total a moment later: on a big dealer's list
    the count of distinct cars takes longer than the page."""
    monkeypatch.setattr("app.reminders.service.work_list", partial(work_list_fn, limit=2))
    advisor = make_actor(services, Role.ADVISOR)
    cars = [car(services) for _ in range(3)]
    for n, each in enumerate(cars):
        remind(services, each, days(-10 - n))
    remind(services, cars[0], days(5), ReminderKind.DECLINED_ITEM, None)  # one car, two reminders
    reminders = services.reminders
    page = reminders.work_list(advisor, WorkList.OVERDUE, counted=False)
    assert [t.vehicle_id for t in page.tasks] == [cars[2].id, cars[1].id] and page.total is None
    assert reminders.count_list(advisor, WorkList.OVERDUE) == 3
    assert reminders.work_list(advisor, WorkList.OVERDUE).total == 3
    # A page that is not full is the whole list: its total is known without counting.
    due = reminders.work_list(advisor, WorkList.DUE_SOON, counted=False)
    assert [t.vehicle_id for t in due.tasks] == [cars[0].id] and due.total == 1
    assert reminders.count_list(advisor, WorkList.DUE_SOON) == 1
