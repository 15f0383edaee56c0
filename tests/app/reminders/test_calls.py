"""Calls and their outcomes: due → called → booked → came back (converted); → lost with a reason;
unanswered calls in rounds; a lapsing car called back."""

from __future__ import annotations

import datetime as dt

import pytest

from app.context import Services
from app.errors import ValidationError
from app.orders import DeliveryInput, OrderStatus
from app.reminders import CallInput, CallOutcome, LostReason, ReminderStatus, WorkList
from app.roles import Role
from db.models import Appointment, Reminder
from tests.app.factories import open_order
from tests.app.reminders.support import TODAY, car, last_visit, remind
from tests.conftest import FakeClock, make_actor


def status(svc: Services, reminder_id: int) -> Reminder:
    with svc.db.read() as s:
        row = s.get(Reminder, reminder_id)
        assert row is not None
        s.expunge(row)
        return row


def test_booked_then_the_car_comes_back_and_the_task_closes_converted(services: Services) -> None:
    advisor = make_actor(services, Role.ADVISOR)
    vehicle = car(services)
    reminder = remind(services, vehicle, TODAY - dt.timedelta(days=3))
    reminders = services.reminders
    with pytest.raises(ValidationError, match="预约到店时间"):
        reminders.log_call(advisor, vehicle.id, CallInput(CallOutcome.BOOKED))
    at = dt.datetime(2026, 11, 30, 1, 30, tzinfo=dt.UTC)
    done = reminders.log_call(advisor, vehicle.id, CallInput(CallOutcome.BOOKED, "周一上午来", booking_at=at))
    assert done.status is ReminderStatus.BOOKED and done.appointment_id is not None
    with services.db.read() as s:
        booking = s.get(Appointment, done.appointment_id)
        assert booking is not None and booking.status == "booked" and booking.vehicle_id == vehicle.id
    assert reminders.work_list(advisor, WorkList.OVERDUE).tasks == ()  # booked: not called again
    (call,) = reminders.calls_of(advisor, vehicle.id)
    assert call.outcome_label == "已预约" and call.note == "周一上午来" and call.user == advisor.display_name
    order = open_order(services, advisor, vehicle, mileage=25_000, jobs=("保养",), statement="")
    board = services.orders.board
    for step in (OrderStatus.IN_REPAIR, OrderStatus.QUALITY_CHECK, OrderStatus.READY):
        order = board.move(advisor, order.id, order.version, step)
    services.orders.delivery.deliver(advisor, order.id, order.version, DeliveryInput(25_010))
    closed = status(services, reminder)
    assert closed.status == ReminderStatus.DONE and closed.converted


def test_unanswered_calls_come_in_rounds(services: Services, clock: FakeClock) -> None:
    advisor = make_actor(services, Role.ADVISOR)
    vehicle = car(services)
    reminder = remind(services, vehicle, TODAY)
    reminders = services.reminders
    for n in (1, 2):
        result = reminders.log_call(advisor, vehicle.id, CallInput(CallOutcome.NO_ANSWER))
        assert result.next_call == TODAY + dt.timedelta(days=1) and status(services, reminder).attempts == n
    third = reminders.log_call(advisor, vehicle.id, CallInput(CallOutcome.PHONE_OFF))
    assert third.next_call == TODAY + dt.timedelta(days=30) and status(services, reminder).attempts == 0
    with pytest.raises(ValidationError, match="回电日期"):
        reminders.log_call(advisor, vehicle.id, CallInput(CallOutcome.CALL_LATER))
    later = reminders.log_call(
        advisor, vehicle.id, CallInput(CallOutcome.CALL_LATER, callback_date=TODAY + dt.timedelta(days=5))
    )
    assert (
        later.next_call == TODAY + dt.timedelta(days=5) and len(reminders.calls_of(advisor, vehicle.id)) == 4
    )


def test_lost_with_the_reason_given(services: Services) -> None:
    advisor = make_actor(services, Role.ADVISOR)
    refused, sold = car(services), car(services)
    r1 = remind(services, refused, TODAY - dt.timedelta(days=1))
    r2 = remind(services, sold, TODAY - dt.timedelta(days=1))
    reminders = services.reminders
    with pytest.raises(ValidationError, match="不再来店的原因"):
        reminders.log_call(advisor, refused.id, CallInput(CallOutcome.REFUSED))
    reminders.log_call(advisor, refused.id, CallInput(CallOutcome.REFUSED, lost_reason=LostReason.UNHAPPY))
    reminders.log_call(advisor, sold.id, CallInput(CallOutcome.CAR_SOLD))
    assert (status(services, r1).status, status(services, r1).lost_reason) == ("lost", "unhappy")
    assert (status(services, r2).status, status(services, r2).lost_reason) == ("lost", "sold_unknown")
    assert reminders.calls_of(advisor, refused.id)[0].lost_reason == "对服务不满意"
    assert reminders.work_list(advisor, WorkList.OVERDUE).tasks == ()


def test_a_lapsing_car_called_back_gets_a_win_back_task(services: Services) -> None:
    advisor = make_actor(services, Role.ADVISOR)
    vehicle = car(services)
    last_visit(services, vehicle, dt.datetime(2025, 6, 1, 2, tzinfo=dt.UTC))
    reminders = services.reminders
    (task,) = reminders.work_list(advisor, WorkList.LAPSING).tasks
    assert task.reasons == ()
    reminders.log_call(
        advisor, vehicle.id, CallInput(CallOutcome.CALL_LATER, callback_date=TODAY + dt.timedelta(days=7))
    )
    (task,) = reminders.work_list(advisor, WorkList.LAPSING).tasks
    assert [r.label for r in task.reasons] == ["流失召回"] and task.next_call == TODAY + dt.timedelta(days=7)
    assert task.last_call.endswith("稍后再联系")
