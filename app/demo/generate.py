"""`generate_demo`: users, dealer settings, models, then the fleet and its history, in bulk."""

from __future__ import annotations

import random
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError, OperationalError

from app.clock import Clock, system_clock
from app.db_errors import storage_error
from app.demo.calls import fill_contacts
from app.demo.catalogue import DEALER, DEMO_USERS, MODELS
from app.demo.fleet import generate_fleet
from app.demo.followups import write_date_reminders
from app.demo.history import History
from app.demo.state import Context, FleetState, Staff
from app.demo.timebase import TimeBase
from app.demo.writer import DEFAULT_CHUNK_ROWS, BulkWriter
from app.errors import QiantaiError, ValidationError
from app.roles import SYSTEM_ACTOR, Role
from app.settings import DEALER_KEY, read_json, write_json
from app.uow import reading, unit_of_work
from app.users import MIN_PASSWORD_LENGTH, UserService
from db.models import User, Vehicle, VehicleModel
from db.uow import Database

MAX_VEHICLES = 5_000_000
MAX_DAYS = 3_650
# A demo user's password: 10 letters and digits that cannot be mistaken for one another (no 0/O,
# 1/l/I) when read off the terminal: about 50 bits, from the system's random source.
PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"
PASSWORD_LENGTH = 10

Progress = Callable[[str], None]


class DemoRefused(QiantaiError):
    """The database already holds real (or earlier demo) data."""


@dataclass(frozen=True)
class DemoOptions:
    vehicles: int
    days: int
    seed: int = 1
    chunk_rows: int = DEFAULT_CHUNK_ROWS  # rows buffered before they are written


@dataclass(frozen=True)
class DemoLogin:
    username: str
    display_name: str
    role: str
    created: bool  # False: the user existed and was left as it was
    password: str | None = None  # a created user's password, shown once (stored only as a hash)


@dataclass(frozen=True)
class DemoSummary:
    logins: tuple[DemoLogin, ...]
    counts: dict[str, int]
    seconds: float


def _check(options: DemoOptions) -> None:
    if not 1 <= options.vehicles <= MAX_VEHICLES:
        raise ValidationError("vehicles", f"车辆数应在 1 到 {MAX_VEHICLES} 之间")
    if not 1 <= options.days <= MAX_DAYS:
        raise ValidationError("days", f"天数应在 1 到 {MAX_DAYS} 之间")


def new_password() -> str:
    """A fresh random password for one demo user (not from the seed: no two databases share one)."""
    assert PASSWORD_LENGTH >= MIN_PASSWORD_LENGTH
    return "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(PASSWORD_LENGTH))


def _users(db: Database, users: UserService) -> tuple[tuple[DemoLogin, ...], Staff]:
    """Creates the missing demo users, each with its own password, to be changed at first login."""
    with reading(db) as s:
        existing = {
            u.username.lower(): (u.id, u.username, u.display_name, u.role) for u in s.scalars(select(User))
        }
    logins, ids = [], {}
    for username, display, role in DEMO_USERS:
        found = existing.get(username)
        if found is None:
            password = new_password()
            info = users.add_user(
                SYSTEM_ACTOR, username, display, role.value, password, must_change_password=True
            )
            ids[username] = info.id
            logins.append(DemoLogin(username, display, role.value, True, password))
        else:
            ids[username] = found[0]
            logins.append(DemoLogin(*found[1:], created=False))
    advisors = [ids[u] for u, _, role in DEMO_USERS if role is Role.ADVISOR]
    return tuple(logins), Staff(advisors=advisors, claims=ids["claims1"], supervisor=ids["supervisor1"])


def _dealer(db: Database) -> None:
    with unit_of_work(db) as s:
        current = read_json(s, DEALER_KEY) or {}
        if not current.get("name"):
            write_json(s, SYSTEM_ACTOR, DEALER_KEY, dict(DEALER))


def _model_ids(db: Database) -> list[int]:
    """Adds the catalogue's models that are missing; returns ids in catalogue order."""
    with unit_of_work(db) as s:
        found = {(m.brand, m.name): m for m in s.scalars(select(VehicleModel))}
        for spec in MODELS:
            if (spec.brand, spec.name) in found:
                continue
            model = VehicleModel(
                brand=spec.brand,
                name=spec.name,
                is_nev=spec.is_nev,
                basic_warranty_months=spec.basic_warranty[0],
                basic_warranty_km=spec.basic_warranty[1],
                battery_warranty_months=spec.battery_warranty[0] if spec.battery_warranty else None,
                battery_warranty_km=spec.battery_warranty[1] if spec.battery_warranty else None,
                first_service_months=spec.first_service[0],
                first_service_km=spec.first_service[1],
                service_interval_months=spec.service_interval[0],
                service_interval_km=spec.service_interval[1],
            )
            s.add(model)
            found[(spec.brand, spec.name)] = model
        s.flush()
        return [found[(spec.brand, spec.name)].id for spec in MODELS]


def generate_demo(
    db: Database,
    users: UserService,
    options: DemoOptions,
    clock: Clock = system_clock,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fills an empty database with a reproducible dealer: same seed and day, same data."""
    _check(options)
    started = time.perf_counter()
    with reading(db) as s:
        if s.scalar(select(func.count()).select_from(Vehicle)):
            raise DemoRefused("数据库中已有车辆数据，演示数据只能写入空库")
    logins, staff = _users(db, users)
    _dealer(db)
    model_ids = _model_ids(db)

    try:
        writer = BulkWriter(db.engine, options.chunk_rows)
        try:
            counts = _generate(writer, options, clock, model_ids, staff, progress)
        finally:
            writer.close()
    except (OperationalError, DBAPIError) as e:
        error = storage_error(e, db.sqlite_folder)
        if error is None:
            raise  # not the disk or the server: a bug
        raise error from e
    return DemoSummary(logins, counts, time.perf_counter() - started)


def _generate(
    writer: BulkWriter,
    options: DemoOptions,
    clock: Clock,
    model_ids: list[int],
    staff: Staff,
    progress: Progress | None,
) -> dict[str, int]:
    tb = TimeBase(clock(), as_text=writer.is_sqlite)
    fleet = FleetState(size=options.vehicles, first_vehicle_id=writer.reserve("vehicles", options.vehicles))
    ctx = Context(
        rng=random.Random(options.seed),
        tb=tb,
        writer=writer,
        models=MODELS,
        model_ids=model_ids,
        staff=staff,
        first_day=tb.today - options.days + 1,
        fleet=fleet,
    )
    if progress is not None:
        progress(f"生成 {options.vehicles} 辆车及其车主……")
    generate_fleet(ctx)
    if progress is not None:
        progress(f"生成 {options.days} 天的维修、提醒和索赔记录……")
    History(ctx, progress).run()
    write_date_reminders(ctx)
    fill_contacts(ctx)
    writer.finish()
    return dict(writer.counts)
