"""A4 forms: a header on every page, blocks laid out top to bottom, "第 1 页 / 共 2 页" below.

    form = A4Form(FormHeader("华南一汽大众", "GD0123", "接车单", document_no="RO-2026-000123"))
    form.section("客户与车辆")
    form.key_values([("客户", "张三"), ("车牌", "粤A12345"), ("VIN", "LFV..."), ("里程", "12,345 km")])
    form.table(["项目", "说明", "金额"], rows, widths_mm=[40, 100, 30], align_right=[2])
    form.signatures(["客户签字", "服务顾问签字"])
    pdf = form.render()

Every text is wrapped with Chinese line breaking; user text is escaped (never markup).
Tables longer than a page continue on the next one with their heading row repeated.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from printing import fonts

MARGIN = 15 * mm
HEADER_HEIGHT = 12 * mm  # from the top margin down to the rule under the header
HEADER_GAP = 3 * mm
FOOTER_DROP = 6 * mm  # the page number sits this far below the bottom margin
GRID = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.92, 0.92, 0.92)
LABEL_GREY = colors.Color(0.3, 0.3, 0.3)


@dataclass(frozen=True)
class FormHeader:
    """What the top of every page shows."""

    dealer_name: str
    dealer_code: str
    title: str
    document_no: str = ""  # e.g. the repair order number, top right
    printed_at: str = ""  # already formatted local time, bottom left


def page_number_text(page: int, total: int) -> str:
    return f"第 {page} 页 / 共 {total} 页"


class _Styles:
    def __init__(self, font: str) -> None:
        self.font = font
        self.body = ParagraphStyle("body", fontName=font, fontSize=10, leading=14, wordWrap="CJK")
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=9, leading=12)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.head = ParagraphStyle("head", parent=self.cell, alignment=TA_CENTER)
        self.key = ParagraphStyle("key", parent=self.cell, textColor=LABEL_GREY)
        self.section = ParagraphStyle(
            "section", parent=self.body, fontSize=12, leading=16, spaceBefore=8, spaceAfter=4
        )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    # Newlines in user text become line breaks; everything else is shown literally.
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


class Drawn(Flowable):  # type: ignore[misc]
    """A fixed-size block drawn by a function: draw(canvas, width_pt, height_pt), origin bottom-left."""

    def __init__(self, width: float, height: float, draw: Callable[[Canvas, float, float], None]) -> None:
        super().__init__()
        self.width = width
        self.height = height
        self._draw = draw

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self._draw(self.canv, self.width, self.height)


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the end, so each footer can say how many pages there are."""

    footer: Callable[[Canvas, int, int], None] = staticmethod(lambda c, page, total: None)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            type(self).footer(self, number, total)
            Canvas.showPage(self)
        Canvas.save(self)


