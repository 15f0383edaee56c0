"""Checks on what the sheet's form sends: the same rules for a save and a delivery check."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from functools import partial

from app.errors import FieldErrors, ValidationError
from app.inspection.ratings import Rating
from app.inspection.records import CheckInput, MarkInput
from app.inspection.templates import CheckItem
from app.inspection.walkaround import (
    TYRE_POSITIONS,
    TYRE_STATES,
    MarkKind,
    OutlineView,
)
from app.validation import refuse_unsafe_characters
from app.wording import say

MAX_WORDS = 2000
MAX_ANSWER = 500
MAX_NOTE = 128
MAX_MARKS = 60
MAX_PHOTO_BYTES = 4 * 1024 * 1024
MAX_READING = 10_000.0
MAX_ESTIMATE_FEN = 10_000_000_00  # ten million yuan: anything above is a typo


def clean_text(field: str, value: str, limit: int, multiline: bool = False) -> str:
    text = refuse_unsafe_characters(field, value, multiline=multiline).strip()
    if len(text) > limit:
        raise ValidationError(field, say("最多 {limit} 个字", limit=limit))
    return text


def clean_answers(answers: Mapping[str, str], codes: set[str], errors: FieldErrors) -> dict[str, str]:
    out: dict[str, str] = {}
    for code, value in answers.items():
        if code not in codes:
            continue  # a question the supervisor removed meanwhile: its answer is dropped
        text = errors.check(partial(clean_text, f"answers.{code}", value, MAX_ANSWER, True), "")
        if text:
            out[code] = text
    return out


def clean_choices(
    field: str, values: Sequence[str], known: Sequence[str], errors: FieldErrors
) -> tuple[str, ...]:
    unknown = [v for v in values if v not in known]
    if unknown:
        errors.add(ValidationError(field, say("未知的选项：{values}", values="、".join(unknown))))
    return tuple(v for v in known if v in values)


def clean_tyres(tyres: Mapping[str, str], errors: FieldErrors) -> dict[str, str]:
    out = {}
    for where, state in tyres.items():
        if where not in TYRE_POSITIONS or state not in TYRE_STATES:
            errors.add(
                ValidationError("tyres", say("轮胎状态不正确：{where} {state}", where=where, state=state))
            )
            continue
        out[where] = state
    return out


def clean_mark(n: int, mark: MarkInput) -> MarkInput:
    f = f"marks[{n}]"
    try:
        OutlineView(mark.view)
        MarkKind(mark.kind)
    except ValueError:
        raise ValidationError(f, say("第 {n} 个标记的位置或类型不正确", n=n + 1)) from None
    if not (0.0 <= mark.x <= 1.0 and 0.0 <= mark.y <= 1.0):  # also refuses nan
        raise ValidationError(f, say("第 {n} 个标记不在车辆图上", n=n + 1))
    if mark.photo is not None and len(mark.photo) > MAX_PHOTO_BYTES:
        raise ValidationError(f"{f}.photo", say("照片不能超过 4 MB（第 {n} 个标记）", n=n + 1))
    note = clean_text(f"{f}.note", mark.note, MAX_NOTE)
    name = clean_text(f"{f}.photo_name", mark.photo_name, 128)
    return MarkInput(mark.view, mark.x, mark.y, mark.kind, note, mark.photo, name)


def clean_marks(marks: Sequence[MarkInput], errors: FieldErrors) -> tuple[MarkInput, ...]:
    if len(marks) > MAX_MARKS:
        errors.add(ValidationError("marks", say("标记最多 {limit} 个", limit=MAX_MARKS)))
    out = []
    for n, m in enumerate(marks):
        cleaned = errors.check(partial(clean_mark, n, m), None)
        if cleaned is not None:
            out.append(cleaned)
    return tuple(out)


def clean_check(n: int, check: CheckInput, item: CheckItem) -> CheckInput:
    f = f"checks[{n}]"
    reading = check.reading
    if reading is not None:
        if not item.measured:
            raise ValidationError(f"{f}.reading", say("“{name}”不是测量项目", name=item.name))
        if not math.isfinite(reading) or not 0 <= reading <= MAX_READING:
            raise ValidationError(f"{f}.reading", say("“{name}”的读数不正确", name=item.name))
    rating = check.rating
    if rating is not None and rating not in tuple(Rating):
        raise ValidationError(f"{f}.rating", say("“{name}”的评级不正确", name=item.name))
    estimate = check.estimate_fen
    if estimate is not None and not 0 <= estimate <= MAX_ESTIMATE_FEN:
        raise ValidationError(f"{f}.estimate_fen", say("“{name}”的估价不正确", name=item.name))
    return CheckInput(
        item.code,
        rating,
        reading,
        clean_text(f"{f}.note", check.note, MAX_NOTE),
        clean_text(f"{f}.recommendation", check.recommendation, MAX_NOTE),
        estimate,
    )


def clean_checks_input(
    checks: Sequence[CheckInput], items: Mapping[str, CheckItem], errors: FieldErrors
) -> tuple[CheckInput, ...]:
    out = []
    for n, c in enumerate(checks):
        item = items.get(c.code)
        if item is None:
            errors.add(ValidationError(f"checks[{n}]", say("未知的检查项目“{code}”", code=c.code)))
            continue
        cleaned = errors.check(partial(clean_check, n, c, item), None)
        if cleaned is not None:
            out.append(cleaned)
    return tuple(out)
