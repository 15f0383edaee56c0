"""What both report pages do with a report: print it (the preview, then the A4 printer, through the
one document flow), save its PDF, export its .xlsx workbook. The PDF is the registered document's
own bytes (services.printing.documents.render: nothing is recorded), the workbook the report
service's; each is built and written off the UI thread, and a file that cannot be written says so."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.printing import DocumentKind, PrintOptions
from app.roles import Permission
from ui.base_tab import BaseTab
from ui.errors import show_error
from ui.i18n import tr as _tr
from ui.operations import Operations
from ui.printing.document_flow import DocumentFlow
from ui.tasks import TaskControl


@dataclass(frozen=True)
class Saved:
    path: Path
    size: int  # bytes written
    error: str | None = None  # why it could not be written


def write_file(path: Path, data: bytes) -> Saved:
    try:
        path.write_bytes(data)
    except OSError as e:
        return Saved(path, 0, e.strerror or str(e))
    return Saved(path, len(data))


def with_suffix(path: str, suffix: str) -> Path:
    return Path(path) if path.lower().endswith(suffix) else Path(path + suffix)


class ReportOutputs:
    """Print, PDF and .xlsx for one page of the reports tab (`page` parents the dialogs)."""

    def __init__(self, host: BaseTab, flow: DocumentFlow, page: QWidget, ops: Operations) -> None:
        self._host, self._flow, self._page, self._ops = host, flow, page, ops
        # Where the last file went: the next save starts there (tests set it to a scratch folder).
        self.folder = Path.home()

    @property
    def can_print(self) -> bool:
        return self._host.actor.can(Permission.PRINT)

    def print(self, kind: DocumentKind, reference: str, title: str) -> None:
        """The preview of the exact PDF; 打印 there sends it to the kind's (A4) printer."""
        self._flow.preview(self._page, kind, reference, PrintOptions(), title)

    def ask_path(self, caption: str, name: str, file_filter: str, suffix: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(self._page, caption, str(self.folder / name), file_filter)
        return with_suffix(path, suffix) if path else None

    def save_pdf(self, kind: DocumentKind, reference: str, name: str) -> None:
        target = self.ask_path(_tr("另存为PDF"), f"{name}.pdf", _tr("PDF 文件 (*.pdf)"), ".pdf")
        if target is None:
            return
        documents, actor = self._host.services.printing.documents, self._host.actor

        def work(_control: TaskControl) -> Saved:
            return write_file(target, documents.render(actor, kind, reference))

        self._run(work, _tr("正在生成 PDF…"))

    def export_xlsx(self, build: Callable[[], bytes], name: str) -> None:
        target = self.ask_path(_tr("导出 Excel"), f"{name}.xlsx", _tr("Excel 工作簿 (*.xlsx)"), ".xlsx")
        if target is None:
            return

        def work(_control: TaskControl) -> Saved:
            return write_file(target, build())

        self._run(work, _tr("正在生成 Excel 工作簿…"))

    def _run(self, work: Callable[[TaskControl], Saved], label: str) -> None:
        self._host.show_message(label)
        op = self._ops.task(work).with_progress(label, cancellable=False)
        op.success(self._saved).failure(self._failed).run()

    def _saved(self, saved: Saved) -> None:
        if saved.error is not None:
            self._host.show_message(_tr("未能保存 {0}").format(saved.path))
            QMessageBox.warning(
                self._page,
                _tr("无法保存"),
                _tr("无法写入 {path}：{error}").format(path=saved.path, error=saved.error),
            )
            return
        self.folder = saved.path.parent
        self._host.show_message(_tr("已保存到 {0}").format(saved.path))

    def _failed(self, error: BaseException) -> None:
        self._host.show_message(_tr("未能生成文件"))
        show_error(self._page, error)
