"""The windscreen sticker (下次保养提示) printed on the label printer when a car leaves after service.

From the top: the dealer's name (shrunk, then cut with "…" when long); "下次保养" with the kind
(首保 / 定期保养) in a black badge and the plate at the right (left out when the car has no plate
yet); the due date and the due mileage very large, "以先到者为准" under them (whichever comes
first), or, once the due date has passed, "已逾期，建议尽快保养" in a black band (a past date is
never left to pass for the next one); the service line large; the last service and the day it
was printed in small type.

One layout for every label size: the rows grow together until the label's height is used up,
each row no wider than the label (the date and km share one size), within a floor and a ceiling
of its own; what height is left goes into the gaps between the groups. Nothing is drawn within
EDGE_MM of the label's edge. No customer data beyond the plate.

    pdf = render(data, profile.page_size_mm)   # 60×40, 60×80, 100×70 ...
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm

from printing.documents import _label_parts as parts
from printing.documents.labels import Label, render_labels

TITLE = "下次保养提示"
DUE_LABEL = "下次保养"
FIRST_COMES = "以先到者为准"
OVERDUE = "已逾期，建议尽快保养"
PHONE_LABEL = "服务热线"
LAST_LABEL = "上次保养"
PRINTED_LABEL = "打印"
OR_WORD = "或"
OR_SCALE = 0.5  # "或" before the km, and the phone's label, at this share of the row's size
BADGE_SCALE = 0.8
PLATE_SCALE = 0.9
MIN_PT = 5.0  # smaller does not print legibly at 203 dpi
ROW_GAP_MM = 0.5
RULE_GAP_MM = 1.0  # above and below a rule


@dataclass(frozen=True)
class ReminderStickerData:
    dealer_name: str
    service_phone: str  # the dealer's service line, printed large
    plate: str  # "粤A·12345" or "" (no plate yet: the plate is left out)
    kind: str  # "首保" / "定期保养"
    due_date: str  # "2027-06-01"
    due_km: str  # "30,000 km"
    last_service: str  # "2026-12-01  20,000 km" or ""
    printed_on: str  # "2026-12-01"
    overdue: bool = False  # the due date has passed


@dataclass(frozen=True)
class _Row:
    name: str
    base: float  # size in points at scale 1
    floor: float
    ceiling: float
    unit_width: float  # mm wide at 1 pt (0: the row shrinks or cuts its own text)


def _badge_width(label: Label, kind: str, size: float) -> float:
    return label.text_width(kind, size * BADGE_SCALE) + 0.6 * _em(size) if kind else 0.0


def _em(size: float) -> float:
    return size * parts.PT_MM


def _due_width(label: Label, d: ReminderStickerData, size: float) -> float:
    """Linear in size (gaps in ems), so that the row's unit width gives its largest size."""
    width = label.text_width(DUE_LABEL, size) + 0.3 * _em(size) + _badge_width(label, d.kind, size)
    if d.plate:
        width += _em(size) + label.text_width(d.plate, size * PLATE_SCALE)
    return width


def _km_text_width(label: Label, d: ReminderStickerData, size: float) -> float:
    width = label.text_width(d.due_km, size)
    if d.due_date:
        width += label.text_width(OR_WORD + " ", size * OR_SCALE)
    return width


def _phone_width(label: Label, d: ReminderStickerData, size: float) -> float:
    return label.text_width(PHONE_LABEL + " ", size * OR_SCALE) + label.text_width(d.service_phone, size)


def _note_width(label: Label, d: ReminderStickerData, size: float) -> float:
    if d.overdue:
        return _badge_width(label, OVERDUE, size)
    return label.text_width(FIRST_COMES, size)


def _footer_texts(d: ReminderStickerData) -> tuple[str, str]:
    last = f"{LAST_LABEL} {d.last_service}" if d.last_service.strip() else ""
    printed = f"{PRINTED_LABEL} {d.printed_on}" if d.printed_on.strip() else ""
    return last, printed


