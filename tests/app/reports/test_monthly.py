"""The monthly summary of October 2026 against figures worked out by hand, on SQLite and PostgreSQL.

The counter is in Beijing (UTC+8, tests/conftest.py). The month, day by day:

    Sep 10  E opened 10:00, delivered 16:00 (oil service 245.00)            -- last month
    Sep 29  F opened 10:00 "发动机异响", delivered Sep 30 09:00 (245.00)      -- last month
    Sep 30  A opened 23:30 "空调不凉" (245.00) ...
    Oct  1  ... A delivered 00:30 (still Sep 30 in UTC): delivered on the 1st, in the workshop at
            the end of Sep 30
    Oct  2-4, 6-9, 11-29: no orders (Oct 12: an appointment not kept, a cancelled one)
    Oct  5  B opened 09:00, cancelled 11:00
    Oct 10  C (new car, invoiced Sep 1, 2,000 km) opened 10:00 from an appointment, 索赔, "刹车异响",
            labour 300.00 paid by the maker + brake pads 380.00, estimate 700.00 approved, promised
            15:00, delivered 17:00: late by 2.0 hours; follow-up answers on the 11th (satisfied) and
            12th (dissatisfied)
    Oct 30  A back at 10:00 with "空调还是不凉" (advisor 2, 245.00, estimate 200.00 approved: off by
            more than 10 %), delivered 12:00: a comeback on day 30 (29 days 9.5 hours after A)
    Oct 31  F back at 10:00 with "发动机异响": 31 days and 1 hour after F, not a comeback; still open
            C back at 23:00 with "刹车异响": a comeback on day 31; still open at the month's end
    Nov  1  H opened 00:30 (Oct 31 16:30 in UTC): November's, not October's
    Oct 2025: E opened and delivered (245.00)                                -- last year

Weeks (ISO, cut at the month's edges): W40 Oct 1-4 (cut), W41 5-11, W42, W43, W44 Oct 26-31 (cut).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest

from app.cli import main
from app.context import Services, open_database
from app.errors import PermissionDenied, ValidationError
from app.orders import OrderInput
from app.paths import AppPaths
from app.roles import SYSTEM_ACTOR, Actor, Role
from app.warranty import Severity
from db.models import Appointment, Reminder, ReminderContact, RepairOrder
from tests.app.factories import add_model, add_vehicle, labour, open_order, part
from tests.conftest import TEST_PASSWORD, FakeClock, make_actor
from tests.printing.pdftools import page_size_pt, pdfinfo, pdftotext, squash
from tests.ui.intake.support import deliver

BEIJING = dt.timezone(dt.timedelta(hours=8))
OCTOBER = dt.date(2026, 10, 1)


def at(clock: FakeClock, month: int, day: int, hour: int, minute: int = 0, year: int = 2026) -> None:
    clock.now = dt.datetime(year, month, day, hour, minute, tzinfo=BEIJING).astimezone(dt.UTC)


def oil() -> tuple[object, ...]:
    return (labour("更换机油机滤", hours="1.0", rate=20_000), part(price=4_500))  # 200.00 + 45.00


def named(services: Services, role: Role, display_name: str) -> Actor:
    info = services.users.add_user(SYSTEM_ACTOR, f"u{abs(hash(display_name))}", display_name, role.value,
                                   TEST_PASSWORD)  # fmt: skip
    return Actor(info.id, info.username, info.display_name, info.role)


class October:
    """The orders of the docstring; ro numbers by letter."""

    def __init__(self, services: Services, clock: FakeClock) -> None:
        admin = make_actor(services, Role.ADMIN)
        self.advisor, self.advisor2 = (named(services, Role.ADVISOR, n) for n in ("王芳", "李强"))
        self.supervisor = make_actor(services, Role.SUPERVISOR)
        adv, adv2 = self.advisor, self.advisor2
        model = add_model(services, admin)
        at(clock, 9, 1, 9, year=2025)
        car_a = add_vehicle(
            services, admin, model, plate="粤B12345", invoice_date=dt.date(2020, 1, 6), confirm=True
        )
        car_b, car_e, car_f, car_h = (
            add_vehicle(services, admin, model, plate=p, confirm=True)
            for p in ("粤B22222", "粤B33333", "粤B44444", "粤B55555")
        )
        at(clock, 9, 2, 9)
        car_c = add_vehicle(
            services, admin, model, plate="粤B67890", invoice_date=dt.date(2026, 9, 1), confirm=True
        )
        self.ro: dict[str, str] = {}
        orders = services.orders.orders

        def opened(key: str, car: object, km: int, *, by: Actor = adv, **kw: object) -> object:
            order = open_order(services, by, car, mileage=km, **kw)  # type: ignore[arg-type]
            self.ro[key] = order.ro_number
            return order

        at(clock, 10, 15, 10, year=2025)
        y = opened("Y", car_e, 5_000, lines=oil())
        at(clock, 10, 15, 16, year=2025)
        deliver(services, adv, y, 5_010)  # type: ignore[arg-type]
        at(clock, 9, 10, 10)
        e = opened("P", car_e, 15_000, lines=oil())
        at(clock, 9, 10, 16)
        deliver(services, adv, e, 15_010)  # type: ignore[arg-type]
        at(clock, 9, 29, 10)
        f1 = opened("F1", car_f, 8_000, statement="发动机异响", lines=oil())
        at(clock, 9, 30, 9)
        deliver(services, adv, f1, 8_010)  # type: ignore[arg-type]
        at(clock, 9, 30, 23, 30)
        a = opened("A", car_a, 10_000, lines=oil())
        at(clock, 10, 1, 0, 30)
        deliver(services, adv, a, 10_010)  # type: ignore[arg-type]
        at(clock, 10, 5, 9)
        b = opened("B", car_b, 3_000)
        at(clock, 10, 5, 11)
        orders.cancel_order(adv, b.id, orders.get_order(adv, b.id).version, "客户改期")  # type: ignore[attr-defined]
        at(clock, 10, 10, 10)
        c = orders.open_order(
            adv,
            OrderInput(
                vehicle_id=car_c.id,
                mileage_in=2_000,
                job_types=("索赔",),
                customer_statement="刹车异响",
                promised_at=dt.datetime(2026, 10, 10, 15, tzinfo=BEIJING),
                lines=(
                    labour("更换前刹车片", hours="1.5", payer="warranty"),
                    part("前刹车片", code="45022-T2A-A01", price=38_000),
                ),
            ),
            confirm_warnings=True,
        )
        self.ro["C"] = c.ro_number
        at(clock, 10, 10, 17)
        deliver(services, adv, c, 2_010)
        at(clock, 10, 30, 10)
        a2 = opened("A2", car_a, 10_500, by=adv2, statement="空调还是不凉", lines=oil())
        at(clock, 10, 30, 12)
        deliver(services, adv2, a2, 10_510)  # type: ignore[arg-type]
        at(clock, 10, 31, 10)
        opened("F2", car_f, 9_000, statement="发动机异响")
        at(clock, 10, 31, 23)
        opened("D", car_c, 2_100, statement="刹车异响")
        at(clock, 11, 1, 0, 30)
        opened("H", car_h, 1_000)
        with services.db.session() as s:
            kept = Appointment(
                vehicle_id=car_c.id, customer_id=car_c.owner_id, status="arrived",
                scheduled_at=dt.datetime(2026, 10, 10, 9, tzinfo=BEIJING),
            )  # fmt: skip
            s.add(kept)
            for status in ("no_show", "cancelled"):
                s.add(Appointment(vehicle_id=car_b.id, customer_id=car_b.owner_id, status=status,
                                  scheduled_at=dt.datetime(2026, 10, 12, 9, tzinfo=BEIJING)))  # fmt: skip
            follow_up = Reminder(vehicle_id=car_c.id, customer_id=car_c.owner_id, kind="follow_up",
                                 due_date=dt.date(2026, 10, 13), status="done", note="")  # fmt: skip
            s.add(follow_up)
            s.flush()
            for day, answer in ((11, "satisfied"), (12, "dissatisfied")):
                s.add(ReminderContact(reminder_id=follow_up.id, outcome="answered", satisfaction=answer,
                                      at=dt.datetime(2026, 10, day, 14, tzinfo=BEIJING)))  # fmt: skip
            row_c, row_a2 = s.get(RepairOrder, c.id), s.get(RepairOrder, a2.id)  # type: ignore[attr-defined]
            assert row_c is not None and row_a2 is not None
            row_c.appointment_id = kept.id
            row_c.estimate_fen, row_c.estimate_approved = 70_000, True  # final 680.00: within 10 %
            row_a2.estimate_fen, row_a2.estimate_approved = 20_000, True  # final 245.00: 22.5 % over
            s.commit()
        at(clock, 11, 5, 9)


@pytest.fixture
def october(services: Services, clock: FakeClock) -> October:
    return October(services, clock)


def test_the_months_totals_and_comparisons(services: Services, october: October) -> None:
    m = services.reports.monthly(october.supervisor, dt.date(2026, 10, 17))  # any day of the month
    assert (m.month, m.through, m.complete) == (OCTOBER, dt.date(2026, 10, 31), True)
    t = m.total
    # Opened B, C, A2, F2, D (A in September, H in November); cars B, C, A, F.
    assert (t.orders_opened, t.vehicles_in, t.appointments_opened, t.appointment_share) == (5, 4, 1, 0.2)
    # Delivered A (00:30 on the 1st), C and A2: two cars.
    assert (t.delivered, t.vehicles_delivered, t.late_deliveries, t.in_workshop) == (3, 2, 1, 2)
    assert (t.labour_fen, t.parts_fen, t.other_fen) == (20_000 + 30_000 + 20_000, 4_500 + 38_000 + 4_500, 0)
    assert (t.revenue_fen, t.revenue_per_vehicle_fen) == (117_000, 58_500)
    assert (t.calls, t.bookings, t.claims_opened, t.tags_printed) == (2, 0, 0, 0)
    # The whole of September (E, F, A opened; E and F delivered; A open at its end).
    last = m.last_month
    assert (last.first, last.after) == (dt.date(2026, 9, 1), OCTOBER)
    assert (last.orders_opened, last.delivered, last.revenue_fen, last.in_workshop) == (3, 2, 49_000, 1)
    year = m.last_year
    assert (year.first, year.after) == (dt.date(2025, 10, 1), dt.date(2025, 11, 1))
    assert (year.orders_opened, year.delivered, year.revenue_fen, year.in_workshop) == (1, 1, 24_500, 0)


def test_the_days_and_the_weeks(services: Services, october: October) -> None:
    m = services.reports.monthly(october.supervisor, OCTOBER)
    days = {f.first.day: f for f in m.days}
    assert len(m.days) == 31 and all(f.after - f.first == dt.timedelta(days=1) for f in m.days)
    busy = {d: (f.orders_opened, f.delivered, f.revenue_fen, f.in_workshop) for d, f in days.items()
            if f.orders_opened or f.delivered}  # fmt: skip
    assert busy == {1: (0, 1, 24_500, 0), 5: (1, 0, 0, 0), 10: (1, 1, 68_000, 0), 30: (1, 1, 24_500, 0),
                    31: (2, 0, 0, 2)}  # fmt: skip
    assert days[2].orders_opened == days[2].delivered == days[2].in_workshop == 0  # a day without orders
    assert days[10].late_deliveries == 1 and days[10].appointments_opened == 1
    assert (days[11].calls, days[12].calls) == (1, 1)
    # The same figures as the daily report's, day for day.
    for d in (1, 2, 5, 10, 30, 31):
        assert services.reports.daily(october.supervisor, dt.date(2026, 10, d)).day == days[d]
    weeks = [(w.iso_week, w.whole, w.figures.first.day, (w.figures.after - dt.timedelta(days=1)).day)
             for w in m.weeks]  # fmt: skip
    assert weeks == [(40, False, 1, 4), (41, True, 5, 11), (42, True, 12, 18), (43, True, 19, 25),
                     (44, False, 26, 31)]  # fmt: skip
    w40, w41, w42, _, w44 = (w.figures for w in m.weeks)
    assert (w40.orders_opened, w40.delivered, w40.revenue_fen, w40.in_workshop) == (0, 1, 24_500, 0)
    assert (w41.orders_opened, w41.vehicles_in, w41.delivered, w41.late_deliveries) == (2, 2, 1, 1)
    assert (w42.orders_opened, w42.delivered, w42.calls) == (0, 0, 1)
    assert (w44.orders_opened, w44.vehicles_in, w44.delivered, w44.in_workshop) == (3, 3, 1, 2)
    assert sum(w.figures.revenue_fen for w in m.weeks) == m.total.revenue_fen


def test_quality_breakdowns_and_late_deliveries(services: Services, october: October) -> None:
    m = services.reports.monthly(october.supervisor, OCTOBER)
    q = m.quality
    assert (q.show_rate.part, q.show_rate.whole) == (1, 2)  # kept / booked, the cancelled one left out
    assert (q.satisfaction.part, q.satisfaction.whole) == (1, 2)
    assert (q.estimate_accuracy.part, q.estimate_accuracy.whole) == (1, 2)
    by_advisor = {name: (s.part, s.whole) for name, s in q.estimate_by_advisor}
    assert by_advisor == {october.advisor.display_name: (1, 1), october.advisor2.display_name: (0, 1)}
    # Comebacks: A2 on day 30 and D on day 31; F2 came 31 days after F1. Repairs: B, C, A2, F2, D.
    assert q.comebacks == (october.ro["A2"], october.ro["D"]) and q.repairs == 5
    assert q.fixed_first_visit == pytest.approx(0.6)
    before = m.quality_last_month
    assert (before.repairs, before.comebacks, before.fixed_first_visit, before.show_rate.value) == (
        3,
        (),
        1.0,
        None,
    )
    advisors = [(a.name, a.vehicles_in, a.delivered, a.revenue_fen) for a in m.by_advisor]
    assert advisors == [
        (october.advisor.display_name, 3, 2, 92_500),
        (october.advisor2.display_name, 1, 1, 24_500),
    ]
    assert m.by_job_type == (("索赔", 1, 68_000), ("一般维修", 2, 49_000))
    assert dict(m.by_payer) == {"customer": 24_500 + 38_000 + 24_500, "warranty": 30_000}
    (late,) = m.late
    assert (late.ro_number, late.plate, late.advisor, late.hours_late) == (
        october.ro["C"],
        "粤B·***90",
        october.advisor.display_name,
        2.0,
    )
    assert late.delivered_at == dt.datetime(2026, 10, 10, 17, tzinfo=BEIJING)


def test_the_sanbao_alerts_open_at_the_months_end(services: Services, october: October) -> None:
    """Car C, invoiced Sep 1: brake faults within 60 days and 3,000 km in C (day 39) and D (day 60,
    still counted), and a safety fault repaired twice. A (invoiced 2020) is out of its periods;
    B's only order was cancelled; F has two engine noises, which alert nothing."""
    m = services.reports.monthly(october.supervisor, OCTOBER)
    found = sorted((a.plate, a.severity, a.ro_numbers) for a in m.alerts)
    ro = october.ro
    assert found == sorted(
        [
            ("粤B·***90", Severity.CRITICAL, (ro["C"],)),
            ("粤B·***90", Severity.CRITICAL, (ro["D"],)),
            ("粤B·***90", Severity.WARNING, (ro["C"], ro["D"])),
        ]
    )
    assert [a.severity for a in m.alerts] == [Severity.CRITICAL, Severity.CRITICAL, Severity.WARNING]
    assert all("换车或退车" in a.message and a.model == "本田 雅阁" for a in m.alerts)
    assert "制动" in m.alerts[-1].message and "2 次" in m.alerts[-1].message
    # At the end of September only C's history before it counted: nothing yet (C came in October).
    assert services.reports.monthly(october.supervisor, dt.date(2026, 9, 1)).alerts == ()


