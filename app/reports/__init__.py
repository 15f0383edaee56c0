"""Reports and complaints (投诉): owns the complaints table.

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

__all__ = [
    "COMPLAINT_CHANNEL_LABELS",
    "COMPLAINT_STATUS_LABELS",
    "ComplaintBook",
    "ComplaintChannel",
    "ComplaintStatus",
]