def _rows(label: Label, d: ReminderStickerData) -> list[_Row]:
    """The rows this sticker has, top to bottom; "rule" rows are the two thin lines."""

    def unit(width: Callable[[float], float]) -> float:
        return width(1.0)

    rows = [
        _Row("dealer", 8, 6, 12, 0),
        _Row("rule", 0, 0, 0, 0),
        _Row("due", 10, 6, 16, unit(lambda s: _due_width(label, d, s))),
    ]
    big = [w for w in (label.text_width(d.due_date, 1), _km_text_width(label, d, 1)) if w > 0]
    big_unit = max(big, default=0.0)
    if d.due_date:
        rows.append(_Row("date", 24, 10, 48, big_unit))
    if d.due_km:
        rows.append(_Row("km", 24, 10, 48, big_unit))
    # The band's type is the badge's share of the row: its floor keeps that share legible.
    floor = MIN_PT / BADGE_SCALE if d.overdue else MIN_PT
    rows.append(_Row("first", 7, floor, 11, unit(lambda s: _note_width(label, d, s))))
    if d.service_phone:
        rows.append(_Row("rule", 0, 0, 0, 0))
        rows.append(_Row("phone", 14, 8, 30, unit(lambda s: _phone_width(label, d, s))))
    last, printed = _footer_texts(d)
    if last or printed:
        rows.append(_Row("footer", 6.5, MIN_PT, 8.5, 0))
    return rows


def _row_height(font: str, row: _Row, size: float) -> float:
    if row.name == "rule":
        return 2 * RULE_GAP_MM
    return parts.ascent_mm(font, size) + parts.descent_mm(font, size) + ROW_GAP_MM


def _sizes(label: Label, rows: list[_Row], room_w: float, room_h: float) -> list[float]:
    """The largest common scale at which the rows fit the height; each row also fits the width."""

    def at(scale: float) -> list[float]:
        sizes = []
        for row in rows:
            size = min(max(row.base * scale, row.floor), row.ceiling)
            if row.unit_width > 0:
                size = min(size, room_w / row.unit_width)
            sizes.append(float(int(size * 2)) / 2)  # half points: steadier layouts
        return sizes

    def height(sizes: list[float]) -> float:
        return sum(_row_height(label.font, r, s) for r, s in zip(rows, sizes, strict=True))

    scale = 4.0
    while scale > 0.2 and height(at(scale)) > room_h:
        scale -= 0.02
    sizes = at(scale)
    small = [s for r, s in zip(rows, sizes, strict=True) if r.name != "rule" and s < MIN_PT]
    if height(sizes) > room_h + 1e-6 or small:
        raise ValueError(f"标签 {label.width:g}×{label.height:g} mm 太小，放不下{TITLE}")
    return sizes


def _fitted(label: Label, text: str, size: float, width: float) -> tuple[str, float]:
    """text shrunk down to MIN_PT to fit width, then cut with "…"."""
    size = parts.fitting_size(label, [text], size, width, MIN_PT)
    if label.text_width(text, size) > width:
        while text and label.text_width(text + "…", size) > width:
            text = text[:-1]
        text += "…"
    return text, size


