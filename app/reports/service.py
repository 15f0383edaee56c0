"""The supervisor's reports, read in one transaction each."""

from __future__ import annotations

import datetime as dt

from app.clock import Clock, local_today, system_clock
from app.reports.daily import DailyReport, daily_report
from app.roles import Actor, Permission, require
from app.uow import reading
from app.users import authorize
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
