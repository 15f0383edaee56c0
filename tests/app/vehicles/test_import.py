"""Importing vehicle lists: encodings, .xlsx, headers, dates, bad and mixed files, dry run,
skip-bad, the JSON shape, idempotent re-import, and the command line."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.cli import main
from app.context import Services
from app.errors import PermissionDenied, ValidationError
from app.roles import SYSTEM_ACTOR, Actor
from app.vehicles.import_files import match_header, parse_date, parse_km
from db.models import AuditEntry, Customer, PlateHistory, Vehicle, VehicleModel
from tests.app.factories import make_vin

HEADER_ZH = ["车架号", "车牌号", "品牌", "车型", "颜色", "购车日期", "开票日期", "车主", "手机", "行驶里程"]
HEADER_EN = [
    "VIN",
    "Plate",
    "Brand",
    "Model",
    "Colour",
    "Purchase date",
    "Invoice date",
    "Owner",
    "Phone",
    "Mileage",
]
GOOD = [
    [
        make_vin(901),
        "京A12345",
        "本田",
        "雅阁",
        "白色",
        "2024-03-01",
        "2024/3/2",
        "张三",
        "138 1234 5678",
        "12,345",
    ],
    [
        make_vin(902),
        "粤BD12345",
        "比亚迪",
        "汉EV",
        "黑",
        "2024年5月1日",
        "45413",
        "李四",
        "+86 13900001111",
        "1.2万",
    ],
    ["9BWZZZ377VT004251", "", "大众", "高尔夫", "", "", "20240601", "王五", "0755-88886666", ""],
]


def wrong_check_digit(vin: str) -> str:
    return vin[:8] + ("1" if vin[8] != "1" else "2") + vin[9:]


BAD = [
    [
        wrong_check_digit(make_vin(907)),
        "沪A11111",
        "本田",
        "雅阁",
        "",
        "",
        "",
        "赵六",
        "13700000000",
        "",
    ],  # check digit
    [
        make_vin(903),
        "沪A22222",
        "本田",
        "雅阁",
        "",
        "2024-02-30",
        "",
        "孙七",
        "13700000001",
        "",
    ],  # no such day
    [make_vin(904), "沪A33333", "本田", "雅阁", "", "", "", "周八", "1370000", ""],  # phone
    [make_vin(905), "沪I44444", "本田", "雅阁", "", "", "", "吴九", "13700000003", ""],  # plate
    [make_vin(906), "", "本田", "雅阁", "", "", "", "", "13700000004", ""],  # owner
]


def write_csv(
    path: Path, rows: list[list[str]], header: list[str] = HEADER_ZH, encoding: str = "utf-8"
) -> Path:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def write_xlsx(
    path: Path, rows: list[list[object]], header: list[str] = HEADER_ZH, title: str | None = None
) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    if title:
        sheet.append([title])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def count(services: Services, model: type) -> int:
    with services.db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def importer(services: Services):  # type: ignore[no-untyped-def]
    return services.vehicles.importer


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_good_csv_in_each_encoding(services: Services, importer, tmp_path: Path, encoding: str) -> None:
    path = write_csv(tmp_path / "good.csv", GOOD, encoding=encoding)
    report = importer.import_vehicles(SYSTEM_ACTOR, path)
    assert (report.accepted, report.created, report.rejected, report.applied) == (3, 3, (), True)
    assert count(services, Vehicle) == 3
    with services.db.read() as s:
        v = s.scalar(select(Vehicle).where(Vehicle.plate == "京A12345"))
        assert v is not None
        assert (v.purchase_date, v.invoice_date, v.last_mileage_km, v.colour) == (
            dt.date(2024, 3, 1),
            dt.date(2024, 3, 2),
            12_345,
            "白色",
        )
        assert v.vin_reversed == v.vin[::-1]
        owner = s.get(Customer, v.owner_id)
        assert owner is not None and owner.name_initials == "zs"
        ev = s.scalar(select(Vehicle).where(Vehicle.plate == "粤BD12345"))
        assert ev is not None and ev.invoice_date == dt.date(2024, 5, 1) and ev.last_mileage_km == 12_000
        assert s.scalar(select(VehicleModel.is_nev).where(VehicleModel.name == "汉EV")) is True
        assert s.scalar(select(func.count()).select_from(PlateHistory)) == 2
    fields = sorted((w.line, w.field) for w in report.warnings)
    # Line 4: the VW's VIN has no check digit; each new model is reported once.
    assert (4, "vin") in fields
    assert [f for f in fields if f[1] == "model"] == [(2, "model"), (3, "model"), (4, "model")]


def test_xlsx_with_a_title_row_and_excel_dates(services: Services, importer, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        [
            make_vin(911),
            "津A55555",
            "本田",
            "CR-V",
            "红",
            dt.datetime(2024, 3, 1),
            dt.date(2024, 3, 1),
            "郑一",
            13812340000,
            8800,
        ],
        [
            make_vin(912),
            "津A66666",
            "本田",
            "CR-V",
            "红",
            45352,
            "2024.3.1",
            "郑二",
            "13812340001",
            "9,000 km",
        ],
    ]
    path = write_xlsx(tmp_path / "list.xlsx", rows, HEADER_EN, title="某4S店客户车辆清单")
    report = importer.import_vehicles(SYSTEM_ACTOR, path)
    assert (report.accepted, report.created, report.rejected) == (2, 2, ())
    with services.db.read() as s:
        dates = s.execute(select(Vehicle.purchase_date, Vehicle.invoice_date).order_by(Vehicle.id)).all()
    assert [tuple(d) for d in dates] == [(dt.date(2024, 3, 1),) * 2] * 2


def test_bad_rows_are_reported_by_line_and_field(services: Services, importer, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", BAD)
    report = importer.import_vehicles(SYSTEM_ACTOR, path)
    assert [(i.line, i.field) for i in report.rejected] == [
        (2, "vin"),
        (3, "purchase_date"),
        (4, "phone"),
        (5, "plate"),
        (6, "owner"),
    ]
    assert report.accepted == 0 and not report.applied
    assert "第 9 位" in report.rejected[0].message


FORMATS = ["utf-8", "utf-8-sig", "gbk", "xlsx"]


def write_any(tmp_path: Path, name: str, rows: list[list[str]], fmt: str) -> Path:
    if fmt == "xlsx":
        return write_xlsx(tmp_path / f"{name}.xlsx", rows)  # type: ignore[arg-type]
    return write_csv(tmp_path / f"{name}.csv", rows, encoding=fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_bad_file_in_each_format(services: Services, importer, tmp_path: Path, fmt: str) -> None:
    report = importer.import_vehicles(SYSTEM_ACTOR, write_any(tmp_path, "bad", BAD, fmt))
    assert [(i.line, i.field) for i in report.rejected] == [
        (2, "vin"),
        (3, "purchase_date"),
        (4, "phone"),
        (5, "plate"),
        (6, "owner"),
    ]
    assert count(services, Vehicle) == 0


@pytest.mark.parametrize("fmt", FORMATS)
def test_mixed_file_is_all_or_nothing(services: Services, importer, tmp_path: Path, fmt: str) -> None:
    path = write_any(tmp_path, "mixed", [GOOD[0], BAD[0], GOOD[1]], fmt)
    report = importer.import_vehicles(SYSTEM_ACTOR, path)
    assert report.accepted == 2 and [i.line for i in report.rejected] == [3]
    assert not report.applied and report.created == 0
    assert (
        count(services, Vehicle) == 0 and count(services, Customer) == 0 and count(services, AuditEntry) == 0
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_skip_bad_imports_the_good_rows(services: Services, importer, tmp_path: Path, fmt: str) -> None:
    path = write_any(tmp_path, "mixed", [GOOD[0], BAD[0], GOOD[1]], fmt)
    report = importer.import_vehicles(SYSTEM_ACTOR, path, skip_bad=True)
    assert (report.accepted, report.created, report.applied) == (2, 2, True)
    assert [i.line for i in report.rejected] == [3]
    assert count(services, Vehicle) == 2


def test_dry_run_changes_nothing(services: Services, importer, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "good.csv", GOOD)
    report = importer.import_vehicles(SYSTEM_ACTOR, path, dry_run=True)
    assert (report.accepted, report.created, report.applied, report.dry_run) == (3, 3, False, True)
    assert report.warnings
    for model in (Vehicle, Customer, VehicleModel, AuditEntry, PlateHistory):
        assert count(services, model) == 0


def test_reimport_changes_nothing_and_writes_no_audit(services: Services, importer, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "good.csv", GOOD)
    importer.import_vehicles(SYSTEM_ACTOR, path)
    audit_rows, customers = count(services, AuditEntry), count(services, Customer)
    with services.db.read() as s:
        versions = s.execute(select(Vehicle.id, Vehicle.version)).all()
    again = importer.import_vehicles(SYSTEM_ACTOR, write_csv(tmp_path / "again.csv", GOOD, encoding="gbk"))
    assert (again.accepted, again.created, again.updated, again.unchanged) == (3, 0, 0, 3)
    assert count(services, AuditEntry) == audit_rows and count(services, Customer) == customers
    with services.db.read() as s:
        assert s.execute(select(Vehicle.id, Vehicle.version)).all() == versions


def test_reimport_with_changes_updates_and_keeps_history(
    services: Services, importer, tmp_path: Path, advisor: Actor
) -> None:
    importer.import_vehicles(SYSTEM_ACTOR, write_csv(tmp_path / "a.csv", GOOD[:1]))
    changed = [[*GOOD[0][:1], "京A54321", *GOOD[0][2:7], "张三", "13600000000", "10000"]]
    report = importer.import_vehicles(SYSTEM_ACTOR, write_csv(tmp_path / "b.csv", changed))
    assert (report.updated, report.unchanged) == (1, 0)
    assert [(w.field, "低于" in w.message) for w in report.warnings] == [("mileage", True)]
    hits = services.vehicles.lookup.search(advisor, "京A12345")
    assert [h.match.value for h in hits] == ["former_plate"]
    card = services.orders.cards.open(advisor, hits[0].vehicle_id or 0)
    assert [p.number for p in card.owner.phones] == ["13812345678", "13600000000"]
    assert card.vehicle.last_mileage_km == 12_345
    other_owner = [[*changed[0][:7], "张四", "13812345678", ""]]
    report = importer.import_vehicles(SYSTEM_ACTOR, write_csv(tmp_path / "c.csv", other_owner))
    assert [w.field for w in report.warnings] == ["owner"] and report.unchanged == 1


def test_duplicates_inside_the_file(importer, tmp_path: Path) -> None:
    twin = [*GOOD[0][:1], "京B99999", *GOOD[0][2:]]
    report = importer.import_vehicles(SYSTEM_ACTOR, write_csv(tmp_path / "dup.csv", [GOOD[0], twin]))
    assert [(i.line, i.field) for i in report.rejected] == [(3, "vin")]


def test_line_numbers_count_blank_and_multiline_rows(importer, tmp_path: Path) -> None:
    text = (
        ",".join(HEADER_ZH)
        + "\n"
        + ",".join(GOOD[0])
        + "\n\n"
        + (f'{BAD[0][0]},沪A11111,本田,雅阁,"珍珠\n白",,,赵六,13700000000,\n' + ",".join(BAD[2]) + "\n")
    )
    path = tmp_path / "lines.csv"
    path.write_text(text, encoding="utf-8")
    report = importer.import_vehicles(SYSTEM_ACTOR, path)
    assert [i.line for i in report.rejected] == [4, 6]


def test_file_level_errors(importer, tmp_path: Path) -> None:
    no_vin = write_csv(tmp_path / "novin.csv", [["x"]], header=["车主", "电话"])
    with pytest.raises(ValidationError) as e:
        importer.import_vehicles(SYSTEM_ACTOR, no_vin)
    assert e.value.field == "file"
    no_model = write_csv(tmp_path / "nomodel.csv", [["x", "y"]], header=["VIN", "车主"])
    with pytest.raises(ValidationError) as e:
        importer.import_vehicles(SYSTEM_ACTOR, no_model)
    assert "品牌" in e.value.message
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ValidationError):
        importer.import_vehicles(SYSTEM_ACTOR, old)


def test_import_needs_permission(importer, advisor: Actor, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        importer.import_vehicles(advisor, write_csv(tmp_path / "good.csv", GOOD))


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("车架号", "vin"),
        ("VIN码", "vin"),
        ("车辆识别代号（VIN）", "vin"),
        ("号牌号码", "plate"),
        ("车主电话", "phone"),
        ("联系电话", "phone"),
        ("车主姓名", "owner"),
        ("客户姓名", "owner"),
        ("发票日期", "invoice_date"),
        ("Invoice Date", "invoice_date"),
        ("行驶里程(km)", "mileage"),
        ("车身颜色", "colour"),
        ("Color", "colour"),
        ("备注", None),
        ("文件名", None),
    ],
)
def test_header_names(header: str, field: str | None) -> None:
    assert match_header(header) == field


def test_date_and_km_cells() -> None:
    for text in (
        "2024-03-01",
        "2024/3/1",
        "2024年3月1日",
        "2024.3.1",
        "20240301",
        "45352",
        "2024-03-01 00:00:00",
        "２０２４－０３－０１",
    ):
        assert parse_date(text) == dt.date(2024, 3, 1), text
    assert parse_date(45352.0) == dt.date(2024, 3, 1)
    assert parse_date("") is None
    for bad in ("2024-13-01", "三月", "1.5"):
        with pytest.raises(ValueError):
            parse_date(bad)
    assert [parse_km(x) for x in ("12,345", "12345 km", "1.2万", 800, 800.0, "", None)] == [
        12_345,
        12_345,
        12_000,
        800,
        800,
        None,
        None,
    ]
    with pytest.raises(ValueError):
        parse_km("很多")


# ---------------------------------------------------------------- the command line
def run_cli(db_url: str, *args: str) -> int:
    return main(["--db", db_url, "import", "vehicles", *args])


def test_cli_json_shape_and_exit_codes(services: Services, db_url: str, tmp_path: Path, capsys) -> None:
    mixed = write_csv(tmp_path / "mixed.csv", [GOOD[0], BAD[2], GOOD[2]])
    assert run_cli(db_url, str(mixed), "--json") == 1
    result = json.loads(capsys.readouterr().out)
    assert list(result) == ["accepted", "rejected", "warnings"]
    assert result["accepted"] == 2
    assert result["rejected"] == [{"line": 3, "field": "phone", "message": result["rejected"][0]["message"]}]
    assert all(set(w) == {"line", "field", "message"} for w in result["warnings"])
    assert {(w["line"], w["field"]) for w in result["warnings"]} >= {(4, "vin")}
    assert count(services, Vehicle) == 0

    assert run_cli(db_url, str(mixed), "--json", "--skip-bad", "--dry-run") == 0
    assert json.loads(capsys.readouterr().out)["accepted"] == 2
    assert count(services, Vehicle) == 0

    assert run_cli(db_url, str(mixed), "--skip-bad") == 0
    text = capsys.readouterr().out
    assert "新增车辆 2" in text and "第 3 行 电话" in text
    assert count(services, Vehicle) == 2

    good = write_csv(tmp_path / "good.csv", GOOD, encoding="utf-8-sig")
    assert run_cli(db_url, str(good), "--json") == 0
    again = json.loads(capsys.readouterr().out)
    assert again["accepted"] == 3 and again["rejected"] == []


def test_cli_unreadable_file(db_url: str, tmp_path: Path, capsys) -> None:
    assert run_cli(db_url, str(tmp_path / "missing.csv")) == 1
    assert "无法读取" in capsys.readouterr().err
