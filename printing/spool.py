"""Sends a PDF to a printer through QtPrintSupport (CUPS on Linux and macOS, the Windows spooler).

Each page of the PDF is rendered by QtPdf at the printer's resolution (capped at 600 dpi, in
bands so an A4 page never needs one huge image) and painted onto a QPrinter whose page is
exactly the PDF's page, full page, shifted by the profile's calibration offsets.

Threads: submit() may run on a worker thread (QPdfDocument, QPrinter and QPainter on a printer
are usable there), but a QGuiApplication must already exist, created on the main thread.
ensure_gui_app() creates one when there is none (the command line); the GUI has its own.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPoint,
    QRect,
    QSize,
    QSizeF,
)
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from printing import cups

log = logging.getLogger(__name__)

MAX_DPI = 600
BAND_PIXELS = 8_000_000  # 32 MB per rendered band at 4 bytes a pixel
MM_PER_POINT = 25.4 / 72

Progress = Callable[[int, int], None]


class SpoolError(Exception):
    """The job did not reach the printer; `reason` is one of the REASON_* codes.

    `message` is the Chinese sentence; `template` and `values` are what it was made of, so that the
    app can hand the interface a sentence it translates (app.wording.Message)."""

    def __init__(
        self, message: str, reason: str, template: str = "", args: Mapping[str, object] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason
        self.template = template or message
        self.values = dict(args or {})


def spool_failure(template: str, /, *, reason: str, **args: object) -> SpoolError:
    """A SpoolError from a sentence template with {name} placeholders (a literal: pyside6-lupdate
    collects it, scripts/update_translations) and its values."""
    return SpoolError(template.format(**args), reason, template, args)


REASON_NO_PRINTER = "no_printer"
REASON_NO_SERVICE = "no_service"
REASON_PAUSED = "paused"
REASON_REJECTING = "rejecting"
REASON_BAD_PDF = "bad_pdf"
REASON_FAILED = "failed"


@dataclass(frozen=True)
class SpoolResult:
    printer: str
    pages: int  # pages of the document (not multiplied by copies)
    copies: int
    dpi: int


_apps: list[QGuiApplication] = []  # the one this module created, kept alive


def ensure_gui_app() -> QCoreApplication:
    """The running Qt application, or a new QGuiApplication (offscreen when there is no display).

    Must be called on the main thread when no application exists yet.
    """
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("printing needs a QGuiApplication created on the main thread first")
    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not has_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication([sys.argv[0] if sys.argv else "qiantai"])
    _apps.append(app)
    return app


def available_printers() -> list[str]:
    """The names of the system's printers (empty when the spooler is down)."""
    ensure_gui_app()
    return sorted(QPrinterInfo.availablePrinterNames())


def default_printer() -> str | None:
    ensure_gui_app()
    name = QPrinterInfo.defaultPrinterName()
    return name or None


class _LoadedPdf:
    """A QPdfDocument over bytes; keeps the buffer alive as long as the document."""

    def __init__(self, pdf: bytes) -> None:
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.doc = QPdfDocument()
        self.doc.load(self._buffer)
        if self.doc.status() != QPdfDocument.Status.Ready or self.doc.pageCount() < 1:
            raise spool_failure(
                "文档不是有效的 PDF（{name}）", reason=REASON_BAD_PDF, name=self.doc.error().name
            )

    def close(self) -> None:
        self.doc.close()
        self._buffer.close()


def page_count(pdf: bytes) -> int:
    """Number of pages of a PDF; SpoolError(bad_pdf) when it cannot be read."""
    loaded = _LoadedPdf(pdf)
    try:
        return int(loaded.doc.pageCount())
    finally:
        loaded.close()


def check_printer(name: str) -> None:
    """Raises SpoolError with a clear message when `name` cannot take a job now."""
    ensure_gui_app()
    state = cups.probe(name)
    if state is not None and not state.scheduler_running:
        raise spool_failure(
            "打印服务（CUPS）没有运行，无法打印。请启动打印服务后重试。", reason=REASON_NO_SERVICE
        )
    names = QPrinterInfo.availablePrinterNames()
    if name not in names:
        if not names and state is None:
            raise spool_failure(
                "找不到打印机“{name}”：系统中没有可用的打印机（打印服务可能没有运行）。",
                reason=REASON_NO_PRINTER,
                name=name,
            )
        raise spool_failure(
            "找不到打印机“{name}”。请检查打印机名称，或改用其他打印机。", reason=REASON_NO_PRINTER, name=name
        )
    if state is not None:
        if not state.accepting:
            raise spool_failure(
                "打印机“{name}”拒绝接收任务（已被设为拒绝）。请在打印服务中启用后重试。",
                reason=REASON_REJECTING,
                name=name,
            )
        if state.stopped:
            extra = f"（{state.message}）" if state.message else ""
            raise spool_failure(
                "打印机“{name}”已暂停{extra}。请恢复打印机后重试。",
                reason=REASON_PAUSED,
                name=name,
                extra=extra,
            )
    elif QPrinterInfo.printerInfo(name).state() == QPrinter.PrinterState.Error:
        raise spool_failure(
            "打印机“{name}”处于错误或暂停状态。请检查打印机后重试。", reason=REASON_PAUSED, name=name
        )


