"""Print preview: the exact PDF that will print, the printer to use, and 打印 / 另存为PDF / 取消.

The dialog only shows and asks; ui.printing.document_flow.DocumentFlow builds the preview off the
UI thread, opens this dialog over it and does the printing when `print_requested` is emitted.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.printing import DocumentPreview, PrintJobInfo
from ui.forms import resize_within_screen
from ui.labels_i18n import tr_label
from ui.printing.pdf_view import PdfBytesView


@dataclass(frozen=True)
class PreviewContent:
    """What the dialog shows: the document's preview and the printers to choose from."""

    preview: DocumentPreview
    printers: tuple[str, ...]
    printer: str | None  # preselected: the profile's printer, else the system's default


class PrintPreviewDialog(QDialog):
    """Shows the preview's PDF; 打印 emits print_requested(printer or None).

    After it closes, `job` is the recorded print job (printed, or pending when the printer
    failed: the message has been shown and the job waits in the print queue), or None when
    nothing was sent.
    """

    print_requested = Signal(object)  # str | None: the printer chosen

    def __init__(self, content: PreviewContent, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent)
        preview = content.preview
        self.content = content
        self.kind = preview.kind
        self.document_ref = preview.reference
        self.pdf = preview.pdf
        self.job: PrintJobInfo | None = None
        label = tr_label(preview.label)
        self.setWindowTitle(title or self.tr("打印预览 - {0} {1}").format(label, preview.reference))
        resize_within_screen(self, 820, 900)

        self.view = PdfBytesView(self)
        pages = self.view.set_pdf(preview.pdf)
        profile = preview.profile

        self.printer_box = QComboBox(self)
        self.printer_box.setObjectName("printer")
        self.printer_box.setMinimumWidth(220)
        self.printer_box.addItems(list(content.printers))
        wanted = content.printer
        if wanted and wanted not in content.printers:
            self.printer_box.addItem(wanted)  # kept selectable: the job will wait for it
        if wanted:
            self.printer_box.setCurrentText(wanted)
        summary = self.tr("共 {pages} 页 · 纸张 {paper} · {copies} 份").format(
            pages=pages, paper=profile.paper_text(), copies=profile.copies
        )
        if preview.printed_before:
            summary += self.tr(" · 已打印 {n} 次").format(n=preview.printed_before)
        self.summary = QLabel(summary, self)
        self.summary.setObjectName("summary")
        self.status = QLabel(self)
        self.status.setObjectName("status")

        reprint = preview.printed_before > 0
        self.print_button = QPushButton(self.tr("重印…") if reprint else self.tr("打印"), self)
        self.print_button.setObjectName("print")
        self.print_button.setDefault(True)
        self._pages = pages
        self._update_print_button()
        self.printer_box.currentTextChanged.connect(lambda _text: self._update_print_button())
        self.save_button = QPushButton(self.tr("另存为PDF…"), self)
        self.save_button.setObjectName("save_pdf")
        self.cancel_button = QPushButton(self.tr("取消"), self)
        self.cancel_button.setObjectName("cancel")
        self.print_button.clicked.connect(self.print_now)
        self.save_button.clicked.connect(self.ask_save)
        self.cancel_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("打印机："), self))
        top.addWidget(self.printer_box)
        top.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        if self.printer_box.count() == 0:
            self.status.setText(self.tr("系统中没有打印机：可以另存为PDF。"))

    def _update_print_button(self) -> None:
        self.print_button.setEnabled(self._pages > 0 and bool(self.printer_box.currentText()))

    def chosen_printer(self) -> str | None:
        return self.printer_box.currentText() or None

    def print_now(self) -> None:
        self.print_requested.emit(self.chosen_printer())

    def set_busy(self, busy: bool) -> None:
        for widget in (self.save_button, self.cancel_button, self.printer_box):
            widget.setEnabled(not busy)
        if busy:
            self.print_button.setEnabled(False)
        else:
            self._update_print_button()
        self.status.setText(self.tr("正在打印…") if busy else "")
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def finish(self, job: PrintJobInfo | None) -> None:
        """The job was recorded (printed or left pending): the dialog has done its part."""
        self.job = job
        self.set_busy(False)
        self.accept()

    def ask_save(self) -> None:
        label = self.content.preview.label
        suggested = f"{label}-{self.document_ref}.pdf".replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为PDF"), suggested, self.tr("PDF 文件 (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Writes the exact bytes shown (and that would print); nothing is recorded."""
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            path.write_bytes(self.pdf)
        except OSError as e:
            QMessageBox.warning(
                self,
                self.tr("无法保存"),
                self.tr("无法写入 {path}：{error}").format(path=path, error=e.strerror or e),
            )
            return
        self.status.setText(self.tr("已保存到 {path}").format(path=path))
