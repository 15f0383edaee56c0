"""Print preview: the exact PDF that will print, the printer to use, and 打印 / 另存为PDF / 取消."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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

from app.context import Services
from app.errors import PrinterUnavailable
from app.printing import KIND_LABELS, DocumentKind, PrintJobInfo
from app.roles import Actor
from ui.errors import show_error
from ui.forms import resize_within_screen
from ui.labels_i18n import tr_label
from ui.printing.pdf_view import PdfBytesView
from ui.tasks import TaskControl, TaskRunner, ThreadTaskRunner


class PrintPreviewDialog(QDialog):
    """Shows `pdf` and prints it as a job of `kind` for `document_ref`.

    After it closes, `job` is the recorded print job (printed, or pending when the printer
    failed: the message has been shown and the job waits in the print queue), or None when
    nothing was sent.
    """

    def __init__(
        self,
        services: Services,
        actor: Actor,
        kind: DocumentKind,
        document_ref: str,
        pdf: bytes,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.kind = kind
        self.document_ref = document_ref
        self.pdf = pdf
        self.job: PrintJobInfo | None = None
        self.failure: PrinterUnavailable | None = None
        self._runner = runner or ThreadTaskRunner()
        self.setWindowTitle(title or self.tr("打印预览 - ") + tr_label(KIND_LABELS[kind]))
        resize_within_screen(self, 820, 900)

        self.view = PdfBytesView(self)
        pages = self.view.set_pdf(pdf)
        profile = services.printing.profile(kind)

        self.printer_box = QComboBox(self)
        self.printer_box.setObjectName("printer")
        self.printer_box.setMinimumWidth(220)
        printers = services.printing.available_printers()
        self.printer_box.addItems(printers)
        wanted = profile.printer or services.printing.default_printer()
        if wanted and wanted not in printers:
            self.printer_box.addItem(wanted)  # kept selectable: the job will wait for it
        if wanted:
            self.printer_box.setCurrentText(wanted)
        self.summary = QLabel(
            self.tr("共 {pages} 页 · 纸张 {paper} · {copies} 份").format(
                pages=pages, paper=profile.paper_text(), copies=profile.copies
            ),
            self,
        )
        self.summary.setObjectName("summary")
        self.status = QLabel(self)
        self.status.setObjectName("status")

        self.print_button = QPushButton(self.tr("打印"), self)
        self.print_button.setObjectName("print")
        self.print_button.setDefault(True)
        self.print_button.setEnabled(pages > 0 and self.printer_box.count() > 0)
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

    def chosen_printer(self) -> str | None:
        return self.printer_box.currentText() or None

    def print_now(self) -> None:
        """Prints off the UI thread; the dialog closes when the job is recorded."""
        printer = self.chosen_printer()
        self._busy(True)
        self.status.setText(self.tr("正在打印…"))

        def work(control: TaskControl) -> PrintJobInfo:
            return self.services.printing.print_document(
                self.actor, self.kind, self.document_ref, self.pdf, printer, progress=control.progress
            )

        self._runner.run(work, self._printed, self._failed, self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.status.setText(self.tr("正在打印… 第 {done}/{total} 页").format(done=done, total=total))

    def _printed(self, job: PrintJobInfo) -> None:
        self.job = job
        self._busy(False)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.status.clear()
        if isinstance(error, PrinterUnavailable):
            # The job is kept as pending: printing again here would make a second job.
            self.failure = error
            if error.job_id is not None:
                self.job = self.services.printing.job(self.actor, error.job_id)
            QMessageBox.warning(
                self,
                self.tr("打印机不可用"),
                error.message + "\n" + self.tr("可在“打印 → 打印队列”中重试或改用其他打印机。"),
            )
            self.accept()
            return
        show_error(self, error)

    def _busy(self, busy: bool) -> None:
        for widget in (self.print_button, self.save_button, self.cancel_button, self.printer_box):
            widget.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def ask_save(self) -> None:
        suggested = f"{KIND_LABELS[self.kind]}-{self.document_ref}.pdf".replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为PDF"), suggested, self.tr("PDF 文件 (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Writes the exact bytes shown (and that would print)."""
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


def print_with_preview(
    parent: QWidget | None,
    services: Services,
    actor: Actor,
    kind: DocumentKind,
    document_ref: str,
    pdf: bytes,
    runner: TaskRunner | None = None,
) -> PrintJobInfo | None:
    """Opens the preview modally; returns the job (printed or pending) or None if cancelled."""
    dialog = PrintPreviewDialog(services, actor, kind, document_ref, pdf, parent, runner)
    dialog.exec()
    return dialog.job
