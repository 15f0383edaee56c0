"""A month of services due for 到期未来厂分析: November 2026 as tests/app/reminders/test_analysis.py
works it out by hand."""

from __future__ import annotations

import datetime as dt

from app.context import Services
from app.reminders import CallInput, CallOutcome, ReminderKind
from app.roles import Actor, Role
from db.models import Appointment, Reminder
from tests.app.factories import open_order
from tests.app.reminders.support import remind
from tests.conftest import make_actor
from tests.ui.reminders.support import plated_car

UTC = dt.UTC


def settle(
    svc: Services, reminder_id: int, status: str, closed: dt.date | None = None, lost: str = ""
) -> None:
    with svc.db.session() as s:
        row = s.get(Reminder, reminder_id)
        assert row is not None
        row.status, row.lost_reason = status, lost or None
        row.closed_at = dt.datetime.combine(closed, dt.time(2), UTC) if closed else None
        s.commit()


def november(svc: Services, advisor: Actor | None = None) -> None:
    """Four services due in November 2026 (tests/app/reminders/test_analysis.py worked it out by
    hand): one back on time, one late, one lost to another shop, one still open; two called."""
    advisor = advisor or make_actor(svc, Role.ADVISOR, "xiaozhang")
    a, b, c, d, e = (
        plated_car(svc, f"粤A9000{n}", owner, f"1370000000{n}", model=f"思域 {n % 2}")
        for n, owner in enumerate(("何军", "马婷", "罗斌", "高峰", "林晓"))
    )
    # The advisor of a's last order; opened before the reminders are set up by hand, since the
    # mileage read at opening works the car's open reminders out again.
    open_order(svc, advisor, a, mileage=21_000)
    ra = remind(svc, a, dt.date(2026, 11, 5))
    rb = remind(svc, b, dt.date(2026, 11, 5))
    rc = remind(svc, c, dt.date(2026, 11, 10), ReminderKind.FIRST_SERVICE, 5_000)
    remind(svc, d, dt.date(2026, 11, 20))
    remind(svc, e, dt.date(2026, 10, 30))  # due in October: not November's
    svc.reminders.log_call(advisor, a.id, CallInput(CallOutcome.NOT_DUE))
    svc.reminders.log_call(advisor, c.id, CallInput(CallOutcome.NO_ANSWER))
    settle(svc, ra, "done", dt.date(2026, 11, 10))  # 5 days after its due date: on time
    settle(svc, rb, "done", dt.date(2026, 11, 25))  # 20 days after: late
    settle(svc, rc, "lost", lost="other_shop")
    with svc.db.session() as s:  # appointments for November: one kept, one missed, one cancelled
        for status in ("arrived", "no_show", "cancelled"):
            s.add(Appointment(vehicle_id=a.id, customer_id=a.owner_id, status=status,
                              scheduled_at=dt.datetime(2026, 11, 12, 2, tzinfo=UTC)))  # fmt: skip
        s.commit()
