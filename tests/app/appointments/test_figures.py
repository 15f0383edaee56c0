"""The booking figures against a small dataset worked out by hand, and the daily report taking
its appointment share and show rate from them.

Advisors A and B; the span is Friday 27 November 2026.
  #1 made on the 25th for the 27th 09:00, A, maintenance: arrived (order at 09:05)
  #2 made on the 25th for the 27th 09:30, B, body and paint: not come, closed as a no-show
  #3 made on the 27th 08:00 for the 27th 10:00, A, maintenance: arrived (order at 10:05)
  #4 made on the 27th 08:00 for the 28th 09:00, B, quick service: still booked (due the 28th)
  #5 made on the 27th 08:00 for the 27th 11:00, no advisor, maintenance: cancelled
  and a walk-in order on the 27th without a booking.
Made 3 (#3, #4, #5); due 3 (#1, #2, #3); arrived 2; no-shows 1; cancelled 1; show rate 2/3;
orders opened 3, 2 of them from bookings: share 2/3.
  A: made 1, due 2, arrived 2, no-shows 0 -> 100 %;  B: made 1, due 1, arrived 0, no-shows 1 -> 0 %;
  no advisor: made 1, due 0.
  maintenance: made 2, due 2, arrived 2;  body and paint: made 0, due 1, no-shows 1;  quick: made 1, due 0.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools

import pytest
from openpyxl import load_workbook

from app.appointments import DEFINITIONS, FigureRow, WorkKind, made_and_missed
from app.appointments import figures as module_figures
from app.context import Services
from app.errors import PermissionDenied
from app.roles import Actor, Role
from tests.app.appointments.support import TODAY, TOMORROW, at, booking
from tests.app.factories import add_model, add_vehicle, open_order
from tests.conftest import FakeClock, make_actor
from tests.printing.pdftools import pdftotext, squash


def test_the_figures_of_a_day_by_hand(services: Services, supervisor: Actor, clock: FakeClock) -> None:
    a, b = make_actor(services, Role.ADVISOR, "a_advisor"), make_actor(services, Role.ADVISOR, "b_advisor")
    model = add_model(services, a)
    cars = [add_vehicle(services, a, model, plate=f"粤B1000{n}") for n in range(5)]
    book = services.appointments.book
    clock.now = at(TODAY - dt.timedelta(days=2), 10)
    one = book(a, booking(at(TODAY, 9), vehicle_id=cars[0].id, advisor_id=a.user_id))
    book(b, booking(at(TODAY, 9, 30), vehicle_id=cars[1].id, advisor_id=b.user_id, kind=WorkKind.BODY_PAINT))
    clock.now = at(TODAY, 8)
    three = book(a, booking(at(TODAY, 10), vehicle_id=cars[2].id, advisor_id=a.user_id))
    book(b, booking(at(TOMORROW, 9), vehicle_id=cars[3].id, advisor_id=b.user_id, kind=WorkKind.QUICK))
    five = book(a, booking(at(TODAY, 11), plate="粤C12345", phone="13900001111"))
    services.appointments.cancel(a, five.id, five.version, "客户改主意")
    clock.now = at(TODAY, 9, 5)
    open_order(services, a, cars[0], appointment_id=one.id)
    clock.now = at(TODAY, 10, 5)
    open_order(services, a, cars[2], appointment_id=three.id)
    open_order(services, a, cars[4])  # a walk-in
    clock.now = at(TOMORROW, 0, 10)
    assert services.appointments.close_days(supervisor) == 1  # #2

    f = services.appointments.figures(supervisor, TODAY, TODAY)
    assert (f.start, f.end) == (TODAY, TODAY)
    assert (f.made, f.due, f.arrived, f.no_shows, f.cancelled) == (3, 3, 2, 1, 1)
    assert f.show_rate == pytest.approx(2 / 3)
    assert (f.orders_opened, f.orders_from_bookings) == (3, 2) and f.booking_share == pytest.approx(2 / 3)
    assert f.by_advisor == (
        FigureRow(str(a.user_id), a.display_name, 1, 2, 2, 0, 1.0),
        FigureRow(str(b.user_id), b.display_name, 1, 1, 0, 1, 0.0),
        FigureRow("", "未指定顾问", 1, 0, 0, 0, 0.0),
    )
    assert f.by_kind == (
        FigureRow("maintenance", "机修保养", 2, 2, 2, 0, 1.0),
        FigureRow("body_paint", "钣喷", 0, 1, 0, 1, 0.0),
        FigureRow("quick", "快修", 1, 0, 0, 0, 0.0),
    )
    # The 25th to the 28th: the two made on the 25th too, and #4 due on the 28th (still booked).
    wide = services.appointments.figures(supervisor, TODAY - dt.timedelta(days=2), TOMORROW)
    assert (wide.made, wide.due, wide.arrived, wide.no_shows, wide.cancelled) == (5, 4, 2, 1, 1)
    with services.db.read() as s:
        assert module_figures(s, TODAY, TODAY) == f
    assert len(DEFINITIONS) == 8 and all(name and text for name, text in DEFINITIONS)
    with pytest.raises(PermissionDenied):
        services.appointments.figures(a, TODAY, TODAY)  # an advisor does not run reports

    # The daily report: its appointment share and show rate are these figures.
    report = services.reports.daily(supervisor, TODAY)
    assert report.day.appointments_opened == 2 and report.day.appointment_share == pytest.approx(2 / 3)
    assert report.day.bookings_made == 3
    assert (report.quality.show_rate.part, report.quality.show_rate.whole) == (2, 3)
    assert (report.month_to_date.bookings_made, report.month_to_date.appointments_opened) == (5, 2)
    assert (report.quality_month_to_date.show_rate.part, report.quality_month_to_date.show_rate.whole) == (
        2,
        3,
    )
    # Due that day and not arrived: #2 (a no-show once the day closed).
    assert (report.day.bookings_missed, report.month_to_date.bookings_missed) == (1, 1)
    assert [b.made for b in report.bookings] == [3, 5, 0]
    # The workbook's 预约 sheet: the spans, then the day and the month to date by advisor and kind.
    book = load_workbook(io.BytesIO(services.reports.daily_workbook(supervisor, TODAY)))
    rows = list(book["预约"].iter_rows(values_only=True))
    assert rows[0] == ("统计期", "预约数", "应到预约", "已到店", "爽约", "到店率", "取消", "预约进厂占比")
    assert rows[1] == ("当日", 3, 3, 2, 1, round(2 / 3, 4), 1, round(2 / 3, 4))
    cells = [row[:7] for row in rows]
    assert ("当日", b.display_name, 1, 1, 0, 1, 0) in cells and ("当日", "钣喷", 0, 1, 0, 1, 0) in cells
    assert ("本月累计", "机修保养", 3, 2, 2, 0, 1) in cells
    figures_sheet = {row[0]: row[1:] for row in book["指标"].iter_rows(values_only=True)}
    assert figures_sheet["新预约"] == (3, 5, 0) and figures_sheet["未到店预约"] == (1, 1, 0)
    text = squash(
        pdftotext(services.printing.documents.render(supervisor, "daily-report", TODAY.isoformat()))
    )
    assert "新预约/未到店预约3/15/10/0" in text and "未到店预约：" in text  # the row, its definition
    # The monthly summary's day of the 27th says the same.
    summary = services.reports.monthly(supervisor, TODAY.replace(day=1))
    day = next(d for d in summary.days if d.first == TODAY)
    assert (day.bookings_made, day.bookings_missed) == (3, 1)
    # The series the monthly summary reads at once counts as figures() does, span by span.
    edges = [TODAY - dt.timedelta(days=2), TODAY, TOMORROW, TOMORROW + dt.timedelta(days=1)]
    with services.db.read() as s:
        series = made_and_missed(s, edges)
        one_by_one = [module_figures(s, a, b - dt.timedelta(days=1)) for a, b in itertools.pairwise(edges)]
    assert series == [(f.made, f.due - f.arrived) for f in one_by_one] == [(2, 0), (3, 1), (0, 1)]