def _page_layout(width_pt: float, height_pt: float) -> QPageLayout:
    """The PDF page as the printer's page: a standard size turned when it is, else exact."""
    size = QSizeF(width_pt, height_pt)
    points = QPageSize.Unit.Point
    fuzzy = QPageSize.SizeMatchPolicy.FuzzyMatch
    zero = QMarginsF(0, 0, 0, 0)
    if QPageSize.id(size, points, fuzzy) != QPageSize.PageSizeId.Custom:
        return QPageLayout(QPageSize(size, points, "", fuzzy), QPageLayout.Orientation.Portrait, zero)
    turned = QSizeF(height_pt, width_pt)
    if width_pt > height_pt and QPageSize.id(turned, points, fuzzy) != QPageSize.PageSizeId.Custom:
        return QPageLayout(QPageSize(turned, points, "", fuzzy), QPageLayout.Orientation.Landscape, zero)
    exact = QPageSize.SizeMatchPolicy.ExactMatch
    return QPageLayout(QPageSize(size, points, "", exact), QPageLayout.Orientation.Portrait, zero)


def _render_page(painter: QPainter, doc: QPdfDocument, page: int, dpi: int, offset: QPoint) -> None:
    points = doc.pagePointSize(page)
    width = max(1, round(points.width() * dpi / 72))
    height = max(1, round(points.height() * dpi / 72))
    band = max(1, BAND_PIXELS // width)
    for top in range(0, height, band):
        rows = min(band, height - top)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(QSize(width, height))
        options.setScaledClipRect(QRect(0, top, width, rows))
        image = doc.render(page, QSize(width, rows), options)
        if image.isNull():
            raise spool_failure("第 {page} 页无法渲染（内存不足？）", reason=REASON_FAILED, page=page + 1)
        painter.drawImage(QPoint(offset.x(), offset.y() + top), image)


def submit(
    pdf: bytes,
    printer: str,
    *,
    copies: int = 1,
    offset_x_mm: float = 0.0,
    offset_y_mm: float = 0.0,
    job_name: str = "Qiantai",
    progress: Progress | None = None,
    max_dpi: int = MAX_DPI,
) -> SpoolResult:
    """Prints `pdf` on `printer`; raises SpoolError when the job could not be handed over.

    offset_x_mm moves the print to the right, offset_y_mm moves it down. progress(done, total)
    is called after each page painted (total counts every copy).
    """
    check_printer(printer)
    loaded = _LoadedPdf(pdf)
    try:
        doc = loaded.doc
        pages = int(doc.pageCount())
        first = doc.pagePointSize(0)
        qprinter = QPrinter(QPrinterInfo.printerInfo(printer), QPrinter.PrinterMode.HighResolution)
        qprinter.setDocName(job_name)
        qprinter.setFullPage(True)
        if not qprinter.setPageLayout(_page_layout(first.width(), first.height())):
            log.warning("printer %s refused the page %sx%s pt", printer, first.width(), first.height())
        # The printer's own resolution where its driver names it (a 203 dpi label printer gets its
        # dot grid exactly); Qt's HighResolution mode otherwise answers 1200 whatever the device.
        offered = [r for r in QPrinterInfo.printerInfo(printer).supportedResolutions() if 72 <= r <= max_dpi]
        dpi = max(offered) if offered else max(72, min(qprinter.resolution(), max_dpi))
        qprinter.setResolution(dpi)
        driver_copies = copies if qprinter.supportsMultipleCopies() else 1
        qprinter.setCopyCount(driver_copies)
        passes = copies // driver_copies
        offset = QPoint(round(offset_x_mm / 25.4 * dpi), round(offset_y_mm / 25.4 * dpi))
        painter = QPainter()
        if not painter.begin(qprinter):
            raise spool_failure("无法打开打印机“{printer}”开始打印。", reason=REASON_FAILED, printer=printer)
        total = pages * passes
        done = 0
        try:
            for _ in range(passes):
                for page in range(pages):
                    if done and not qprinter.newPage():
                        raise spool_failure(
                            "打印机“{printer}”无法开始新的一页。", reason=REASON_FAILED, printer=printer
                        )
                    _render_page(painter, doc, page, dpi, offset)
                    done += 1
                    if progress is not None:
                        progress(done, total)
        except BaseException:
            qprinter.abort()  # a half-painted job must not reach the paper
            painter.end()
            raise
        ended = painter.end()
        if not ended or qprinter.printerState() == QPrinter.PrinterState.Error:
            raise spool_failure("打印任务未能交给打印机“{printer}”。", reason=REASON_FAILED, printer=printer)
        return SpoolResult(printer=printer, pages=pages, copies=copies, dpi=dpi)
    finally:
        loaded.close()
