"""Inspection (问诊 and 环车检查): owns inspections, inspection_items and damage_marks.

InspectionService: sheet / save / decide / sign / delivery_check; questions / check_items and
    the supervisor's set_lists (both lists in one transaction)
Records (records.py): InspectionSheet, SheetInput, MarkInput/MarkInfo, CheckInput/CheckResult
Templates (templates.py): Question, AnswerKind, CheckItem, Limits, DEFAULT_QUESTIONS, DEFAULT_CHECKS
Vocabularies: Rating, Decision (+ labels); OutlineView, MarkKind (+ labels, symbols),
    WARNING_LIGHTS, ITEMS_IN_CAR, TYRE_POSITIONS, TYRE_STATES
Limits the forms share with the service: MAX_NOTE, MAX_PHOTO_BYTES, MAX_READING, MAX_ESTIMATE_FEN
Ports (ports.py): FollowUps (reminders implement it)
InspectionFindingsReader: the orders' InspectionFindings port (the intake sheet's findings)
Earlier complaints (earlier.py): EarlierComplaint (date, RO number, statement, fault categories);
    by_system(words, earlier) -> EarlierBySystem (those on the same system first); category_labels
"""

from app.inspection._clean import MAX_ESTIMATE_FEN, MAX_NOTE, MAX_PHOTO_BYTES, MAX_READING
from app.inspection.earlier import EarlierBySystem, EarlierComplaint, by_system, category_labels
from app.inspection.findings import InspectionFindingsReader, findings_of
from app.inspection.ports import FollowUps
from app.inspection.ratings import DECISION_LABELS, RATING_LABELS, Decision, Rating
from app.inspection.records import CheckInput, CheckResult, InspectionSheet, MarkInfo, MarkInput, SheetInput
from app.inspection.service import InspectionService
from app.inspection.templates import (
    DEFAULT_CHECKS,
    DEFAULT_QUESTIONS,
    AnswerKind,
    CheckItem,
    Limits,
    Question,
)
from app.inspection.walkaround import (
    ITEMS_IN_CAR,
    MARK_KIND_LABELS,
    MARK_KIND_SYMBOLS,
    OUTLINE_VIEW_LABELS,
    TYRE_POSITIONS,
    TYRE_STATES,
    WARNING_LIGHTS,
    MarkKind,
    OutlineView,
)

__all__ = [
    "DECISION_LABELS",
    "DEFAULT_CHECKS",
    "DEFAULT_QUESTIONS",
    "ITEMS_IN_CAR",
    "MARK_KIND_LABELS",
    "MARK_KIND_SYMBOLS",
    "MAX_ESTIMATE_FEN",
    "MAX_NOTE",
    "MAX_PHOTO_BYTES",
    "MAX_READING",
    "OUTLINE_VIEW_LABELS",
    "RATING_LABELS",
    "TYRE_POSITIONS",
    "TYRE_STATES",
    "WARNING_LIGHTS",
    "AnswerKind",
    "CheckInput",
    "CheckItem",
    "CheckResult",
    "Decision",
    "EarlierBySystem",
    "EarlierComplaint",
    "FollowUps",
    "InspectionFindingsReader",
    "InspectionService",
    "InspectionSheet",
    "Limits",
    "MarkInfo",
    "MarkInput",
    "MarkKind",
    "OutlineView",
    "Question",
    "Rating",
    "SheetInput",
    "by_system",
    "category_labels",
    "findings_of",
]
