"""Printer profiles: for each kind of document, which printer, what paper, and calibration.

A profile tells documents what page to lay out (paper and orientation) and tells the spooler
where to send it, how many copies, and how far to shift the page (offset_x_mm to the right,
offset_y_mm downwards) to make up for a label printer that feeds a little off.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

A4_MM = (210.0, 297.0)
LABEL_60X40 = (60.0, 40.0)
MAX_COPIES = 99
MAX_OFFSET_MM = 20.0
MAX_PAPER_MM = 1000.0


class DocumentKind(StrEnum):
    """The stable names of the documents (in print_jobs.kind, the stored profiles, the CLI).

    A name is never reused or renamed without a data migration: stored jobs and settings carry it.
    The list names every document the counter will print; the ones that exist are those a
    capability declares in the application's document registry.
    """

    INTAKE_SHEET = "intake-sheet"
    INSPECTION_SHEET = "inspection-sheet"
    CLAIM_FORM = "claim-form"
    PART_TAG = "part-tags"
    BOX_LABEL = "box-label"
    WARRANTY_SUMMARY = "warranty-summary"
    REMINDER_STICKER = "reminder-sticker"
    REMINDER_LETTER = "reminder-letter"
    LOST_ANALYSIS = "lost-analysis"
    DAILY_REPORT = "daily-report"
    MONTHLY_SUMMARY = "monthly-summary"
    APPOINTMENT_SLIP = "appointment-slip"
    TEST_PAGE = "test-page"


KIND_LABELS: dict[DocumentKind, str] = {
    DocumentKind.INTAKE_SHEET: "接车单",
    DocumentKind.INSPECTION_SHEET: "环车检查单",
    DocumentKind.CLAIM_FORM: "索赔申请单",
    DocumentKind.PART_TAG: "旧件标签",
    DocumentKind.BOX_LABEL: "旧件箱标签",
    DocumentKind.WARRANTY_SUMMARY: "保修零配件月汇总",
    DocumentKind.REMINDER_STICKER: "保养提醒贴",
    DocumentKind.REMINDER_LETTER: "保养提醒函",
    DocumentKind.LOST_ANALYSIS: "到期未来厂分析",
    DocumentKind.DAILY_REPORT: "维修日报",
    DocumentKind.MONTHLY_SUMMARY: "月度汇总",
    DocumentKind.APPOINTMENT_SLIP: "预约单",
    DocumentKind.TEST_PAGE: "打印测试页",
}

# The kinds a dealer sets a printer for (the test page borrows the profile it tests).
PROFILED_KINDS: tuple[DocumentKind, ...] = tuple(k for k in DocumentKind if k != DocumentKind.TEST_PAGE)
LABEL_KINDS = frozenset(
    {
        DocumentKind.PART_TAG,
        DocumentKind.BOX_LABEL,
        DocumentKind.REMINDER_STICKER,
        DocumentKind.APPOINTMENT_SLIP,
    }
)
LANDSCAPE_KINDS = frozenset({DocumentKind.WARRANTY_SUMMARY, DocumentKind.MONTHLY_SUMMARY})


class Orientation(StrEnum):
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


ORIENTATION_LABELS = {Orientation.PORTRAIT: "纵向", Orientation.LANDSCAPE: "横向"}

Paper = str | tuple[float, float]  # "A4", or (width_mm, height_mm) as the paper is fed


@dataclass(frozen=True)
class PrinterProfile:
    kind: DocumentKind
    printer: str | None = None  # None: ask every time (the system's default is offered)
    paper: Paper = "A4"
    orientation: Orientation = Orientation.PORTRAIT
    copies: int = 1
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0

    @property
    def paper_mm(self) -> tuple[float, float]:
        """The paper as fed, before orientation: (width, height) in mm."""
        return A4_MM if self.paper == "A4" else (float(self.paper[0]), float(self.paper[1]))

    @property
    def page_size_mm(self) -> tuple[float, float]:
        """The page documents lay out on: the paper turned by the orientation."""
        w, h = self.paper_mm
        return (max(w, h), min(w, h)) if self.orientation == Orientation.LANDSCAPE else (w, h)

    @property
    def is_label(self) -> bool:
        return self.paper != "A4"

    def paper_text(self) -> str:
        if self.paper == "A4":
            return "A4"
        w, h = self.paper_mm
        return f"{w:g}×{h:g} mm"

    def printer_text(self) -> str:
        return self.printer if self.printer else "每次询问"

    def describe(self) -> str:
        """One line for people: printer, paper, orientation, copies and offsets."""
        return (
            f"{self.printer_text()}，{self.paper_text()}，{ORIENTATION_LABELS[self.orientation]}，"
            f"{self.copies} 份，偏移 X {self.offset_x_mm:+.1f} mm / Y {self.offset_y_mm:+.1f} mm"
        )

    def problems(self) -> list[tuple[str, str]]:
        """What is wrong with the values, as (field, message for the user); empty when fine."""
        found: list[tuple[str, str]] = []
        if self.paper != "A4":
            if not isinstance(self.paper, tuple) or len(self.paper) != 2:
                found.append(("paper", "纸张应为 A4 或 宽×高（毫米）"))
            elif not all(10 <= v <= MAX_PAPER_MM for v in self.paper_mm):
                found.append(("paper", f"纸张宽、高应在 10 到 {MAX_PAPER_MM:g} 毫米之间"))
        if not 1 <= self.copies <= MAX_COPIES:
            found.append(("copies", f"份数应在 1 到 {MAX_COPIES} 之间"))
        for name in ("offset_x_mm", "offset_y_mm"):
            if abs(getattr(self, name)) > MAX_OFFSET_MM:
                found.append((name, f"偏移不能超过 ±{MAX_OFFSET_MM:g} 毫米"))
        if self.printer is not None and not self.printer.strip():
            found.append(("printer", "打印机名称不能为空"))
        return found

    def to_json(self) -> dict[str, Any]:
        return {
            "printer": self.printer,
            "paper": self.paper if self.paper == "A4" else list(self.paper_mm),
            "orientation": self.orientation.value,
            "copies": self.copies,
            "offset_x_mm": self.offset_x_mm,
            "offset_y_mm": self.offset_y_mm,
        }

    @classmethod
    def from_json(
        cls, kind: DocumentKind, data: Mapping[str, Any], base: PrinterProfile | None = None
    ) -> PrinterProfile:
        """Reads a stored profile; unknown or broken values fall back to `base` (the kind's default)."""
        base = base if base is not None else default_profile(kind)
        paper_raw = data.get("paper", base.paper)
        paper: Paper
        if isinstance(paper_raw, list | tuple) and len(paper_raw) == 2:
            paper = (float(paper_raw[0]), float(paper_raw[1]))
        else:
            paper = "A4" if paper_raw == "A4" else base.paper
        try:
            orientation = Orientation(data.get("orientation", base.orientation))
        except ValueError:
            orientation = base.orientation
        printer = data.get("printer")
        return replace(
            base,
            printer=str(printer) if printer else None,
            paper=paper,
            orientation=orientation,
            copies=int(data.get("copies", base.copies)),
            offset_x_mm=float(data.get("offset_x_mm", 0.0)),
            offset_y_mm=float(data.get("offset_y_mm", 0.0)),
        )


def default_profile(kind: DocumentKind, copies: int = 1) -> PrinterProfile:
    """A4 portrait for sheets (landscape for the wide monthly tables), 60×40 mm for tags, box
    labels and stickers; the printer is asked for. `copies` is the document's own default (the
    intake sheet asks for two)."""
    if kind in LABEL_KINDS:
        return PrinterProfile(kind=kind, paper=LABEL_60X40, copies=copies)
    if kind in LANDSCAPE_KINDS:
        return PrinterProfile(kind=kind, orientation=Orientation.LANDSCAPE, copies=copies)
    return PrinterProfile(kind=kind, copies=copies)


def default_profiles(copies: Mapping[DocumentKind, int] | None = None) -> dict[DocumentKind, PrinterProfile]:
    """Every profiled kind's default; `copies` gives the kinds whose documents ask for more than one."""
    wanted = copies or {}
    return {kind: default_profile(kind, wanted.get(kind, 1)) for kind in PROFILED_KINDS}
