"""Reports and complaints (投诉): owns the complaints and complaint_actions tables.

ReportService (services.reports): daily(actor, day) -> DailyReport (Figures of the day, the month
to date and the same days of the month before; by job type, payer and advisor; the day's
DayQuality: show rate, follow-up satisfaction, estimate accuracy, comebacks); DEFINITIONS.
monthly(actor, month) -> MonthlySummary (monthly.py: every day and ISO week of the month, the
weeks cut at its edges, against the same period last month and last year; quality, breakdowns,
LateDelivery, OpenAlert: the 三包 alerts at its end; MONTHLY_DEFINITIONS); daily_workbook and
monthly_workbook -> .xlsx bytes (workbooks.py).

ComplaintService (services.complaints, complaint_service.py): record, assign, add_action (what
was said or done), close (with the resolution and whether the customer accepted it), reopen
(with the reason); list_complaints (open ones, those without a reply first; or a search by
plate, name, phone and dates) -> ComplaintPage; get -> ComplaintInfo with its log; the reply
deadline's ComplaintRules (a dealer setting). may_log says who may log on a complaint.

ComplaintBook: opens a complaint in the caller's unit of work (the reminders' Complaints port:
an unhappy answer to the follow-up call after delivery opens one for the supervisor).

Vocabularies (complaint_kinds.py): ComplaintStatus, ComplaintChannel, ComplaintCategory,
ActionKind, ReplyState with their labels; reply_state(due, replied, now, warning).
"""

from app.reports.complaint_kinds import (
    ACTION_KIND_LABELS,
    COMPLAINT_CATEGORY_LABELS,
    COMPLAINT_CHANNEL_LABELS,
    COMPLAINT_STATUS_LABELS,
    HANDLING,
    REPLY_STATE_LABELS,
    UNRESOLVED,
    ActionKind,
    ComplaintCategory,
    ComplaintChannel,
    ComplaintStatus,
    ReplyState,
    reply_state,
)
from app.reports.complaint_records import (
    ActionInput,
    ActionRecord,
    CloseInput,
    ComplaintInfo,
    ComplaintInput,
    ComplaintPage,
    ComplaintQuery,
    ComplaintRow,
    Handler,
    OrderChoice,
    Scope,
)
from app.reports.complaint_rules import ComplaintRules
from app.reports.complaint_service import ComplaintService, may_log
from app.reports.complaints import ComplaintBook
from app.reports.daily import DEFINITIONS, AdvisorFigures, DailyReport, DayQuality, Figures, Share
from app.reports.monthly import MONTHLY_DEFINITIONS, LateDelivery, MonthlySummary, OpenAlert, Week
from app.reports.service import ReportService

__all__ = [
    "ACTION_KIND_LABELS",
    "COMPLAINT_CATEGORY_LABELS",
    "COMPLAINT_CHANNEL_LABELS",
    "COMPLAINT_STATUS_LABELS",
    "DEFINITIONS",
    "HANDLING",
    "MONTHLY_DEFINITIONS",
    "REPLY_STATE_LABELS",
    "UNRESOLVED",
    "ActionInput",
    "ActionKind",
    "ActionRecord",
    "AdvisorFigures",
    "CloseInput",
    "ComplaintBook",
    "ComplaintCategory",
    "ComplaintChannel",
    "ComplaintInfo",
    "ComplaintInput",
    "ComplaintPage",
    "ComplaintQuery",
    "ComplaintRow",
    "ComplaintRules",
    "ComplaintService",
    "ComplaintStatus",
    "DailyReport",
    "DayQuality",
    "Figures",
    "Handler",
    "LateDelivery",
    "MonthlySummary",
    "OpenAlert",
    "OrderChoice",
    "ReplyState",
    "ReportService",
    "Scope",
    "Share",
    "Week",
    "may_log",
    "reply_state",
]
