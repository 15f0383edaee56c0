"""The return box label (旧件回运箱标签): the box number large, its Code 128 and a QR code, then the
list of the pieces inside.

The first page carries the dealer, the box number, brand, packing date, the piece count and the
hazard mark (any hazardous piece inside); the list starts under it and, when it does not fit,
continues on further label pages marked "续 2/3" (page 2 of 3) with the box number repeated.
The Code 128 follows the tag's rule: exactly MODULE_MM per narrow bar, never scaled down.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from printing import fonts
from printing.documents import _label_parts as parts
from printing.documents.labels import Label, render_labels

TITLE = "旧件回运箱"
SMALL_HEIGHT_MM = 55.0


@dataclass(frozen=True)
class BoxPieceLine:
    claim_no: str
    part_no: str
    part_name: str
    piece: str  # piece like "2/3"
    hazardous: bool


@dataclass(frozen=True)
class BoxLabelData:
    dealer_code: str
    dealer_name: str
    box_no: str
    brand: str
    packed_on: str
    pieces: Sequence[BoxPieceLine]
    hazardous: bool  # any hazardous piece inside: the hazard mark on the label


def qr_payload(box: BoxLabelData) -> str:
    """What the box's QR code holds: the box number and how many pieces are in it."""
    return f"箱号:{box.box_no}|件数:{len(box.pieces)}"


def count_text(box: BoxLabelData) -> str:
    hazardous = sum(1 for p in box.pieces if p.hazardous)
    return f"共 {len(box.pieces)} 件" + (f"（危险件 {hazardous}）" if hazardous else "")


@dataclass(frozen=True)
class _Layout:
    row: float  # title row height, mm (also the hazard mark's)
    title_pt: float
    box_no_pt: float
    info_pt: float
    list_pt: float
    bar_height: float
    readable_pt: float

    @property
    def pitch(self) -> float:
        return self.list_pt * parts.PT_MM * 1.3


def layout_for(size_mm: tuple[float, float]) -> _Layout:
    if size_mm[1] < SMALL_HEIGHT_MM:
        return _Layout(3.8, 8, 12, 6, 6, 6, 6)
    list_pt = 7.5 if size_mm[0] >= 80 else 6.5  # narrow labels: more of each part name
    return _Layout(5.5, 11, 18, 8, list_pt, min(12.0, max(8.0, size_mm[1] * 0.14)), 7.5)


@dataclass(frozen=True)
class _Page:
    number: int  # 1-based
    total: int
    first: int  # index of the first piece on it
    count: int


def _text_height(font: str, lay: _Layout) -> float:
    """The box number and three lines under it, as _head draws them."""
    return (
        parts.ascent_mm(font, lay.box_no_pt)
        + parts.line_pitch_mm(lay.box_no_pt)
        - 0.3
        + 2 * parts.line_pitch_mm(lay.info_pt)
        + parts.descent_mm(font, lay.info_pt)
    )


def _head_height(font: str, box: BoxLabelData, lay: _Layout, width: float) -> float:
    """The block under the title on the first page: as tall as its text or its QR code."""
    text = _text_height(font, lay)
    return max(text, _qr_side(box, lay, font, width))


def _qr_side(box: BoxLabelData, lay: _Layout, font: str, width: float) -> float:
    return parts.qr_side(qr_payload(box), min(_text_height(font, lay) + 4, width * 0.3))


def _list_top(lay: _Layout, height: float) -> float:
    """Where a page's content starts under its title row (what _title_row returns)."""
    return height - parts.EDGE_MM - lay.row - 1.3


def paginate(box: BoxLabelData, size_mm: tuple[float, float]) -> list[tuple[int, int]]:
    """(first piece index, count) per label page; the first page holds what fits under its head."""
    width, height = size_mm
    lay = layout_for(size_mm)
    font = fonts.default_font()
    top = _list_top(lay, height) - _head_height(font, box, lay, width) - 1.0
    bottom = parts.band_height(font, lay.bar_height, lay.readable_pt) + 0.8
    # The column heading takes one line on each page.
    first = max(0, parts.lines_that_fit(top - bottom, lay.pitch) - 1)
    c_bottom = parts.EDGE_MM + parts.line_pitch_mm(lay.info_pt)
    per_page = parts.lines_that_fit(_list_top(lay, height) - c_bottom, lay.pitch) - 1
    if per_page < 1:
        raise ValueError(f"标签 {size_mm[0]:g}×{size_mm[1]:g} mm 太小，放不下回运箱清单")
    n = len(box.pieces)
    pages = [(0, min(first, n))]
    done = pages[0][1]
    while done < n:
        pages.append((done, min(per_page, n - done)))
        done += pages[-1][1]
    return pages


def _title_row(label: Label, box: BoxLabelData, lay: _Layout, left_text: str, mark: str) -> float:
    top = label.height - parts.EDGE_MM
    row_y = top - lay.row
    right = label.width - parts.EDGE_MM
    if box.hazardous:
        right = parts.hazard_mark(label, right, row_y, lay.row) - 1.0
    base = row_y + (lay.row - parts.ascent_mm(label.font, lay.title_pt)) / 2 + 0.3
    if mark:
        mark_pt = lay.title_pt * 1.1
        label.text(right, base, mark, mark_pt, align="right")
        right -= label.text_width(mark, mark_pt) + 1.2
    label.fit_text(parts.EDGE_MM, base, left_text, lay.title_pt, max_width=right - parts.EDGE_MM)
    rule = row_y - 0.5
    label.line(parts.EDGE_MM, rule, label.width - parts.EDGE_MM, rule, width=0.2)
    return _list_top(lay, label.height)


