"""Inspection (问诊 and 环车检查): owns inspections, inspection_items and damage_marks.

Rating, Decision (+ labels)
InspectionFindingsReader: the orders' InspectionFindings port (the intake sheet's findings)
findings_of(inspection) -> str
"""

from app.inspection.findings import InspectionFindingsReader, findings_of
from app.inspection.ratings import DECISION_LABELS, RATING_LABELS, Decision, Rating

__all__ = [
    "DECISION_LABELS",
    "RATING_LABELS",
    "Decision",
    "InspectionFindingsReader",
    "Rating",
    "findings_of",
]
