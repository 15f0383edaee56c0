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
    WIN_BACK = "win_back"  # a lapsing or lost customer called back (流失召回)
    FOLLOW_UP = "follow_up"  # the call a few days after delivery (交车回访)


REMINDER_KIND_LABELS: dict[ReminderKind, str] = {
    ReminderKind.FIRST_SERVICE: "首保",
    ReminderKind.SERVICE: "定期保养",
    ReminderKind.WARRANTY_EXPIRY: "质保到期",
    ReminderKind.ANNUAL_INSPECTION: "年检",
    ReminderKind.INSURANCE: "保险续保",
    ReminderKind.DECLINED_ITEM: "未做项目回访",
    ReminderKind.WIN_BACK: "流失召回",
    ReminderKind.FOLLOW_UP: "交车回访",
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


class CallOutcome(StrEnum):
    """How a reminder call ended."""

    BOOKED = "booked"  # an appointment was made
    NOT_DUE = "not_due"
    SERVICED_ELSEWHERE = "serviced_elsewhere"
    NO_ANSWER = "no_answer"
    OUT_OF_SERVICE = "out_of_service"
    PHONE_OFF = "phone_off"
    CALL_LATER = "call_later"
    REFUSED = "refused"
    CAR_SOLD = "car_sold"
    ANSWERED = "answered"  # a follow-up call after delivery: the customer answered the questions


CALL_OUTCOME_LABELS: dict[CallOutcome, str] = {
    CallOutcome.BOOKED: "已预约",
    CallOutcome.NOT_DUE: "未到保养里程",
    CallOutcome.SERVICED_ELSEWHERE: "已在他处保养",
    CallOutcome.NO_ANSWER: "无人接听",
    CallOutcome.OUT_OF_SERVICE: "号码停机/空号",
    CallOutcome.PHONE_OFF: "关机",
    CallOutcome.CALL_LATER: "稍后再联系",
    CallOutcome.REFUSED: "客户拒绝",
    CallOutcome.CAR_SOLD: "车已卖",
    CallOutcome.ANSWERED: "已回访",
}


class Satisfaction(StrEnum):
    """The customer's answer to the follow-up call, best first."""

    VERY_SATISFIED = "very_satisfied"
    SATISFIED = "satisfied"
    NEUTRAL = "neutral"
    DISSATISFIED = "dissatisfied"
    VERY_DISSATISFIED = "very_dissatisfied"


SATISFACTION_LABELS: dict[Satisfaction, str] = {
    Satisfaction.VERY_SATISFIED: "很满意",
    Satisfaction.SATISFIED: "满意",
    Satisfaction.NEUTRAL: "一般",
    Satisfaction.DISSATISFIED: "不满意",
    Satisfaction.VERY_DISSATISFIED: "很不满意",
}
UNHAPPY = frozenset({Satisfaction.DISSATISFIED, Satisfaction.VERY_DISSATISFIED})


class LostReason(StrEnum):
    """Why a customer stopped coming: the reason a reminder is closed as lost."""

    SCRAPPED = "scrapped"
    OFTEN_AWAY = "often_away"
    OWN_WORKSHOP = "own_workshop"
    UNHAPPY = "unhappy"
    OTHER_PROVINCE = "other_province"
    OTHER_SHOP = "other_shop"
    SOLD_UNKNOWN = "sold_unknown"
    NO_CONTACT = "no_contact"
    OTHER = "other"


LOST_REASON_LABELS: dict[LostReason, str] = {
    LostReason.SCRAPPED: "车辆报废",
    LostReason.OFTEN_AWAY: "经常出差",
    LostReason.OWN_WORKSHOP: "自己有修理厂",
    LostReason.UNHAPPY: "对服务不满意",
    LostReason.OTHER_PROVINCE: "在外省使用",
    LostReason.OTHER_SHOP: "在其他店保养",
    LostReason.SOLD_UNKNOWN: "车已卖，新车主不详",
    LostReason.NO_CONTACT: "无有效联系方式",
    LostReason.OTHER: "其他",
}


class DistanceSource(StrEnum):
    """Where the daily distance a km due date is predicted from came from."""

    HISTORY = "history"  # the vehicle's own readings
    DEFAULT = "default"  # DEFAULT_KM_PER_DAY


DISTANCE_SOURCE_LABELS: dict[DistanceSource, str] = {
    DistanceSource.HISTORY: "按本车行驶记录",
    DistanceSource.DEFAULT: "按平均行驶里程",
}


class Confidence(StrEnum):
    """How sure a predicted km date is (the readings it rests on)."""

    HIGH = "high"  # half a year or more of steady readings
    MEDIUM = "medium"
    LOW = "low"  # one stretch of a month or two
    NONE = "none"  # no usable history: the dealer's default distance per day


CONFIDENCE_LABELS: dict[Confidence, str] = {
    Confidence.HIGH: "可靠",
    Confidence.MEDIUM: "较可靠",
    Confidence.LOW: "仅供参考",
    Confidence.NONE: "按默认值估算",
}


def kind_label(value: str) -> str:
    try:
        return REMINDER_KIND_LABELS[ReminderKind(value)]
    except ValueError:
        return value