def test_a_month_in_progress_a_month_without_orders_and_refusals(
    services: Services, october: October, clock: FakeClock
) -> None:
    at(clock, 10, 12, 9)  # October is not over: the 1st to the 12th, against Sep 1-12 and 2025-10-01-12
    m = services.reports.monthly(october.supervisor, OCTOBER)
    assert (m.through, m.complete, len(m.days), [w.iso_week for w in m.weeks]) == (
        dt.date(2026, 10, 12),
        False,
        12,
        [40, 41, 42],
    )
    assert (m.last_month.first, m.last_month.after) == (dt.date(2026, 9, 1), dt.date(2026, 9, 13))
    assert (m.last_year.first, m.last_year.after) == (dt.date(2025, 10, 1), dt.date(2025, 10, 13))
    at(clock, 11, 5, 9)
    empty = services.reports.monthly(october.supervisor, dt.date(2026, 8, 20))
    assert empty.total.orders_opened == empty.total.delivered == 0 and len(empty.days) == 31
    assert empty.late == () and empty.alerts == () and empty.by_advisor == ()
    with pytest.raises(ValidationError, match="2026-12 还没有开始"):
        services.reports.monthly(october.supervisor, dt.date(2026, 12, 1))
    with pytest.raises(PermissionDenied):
        services.reports.monthly(october.advisor, OCTOBER)


