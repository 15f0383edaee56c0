"""Recomputing every open service reminder from the readings since: a car driven more than the
default comes due sooner, a mistyped reading is left out, an unchanged one is not written, a
changed interval counts from the visit the reminder was made at."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from app.context import Services
from app.orders import DeliveryInput, OrderEdit
from app.reminders import ReminderKind, ReminderStatus
from app.reminders.recompute_all import plan_all, write_batch
from app.reminders.rules import read_rules
from app.roles import SYSTEM_ACTOR, Role
from db.models import Customer, MileageReading, Reminder, Vehicle
from tests.app.factories import open_order, ready_for_delivery
from tests.app.reminders.support import car
from tests.app.vehicles.test_import import write_csv
from tests.conftest import FakeClock, make_actor

UTC = dt.UTC


def reading(svc: Services, vehicle_id: int, day: dt.date, km: int) -> None:
    with svc.db.session() as s:
        s.add(MileageReading(vehicle_id=vehicle_id, read_at=dt.datetime.combine(day, dt.time(2), UTC), km=km))
        s.commit()


def last_mileage(svc: Services, vehicle_id: int, km: int) -> None:
    """The car's last known mileage, as the vehicles keep it."""
    with svc.db.session() as s:
        row = s.get(Vehicle, vehicle_id)
        assert row is not None
        row.last_mileage_km = km
        s.commit()


def service_reminder(svc: Services, vehicle, created: dt.date, due: dt.date, due_km: int) -> int:  # type: ignore[no-untyped-def]
    with svc.db.session() as s:
        row = Reminder(vehicle_id=vehicle.id, customer_id=vehicle.owner_id, kind="service", due_date=due,
                       due_km=due_km, status="open", note="",
                       created_at=dt.datetime.combine(created, dt.time(2), UTC))  # fmt: skip
        s.add(row)
        s.commit()
        return row.id


def test_every_open_service_reminder_from_todays_readings(services: Services) -> None:
    supervisor = make_actor(services, Role.SUPERVISOR)
    busy, steady = car(services), car(services)
    served = dt.date(2026, 5, 27)  # the visit at 20,000 km: next at 30,000 km or 2027-05-27
    for vehicle in (busy, steady):
        reading(services, vehicle.id, served, 20_000)
    reading(services, busy.id, dt.date(2026, 9, 24), 26_000)  # 120 days, 50 km a day
    reading(services, busy.id, dt.date(2026, 10, 1), 2_600)  # a digit missing: left out
    with services.db.session() as s:  # the car's last known mileage, as the vehicles keep it
        for vehicle, km in ((busy, 26_000), (steady, 20_000)):
            row = s.get(Vehicle, vehicle.id)
            assert row is not None
            row.last_mileage_km = km
        s.commit()
    r_busy = service_reminder(services, busy, served, dt.date(2027, 5, 27), 30_000)
    # At the default 40 km a day from 26 May, 10,000 km take 250 days: already stored as due.
    r_steady = service_reminder(services, steady, served, dt.date(2027, 2, 1), 30_000)
    done = services.reminders.recompute_all(supervisor)
    assert (done.reminders, done.moved) == (2, 1)
    with services.db.read() as s:
        busy_row, steady_row = s.get(Reminder, r_busy), s.get(Reminder, r_steady)
        assert busy_row is not None and steady_row is not None
        # 4,000 km left at 50 km a day from the last reading of 26,000 km on 2026-09-24: 80 days.
        assert busy_row.due_date == dt.date(2026, 12, 13) and busy_row.version == 2
        assert steady_row.due_date == dt.date(2027, 2, 1) and steady_row.version == 1


