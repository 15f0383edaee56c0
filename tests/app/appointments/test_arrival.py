"""The booked car at the counter: found by plate, VIN or phone (typed or scanned), its draft
filling the order dialog, the order opened from it marking it arrived (a new caller's booking
linked to the car the order is for); the board's cars still to come; late at the boundary."""

from __future__ import annotations

import datetime as dt

import pytest

from app.appointments import AppointmentStatus, BookingState, EventKind, NoShowReason, WorkKind, still_to_come
from app.context import Services
from app.errors import ValidationError
from app.orders import OrderInput
from app.roles import Actor
from tests.app.appointments.support import TODAY, TOMORROW, at, booking, car, new_caller
from tests.app.factories import add_model, add_vehicle, make_vin
from tests.conftest import FakeClock


def test_found_by_plate_vin_or_phone_typed_or_scanned(services: Services, advisor: Actor) -> None:
    appointments = services.appointments
    # A VIN of its own: one from the shared counter may end like the caller's plate or phone
    # (…000007), and a tail typed at the counter rightly finds every booking it ends.
    vehicle = add_vehicle(
        services, advisor, add_model(services, advisor), vin=make_vin(424242), plate="粤B12345",
        phones=("13812345678",),
    )  # fmt: skip
    mine = appointments.book(advisor, booking(at(TODAY, 11), vehicle_id=vehicle.id))
    caller = new_caller(services, advisor, at(TODAY, 11, 30), 7)  # 粤C00007, 13900000007
    appointments.book(advisor, booking(at(TOMORROW, 9), plate="粤B99999", phone="13700001234"))  # not today
    for typed in ("粤B12345", "粤b·12345", "粤Ｂ１２３４５", "12345", vehicle.vin, vehicle.vin[-8:] + "\r\n",
                  "13812345678", "5678", "１３８１２３４５６７８"):  # fmt: skip
        assert [b.id for b in appointments.find_arriving(advisor, typed)] == [mine.id], typed
    assert [b.id for b in appointments.find_arriving(advisor, "粤C00007")] == [caller.id]
    assert [b.id for b in appointments.find_arriving(advisor, "0007")] == [caller.id]
    for typed in ("", "123", "粤B99999", "1234", "张三"):
        assert appointments.find_arriving(advisor, typed) == (), typed


def test_the_order_opened_from_a_booking_marks_it_arrived(
    services: Services, advisor: Actor, clock: FakeClock
) -> None:
    appointments = services.appointments
    vehicle = car(services, advisor)
    made = appointments.book(
        advisor,
        booking(at(TODAY, 10, 30), vehicle_id=vehicle.id, advisor_id=advisor.user_id, job_type="一般维修",
                words="刹车有异响", waits=True),
    )  # fmt: skip
    draft = appointments.arrival(advisor, made.id)
    assert (draft.vehicle_id, draft.plate, draft.job_type, draft.customer_words, draft.customer_waits) == (
        vehicle.id, "粤B12345", "一般维修", "刹车有异响", True,
    )  # fmt: skip
    assert (draft.name, draft.phone, draft.advisor_id) == ("张三", "13812345678", advisor.user_id)
    clock.advance(minutes=25)
    order = services.orders.orders.open_order(
        advisor,
        OrderInput(
            20_000,
            (draft.job_type,),
            customer_statement=draft.customer_words,
            customer_waits=draft.customer_waits,
            vehicle_id=vehicle.id,
            appointment_id=draft.appointment_id,
        ),
    )
    kept = appointments.get(advisor, made.id)
    assert kept.status is AppointmentStatus.ARRIVED and kept.state is BookingState.ARRIVED
    assert (kept.order_id, kept.ro_number) == (order.id, order.ro_number)
    assert appointments.history(advisor, made.id)[-1].kind is EventKind.ARRIVED
    assert appointments.find_arriving(advisor, "粤B12345") == ()  # arrived: no longer to come
    with pytest.raises(ValidationError):
        appointments.arrival(advisor, made.id)
    # An arrived booking keeps its place in the slot.
    for n in range(3):
        new_caller(services, advisor, at(TODAY, 10, 30), n)
    with pytest.raises(ValidationError):
        new_caller(services, advisor, at(TODAY, 10, 30), 9)


