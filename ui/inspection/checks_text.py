"""The multi-point check's columns and how its values read: readings without trailing zeros,
yuan from fen, a rating with its symbol (✓ / ! / ✕, as the printed sheet draws them), last
visit's value, the customer's decision, a measured item's limits; and which rows the customer
can be asked about (may_decide, may_approve)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from app.inspection import DECISION_LABELS, MAX_NOTE, RATING_LABELS, CheckInput, CheckResult, Decision, Rating
from ui.i18n import tr as _tr
from ui.labels_i18n import tr_label
from ui.table_model import Column

(
    COL_GROUP,
    COL_NAME,
    COL_READING,
    COL_PREVIOUS,
    COL_RATING,
    COL_NOTE,
    COL_RECOMMENDATION,
    COL_ESTIMATE,
    COL_DECISION,
) = range(9)
COLUMN_COUNT = 9

# The service's own limits (app.inspection refuses anything beyond them on save).
MAX_TEXT = MAX_NOTE

OPEN_RATINGS = (Rating.YELLOW, Rating.RED)
# Light tints, so black text stays readable; the symbol says the same without colour.
RATING_TINTS = {
    Rating.GREEN: QColor("#dcf2e0"),
    Rating.YELLOW: QColor("#fff0c2"),
    Rating.RED: QColor("#f9d2d2"),
}
RATING_SYMBOLS = {Rating.GREEN: "✓", Rating.YELLOW: "!", Rating.RED: "✕"}
# The rating keys of a rating cell; "" is 未检查.
RATING_KEYS = {"1": Rating.GREEN.value, "2": Rating.YELLOW.value, "3": Rating.RED.value, "0": ""}


def number_text(value: float) -> str:
    """A reading without trailing zeros: 2.4, 10, 0.35."""
    return f"{value:.4f}".rstrip("0").rstrip(".")


def reading_text(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    return f"{number_text(value)} {unit}".strip()


def yuan_text(fen: int | None, grouped: bool = True) -> str:
    if fen is None:
        return ""
    whole, cents = divmod(abs(fen), 100)
    number = f"{whole:,}" if grouped else str(whole)
    return f"{'-' if fen < 0 else ''}{number}.{cents:02d}"


def rating_label(rating: Rating | None) -> str:
    return tr_label(RATING_LABELS[rating]) if rating is not None else _tr("未检查")


def rating_text(rating: Rating | None) -> str:
    """The rating with its symbol (✓ / ! / ✕, as the printed sheet draws them)."""
    if rating is None:
        return _tr("未检查")
    return f"{RATING_SYMBOLS[rating]} {rating_label(rating)}"


def previous_text(result: CheckResult) -> str:
    """Last visit's reading, or its rating when the item was rated by hand."""
    if result.previous_reading is not None:
        return reading_text(result.previous_reading, result.item.unit)
    if result.previous_rating is not None:
        return rating_label(result.previous_rating)
    return ""


def decision_text(result: CheckResult) -> str:
    if result.decision is Decision.APPROVED:
        return tr_label(DECISION_LABELS[Decision.APPROVED])
    if result.decision is Decision.DECLINED:
        if result.deferred_until is None:
            return tr_label(DECISION_LABELS[Decision.DECLINED])
        return _tr("暂缓至 {0}：{1}").format(result.deferred_until.isoformat(), result.decision_reason)
    return ""


def limits_text(result: CheckResult) -> str:
    """A measured item's limits, as the rating cell's tooltip."""
    limits, unit = result.item.limits, result.item.unit
    if limits is None:
        return ""
    red, yellow = reading_text(limits.red, unit), reading_text(limits.yellow, unit)
    if limits.higher_is_worse:
        return _tr("达到 {0} 需立即处理，达到 {1} 需尽快处理").format(red, yellow)
    return _tr("低于 {0} 需立即处理，低于 {1} 需尽快处理").format(red, yellow)


def check_columns() -> list[Column[CheckResult]]:
    return [
        Column(_tr("分组"), lambda r: r.item.group),
        Column(_tr("检查项目"), lambda r: r.item.name),
        Column(_tr("读数"), lambda r: reading_text(r.reading, r.item.unit), align_right=True),
        Column(_tr("上次"), previous_text),
        Column(_tr("评级"), lambda r: rating_text(r.rating)),
        Column(_tr("说明"), lambda r: r.note),
        Column(_tr("建议项目"), lambda r: r.recommendation),
        Column(_tr("估价（元）"), lambda r: yuan_text(r.estimate_fen), align_right=True),
        Column(_tr("客户决定"), decision_text),
    ]


def may_decide(result: CheckResult) -> bool:
    """The customer can be asked about this row: yellow or red, a job recommended, no answer yet."""
    return (
        result.rating in OPEN_RATINGS
        and bool(result.recommendation)
        and result.decision is None
        and result.order_line_id is None
    )


def may_approve(result: CheckResult) -> bool:
    """An approval becomes a line of the order at the estimate, so it needs one."""
    return may_decide(result) and result.estimate_fen is not None


def as_input(result: CheckResult) -> CheckInput:
    measured = result.item.measured
    return CheckInput(
        result.item.code,
        None if measured else (result.rating.value if result.rating is not None else None),
        result.reading if measured else None,
        result.note,
        result.recommendation,
        result.estimate_fen,
    )
