"""Reminders (保养提醒 and other follow-ups): owns the reminders and reminder_contacts tables.

ReminderService (services.reminders): work_list(actor, WorkList, TaskFilter, counted=) -> TaskPage of
    Task, count_list(actor, WorkList, TaskFilter) -> int,
    task / calls_of / log_call(actor, vehicle_id, CallInput) -> CallResult / assign / rules /
    set_rules (ReminderRules) / quiet_now

ReminderKind, ReminderStatus, CallOutcome, LostReason, DistanceSource (+ labels), SERVICE_KINDS,
kind_label(value)
ServiceReminderPlanner: the orders' ServiceReminders port (delivery, card, intake sheet)
InspectionFollowUps: the inspection's FollowUps port (a deferred item becomes a follow-up call)
PaperReminderPlanner: the vehicles' PaperReminders port (annual inspection and insurance reminders
    before the dates read from the papers); paper_text(kind, expires, today), PAPER_KINDS
suggest_next_service(s, visit) -> ServiceDue; service_due(...), daily_distance(readings)
"""

from app.reminders.analysis import Analysis, Figure
from app.reminders.calls import CallInput, CallResult, FollowUpInput, FollowUpResult
from app.reminders.followups import InspectionFollowUps
from app.reminders.kinds import (
    CALL_OUTCOME_LABELS,
    CONFIDENCE_LABELS,
    DISTANCE_SOURCE_LABELS,
    LOST_REASON_LABELS,
    REMINDER_KIND_LABELS,
    REMINDER_STATUS_LABELS,
    SATISFACTION_LABELS,
    SERVICE_KINDS,
    CallOutcome,
    Confidence,
    DistanceSource,
    LostReason,
    ReminderKind,
    ReminderStatus,
    Satisfaction,
    kind_label,
)
from app.reminders.papers import PAPER_KINDS, PaperReminderPlanner, paper_text
from app.reminders.rules import ReminderRules
from app.reminders.schedule import DEFAULT_KM_PER_DAY, DailyDistance, ServiceDue, daily_distance, service_due
from app.reminders.service import CallRecord, ReminderService
from app.reminders.service_reminders import ServiceReminderPlanner, suggest_next_service
from app.reminders.worklist import WORK_LIST_LABELS, Task, TaskFilter, TaskPage, TaskReason, WorkList

__all__ = [
    "CALL_OUTCOME_LABELS",
    "CONFIDENCE_LABELS",
    "DEFAULT_KM_PER_DAY",
    "DISTANCE_SOURCE_LABELS",
    "LOST_REASON_LABELS",
    "PAPER_KINDS",
    "REMINDER_KIND_LABELS",
    "REMINDER_STATUS_LABELS",
    "SATISFACTION_LABELS",
    "SERVICE_KINDS",
    "WORK_LIST_LABELS",
    "Analysis",
    "CallInput",
    "CallOutcome",
    "CallRecord",
    "CallResult",
    "Confidence",
    "DailyDistance",
    "DistanceSource",
    "Figure",
    "FollowUpInput",
    "FollowUpResult",
    "InspectionFollowUps",
    "LostReason",
    "PaperReminderPlanner",
    "ReminderKind",
    "ReminderRules",
    "ReminderService",
    "ReminderStatus",
    "Satisfaction",
    "ServiceDue",
    "ServiceReminderPlanner",
    "Task",
    "TaskFilter",
    "TaskPage",
    "TaskReason",
    "WorkList",
    "daily_distance",
    "kind_label",
    "paper_text",
    "service_due",
    "suggest_next_service",
]
