"""What the intake sheet prints of an order's inspection (implements orders.ports.InspectionFindings)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.inspection.ratings import DECISION_LABELS, RATING_LABELS, Decision, Rating
from db.models import Inspection, InspectionItem

NEEDS_WORK = (Rating.YELLOW, Rating.RED)


def _item_text(item: InspectionItem) -> str:
    text = f"{item.name}：{RATING_LABELS[Rating(item.rating)]}"
    if item.recommended_job:
        text += f"，建议{item.recommended_job}"
    if item.decision in tuple(Decision):
        text += f"（{DECISION_LABELS[Decision(item.decision)]}）"
    if item.note:
        text += f"；{item.note}"
    return text


def findings_of(inspection: Inspection | None) -> str:
    """The findings that need work, with the customer's decision; empty without an inspection."""
    if inspection is None:
        return ""
    found = [
        _item_text(item)
        for item in sorted(inspection.items, key=lambda i: i.position)
        if item.rating in NEEDS_WORK
    ]
    if found:
        return "\n".join(found)
    return "多项检查均正常" if inspection.items else ""


class InspectionFindingsReader:
    def findings_text(self, s: Session, order_id: int) -> str:
        inspection = s.scalar(
            select(Inspection)
            .where(Inspection.repair_order_id == order_id)
            .options(selectinload(Inspection.items))
        )
        return findings_of(inspection)