def test_a_new_callers_booking_becomes_the_registered_cars(services: Services, advisor: Actor) -> None:
    appointments = services.appointments
    made = new_caller(services, advisor, at(TODAY, 11), 3, name="王五")
    draft = appointments.arrival(advisor, made.id)
    assert (draft.vehicle_id, draft.plate, draft.phone, draft.name) == (
        None,
        "粤C00003",
        "13900000003",
        "王五",
    )
    model = add_model(services, advisor, name="思域")  # the counter registers the car, then opens the order
    vehicle = add_vehicle(
        services, advisor, model, plate=draft.plate, owner=draft.name, phones=(draft.phone,)
    )
    services.orders.orders.open_order(
        advisor, OrderInput(5_000, ("保养",), vehicle_id=vehicle.id, appointment_id=made.id)
    )
    kept = appointments.get(advisor, made.id)
    assert (kept.status, kept.vehicle_id, kept.customer_id) == (
        AppointmentStatus.ARRIVED,
        vehicle.id,
        vehicle.owner_id,
    )
    assert kept.customer_name == "王五" and kept.vin == vehicle.vin
    other = car(services, advisor, plate="粤B77777")
    theirs = appointments.book(advisor, booking(at(TODAY, 11), vehicle_id=vehicle.id))
    with pytest.raises(ValidationError) as info:  # a known car's booking serves that car only
        services.orders.orders.open_order(
            advisor, OrderInput(6_000, ("保养",), vehicle_id=other.id, appointment_id=theirs.id)
        )
    assert info.value.field == "appointment_id"


def test_late_from_the_slot_start_plus_30_minutes_exactly(
    services: Services, advisor: Actor, clock: FakeClock
) -> None:
    appointments = services.appointments
    vehicle = car(services, advisor)
    made = appointments.book(advisor, booking(at(TODAY, 10, 30), vehicle_id=vehicle.id))
    clock.now = at(TODAY, 10, 30) + dt.timedelta(minutes=29, seconds=59)
    assert appointments.get(advisor, made.id).state is BookingState.BOOKED  # 29:59 after the start
    clock.now = at(TODAY, 11)
    assert appointments.get(advisor, made.id).state is BookingState.LATE  # 30:00: late
    (shown,) = appointments.bookings(advisor, TODAY)
    assert shown.state is BookingState.LATE and shown.status is AppointmentStatus.BOOKED
    with services.db.read() as s:
        (to_come,) = still_to_come(s, TODAY, clock.now)
    assert to_come.id == made.id and to_come.state is BookingState.LATE
    board = services.orders.board.board(advisor)
    assert [b.id for b in board.to_come] == [made.id]
    token = board.token
    appointments.cancel(advisor, made.id, made.version, "客户改天再来")
    assert services.orders.board.board(advisor).to_come == ()
    assert services.orders.board.change_token(advisor) != token


def test_the_day_boundary_closes_bookings_as_no_shows(
    services: Services, advisor: Actor, clock: FakeClock
) -> None:
    appointments = services.appointments
    vehicle = car(services, advisor)
    late = appointments.book(advisor, booking(at(TODAY, 17), vehicle_id=vehicle.id))
    tomorrow = appointments.book(
        advisor, booking(at(TOMORROW, 8, 30), vehicle_id=vehicle.id, kind=WorkKind.QUICK)
    )
    clock.now = at(TOMORROW, 0) - dt.timedelta(seconds=1)
    assert appointments.close_days(advisor) == 0  # still the booking's day
    clock.now = at(TOMORROW, 0)  # midnight, the counter's local day
    assert appointments.close_days(advisor) == 1
    assert appointments.close_days(advisor) == 0  # once only
    closed = appointments.get(advisor, late.id)
    assert closed.status is AppointmentStatus.NO_SHOW and closed.state is BookingState.NO_SHOW
    assert appointments.history(advisor, late.id)[-1].kind is EventKind.NO_SHOW
    assert appointments.get(advisor, tomorrow.id).status is AppointmentStatus.BOOKED
    # Reached later: the reason is recorded; only on a no-show.
    reasoned = appointments.record_no_show_reason(
        advisor, closed.id, closed.version, NoShowReason.FORGOT, "下周再约"
    )
    assert reasoned.no_show_reason is NoShowReason.FORGOT
    last = appointments.history(advisor, late.id)[-1]
    assert last.kind is EventKind.NO_SHOW_REASON and last.reason == "忘记了：下周再约"
    with pytest.raises(ValidationError):
        appointments.record_no_show_reason(advisor, tomorrow.id, tomorrow.version, NoShowReason.OTHER)
    # The CLI's way: a day given closes what was before it.
    assert appointments.close_days(advisor, TOMORROW + dt.timedelta(days=1)) == 1
