"""The service board: the status machine, the board query and its change token, delivery."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import select

from app.context import Services
from app.errors import ValidationError
from app.orders import TRANSITIONS, DeliveryInput, LineInput, OrderInfo, OrderStatus, check_move
from app.reminders.schedule import DailyDistance, Reading, daily_distance, service_due
from app.roles import Actor
from app.vehicles import VehicleInfo
from db.models import Reminder, RoStatusEvent
from tests.app.factories import add_model, add_vehicle, labour, open_order, part
from tests.app.orders.test_orders import edit_of


@pytest.fixture
def car(services: Services, advisor: Actor) -> VehicleInfo:
    return add_vehicle(
        services,
        advisor,
        add_model(services, advisor),
        plate="京A12345",
        mileage=20_000,
        invoice_date=dt.date(2025, 1, 1),
    )


def to_ready(services: Services, actor: Actor, order: OrderInfo) -> OrderInfo:
    for status in ("in_repair", "quality_check", "washing", "ready"):
        order = services.orders.board.move(actor, order.id, order.version, status)
    return order


@pytest.mark.parametrize(("current", "target"), list(itertools.product(OrderStatus, OrderStatus)))
def test_transition_table(current: OrderStatus, target: OrderStatus) -> None:
    if target in TRANSITIONS[current]:
        check_move(current, target)
    else:
        with pytest.raises(ValidationError):
            check_move(current, target)


def test_the_happy_path_is_allowed_and_shortcuts_are_not() -> None:
    path = ["waiting", "in_repair", "waiting_parts", "in_repair", "quality_check", "washing", "ready"]
    for a, b in itertools.pairwise(path):
        check_move(OrderStatus(a), OrderStatus(b))
    with pytest.raises(ValidationError) as e:
        check_move(OrderStatus.WAITING, OrderStatus.READY)
    assert "维修中" in e.value.message
    with pytest.raises(ValidationError) as e:
        check_move(OrderStatus.READY, OrderStatus.DELIVERED)
    assert "交车" in e.value.message


def test_moves_record_who_and_when_and_illegal_ones_change_nothing(
    services: Services, advisor: Actor, car: VehicleInfo, clock
) -> None:
    order = open_order(services, advisor, car)
    clock.advance(minutes=5)
    moved = services.orders.board.move(advisor, order.id, order.version, "in_repair", note="派给王师傅")
    with pytest.raises(ValidationError):
        services.orders.board.move(advisor, order.id, moved.version, "washing")
    with pytest.raises(ValidationError):
        services.orders.board.move(advisor, order.id, moved.version, "flying")
    assert services.orders.orders.get_order(advisor, order.id).status is OrderStatus.IN_REPAIR
    with services.db.read() as s:
        events = s.execute(
            select(
                RoStatusEvent.from_status,
                RoStatusEvent.to_status,
                RoStatusEvent.user_id,
                RoStatusEvent.at,
                RoStatusEvent.note,
            ).order_by(RoStatusEvent.id)
        ).all()
    assert [tuple(e) for e in events] == [
        (None, "waiting", advisor.user_id, order.opened_at, "接车开单"),
        ("waiting", "in_repair", advisor.user_id, clock.now, "派给王师傅"),
    ]


def test_board_groups_open_orders_and_marks_late_ones(
    services: Services, advisor: Actor, car: VehicleInfo, clock
) -> None:
    model = add_model(services, advisor, "丰田", "凯美瑞")
    other = add_vehicle(services, advisor, model, plate="京B22222", mileage=5_000)
    third = add_vehicle(services, advisor, model, plate="京C33333", mileage=5_000)
    yesterday_open = open_order(services, advisor, car, promised_at=clock.now + dt.timedelta(hours=2))
    delivered_yesterday = to_ready(services, advisor, open_order(services, advisor, third))
    services.orders.delivery.deliver(
        advisor, delivered_yesterday.id, delivered_yesterday.version, DeliveryInput(mileage_out=5_200)
    )
    clock.advance(days=1)
    today = open_order(services, advisor, other, promised_at=clock.now + dt.timedelta(hours=3))
    cancelled = open_order(services, advisor, other)
    services.orders.orders.cancel_order(advisor, cancelled.id, cancelled.version, "重复开单")
    ready = to_ready(services, advisor, open_order(services, advisor, third, mileage=5_300))
    services.orders.delivery.deliver(advisor, ready.id, ready.version, DeliveryInput(mileage_out=5_300))

    board = services.orders.board.board(advisor)
    placed = {c.order_id: (col.status, c.late) for col in board.columns for c in col.cards}
    assert placed == {
        yesterday_open.id: (OrderStatus.WAITING, True),
        today.id: (OrderStatus.WAITING, False),
        ready.id: (OrderStatus.DELIVERED, False),
    }
    assert [c.status for c in board.columns] == [
        OrderStatus.WAITING,
        OrderStatus.IN_REPAIR,
        OrderStatus.WAITING_PARTS,
        OrderStatus.QUALITY_CHECK,
        OrderStatus.WASHING,
        OrderStatus.READY,
        OrderStatus.DELIVERED,
    ]
    card = board.column("waiting").cards[0]
    assert card.order_id == yesterday_open.id  # the earliest promise first
    assert card.plate_display == "京A·12345" and card.advisor_name == "测试advisor"
    assert card.repair_days == 1  # exactly 24 h: one day (Art. 40)
    assert card.allowed_moves == (OrderStatus.IN_REPAIR,)
    assert board.late_count == 1


def test_change_token_changes_only_with_the_board(
    services: Services, advisor: Actor, car: VehicleInfo, clock
) -> None:
    t0 = services.orders.board.change_token(advisor)
    order = open_order(services, advisor, car)
    t1 = services.orders.board.change_token(advisor)
    assert t1 != t0
    assert services.orders.board.change_token(advisor) == t1
    assert services.orders.board.board(advisor).token == t1
    services.orders.orders.add_note(advisor, order.id, "备注不影响看板")
    assert services.orders.board.change_token(advisor) == t1
    moved = services.orders.board.move(advisor, order.id, order.version, "in_repair")
    t2 = services.orders.board.change_token(advisor)
    assert t2 != t1
    # An edit bumps the order's version, so the token changes too.
    services.orders.orders.update_order(
        advisor, order.id, moved.version, edit_of(moved, customer_statement="新")
    )
    assert services.orders.board.change_token(advisor) != t2


def test_delivery_rules(services: Services, advisor: Actor, car: VehicleInfo, clock) -> None:
    order = open_order(services, advisor, car, mileage=20_100, lines=(labour(), part(code="")))
    with pytest.raises(ValidationError) as e:
        services.orders.delivery.deliver(advisor, order.id, order.version, DeliveryInput(mileage_out=20_100))
    assert e.value.field == "status"
    order = to_ready(services, advisor, order)
    with pytest.raises(ValidationError) as e:
        services.orders.delivery.deliver(advisor, order.id, order.version, DeliveryInput(mileage_out=20_099))
    assert e.value.field == "mileage_out"
    with pytest.raises(ValidationError) as e:
        services.orders.delivery.deliver(advisor, order.id, order.version, DeliveryInput(mileage_out=20_110))
    assert e.value.field == "lines[1].code"
    clock.advance(hours=3)
    final_lines = (
        labour(),
        part(),
        LineInput("other", "", code="travel", amount_fen=5_000, payer="warranty"),
    )
    done = services.orders.delivery.deliver(
        advisor, order.id, order.version, DeliveryInput(mileage_out=20_110, lines=final_lines)
    )
    o = done.order
    assert o.status is OrderStatus.DELIVERED and o.delivered_at == clock.now and o.mileage_out == 20_110
    assert o.totals.total_fen == 20_000 + 4_500 + 5_000
    v = services.vehicles.vehicles.get(advisor, car.id)
    assert v.last_mileage_km == 20_110 and v.last_visit_at == clock.now
    card = services.orders.cards.open(advisor, car.id)
    assert [m.source for m in card.mileage_history] == ["delivery", "intake", "entry"]
    assert card.history[0].id == order.id and len(card.history[0].lines) == 3
    assert card.open_orders == ()


def test_maintenance_delivery_suggests_the_next_service_and_replaces_the_reminder(
    services: Services, advisor: Actor, car: VehicleInfo, clock
) -> None:
    # Regular service: 12 months or 10,000 km. No history span yet: 40 km/day by default.
    order = to_ready(
        services,
        advisor,
        open_order(
            services, advisor, car, mileage=20_100, jobs=("保养",), statement="", lines=(labour(), part())
        ),
    )
    first = services.orders.delivery.deliver(
        advisor, order.id, order.version, DeliveryInput(mileage_out=20_100)
    )
    ns = first.next_service
    today = clock.now.astimezone().date()
    assert ns.kind == "service" and ns.due_km == 30_100
    assert ns.km_per_day_source == "default" and ns.km_per_day == 40.0
    assert ns.date_by_km == today + dt.timedelta(days=250)
    assert ns.date_by_time == dt.date(2027, 11, 27)
    assert ns.due_date == ns.date_by_km and ns.reminder_created
    # 100 days later at 26,100 km: (26,100 - 20,000) / 100 = 61 km/day; the old reminder is closed.
    clock.advance(days=100)
    order = to_ready(
        services,
        advisor,
        open_order(
            services, advisor, car, mileage=26_100, jobs=("保养",), statement="", lines=(labour(), part())
        ),
    )
    second = services.orders.delivery.deliver(
        advisor, order.id, order.version, DeliveryInput(mileage_out=26_100)
    )
    assert second.next_service.km_per_day_source == "history"
    assert second.next_service.km_per_day == 61.0
    with services.db.read() as s:
        rows = s.execute(
            select(Reminder.id, Reminder.kind, Reminder.status, Reminder.due_km)
            .where(Reminder.kind.in_(["service", "first_service"]))  # a delivery also leaves its calls
            .order_by(Reminder.id)
        ).all()
    assert [tuple(r) for r in rows] == [
        (ns.reminder_id, "service", "done", 30_100),
        (second.next_service.reminder_id, "service", "open", 36_100),
    ]
    # A repair visit keeps the open reminder.
    clock.advance(days=10)
    repair = to_ready(services, advisor, open_order(services, advisor, car, mileage=26_700))
    third = services.orders.delivery.deliver(
        advisor, repair.id, repair.version, DeliveryInput(mileage_out=26_700)
    )
    assert third.next_service.reminder_id == second.next_service.reminder_id
    assert not third.next_service.reminder_created


def test_first_service_for_a_new_car(services: Services, advisor: Actor, clock) -> None:
    model = add_model(services, advisor)
    new_car = add_vehicle(services, advisor, model, invoice_date=dt.date(2026, 11, 1), mileage=300)
    order = to_ready(services, advisor, open_order(services, advisor, new_car, mileage=800))
    done = services.orders.delivery.deliver(advisor, order.id, order.version, DeliveryInput(mileage_out=800))
    ns = done.next_service
    assert ns.kind == "first_service" and ns.kind_label == "首保"
    assert ns.due_km == 5_000 and ns.date_by_time == dt.date(2027, 5, 1)


def test_daily_distance_and_due_date_rules() -> None:
    t = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    readings = [
        Reading(t, 1_000),
        Reading(t + dt.timedelta(days=50), 3_000),
        Reading(t + dt.timedelta(days=60), 100, odometer_changed=True),
        Reading(t + dt.timedelta(days=100), 2_100),
    ]
    assert daily_distance(readings) == DailyDistance(50.0, "history", "low", 1, 0)
    assert daily_distance(readings[:1]) == DailyDistance(40.0, "default", "none", 0, 0)
    assert daily_distance([Reading(t, 1_000), Reading(t + dt.timedelta(days=10), 2_000)]).source == "default"
    overdue = service_due(
        kind="service",
        base_date=dt.date(2024, 1, 1),
        base_km=10_000,
        months=12,
        km_interval=10_000,
        today=dt.date(2026, 1, 1),
        current_km=30_000,
        distance=DailyDistance(40.0, "default"),
    )
    # Both limits long past: the date limit (2025-01-01) came first; the 20,000 km, passed by
    # 10,000 km at 40 km a day, 250 days ago. Overdue, never "due today".
    assert overdue.date_by_km == dt.date(2025, 4, 26) and overdue.due_date == dt.date(2025, 1, 1)
    assert overdue.overdue and overdue.days_overdue == 365
