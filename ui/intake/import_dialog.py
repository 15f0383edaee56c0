"""Importing vehicles and customers from a file (supervisor, admin): check first, then import.

The check is a dry run: every row is validated like manual entry and nothing is written; the
table lists each rejected row and warning with its line in the file, the field and the message.
The import then runs all-or-nothing, or with "skip bad rows" imports the good ones. Both run off
the UI thread (Operations) with a progress dialog; Cancel stops them and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.changes import changes_of
from app.roles import Actor
from app.vehicles import ImportReport, VehicleImporter
from ui.errors import show_error
from ui.i18n import QT_TRANSLATE_NOOP, localized, tr
from ui.labels_i18n import tr_label
from ui.operations import Operations
from ui.table_model import Column, RowsModel
from ui.tasks import TaskControl, TaskRunner

FIELD_LABELS = {
    "vin": QT_TRANSLATE_NOOP("labels", "车架号"),
    "plate": QT_TRANSLATE_NOOP("labels", "车牌"),
    "brand": QT_TRANSLATE_NOOP("labels", "品牌"),
    "model": QT_TRANSLATE_NOOP("labels", "车型"),
    "colour": QT_TRANSLATE_NOOP("labels", "颜色"),
    "purchase_date": QT_TRANSLATE_NOOP("labels", "购车日期"),
    "invoice_date": QT_TRANSLATE_NOOP("labels", "开票日期"),
    "delivery_date": QT_TRANSLATE_NOOP("labels", "交付日期"),
    "inspection_due": QT_TRANSLATE_NOOP("labels", "年检有效期至"),
    "insurance_expires": QT_TRANSLATE_NOOP("labels", "保险到期日"),
    "owner": QT_TRANSLATE_NOOP("labels", "车主"),
    "phone": QT_TRANSLATE_NOOP("labels", "电话"),
    "mileage": QT_TRANSLATE_NOOP("labels", "里程"),
    "file": QT_TRANSLATE_NOOP("labels", "文件"),
}
REJECTED = QT_TRANSLATE_NOOP("labels", "拒绝")
WARNING = QT_TRANSLATE_NOOP("labels", "提示")


class ImportCancelled(Exception):
    """Raised from the importer's progress callback when Cancel was pressed: nothing is written."""


@dataclass(frozen=True)
class IssueRow:
    kind: str  # REJECTED / WARNING
    line: int
    field: str
    message: str


def issue_rows(report: ImportReport) -> list[IssueRow]:
    rows = [IssueRow(REJECTED, i.line, i.field, i.message) for i in report.rejected]
    rows += [IssueRow(WARNING, i.line, i.field, i.message) for i in report.warnings]
    return sorted(rows, key=lambda r: (r.line, r.kind != REJECTED))


def issue_columns() -> list[Column[IssueRow]]:
    return [
        Column(tr("结果"), lambda r: tr_label(r.kind)),
        Column(tr("行号"), lambda r: str(r.line), align_right=True),
        Column(tr("字段"), lambda r: tr_label(FIELD_LABELS.get(r.field, r.field))),
        Column(tr("说明"), lambda r: localized(r.message)),
    ]


