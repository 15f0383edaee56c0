"""The daily report of 2026-11-27 against figures worked out by hand: an order opened before
midnight and delivered after, a cancelled one, a late delivery, a warranty-paid line, a car with
two orders, and the same days of October; the quality of the day, of 1-27 November and of 1-27
October (a comeback in each, one of them of a car delivered the month before)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.cli import main
from app.context import Services, open_database
from app.errors import ValidationError
from app.orders import OrderInput
from app.paths import AppPaths
from app.roles import SYSTEM_ACTOR, Actor, Role
from db.models import Appointment, Reminder, ReminderContact, RepairOrder
from tests.app.factories import add_model, add_vehicle, labour, open_order, part
from tests.conftest import TEST_PASSWORD, FakeClock, make_actor
from tests.printing.pdftools import pdftotext, squash
from tests.ui.intake.support import deliver

BEIJING = dt.timezone(dt.timedelta(hours=8))


def at(clock: FakeClock, day: int, hour: int, minute: int = 0, month: int = 11) -> None:
    clock.now = dt.datetime(2026, month, day, hour, minute, tzinfo=BEIJING).astimezone(dt.UTC)


def test_the_days_figures_by_hand(services: Services, clock: FakeClock) -> None:
    admin, advisor = make_actor(services, Role.ADMIN), make_actor(services, Role.ADVISOR)
    supervisor = make_actor(services, Role.SUPERVISOR)
    model = add_model(services, admin)
    car_a, car_b, car_c, car_e = (add_vehicle(services, admin, model, confirm=True) for _ in range(4))
    oil = (labour("更换机油机滤", hours="1.0", rate=20_000), part(price=4_500))  # 200.00 + 45.00
    info = services.users.add_user(SYSTEM_ACTOR, "wangfang", "王芳", Role.ADVISOR.value, TEST_PASSWORD)
    other = Actor(info.id, info.username, info.display_name, info.role)
    # E: opened and delivered on 20 October, for the month before.
    at(clock, 20, 10, month=10)
    e = open_order(services, advisor, car_e, mileage=5_000, lines=oil)
    at(clock, 20, 16, month=10)
    deliver(services, advisor, e, 5_010)
    # H: car E back on 25 October with the same air conditioning (5 days after E): October's comeback.
    at(clock, 25, 10, month=10)
    h = open_order(services, advisor, car_e, mileage=5_100, statement="空调还是不凉")
    at(clock, 25, 15, month=10)
    deliver(services, advisor, h, 5_110)
    # G: car E again on 15 November (26 days after E, 21 after H), opened and delivered by the
    # other advisor with an approved estimate it did not hold: November's comeback of a car
    # delivered in October.
    at(clock, 15, 9)
    g = open_order(services, other, car_e, mileage=5_500, statement="空调不制冷")
    at(clock, 15, 12)
    deliver(services, other, g, 5_510)
    # A: opened 26 November 23:30, delivered 27 November 00:30 (after midnight).
    at(clock, 26, 23, 30)
    a = open_order(services, advisor, car_a, mileage=10_000, lines=oil)
    at(clock, 27, 0, 30)
    deliver(services, advisor, a, 10_010)
    # B: opened at 09:00 and cancelled at 11:00.
    at(clock, 27, 9)
    b = open_order(services, advisor, car_b, mileage=8_000)
    at(clock, 27, 11)
    orders = services.orders.orders
    orders.cancel_order(advisor, b.id, orders.get_order(advisor, b.id).version, "客户改期")
    # C: opened at 10:00, promised for 15:00, delivered at 17:00 (late); labour paid by the maker.
    at(clock, 27, 10)
    promised = dt.datetime(2026, 11, 27, 15, tzinfo=BEIJING)
    c = services.orders.orders.open_order(
        advisor,
        OrderInput(
            vehicle_id=car_c.id,
            mileage_in=20_000,
            job_types=("索赔",),
            customer_statement="刹车异响",
            promised_at=promised,
            lines=(labour("更换前刹车片", hours="1.5", payer="warranty"), part(price=38_000)),
        ),
        confirm_warnings=True,
    )
    # D: the same car again at 16:00, still in the workshop at midnight.
    at(clock, 27, 16)
    open_order(services, advisor, car_c, mileage=20_100)
    at(clock, 27, 17)
    deliver(services, advisor, c, 20_010)
    # F: car A back at 18:00 with the same complaint it was delivered with at 00:30: a comeback.
    at(clock, 27, 18)
    open_order(services, advisor, car_a, mileage=10_050, statement="空调还是不凉")
    with services.db.session() as s:  # appointments for the day, follow-up answers, C's estimate
        for status in ("arrived", "no_show", "cancelled"):
            s.add(Appointment(vehicle_id=car_b.id, customer_id=car_b.owner_id, status=status,
                              scheduled_at=dt.datetime(2026, 11, 27, 9, tzinfo=BEIJING)))  # fmt: skip
        follow_up = Reminder(vehicle_id=car_a.id, customer_id=car_a.owner_id, kind="follow_up",
                             due_date=dt.date(2026, 11, 27), status="done", note="")  # fmt: skip
        s.add(follow_up)
        s.flush()
        for answer in ("satisfied", "dissatisfied"):
            s.add(ReminderContact(reminder_id=follow_up.id, outcome="answered", satisfaction=answer,
                                  at=dt.datetime(2026, 11, 27, 14, tzinfo=BEIJING)))  # fmt: skip
        row = s.get(RepairOrder, c.id)
        assert row is not None
        row.estimate_fen, row.estimate_approved = 70_000, True  # final 680.00: within 10 %

        # The other days of the two months: bookings kept and missed, follow-up answers,
        # estimates; each on a day of 1-27 November or 1-27 October, or after the 27th of October.
        def booking(status: str, month: int, day: int) -> Appointment:
            return Appointment(vehicle_id=car_b.id, customer_id=car_b.owner_id, status=status,
                               scheduled_at=dt.datetime(2026, month, day, 9, tzinfo=BEIJING))  # fmt: skip

        s.add_all([booking("no_show", 11, 5), booking("arrived", 10, 20), booking("no_show", 10, 29)])
        for answer, month, day in (("very_satisfied", 11, 10), ("neutral", 10, 21),
                                   ("very_satisfied", 10, 21), ("satisfied", 10, 29)):  # fmt: skip
            s.add(ReminderContact(reminder_id=follow_up.id, outcome="answered", satisfaction=answer,
                                  at=dt.datetime(2026, month, day, 14, tzinfo=BEIJING)))  # fmt: skip
        for order, estimate in ((e, 20_000), (g, 10_000)):
            row = s.get(RepairOrder, order.id)
            assert row is not None
            row.estimate_fen, row.estimate_approved = estimate, True
        s.commit()
    at(clock, 28, 9)
    report = services.reports.daily(supervisor, dt.date(2026, 11, 27))
    day = report.day
    assert (day.vehicles_in, day.orders_opened, day.delivered, day.in_workshop) == (3, 4, 2, 2)
    assert (day.labour_fen, day.parts_fen, day.other_fen) == (20_000 + 30_000, 4_500 + 38_000, 0)
    assert day.revenue_fen == 92_500 and day.revenue_per_vehicle_fen == 46_250
    assert day.late_deliveries == 1 and day.appointment_share == 0.0
    assert dict(report.by_payer) == {"customer": 24_500 + 38_000, "warranty": 30_000}
    assert {k: (n, fen) for k, n, fen in report.by_job_type} == {"一般维修": (1, 24_500), "索赔": (1, 68_000)}
    (mine,) = report.by_advisor
    assert (mine.name, mine.vehicles_in, mine.delivered, mine.revenue_fen) == (
        advisor.display_name,
        3,
        2,
        92_500,
    )
    mtd = report.month_to_date  # G on the 15th (no lines), A on the 26th, the day's B, C, D, F
    assert (mtd.orders_opened, mtd.vehicles_in, mtd.delivered, mtd.revenue_fen) == (6, 4, 3, 92_500)
    quality = report.quality
    assert (quality.show_rate.part, quality.show_rate.whole) == (1, 2)
    assert (quality.satisfaction.part, quality.satisfaction.whole) == (1, 2)
    assert (quality.estimate_accuracy.part, quality.estimate_accuracy.whole) == (1, 1)
    # Comebacks: F (A's air conditioning again within 30 days). Repairs: the 4 orders opened that
    # day with a complaint (B, C, D and F): fixed first visit 1 - 1/4.
    assert len(quality.comebacks) == 1 and quality.repairs == 4 and quality.fixed_first_visit == 0.75
    last = report.last_month
    assert (last.first, last.after) == (dt.date(2026, 10, 1), dt.date(2026, 10, 28))
    assert (last.orders_opened, last.delivered, last.revenue_fen) == (2, 2, 24_500)  # E and H

    # 1-27 November. Bookings: the day's arrived and no-show, 5 November's no-show (the cancelled
    # one left out): 1/3. Follow-ups: the day's satisfied and dissatisfied, 10 November's very
    # satisfied: 2/3. Estimates: C held (680.00 against 700.00), G did not (0.00 against 100.00):
    # 1/2, the day's advisor 1/1 and the other 0/1. Comebacks: G (car E delivered 20 October, 26
    # days before, the same air conditioning; the pairing reaches back 30 days before the 1st)
    # and F, in the order opened. Repairs: G, A, B, C, D, F: fixed first visit 1 - 2/6.
    month = report.quality_month_to_date
    assert (month.show_rate.part, month.show_rate.whole) == (1, 3)
    assert (month.satisfaction.part, month.satisfaction.whole) == (2, 3)
    assert (month.estimate_accuracy.part, month.estimate_accuracy.whole) == (1, 2)
    assert {name: (v.part, v.whole) for name, v in month.estimate_by_advisor} == {
        advisor.display_name: (1, 1),
        "王芳": (0, 1),
    }
    assert month.comebacks == (g.ro_number, quality.comebacks[0]) and month.repairs == 6
    assert month.fixed_first_visit == pytest.approx(1 - 2 / 6)
    # 1-27 October (the 29th's booking and answer are after the same days). Bookings: 20
    # October's arrived: 1/1. Follow-ups: 21 October's neutral and very satisfied: 1/2.
    # Estimates: E's 245.00 against 200.00 is 22.5 % over: 0/1. Comebacks: H (car E, 5 days after
    # E). Repairs: E and H: fixed first visit 1 - 1/2.
    before = report.quality_last_month
    assert (before.show_rate.part, before.show_rate.whole) == (1, 1)
    assert (before.satisfaction.part, before.satisfaction.whole) == (1, 2)
    assert (before.estimate_accuracy.part, before.estimate_accuracy.whole) == (0, 1)
    assert {name: (v.part, v.whole) for name, v in before.estimate_by_advisor} == {
        advisor.display_name: (0, 1)
    }
    assert before.comebacks == (h.ro_number,) and before.repairs == 2 and before.fixed_first_visit == 0.5
    assert services.reports.daily(supervisor, dt.date(2026, 11, 29)).day.orders_opened == 0  # a day with none


def test_work_in_progress_is_carried_over_midnight_until_delivered_or_cancelled(
    services: Services, clock: FakeClock
) -> None:
    """An order opened on the 10th and cancelled on the 12th is in the workshop at the end of the
    10th and 11th; one delivered on the 11th only at the end of the 10th."""
    admin, advisor = make_actor(services, Role.ADMIN), make_actor(services, Role.ADVISOR)
    supervisor = make_actor(services, Role.SUPERVISOR)
    model = add_model(services, admin)
    car_a, car_b = (add_vehicle(services, admin, model, confirm=True) for _ in range(2))
    at(clock, 10, 15)
    a = open_order(services, advisor, car_a, mileage=1_000)
    b = open_order(services, advisor, car_b, mileage=2_000)
    at(clock, 11, 10)
    deliver(services, advisor, b, 2_010)
    at(clock, 12, 9)
    orders = services.orders.orders
    orders.cancel_order(advisor, a.id, orders.get_order(advisor, a.id).version, "客户取消")
    at(clock, 13, 9)
    in_workshop = {
        d: services.reports.daily(supervisor, dt.date(2026, 11, d)).day.in_workshop for d in (9, 10, 11, 12)
    }
    assert in_workshop == {9: 0, 10: 2, 11: 1, 12: 0}


def test_the_31st_against_a_shorter_month(services: Services, clock: FakeClock) -> None:
    """31 October's same days last month are the whole of September (1-30): no day between
    the two spans; the cars in the workshop at the end of each span still come out right."""
    admin, advisor = make_actor(services, Role.ADMIN), make_actor(services, Role.ADVISOR)
    supervisor = make_actor(services, Role.SUPERVISOR)
    model = add_model(services, admin)
    car_a, car_b = (add_vehicle(services, admin, model, confirm=True) for _ in range(2))
    at(clock, 30, 10, month=9)  # A: opened 30 September, delivered 2 October
    a = open_order(services, advisor, car_a, mileage=1_000)
    at(clock, 2, 10, month=10)
    deliver(services, advisor, a, 1_010)
    at(clock, 31, 9, month=10)  # B: opened 31 October, still in the workshop at midnight
    open_order(services, advisor, car_b, mileage=2_000)
    at(clock, 31, 18, month=10)
    report = services.reports.daily(supervisor, dt.date(2026, 10, 31))
    last, month, day = report.last_month, report.month_to_date, report.day
    assert (last.first, last.after) == (dt.date(2026, 9, 1), dt.date(2026, 10, 1))
    # September: A opened, none delivered, A in the workshop at its end.
    assert (last.orders_opened, last.delivered, last.in_workshop) == (1, 0, 1)
    # 1-31 October: B opened, A delivered, B in the workshop at the end; the day the same count.
    assert (month.orders_opened, month.delivered, month.in_workshop) == (1, 1, 1)
    assert (day.orders_opened, day.delivered, day.in_workshop) == (1, 0, 1)
    assert (report.quality_last_month.repairs, report.quality_month_to_date.repairs) == (1, 1)


@pytest.mark.usefixtures("cheap_hashing")
def test_the_command_line_writes_the_same_figures_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
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
    today = dt.date.today().isoformat()
    assert main(["--data-dir", str(paths.data_dir), "report", "daily", "--date", today, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["day"]["orders_opened"] == 1 and data["day"]["revenue_fen"] == 20_000
    assert data["by_payer"] == [{"payer": "customer", "fen": 20_000}] and "进厂台次" in data["definitions"]
    assert data["quality"]["repairs"] == 1 and data["quality"]["comebacks"] == []
    # The quality of the month to date (today's order in it) and of the same days last month (none).
    month, before = data["quality_month_to_date"], data["quality_last_month_same_days"]
    assert month.keys() == before.keys() == data["quality"].keys()
    assert month["repairs"] == 1 and month["fixed_first_visit"] == 1.0 and month["comebacks"] == []
    assert before["repairs"] == 0 and before["fixed_first_visit"] is None
    assert before["show_rate"] == {"part": 0, "whole": 0, "value": None}
    assert main(["--data-dir", str(paths.data_dir), "report", "daily", "--date", "2026-13-01"]) != 0
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_the_printed_report(services: Services, clock: FakeClock) -> None:
    supervisor, advisor = make_actor(services, Role.SUPERVISOR), make_actor(services, Role.ADVISOR)
    vehicle = add_vehicle(services, advisor, add_model(services, advisor), confirm=True)
    order = open_order(services, advisor, vehicle, mileage=1_000, lines=(labour(hours="1.0", rate=20_000),))
    deliver(services, advisor, order, 1_010)
    with services.db.session() as s:
        row = s.get(RepairOrder, order.id)
        assert row is not None
        row.estimate_fen, row.estimate_approved = 19_000, True  # final 200.00: within 10 %
        s.commit()
    pdf = services.printing.documents.render(supervisor, "daily-report", "2026-11-27")
    text = squash(pdftotext(pdf))
    assert "维修日报" in text and "2026-11-27" in text and "200.00" in text and advisor.display_name in text
    assert "进厂台次" in text and "当天开单的不同车辆数" in text  # a figure and its definition
    # The quality of the day, the month to date (the same one order) and the same days of October
    # (none), then the advisor's estimate accuracy in the three.
    assert "质量指标当日本月累计上月同期" in text
    assert "估价准确率100.0%（1/1）100.0%（1/1）—" in text
    assert "一次修复率100.0%（返修0/1）100.0%（返修0/1）—（返修0/0）" in text
    assert "当日返修工单：无" in text
    # (pdftotext reads the page's foot into that table: its cells are checked one by one)
    assert "估价准确率（按服务顾问）" in text and f"{advisor.display_name}100.0%（1/1）" in text
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        services.printing.documents.render(supervisor, "daily-report", "27/11/2026")
