"""Repair orders: numbering, lines and totals, mileage rules, edits, conflicts, cancel, notes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from app.audit import list_entries
from app.context import Services
from app.errors import Conflict, NeedsConfirmation, PermissionDenied, ValidationError
from app.orders import LineInput, OrderEdit, OrderInfo, OrderInput, OrderStatus, Payer, RepairOrderService
from app.roles import Actor, Role
from app.vehicles import VehicleInfo
from db.models import MileageReading
from db.uow import Database
from tests.app.factories import add_model, add_vehicle, labour, open_order, part
from tests.conftest import make_actor


@pytest.fixture
def car(services: Services, advisor: Actor) -> VehicleInfo:
    return add_vehicle(services, advisor, add_model(services, advisor), plate="京A12345", mileage=20_000)


def edit_of(order: OrderInfo, **changes: object) -> OrderEdit:
    base = OrderEdit(
        mileage_in=order.mileage_in,
        job_types=order.job_types,
        customer_statement=order.customer_statement,
        fuel_level=order.fuel_level,
        promised_at=order.promised_at,
        lines=tuple(
            LineInput(
                x.kind.value,
                x.description,
                x.code,
                x.hours,
                x.rate_fen,
                x.quantity,
                x.unit_price_fen,
                x.amount_fen if x.kind.value == "other" else None,
                x.payer.value,
            )
            for x in order.lines
        ),
        estimate_fen=order.estimate_fen,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_ro_numbers_run_per_local_day(services: Services, advisor: Actor, car: VehicleInfo, clock) -> None:
    first = open_order(services, advisor, car, mileage=20_100)
    second = open_order(services, advisor, car, mileage=20_100)
    assert (first.ro_number, second.ro_number) == ("RO20261127-0001", "RO20261127-0002")
    clock.now = dt.datetime(2026, 11, 27, 16, 30, tzinfo=dt.UTC)  # 00:30 on the 28th in Beijing
    assert open_order(services, advisor, car, mileage=20_100).ro_number == "RO20261128-0001"


def test_lines_and_totals_in_fen(services: Services, advisor: Actor, car: VehicleInfo) -> None:
    lines = (
        labour("检查空调系统", hours="1.5", rate=20_000, code="AC01"),
        part("空调滤芯", code="80292-TF0-G01", qty="2", price=4_550),
        part("冷媒", code="R134A", qty="0.35", price=33_333, payer="warranty"),
        LineInput("other", "", code="towing", amount_fen=15_000, payer="insurance"),
    )
    order = open_order(services, advisor, car, lines=lines)
    t = order.totals
    assert [x.amount_fen for x in order.lines] == [30_000, 9_100, 11_667, 15_000]
    assert (t.labour_fen, t.parts_fen, t.other_fen, t.total_fen) == (30_000, 20_767, 15_000, 65_767)
    assert t.for_payer(Payer.CUSTOMER) == 39_100
    assert t.for_payer("warranty") == 11_667
    assert t.for_payer(Payer.INSURANCE) == 15_000
    assert t.for_payer(Payer.INTERNAL) == 0
    assert order.lines[3].description == "拖车费"
    assert order.estimate_fen == 65_767 and not order.estimate_approved


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (LineInput("labour", "检查", hours="0", rate_fen=100), "lines[0].hours"),
        (LineInput("labour", "检查", hours="1.234", rate_fen=100), "lines[0].hours"),
        (LineInput("labour", "", hours="1", rate_fen=100), "lines[0].description"),
        (LineInput("part", "滤芯", quantity="1", unit_price_fen=-5), "lines[0].unit_price_fen"),
        (LineInput("part", "滤芯", quantity="abc", unit_price_fen=5), "lines[0].quantity"),
        (LineInput("other", "", code="massage", amount_fen=5), "lines[0].code"),
        (LineInput("labour", "检查", hours="1", rate_fen=100, payer="friend"), "lines[0].payer"),
        (LineInput("tip", "检查"), "lines[0].kind"),
    ],
)
def test_line_errors_name_the_cell(
    services: Services, advisor: Actor, car: VehicleInfo, line: LineInput, field: str
) -> None:
    with pytest.raises(ValidationError) as e:
        open_order(services, advisor, car, lines=(line,))
    assert e.value.field == field


def test_header_rules(services: Services, advisor: Actor, car: VehicleInfo, clock) -> None:
    with pytest.raises(ValidationError) as e:
        open_order(services, advisor, car, jobs=())
    assert e.value.field == "job_types"
    with pytest.raises(ValidationError) as e:
        open_order(services, advisor, car, statement=" ")
    assert e.value.field == "customer_statement"
    with pytest.raises(ValidationError) as e:
        open_order(services, advisor, car, fuel_level="2/3")
    assert e.value.field == "fuel_level"
    with pytest.raises(ValidationError) as e:
        open_order(services, advisor, car, promised_at=clock.now - dt.timedelta(hours=1))
    assert e.value.field == "promised_at"
    with pytest.raises(ValidationError) as e:
        open_order(services, advisor, car, brought_by_phone="12345")
    assert e.value.field == "brought_by_phone"
    maintenance = open_order(
        services,
        advisor,
        car,
        jobs=("保养",),
        statement="",
        brought_by="李  雷",
        brought_by_phone="139 0000 1111",
        fuel_level="3/4",
    )
    assert maintenance.job_types == ("保养",)
    assert maintenance.brought_by == "李 雷"
    assert maintenance.brought_by_phone == "13900001111"
    mixed = open_order(services, advisor, car, jobs=("钣喷", "保养", "钣喷"), statement="左前门划痕")
    assert mixed.job_types == ("保养", "钣喷")


def test_lower_mileage_needs_an_odometer_change(
    services: Services, advisor: Actor, admin: Actor, car: VehicleInfo
) -> None:
    with pytest.raises(ValidationError) as e:
        open_order(services, advisor, car, mileage=19_999)
    assert e.value.field == "mileage_in"
    assert "20,000" in e.value.message
    order = open_order(services, advisor, car, mileage=35, odometer_changed=True)
    assert order.mileage_in == 35
    with services.db.read() as s:
        reading = s.scalar(select(MileageReading).where(MileageReading.repair_order_id == order.id))
        assert reading is not None and reading.odometer_changed and reading.km == 35
    assert services.vehicles.vehicles.get(advisor, car.id).last_mileage_km == 35
    assert "mileage.odometer_changed" in [e.action for e in list_entries(services.db, admin)]
    # The next intake compares with the new reading.
    assert open_order(services, advisor, car, mileage=100).mileage_in == 100


def test_the_refusal_names_the_reading_the_form_shows(
    services: Services, advisor: Actor, car: VehicleInfo, clock
) -> None:
    """One mileage figure: the message names the last mileage as the order form's header shows it
    (上次里程 20,100 km, the vehicle's last_mileage_km), digit groups and all."""
    open_order(services, advisor, car, mileage=20_100)
    clock.advance(days=30)
    shown = services.vehicles.vehicles.get(advisor, car.id).last_mileage_km
    assert shown == 20_100
    with pytest.raises(ValidationError) as e:
        services.orders.orders.open_order(
            advisor,
            OrderInput(vehicle_id=car.id, mileage_in=20_050, job_types=("保养",)),
            confirm_warnings=True,
        )
    assert e.value.message.startswith(f"里程 20,050 公里低于上次记录的 {shown:,} 公里。")
    # Editing an open order compares with the reading before its own, and names that one.
    order = open_order(services, advisor, car, mileage=20_500)
    with pytest.raises(ValidationError) as e:
        services.orders.orders.update_order(
            advisor, order.id, order.version, edit_of(order, mileage_in=20_000)
        )
    assert "低于上次记录的 20,100 公里" in e.value.message


def test_equal_mileage_is_fine_and_intake_updates_the_vehicle(
    services: Services, advisor: Actor, car: VehicleInfo, clock
) -> None:
    open_order(services, advisor, car, mileage=20_000)
    v = services.vehicles.vehicles.get(advisor, car.id)
    assert v.last_mileage_km == 20_000 and v.last_visit_at == clock.now
    assert v.version == car.version  # kept by the program: a form open on the vehicle stays valid


def test_second_open_order_needs_confirmation(services: Services, advisor: Actor, car: VehicleInfo) -> None:
    first = open_order(services, advisor, car)
    with pytest.raises(NeedsConfirmation) as e:
        services.orders.orders.open_order(
            advisor, OrderInput(vehicle_id=car.id, mileage_in=20_200, job_types=("保养",))
        )
    assert first.ro_number in e.value.message


def test_edit_while_open_is_version_checked(services: Services, advisor: Actor, car: VehicleInfo) -> None:
    order = open_order(services, advisor, car, lines=(labour(),))
    edited = services.orders.orders.update_order(
        advisor,
        order.id,
        order.version,
        edit_of(order, lines=(labour(), part()), customer_statement="空调异味"),
    )
    assert edited.version == order.version + 1
    assert len(edited.lines) == 2 and edited.customer_statement == "空调异味"
    assert edited.totals.total_fen == 20_000 + 4_500
    with pytest.raises(Conflict):
        services.orders.orders.update_order(advisor, order.id, order.version, edit_of(order, lines=()))
    assert len(services.orders.orders.get_order(advisor, order.id).lines) == 2


def test_unchanged_save_writes_nothing(services: Services, advisor: Actor, car: VehicleInfo) -> None:
    order = open_order(services, advisor, car, lines=(labour(), part()))
    again = services.orders.orders.update_order(advisor, order.id, order.version, edit_of(order))
    assert again.version == order.version


@pytest.fixture
def second_counter(db_url: str, services: Services) -> Iterator[RepairOrderService]:
    """Another counter PC: its own engine and service on the same database."""
    other = Database(db_url)
    yield RepairOrderService(other, services.clock)
    other.dispose()


def test_two_counters_editing_the_same_order(
    services: Services, advisor: Actor, car: VehicleInfo, second_counter: RepairOrderService
) -> None:
    colleague = make_actor(services, Role.ADVISOR)
    order = open_order(services, advisor, car, lines=(labour(),))
    seen_by_a = services.orders.orders.get_order(advisor, order.id)
    seen_by_b = second_counter.get_order(colleague, order.id)
    services.orders.orders.update_order(
        advisor, order.id, seen_by_a.version, edit_of(seen_by_a, customer_statement="A 的描述")
    )
    with pytest.raises(Conflict) as e:
        second_counter.update_order(
            colleague,
            order.id,
            seen_by_b.version,
            edit_of(seen_by_b, customer_statement="B 的描述", lines=()),
        )
    assert "其他前台" in e.value.message
    final = second_counter.get_order(colleague, order.id)
    assert final.customer_statement == "A 的描述" and len(final.lines) == 1


def test_estimate_approval_and_overrun(services: Services, advisor: Actor, car: VehicleInfo) -> None:
    order = open_order(services, advisor, car, lines=(labour(),))
    approved = services.orders.orders.approve_estimate(advisor, order.id, order.version)
    assert approved.estimate_approved and approved.estimate_fen == 20_000 and not approved.over_estimate
    more = services.orders.orders.update_order(
        advisor, order.id, approved.version, edit_of(approved, lines=(labour(), part()))
    )
    assert more.estimate_approved and more.over_estimate
    requoted = services.orders.orders.update_order(
        advisor, order.id, more.version, edit_of(more, estimate_fen=30_000)
    )
    assert not requoted.estimate_approved


def test_delivered_order_cannot_be_edited_but_can_be_annotated(
    services: Services, advisor: Actor, car: VehicleInfo
) -> None:
    from app.orders.delivery import DeliveryInput

    order = open_order(services, advisor, car, lines=(labour(),))
    for status in ("in_repair", "quality_check", "ready"):
        order = services.orders.board.move(advisor, order.id, order.version, status)
    done = services.orders.delivery.deliver(
        advisor, order.id, order.version, DeliveryInput(mileage_out=20_150)
    )
    with pytest.raises(ValidationError) as e:
        services.orders.orders.update_order(advisor, order.id, done.order.version, edit_of(done.order))
    assert "已交车" in e.value.message and "备注" in e.value.message
    note = services.orders.orders.add_note(advisor, order.id, "客户来电：空调正常")
    assert note.text == "客户来电：空调正常"
    full = services.orders.orders.get_order(advisor, order.id)
    assert [n.text for n in full.notes] == ["客户来电：空调正常"]
    assert [(e.from_status, e.to_status) for e in full.events][-1] == (
        OrderStatus.READY,
        OrderStatus.DELIVERED,
    )


def test_cancel_rules(services: Services, advisor: Actor, supervisor: Actor, car: VehicleInfo) -> None:
    colleague = make_actor(services, Role.ADVISOR)
    order = open_order(services, advisor, car)
    with pytest.raises(ValidationError) as e:
        services.orders.orders.cancel_order(advisor, order.id, order.version, "  ")
    assert e.value.field == "reason"
    with pytest.raises(PermissionDenied):
        services.orders.orders.cancel_order(colleague, order.id, order.version, "客户改约")
    cancelled = services.orders.orders.cancel_order(advisor, order.id, order.version, "客户改约")
    assert cancelled.status is OrderStatus.CANCELLED and cancelled.cancel_reason == "客户改约"
    with pytest.raises(ValidationError):
        services.orders.orders.cancel_order(advisor, order.id, cancelled.version, "再取消")

    started = open_order(services, advisor, car)
    started = services.orders.board.move(advisor, started.id, started.version, "in_repair")
    with pytest.raises(PermissionDenied):
        services.orders.orders.cancel_order(advisor, started.id, started.version, "客户不修了")
    by_supervisor = services.orders.orders.cancel_order(supervisor, started.id, started.version, "客户不修了")
    assert by_supervisor.status is OrderStatus.CANCELLED
    assert services.orders.orders.add_note(advisor, started.id, "已退还钥匙").text == "已退还钥匙"


def test_claims_clerk_cannot_open_orders(services: Services, car: VehicleInfo) -> None:
    clerk = make_actor(services, Role.CLAIMS)
    with pytest.raises(PermissionDenied):
        open_order(services, clerk, car)


def test_opening_from_an_appointment_marks_it_arrived(
    services: Services, advisor: Actor, car: VehicleInfo, clock
) -> None:  # type: ignore[no-untyped-def]
    from app.orders.status import JobType
    from db.models import Appointment

    with services.db.session() as s:
        booking = Appointment(
            vehicle_id=car.id, customer_id=car.owner_id, scheduled_at=clock(), job_type="保养"
        )
        s.add(booking)
        s.flush()
        booking_id = booking.id
    order = services.orders.orders.open_order(
        advisor,
        OrderInput(20_500, (JobType.MAINTENANCE.value,), vehicle_id=car.id, appointment_id=booking_id),
    )
    assert order.is_appointment and order.appointment_id == booking_id
    with services.db.read() as s:
        assert s.get(Appointment, booking_id).status == "arrived"  # type: ignore[union-attr]
    # A booking serves one visit only, and only its own car.
    with pytest.raises(ValidationError) as info:
        services.orders.orders.open_order(
            advisor,
            OrderInput(20_600, (JobType.MAINTENANCE.value,), vehicle_id=car.id, appointment_id=booking_id),
            confirm_warnings=True,
        )
    assert info.value.field == "appointment_id"
