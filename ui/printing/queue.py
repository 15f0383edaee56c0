"""The print queue: every job with its state; retry, reroute to another printer, cancel, preview,
and reprint a registered document (built afresh, with a reason). Every service call runs through
ui.operations; the queue reloads itself when print jobs change anywhere in the program."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.changes import Change, changes_of
from app.context import Services
from app.errors import PrinterUnavailable
from app.printing import DocumentKind, JobFilter, PrintJobInfo, RetryReport
from app.roles import Actor
from ui.errors import show_error
from ui.forms import resize_within_screen
from ui.i18n import QT_TRANSLATE_NOOP, localized
from ui.i18n import tr as _tr
from ui.labels_i18n import tr_label
from ui.operations import ChangeBus, Op, Operations
from ui.printing.document_flow import DocumentFlow
from ui.table_model import Column, RowsModel
from ui.tasks import TaskControl, TaskRunner, ThreadTaskRunner
from ui.time_format import local_datetime

FAILED_COLOUR = QColor("#c0392b")
DONE_COLOUR = QColor("#7f8c8d")


class PrintJobsModel(RowsModel[PrintJobInfo]):
    """Jobs newest first; failed ones in red, finished ones in grey."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(_tr("编号"), lambda j: str(j.id), align_right=True),
                Column(_tr("时间"), lambda j: local_datetime(j.created_at)),
                Column(_tr("单据"), lambda j: tr_label(j.kind_label)),
                Column(_tr("单号"), lambda j: j.document_ref),
                Column(_tr("打印机"), lambda j: j.printer or _tr("（未指定）")),
                Column(_tr("页数"), lambda j: str(j.pages), align_right=True),
                Column(_tr("份数"), lambda j: str(j.copies), align_right=True),
                Column(_tr("状态"), lambda j: tr_label(j.state_label)),
                Column(_tr("尝试"), lambda j: str(j.attempts), align_right=True),
                Column(_tr("原因"), lambda j: j.error or ""),
                Column(_tr("操作员"), lambda j: j.user_name),
            ],
            parent,
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            job = self.row_at(index.row())
            if job.failed:
                return QBrush(FAILED_COLOUR)
            if job.finished:
                return QBrush(DONE_COLOUR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return self.row_at(index.row()).error
        return super().data(index, role)


# app.printing.FILTER_LABELS, listed here for lupdate.
FILTERS: tuple[tuple[str, JobFilter | None], ...] = (
    (QT_TRANSLATE_NOOP("labels", "全部"), None),
    (QT_TRANSLATE_NOOP("labels", "待打印"), JobFilter.PENDING),
    (QT_TRANSLATE_NOOP("labels", "失败待重试"), JobFilter.FAILED),
    (QT_TRANSLATE_NOOP("labels", "已打印"), JobFilter.PRINTED),
    (QT_TRANSLATE_NOOP("labels", "已取消"), JobFilter.CANCELLED),
)


class PrintQueueDialog(QDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.ops = Operations(self, runner or ThreadTaskRunner(), bus)
        self.flow = DocumentFlow(services, actor, self.ops.runner, self._show_status, self.ops.bus)
        self.ops.bus.changed.connect(self._changed)
        self.setWindowTitle(self.tr("打印队列"))
        resize_within_screen(self, 1100, 560)

        self.filter_box = QComboBox(self)
        self.filter_box.setObjectName("filter")
        for label, value in FILTERS:
            self.filter_box.addItem(tr_label(label), value)
        self.filter_box.currentIndexChanged.connect(self.refresh)
        self.model = PrintJobsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("jobs")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.preview_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")

        self.retry_button = self._button(self.tr("重试"), "retry", self.retry_selected)
        self.reroute_button = self._button(self.tr("改用打印机…"), "reroute", self.reroute_selected)
        self.cancel_button = self._button(self.tr("取消任务"), "cancel_job", self.cancel_selected)
        self.preview_button = self._button(self.tr("预览"), "preview", self.preview_selected)
        self.reprint_button = self._button(self.tr("重印…"), "reprint", self.reprint_selected)
        self.retry_all_button = self._button(self.tr("全部重试"), "retry_all", self.retry_all)
        refresh = self._button(self.tr("刷新"), "refresh", self.refresh)
        close = self._button(self.tr("关闭"), "close", self.accept)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("显示："), self))
        top.addWidget(self.filter_box)
        top.addWidget(self.summary, 1)
        top.addWidget(refresh)
        buttons = QHBoxLayout()
        for b in (
            self.retry_button,
            self.reroute_button,
            self.cancel_button,
            self.preview_button,
            self.reprint_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.retry_all_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.refresh()

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())  # noqa: PLW0108 - clicked's "checked" must not reach slot
        return button

    def _show_status(self, text: str) -> None:
        self.status.setText(text)

    def _changed(self, changes: frozenset[Change]) -> None:
        if Change.PRINT_JOBS in changes:
            self.refresh()

    # -- state ------------------------------------------------------------------------------

    def refresh(self) -> None:
        wanted: str | None = self.filter_box.currentData()  # a JobFilter's value (Qt keeps the str)
        op = self.ops.read(self.services.printing.list_jobs, self.actor, wanted)
        op.latest("jobs").success(self._show_jobs).run()

    def _show_jobs(self, jobs: list[PrintJobInfo]) -> None:
        selected = self.selected_job()
        self.model.set_rows(jobs)
        if selected is not None:
            self.select_job(selected.id)
        pending = sum(1 for j in jobs if j.can_retry)
        self.summary.setText(self.tr("共 {n} 个任务，{p} 个待打印").format(n=len(jobs), p=pending))
        self._update_buttons()

    def selected_job(self) -> PrintJobInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select_job(self, job_id: int) -> bool:
        for row, job in enumerate(self.model.rows):
            if job.id == job_id:
                self.table.selectRow(row)
                return True
        return False

    def _reprintable(self, job: PrintJobInfo | None) -> bool:
        """A registered document (not a test page or a raw label) can be built again and reprinted."""
        return job is not None and job.kind in self.services.printing.registry

    def _update_buttons(self) -> None:
        job = self.selected_job()
        can_retry = job is not None and job.can_retry
        self.retry_button.setEnabled(can_retry)
        self.reroute_button.setEnabled(can_retry)
        self.cancel_button.setEnabled(can_retry)
        self.preview_button.setEnabled(job is not None)
        self.reprint_button.setEnabled(self._reprintable(job))
        self.retry_all_button.setEnabled(any(j.can_retry for j in self.model.rows))

    # -- actions ----------------------------------------------------------------------------

    def retry_selected(self, printer: str | None = None) -> None:
        job = self.selected_job()
        if job is None:
            return
        op = self.ops.write(self.services.printing.retry, self.actor, job.id, printer)
        self._run(op, self.tr("正在重试…"))

    def reroute_selected(self) -> None:
        job = self.selected_job()
        if job is None:
            return
        self.ops.read(self.services.printing.available_printers).success(
            lambda printers: self._reroute(job, printers)
        ).run()

    def _reroute(self, job: PrintJobInfo, printers: list[str]) -> None:
        if not printers:
            QMessageBox.warning(self, self.tr("没有打印机"), self.tr("系统中没有可用的打印机。"))
            return
        current = printers.index(job.printer) if job.printer in printers else 0
        printer, ok = QInputDialog.getItem(
            self,
            self.tr("改用打印机"),
            self.tr("把任务 {id} 发送到：").format(id=job.id),
            printers,
            current,
            False,
        )
        if ok and printer:
            self.retry_selected(printer)

    def retry_all(self) -> None:
        retry_pending = self.services.printing.retry_pending

        def work(control: TaskControl) -> RetryReport:
            return retry_pending(self.actor, progress=control.progress)

        op = self.ops.task(work, changes_of(retry_pending))
        self._run(op.with_progress(self.tr("正在重试全部待打印任务…")), self.tr("正在重试全部待打印任务…"))

    def cancel_selected(self) -> None:
        job = self.selected_job()
        if job is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("取消任务"),
            self.tr("取消打印任务 {id}（{kind} {ref}）？").format(
                id=job.id, kind=tr_label(job.kind_label), ref=job.document_ref
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.cancel_job(job.id)

    def cancel_job(self, job_id: int) -> None:
        op = self.ops.write(self.services.printing.cancel, self.actor, job_id)
        op.failure(self._cancel_failed).run()  # a success announces PRINT_JOBS: refresh()

    def _cancel_failed(self, error: BaseException) -> None:
        show_error(self, error)
        self.refresh()

    def preview_selected(self) -> None:
        job = self.selected_job()
        if job is None:
            return
        op = self.ops.read(self.services.printing.job_pdf, self.actor, job.id)
        op.success(lambda pdf: self._show_pdf(job, pdf)).run()

    def _show_pdf(self, job: PrintJobInfo, pdf: bytes) -> None:
        from ui.printing.pdf_view import PdfBytesView  # Qt's PDF modules: with the first preview

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("任务 {id} 的内容").format(id=job.id))
        view = PdfBytesView(dialog)
        view.set_pdf(pdf)
        QVBoxLayout(dialog).addWidget(view)
        resize_within_screen(dialog, 760, 860)
        dialog.open()

    def reprint_selected(self) -> None:
        """Builds the job's document again from its record and prints it, with a reason."""
        job = self.selected_job()
        if job is None or not self._reprintable(job):
            return
        self.flow.reprint(self, DocumentKind(job.kind), job.document_ref)

    def _run(self, op: Op[Any], message: str) -> None:
        self.status.setText(message)
        self.setEnabled(False)
        op.success(self._done).failure(self._failed).run()

    def _done(self, result: object) -> None:
        self.setEnabled(True)  # the write announces PRINT_JOBS: the list reloads after this
        self.status.clear()
        if isinstance(result, RetryReport):
            text = self.tr("已打印 {p} 个，仍待打印 {f} 个").format(
                p=len(result.printed), f=len(result.failed)
            )
            self.status.setText(text)

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.refresh()
        if isinstance(error, PrinterUnavailable):
            # Expected here: the row shows it in red with the reason; no dialog in the way.
            self.status.setText(localized(error.message))
            return
        show_error(self, error)
