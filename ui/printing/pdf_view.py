"""A QPdfView over PDF bytes (the document and its buffer live as long as the view)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget


class PdfBytesView(QPdfView):
    """Shows all pages of a PDF given as bytes, fitted to the width."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_view")
        # Owned by the parent, created after the view so deleted after it: a QPdfDocument that
        # is the view's own child is deleted under the view and crashes Qt (seen with 6.12).
        self.document_ = QPdfDocument(parent)
        self._data = QByteArray()
        self._buffer = QBuffer(parent)
        self.setDocument(self.document_)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def set_pdf(self, pdf: bytes) -> int:
        """Loads the bytes; returns the number of pages (0 if they are not a readable PDF)."""
        self.document_.close()
        self._buffer.close()
        self._data = QByteArray(pdf)
        self._buffer.setData(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document_.load(self._buffer)
        ready = self.document_.status() == QPdfDocument.Status.Ready
        return int(self.document_.pageCount()) if ready else 0