def _white_on_black(
    label: Label, x: float, base: float, text: str, size: float, bottom: float, top: float
) -> float:
    """text at the badge's share of `size` in white on a black box from bottom to top (mm), its
    baseline at base; returns the box's width."""
    width = _badge_width(label, text, size)
    c = label.canvas
    c.saveState()
    c.setFillColor(colors.black)
    c.roundRect(x * mm, bottom * mm, width * mm, (top - bottom) * mm, 0.6 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    label.text(x + 0.3 * _em(size), base, text, size * BADGE_SCALE)
    c.restoreState()
    return width


def _badge(label: Label, x: float, base: float, kind: str, size: float) -> float:
    """kind in white on a black box sitting on the baseline at x; returns the box's width."""
    badge_pt = size * BADGE_SCALE
    bottom = base - parts.descent_mm(label.font, badge_pt) - 0.2
    top = base + parts.ascent_mm(label.font, badge_pt) * 0.95
    return _white_on_black(label, x, base, kind, size, bottom, top)


def _band(label: Label, x: float, base: float, text: str, size: float) -> None:
    """text in white on a black box as tall as the row's own letters (the badge's type, so that
    the box holds the whole of every glyph)."""
    bottom = base - parts.descent_mm(label.font, size)
    top = base + parts.ascent_mm(label.font, size)
    _white_on_black(label, x, base, text, size, bottom, top)


def _draw_row(label: Label, d: ReminderStickerData, row: _Row, size: float, base: float) -> None:
    left, right = parts.EDGE_MM, label.width - parts.EDGE_MM
    centre = label.width / 2
    if row.name == "dealer":
        text, used = _fitted(label, d.dealer_name, size, right - left)
        label.text(centre, base, text, used, align="centre")
    elif row.name == "due":
        label.text(left, base, DUE_LABEL, size)
        if d.kind:
            x = left + label.text_width(DUE_LABEL, size) + 0.3 * _em(size)
            _badge(label, x, base, d.kind, size)
        if d.plate:
            label.text(right, base, d.plate, size * PLATE_SCALE, align="right")
    elif row.name == "date":
        label.text(centre, base, d.due_date, size, align="centre")
    elif row.name == "km":
        x = centre - _km_text_width(label, d, size) / 2
        if d.due_date:
            label.text(x, base, OR_WORD, size * OR_SCALE)
            x += label.text_width(OR_WORD + " ", size * OR_SCALE)
        label.text(x, base, d.due_km, size)
    elif row.name == "first" and d.overdue:
        _band(label, centre - _note_width(label, d, size) / 2, base, OVERDUE, size)
    elif row.name == "first":
        label.text(centre, base, FIRST_COMES, size, align="centre")
    elif row.name == "phone":
        x = centre - _phone_width(label, d, size) / 2
        label.text(x, base, PHONE_LABEL, size * OR_SCALE)
        label.text(x + label.text_width(PHONE_LABEL + " ", size * OR_SCALE), base, d.service_phone, size)
    elif row.name == "footer":
        last, printed = _footer_texts(d)
        gap = 1.5
        # Both at one size; a last service too long for the room left is cut.
        size = parts.fitting_size(label, [f"{last}{printed}"], size, right - left - gap, MIN_PT)
        room = right - left
        if printed:
            label.text(right, base, printed, size, align="right")
            room -= label.text_width(printed, size) + gap
        if last and room > 3:
            label.fit_text(left, base, last, size, max_width=room, min_size=size)


def _groups(rows: list[_Row]) -> int:
    """Gaps that take the height left over: around the rules and above the footer."""
    return sum(1 for r in rows if r.name in ("rule", "footer"))


def _draw(label: Label, d: ReminderStickerData) -> None:
    edge = parts.EDGE_MM
    rows = _rows(label, d)
    room_h = label.height - 2 * edge
    sizes = _sizes(label, rows, label.width - 2 * edge, room_h)
    used = sum(_row_height(label.font, r, s) for r, s in zip(rows, sizes, strict=True))
    spare = (room_h - used) / max(1, _groups(rows) + 1)
    top = label.height - edge - spare / 2
    for row, size in zip(rows, sizes, strict=True):
        if row.name == "rule":
            top -= spare / 2
            label.line(edge, top - RULE_GAP_MM, label.width - edge, top - RULE_GAP_MM, width=0.25)
            top -= 2 * RULE_GAP_MM + spare / 2
            continue
        if row.name == "footer":
            top -= spare
        base = top - parts.ascent_mm(label.font, size)
        _draw_row(label, d, row, size, base)
        top -= _row_height(label.font, row, size)


def render(data: ReminderStickerData, size_mm: tuple[float, float]) -> bytes:
    """One label page of size_mm (width, height); ValueError when the label is too small for it."""
    return render_labels(size_mm, [data], _draw, title=TITLE)
