"""The import reads the papers' dates as the vehicle form does: the 检验有效期至 month (kept as its
last day) and the insurance's end, under their usual headers. A new car's 年检 and insurance
reminders are made with it, due the notice days before; a known car's renewed policy closes its
reminder and opens the next, as a saved form does; the same file again changes nothing; a month
that is not one is said on its line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from app.context import Services
from app.reminders import ReminderKind, ReminderStatus
from app.roles import SYSTEM_ACTOR
from app.vehicles.import_files import match_header, parse_month
from db.models import AuditEntry, Reminder, Vehicle
from tests.app.factories import add_model, add_vehicle, make_vin
from tests.app.vehicles.test_import import write_csv

HEADER = ["车架号", "品牌", "车型", "车主", "手机", "检验有效期至", "保险到期日"]
NOTICE = dt.timedelta(days=30)  # ReminderRules' default notice days, both kinds


def papers(svc: Services, vin: str) -> list[tuple[str, dt.date, str]]:
    with svc.db.read() as s:
        vehicle_id = s.scalar(select(Vehicle.id).where(Vehicle.vin == vin))
        rows = s.execute(
            select(Reminder.kind, Reminder.due_date, Reminder.status)
            .where(
                Reminder.vehicle_id == vehicle_id,
                Reminder.kind.in_([ReminderKind.ANNUAL_INSPECTION.value, ReminderKind.INSURANCE.value]),
            )
            .order_by(Reminder.id)
        )
        return [(kind, due, status) for kind, due, status in rows]


def test_headers_and_months_as_papers_and_dealer_systems_write_them() -> None:
    assert match_header("检验有效期至") == match_header("年检到期日") == "inspection_due"
    assert match_header("保险到期") == match_header("交强险到期日") == "insurance_expires"
    for cell in ("2027-03", "2027/3", "２０２７年３月", "202703", 202703, "2027-03-15", dt.date(2027, 3, 15)):
        day = parse_month(cell)
        assert day is not None and (day.year, day.month) == (2027, 3), cell


def test_new_cars_come_with_their_paper_reminders(services: Services, tmp_path: Path) -> None:
    add_model(services, SYSTEM_ACTOR)
    first, second = make_vin(810_001), make_vin(810_002)
    path = write_csv(
        tmp_path / "cars.csv",
        [
            [first, "本田", "雅阁", "张三", "13900001111", "2027-03", "2027-05-20"],
            [second, "本田", "雅阁", "李四", "13900002222", "", "2027/6/1"],
        ],
        header=HEADER,
    )
    report = services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, path)
    assert (report.applied, report.created) == (True, 2)
    with services.db.read() as s:
        saved = s.execute(
            select(Vehicle.inspection_due, Vehicle.insurance_expires).where(Vehicle.vin == first)
        ).one()
    assert tuple(saved) == (dt.date(2027, 3, 31), dt.date(2027, 5, 20))
    opened = ReminderStatus.OPEN.value
    assert papers(services, first) == [
        (ReminderKind.ANNUAL_INSPECTION.value, dt.date(2027, 3, 31) - NOTICE, opened),
        (ReminderKind.INSURANCE.value, dt.date(2027, 5, 20) - NOTICE, opened),
    ]
    assert papers(services, second) == [(ReminderKind.INSURANCE.value, dt.date(2027, 6, 1) - NOTICE, opened)]
    with services.db.read() as s:
        added = s.scalar(select(func.count()).where(AuditEntry.action == "reminder.add"))
    assert added == 3

    again = services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert len(papers(services, first)) == 2


def test_a_renewed_policy_closes_the_reminder_and_opens_the_next(services: Services, tmp_path: Path) -> None:
    model = add_model(services, SYSTEM_ACTOR)
    known = add_vehicle(services, SYSTEM_ACTOR, model, owner="张三", phones=("13900003333",))
    header = ["车架号", "品牌", "车型", "车主", "手机", "保险到期日"]
    row = [known.vin, "本田", "雅阁", "张三", "13900003333"]
    services.vehicles.importer.import_vehicles(
        SYSTEM_ACTOR, write_csv(tmp_path / "a.csv", [[*row, "2027-01-10"]], header=header)
    )
    report = services.vehicles.importer.import_vehicles(
        SYSTEM_ACTOR, write_csv(tmp_path / "b.csv", [[*row, "2028-01-10"]], header=header)
    )
    assert report.updated == 1
    kind = ReminderKind.INSURANCE.value
    assert papers(services, known.vin) == [
        (kind, dt.date(2027, 1, 10) - NOTICE, ReminderStatus.DONE.value),
        (kind, dt.date(2028, 1, 10) - NOTICE, ReminderStatus.OPEN.value),
    ]


def test_a_month_that_is_not_one_is_said_on_its_line(services: Services, tmp_path: Path) -> None:
    add_model(services, SYSTEM_ACTOR)
    path = write_csv(
        tmp_path / "cars.csv",
        [[make_vin(810_010), "本田", "雅阁", "王五", "13900004444", "2027-13", ""]],
        header=HEADER,
    )
    report = services.vehicles.importer.import_vehicles(SYSTEM_ACTOR, path)
    assert not report.applied
    (issue,) = report.rejected
    assert (issue.line, issue.field) == (2, "inspection_due") and "2027-13" in issue.message
