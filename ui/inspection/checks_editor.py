"""The multi-point check as an editable table (checks_table, on checks_model): readings,
ratings, notes, recommendations and estimates, with the customer's decisions beside them.

Two buttons under the table ask for the customer's answer on the selected yellow or red row
(客户同意 / 客户暂缓…, the latter through defer_dialog) through signals: the tab that owns the
editor saves the sheet and calls the service. A filter above shows only the rows to be handled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.inspection import CheckInput, CheckResult
from ui.forms import ERROR_STYLE
from ui.inspection.checks_model import ChecksModel
from ui.inspection.checks_table import ChecksDelegate, ChecksTable
from ui.inspection.checks_text import (
    COL_DECISION,
    COL_ESTIMATE,
    COL_GROUP,
    COL_NAME,
    COL_NOTE,
    COL_PREVIOUS,
    COL_RATING,
    COL_READING,
    COL_RECOMMENDATION,
    OPEN_RATINGS,
    may_approve,
    may_decide,
)
from ui.inspection.defer_dialog import DeferDialog
from ui.time_format import local_today


class ChecksEditor(QWidget):
    """The check table with a filter above it and the customer's answer below it.

    approve_requested(code): 客户同意 on the selected row. defer_requested(code, reason, until):
    客户暂缓… answered. changed: the user edited a cell. The editor calls no service itself.
    """

    approve_requested = Signal(str)
    defer_requested = Signal(str, str, object)  # code, reason, datetime.date
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, today: Callable[[], dt.date] = local_today) -> None:
        super().__init__(parent)
        self._today = today
        self._read_only = False
        self.defer_dialog: DeferDialog | None = None
        self.model = ChecksModel(self)
        self.table = ChecksTable(self.model, self)
        self.table.setObjectName("checks_table")
        self.table.setItemDelegate(ChecksDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setTabKeyNavigation(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column in (COL_NOTE, COL_RECOMMENDATION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (COL_GROUP, 96),
            (COL_NAME, 128),
            (COL_READING, 70),
            (COL_PREVIOUS, 84),
            (COL_RATING, 104),
            (COL_ESTIMATE, 84),
            (COL_DECISION, 150),
        ):
            self.table.setColumnWidth(column, width)

        self.only_open = QCheckBox(self.tr("只看需处理的项目"), self)
        self.only_open.setObjectName("only_open")
        self.only_open.toggled.connect(self._reloaded)
        self.summary = QLabel(self)
        self.summary.setObjectName("checks_summary")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("checks_error")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.approve_button = QPushButton(self.tr("客户同意"), self)
        self.approve_button.setObjectName("approve")
        self.defer_button = QPushButton(self.tr("客户暂缓…"), self)
        self.defer_button.setObjectName("defer")
        for button in (self.approve_button, self.defer_button):
            button.setAutoDefault(False)
        self.approve_button.clicked.connect(self.approve_current)
        self.defer_button.clicked.connect(self.defer_current)
        self.hint = QLabel(self)
        self.hint.setObjectName("decision_hint")
        self.hint.setStyleSheet("color: #555;")

        top = QHBoxLayout()
        top.setContentsMargins(2, 0, 6, 0)
        top.addWidget(self.only_open)
        top.addStretch(1)
        top.addWidget(self.summary)
        bottom = QHBoxLayout()
        bottom.addWidget(self.approve_button)
        bottom.addWidget(self.defer_button)
        bottom.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(bottom)

        self.model.changed.connect(self.changed)
        self.model.changed.connect(self.error_label.hide)
        self.model.refused.connect(self._show_refusal)
        self.model.dataChanged.connect(self._rows_changed)
        self.model.modelReset.connect(self._reloaded)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._reloaded()

    # -- content ----------------------------------------------------------------------------

    def set_results(self, results: Sequence[CheckResult]) -> None:
        """Shows a sheet's results; the row that was selected stays selected when it is there."""
        code = self.current_code()
        self.error_label.hide()
        self.model.set_results(results)
        if code is not None:
            self.select(code)

    def rows_input(self) -> tuple[CheckInput, ...]:
        return self.model.rows_input()

    @property
    def dirty(self) -> bool:
        return self.model.dirty

    def mark_clean(self) -> None:
        self.model.mark_clean()

    def set_read_only(self, read_only: bool) -> None:
        """Look, don't touch: no cell edits and no decisions (a sheet the user may not change)."""
        self._read_only = read_only
        self.model.read_only = read_only
        if read_only and self.table.state() == QAbstractItemView.State.EditingState:
            editor = self.table.indexWidget(self.table.currentIndex())
            if editor is not None:  # what it holds is dropped: the model takes nothing now
                self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
        self._update_buttons()

    def current_code(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row()).item.code

    def current_result(self) -> CheckResult | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, code: str) -> bool:
        row = self.model.row_of(code)
        if row is None:
            return False
        index = self.model.index(row, COL_NAME)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    # -- the customer's answer -------------------------------------------------------------

    def approve_current(self) -> None:
        result = self.current_result()
        if result is None or self._read_only or not may_approve(result):
            return
        self.approve_requested.emit(result.item.code)

    def defer_current(self) -> None:
        result = self.current_result()
        if result is None or self._read_only or not may_decide(result):
            return
        if self.defer_dialog is not None:
            self.defer_dialog.deleteLater()
        code = result.item.code
        dialog = DeferDialog(result, self._today(), self)
        dialog.setObjectName("defer_dialog")
        dialog.deferred.connect(lambda reason, until: self.defer_requested.emit(code, reason, until))
        self.defer_dialog = dialog
        dialog.open()

    # -- keeping the view in step ----------------------------------------------------------

    def _reloaded(self, *_: object) -> None:
        self._apply_filter()
        self._update_buttons()

    def _rows_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        self._apply_filter(range(top_left.row(), bottom_right.row() + 1))
        self._update_buttons()

    def _apply_filter(self, rows: range | None = None) -> None:
        """With 只看需处理的项目 ticked only yellow and red rows show."""
        only_open = self.only_open.isChecked()
        for row in range(self.model.rowCount()) if rows is None else rows:
            self.table.setRowHidden(row, only_open and self.model.row_at(row).rating not in OPEN_RATINGS)
        results = self.model.rows
        open_rows = sum(r.rating in OPEN_RATINGS for r in results)
        waiting = sum(r.needs_decision for r in results)
        self.summary.setText(self.tr("需处理 {0} 项，待客户决定 {1} 项").format(open_rows, waiting))

    def _update_buttons(self) -> None:
        result = self.current_result()
        if result is None or self._read_only or self.table.isRowHidden(self.table.currentIndex().row()):
            result = None
        self.approve_button.setEnabled(result is not None and may_approve(result))
        self.defer_button.setEnabled(result is not None and may_decide(result))
        self.hint.setText("" if result is None else self._hint(result))

    def _hint(self, result: CheckResult) -> str:
        if result.rating not in OPEN_RATINGS or result.decision is not None:
            return ""
        if not result.recommendation:
            return self.tr("填写建议项目后可记录客户的决定")
        if result.estimate_fen is None:
            return self.tr("填写估价后可记录客户同意")
        return ""

    def _show_refusal(self, row: int, column: int, message: str) -> None:
        name = self.model.row_at(row).item.name
        title = self.model.headerData(column, Qt.Orientation.Horizontal)
        self.error_label.setText(self.tr("{0}的{1}未修改：{2}").format(name, title, message))
        self.error_label.show()
