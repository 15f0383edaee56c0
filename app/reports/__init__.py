"""Reports and complaints (投诉): owns the complaints table.

ReportService (services.reports): daily(actor, day) -> DailyReport (Figures of the day, the month
to date and the same days of the month before; by job type, payer and advisor; the day's
DayQuality: show rate, follow-up satisfaction, estimate accuracy, comebacks); DEFINITIONS.
monthly(actor, month) -> MonthlySummary (monthly.py: every day and ISO week of the month, the
weeks cut at its edges, against the same period last month and last year; quality, breakdowns,
LateDelivery, OpenAlert: the 三包 alerts at its end; MONTHLY_DEFINITIONS); daily_workbook and
monthly_workbook -> .xlsx bytes (workbooks.py).

ComplaintBook: opens a complaint in the caller's unit of work (the reminders' Complaints port:
an unhappy answer to the follow-up call after delivery opens one for the supervisor).
ComplaintStatus, ComplaintChannel with their labels.
"""

from app.reports.complaints import (
    COMPLAINT_CHANNEL_LABELS,
    COMPLAINT_STATUS_LABELS,
    ComplaintBook,
    ComplaintChannel,
    ComplaintStatus,
)
from app.reports.daily import DEFINITIONS, AdvisorFigures, DailyReport, DayQuality, Figures, Share
from app.reports.monthly import MONTHLY_DEFINITIONS, LateDelivery, MonthlySummary, OpenAlert, Week
from app.reports.service import ReportService

__all__ = [
    "COMPLAINT_CHANNEL_LABELS",
    "COMPLAINT_STATUS_LABELS",
    "DEFINITIONS",
    "MONTHLY_DEFINITIONS",
    "AdvisorFigures",
    "ComplaintBook",
    "ComplaintChannel",
    "ComplaintStatus",
    "DailyReport",
    "DayQuality",
    "Figures",
    "LateDelivery",
    "MonthlySummary",
    "OpenAlert",
    "ReportService",
    "Share",
    "Week",
]
