"""The supervisor's reports, read in one transaction each."""

from __future__ import annotations

import datetime as dt

from app.clock import Clock, local_today, system_clock
from app.errors import ValidationError
from app.reports.daily import DailyReport, _utc, daily_report
from app.reports.monthly import MonthlySummary, late_deliveries, monthly_summary
from app.reports.workbooks import daily_workbook, monthly_workbook
from app.roles import Actor, Permission, require
from app.uow import reading
from app.users import authorize
from app.wording import say
from db.uow import Database

PERMISSION = Permission.RUN_REPORTS


class ReportService:
    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._db, self._clock = db, clock

    def daily(self, actor: Actor, day: dt.date | None = None) -> DailyReport:
        """The end-of-day report of `day` (today at the counter by default)."""
        require(actor, PERMISSION)
        with reading(self._db) as s:
            authorize(s, actor, PERMISSION)
            return daily_report(s, day or local_today(self._clock))

    def monthly(self, actor: Actor, month: dt.date | None = None) -> MonthlySummary:
        """The summary of the month of `month` (any day in it; this month by default), up to
        today when the month is not over. A month not begun yet is refused."""
        require(actor, PERMISSION)
        today = local_today(self._clock)
        first = (month or today).replace(day=1)
        if first > today:
            raise ValidationError(
                "month", say("{month} 还没有开始，只能汇总本月和以前的月份", month=f"{first:%Y-%m}")
            )
        with reading(self._db) as s:
            authorize(s, actor, PERMISSION)
            return monthly_summary(s, first, today, self._clock())

    def daily_workbook(self, actor: Actor, day: dt.date | None = None) -> bytes:
        """The daily report as an .xlsx workbook (its figures, breakdowns, quality, the day's late
        deliveries one by one, the definitions)."""
        require(actor, PERMISSION)
        day = day or local_today(self._clock)
        with reading(self._db) as s:
            authorize(s, actor, PERMISSION)
            report = daily_report(s, day)
            late = late_deliveries(s, _utc(day), _utc(day + dt.timedelta(days=1)))
        return daily_workbook(report, late)

    def monthly_workbook(self, actor: Actor, month: dt.date | None = None) -> bytes:
        """The monthly summary as an .xlsx workbook (figures, by day, by week, by advisor, job
        type and payer, quality, late deliveries, 三包 alerts, definitions)."""
        return monthly_workbook(self.monthly(actor, month))
