"""The appointments' vocabularies (docs/domain/appointments.md): the kind of work a booking takes
capacity from, its shown state, how it came, the lines of its history, the confirmation call's
outcome and why a customer did not come."""

from __future__ import annotations

from enum import StrEnum


class WorkKind(StrEnum):
    """Whose capacity a booking takes: the workshop's bays, the body shop, quick service."""

    MAINTENANCE = "maintenance"  # 保养, 一般维修, 索赔
    BODY_PAINT = "body_paint"  # 钣喷, 事故
    QUICK = "quick"  # quick service (a wash, a bulb, a check)


WORK_KIND_LABELS: dict[WorkKind, str] = {
    WorkKind.MAINTENANCE: "机修保养",
    WorkKind.BODY_PAINT: "钣喷",
    WorkKind.QUICK: "快修",
}

BODY_PAINT_JOBS = frozenset({"钣喷", "事故"})  # app.orders' JobType values


def kind_for_job_type(job_type: str) -> WorkKind:
    """The capacity a job type takes by default: 钣喷 and 事故 the body shop, others the bays."""
    return WorkKind.BODY_PAINT if job_type.strip() in BODY_PAINT_JOBS else WorkKind.MAINTENANCE


def work_kind_of(stored: str) -> WorkKind:
    try:
        return WorkKind(stored)
    except ValueError:
        return WorkKind.MAINTENANCE


class BookingState(StrEnum):
    """What a list shows: the status, with LATE for a booking still booked past its slot's start
    plus the schedule's late_after_minutes, on its own day."""

    BOOKED = "booked"
    LATE = "late"
    ARRIVED = "arrived"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


BOOKING_STATE_LABELS: dict[BookingState, str] = {
    BookingState.BOOKED: "已预约",
    BookingState.LATE: "已迟到",
    BookingState.ARRIVED: "已到店",
    BookingState.NO_SHOW: "爽约",
    BookingState.CANCELLED: "已取消",
}


class BookingSource(StrEnum):
    COUNTER = "counter"  # at the desk, the car on screen
    CALL_IN = "call_in"  # a customer (or a new caller) phoned in
    REMINDER = "reminder"  # a reminder call ended with a booking


BOOKING_SOURCE_LABELS: dict[BookingSource, str] = {
    BookingSource.COUNTER: "柜台",
    BookingSource.CALL_IN: "来电",
    BookingSource.REMINDER: "保养提醒",
}


def source_of(stored: str) -> BookingSource:
    try:
        return BookingSource(stored)
    except ValueError:
        return BookingSource.COUNTER


class EventKind(StrEnum):
    """A line of a booking's history (appointment_events.kind)."""

    BOOKED = "booked"
    MOVED = "moved"
    CANCELLED = "cancelled"
    CONFIRMED = "confirmed"  # a confirmation call, whatever its outcome
    ARRIVED = "arrived"
    NO_SHOW = "no_show"
    NO_SHOW_REASON = "no_show_reason"


EVENT_KIND_LABELS: dict[EventKind, str] = {
    EventKind.BOOKED: "预约",
    EventKind.MOVED: "改期",
    EventKind.CANCELLED: "取消",
    EventKind.CONFIRMED: "确认",
    EventKind.ARRIVED: "到店",
    EventKind.NO_SHOW: "爽约",
    EventKind.NO_SHOW_REASON: "爽约原因",
}


class ConfirmOutcome(StrEnum):
    """The call the day before: what the customer said."""

    CONFIRMED = "confirmed"
    NO_ANSWER = "no_answer"
    WANTS_MOVE = "wants_move"
    WILL_CANCEL = "will_cancel"


CONFIRM_OUTCOME_LABELS: dict[ConfirmOutcome, str] = {
    ConfirmOutcome.CONFIRMED: "已确认",
    ConfirmOutcome.NO_ANSWER: "未接通",
    ConfirmOutcome.WANTS_MOVE: "要改期",
    ConfirmOutcome.WILL_CANCEL: "要取消",
}


class NoShowReason(StrEnum):
    FORGOT = "forgot"
    PLANS_CHANGED = "plans_changed"
    SERVICED_ELSEWHERE = "serviced_elsewhere"
    NOT_NEEDED = "not_needed"
    UNREACHABLE = "unreachable"
    OTHER = "other"


NO_SHOW_REASON_LABELS: dict[NoShowReason, str] = {
    NoShowReason.FORGOT: "忘记了",
    NoShowReason.PLANS_CHANGED: "临时有事",
    NoShowReason.SERVICED_ELSEWHERE: "去了别家",
    NoShowReason.NOT_NEEDED: "不需要了",
    NoShowReason.UNREACHABLE: "联系不上",
    NoShowReason.OTHER: "其他",
}
