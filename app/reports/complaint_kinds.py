"""The complaints' vocabularies (docs/domain/complaints.md): where a complaint stands, how it
reached the dealer, what it is about, what a line of its log records, and where its reply
deadline stands."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum


class ComplaintStatus(StrEnum):
    OPEN = "open"  # recorded, the customer not answered yet
    IN_PROGRESS = "in_progress"  # answered (a handling entry), not resolved yet
    CLOSED = "closed"  # resolved and closed, with the resolution


COMPLAINT_STATUS_LABELS: dict[ComplaintStatus, str] = {
    ComplaintStatus.OPEN: "待处理",
    ComplaintStatus.IN_PROGRESS: "处理中",
    ComplaintStatus.CLOSED: "已结案",
}

UNRESOLVED = (ComplaintStatus.OPEN, ComplaintStatus.IN_PROGRESS)


class ComplaintChannel(StrEnum):
    """How the complaint reached the dealer."""

    COUNTER = "counter"  # the customer at the counter (到店)
    PHONE = "phone"  # a call to the dealer
    FOLLOW_UP = "follow_up"  # the follow-up call after delivery (交车回访)
    HOTLINE = "hotline"  # passed on by the manufacturer's customer hotline (厂家转办)
    ONLINE = "online"  # a review or message online (微信, 点评, 汽车之家 …)
    REGULATOR = "regulator"  # passed on by 12315 or the consumers' association (消协)


COMPLAINT_CHANNEL_LABELS: dict[ComplaintChannel, str] = {
    ComplaintChannel.COUNTER: "到店",
    ComplaintChannel.PHONE: "来电",
    ComplaintChannel.FOLLOW_UP: "交车回访",
    ComplaintChannel.HOTLINE: "厂家转办",
    ComplaintChannel.ONLINE: "网络平台",
    ComplaintChannel.REGULATOR: "12315/消协",
}


def channel_of(stored: str) -> ComplaintChannel:
    """A stored channel, or COUNTER for one the vocabulary does not know."""
    try:
        return ComplaintChannel(stored)
    except ValueError:
        return ComplaintChannel.COUNTER


class ComplaintCategory(StrEnum):
    """What the complaint is about."""

    QUALITY = "quality"  # the repair: not fixed, back again, a new fault
    WAITING = "waiting"  # waiting, a promised time not kept
    PRICE = "price"  # the bill: above the estimate, work not agreed
    ATTITUDE = "attitude"  # how the customer was treated
    PARTS = "parts"  # parts not in stock, waiting for parts
    DAMAGE = "damage"  # the car damaged or dirty, something missing from it
    OTHER = "other"


COMPLAINT_CATEGORY_LABELS: dict[ComplaintCategory, str] = {
    ComplaintCategory.QUALITY: "维修质量",
    ComplaintCategory.WAITING: "等待时间",
    ComplaintCategory.PRICE: "收费价格",
    ComplaintCategory.ATTITUDE: "服务态度",
    ComplaintCategory.PARTS: "配件供应",
    ComplaintCategory.DAMAGE: "车辆损伤或物品遗失",
    ComplaintCategory.OTHER: "其他",
}


def category_of(stored: str) -> ComplaintCategory:
    """A stored category, or OTHER for one the vocabulary does not know."""
    try:
        return ComplaintCategory(stored)
    except ValueError:
        return ComplaintCategory.OTHER


class ActionKind(StrEnum):
    """A line of a complaint's log. CONTACT and MEASURE are the handling entries: the first of
    them (or the closing) is the reply the deadline asks for; the others record its way."""

    CONTACT = "contact"  # spoke to the customer: what was said
    MEASURE = "measure"  # what was done: a re-check, a refund, a talk with the staff
    ASSIGN = "assign"
    CLOSE = "close"
    REOPEN = "reopen"


ACTION_KIND_LABELS: dict[ActionKind, str] = {
    ActionKind.CONTACT: "联系客户",
    ActionKind.MEASURE: "处理措施",
    ActionKind.ASSIGN: "指派",
    ActionKind.CLOSE: "结案",
    ActionKind.REOPEN: "重新打开",
}

HANDLING = (ActionKind.CONTACT, ActionKind.MEASURE)


class ReplyState(StrEnum):
    """Where the reply deadline stands at a moment."""

    WAITING = "waiting"  # not answered, time left
    DUE_SOON = "due_soon"  # not answered, the deadline within the warning hours
    MISSED = "missed"  # not answered by the deadline (now, or it was answered late)
    MET = "met"  # answered by the deadline


REPLY_STATE_LABELS: dict[ReplyState, str] = {
    ReplyState.WAITING: "待回复",
    ReplyState.DUE_SOON: "即将超时",
    ReplyState.MISSED: "回复超时",
    ReplyState.MET: "已按时回复",
}


def reply_state(
    due: dt.datetime, replied: dt.datetime | None, now: dt.datetime, warning: dt.timedelta
) -> ReplyState:
    """The deadline is met by a reply at or before it; without a reply it is missed once `now`
    passes it, and due soon from `warning` before it."""
    if replied is not None:
        return ReplyState.MET if replied <= due else ReplyState.MISSED
    if now > due:
        return ReplyState.MISSED
    return ReplyState.DUE_SOON if now >= due - warning else ReplyState.WAITING