class A4Form:
    """Collects the blocks of one A4 document; render() returns the PDF bytes."""

    def __init__(
        self,
        header: FormHeader,
        *,
        is_landscape: bool = False,
        decorate: Callable[[Canvas, tuple[float, float]], None] | None = None,
    ) -> None:
        """decorate(canvas, pagesize) draws on every page in page coordinates (marks, stamps)."""
        self.header = header
        self._decorate = decorate
        self.pagesize = landscape(A4) if is_landscape else A4
        self.styles = _Styles(fonts.default_font())
        self.frame_width = self.pagesize[0] - 2 * MARGIN
        self._story: list[Flowable] = []

    # -- blocks -----------------------------------------------------------------------------

    def section(self, title: str) -> None:
        """A section heading with a rule under it."""
        rule = Drawn(self.frame_width, 1.5 * mm, lambda c, w, h: c.line(0, h / 2, w, h / 2))
        self._story.append(KeepTogether([_p(title, self.styles.section), rule]))

    def paragraph(self, text: str, size: float = 10) -> None:
        """Running text, wrapped; newlines are kept."""
        style = self.styles.body
        if size != style.fontSize:
            style = ParagraphStyle(f"body{size}", parent=style, fontSize=size, leading=size * 1.4)
        self._story.append(_p(text, style))

    def spacer(self, height_mm: float) -> None:
        self._story.append(Spacer(1, height_mm * mm))

    def key_values(
        self, pairs: Sequence[tuple[str, str]], columns: int = 2, key_width_mm: float = 22
    ) -> None:
        """A grid of "label: value" cells, `columns` pairs per row, filled row by row."""
        rows: list[list[Any]] = []
        for start in range(0, len(pairs), columns):
            row: list[Any] = []
            for key, value in pairs[start : start + columns]:
                row += [_p(key, self.styles.key), _p(value, self.styles.cell)]
            row += [""] * (2 * columns - len(row))
            rows.append(row)
        if not rows:
            return
        key_w = key_width_mm * mm
        value_w = self.frame_width / columns - key_w
        table = Table(rows, colWidths=[key_w, value_w] * columns, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        self._story.append(table)

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths_mm: Sequence[float] | None = None,
        align_right: Sequence[int] = (),
    ) -> None:
        """A ruled table with a shaded heading row repeated on each page; cells wrap.

        widths_mm default to equal columns; align_right lists column indexes (money, counts).
        """
        if widths_mm is None:
            widths = [self.frame_width / len(headers)] * len(headers)
        else:
            widths = [w * mm for w in widths_mm]
        right = set(align_right)
        data: list[list[Any]] = [[_p(h, self.styles.head) for h in headers]]
        for row in rows:
            data.append(
                [
                    _p(str(v), self.styles.cell_right if i in right else self.styles.cell)
                    for i, v in enumerate(row)
                ]
            )
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        self._story.append(table)

    def signatures(self, labels: Sequence[str], with_date: bool = True) -> None:
        """Signature lines side by side, each "label：____" (and "日期：____")."""
        cells: list[Any] = []
        widths: list[float] = []
        share = self.frame_width / len(labels)
        for label in labels:
            cells += [_p(label + "：", self.styles.cell), ""]
            widths += [share * 0.4, share * 0.6 - 4 * mm]
        rows = [cells]
        if with_date:
            date_row: list[Any] = []
            for _ in labels:
                date_row += [_p("日期：", self.styles.cell), ""]
            rows.append(date_row)
        table = Table(rows, colWidths=widths, rowHeights=[12 * mm] * len(rows), hAlign="LEFT")
        style: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
        style += [("LINEBELOW", (i, 0), (i, -1), 0.6, colors.black) for i in range(1, 2 * len(labels), 2)]
        table.setStyle(TableStyle(style))
        self._story.append(KeepTogether([Spacer(1, 4 * mm), table]))

    def drawing(
        self, width_mm: float, height_mm: float, draw: Callable[[Canvas, float, float], None]
    ) -> None:
        """A block drawn by hand (rulers, diagrams): draw(canvas, width_pt, height_pt)."""
        self._story.append(Drawn(width_mm * mm, height_mm * mm, draw))

    @contextmanager
    def together(self) -> Iterator[None]:
        """What is added inside the block stays on one page (moves whole to the next)."""
        start = len(self._story)
        yield
        parts: list[Flowable] = []
        for part in self._story[start:]:  # a KeepTogether inside one measures as endless: unpacked
            parts.extend(part._content if isinstance(part, KeepTogether) else [part])
        del self._story[start:]
        self._story.append(KeepTogether(parts))

    def flowable(self, flowable: Flowable) -> None:
        """Any other reportlab flowable, for layouts the helpers above do not cover."""
        self._story.append(flowable)

    # -- output -----------------------------------------------------------------------------

    def _draw_header(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        top = height - MARGIN
        font = self.styles.font
        h = self.header
        canvas.saveState()
        canvas.setFont(font, 11)
        canvas.drawString(MARGIN, top - 11, h.dealer_name)
        canvas.setFont(font, 8.5)
        canvas.setFillColor(LABEL_GREY)
        if h.dealer_code:
            canvas.drawString(MARGIN, top - 23, f"经销商代码：{h.dealer_code}")
        if h.document_no:
            canvas.drawRightString(width - MARGIN, top - 23, f"编号：{h.document_no}")
        canvas.setFillColor(colors.black)
        canvas.setFont(font, 16)
        canvas.drawCentredString(width / 2, top - 16, h.title)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN, top - HEADER_HEIGHT, width - MARGIN, top - HEADER_HEIGHT)
        canvas.restoreState()
        if self._decorate is not None:
            canvas.saveState()
            self._decorate(canvas, (width, height))
            canvas.restoreState()

    def _draw_footer(self, canvas: Canvas, page: int, total: int) -> None:
        width = self.pagesize[0]
        canvas.saveState()
        canvas.setFont(self.styles.font, 8.5)
        canvas.drawCentredString(width / 2, MARGIN - FOOTER_DROP, page_number_text(page, total))
        if self.header.printed_at:
            canvas.drawString(MARGIN, MARGIN - FOOTER_DROP, f"打印时间：{self.header.printed_at}")
        canvas.restoreState()

    def render(self) -> bytes:
        """Lays the blocks out; the same form always gives the same bytes."""
        buffer = io.BytesIO()
        width, height = self.pagesize
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=self.header.title,
            author=self.header.dealer_name,
            creator="Qiantai",
            invariant=1,
        )
        frame = Frame(
            MARGIN,
            MARGIN,
            width - 2 * MARGIN,
            height - 2 * MARGIN - HEADER_HEIGHT - HEADER_GAP,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        doc.addPageTemplates([PageTemplate(id="form", frames=[frame], onPage=self._draw_header)])
        footer = self._draw_footer
        canvas_class = type("FormCanvas", (_NumberedCanvas,), {"footer": staticmethod(footer)})
        doc.build(list(self._story) or [Spacer(1, 1)], canvasmaker=canvas_class)
        return buffer.getvalue()
