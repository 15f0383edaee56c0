"""The returned warranty part tag (索赔旧件标签): one label per piece, stuck on the old part.

It carries what the manufacturer checks when the part comes back (dealer, claim, RO, VIN, fault,
part number and name, suppliers, damage reason, repair date and mileage), a QR code holding the
same fields (the application writes its text), and a short Code 128 for handheld scanners.
Hazardous parts (airbags, belt pretensioners, batteries, parts that held fuel) get a boxed
warning mark. Never any customer data: no names, phone numbers or plates.

Three layouts, picked by the label's size: a small label (60×40) and any label at least as wide
as it is tall put the QR code to the right of the text; a tall one (60×80) puts it under the
text. The text size follows from the room left; a long value shrinks, then is cut with "…".

    pdf = render(tags, profile.page_size_mm)   # one page per tag, one print job
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from printing.documents import _label_parts as parts
from printing.documents.labels import Label, render_labels

MODULE_MM = parts.MODULE_MM  # 25.4 * 2 / 203: one narrow bar = 2 dots of a 203 dpi printer
TITLE = "索赔旧件标签"
SMALL_HEIGHT_MM = 55.0  # below this a label is "small": tighter title, bars and text
MIN_TEXT_PT = 4.5  # smaller than this does not print legibly at 203 dpi


@dataclass(frozen=True)
class PartTagData:
    dealer_code: str
    dealer_name: str
    claim_no: str
    ro_number: str
    vin: str
    fault_code: str
    fault_name: str
    part_no: str
    part_name: str
    piece_no: int  # 1-based
    piece_count: int  # tags 1/3, 2/3, 3/3
    supplier_code: str  # producing supplier
    responsible_supplier_code: str
    damage_reason: str
    repair_date: str  # "2026-11-27"
    mileage_km: int
    hazardous: bool  # airbag, pretensioner, battery, fuel-holding part: a clear hazard mark
    barcode: str  # the Code 128 value (short, e.g. "SP26112700030102")
    qr_payload: str  # the QR content (text with the fields, may contain Chinese), given as is
    reprint_no: int = 0  # 0 on the first print; n > 0 prints a small "补打 n"


def barcode_width_mm(value: str) -> float:
    """The Code 128 symbol at MODULE_MM with 10-module quiet zones each side."""
    return parts.barcode_width_mm(value)


def barcode_fits(value: str, label_width_mm: float, margin_mm: float = 2.0) -> bool:
    """Whether the symbol at MODULE_MM, quiet zones included, fits between the side margins."""
    return parts.barcode_fits(value, label_width_mm, margin_mm)


def piece_text(tag: PartTagData) -> str:
    return f"{tag.piece_no}/{tag.piece_count}"


def tag_lines(tag: PartTagData) -> list[tuple[str, str, str]]:
    """The text lines under the title: (key, code, name). The code keeps its size, the name
    after it shrinks or is cut to the room left."""
    return [
        ("经销商", tag.dealer_code, tag.dealer_name),
        ("索赔单", tag.claim_no, ""),
        ("工单", tag.ro_number, ""),
        ("VIN", tag.vin, ""),
        ("故障", tag.fault_code, tag.fault_name),
        ("零件", tag.part_no, tag.part_name),
        ("供应商", f"生产 {tag.supplier_code}  责任 {tag.responsible_supplier_code}", ""),
        ("损坏", "", tag.damage_reason),
        ("维修", f"{tag.repair_date}  {tag.mileage_km:,} km", ""),
    ]


@dataclass(frozen=True)
class _Layout:
    title_pt: float
    title_row: float  # mm, also the hazard mark's height
    bar_height: float
    readable_pt: float  # the barcode's value under it
    max_text_pt: float
    qr_beside: bool  # QR right of the text (else under it)


def layout_for(size_mm: tuple[float, float]) -> _Layout:
    width, height = size_mm
    if height < SMALL_HEIGHT_MM:
        return _Layout(8, 3.8, 6, 6, 7, qr_beside=True)
    bar = min(12.0, max(8.0, height * 0.14))
    return _Layout(11, 5.5, bar, 7.5, 10, qr_beside=width >= height)


def _title_row(label: Label, tag: PartTagData, lay: _Layout) -> float:
    """Title, piece, reprint mark and hazard mark; returns the y of the rule under them."""
    top = label.height - parts.EDGE_MM
    row_y = top - lay.title_row
    right = label.width - parts.EDGE_MM
    if tag.hazardous:
        right = parts.hazard_mark(label, right, row_y, lay.title_row) - 1.0
    font = label.font
    base = row_y + (lay.title_row - parts.ascent_mm(font, lay.title_pt)) / 2 + 0.3
    piece = piece_text(tag)
    piece_pt = lay.title_pt * 1.15
    reprint = f"补打 {tag.reprint_no}" if tag.reprint_no > 0 else ""
    reprint_pt = lay.title_pt * 0.7
    tail = label.text_width(piece, piece_pt) + 1.2
    if reprint:
        tail += label.text_width(reprint, reprint_pt) + 1.0
    room = right - parts.EDGE_MM - tail
    used = label.fit_text(parts.EDGE_MM, base, TITLE, lay.title_pt, max_width=room)
    x = parts.EDGE_MM + min(room, label.text_width(TITLE, used)) + 1.2
    label.text(x, base, piece, piece_pt)
    if reprint:
        label.text(x + label.text_width(piece, piece_pt) + 1.0, base, reprint, reprint_pt)
    rule = row_y - 0.5
    label.line(parts.EDGE_MM, rule, label.width - parts.EDGE_MM, rule, width=0.2)
    return rule


def _text_block(
    label: Label, lines: Sequence[tuple[str, str, str]], box: tuple[float, float, float, float], max_pt: float
) -> None:
    """Key, code and name lines top-aligned in box (left, bottom, right, top), sized to the box."""
    left, bottom, right, top = box
    share = (top - bottom) / len(lines)
    size = min(max_pt, share / 1.2 / parts.PT_MM)
    size = float(int(size * 2)) / 2  # half points: steadier layouts
    if size < MIN_TEXT_PT:
        raise ValueError(f"标签 {label.width:g}×{label.height:g} mm 太小，放不下{TITLE}")
    pitch = min(share, size * parts.PT_MM * 1.4)
    key_w = max(label.text_width(k, size) for k, _, _ in lines) + 1.0
    base = top - parts.ascent_mm(label.font, size)
    small = max(MIN_TEXT_PT, size * 0.75)
    for key, code, name in lines:
        label.text(left, base, key, size)
        x = left + key_w
        if code:
            used = label.fit_text(x, base, code, size, max_width=right - x, min_size=small)
            x += label.text_width(code + " ", used)
        if name.strip() and right - x > 2:
            label.fit_text(x, base, name, size, max_width=right - x, min_size=small)
        base -= pitch


def _draw(label: Label, tag: PartTagData) -> None:
    lay = layout_for((label.width, label.height))
    edge = parts.EDGE_MM
    body_top = _title_row(label, tag, lay) - 0.8
    body_bottom = parts.band_height(label.font, lay.bar_height, lay.readable_pt) + 1.0
    parts.barcode_band(label, tag.barcode, lay.bar_height, lay.readable_pt)
    lines = tag_lines(tag)
    if lay.qr_beside:
        side = parts.qr_side(tag.qr_payload, min(body_top - body_bottom, label.width * 0.42))
        qr_x = label.width - edge - side
        parts.draw_qr(label, qr_x, body_top, tag.qr_payload, side)
        box = (edge, body_bottom, qr_x - 1.2, body_top)
    else:
        side = parts.qr_side(tag.qr_payload, min(label.width - 2 * edge, (body_top - body_bottom) * 0.45))
        parts.draw_qr(label, (label.width - side) / 2, body_bottom + side, tag.qr_payload, side)
        box = (edge, body_bottom + side + 1.0, label.width - edge, body_top)
    _text_block(label, lines, box, lay.max_text_pt)


def render(tags: Sequence[PartTagData], size_mm: tuple[float, float]) -> bytes:
    """One label page of size_mm (width, height) per tag, all in one PDF (one print job).

    ValueError when a barcode does not fit the label at MODULE_MM per narrow bar (it is never
    scaled down), or when the label is too small for the tag.
    """
    for tag in tags:
        parts.check_barcode(tag.barcode, size_mm[0])
    return render_labels(size_mm, tags, _draw, title=TITLE)
