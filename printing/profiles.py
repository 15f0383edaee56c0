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
    INTAKE_SHEET = "intake_sheet"
    REPAIR_ORDER = "repair_order"
    INSPECTION_SHEET = "inspection_sheet"
    PART_TAG = "part_tag"
    RETURN_BOX_LABEL = "return_box_label"
    REMINDER_LETTER = "reminder_letter"
    DAILY_REPORT = "daily_report"
    TEST_PAGE = "test_page"


KIND_LABELS: dict[DocumentKind, str] = {
    DocumentKind.INTAKE_SHEET: "接车单",
    DocumentKind.REPAIR_ORDER: "维修工单",
    DocumentKind.INSPECTION_SHEET: "环车检查单",
    DocumentKind.PART_TAG: "旧件标签",
    DocumentKind.RETURN_BOX_LABEL: "旧件箱标签",
    DocumentKind.REMINDER_LETTER: "保养提醒函",
    DocumentKind.DAILY_REPORT: "前台日报",
    DocumentKind.TEST_PAGE: "打印测试页",
}

# The kinds a dealer sets a printer for (the test page borrows the profile it tests).
PROFILED_KINDS: tuple[DocumentKind, ...] = tuple(k for k in DocumentKind if k != DocumentKind.TEST_PAGE)
LABEL_KINDS = frozenset({DocumentKind.PART_TAG, DocumentKind.RETURN_BOX_LABEL})


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
    def from_json(cls, kind: DocumentKind, data: Mapping[str, Any]) -> PrinterProfile:
        """Reads a stored profile; unknown or broken values fall back to the kind's default."""
        base = default_profile(kind)
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


def default_profile(kind: DocumentKind) -> PrinterProfile:
    """A4 portrait for sheets, 60×40 mm for tags and box labels; the printer is asked for."""
    if kind in LABEL_KINDS:
        return PrinterProfile(kind=kind, paper=LABEL_60X40)
    return PrinterProfile(kind=kind)


def default_profiles() -> dict[DocumentKind, PrinterProfile]:
    return {kind: default_profile(kind) for kind in PROFILED_KINDS}
