"""The demo dataset is realistic and consistent, on SQLite and PostgreSQL, and reproducible."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
from collections import defaultdict
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import select

from app.cli import main
from app.context import Services
from app.demo import DemoOptions, DemoRefused, DemoSummary, generate_demo, people
from app.demo.catalogue import DEMO_USERS, MODELS
from app.demo.generate import new_password
from app.errors import ValidationError
from app.orders import JobType
from app.paths import DB_FILENAME
from app.reminders import CallOutcome, LostReason, ReminderStatus
from app.roles import SYSTEM_ACTOR
from app.users import MIN_PASSWORD_LENGTH, UserService
from app.validation import pinyin_initials, validate_phone, validate_plate, validate_vin
from db.models import (
    Appointment,
    ClaimPart,
    Customer,
    CustomerPhone,
    DealerSetting,
    Inspection,
    InspectionItem,
    MileageReading,
    PartLabel,
    PlateHistory,
    Reminder,
    ReminderContact,
    RepairOrder,
    RoLine,
    RoSequence,
    RoStatusEvent,
    User,
    Vehicle,
    VehicleModel,
    WarrantyClaim,
)
from db.uow import Database
from tests.conftest import TEST_HASHER, FakeClock, fresh_sqlite_url

VEHICLES, DAYS = 300, 30
RO_NUMBER = re.compile(r"^RO(\d{8})-(\d{4})$")
STATUSES = {
    "waiting",
    "in_repair",
    "waiting_parts",
    "quality_check",
    "washing",
    "ready",
    "delivered",
    "cancelled",
}
T = TypeVar("T")
FILLED = (
    "ro_lines", "inspection_items", "damage_marks", "reminders", "reminder_contacts",
    "appointments", "warranty_claims", "claim_parts", "part_labels", "mileage_readings",
)  # fmt: skip
OPEN = {"waiting", "in_repair", "waiting_parts", "quality_check", "washing", "ready"}


def _generate(services: Services, clock: FakeClock, seed: int = 7) -> DemoSummary:
    return generate_demo(services.db, services.users, DemoOptions(VEHICLES, DAYS, seed=seed), clock)


@pytest.fixture
def demo(services: Services, clock: FakeClock) -> DemoSummary:
    return _generate(services, clock)


def _local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone()


def _all(db: Database, entity: type[T], *order: Any) -> list[T]:
    """Every row, detached with its loaded values (the read session's rollback would expire them)."""
    with db.read() as s:
        rows = list(s.scalars(select(entity).order_by(*order)))
        s.expunge_all()
    return rows


def test_counts_and_models(services: Services, demo: DemoSummary) -> None:
    assert demo.counts["vehicles"] == VEHICLES
    assert demo.counts["repair_orders"] > 100
    for table in FILLED:
        assert demo.counts[table] > 0, table
    models = {(m.brand, m.name): m for m in _all(services.db, VehicleModel)}
    assert len(models) == len(MODELS)
    han = models[("比亚迪", "汉EV")]
    assert han.is_nev and (han.battery_warranty_months, han.battery_warranty_km) == (96, 150_000)
    assert models[("大众", "朗逸")].battery_warranty_months is None
    assert {b for b, _ in models} >= {"大众", "丰田", "本田", "比亚迪", "特斯拉", "宝马", "奔驰"}
    dealer = services.settings.dealer()
    assert dealer.name.endswith("有限公司") and dealer.code and dealer.address and dealer.service_phone


def test_vins_plates_phones_and_names_are_valid(services: Services, demo: DemoSummary) -> None:
    db = services.db
    vehicles = _all(db, Vehicle)
    nev = {m.id: m.is_nev for m in _all(db, VehicleModel)}
    history = defaultdict(list)
    for h in _all(db, PlateHistory):
        history[h.vehicle_id].append(h)
    phones = _all(db, CustomerPhone)
    customers = _all(db, Customer)
    assert len({v.vin for v in vehicles}) == len(vehicles)
    wmis = set()
    for v in vehicles:
        check = validate_vin(v.vin)
        assert check.check_digit_ok and check.warning is None and check.vin == v.vin
        assert v.vin_reversed == v.vin[::-1]
        wmis.add(v.vin[:3])
        if v.plate is None:
            assert not history[v.id]
            continue
        plate = validate_plate(v.plate)
        assert plate.plate == v.plate and plate.warning is None
        assert plate.kind == ("nev_small" if nev[v.model_id] else "ordinary")
        current = [h for h in history[v.id] if h.valid_to is None]
        assert [h.plate for h in current] == [v.plate]
        for h in history[v.id]:
            assert validate_plate(h.plate).plate == h.plate
            assert h.valid_to is None or h.valid_to > h.valid_from
    assert any(w.startswith("L") for w in wmis) and "WBA" in wmis
    plates = [v.plate for v in vehicles if v.plate]
    assert len(set(plates)) == len(plates)
    assert sum(p.startswith("粤B") for p in plates) > len(plates) / 2
    assert any(len(p) == 8 for p in plates) and any(len(p) == 7 for p in plates)
    for p in phones:
        check = validate_phone(p.number)
        assert check.number == p.number and check.extension is None
        assert check.kind == p.label and p.tail4 == p.number[-4:]
    assert sum(p.label == "mobile" for p in phones) > len(phones) / 2
    for c in customers:
        assert c.name_initials == pinyin_initials(c.name)[:32]
    assert any(c.kind == "company" for c in customers)


def test_mileage_never_decreases_and_matches_orders(services: Services, demo: DemoSummary) -> None:
    db = services.db
    readings = defaultdict(list)
    for r in _all(db, MileageReading, MileageReading.read_at, MileageReading.id):
        readings[r.vehicle_id].append(r)
    orders = {o.id: o for o in _all(db, RepairOrder)}
    vehicles = {v.id: v for v in _all(db, Vehicle)}
    for vid, rows in readings.items():
        kms = [r.km for r in rows]
        assert kms == sorted(kms), f"vehicle {vid}: {kms}"
        assert vehicles[vid].last_mileage_km == kms[-1]
    by_order = defaultdict(dict)
    for rows in readings.values():
        for r in rows:
            if r.repair_order_id is not None:
                by_order[r.repair_order_id][r.source] = r
    for o in orders.values():
        assert by_order[o.id]["intake"].km == o.mileage_in
        assert by_order[o.id]["intake"].read_at == o.opened_at
        if o.status == "delivered":
            assert o.mileage_out is not None and o.mileage_out >= o.mileage_in
            assert by_order[o.id]["delivery"].km == o.mileage_out
        else:
            assert o.mileage_out is None and "delivery" not in by_order[o.id]
    visited = [v for v in vehicles.values() if v.last_visit_at is not None]
    assert visited


def test_orders_times_statuses_and_numbers(services: Services, demo: DemoSummary, clock: FakeClock) -> None:
    db = services.db
    orders = _all(db, RepairOrder, RepairOrder.opened_at, RepairOrder.id)
    events = defaultdict(list)
    for e in _all(db, RoStatusEvent, RoStatusEvent.id):
        events[e.repair_order_id].append(e)
    sequences = {q.day: q.last_no for q in _all(db, RoSequence)}
    appointments = {a.id: a for a in _all(db, Appointment)}
    assert len({o.ro_number for o in orders}) == len(orders)
    per_day: dict[str, list[int]] = defaultdict(list)
    for o in orders:
        match = RO_NUMBER.match(o.ro_number)
        assert match, o.ro_number
        assert match.group(1) == _local(o.opened_at).strftime("%Y%m%d")
        per_day[match.group(1)].append(int(match.group(2)))
        assert o.status in STATUSES
        assert o.opened_at <= clock.now
        assert (o.delivered_at is not None) == (o.status == "delivered")
        if o.delivered_at is not None:
            assert o.delivered_at > o.opened_at
            assert o.delivered_at <= clock.now
        assert (o.cancel_reason is not None) == (o.status == "cancelled")
        assert o.is_appointment == (o.appointment_id is not None)
        if o.appointment_id is not None:
            assert appointments[o.appointment_id].status == "arrived"
            assert appointments[o.appointment_id].vehicle_id == o.vehicle_id
        chain = events[o.id]
        assert chain[0].from_status is None and chain[0].to_status == "waiting"
        assert chain[0].at == o.opened_at
        for before, after in itertools.pairwise(chain):
            assert after.from_status == before.to_status and after.at >= before.at
        assert chain[-1].to_status == o.status and chain[-1].at <= clock.now
    for day, numbers in per_day.items():
        # Numbers follow the order of opening, without gaps, and the sequence row knows the last.
        assert numbers == list(range(1, len(numbers) + 1)), day
        assert sequences[day] == len(numbers)
    assert set(sequences) == set(per_day)
    today = _local(clock.now).strftime("%Y%m%d")
    on_board = {o.status for o in orders if o.ro_number[2:10] == today}
    assert on_board >= OPEN


def test_line_amounts_add_up(services: Services, demo: DemoSummary) -> None:
    db = services.db
    lines = defaultdict(list)
    for line in _all(db, RoLine):
        lines[line.repair_order_id].append(line)
    orders = _all(db, RepairOrder)
    claims = _all(db, WarrantyClaim)
    parts = defaultdict(list)
    for p in _all(db, ClaimPart):
        parts[p.claim_id].append(p)
    labels = _all(db, PartLabel)
    payers = set()
    for o in orders:
        mine = lines[o.id]
        assert mine, o.ro_number
        assert sum(x.amount_fen for x in mine) == o.total_fen
        assert sum(x.amount_fen for x in mine if x.kind == "labour") == o.labour_fen
        assert sum(x.amount_fen for x in mine if x.kind == "part") == o.parts_fen
        assert sorted(x.position for x in mine) == list(range(1, len(mine) + 1))
        for x in mine:
            payers.add(x.payer)
            if x.kind == "labour":
                assert x.hours is not None and x.rate_fen is not None
                assert x.amount_fen == (round(x.hours * 100) * x.rate_fen + 50) // 100
            elif x.kind == "part":
                assert x.quantity is not None and x.unit_price_fen is not None
                assert x.amount_fen == (round(x.quantity * 100) * x.unit_price_fen + 50) // 100
    assert payers >= {"customer", "warranty", "insurance"}
    by_id = {o.id: o for o in orders}
    for c in claims:
        order = by_id[c.repair_order_id]
        assert JobType.WARRANTY in order.job_types.split(",")
        assert c.amount_fen == sum(x.amount_fen for x in lines[order.id] if x.payer == "warranty")
        assert c.vehicle_id == order.vehicle_id
    assert len({label.barcode for label in labels}) == len(labels)
    assert len(labels) == sum(p.quantity for ps in parts.values() for p in ps)


def test_reminders_calls_and_inspections(services: Services, demo: DemoSummary) -> None:
    db = services.db
    reminders = {r.id: r for r in _all(db, Reminder)}
    contacts = _all(db, ReminderContact)
    items = _all(db, InspectionItem)
    inspections = _all(db, Inspection)
    kinds = {r.kind for r in reminders.values()}
    assert kinds >= {"first_service", "service", "declined_item"}
    statuses = {r.status for r in reminders.values()}
    assert statuses >= {ReminderStatus.OPEN, ReminderStatus.DONE, ReminderStatus.LOST}
    assert statuses <= set(ReminderStatus)
    for r in reminders.values():
        assert (r.lost_reason is not None) == (r.status == ReminderStatus.LOST)
        assert r.lost_reason is None or r.lost_reason in tuple(LostReason)
        assert (r.closed_at is not None) == (r.status in (ReminderStatus.DONE, ReminderStatus.LOST))
        assert (r.inspection_item_id is not None) == (r.kind == "declined_item")
    for c in contacts:
        assert c.outcome in tuple(CallOutcome)
        assert (c.appointment_id is not None) == (c.outcome == "booked")
        assert c.reminder_id in reminders
    assert {c.outcome for c in contacts} >= {"booked", "no_answer"}
    assert {i.rating for i in items} == {"green", "yellow", "red"}
    for i in items:
        assert (i.decision is None) == (i.rating == "green")
    assert inspections


def test_same_seed_gives_same_data(
    services: Services, clock: FakeClock, sqlite_template: Path, tmp_path: Path
) -> None:
    """Also across back-ends: PostgreSQL and SQLite get identical rows from the same seed and day."""
    _generate(services, clock)
    other = Database(fresh_sqlite_url(sqlite_template, tmp_path))
    try:
        other_services = Services.build(other, services.paths, clock, TEST_HASHER)
        _generate(other_services, clock)
        assert _digest(services.db) == _digest(other)
        third = Database(fresh_sqlite_url(sqlite_template, tmp_path))
        try:
            _generate(Services.build(third, services.paths, clock, TEST_HASHER), clock, seed=8)
            assert _digest(third) != _digest(other)
        finally:
            third.dispose()
    finally:
        other.dispose()


def _digest(db: Database) -> str:
    h = hashlib.sha256()
    with db.read() as s:
        for v in s.scalars(select(Vehicle).order_by(Vehicle.id)):
            h.update(repr((v.vin, v.plate, v.owner_id, v.colour, v.delivery_date, v.last_mileage_km,
                           v.last_visit_at)).encode())  # fmt: skip
        for c in s.scalars(select(Customer).order_by(Customer.id)):
            h.update(repr((c.name, c.name_initials, c.kind)).encode())
        for o in s.scalars(select(RepairOrder).order_by(RepairOrder.id)):
            h.update(repr((o.ro_number, o.vehicle_id, o.opened_at, o.delivered_at, o.status, o.mileage_in,
                           o.total_fen, o.job_types)).encode())  # fmt: skip
        for line in s.scalars(select(RoLine).order_by(RoLine.id)):
            h.update(repr((line.repair_order_id, line.code, line.amount_fen, line.payer)).encode())
        for r in s.scalars(select(Reminder).order_by(Reminder.id)):
            h.update(repr((r.vehicle_id, r.kind, r.due_date, r.status, r.next_call_date)).encode())
    return h.hexdigest()


def test_demo_users_can_log_in_each_with_its_own_password_changed_at_first_login(
    services: Services, demo: DemoSummary
) -> None:
    assert [login.username for login in demo.logins] == [u for u, _, _ in DEMO_USERS]
    assert all(login.created for login in demo.logins)
    passwords = [login.password for login in demo.logins]
    assert len(set(passwords)) == len(passwords)  # one each
    for login, (username, _, role) in zip(demo.logins, DEMO_USERS, strict=True):
        assert login.password is not None and len(login.password) >= MIN_PASSWORD_LENGTH
        actor = services.users.login(username, login.password)
        assert actor.role.value == role
        assert actor.user_id is not None and services.users.must_change_password(actor.user_id)
    admin = services.users.login("admin", demo.logins[0].password or "")
    services.users.change_own_password(admin, demo.logins[0].password or "", "my-own-secret")
    assert admin.user_id is not None and not services.users.must_change_password(admin.user_id)
    # Another demo database gets other passwords (they do not come from the seed).
    assert all(len(new_password()) >= MIN_PASSWORD_LENGTH for _ in range(3))
    assert len({new_password() for _ in range(50)}) == 50


def test_refuses_a_database_with_vehicles(services: Services, demo: DemoSummary, clock: FakeClock) -> None:
    with pytest.raises(DemoRefused) as e:
        _generate(services, clock)
    assert "数据库中已有车辆数据，演示数据只能写入空库" in e.value.message


def test_existing_users_are_kept_and_ids_continue(services: Services, clock: FakeClock) -> None:
    services.users.add_user(SYSTEM_ACTOR, "admin", "老管理员", "admin", "old-password")
    summary = generate_demo(services.db, services.users, DemoOptions(20, 3), clock)
    admin = next(login for login in summary.logins if login.username == "admin")
    assert not admin.created and admin.display_name == "老管理员" and admin.password is None
    assert services.users.login("admin", "old-password").username == "admin"
    advisor = next(login for login in summary.logins if login.username == "advisor1")
    assert advisor.password is not None
    assert services.users.login("advisor1", advisor.password).username == "advisor1"
    # New rows after the bulk load get fresh ids (PostgreSQL's sequences were moved on).
    with services.db.session() as s:
        before = max(s.scalars(select(Customer.id)))
        customer = Customer(name="新客户", name_initials="xkh")
        s.add(customer)
        s.flush()
        assert customer.id > before
    with services.db.read() as s:
        assert s.get(DealerSetting, "dealer") is not None


@pytest.mark.parametrize(
    ("options", "field"),
    [
        (DemoOptions(0, 10), "vehicles"),
        (DemoOptions(10, 0), "days"),
    ],
)
def test_bad_options_are_refused(services: Services, options: DemoOptions, field: str) -> None:
    with pytest.raises(ValidationError) as e:
        generate_demo(services.db, services.users, options)
    assert e.value.field == field


@pytest.mark.usefixtures("cheap_hashing")
def test_demo_command_prints_each_users_password_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--data-dir", str(tmp_path), "demo", "--vehicles", "40", "--days", "5"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "演示数据已生成" in out and "车辆 40" in out
    printed = {}
    for username, display, _ in DEMO_USERS:
        found = re.search(rf"^  {username} / (\S+)\t{display}（", out, re.MULTILINE)
        assert found is not None, username
        printed[username] = found.group(1)
    assert len(set(printed.values())) == len(DEMO_USERS)
    assert "只显示这一次" in out and "首次登录时须设置新密码" in out
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err == "qiantai: 数据库中已有车辆数据，演示数据只能写入空库\n"
    # The printed passwords are the users' (and the database holds none of them in clear).
    db = Database(f"sqlite:///{tmp_path / DB_FILENAME}")
    try:
        users = UserService(db, hasher=TEST_HASHER)
        for username, password in printed.items():
            actor = users.login(username, password)
            assert actor.user_id is not None and users.must_change_password(actor.user_id)
        with db.read() as s:
            stored = " ".join(s.scalars(select(User.password_hash)))
        assert not any(password in stored for password in printed.values())
    finally:
        db.dispose()
    with pytest.raises(SystemExit):  # one password for all is no longer an option
        main(["--data-dir", str(tmp_path), "demo", "--password", "secret-12"])


def test_name_initials_match_the_search_function_for_every_name() -> None:
    for surname, _ in people.SURNAMES:
        for given in people.MALE_GIVEN + people.FEMALE_GIVEN:
            assert people.name_initials(surname, given) == pinyin_initials(surname + given), surname + given