def test_a_car_not_seen_since_its_last_reading_comes_due_by_km_and_stays_due(
    services: Services, clock: FakeClock
) -> None:
    """The km still to go are driven from the day of the last reading, not from today: the due
    date does not slide a day later with every day the car stays away, and a second recompute,
    days later, moves nothing."""
    supervisor = make_actor(services, Role.SUPERVISOR)
    away = car(services)
    reading(services, away.id, dt.date(2026, 1, 10), 10_000)
    reading(services, away.id, dt.date(2026, 4, 10), 19_000)  # 90 days, 100 km a day
    last_mileage(services, away.id, 19_000)
    rid = service_reminder(services, away, dt.date(2026, 1, 10), dt.date(2027, 1, 10), 20_000)
    services.reminders.recompute_all(supervisor)
    with services.db.read() as s:
        reminder = s.get(Reminder, rid)
        assert reminder is not None and reminder.due_date == dt.date(2026, 4, 20)  # 1,000 km: 10 days
    clock.now += dt.timedelta(days=5)
    assert services.reminders.recompute_all(supervisor).moved == 0


def test_a_mileage_read_at_the_counter_moves_the_due_date_at_once(services: Services) -> None:
    """Opening an order reads the car's mileage: its open service reminder is worked out again
    there and then (the same answer the whole recompute gives afterwards), and a corrected
    reading on the order moves it back."""
    supervisor = make_actor(services, Role.SUPERVISOR)
    advisor = make_actor(services, Role.ADVISOR)
    driven = car(services)
    served = dt.date(2026, 5, 27)  # the visit at 20,000 km: next at 30,000 km or 2027-05-27
    reading(services, driven.id, served, 20_000)
    last_mileage(services, driven.id, 20_000)
    rid = service_reminder(services, driven, served, dt.date(2027, 5, 27), 30_000)
    order = open_order(services, advisor, services.vehicles.vehicles.get(advisor, driven.id), mileage=29_000)

    def due() -> dt.date:
        with services.db.read() as s:
            reminder = s.get(Reminder, rid)
            assert reminder is not None
            return reminder.due_date

    # 9,000 km in 184 days (48.9 km a day) from 27 May to 27 November: the 1,000 km left take
    # 20.4 days, counted as 21.
    assert due() == dt.date(2026, 12, 18)
    assert services.reminders.recompute_all(supervisor).moved == 0
    edit = OrderEdit(
        mileage_in=21_000, job_types=order.job_types, customer_statement=order.customer_statement
    )
    services.orders.orders.update_order(advisor, order.id, order.version, edit)
    assert due() > dt.date(2027, 1, 1)  # 5 km a day: the time limit comes first
    assert services.reminders.recompute_all(supervisor).moved == 0


