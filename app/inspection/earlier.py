"""The vehicle's earlier complaints beside the interview, those on the same system first.

Each earlier order's statement comes with its date, RO number and the fault categories its
words match (app.warranty's keyword table: 制动系统, 空调, 发动机 ...). `by_system(words,
earlier)` puts first the statements that share a category with what the customer says now, and
the others after; the interview calls it again as the customer's words are typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from app.warranty import BY_CODE, CATEGORIES, categories_in

MAX_EARLIER = 10  # the newest earlier statements the sheet brings


@dataclass(frozen=True)
class EarlierComplaint:
    ro_number: str
    opened_at: dt.datetime  # UTC, as stored; shown in local time
    statement: str  # the customer's words on that order, verbatim
    categories: tuple[str, ...]  # fault category codes its words match, in the table's order


@dataclass(frozen=True)
class EarlierBySystem:
    """The earlier complaints seen from the customer's words now."""

    current: tuple[str, ...]  # the categories the words now match
    shared: tuple[str, ...]  # those of them an earlier complaint matches too
    same_system: tuple[EarlierComplaint, ...]  # sharing a category with the words now, newest first
    others: tuple[EarlierComplaint, ...]  # the rest, newest first

    @property
    def empty(self) -> bool:
        return not self.same_system and not self.others


def categories_of(text: str) -> tuple[str, ...]:
    """The fault category codes text matches, in the table's order (so always the same)."""
    found = categories_in(text)
    return tuple(c.code for c in CATEGORIES if c.code in found)


def category_labels(codes: Sequence[str]) -> tuple[str, ...]:
    """The categories' names (app.wording Messages: the interface shows them in its language)."""
    return tuple(BY_CODE[code].label for code in codes if code in BY_CODE)


def earlier_complaint(ro_number: str, opened_at: dt.datetime, statement: str) -> EarlierComplaint:
    return EarlierComplaint(ro_number, opened_at, statement, categories_of(statement))


def by_system(words: str, earlier: Sequence[EarlierComplaint]) -> EarlierBySystem:
    """Splits earlier (newest first) into those sharing a fault category with words and the rest;
    words that match no category share none, and every earlier complaint is among the others."""
    current = categories_of(words)
    same: list[EarlierComplaint] = []
    others: list[EarlierComplaint] = []
    for complaint in earlier:
        (same if set(complaint.categories) & set(current) else others).append(complaint)
    matched = {code for e in same for code in e.categories}
    return EarlierBySystem(
        current=current,
        shared=tuple(code for code in current if code in matched),
        same_system=tuple(same),
        others=tuple(others),
    )
