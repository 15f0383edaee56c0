"""Reading the search box: every way the counter's text may be meant, each an index probe.

Pure (no database): the lookup service runs the probes; tests read the readings directly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from enum import StrEnum

from app.errors import ValidationError
from app.validation import (
    clean_scanned,
    is_plate_like,
    normalize_plate,
    to_halfwidth,
    validate_phone,
    without_unsafe_characters,
)

_SEPARATORS = frozenset("·・•‧∙⋅･-‐‑‒–—―−.()（）/\\_")
_PARTIAL_PLATE = re.compile(
    r"^[A-HJ-NP-Z][A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳领]$|^[A-HJ-NP-Z][A-HJ-NP-Z0-9]{6}$"
)
# The last 3-5 characters of a plate, as people say them at the counter ("7404", "W7404" for
# 粤B·W7404): letters (no I/O) and digits, the last one maybe a use mark (挂学警港澳领), with a
# digit (a plate's serial always has digits; three letters are pinyin initials).
_PLATE_TAIL = re.compile(r"^[A-HJ-NP-Z0-9]{2,4}[A-HJ-NP-Z0-9挂学警港澳领]$")
_MAX_INITIALS = 16


class MatchKind(StrEnum):
    PLATE = "plate"
    VIN = "vin"
    RO_NUMBER = "ro_number"
    PHONE = "phone"
    FORMER_PLATE = "former_plate"
    PLATE_NO_PROVINCE = "plate_no_province"
    VIN_TAIL = "vin_tail"
    NAME = "name"
    PHONE_TAIL = "phone_tail"
    PLATE_TAIL = "plate_tail"
    INITIALS = "initials"
    PLATE_PREFIX = "plate_prefix"
    NAME_PREFIX = "name_prefix"
    INITIALS_PREFIX = "initials_prefix"


MATCH_RANK: dict[MatchKind, int] = {
    MatchKind.PLATE: 0,
    MatchKind.VIN: 0,
    MatchKind.RO_NUMBER: 0,
    MatchKind.PHONE: 1,
    MatchKind.FORMER_PLATE: 1,
    MatchKind.PLATE_NO_PROVINCE: 2,
    MatchKind.VIN_TAIL: 2,
    MatchKind.NAME: 2,
    MatchKind.PHONE_TAIL: 3,
    MatchKind.PLATE_TAIL: 3,
    MatchKind.INITIALS: 4,
    MatchKind.PLATE_PREFIX: 5,
    MatchKind.NAME_PREFIX: 5,
    MatchKind.INITIALS_PREFIX: 6,
}

MATCH_LABELS: dict[MatchKind, str] = {
    MatchKind.PLATE: "车牌",
    MatchKind.VIN: "车架号",
    MatchKind.RO_NUMBER: "工单号",
    MatchKind.PHONE: "电话",
    MatchKind.FORMER_PLATE: "曾用车牌",
    MatchKind.PLATE_NO_PROVINCE: "车牌（未输省份）",
    MatchKind.VIN_TAIL: "车架号后几位",
    MatchKind.NAME: "姓名",
    MatchKind.PHONE_TAIL: "电话后四位",
    # The plate itself is shown; "车牌" is the label the interface already translates.
    MatchKind.PLATE_TAIL: "车牌",
    MatchKind.INITIALS: "姓名拼音首字母",
    MatchKind.PLATE_PREFIX: "车牌开头",
    MatchKind.NAME_PREFIX: "姓名开头",
    MatchKind.INITIALS_PREFIX: "拼音首字母开头",
}


@dataclass(frozen=True)
class Probe:
    """One reading of the query: what to look for, and how."""

    kind: MatchKind
    value: str


def _is_cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"


def parse_query(raw: str, order_numbers: Callable[[str], str | None] | None = None) -> list[Probe]:
    """Every reading of the query worth an index probe (pure: tested without a database).

    `order_numbers` reads a repair order number (OrderNumbers.parse); without it none is tried."""
    text = to_halfwidth(clean_scanned(without_unsafe_characters(raw)))
    compact = "".join(c for c in text if not c.isspace() and c not in _SEPARATORS)
    if not compact:
        return []
    upper = compact.upper()
    probes: list[Probe] = []
    plate_like = is_plate_like(text)
    if plate_like:
        plate = normalize_plate(text)
        if len(plate) >= 7:
            probes += [Probe(MatchKind.PLATE, plate), Probe(MatchKind.FORMER_PLATE, plate)]
        probes.append(Probe(MatchKind.PLATE_PREFIX, plate))
    if _PARTIAL_PLATE.fullmatch(upper):
        probes.append(Probe(MatchKind.PLATE_NO_PROVINCE, upper))
    ro = order_numbers(upper) if order_numbers is not None else None
    if ro is not None:
        probes.append(Probe(MatchKind.RO_NUMBER, ro))
    elif upper.isascii() and upper.isalnum():
        if len(upper) == 17:
            probes.append(Probe(MatchKind.VIN, upper))
        elif any(c.isdigit() for c in upper) and (
            6 <= len(upper) <= 8 or (len(upper) <= 16 and not upper.isdigit())
        ):
            # The last 6-8 characters as people read them out; a longer scanned fragment only if it
            # has a letter (a long run of digits is a phone number).
            probes.append(Probe(MatchKind.VIN_TAIL, upper))
    digits = compact.removeprefix("+")
    if digits.isascii() and digits.isdigit():
        if len(digits) == 4:
            probes.append(Probe(MatchKind.PHONE_TAIL, digits))
        elif len(digits) >= 7:
            with suppress(ValidationError):  # not a phone number after all
                probes.append(Probe(MatchKind.PHONE, validate_phone(text, service_numbers=True).number))
    if _PLATE_TAIL.fullmatch(upper) and any(c.isdigit() for c in upper):
        # "7404" is the last four of a phone and of a plate alike: both readings run, same rank.
        probes.append(Probe(MatchKind.PLATE_TAIL, upper))
    if any(_is_cjk(c) for c in compact) and not plate_like:
        name = " ".join(text.split())
        probes += [Probe(MatchKind.NAME, name), Probe(MatchKind.NAME_PREFIX, name)]
    if compact.isascii() and compact.isalpha() and len(compact) <= _MAX_INITIALS:
        initials = compact.lower()
        probes += [Probe(MatchKind.INITIALS, initials), Probe(MatchKind.INITIALS_PREFIX, initials)]
    return probes