def test_a_changed_interval_counts_from_the_visit_the_reminder_was_made_at(services: Services) -> None:
    """The reminder a maintenance delivery opens keeps that visit's day and km: when the
    supervisor halves the model's interval, the recompute puts the due km at the visit's km plus
    the new interval (not the old due km, which is the old interval's), and the date with it."""
    supervisor = make_actor(services, Role.SUPERVISOR)
    advisor = make_actor(services, Role.ADVISOR)
    vehicle = car(services)
    order = ready_for_delivery(services, advisor, vehicle, mileage=20_000)
    services.orders.delivery.deliver(advisor, order.id, order.version, DeliveryInput(20_010))
    with services.db.read() as s:
        (reminder,) = [
            r
            for r in s.query(Reminder).filter_by(vehicle_id=vehicle.id, status=ReminderStatus.OPEN.value)
            if r.kind == ReminderKind.SERVICE
        ]
        rid, base_date, base_km, due_km = reminder.id, reminder.base_date, reminder.base_km, reminder.due_km
    assert base_date == services.clock().astimezone().date()
    assert base_km is not None and due_km == base_km + vehicle.model.terms.service_interval_km
    model = next(m for m in services.vehicles.models.list_models(supervisor) if m.id == vehicle.model.id)
    halved = replace(model.terms, service_interval_km=model.terms.service_interval_km // 2)
    services.vehicles.models.update_service_intervals(supervisor, model.id, model.version, halved)
    assert services.reminders.recompute_all(supervisor).moved == 1
    with services.db.read() as s:
        moved = s.get(Reminder, rid)
        assert moved is not None
        assert moved.due_km == base_km + halved.service_interval_km and moved.base_km == base_km
        # Without readings the default 40 km a day: the halved km come first.
        assert moved.due_date == base_date + dt.timedelta(
            days=-(-(base_km + halved.service_interval_km - 20_010) // 40)
        )
    assert services.reminders.recompute_all(supervisor).moved == 0


def test_a_reminder_changed_after_the_read_keeps_what_the_change_said(services: Services) -> None:
    """The whole recompute is worked out in a read and written in short transactions: a reminder
    another counter changed in between (here moved by hand) is not overwritten with the older
    facts, and is counted as changed meanwhile."""
    supervisor = make_actor(services, Role.SUPERVISOR)
    driven, steady = car(services), car(services)
    served = dt.date(2026, 5, 27)
    for vehicle in (driven, steady):
        reading(services, vehicle.id, served, 20_000)
    reading(services, driven.id, dt.date(2026, 9, 24), 26_000)  # 50 km a day
    last_mileage(services, driven.id, 26_000)
    moved_meanwhile = service_reminder(services, driven, served, dt.date(2027, 5, 27), 30_000)
    other = service_reminder(services, steady, served, dt.date(2027, 5, 27), 30_000)  # 250 days
    with services.db.read() as s:
        plan = plan_all(s, services.clock().astimezone().date(), read_rules(s))
    assert sorted(move[0] for move in plan.moves) == [moved_meanwhile, other]
    with services.db.session() as s:  # another counter's change after the read
        changed = s.get(Reminder, moved_meanwhile)
        assert changed is not None
        changed.due_date = dt.date(2026, 12, 24)
    with services.db.session() as s:
        assert write_batch(s, plan.moves) == 1
    with services.db.read() as s:
        kept, written = s.get(Reminder, moved_meanwhile), s.get(Reminder, other)
        assert kept is not None and written is not None
        assert kept.due_date == dt.date(2026, 12, 24)
        assert written.due_date == dt.date(2027, 2, 1)  # 10,000 km at the default 40 km a day
    done = services.reminders.recompute_all(supervisor)  # the next run finishes the rest
    assert (done.moved, done.changed_meanwhile) == (1, 0)


def test_an_imported_reading_moves_the_due_date_in_the_same_transaction(
    services: Services, tmp_path: Path
) -> None:
    """A list from another system gives a known car a higher mileage: the import's reading
    moves its open service reminder's due date as a reading at the counter would."""
    driven = car(services)
    served = dt.date(2026, 5, 27)  # the visit at 20,000 km: next at 30,000 km
    reading(services, driven.id, served, 20_000)
    with services.db.session() as s:
        row = s.get(Vehicle, driven.id)
        assert row is not None
        row.last_mileage_km = 20_000
        owner = s.get(Customer, driven.owner_id)
        assert owner is not None
        owner_name = owner.name
    rid = service_reminder(services, driven, served, dt.date(2027, 2, 1), 30_000)  # 40 km a day
    model = driven.model
    listing = write_csv(tmp_path / "list.csv", [[driven.vin, "", model.brand, model.name, "", "", "",
                                                  owner_name, "", "29000"]])  # fmt: skip
    report = services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, listing)
    assert report.applied and report.updated == 1
    with services.db.read() as s:
        reminder = s.get(Reminder, rid)
        assert reminder is not None
        # 9,000 km in 184 days (48.9 km a day) from 27 May to 27 November: the 1,000 km left take
        # 20.4 days, counted as 21.
        assert reminder.due_date == dt.date(2026, 12, 18)
    supervisor = make_actor(services, Role.SUPERVISOR)
    assert services.reminders.recompute_all(supervisor).moved == 0  # the whole run agrees
