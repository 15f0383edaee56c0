"""The multi-point check's vocabularies: how an item was rated and what the customer decided."""

from __future__ import annotations

from enum import StrEnum


class Rating(StrEnum):
    GREEN = "green"  # OK
    YELLOW = "yellow"  # soon
    RED = "red"  # now


RATING_LABELS: dict[Rating, str] = {
    Rating.GREEN: "正常",
    Rating.YELLOW: "需尽快处理",
    Rating.RED: "需立即处理",
}


class Decision(StrEnum):
    APPROVED = "approved"
    DECLINED = "declined"


DECISION_LABELS: dict[Decision, str] = {
    Decision.APPROVED: "客户同意",
    Decision.DECLINED: "客户暂不处理",
}
