"""Hostile input gets a clear message and saves nothing: damaged or special import files, cells
of 1e999 or nan, characters no record should hold, amounts no counter types, broken search text."""

from __future__ import annotations

import os
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.context import Services
from app.errors import QiantaiError, ValidationError
from app.orders import LineInput
from app.roles import SYSTEM_ACTOR, Actor
from app.vehicles import CustomerInput
from app.vehicles.import_files import parse_km
from db.models import Vehicle
from tests.app.factories import add_model, add_vehicle, open_order
from tests.app.vehicles.test_import import GOOD, HEADER_ZH, write_csv, write_xlsx


def vehicles_on_file(services: Services) -> int:
    with services.db.read() as s:
        return s.scalar(select(func.count()).select_from(Vehicle)) or 0


def test_a_quote_never_closed_is_a_clear_file_error(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    rows = "\n".join(",".join(r) for r in GOOD[:1])
    swallowed = "\n".join(f"{i},x" for i in range(30_000))  # what the open quote eats
    path.write_text(",".join(HEADER_ZH) + "\n" + rows + '\n"' + swallowed + "\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="引号没有配对") as refused:
        services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, path)
    assert refused.value.field == "file" and "第 3 行" in refused.value.message
    assert vehicles_on_file(services) == 0


def test_a_cell_over_the_reader_limit_is_a_clear_file_error(services: Services, tmp_path: Path) -> None:
    row = list(GOOD[0])
    row[4] = "白" * 140_000
    path = write_csv(tmp_path / "huge.csv", [row])
    with pytest.raises(ValidationError, match="单元格超过"):
        services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, path)


def test_a_damaged_sheet_is_a_clear_file_error(services: Services, tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [list(GOOD[0])])
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet1"):
                data = data[: len(data) // 2]  # the sheet's XML cut in the middle
            target.writestr(item, data)
    with pytest.raises(ValidationError, match="已损坏") as refused:
        services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, damaged)
    assert refused.value.field == "file"
    assert vehicles_on_file(services) == 0


def test_a_pipe_named_csv_is_refused_at_once(services: Services, tmp_path: Path) -> None:
    fifo = tmp_path / "list.csv"
    os.mkfifo(fifo)
    with pytest.raises(ValidationError, match="不是普通文件"):
        services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, fifo)


@pytest.mark.parametrize("cell", [float("inf"), float("nan"), float("-inf")])
def test_numeric_cells_that_are_no_number_are_row_errors(cell: float) -> None:
    with pytest.raises(ValueError, match="不是有效的数字"):
        parse_km(cell)


def test_mileage_of_1e999_or_nan_rejects_its_row_only(services: Services, tmp_path: Path) -> None:
    first, second = list(GOOD[0]), list(GOOD[1])
    first[9], second[9] = "1e999", "nan"
    path = write_csv(tmp_path / "inf.csv", [first, second, list(GOOD[2])])
    report = services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, path, skip_bad=True)
    assert [issue.line for issue in report.rejected] == [2, 3]
    assert vehicles_on_file(services) == 1


@pytest.mark.parametrize("name", ["张\x00三", "张\x07三", "李\x1b[31m四", "王\ud800五"])
def test_characters_no_record_should_hold_are_refused(services: Services, advisor: Actor, name: str) -> None:
    car = add_vehicle(services, advisor, add_model(services, advisor))
    customers = services.vehicles.customers
    owner = customers.get(advisor, car.owner_id)
    with pytest.raises(ValidationError, match="控制字符") as refused:
        customers.update(advisor, owner.id, owner.version, CustomerInput(name, ("13812345678",)))
    assert refused.value.field == "name"
    assert customers.get(advisor, owner.id).name == owner.name


def test_amounts_no_counter_types_are_refused(services: Services, advisor: Actor) -> None:
    car = add_vehicle(services, advisor, add_model(services, advisor), mileage=1_000)
    for line in (
        LineInput("part", "机油", "P1", quantity=Decimal("1e30"), unit_price_fen=100),
        LineInput("part", "机油", "P1", quantity=1e30, unit_price_fen=100),
    ):
        with pytest.raises(ValidationError, match="过大"):
            open_order(services, advisor, car, lines=(line,))
    with pytest.raises(ValidationError, match="预估金额过大"):
        open_order(services, advisor, car, estimate_fen=10**22)
    order = open_order(services, advisor, car)
    with pytest.raises(ValidationError, match="预估金额过大"):
        services.orders.orders.approve_estimate(advisor, order.id, order.version, 10**22)


@pytest.mark.parametrize("query", ["粤B\ud83d", "\ud800", "7404\U0010ffff", "a\x00b", "\x1b[2J"])
def test_search_text_with_broken_characters_still_searches(
    services: Services, advisor: Actor, query: str
) -> None:
    add_vehicle(services, advisor, add_model(services, advisor), plate="粤B12345")
    try:
        services.vehicles.lookup.search(advisor, query)
    except QiantaiError as e:  # a clear message would do; a crash would not
        pytest.fail(f"search refused {query!r}: {e}")
