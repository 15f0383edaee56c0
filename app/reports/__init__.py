"""Reports and complaints (投诉): owns the complaints table.

ReportService (services.reports): daily(actor, day) -> DailyReport (Figures of the day, the month
to date and the same days of the month before; by job type, payer and advisor; the day's
DayQuality: show rate, follow-up satisfaction, estimate accuracy, comebacks); DEFINITIONS.

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
from app.reports.service import ReportService

__all__ = [
    "COMPLAINT_CHANNEL_LABELS",
    "COMPLAINT_STATUS_LABELS",
    "DEFINITIONS",
    "AdvisorFigures",
    "ComplaintBook",
    "ComplaintChannel",
    "ComplaintStatus",
    "DailyReport",
    "DayQuality",
    "Figures",
    "ReportService",
    "Share",
]