class ImportDialog(QDialog):
    def __init__(
        self,
        importer: VehicleImporter,
        actor: Actor,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
        *,
        ops: Operations | None = None,
    ) -> None:
        """runner: where the work runs when the dialog is opened without `ops`."""
        super().__init__(parent)
        self.ops = (ops or Operations(self, runner)).for_widget(self)
        self._importer = importer
        self._actor = actor
        self._busy = False
        self.report: ImportReport | None = None
        self._checked_path: str | None = None
        self.imported = False
        self.setWindowTitle(self.tr("导入车辆和客户"))
        self.resize(900, 560)

        self.path = QLineEdit(self)
        self.path.setObjectName("import_path")
        self.path.setPlaceholderText(self.tr("CSV（UTF-8 或 GBK）或 Excel .xlsx 文件"))
        self.path.textChanged.connect(self._path_changed)
        self.browse = self._button(self.tr("选择文件…"), "browse", self.choose_file)
        self.check_button = self._button(self.tr("检查（不写入）"), "check", self.check)
        self.skip_bad = QCheckBox(self.tr("跳过有问题的行，只导入合格的行"), self)
        self.skip_bad.setObjectName("skip_bad")
        self.import_button = self._button(self.tr("导入"), "run_import", self.run_import)
        self.close_button = self._button(self.tr("关闭"), "close", self.reject)
        self.summary = QLabel(self.tr("先选择文件并检查；检查不会改动数据。"), self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.model: RowsModel[IssueRow] = RowsModel(issue_columns(), self)
        self.table = QTableView(self)
        self.table.setObjectName("import_issues")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("文件"), self))
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        file_row.addWidget(self.check_button)
        actions = QHBoxLayout()
        actions.addWidget(self.skip_bad)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.path.returnPressed.connect(self.check)
        self._set_busy(False)

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _path_changed(self) -> None:
        self.report = None
        self._checked_path = None
        self.model.set_rows([])
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.check_button.setEnabled(not busy and bool(self.path.text().strip()))
        # Importing needs a check of this very file first.
        checked = self._checked_path == self.path.text().strip() and self.report is not None
        self.import_button.setEnabled(not busy and checked and not self.imported)
        self.browse.setEnabled(not busy)

    def choose_file(self) -> None:
        file_filter = self.tr("车辆清单 (*.csv *.xlsx);;所有文件 (*)")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择车辆清单"), "", file_filter)
        if path:
            self.path.setText(path)
            self.check()

    # -- running ----------------------------------------------------------------------------

    def check(self) -> None:
        self._start(dry_run=True)

    def run_import(self) -> None:
        if self.report is None:
            return
        self._start(dry_run=False)

    def _start(self, dry_run: bool) -> None:
        text = self.path.text().strip()
        if not text or self._busy:
            return
        importer, actor, path = self._importer, self._actor, Path(text)
        skip_bad = self.skip_bad.isChecked()
        self._set_busy(True)
        label = self.tr("正在检查…") if dry_run else self.tr("正在导入…")
        self.summary.setText(label)

        def work(control: TaskControl) -> ImportReport:
            def progress(done: int, total: int) -> None:
                if control.cancelled:
                    raise ImportCancelled
                control.progress(done, total)

            return importer.import_vehicles(
                actor, path, dry_run=dry_run, skip_bad=skip_bad, progress=progress
            )

        def done(report: ImportReport) -> None:
            self.report = report
            if dry_run:
                self._checked_path = text
            else:
                self.imported = report.applied
            self.model.set_rows(issue_rows(report))
            self.summary.setText(self.describe(report))
            self._set_busy(False)

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            if isinstance(error, ImportCancelled):
                self.summary.setText(
                    self.tr("已取消检查。") if dry_run else self.tr("已取消导入，未写入任何数据。")
                )
                return
            self.summary.setText(self.tr("未能读取或导入该文件。"))
            show_error(self, error)

        # A check writes nothing; an import announces the vehicles, customers and models it wrote.
        changes = frozenset() if dry_run else changes_of(importer.import_vehicles)
        self.ops.task(work, changes).with_progress(label).success(done).failure(failed).run()

    def describe(self, r: ImportReport) -> str:
        counts = self.tr("共 {0} 行：合格 {1} 行，拒绝 {2} 行，提示 {3} 条。").format(
            r.rows, r.accepted, len({i.line for i in r.rejected}), len(r.warnings)
        )
        if r.dry_run:
            plan = self.tr("检查完成（未写入）：将新增 {0} 辆、更新 {1} 辆、{2} 辆无变化。").format(
                r.created, r.updated, r.unchanged
            )
            if r.rejected:
                plan += self.tr("有被拒绝的行：修正文件后重新检查，或勾选“跳过有问题的行”后导入。")
            return plan + counts
        if r.applied:
            return (
                self.tr("导入完成：新增 {0} 辆、更新 {1} 辆、{2} 辆无变化。").format(
                    r.created, r.updated, r.unchanged
                )
                + counts
            )
        return self.tr("未导入：有被拒绝的行，整批未写入（可勾选“跳过有问题的行”）。") + counts

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter belongs to the path field (check); it never triggers a button by accident.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)
