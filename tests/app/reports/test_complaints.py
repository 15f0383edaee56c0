"""Complaints (投诉): recorded with the customer, car, order and channel; assigned; the log of what
was said and done; the reply deadline (missed or not, by the clock); closing with a resolution;
reopening; a stale version; who may do what; the follow-up call's complaints; the daily report's
counts by their own dates."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.context import Services
from app.errors import Conflict, InvalidFields, NotFound, PermissionDenied, ValidationError
from app.reminders import FollowUpInput, Satisfaction
from app.reports import (
    ActionInput,
    ActionKind,
    CloseInput,
    ComplaintCategory,
    ComplaintChannel,
    ComplaintInfo,
    ComplaintInput,
    ComplaintQuery,
    ComplaintRules,
    ComplaintStatus,
    ReplyState,
    Scope,
    may_log,
    reply_state,
)
from app.roles import Actor, Role
from app.vehicles import VehicleInfo
from db.models import AuditEntry, Complaint
from tests.app.factories import add_model, add_vehicle, open_order
from tests.conftest import FakeClock, make_actor
from tests.ui.intake.support import deliver

BEIJING = dt.timezone(dt.timedelta(hours=8))


def at(clock: FakeClock, day: int, hour: int, minute: int = 0) -> None:
    clock.now = dt.datetime(2026, 11, day, hour, minute, tzinfo=BEIJING).astimezone(dt.UTC)


def a_car(
    svc: Services, plate: str = "粤B12345", owner: str = "张三", phone: str = "13812345678"
) -> VehicleInfo:
    admin = make_actor(svc, Role.ADMIN)
    model = add_model(svc, admin, "本田", f"雅阁 {plate}")
    return add_vehicle(svc, admin, model, plate=plate, owner=owner, phones=(phone,), confirm=True)


def complaint_of(
    svc: Services,
    actor: Actor,
    vehicle: VehicleInfo,
    *,
    order_id: int | None = None,
    channel: ComplaintChannel = ComplaintChannel.COUNTER,
    text: str = "保养后发动机故障灯又亮了",
) -> ComplaintInfo:
    return svc.complaints.record(
        actor,
        ComplaintInput(vehicle.owner_id, vehicle.id, order_id, channel, ComplaintCategory.QUALITY, text),
    )


def test_recorded_with_customer_car_order_and_channel(services: Services, clock: FakeClock) -> None:
    advisor = make_actor(services, Role.ADVISOR)
    vehicle = a_car(services)
    order = open_order(services, advisor, vehicle, mileage=12_000)
    at(clock, 27, 10)
    # The customer as the counter's lookup finds them, by the plate.
    (hit,) = [h for h in services.vehicles.lookup.search(advisor, "粤B12345") if h.vehicle_id == vehicle.id]
    info = services.complaints.record(
        advisor,
        ComplaintInput(
            hit.customer_id,
            None,  # the car is the order's
            order.id,
            ComplaintChannel.PHONE,
            ComplaintCategory.PRICE,
            "  结算金额比报价高，没有提前说明  ",
        ),
    )
    row = info.row
    assert (row.customer, row.plate, row.ro_number, row.vehicle_id) == (
        "张三",
        "粤B·12345",
        order.ro_number,
        vehicle.id,
    )
    assert (row.channel, row.channel_label, row.category_label) == (
        ComplaintChannel.PHONE,
        "来电",
        "收费价格",
    )
    assert row.status is ComplaintStatus.OPEN and row.status_label == "待处理"
    assert row.opened_by == advisor.display_name and row.assigned_to is None
    assert info.description == "结算金额比报价高，没有提前说明" and info.phone == "13812345678"
    assert row.phone_masked == "138****5678" and info.actions == ()
    # The first reply is due within 24 hours (the dealer's default).
    assert row.reply_due_at == clock.now + dt.timedelta(hours=24) and row.reply is ReplyState.WAITING
    with services.db.read() as s:
        (entry,) = s.scalars(select(AuditEntry).where(AuditEntry.action == "complaint.open")).all()
        assert entry.entity_id == str(row.id)


def test_what_a_recording_needs(services: Services) -> None:
    advisor = make_actor(services, Role.ADVISOR)
    vehicle, other = a_car(services), a_car(services, "粤B67890", "李四", "13900001111")
    order = open_order(services, advisor, other, mileage=5_000)
    record = services.complaints.record
    with pytest.raises(InvalidFields) as refused:
        record(advisor, ComplaintInput(vehicle.owner_id, vehicle.id, order.id, ComplaintChannel.COUNTER,
                                       ComplaintCategory.QUALITY, "   "))  # fmt: skip
    assert {e.field for e in refused.value.errors} == {"description", "repair_order"}
    with pytest.raises(ValidationError, match="客户"):
        record(
            advisor,
            ComplaintInput(999_999, None, None, ComplaintChannel.COUNTER, ComplaintCategory.OTHER, "x"),
        )
    with pytest.raises(ValidationError, match="不能超过"):
        record(advisor, ComplaintInput(vehicle.owner_id, vehicle.id, None, ComplaintChannel.COUNTER,
                                       ComplaintCategory.OTHER, "太" * 2001))  # fmt: skip


def test_assigned_logged_and_answered(services: Services, clock: FakeClock) -> None:
    advisor, supervisor = make_actor(services, Role.ADVISOR), make_actor(services, Role.SUPERVISOR)
    helper = make_actor(services, Role.ADVISOR)
    complaints = services.complaints
    at(clock, 27, 9)
    info = complaint_of(services, advisor, a_car(services))
    assert {h.id for h in complaints.handlers(advisor)} >= {
        advisor.user_id,
        supervisor.user_id,
        helper.user_id,
    }
    at(clock, 27, 9, 30)
    info = complaints.assign(supervisor, info.id, info.version, helper.user_id)
    assert info.row.assigned_name == helper.display_name and info.row.status is ComplaintStatus.OPEN
    assert info.row.replied_at is None  # giving it to someone is no reply
    at(clock, 27, 11)
    info = complaints.add_action(
        helper, info.id, info.version, ActionInput(ActionKind.CONTACT, "已致电客户致歉，约周六复检")
    )
    assert info.row.status is ComplaintStatus.IN_PROGRESS and info.row.status_label == "处理中"
    assert info.row.replied_at == clock.now and info.row.reply is ReplyState.MET
    at(clock, 28, 10)
    info = complaints.add_action(
        supervisor,
        info.id,
        info.version,
        ActionInput(ActionKind.MEASURE, "复检：氧传感器插头松动，已重新固定"),
    )
    assert info.row.replied_at == dt.datetime(2026, 11, 27, 11, tzinfo=BEIJING)  # the first reply stays
    assert [(a.kind, a.user, a.kind_label) for a in info.actions] == [
        (ActionKind.ASSIGN, supervisor.display_name, "指派"),
        (ActionKind.CONTACT, helper.display_name, "联系客户"),
        (ActionKind.MEASURE, supervisor.display_name, "处理措施"),
    ]
    assert info.actions[0].text == helper.display_name
    assert complaints.get(advisor, info.id) == info
    with services.db.read() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "complaint")).all()
    assert actions == ["complaint.open", "complaint.assign", "complaint.action", "complaint.action"]
    with pytest.raises(ValidationError, match="联系客户或处理措施"):
        complaints.add_action(supervisor, info.id, info.version, ActionInput(ActionKind.CLOSE, "x"))
    with pytest.raises(ValidationError, match="指派"):
        complaints.assign(supervisor, info.id, info.version, make_actor(services, Role.CLAIMS).user_id)


def test_the_reply_deadline_by_the_clock(services: Services, clock: FakeClock) -> None:
    advisor, supervisor = make_actor(services, Role.ADVISOR), make_actor(services, Role.SUPERVISOR)
    complaints = services.complaints
    at(clock, 27, 10)
    late = complaint_of(services, advisor, a_car(services), text="等了两个小时")
    answered = complaint_of(services, advisor, a_car(services, "粤B67890"), text="洗车不干净")
    at(clock, 28, 5, 59)  # 4 hours and a minute before the deadline
    assert complaints.get(advisor, late.id).row.reply is ReplyState.WAITING
    at(clock, 28, 6)
    assert complaints.get(advisor, late.id).row.reply is ReplyState.DUE_SOON
    at(clock, 28, 10)  # answered right on the deadline: met
    answered = complaints.add_action(
        supervisor, answered.id, answered.version, ActionInput(ActionKind.CONTACT, "已致歉")
    )
    assert answered.row.reply is ReplyState.MET
    assert complaints.get(advisor, late.id).row.reply is ReplyState.DUE_SOON
    at(clock, 28, 10, 1)
    page = complaints.open_complaints(supervisor)
    assert page.open_total == 2 and page.overdue_total == 1
    assert [(r.id, r.reply) for r in page.rows] == [
        (late.id, ReplyState.MISSED),
        (answered.id, ReplyState.MET),
    ]
    # Answered a day late: the deadline stays missed.
    at(clock, 29, 10)
    late = complaints.add_action(supervisor, late.id, late.version, ActionInput(ActionKind.CONTACT, "已回电"))
    assert late.row.reply is ReplyState.MISSED
    assert complaints.open_complaints(supervisor).overdue_total == 0  # no one waiting any more
    # The dealer's rule: a reply within 4 hours, warned 1 hour before, for complaints opened from now.
    complaints.set_rules(supervisor, ComplaintRules(reply_hours=4, warning_hours=1))
    quick = complaint_of(services, advisor, a_car(services, "粤B24680"))
    assert quick.row.reply_due_at == clock.now + dt.timedelta(hours=4)
    with pytest.raises(ValidationError, match="小于"):
        complaints.set_rules(supervisor, ComplaintRules(reply_hours=4, warning_hours=4))
    with pytest.raises(PermissionDenied):
        complaints.set_rules(advisor, ComplaintRules())
    warn = dt.timedelta(hours=4)
    due = clock.now
    assert reply_state(due, None, due - dt.timedelta(hours=5), warn) is ReplyState.WAITING
    assert reply_state(due, None, due + dt.timedelta(seconds=1), warn) is ReplyState.MISSED
    assert reply_state(due, due + dt.timedelta(seconds=1), due, warn) is ReplyState.MISSED


def test_closing_needs_the_resolution_and_the_customers_answer(services: Services, clock: FakeClock) -> None:
    advisor, supervisor = make_actor(services, Role.ADVISOR), make_actor(services, Role.SUPERVISOR)
    complaints = services.complaints
    at(clock, 27, 10)
    info = complaint_of(services, advisor, a_car(services))
    with pytest.raises(InvalidFields) as refused:
        complaints.close(supervisor, info.id, info.version, CloseInput("  ", None))
    assert {e.field for e in refused.value.errors} == {"resolution", "satisfied"}
    at(clock, 27, 10, 30)  # resolved on the spot: the closing was the reply
    closed = complaints.close(supervisor, info.id, info.version, CloseInput("已向客户致歉，免费复检", True))
    row = closed.row
    assert row.status is ComplaintStatus.CLOSED and row.closed_at == clock.now and row.reply is ReplyState.MET
    assert closed.resolution == "已向客户致歉，免费复检" and closed.satisfied is True
    assert [a.kind for a in closed.actions] == [ActionKind.CLOSE]
    assert complaints.open_complaints(supervisor).rows == ()
    with pytest.raises(ValidationError, match="已结案"):
        complaints.add_action(
            supervisor, closed.id, closed.version, ActionInput(ActionKind.CONTACT, "再次致电")
        )
    with pytest.raises(ValidationError, match="已结案"):
        complaints.close(supervisor, closed.id, closed.version, CloseInput("再结一次", True))


def test_reopened_with_a_reason_waits_for_a_reply_again(services: Services, clock: FakeClock) -> None:
    advisor, supervisor = make_actor(services, Role.ADVISOR), make_actor(services, Role.SUPERVISOR)
    complaints = services.complaints
    at(clock, 27, 10)
    info = complaint_of(services, advisor, a_car(services))
    info = complaints.add_action(supervisor, info.id, info.version, ActionInput(ActionKind.CONTACT, "已致电"))
    with pytest.raises(ValidationError, match="处理中"):
        complaints.reopen(supervisor, info.id, info.version, "客户再次来电")
    info = complaints.close(supervisor, info.id, info.version, CloseInput("更换氧传感器", False))
    assert info.satisfied is False
    at(clock, 29, 9)
    with pytest.raises(ValidationError, match="原因"):
        complaints.reopen(supervisor, info.id, info.version, " ")
    info = complaints.reopen(supervisor, info.id, info.version, "客户反映故障灯又亮了")
    row = info.row
    assert row.status is ComplaintStatus.OPEN and row.closed_at is None and row.replied_at is None
    assert row.reply_due_at == clock.now + dt.timedelta(hours=24) and row.reply is ReplyState.WAITING
    assert info.resolution == "" and info.satisfied is None
    assert [a.kind for a in info.actions] == [ActionKind.CONTACT, ActionKind.CLOSE, ActionKind.REOPEN]
    assert info.actions[-1].text == "客户反映故障灯又亮了"
    assert [r.id for r in complaints.open_complaints(supervisor).rows] == [info.id]


def test_a_stale_version_is_a_conflict(services: Services, clock: FakeClock) -> None:
    advisor, supervisor = make_actor(services, Role.ADVISOR), make_actor(services, Role.SUPERVISOR)
    complaints = services.complaints
    seen = complaint_of(services, advisor, a_car(services))
    complaints.add_action(supervisor, seen.id, seen.version, ActionInput(ActionKind.CONTACT, "已致电"))
    for change in (
        lambda: complaints.assign(supervisor, seen.id, seen.version, advisor.user_id),
        lambda: complaints.add_action(
            supervisor, seen.id, seen.version, ActionInput(ActionKind.MEASURE, "复检")
        ),
        lambda: complaints.close(supervisor, seen.id, seen.version, CloseInput("已处理", True)),
    ):
        with pytest.raises(Conflict):
            change()
    now = complaints.get(supervisor, seen.id)
    assert now.row.assigned_to is None and len(now.actions) == 1  # nothing of the stale changes
    with pytest.raises(NotFound):
        complaints.get(supervisor, 999_999)


def test_who_may_do_what(services: Services, clock: FakeClock) -> None:
    advisor, colleague = make_actor(services, Role.ADVISOR), make_actor(services, Role.ADVISOR)
    supervisor, clerk = make_actor(services, Role.SUPERVISOR), make_actor(services, Role.CLAIMS)
    complaints = services.complaints
    vehicle = a_car(services)
    with pytest.raises(PermissionDenied, match="索赔员账号无权登记和查看客户投诉"):
        complaint_of(services, clerk, vehicle)
    with pytest.raises(PermissionDenied):
        complaints.open_complaints(clerk)
    info = complaint_of(services, advisor, vehicle)
    # Given to nobody: the one who recorded it may log on it, another advisor may not.
    assert may_log(advisor, info.row) and not may_log(colleague, info.row) and may_log(supervisor, info.row)
    with pytest.raises(PermissionDenied, match="登记人"):
        complaints.add_action(colleague, info.id, info.version, ActionInput(ActionKind.CONTACT, "x"))
    info = complaints.add_action(advisor, info.id, info.version, ActionInput(ActionKind.CONTACT, "当场致歉"))
    with pytest.raises(PermissionDenied, match="服务顾问账号无权指派"):
        complaints.assign(advisor, info.id, info.version, advisor.user_id)
    info = complaints.assign(supervisor, info.id, info.version, colleague.user_id)
    with pytest.raises(PermissionDenied, match=colleague.display_name):
        complaints.add_action(advisor, info.id, info.version, ActionInput(ActionKind.CONTACT, "x"))
    info = complaints.add_action(
        colleague, info.id, info.version, ActionInput(ActionKind.MEASURE, "安排复检")
    )
    for refused in (
        lambda: complaints.close(colleague, info.id, info.version, CloseInput("已处理", True)),
        lambda: complaints.reopen(colleague, info.id, info.version, "x"),
    ):
        with pytest.raises(PermissionDenied, match="服务顾问账号无权"):
            refused()
    # "Mine": what is given to me.
    assert [r.id for r in complaints.open_complaints(colleague, mine=True).rows] == [info.id]
    assert complaints.open_complaints(advisor, mine=True).rows == ()


def test_found_by_plate_name_phone_and_dates(services: Services, clock: FakeClock) -> None:
    advisor, supervisor = make_actor(services, Role.ADVISOR), make_actor(services, Role.SUPERVISOR)
    complaints = services.complaints
    zhang = a_car(services, "粤B12345", "张三", "13812345678")
    li = a_car(services, "粤A55555", "李四", "13900002222")
    at(clock, 20, 10)
    old = complaint_of(services, advisor, zhang)
    old = complaints.close(supervisor, old.id, old.version, CloseInput("已处理", True))
    at(clock, 26, 10)
    recent = complaint_of(services, advisor, zhang)
    at(clock, 27, 10)
    other = complaint_of(services, advisor, li)

    def ids(**kw: object) -> list[int]:
        return [r.id for r in complaints.list_complaints(supervisor, ComplaintQuery(**kw)).rows]  # type: ignore[arg-type]

    assert ids(scope=Scope.ALL) == [other.id, recent.id, old.id]  # the newest first
    assert ids() == [recent.id, other.id]  # open: the nearest deadline first
    assert ids(scope=Scope.ALL, text="粤B12345") == [recent.id, old.id]
    assert ids(scope=Scope.ALL, text="B12345") == [recent.id, old.id]  # without the province
    assert ids(scope=Scope.ALL, text="李四") == [other.id]
    assert ids(scope=Scope.ALL, text="2222") == [other.id]  # the phone's last 4 digits
    assert ids(scope=Scope.ALL, text="13812345678") == [recent.id, old.id]
    assert ids(scope=Scope.ALL, text="王五") == []
    day = dt.date(2026, 11, 26)
    assert ids(scope=Scope.ALL, since=day, until=day) == [recent.id]
    assert ids(scope=Scope.ALL, until=dt.date(2026, 11, 25)) == [old.id]
    assert ids(scope=Scope.ALL, since=dt.date(2026, 11, 21)) == [other.id, recent.id]


def test_an_unhappy_follow_up_call_arrives_as_a_complaint(services: Services, clock: FakeClock) -> None:
    advisor, supervisor = make_actor(services, Role.ADVISOR), make_actor(services, Role.SUPERVISOR)
    vehicle = a_car(services)
    order = deliver(services, advisor, open_order(services, advisor, vehicle, mileage=12_000), 12_010)
    clock.advance(days=3)
    answer = FollowUpInput(True, Satisfaction.VERY_DISSATISFIED, "等了两个小时才交车")
    result = services.reminders.log_follow_up(advisor, vehicle.id, answer)
    (row,) = services.complaints.open_complaints(supervisor).rows
    assert row.id == result.complaint_id and row.channel is ComplaintChannel.FOLLOW_UP
    assert row.channel_label == "交车回访" and row.category is ComplaintCategory.OTHER
    assert (row.ro_number, row.plate, row.opened_by) == (order.ro_number, "粤B·12345", advisor.display_name)
    assert "等了两个小时" in row.summary and row.reply_due_at == clock.now + dt.timedelta(hours=24)


def test_the_daily_report_counts_them_by_their_own_dates(services: Services, clock: FakeClock) -> None:
    advisor, supervisor = make_actor(services, Role.ADVISOR), make_actor(services, Role.SUPERVISOR)
    complaints = services.complaints
    at(clock, 26, 23, 30)  # opened before midnight, closed after
    a = complaint_of(services, advisor, a_car(services))
    at(clock, 27, 0, 30)
    a = complaints.close(supervisor, a.id, a.version, CloseInput("已致歉", True))
    at(clock, 27, 9)
    b = complaint_of(services, advisor, a_car(services, "粤B67890"))
    b = complaints.add_action(
        supervisor, b.id, b.version, ActionInput(ActionKind.CONTACT, "已致电")
    )  # in progress
    c = complaint_of(services, advisor, a_car(services, "粤B24680"))
    c = complaints.close(supervisor, c.id, c.version, CloseInput("当场解决", True))
    at(clock, 28, 9)  # c reopened and closed again the next day: closed on the 28th now
    c = complaints.reopen(supervisor, c.id, c.version, "客户再次来电")
    complaints.close(supervisor, c.id, c.version, CloseInput("退还多收费用", True))
    report = services.reports.daily

    def counted(day: int) -> tuple[int, int]:
        figures = report(supervisor, dt.date(2026, 11, day)).day
        return figures.complaints_opened, figures.complaints_closed

    assert (counted(26), counted(27), counted(28)) == ((1, 0), (2, 1), (0, 1))
    with services.db.read() as s:
        statuses = sorted(s.scalars(select(Complaint.status)).all())
    assert statuses == ["closed", "closed", "in_progress"]
    assert b.row.status is ComplaintStatus.IN_PROGRESS
    mtd = report(supervisor, dt.date(2026, 11, 28)).month_to_date
    assert (mtd.complaints_opened, mtd.complaints_closed) == (3, 2)