def test_the_workbooks(services: Services, october: October) -> None:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(services.reports.monthly_workbook(october.supervisor, OCTOBER)))
    assert book.sheetnames == ["指标", "按日", "按周", "按服务顾问", "按工单类型", "按付费方", "质量指标",
                               "超时交车", "三包预警", "口径说明"]  # fmt: skip
    figures = {row[0]: row[1:] for row in book["指标"].iter_rows(values_only=True)}
    assert figures["进厂台次"][:4] == (4, 3, pytest.approx(1 / 3, abs=1e-4), 1)
    assert figures["产值（元）"][0] == 1170 and figures["产值（元）"][1] == 490
    days = list(book["按日"].iter_rows(values_only=True))
    assert len(days) == 32 and days[1][0] == "2026-10-01 周四" and days[1][3] == 1
    weeks = [row[0] for row in book["按周"].iter_rows(min_row=2, values_only=True)]
    assert weeks[0] == "W40 10-01—10-04（不满一周）" and weeks[-1] == "W44 10-26—10-31（不满一周）"
    late = list(book["超时交车"].iter_rows(values_only=True))
    assert late[1] == (october.ro["C"], "粤B·***90", october.advisor.display_name, "2026-10-10 15:00",
                       "2026-10-10 17:00", 2.0)  # fmt: skip
    assert len(list(book["三包预警"].iter_rows())) == 4
    definitions = {row[0] for row in book["口径说明"].iter_rows(values_only=True)}
    assert {"进厂台次", "返修", "月末三包预警"} <= definitions
    daily = load_workbook(
        io.BytesIO(services.reports.daily_workbook(october.supervisor, dt.date(2026, 10, 10)))
    )
    assert daily.sheetnames == [
        "指标",
        "按服务顾问",
        "按工单类型",
        "按付费方",
        "质量指标",
        "超时交车",
        "预约",
        "口径说明",
    ]
    day = {row[0]: row[1:] for row in daily["指标"].iter_rows(values_only=True)}
    assert day["交车台次"] == (1, 2, 1) and day["产值（元）"][0] == 680  # the day, Oct 1-10, Sep 1-10
    # The day's quality (part, whole, rate), then the rates of Oct 1-10 and Sep 1-10.
    quality = list(daily["质量指标"].iter_rows(values_only=True))
    assert quality[0] == ("指标", "分子", "分母", "比率", "本月累计比率", "上月同期比率")
    report = services.reports.daily(october.supervisor, dt.date(2026, 10, 10))
    spans = (report.quality, report.quality_month_to_date, report.quality_last_month)
    rows = {row[0]: row[1:] for row in quality}
    assert rows["一次修复率"][2:] == tuple(
        None if q.fixed_first_visit is None else round(q.fixed_first_visit, 4) for q in spans
    )
    assert rows["预约到店率"][:2] == (report.quality.show_rate.part, report.quality.show_rate.whole)
    monthly_quality = next(book["质量指标"].iter_rows(values_only=True))
    assert monthly_quality == ("指标", "分子", "分母", "比率", "上月同期比率")
    assert [row[0] for row in daily["超时交车"].iter_rows(min_row=2, values_only=True)] == [october.ro["C"]]


