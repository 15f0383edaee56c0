"""The one print flow of the interface: any registered document, from any tab.

    flow = DocumentFlow(services, actor, runner, message, bus)
    flow.preview(parent, DocumentKind.INTAKE_SHEET, order.ro_number, PrintOptions(show_full_phone))
    flow.print_directly(parent, kind, reference, options)
    flow.reprint(parent, kind, reference)        # asks for the reason

Everything the services do (building the PDF, asking for the printers, printing) runs through
ui.operations off the UI thread. The preview shows the exact bytes that will print; 打印 sends
them. A document printed before is reprinted: the user gives a reason (a short list of the usual
ones, or their own words), and the job is counted and audited by the service. A printer that is
not there leaves the job pending in the print queue, and the user is told so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from app.changes import changes_of
from app.context import Services
from app.errors import PrinterUnavailable
from app.printing import (
    DocumentKind,
    DocumentPrinted,
    PrintJobInfo,
    PrintJobStatus,
    PrintOptions,
    ReprintNeedsReason,
)
from app.roles import Actor
from ui.errors import show_error
from ui.i18n import QT_TRANSLATE_NOOP, localized
from ui.i18n import tr as _tr
from ui.labels_i18n import tr_label
from ui.operations import ChangeBus, Operations
from ui.tasks import TaskControl, TaskRunner

if TYPE_CHECKING:  # Qt's PDF modules load with the first preview, not with the tabs that print
    from ui.printing.preview import PreviewContent, PrintPreviewDialog

Message = Callable[[str], None]
Done = Callable[[PrintJobInfo | None], None]  # the job (printed or pending), None if nothing sent

# Offered when a document is printed again; the user may type another.
REPRINT_REASONS = (
    QT_TRANSLATE_NOOP("DocumentFlow", "内容已更新"),
    QT_TRANSLATE_NOOP("DocumentFlow", "客户遗失"),
    QT_TRANSLATE_NOOP("DocumentFlow", "打印不清或卡纸"),
    QT_TRANSLATE_NOOP("DocumentFlow", "交车后补打"),
)


def _reasons() -> list[str]:
    return [QCoreApplication.translate("DocumentFlow", r) for r in REPRINT_REASONS]


class DocumentFlow:
    """Preview, print and reprint for one user; `last` is the latest document printed."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        message: Message | None = None,
        bus: ChangeBus | None = None,
    ) -> None:
        self._services = services
        self._actor = actor
        self._runner = runner
        self._bus = bus
        self._message = message or (lambda _text: None)
        self.last: DocumentPrinted | None = None
        self.preview_dialog: PrintPreviewDialog | None = None
        # Told of each document sent to its printer (the inspection sheet is locked when printed).
        self.on_printed: Callable[[DocumentPrinted], None] | None = None

    def _ops(self, parent: QWidget) -> Operations:
        return Operations(parent, self._runner, self._bus)

    def _name(self, kind: DocumentKind, reference: str) -> str:
        return f"{tr_label(self._services.printing.documents.spec(kind).label)} {reference}"

    # -- preview ----------------------------------------------------------------------------

    def preview(
        self,
        parent: QWidget,
        kind: DocumentKind,
        reference: str,
        options: PrintOptions | None = None,
        title: str = "",
        done: Done | None = None,
    ) -> None:
        """Builds the document off the UI thread, then opens the preview over `parent`."""
        from ui.printing.preview import PreviewContent

        options = options or PrintOptions()
        printing = self._services.printing
        actor = self._actor

        def load() -> PreviewContent:
            preview = printing.documents.preview(actor, kind, reference, options)
            printers = tuple(printing.available_printers())
            chosen = preview.profile.printer or printing.default_printer()
            return PreviewContent(preview, printers, chosen)

        def show(content: PreviewContent) -> None:
            self._open(parent, content, options, title, done)

        self._ops(parent).read(load).success(show).run()

    def _open(
        self, parent: QWidget, content: PreviewContent, options: PrintOptions, title: str, done: Done | None
    ) -> None:
        from ui.printing.preview import PrintPreviewDialog

        dialog = PrintPreviewDialog(content, parent, title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview_dialog = dialog
        preview = content.preview
        name = self._name(preview.kind, preview.reference)

        def requested(printer: str | None) -> None:
            again = preview.printed_before > 0
            kind, ref = preview.kind, preview.reference
            self._send(dialog, kind, ref, options, printer, preview.pdf, again, dialog)

        def finished(_result: int) -> None:
            self.preview_dialog = None
            job = dialog.job
            if job is None:
                self._message(_tr("未打印{0}").format(name))
            elif job.status == PrintJobStatus.PRINTED:
                self._message(_tr("{0} 已打印（{1}，打印任务 {2}）").format(name, job.printer, job.id))
            else:
                self._message(_tr("{0} 未能打印，已留在打印队列中").format(name))
            if done is not None:
                done(job)

        dialog.print_requested.connect(requested)
        dialog.finished.connect(finished)
        dialog.open()

    # -- print and reprint ------------------------------------------------------------------

    def print_directly(
        self, parent: QWidget, kind: DocumentKind, reference: str, options: PrintOptions | None = None
    ) -> None:
        """Straight to the kind's printer; a document printed before asks for the reason."""
        self._message(_tr("正在打印{0}…").format(self._name(kind, reference)))
        self._send(parent, kind, reference, options or PrintOptions(), None, None, False, None)

    def reprint(
        self, parent: QWidget, kind: DocumentKind, reference: str, options: PrintOptions | None = None
    ) -> None:
        """Prints a document printed before once more, built afresh; asks for the reason."""
        self._send(parent, kind, reference, options or PrintOptions(), None, None, True, None)

    def ask_reason(self, parent: QWidget, name: str, printed: int | None) -> str | None:
        """The reprint's reason, or None when the user cancels."""
        text = (
            _tr("{0} 已打印 {1} 次。重印原因：").format(name, printed)
            if printed
            else _tr("{0} 重印原因：").format(name)
        )
        reason, ok = QInputDialog.getItem(parent, _tr("重印"), text, _reasons(), 0, True)
        reason = reason.strip()
        return reason if ok and reason else None

    def _send(
        self,
        parent: QWidget,
        kind: DocumentKind,
        reference: str,
        options: PrintOptions,
        printer: str | None,
        pdf: bytes | None,
        reprint: bool,
        dialog: PrintPreviewDialog | None,
        printed: int | None = None,
    ) -> None:
        documents = self._services.printing.documents
        actor = self._actor
        name = self._name(kind, reference)
        reason: str | None = None
        if reprint:
            if printed is None and dialog is not None:
                printed = dialog.content.preview.printed_before
            reason = self.ask_reason(parent, name, printed)
            if reason is None:
                self._message(_tr("未重印{0}").format(name))
                return

        def work(control: TaskControl) -> DocumentPrinted:
            progress = control.progress
            if reason is not None:
                return documents.reprint(actor, kind, reference, reason, options, printer, pdf, progress)
            return documents.print(actor, kind, reference, options, printer, pdf, progress)

        def succeeded(result: DocumentPrinted) -> None:
            self.last = result
            if self.on_printed is not None:
                self.on_printed(result)
            job = result.job
            if result.print_no > 1:
                text = _tr("{0} 已重印（第 {1} 次打印，打印机 {2}，打印任务 {3}）")
                self._message(text.format(name, result.print_no, job.printer, job.id))
            else:
                text = _tr("{0} 已发送到打印机 {1}（打印任务 {2}）")
                self._message(text.format(name, job.printer, job.id))
            if dialog is not None:
                dialog.finish(job)

        def failed(error: BaseException) -> None:
            if dialog is not None:
                dialog.set_busy(False)
            if isinstance(error, ReprintNeedsReason):
                # Printed meanwhile (or before, when printing directly): it is a reprint.
                self._send(parent, kind, reference, options, printer, pdf, True, dialog, error.printed)
                return
            if isinstance(error, PrinterUnavailable):
                ops.bus.announce(changes)  # the job was recorded all the same: it waits in the queue
                self._message(_tr("{0} 未能打印，已留在打印队列中").format(name))
                self._kept(parent, error, dialog)
                return
            show_error(parent, error)

        if dialog is not None:
            dialog.set_busy(True)
        ops = self._ops(parent)
        changes = changes_of(documents.print)
        op = ops.task(work, changes)
        op.with_progress(_tr("正在打印{0}…").format(name), cancellable=False)
        op.success(succeeded).failure(failed).run()

    def _kept(self, parent: QWidget, error: PrinterUnavailable, dialog: PrintPreviewDialog | None) -> None:
        """The job waits in the print queue: say so, and close the preview with the job."""
        QMessageBox.warning(
            parent,
            _tr("打印机不可用"),
            localized(error.message) + "\n" + _tr("可在“打印 → 打印队列”中重试或改用其他打印机。"),
        )
        if dialog is None:
            return
        if error.job_id is None:
            dialog.finish(None)
            return
        op = self._ops(dialog).read(self._services.printing.job, self._actor, error.job_id)
        op.success(dialog.finish).failure(lambda _e: dialog.finish(None)).run()
