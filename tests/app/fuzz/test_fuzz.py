"""Fuzzing what people type, scan and import: whatever comes in, the program answers with an error
of its own taxonomy (a clear message) or a result, never a crash, and a refused save leaves
nothing behind.

QIANTAI_FUZZ_EXAMPLES sets the examples per test (default 1,000: 5,000 over the suite in
CI); bench/fuzz_soak.py runs the same tests with many more.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.context import Services
from app.errors import QiantaiError
from app.orders import LineInput, OrderInput
from app.paths import AppPaths
from app.roles import SYSTEM_ACTOR, Actor, Role
from app.validation import validate_phone, validate_plate, validate_vin
from app.vehicles import CustomerInput, VehicleInput
from db.engine import sqlite_url
from db.migrate import upgrade
from db.models import RepairOrder, Vehicle
from db.uow import Database
from tests.app.factories import add_model, add_vehicle
from tests.conftest import FakeClock

EXAMPLES = int(os.environ.get("QIANTAI_FUZZ_EXAMPLES", "1000"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
# Any character at all, lone surrogates and control characters included.
ANY_CHAR = st.characters(codec=None, exclude_categories=())
ANY_TEXT = st.text(ANY_CHAR, max_size=40)
# Text that looks like what the counter types, with a stray character now and then.
COUNTER_TEXT = st.text(
    st.one_of(st.sampled_from("粤京沪ABCDEFGHJKLMNPRSTUVWXYZ0123456789·- +（）"), ANY_CHAR), max_size=24
)
NUMBERISH = st.one_of(
    st.none(),
    st.integers(min_value=-(10**25), max_value=10**25),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.text(st.sampled_from("0123456789.-e+,万 "), max_size=12),
)


@pytest.fixture(scope="module")
def fuzz_services() -> Iterator[tuple[Services, Actor]]:
    """One SQLite database for the module: hypothesis runs each test hundreds of times."""
    folder = Path(tempfile.mkdtemp(prefix="qiantai-fuzz-"))
    db = Database(sqlite_url(folder / "fuzz.db"))
    upgrade(db.engine)
    services = Services.build(db, AppPaths(data_dir=folder, log_dir=folder / "logs"), FakeClock())
    user = services.users.add_user(SYSTEM_ACTOR, "fuzz", "模糊测试", Role.ADVISOR.value, "fuzz-password-1")
    actor = Actor(user.id, user.username, user.display_name, Role.ADVISOR)
    model = add_model(services, actor)
    for plate in ("粤B12345", "京A7404W", "沪C00001"):
        add_vehicle(services, actor, model, plate=plate, mileage=1_000)
    yield services, actor
    db.dispose()


def count(services: Services, table: type) -> int:
    with services.db.read() as s:
        return s.scalar(select(func.count()).select_from(table)) or 0


@FUZZ
@given(ANY_TEXT)
def test_the_validators_answer_anything(text: str) -> None:
    for validate in (validate_vin, validate_plate, validate_phone):
        with contextlib.suppress(QiantaiError):
            validate(text)


@FUZZ
@given(st.one_of(ANY_TEXT, COUNTER_TEXT))
def test_the_search_answers_anything(fuzz_services: tuple[Services, Actor], query: str) -> None:
    services, actor = fuzz_services
    with contextlib.suppress(QiantaiError):
        services.vehicles.lookup.search(actor, query)


@FUZZ
@given(name=ANY_TEXT, phone=COUNTER_TEXT, vin=COUNTER_TEXT, plate=COUNTER_TEXT, colour=ANY_TEXT)
def test_a_refused_vehicle_leaves_nothing(
    fuzz_services: tuple[Services, Actor], name: str, phone: str, vin: str, plate: str, colour: str
) -> None:
    services, actor = fuzz_services
    model = services.vehicles.models.list_models(actor)[0]
    before = count(services, Vehicle)
    try:
        services.vehicles.vehicles.create_with_owner(
            actor, CustomerInput(name, (phone,)), VehicleInput(vin, model.id, 0, plate=plate, colour=colour)
        )
    except QiantaiError:
        assert count(services, Vehicle) == before


@FUZZ
@given(
    quantity=NUMBERISH,
    price=NUMBERISH,
    hours=NUMBERISH,
    estimate=st.one_of(st.none(), st.integers(min_value=-(10**25), max_value=10**25)),
    text=ANY_TEXT,
)
def test_a_refused_order_leaves_nothing(
    fuzz_services: tuple[Services, Actor],
    quantity: object,
    price: object,
    hours: object,
    estimate: int | None,
    text: str,
) -> None:
    services, actor = fuzz_services
    car = services.vehicles.lookup.search(actor, "粤B12345")[0]
    assert car.vehicle_id is not None
    before = count(services, RepairOrder)
    lines = (
        LineInput("part", text, "P1", quantity=quantity, unit_price_fen=price),  # type: ignore[arg-type]
        LineInput("labour", "检查", "L1", hours=hours, rate_fen=price),  # type: ignore[arg-type]
    )
    data = OrderInput(
        vehicle_id=car.vehicle_id,
        mileage_in=2_000,
        job_types=("一般维修",),
        customer_statement=text or "异响",
        lines=lines,
        estimate_fen=estimate,
    )
    try:
        services.orders.orders.open_order(actor, data, confirm_warnings=True)
    except QiantaiError:
        assert count(services, RepairOrder) == before


CELL = st.one_of(ANY_TEXT, COUNTER_TEXT, st.sampled_from(['"', '""', "=1+1", "1e999", "nan", "\x00", "\r"]))


@FUZZ
@given(st.lists(st.lists(CELL, min_size=0, max_size=12), min_size=1, max_size=6), st.booleans())
def test_a_refused_import_leaves_nothing(
    fuzz_services: tuple[Services, Actor], rows: list[list[str]], skip_bad: bool
) -> None:
    services, _actor = fuzz_services
    header = ["车架号", "车牌号", "品牌", "车型", "颜色", "购车日期", "开票日期", "车主", "手机", "行驶里程"]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow([cell.encode("utf-8", "surrogatepass").decode("utf-8", "replace") for cell in row])
    folder = Path(tempfile.mkdtemp(prefix="qiantai-fuzz-import-"))
    path = folder / "list.csv"
    path.write_bytes(buffer.getvalue().encode("utf-8", "surrogatepass"))
    before = count(services, Vehicle)
    try:
        report = services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, path, skip_bad=skip_bad)
    except QiantaiError:
        assert count(services, Vehicle) == before
        return
    if report.rejected and not skip_bad:
        assert count(services, Vehicle) == before  # all or nothing
    path.unlink()
    folder.rmdir()
