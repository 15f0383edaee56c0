"""The follow-up call after delivery (交车回访): listed from 3 days after delivery until 15,
satisfied or unhappy (a complaint for the supervisor), or not reached."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.context import Services
from app.errors import NotFound, ValidationError
from app.reminders import FollowUpInput, Satisfaction, WorkList
from app.roles import Role
from db.models import Complaint, Reminder
from tests.app.factories import open_order
from tests.app.reminders.support import car
from tests.conftest import FakeClock, make_actor
from tests.ui.intake.support import deliver


def delivered_car(svc: Services, advisor):  # type: ignore[no-untyped-def]
    vehicle = car(svc)
    order = deliver(
        svc, advisor, open_order(svc, advisor, vehicle, mileage=12_000, statement="刹车异响"), 12_010
    )
    return vehicle, order


def test_listed_from_three_days_after_delivery_until_fifteen(services: Services, clock: FakeClock) -> None:
    advisor = make_actor(services, Role.ADVISOR)
    vehicle, order = delivered_car(services, advisor)
    reminders = services.reminders
    assert reminders.work_list(advisor, WorkList.FOLLOW_UP).tasks == ()
    clock.advance(days=3)
    (task,) = reminders.work_list(advisor, WorkList.FOLLOW_UP).tasks
    assert task.vehicle_id == vehicle.id and [r.label for r in task.reasons if r.note == order.ro_number]
    clock.advance(days=12)
    assert len(reminders.work_list(advisor, WorkList.FOLLOW_UP).tasks) == 1  # day 15: the last day
    clock.advance(days=1)
    assert reminders.work_list(advisor, WorkList.FOLLOW_UP).tasks == ()


def test_satisfied_closes_it_unhappy_opens_a_complaint(services: Services, clock: FakeClock) -> None:
    advisor = make_actor(services, Role.ADVISOR)
    happy, _ = delivered_car(services, advisor)
    unhappy, order = delivered_car(services, advisor)
    clock.advance(days=3)
    reminders = services.reminders
    with pytest.raises(ValidationError, match="满意度"):
        reminders.log_follow_up(advisor, happy.id, FollowUpInput(reached=True))
    done = reminders.log_follow_up(advisor, happy.id, FollowUpInput(True, Satisfaction.VERY_SATISFIED))
    assert done.done and done.complaint_id is None
    with pytest.raises(ValidationError, match="客户的原话"):
        reminders.log_follow_up(advisor, unhappy.id, FollowUpInput(True, Satisfaction.DISSATISFIED))
    answer = FollowUpInput(True, Satisfaction.DISSATISFIED, "等了两个小时才交车")
    result = reminders.log_follow_up(advisor, unhappy.id, answer)
    assert result.complaint_id is not None
    with services.db.read() as s:
        complaint = s.scalar(select(Complaint).where(Complaint.id == result.complaint_id))
        assert complaint is not None and complaint.channel == "follow_up" and complaint.status == "open"
        assert complaint.repair_order_id == order.id and "等了两个小时" in complaint.description
    assert reminders.work_list(advisor, WorkList.FOLLOW_UP).tasks == ()
    with pytest.raises(NotFound, match="交车回访"):
        reminders.log_follow_up(advisor, happy.id, FollowUpInput(True, Satisfaction.SATISFIED))
    (call,) = reminders.calls_of(advisor, unhappy.id)
    assert call.outcome_label == "已回访" and call.satisfaction == "不满意"


def test_not_reached_is_tried_again_tomorrow(services: Services, clock: FakeClock) -> None:
    advisor = make_actor(services, Role.ADVISOR)
    vehicle, _ = delivered_car(services, advisor)
    clock.advance(days=3)
    result = services.reminders.log_follow_up(advisor, vehicle.id, FollowUpInput(reached=False))
    assert not result.done
    (task,) = services.reminders.work_list(advisor, WorkList.FOLLOW_UP).tasks
    assert task.next_call == clock.now.astimezone().date() + dt.timedelta(days=1) and task.attempts == 1


def test_a_delivery_leaves_a_call_a_month_before_the_warranty_ends(services: Services) -> None:
    advisor = make_actor(services, Role.ADVISOR)
    vehicle, _ = delivered_car(services, advisor)  # delivered new on 2025-06-01: 36 months basic
    with services.db.read() as s:
        rows = s.execute(
            select(Reminder.kind, Reminder.due_date).where(
                Reminder.vehicle_id == vehicle.id, Reminder.kind == "warranty_expiry"
            )
        ).all()
    assert [tuple(r) for r in rows] == [("warranty_expiry", dt.date(2028, 5, 2))]  # 30 days before 2028-06-01
    delivered_again = deliver(
        services, advisor, open_order(services, advisor, vehicle, mileage=13_000), 13_010
    )
    assert delivered_again
    with services.db.read() as s:
        count = len(s.scalars(select(Reminder.id).where(Reminder.kind == "warranty_expiry")).all())
    assert count == 1  # once


def test_a_lapsed_follow_up_is_no_longer_a_reason_to_call(services: Services, clock: FakeClock) -> None:
    advisor = make_actor(services, Role.ADVISOR)
    vehicle, _ = delivered_car(services, advisor)
    clock.advance(days=3)
    assert "交车回访" in [r.label for r in services.reminders.task(advisor, vehicle.id).reasons]
    clock.advance(days=13)  # day 16 after delivery
    assert "交车回访" not in [r.label for r in services.reminders.task(advisor, vehicle.id).reasons]


def test_an_unhappy_follow_up_flags_the_cars_next_visit_until_it_is_delivered(
    services: Services, clock: FakeClock
) -> None:
    """The vehicle card of the car whose customer was unhappy says so, with their words, at the
    next visit; once that visit is delivered the flag is gone. A satisfied answer flags nothing."""
    advisor = make_actor(services, Role.ADVISOR)
    happy, _ = delivered_car(services, advisor)
    unhappy, order = delivered_car(services, advisor)
    clock.advance(days=3)
    reminders = services.reminders
    reminders.log_follow_up(advisor, happy.id, FollowUpInput(True, Satisfaction.SATISFIED))
    reminders.log_follow_up(
        advisor, unhappy.id, FollowUpInput(True, Satisfaction.VERY_DISSATISFIED, "刹车还响")
    )
    cards = services.orders.cards
    assert cards.open(advisor, happy.id).flags == ()
    (flag,) = cards.open(advisor, unhappy.id).flags
    day = clock.now.astimezone().date().isoformat()
    assert flag == f"上次交车回访客户很不满意（{day}，{order.ro_number}）：刹车还响"
    clock.advance(days=20)
    back = open_order(
        services, advisor, services.vehicles.vehicles.get(advisor, unhappy.id), statement="刹车异响"
    )
    assert cards.open(advisor, unhappy.id).flags == (flag,)  # in the workshop: still said
    clock.advance(hours=3)
    deliver(services, advisor, back, back.mileage_in + 5)
    assert cards.open(advisor, unhappy.id).flags == ()