def _head(label: Label, box: BoxLabelData, lay: _Layout, top: float) -> float:
    """Box number, dealer, brand and date, the count, and the QR code at the right; returns the bottom."""
    edge = parts.EDGE_MM
    height = _head_height(label.font, box, lay, label.width)
    payload = qr_payload(box)
    side = _qr_side(box, lay, label.font, label.width)
    qr_x = label.width - edge - side
    parts.draw_qr(label, qr_x, top, payload, side)
    room = qr_x - 1.2 - edge
    base = top - parts.ascent_mm(label.font, lay.box_no_pt)
    label.fit_text(edge, base, box.box_no, lay.box_no_pt, max_width=room, min_size=6)
    base -= parts.line_pitch_mm(lay.box_no_pt) - 0.3
    info = [
        f"{box.dealer_code} {box.dealer_name}",
        "  ".join(filter(None, (box.brand, f"装箱 {box.packed_on}"))),
        count_text(box),
    ]
    for text in info:
        label.fit_text(edge, base, text, lay.info_pt, max_width=room)
        base -= parts.line_pitch_mm(lay.info_pt)
    return top - height


def _columns(label: Label, box: BoxLabelData, size: float) -> list[float]:
    """x of each column: number, claim, part number, name, piece, hazard; and the right end."""
    gap = 1.0
    widths = [
        label.text_width(str(max(1, len(box.pieces))) + ".", size),
        max([label.text_width("索赔单", size)] + [label.text_width(p.claim_no, size) for p in box.pieces]),
        max([label.text_width("零件号", size)] + [label.text_width(p.part_no, size) for p in box.pieces]),
    ]
    tail = max([label.text_width("件", size)] + [label.text_width(p.piece, size) for p in box.pieces])
    hazard = parts.ascent_mm(label.font, size) * 1.05
    xs = [parts.EDGE_MM]
    for w in widths:
        xs.append(xs[-1] + w + gap)
    right = label.width - parts.EDGE_MM
    xs.append(right - hazard - gap - tail)  # piece column
    xs.append(right - hazard)  # hazard column
    xs.append(right)
    return xs


def _list(label: Label, box: BoxLabelData, lay: _Layout, top: float, first: int, count: int) -> None:
    size = lay.list_pt
    xs = _columns(label, box, size)
    base = top - parts.ascent_mm(label.font, size)
    for x, head in zip(xs, ("序", "索赔单", "零件号", "零件名称", "件"), strict=False):
        label.text(x, base, head, size)
    rule = base - parts.descent_mm(label.font, size) - 0.1
    label.line(parts.EDGE_MM, rule, label.width - parts.EDGE_MM, rule, width=0.15)
    for i in range(first, first + count):
        piece = box.pieces[i]
        base -= lay.pitch
        label.text(xs[1] - 1.0, base, f"{i + 1}.", size, align="right")
        label.fit_text(xs[1], base, piece.claim_no, size, max_width=xs[2] - xs[1] - 0.8)
        label.fit_text(xs[2], base, piece.part_no, size, max_width=xs[3] - xs[2] - 0.8)
        if xs[4] - 1.0 - xs[3] > 2:
            label.fit_text(
                xs[3], base, piece.part_name, size, max_width=xs[4] - 1.0 - xs[3], min_size=size * 0.85
            )
        label.text(xs[4], base, piece.piece, size)
        if piece.hazardous:
            parts.small_triangle(label, xs[5], base, size)


def _footer(label: Label, box: BoxLabelData, lay: _Layout, first: int, count: int) -> None:
    n = len(box.pieces)
    span = f"第 {first + 1}–{first + count} 件 / 共 {n} 件" if count else f"共 {n} 件"
    base = parts.EDGE_MM + parts.descent_mm(label.font, lay.info_pt)
    label.text(label.width - parts.EDGE_MM, base, span, lay.info_pt, align="right")
    label.fit_text(parts.EDGE_MM, base, box.dealer_code, lay.info_pt, max_width=label.width / 3)


def _draw(label: Label, page: _Page, box: BoxLabelData) -> None:
    lay = layout_for((label.width, label.height))
    if page.number == 1:
        mark = f"1/{page.total}" if page.total > 1 else ""
        top = _title_row(label, box, lay, TITLE, mark)
        list_top = _head(label, box, lay, top) - 1.0
        parts.barcode_band(label, box.box_no, lay.bar_height, lay.readable_pt)
        if page.count:
            _list(label, box, lay, list_top, page.first, page.count)
        elif not box.pieces:
            label.text(
                parts.EDGE_MM, list_top - parts.ascent_mm(label.font, lay.info_pt), "（空箱）", lay.info_pt
            )
    else:
        top = _title_row(label, box, lay, f"箱号 {box.box_no}", f"续 {page.number}/{page.total}")
        _list(label, box, lay, top, page.first, page.count)
        _footer(label, box, lay, page.first, page.count)


def render(box: BoxLabelData, size_mm: tuple[float, float]) -> bytes:
    """The box label of size_mm (width, height), with as many continuation pages as the list needs.

    ValueError when the box number's Code 128 does not fit the label at MODULE_MM per bar.
    """
    parts.check_barcode(box.box_no, size_mm[0])
    spans = paginate(box, size_mm)
    pages = [_Page(i, len(spans), first, count) for i, (first, count) in enumerate(spans, start=1)]
    return render_labels(
        size_mm, pages, lambda label, page: _draw(label, page, box), title=f"{TITLE} {box.box_no}"
    )
