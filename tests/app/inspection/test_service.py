"""The inspection sheet through its service, on both back-ends: interview, marks, ratings from
limits, decisions (order lines and follow-ups), signing and revisions, the delivery check, and
the supervisor's lists."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.context import Services
from app.errors import Conflict, InvalidFields, PermissionDenied, ValidationError
from app.inspection import (
    DEFAULT_CHECKS,
    AnswerKind,
    CheckInput,
    CheckItem,
    Decision,
    Limits,
    MarkInput,
    Question,
    Rating,
    SheetInput,
    by_system,
)
from app.reminders import ReminderKind, ReminderStatus
from app.roles import Actor
from db.models import AuditEntry, Reminder
from tests.app.factories import add_model, add_vehicle, open_order
from tests.conftest import FakeClock

TREAD_LF = "tyres.lf"
PADS_FRONT = "brakes.front_pads"
WIPERS = next(i.code for i in DEFAULT_CHECKS if i.name == "雨刮片")


@pytest.fixture
def order(services: Services, advisor: Actor):  # type: ignore[no-untyped-def]
    model = add_model(services, advisor)
    vehicle = add_vehicle(services, advisor, model, plate="粤B12345", mileage=20_000)
    return open_order(services, advisor, vehicle, statement="刹车时有异响")


def filled(**over: object) -> SheetInput:
    base = SheetInput(
        customer_words="踩刹车的时候前面吱吱响，最近一周更明显",
        answers={"frequency": "间歇", "since": "一周前"},
        warning_lights=("ABS 故障灯",),
        tyres={"左前": "磨损"},
        items_in_car=("备胎", "三角警示牌"),
        valuables_reminded=True,
        keep_old_parts=True,
        marks=(
            MarkInput("left", 0.25, 0.6, "scratch", "前门划痕"),
            MarkInput("front", 0.5, 0.8, "chip"),
            MarkInput("top", 0.4, 0.2, "dent", photo=b"\x89PNG fake", photo_name="dent.png"),
        ),
        checks=(
            CheckInput(TREAD_LF, reading=1.4, recommendation="更换左前轮胎", estimate_fen=68000),
            CheckInput(PADS_FRONT, reading=4.0, recommendation="更换前制动片", estimate_fen=42000),
            CheckInput("brakes.rear_pads", reading=8.0),
            CheckInput(
                WIPERS, rating="yellow", note="刮不干净", recommendation="更换雨刮片", estimate_fen=12000
            ),
        ),
    )
    return SheetInput(**{**base.__dict__, **over})  # type: ignore[arg-type]


def test_a_new_sheet_starts_from_the_order_and_the_dealer_lists(
    services: Services, advisor: Actor, order
) -> None:  # type: ignore[no-untyped-def]
    sheet = services.inspection.sheet(advisor, order.id)
    assert (sheet.version, sheet.revision, sheet.locked) == (0, 1, False)
    assert sheet.customer_words == "刹车时有异响"  # the order's statement, verbatim
    assert [q.code for q in sheet.questions][:3] == ["what", "since", "frequency"]
    assert len(sheet.checks) == len(DEFAULT_CHECKS) and all(c.rating is None for c in sheet.checks)


def test_save_numbers_the_marks_and_rates_measured_items_from_their_limits(
    services: Services,
    advisor: Actor,
    order,  # type: ignore[no-untyped-def]
) -> None:
    sheet = services.inspection.save(advisor, order.id, 0, filled())
    assert [(m.number, m.view, m.kind) for m in sheet.marks] == [
        (1, "left", "scratch"),
        (2, "front", "chip"),
        (3, "top", "dent"),
    ]
    assert sheet.marks[2].photo == b"\x89PNG fake"
    by_code = {c.item.code: c for c in sheet.checks}
    assert by_code[TREAD_LF].rating == Rating.RED  # below the legal 1.6 mm
    assert by_code[PADS_FRONT].rating == Rating.YELLOW
    assert by_code["brakes.rear_pads"].rating == Rating.GREEN
    assert by_code[WIPERS].rating == Rating.YELLOW
    assert sheet.answers == {"frequency": "间歇", "since": "一周前"}
    assert sheet.warning_lights == ("ABS 故障灯",) and sheet.version == 1
    # Saved again from what it shows, nothing changes and no audit row is added.
    with services.db.read() as s:
        rows = len(s.scalars(select(AuditEntry.id)).all())
    again = services.inspection.save(advisor, order.id, sheet.version, sheet.as_input())
    assert again.checks == sheet.checks and again.marks == sheet.marks
    with services.db.read() as s:
        assert len(s.scalars(select(AuditEntry.id)).all()) == rows


def test_a_stale_sheet_is_refused(services: Services, advisor: Actor, order) -> None:  # type: ignore[no-untyped-def]
    services.inspection.save(advisor, order.id, 0, filled())
    with pytest.raises(Conflict):
        services.inspection.save(advisor, order.id, 0, filled())


def test_every_mistake_is_said_at_once_and_nothing_is_saved(
    services: Services, advisor: Actor, order
) -> None:  # type: ignore[no-untyped-def]
    bad = filled(
        marks=(
            MarkInput("left", 1.5, 0.5, "scratch"),
            MarkInput("roof", 0.5, 0.5, "dent"),
            MarkInput("top", float("nan"), 0.1, "chip"),
        ),
        warning_lights=("不存在的灯",),
        checks=(CheckInput(TREAD_LF, reading=-3.0), CheckInput("no.such", rating="red")),
    )
    with pytest.raises(InvalidFields) as raised:
        services.inspection.save(advisor, order.id, 0, bad)
    fields = {e.field for e in raised.value.errors}
    assert {"marks[0]", "marks[1]", "marks[2]", "warning_lights", "checks[0].reading", "checks[1]"} <= fields
    assert services.inspection.sheet(advisor, order.id).version == 0


def test_an_approved_recommendation_becomes_a_line_of_the_order(
    services: Services, advisor: Actor, order
) -> None:  # type: ignore[no-untyped-def]
    sheet = services.inspection.save(advisor, order.id, 0, filled())
    sheet = services.inspection.decide(advisor, order.id, sheet.version, TREAD_LF, Decision.APPROVED)
    item = next(c for c in sheet.checks if c.item.code == TREAD_LF)
    assert item.decision == Decision.APPROVED and item.order_line_id is not None
    lines = services.orders.orders.get_order(advisor, order.id).lines
    assert [(ln.description, ln.amount_fen) for ln in lines][-1] == ("更换左前轮胎", 68000)
    with pytest.raises(ValidationError, match="已加入工单"):
        services.inspection.decide(advisor, order.id, sheet.version, TREAD_LF, Decision.APPROVED)
    with pytest.raises(ValidationError, match="需尽快或需立即"):
        services.inspection.decide(advisor, order.id, sheet.version, "brakes.rear_pads", Decision.APPROVED)


def test_a_deferred_item_becomes_a_follow_up(
    services: Services,
    advisor: Actor,
    order,
    clock: FakeClock,  # type: ignore[no-untyped-def]
) -> None:
    sheet = services.inspection.save(advisor, order.id, 0, filled())
    today = clock().date()
    with pytest.raises(InvalidFields):
        services.inspection.decide(advisor, order.id, sheet.version, PADS_FRONT, Decision.DECLINED, "", today)
    until = today + dt.timedelta(days=30)
    sheet = services.inspection.decide(
        advisor, order.id, sheet.version, PADS_FRONT, Decision.DECLINED, "下次保养再换", until
    )
    item = next(c for c in sheet.checks if c.item.code == PADS_FRONT)
    assert (item.decision, item.deferred_until, item.decision_reason) == (
        Decision.DECLINED,
        until,
        "下次保养再换",
    )
    with services.db.read() as s:
        follow_ups = [
            (r.due_date, r.status, r.vehicle_id, r.note)
            for r in s.scalars(select(Reminder).where(Reminder.kind == ReminderKind.DECLINED_ITEM))
        ]
    assert [f[:3] for f in follow_ups] == [(until, ReminderStatus.OPEN, order.vehicle_id)]
    assert "更换前制动片" in follow_ups[0][3] and "下次保养再换" in follow_ups[0][3]
    # Deferred again to a later date: the same follow-up moves.
    later = until + dt.timedelta(days=30)
    services.inspection.decide(
        advisor, order.id, sheet.version, PADS_FRONT, Decision.DECLINED, "月底再说", later
    )
    with services.db.read() as s:
        assert s.scalars(
            select(Reminder.due_date).where(Reminder.kind == ReminderKind.DECLINED_ITEM)
        ).all() == [later]


def test_a_signed_sheet_changed_later_is_a_new_revision_and_the_audit_keeps_both(
    services: Services,
    advisor: Actor,
    order,  # type: ignore[no-untyped-def]
) -> None:
    sheet = services.inspection.save(advisor, order.id, 0, filled())
    sheet = services.inspection.sign(advisor, order.id, sheet.version)
    assert sheet.locked and sheet.revision == 1
    changed = filled(marks=(*filled().marks, MarkInput("rear", 0.5, 0.5, "crack", "后保险杠裂纹")))
    sheet = services.inspection.save(advisor, order.id, sheet.version, changed)
    assert (sheet.revision, sheet.locked, len(sheet.marks)) == (2, False, 4)
    with services.db.read() as s:
        revise = s.scalars(select(AuditEntry).where(AuditEntry.action == "inspection.revise")).one()
        assert '"revision": 1' in (revise.before_json or "") and '"revision": 2' in (revise.after_json or "")


def test_the_delivery_check_records_new_damage_beside_the_intake_marks(
    services: Services,
    advisor: Actor,
    order,  # type: ignore[no-untyped-def]
) -> None:
    sheet = services.inspection.save(advisor, order.id, 0, filled())
    sheet = services.inspection.delivery_check(
        advisor,
        order.id,
        sheet.version,
        [MarkInput("right", 0.7, 0.5, "scratch", "交车时发现")],
        "客户确认新增划痕",
    )
    assert [(m.stage, m.number) for m in sheet.marks] == [
        ("intake", 1),
        ("intake", 2),
        ("intake", 3),
        ("delivery", 1),
    ]
    assert sheet.delivery_checked_at is not None and sheet.delivery_note == "客户确认新增划痕"
    # A later save of the intake part keeps the delivery marks.
    sheet = services.inspection.save(advisor, order.id, sheet.version, sheet.as_input())
    assert [m.stage for m in sheet.marks].count("delivery") == 1


def test_last_visits_marks_and_readings_come_with_the_next_sheet(
    services: Services,
    advisor: Actor,
    order,
    clock: FakeClock,  # type: ignore[no-untyped-def]
) -> None:
    services.inspection.save(advisor, order.id, 0, filled())
    services.orders.orders.cancel_order(
        advisor, order.id, services.orders.orders.get_order(advisor, order.id).version, "客户改天再来"
    )
    clock.advance(days=40)
    vehicle = services.vehicles.vehicles.get(advisor, order.vehicle_id)
    second = open_order(services, advisor, vehicle, mileage=23_000, statement="保养")
    sheet = services.inspection.sheet(advisor, second.id)
    assert [m.number for m in sheet.previous_marks] == [1, 2, 3] and sheet.marks == ()
    tread = next(c for c in sheet.checks if c.item.code == TREAD_LF)
    assert (tread.previous_reading, tread.previous_rating, tread.reading) == (1.4, Rating.RED, None)
    # The first order's statement, with its number, its date and the system it names.
    [earlier] = sheet.earlier_complaints
    assert (earlier.ro_number, earlier.statement, earlier.categories) == (
        order.ro_number,
        "刹车时有异响",
        ("brake",),
    )
    assert earlier.opened_at < clock()
    assert sheet.customer_words == "保养" and not by_system(sheet.customer_words, (earlier,)).same_system
    assert by_system("刹车发软", sheet.earlier_complaints).same_system == (earlier,)


def test_the_supervisor_edits_the_lists_and_the_advisor_may_not(
    services: Services,
    advisor: Actor,
    supervisor: Actor,
    order,  # type: ignore[no-untyped-def]
) -> None:
    questions = (
        Question("what", "现象", AnswerKind.TEXT),
        Question("noise", "异响类型", AnswerKind.CHOICE, ("吱吱", "咔咔")),
    )
    items = (CheckItem("t1", "轮胎", "花纹深度", "mm", Limits(red=2.0, yellow=4.0)),)
    with pytest.raises(PermissionDenied):
        services.inspection.set_lists(advisor, questions, items)
    services.inspection.set_lists(supervisor, questions, items)
    sheet = services.inspection.save(
        advisor, order.id, 0, SheetInput(answers={"noise": "咔咔"}, checks=(CheckInput("t1", reading=3.0),))
    )
    assert [q.text for q in sheet.questions] == ["现象", "异响类型"]
    assert [(c.item.code, c.rating) for c in sheet.checks] == [("t1", Rating.YELLOW)]
    with pytest.raises(InvalidFields):
        services.inspection.set_lists(
            supervisor,
            questions,
            (CheckItem("t1", "", "x", "mm", Limits(red=5.0, yellow=4.0)), CheckItem("t1", "g", "y")),
        )


def test_both_lists_are_saved_together_or_not_at_all(services: Services, supervisor: Actor) -> None:
    good_questions = (Question("what", "现象", AnswerKind.TEXT),)
    bad_items = (CheckItem("t1", "轮胎", "花纹深度", "mm", Limits(red=5.0, yellow=4.0)),)
    with pytest.raises(ValidationError, match="红色界限应比黄色界限更差"):
        services.inspection.set_lists(supervisor, good_questions, bad_items)
    assert services.inspection.questions(supervisor)[0].code == "what"  # still the default list
    assert len(services.inspection.questions(supervisor)) > 1
    items = (CheckItem("t1", "轮胎", "花纹深度", "mm", Limits(red=2.0, yellow=4.0)),)
    services.inspection.set_lists(supervisor, good_questions, items)
    assert services.inspection.questions(supervisor) == good_questions
    assert services.inspection.check_items(supervisor) == items
