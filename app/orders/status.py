"""The repair order's life on the service board, and the fixed vocabularies of an order.

Statuses and the moves allowed between them:

    waiting 待派工 → in_repair 维修中 ⇄ waiting_parts 待料
    in_repair → quality_check 质检 → washing 洗车 (optional) → ready 待交车 → delivered 已交车
    quality_check → in_repair (failed the check); ready → in_repair (reopened before handover)
    any status before delivered → cancelled 已取消 (with a reason)

`delivered` is reached only through delivery (final mileage and amounts) and `cancelled` only
through cancellation (a reason): both end the order.
"""

from __future__ import annotations

from enum import StrEnum

from app.errors import ValidationError
from app.wording import label, labels, say


class OrderStatus(StrEnum):
    WAITING = "waiting"
    IN_REPAIR = "in_repair"
    WAITING_PARTS = "waiting_parts"
    QUALITY_CHECK = "quality_check"
    WASHING = "washing"
    READY = "ready"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


STATUS_LABELS: dict[OrderStatus, str] = {
    OrderStatus.WAITING: "待派工",
    OrderStatus.IN_REPAIR: "维修中",
    OrderStatus.WAITING_PARTS: "待料",
    OrderStatus.QUALITY_CHECK: "质检",
    OrderStatus.WASHING: "洗车",
    OrderStatus.READY: "待交车",
    OrderStatus.DELIVERED: "已交车",
    OrderStatus.CANCELLED: "已取消",
}

# Workshop moves made from the board; delivery and cancellation have their own actions.
TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    OrderStatus.WAITING: frozenset({OrderStatus.IN_REPAIR}),
    OrderStatus.IN_REPAIR: frozenset({OrderStatus.WAITING_PARTS, OrderStatus.QUALITY_CHECK}),
    OrderStatus.WAITING_PARTS: frozenset({OrderStatus.IN_REPAIR}),
    OrderStatus.QUALITY_CHECK: frozenset({OrderStatus.WASHING, OrderStatus.READY, OrderStatus.IN_REPAIR}),
    OrderStatus.WASHING: frozenset({OrderStatus.READY}),
    OrderStatus.READY: frozenset({OrderStatus.IN_REPAIR}),
    OrderStatus.DELIVERED: frozenset(),
    OrderStatus.CANCELLED: frozenset(),
}

CLOSED_STATUSES = frozenset({OrderStatus.DELIVERED, OrderStatus.CANCELLED})
OPEN_STATUSES = tuple(s for s in OrderStatus if s not in CLOSED_STATUSES)
# Board columns, left to right.
BOARD_STATUSES = (*OPEN_STATUSES, OrderStatus.DELIVERED)


def parse_status(value: str) -> OrderStatus:
    try:
        return OrderStatus(value)
    except ValueError:
        raise ValidationError("status", say("未知的工单状态“{value}”", value=value)) from None


def allowed_moves(current: OrderStatus) -> tuple[OrderStatus, ...]:
    """The statuses the board may move an order to from `current`, in board order."""
    return tuple(s for s in OrderStatus if s in TRANSITIONS[current])


def check_move(current: OrderStatus, target: OrderStatus) -> None:
    """Refuses a move the table does not allow, saying what is possible instead."""
    if target in TRANSITIONS[current]:
        return
    if current in CLOSED_STATUSES:
        raise ValidationError(
            "status", say("工单已{status}，不能再改变状态", status=label(STATUS_LABELS[current]))
        )
    if target is OrderStatus.DELIVERED:
        raise ValidationError("status", say("交车请使用“交车”操作（需登记交车里程和最终金额）"))
    if target is OrderStatus.CANCELLED:
        raise ValidationError("status", say("取消工单请使用“取消工单”操作（需填写原因）"))
    options = (
        labels(STATUS_LABELS[s] for s in allowed_moves(current)) if allowed_moves(current) else say("无")
    )
    raise ValidationError(
        "status",
        say(
            "不能从“{current}”改为“{target}”；可改为：{options}",
            current=label(STATUS_LABELS[current]),
            target=label(STATUS_LABELS[target]),
            options=options,
        ),
    )


class JobType(StrEnum):
    MAINTENANCE = "保养"
    REPAIR = "一般维修"
    WARRANTY = "索赔"
    ACCIDENT = "事故"
    BODY_PAINT = "钣喷"
    INTERNAL = "内部"


JOB_TYPES: tuple[str, ...] = tuple(j.value for j in JobType)


class Payer(StrEnum):
    CUSTOMER = "customer"
    WARRANTY = "warranty"
    INSURANCE = "insurance"
    INTERNAL = "internal"


PAYER_LABELS: dict[Payer, str] = {
    Payer.CUSTOMER: "客户",
    Payer.WARRANTY: "厂家索赔",
    Payer.INSURANCE: "保险",
    Payer.INTERNAL: "内部",
}


class LineKind(StrEnum):
    LABOUR = "labour"
    PART = "part"
    OTHER = "other"


LINE_KIND_LABELS: dict[LineKind, str] = {
    LineKind.LABOUR: "工时",
    LineKind.PART: "配件",
    LineKind.OTHER: "其他",
}


class OtherCost(StrEnum):
    """The "other" costs 三包 Art. 17 wants on the record: the code of an "other" line."""

    TOWING = "towing"
    LOAN_CAR = "loan_car"
    TRAVEL = "travel"
    MISC = "misc"


# Keyed by OtherCost; typed by str so a line's stored code can be looked up directly.
OTHER_COSTS: dict[str, str] = {
    OtherCost.TOWING: "拖车费",
    OtherCost.LOAN_CAR: "备用车",
    OtherCost.TRAVEL: "交通费用补偿",
    OtherCost.MISC: "其他费用",
}

FUEL_LEVELS: tuple[str, ...] = ("E", "1/4", "1/2", "3/4", "F")
