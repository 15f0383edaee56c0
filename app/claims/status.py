"""The states of claims, returned pieces and return boxes, and the work lists of old parts."""

from __future__ import annotations

from enum import StrEnum


class ClaimStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    PAID = "paid"


CLAIM_STATUS_LABELS: dict[ClaimStatus, str] = {
    ClaimStatus.DRAFT: "草稿",
    ClaimStatus.SUBMITTED: "已提交",
    ClaimStatus.APPROVED: "已批准",
    ClaimStatus.REJECTED: "已拒绝",
    ClaimStatus.PAID: "已付款",
}

# Where a claim may go from each state: a submitted claim can be withdrawn to correct it, a
# rejected one corrected and submitted again.
CLAIM_MOVES: dict[ClaimStatus, frozenset[ClaimStatus]] = {
    ClaimStatus.DRAFT: frozenset({ClaimStatus.SUBMITTED}),
    ClaimStatus.SUBMITTED: frozenset({ClaimStatus.APPROVED, ClaimStatus.REJECTED, ClaimStatus.DRAFT}),
    ClaimStatus.APPROVED: frozenset({ClaimStatus.PAID}),
    ClaimStatus.REJECTED: frozenset({ClaimStatus.DRAFT}),
    ClaimStatus.PAID: frozenset(),
}
EDITABLE = frozenset({ClaimStatus.DRAFT})


class PieceState(StrEnum):
    """Where one returned piece is: from the car to the counter's shelf, a box, and the maker."""

    AWAITING = "awaiting"  # taken off the car, not yet in storage
    STORED = "stored"
    BOXED = "boxed"
    SHIPPED = "shipped"
    ACCEPTED = "accepted"
    DEDUCTED = "deducted"
    SCRAPPED = "scrapped"


PIECE_STATE_LABELS: dict[PieceState, str] = {
    PieceState.AWAITING: "待入库",
    PieceState.STORED: "已入库",
    PieceState.BOXED: "已装箱",
    PieceState.SHIPPED: "已回运",
    PieceState.ACCEPTED: "已验收",
    PieceState.DEDUCTED: "已扣款",
    PieceState.SCRAPPED: "已报废",
}
SETTLED = frozenset({PieceState.ACCEPTED, PieceState.DEDUCTED, PieceState.SCRAPPED})


class BoxStatus(StrEnum):
    OPEN = "open"
    SHIPPED = "shipped"
    CLOSED = "closed"  # every piece in it accepted, deducted or scrapped


BOX_STATUS_LABELS: dict[BoxStatus, str] = {
    BoxStatus.OPEN: "装箱中",
    BoxStatus.SHIPPED: "已发运",
    BoxStatus.CLOSED: "已结案",
}


class PartList(StrEnum):
    """The clerk's work lists of old parts."""

    TO_SHIP = "to_ship"  # in storage or a box, the brand's ship deadline still ahead
    OVERDUE = "overdue"  # not shipped by the deadline
    MAY_SCRAP = "may_scrap"  # kept as long as the brand asks after payment, never requested
    CLAIM_WITHOUT_PART = "claim_without_part"  # the claim is filed, its piece not in storage
    PART_WITHOUT_TAG = "part_without_tag"  # the piece has no printed tag


PART_LIST_LABELS: dict[PartList, str] = {
    PartList.TO_SHIP: "待回运",
    PartList.OVERDUE: "逾期未回运",
    PartList.MAY_SCRAP: "可报废",
    PartList.CLAIM_WITHOUT_PART: "有索赔无旧件",
    PartList.PART_WITHOUT_TAG: "旧件无标签",
}


class CoverageKind(StrEnum):
    """The warranties a claim can be made under."""

    BASIC = "basic"
    SANBAO = "sanbao"
    REPAIR = "repair"
    BATTERY = "battery"
    MOTOR = "motor"
    PARTS = "parts"  # a part replaced on an earlier visit, still under its own warranty


COVERAGE_LABELS: dict[CoverageKind, str] = {
    CoverageKind.BASIC: "整车质保",
    CoverageKind.SANBAO: "三包有效期",
    CoverageKind.REPAIR: "包修期",
    CoverageKind.BATTERY: "动力电池质保",
    CoverageKind.MOTOR: "驱动电机质保",
    CoverageKind.PARTS: "配件质保",
}
