"""The appointment slip (预约单) printed on the label printer when a booking is made: what the
customer takes home or the advisor reads out.

From the top: the dealer's name; "预约到店" and the day with its weekday; the slot's time very
large; the plate and the kind of work; the advisor; the dealer's service phone; the booking's
number in small type. No customer name or phone: the slip leaves the counter.

One layout for every label size: the rows grow together (each within its floor and ceiling)
until the label's height is used, each row no wider than the label; a text too long at its
floor is cut with "…". Nothing is drawn within EDGE_MM of the label's edge.

    pdf = render(data, profile.page_size_mm)   # 60×40 by default
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from printing.documents import _label_parts as parts
from printing.documents.labels import Label, render_labels

TITLE = "预约单"
ARRIVE_LABEL = "预约到店"
ADVISOR_LABEL = "服务顾问"
PHONE_LABEL = "服务电话"
NUMBER_LABEL = "预约号"
MIN_PT = 5.0  # smaller does not print legibly at 203 dpi
WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
ROW_GAP_MM = 0.6
RULE_GAP_MM = 0.8


@dataclass(frozen=True)
class AppointmentSlipData:
    dealer_name: str
    day: dt.date  # printed with its weekday: 2026-12-02 周三
    time: str  # "09:30–10:00"
    plate: str  # "粤B·12345" (or "" when the caller gave none)
    work_kind: str  # "机修保养"
    advisor: str  # "" when none was chosen
    service_phone: str  # the dealer's service line
    number: str  # the booking's number, "12"


@dataclass(frozen=True)
class _Row:
    name: str
    text: str
    base: float  # points at scale 1
    floor: float
    ceiling: float


def _rows(d: AppointmentSlipData) -> list[_Row]:
    rows = []
    if d.dealer_name.strip():
        rows.append(_Row("dealer", d.dealer_name.strip(), 7, MIN_PT, 11))
    rows.append(_Row("rule", "", 0, 0, 0))
    day = f"{d.day.isoformat()} {WEEKDAYS[d.day.weekday()]}"
    rows.append(_Row("day", f"{ARRIVE_LABEL}  {day}", 9, 6, 14))
    rows.append(_Row("time", d.time, 20, 10, 40))
    what = "  ".join(t for t in (d.plate, d.work_kind) if t)
    if what:
        rows.append(_Row("what", what, 9, 6, 16))
    if d.advisor.strip():
        rows.append(_Row("advisor", f"{ADVISOR_LABEL} {d.advisor.strip()}", 7.5, MIN_PT, 12))
    if d.service_phone.strip():
        rows.append(_Row("phone", f"{PHONE_LABEL} {d.service_phone.strip()}", 7.5, MIN_PT, 12))
    if d.number:
        rows.append(_Row("number", f"{NUMBER_LABEL} {d.number}", 5.5, MIN_PT, 8))
    return rows


def _height(font: str, row: _Row, size: float) -> float:
    if row.name == "rule":
        return 2 * RULE_GAP_MM
    return parts.ascent_mm(font, size) + parts.descent_mm(font, size) + ROW_GAP_MM


def _sizes(label: Label, rows: list[_Row], room_w: float, room_h: float) -> list[float]:
    """The largest common scale at which the rows fit the height; each also fits the width
    (down to its floor: beyond that it is cut when drawn)."""

    def at(scale: float) -> list[float]:
        sizes = []
        for row in rows:
            size = min(max(row.base * scale, row.floor), row.ceiling)
            if row.text:
                size = parts.fitting_size(label, [row.text], size, room_w, row.floor)
            sizes.append(float(int(size * 2)) / 2)
        return sizes

    def height(sizes: list[float]) -> float:
        return sum(_height(label.font, r, s) for r, s in zip(rows, sizes, strict=True))

    scale = 4.0
    while scale > 0.2 and height(at(scale)) > room_h:
        scale -= 0.02
    sizes = at(scale)
    if height(sizes) > room_h + 1e-6:
        raise ValueError(f"标签 {label.width:g}×{label.height:g} mm 太小，放不下{TITLE}")
    return sizes


def _cut(label: Label, text: str, size: float, width: float) -> str:
    if label.text_width(text, size) <= width:
        return text
    while text and label.text_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"


def _draw(label: Label, d: AppointmentSlipData) -> None:
    edge = parts.EDGE_MM
    rows = _rows(d)
    room_w, room_h = label.width - 2 * edge, label.height - 2 * edge
    sizes = _sizes(label, rows, room_w, room_h)
    used = sum(_height(label.font, r, s) for r, s in zip(rows, sizes, strict=True))
    spare = (room_h - used) / (len(rows) + 1)  # the height left, shared between the rows
    top = label.height - edge - spare
    centre = label.width / 2
    for row, size in zip(rows, sizes, strict=True):
        if row.name == "rule":
            label.line(edge, top - RULE_GAP_MM, label.width - edge, top - RULE_GAP_MM, width=0.25)
            top -= 2 * RULE_GAP_MM + spare
            continue
        base = top - parts.ascent_mm(label.font, size)
        text = _cut(label, row.text, size, room_w)
        if row.name in ("dealer", "time", "what"):
            label.text(centre, base, text, size, align="centre")
        elif row.name == "number":
            label.text(label.width - edge, base, text, size, align="right")
        else:
            label.text(edge, base, text, size)
        top -= _height(label.font, row, size) + spare


def render(data: AppointmentSlipData, size_mm: tuple[float, float]) -> bytes:
    """One label page of size_mm (width, height); ValueError when the label is too small for it."""
    return render_labels(size_mm, [data], _draw, title=TITLE)
