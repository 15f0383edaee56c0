"""到期未来厂 for 2026-11 against figures worked out by hand, on screen data, A4 and .xlsx."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from app.context import Services
from app.printing import DocumentKind
from app.reminders import CallInput, CallOutcome, ReminderKind, WorkList
from app.roles import Role
from db.models import Appointment, AuditEntry, Reminder
from tests.app.factories import open_order
from tests.app.reminders.support import car, remind
from tests.conftest import FakeClock, make_actor
from tests.printing.pdftools import pdftotext, squash
from tests.ui.intake.support import deliver

UTC = dt.UTC


def settle(
    svc: Services, reminder_id: int, status: str, closed: dt.date | None = None, lost: str | None = None
) -> None:
    with svc.db.session() as s:
        row = s.get(Reminder, reminder_id)
        assert row is not None
        row.status, row.lost_reason = status, lost
        row.closed_at = dt.datetime.combine(closed, dt.time(2), UTC) if closed else None
        s.commit()


def test_the_months_figures_by_hand(services: Services, tmp_path: Path) -> None:
    advisor, supervisor = make_actor(services, Role.ADVISOR), make_actor(services, Role.SUPERVISOR)
    a, b, c, d, e = (car(services) for _ in range(5))
    ra = remind(services, a, dt.date(2026, 11, 5))
    rb = remind(services, b, dt.date(2026, 11, 5))
    rc = remind(services, c, dt.date(2026, 11, 10), ReminderKind.FIRST_SERVICE, 5_000)
    remind(services, d, dt.date(2026, 11, 20))
    remind(services, e, dt.date(2026, 10, 30))  # due in October: not this month's
    reminders = services.reminders
    reminders.log_call(advisor, a.id, CallInput(CallOutcome.NOT_DUE))
    reminders.log_call(advisor, c.id, CallInput(CallOutcome.NO_ANSWER))
    settle(services, ra, "done", dt.date(2026, 11, 10))  # 5 days after its due date: on time
    settle(services, rb, "done", dt.date(2026, 11, 25))  # 20 days after: late
    settle(services, rc, "lost", lost="other_shop")
    with services.db.session() as s:  # appointments for November: one kept, one missed, one cancelled
        for status in ("arrived", "no_show", "cancelled"):
            s.add(Appointment(vehicle_id=a.id, customer_id=a.owner_id, status=status,
                              scheduled_at=dt.datetime(2026, 11, 12, 2, tzinfo=UTC)))  # fmt: skip
        s.commit()
    found = reminders.analysis(supervisor, "2026-11")
    assert (found.due, found.on_time, found.late, found.not_back) == (4, 1, 1, 2)
    assert dict(found.reasons) == {"在其他店保养": 1, "尚未回厂（仍在跟进）": 1}
    assert (found.called, found.called_back) == (2, 1)
    figures = {f.name: (f.numerator, f.denominator, f.value) for f in found.figures}
    assert figures["按时回厂率"] == (1, 4, "25.0%") and found.grace_days == 15
    assert figures["首保回厂率"] == (0, 1, "0.0%")
    assert figures["预约到店率"] == (1, 2, "50.0%")
    assert figures["提醒回厂率"] == (1, 2, "50.0%")
    text = squash(
        pdftotext(services.printing.documents.render(supervisor, DocumentKind.LOST_ANALYSIS, "2026-11"))
    )
    assert "在其他店保养" in text and "预约到店率" in text and "50.0%" in text
    assert "到期后15天内保养" in text  # the definition printed with its figure
    # The supervisor's own definition: 20 days' grace makes the car serviced 20 days late on time.
    services.reminders.set_rules(supervisor, replace(reminders.rules(supervisor), on_time_grace_days=20))
    wider = reminders.analysis(supervisor, "2026-11")
    assert (wider.on_time, wider.late, wider.grace_days) == (2, 0, 20)
    assert "到期后 20 天内" in next(f.formula for f in wider.figures if f.name == "按时回厂率")
    book = tmp_path / "analysis.xlsx"
    reminders.export_analysis(supervisor, "2026-11", book)
    cells = [c for row in load_workbook(book).active.iter_rows(values_only=True) for c in row if c]  # type: ignore[union-attr]
    assert "到期车辆" in cells and "在其他店保养" in cells and "首保回厂率" in cells


def test_13_month_retention(services: Services, clock: FakeClock) -> None:
    advisor, supervisor = make_actor(services, Role.ADVISOR), make_actor(services, Role.SUPERVISOR)
    back, gone = car(services), car(services)
    clock.now = dt.datetime(2025, 10, 10, 2, tzinfo=UTC)  # 13 months before 2026-11
    for vehicle in (back, gone):
        deliver(services, advisor, open_order(services, advisor, vehicle, mileage=10_000), 10_010)
    clock.now = dt.datetime(2026, 3, 1, 2, tzinfo=UTC)
    deliver(services, advisor, open_order(services, advisor, back, mileage=15_000), 15_010)
    clock.now = dt.datetime(2026, 12, 1, 2, tzinfo=UTC)
    figures = {f.name: f for f in services.reminders.analysis(supervisor, "2026-11").figures}
    assert (figures["13 个月保有率"].numerator, figures["13 个月保有率"].denominator) == (1, 2)
    # Counted over 12 months instead, the base is October 2025 + 1 month: nobody was delivered then.
    rules = services.reminders.rules(supervisor)
    services.reminders.set_rules(supervisor, replace(rules, retention_months=12))
    figures = {f.name: f for f in services.reminders.analysis(supervisor, "2026-11").figures}
    assert (figures["12 个月保有率"].numerator, figures["12 个月保有率"].denominator) == (0, 0)
    assert "12 个月前当月交车" in figures["12 个月保有率"].formula


def test_exporting_a_call_list_is_audited(services: Services, tmp_path: Path) -> None:
    advisor = make_actor(services, Role.ADVISOR)
    vehicle = car(services)
    remind(services, vehicle, dt.date(2026, 11, 1))
    book = tmp_path / "calls.xlsx"
    assert services.reminders.export_work_list(advisor, WorkList.OVERDUE, book) == 1
    rows = list(load_workbook(book).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert rows[0][0] == "车牌" and rows[1][2].startswith("139")
    with services.db.read() as s:
        entries = s.scalars(select(AuditEntry.after_json).where(AuditEntry.action == "reminder.export")).all()
    assert len(entries) == 1 and "calls.xlsx" in (entries[0] or "")
