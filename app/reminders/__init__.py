"""Reminders (保养提醒 and other follow-ups): owns the reminders and reminder_contacts tables.

ReminderKind, ReminderStatus, CallOutcome, LostReason, DistanceSource (+ labels), SERVICE_KINDS,
kind_label(value)
ServiceReminderPlanner: the orders' ServiceReminders port (delivery, card, intake sheet)
InspectionFollowUps: the inspection's FollowUps port (a deferred item becomes a follow-up call)
suggest_next_service(s, visit) -> ServiceDue; service_due(...), daily_distance(readings)
"""

from app.reminders.followups import InspectionFollowUps
from app.reminders.kinds import (
    CALL_OUTCOME_LABELS,
    CONFIDENCE_LABELS,
    DISTANCE_SOURCE_LABELS,
    LOST_REASON_LABELS,
    REMINDER_KIND_LABELS,
    REMINDER_STATUS_LABELS,
    SERVICE_KINDS,
    CallOutcome,
    Confidence,
    DistanceSource,
    LostReason,
    ReminderKind,
    ReminderStatus,
    kind_label,
)
from app.reminders.schedule import DEFAULT_KM_PER_DAY, DailyDistance, ServiceDue, daily_distance, service_due
from app.reminders.service_reminders import ServiceReminderPlanner, suggest_next_service

__all__ = [
    "CALL_OUTCOME_LABELS",
    "CONFIDENCE_LABELS",
    "DEFAULT_KM_PER_DAY",
    "DISTANCE_SOURCE_LABELS",
    "LOST_REASON_LABELS",
    "REMINDER_KIND_LABELS",
    "REMINDER_STATUS_LABELS",
    "SERVICE_KINDS",
    "CallOutcome",
    "Confidence",
    "DailyDistance",
    "DistanceSource",
    "InspectionFollowUps",
    "LostReason",
    "ReminderKind",
    "ReminderStatus",
    "ServiceDue",
    "ServiceReminderPlanner",
    "daily_distance",
    "kind_label",
    "service_due",
    "suggest_next_service",
]