def test_the_printed_summary(services: Services, october: October) -> None:
    pdf = services.printing.documents.render(october.supervisor, "monthly-summary", "2026-10")
    text = squash(pdftotext(pdf))
    assert "月度汇总（2026-10）" in text and "2026-10-01至2026-10-31" in text
    assert "产值（元）1,170.00490.00+138.8%245.00+377.6%" in text  # this month, last month, last year
    assert "W4010-01—10-04（不满一周）" in text and "每日进厂台次与交车台次" in text
    assert october.ro["C"] in text and "粤B·***90" in text and "2.0" in text
    assert "月末三包预警（共3条）" in text and "口径说明" in text and "跨月的周只计本月的日子" in text
    width, height = page_size_pt(pdf)
    assert width > height and int(pdfinfo(pdf)["Pages"]) >= 2  # landscape
    empty = squash(
        pdftotext(services.printing.documents.render(october.supervisor, "monthly-summary", "2026-08"))
    )
    assert "本月无工单" in empty and "超时交车明细（共0张）" in empty
    with pytest.raises(ValidationError, match="YYYY-MM"):
        services.printing.documents.render(october.supervisor, "monthly-summary", "2026/10")


@pytest.mark.usefixtures("cheap_hashing")
def test_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    paths = AppPaths.resolve(tmp_path / "counter")
    paths.ensure()
    db, _ = open_database(f"sqlite:///{paths.database_file}")
    svc = Services.build(db, paths)
    try:
        advisor = make_actor(svc, Role.ADVISOR)
        vehicle = add_vehicle(svc, advisor, add_model(svc, advisor), confirm=True)
        order = open_order(svc, advisor, vehicle, mileage=1_000, lines=(labour(hours="1.0", rate=20_000),))
        deliver(svc, advisor, order, 1_010)
    finally:
        svc.close()
    month = dt.date.today().strftime("%Y-%m")
    base = ["--data-dir", str(paths.data_dir), "report", "monthly", "--month", month]
    assert main([*base, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (
        data["month"] == month
        and data["total"]["orders_opened"] == 1
        and data["total"]["revenue_fen"] == 20_000
    )
    assert sum(d["delivered"] for d in data["days"]) == 1 and len(data["days"]) == dt.date.today().day
    assert (
        data["by_payer"] == [{"payer": "customer", "fen": 20_000}] and "月末三包预警" in data["definitions"]
    )
    pdf, xlsx = tmp_path / "m.pdf", tmp_path / "m.xlsx"
    assert main([*base, "--pdf", str(pdf), "--xlsx", str(xlsx)]) == 0
    said = capsys.readouterr().out
    assert str(pdf) in said and str(xlsx) in said
    # The document the print registry prints (the same but for the minute it was printed).
    assert _printed(pdf.read_bytes()) == _printed(svc_render(paths, month))
    assert load_workbook(xlsx)["指标"]["B2"].value == 1
    daily_xlsx = tmp_path / "d.xlsx"
    assert main(["--data-dir", str(paths.data_dir), "report", "daily", "--xlsx", str(daily_xlsx), "--pdf",
                 str(tmp_path / "d.pdf")]) == 0  # fmt: skip
    assert (
        load_workbook(daily_xlsx)["指标"]["B4"].value == 1
        and (tmp_path / "d.pdf").read_bytes()[:4] == b"%PDF"
    )
    capsys.readouterr()
    for wrong, words in (("2026-13", "YYYY-MM"), ("10/2026", "YYYY-MM"), ("2999-01", "还没有开始")):
        assert main(["--data-dir", str(paths.data_dir), "report", "monthly", "--month", wrong]) != 0
        assert words in capsys.readouterr().err
    assert main([*base, "--xlsx", str(tmp_path / "missing" / "m.xlsx")]) != 0
    assert "无法写入Excel 文件" in capsys.readouterr().err
    assert main([*base, "--pdf", str(tmp_path)]) != 0  # a folder
    assert "无法写入PDF 文件" in capsys.readouterr().err


def _printed(pdf: bytes) -> str:
    return re.sub(r"打印时间：\S+ \S+", "", pdftotext(pdf))


def svc_render(paths: AppPaths, month: str) -> bytes:
    from app.roles import SYSTEM_ACTOR

    db, _ = open_database(f"sqlite:///{paths.database_file}")
    svc = Services.build(db, paths)
    try:
        return svc.printing.documents.render(SYSTEM_ACTOR, "monthly-summary", month)
    finally:
        svc.close()
