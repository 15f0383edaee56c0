"""What the inspection service hands out and takes in (frozen dataclasses)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from app.inspection.earlier import EarlierComplaint
from app.inspection.ratings import Decision, Rating
from app.inspection.templates import CheckItem, Question


@dataclass(frozen=True)
class MarkInput:
    view: str  # an OutlineView value
    x: float  # 0..1 across the view's drawing
    y: float  # 0..1 down it
    kind: str  # a MarkKind value
    note: str = ""
    photo: bytes | None = None  # an image file's bytes (kept with the sheet)
    photo_name: str = ""


@dataclass(frozen=True)
class MarkInfo:
    number: int
    view: str
    x: float
    y: float
    kind: str
    note: str
    stage: str  # intake / delivery
    photo: bytes | None
    photo_name: str

    def as_input(self) -> MarkInput:
        return MarkInput(self.view, self.x, self.y, self.kind, self.note, self.photo, self.photo_name)


@dataclass(frozen=True)
class CheckInput:
    code: str
    rating: str | None = None  # a Rating value; None for a measured item (rated from its reading)
    reading: float | None = None
    note: str = ""
    recommendation: str = ""
    estimate_fen: int | None = None


@dataclass(frozen=True)
class CheckResult:
    item: CheckItem
    rating: Rating | None  # None: not checked
    reading: float | None
    note: str
    recommendation: str
    estimate_fen: int | None
    decision: Decision | None
    decision_reason: str
    deferred_until: dt.date | None
    order_line_id: int | None
    previous_reading: float | None  # last visit's, carried forward for comparison
    previous_rating: Rating | None

    @property
    def needs_decision(self) -> bool:
        return self.rating in (Rating.YELLOW, Rating.RED) and self.decision is None


@dataclass(frozen=True)
class SheetInput:
    customer_words: str = ""
    answers: Mapping[str, str] = field(default_factory=dict)
    warning_lights: tuple[str, ...] = ()
    tyres: Mapping[str, str] = field(default_factory=dict)
    items_in_car: tuple[str, ...] = ()
    valuables_reminded: bool = False
    keep_old_parts: bool = False
    wash: bool = False
    customer_waits: bool = False
    marks: tuple[MarkInput, ...] = ()
    checks: tuple[CheckInput, ...] = ()


@dataclass(frozen=True)
class InspectionSheet:
    order_id: int
    ro_number: str
    vehicle_id: int
    order_open: bool
    version: int  # 0: nothing saved yet
    revision: int
    signed_at: dt.datetime | None
    customer_words: str
    answers: Mapping[str, str]
    questions: tuple[Question, ...]
    warning_lights: tuple[str, ...]
    tyres: Mapping[str, str]
    items_in_car: tuple[str, ...]
    valuables_reminded: bool
    keep_old_parts: bool
    wash: bool
    customer_waits: bool
    marks: tuple[MarkInfo, ...]
    previous_marks: tuple[MarkInfo, ...]  # last visit's, shown faintly
    checks: tuple[CheckResult, ...]
    delivery_checked_at: dt.datetime | None
    delivery_note: str
    earlier_complaints: tuple[EarlierComplaint, ...]  # this vehicle's earlier statements, newest first

    @property
    def locked(self) -> bool:
        """Printed for signatures: a change makes a new revision."""
        return self.signed_at is not None

    def as_input(self) -> SheetInput:
        return SheetInput(
            customer_words=self.customer_words,
            answers=dict(self.answers),
            warning_lights=self.warning_lights,
            tyres=dict(self.tyres),
            items_in_car=self.items_in_car,
            valuables_reminded=self.valuables_reminded,
            keep_old_parts=self.keep_old_parts,
            wash=self.wash,
            customer_waits=self.customer_waits,
            marks=tuple(m.as_input() for m in self.marks if m.stage == "intake"),
            checks=tuple(
                CheckInput(
                    c.item.code,
                    None if c.item.measured else (c.rating.value if c.rating else None),
                    c.reading,
                    c.note,
                    c.recommendation,
                    c.estimate_fen,
                )
                for c in self.checks
                if c.rating is not None or c.reading is not None or c.note
            ),
        )
