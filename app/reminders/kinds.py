"""The reminders' vocabularies: what a reminder is about and where it stands."""

from __future__ import annotations

from enum import StrEnum


class ReminderKind(StrEnum):
    FIRST_SERVICE = "first_service"  # 首保
    SERVICE = "service"  # 定期保养
    WARRANTY_EXPIRY = "warranty_expiry"
    ANNUAL_INSPECTION = "annual_inspection"
    INSURANCE = "insurance"
    DECLINED_ITEM = "declined_item"  # an inspection item the customer put off


REMINDER_KIND_LABELS: dict[ReminderKind, str] = {
    ReminderKind.FIRST_SERVICE: "首保",
    ReminderKind.SERVICE: "定期保养",
    ReminderKind.WARRANTY_EXPIRY: "质保到期",
    ReminderKind.ANNUAL_INSPECTION: "年检",
    ReminderKind.INSURANCE: "保险续保",
    ReminderKind.DECLINED_ITEM: "未做项目回访",
}

SERVICE_KINDS = frozenset({ReminderKind.FIRST_SERVICE, ReminderKind.SERVICE})


class ReminderStatus(StrEnum):
    OPEN = "open"
    BOOKED = "booked"  # the call ended in an appointment
    DONE = "done"  # the car came for it
    LOST = "lost"  # the customer stays away (with a reason)


REMINDER_STATUS_LABELS: dict[ReminderStatus, str] = {
    ReminderStatus.OPEN: "待提醒",
    ReminderStatus.BOOKED: "已预约",
    ReminderStatus.DONE: "已完成",
    ReminderStatus.LOST: "已流失",
}


def kind_label(value: str) -> str:
    try:
        return REMINDER_KIND_LABELS[ReminderKind(value)]
    except ValueError:
        return value
