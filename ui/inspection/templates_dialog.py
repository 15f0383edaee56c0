"""The supervisor's lists: the interview's questions and the multi-point check's items, edited as
two tables (add, remove, move, type into the cells). Saving checks both lists as a whole (the
service says every mistake at once); closing with changes asks first.

Questions: code, text, kind (text / choice / multi), options separated by 、 or commas.
Check items: code, group, name, unit, and for measured items the red and yellow limits and
whether a higher reading is worse.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import changes_of
from app.errors import InvalidFields, QiantaiError, ValidationError
from app.inspection import AnswerKind, CheckItem, Limits, Question
from app.inspection.service import InspectionService
from app.roles import Actor
from ui.errors import show_error
from ui.forms import ERROR_STYLE, CounterDialog, DiscardGuard, resize_within_screen
from ui.i18n import QT_TRANSLATE_NOOP, localized, tr
from ui.operations import Operations

Index = QModelIndex | QPersistentModelIndex
OPTION_SPLIT = re.compile(r"[、,，;；]\s*")
YES = ("是", "yes", "y", "1", "true")
CONTEXT = "TemplatesDialog"

QUESTION_COLUMNS = (
    QT_TRANSLATE_NOOP("TemplatesDialog", "编号"),
    QT_TRANSLATE_NOOP("TemplatesDialog", "问题"),
    QT_TRANSLATE_NOOP("TemplatesDialog", "回答方式（text / choice / multi）"),
    QT_TRANSLATE_NOOP("TemplatesDialog", "选项（用、分隔）"),
)
CHECK_COLUMNS = (
    QT_TRANSLATE_NOOP("TemplatesDialog", "编号"),
    QT_TRANSLATE_NOOP("TemplatesDialog", "分组"),
    QT_TRANSLATE_NOOP("TemplatesDialog", "项目"),
    QT_TRANSLATE_NOOP("TemplatesDialog", "单位"),
    QT_TRANSLATE_NOOP("TemplatesDialog", "红色界限"),
    QT_TRANSLATE_NOOP("TemplatesDialog", "黄色界限"),
    QT_TRANSLATE_NOOP("TemplatesDialog", "越大越差（是/否）"),
)


class TextRows(QAbstractTableModel):
    """Rows of cell texts under translated titles: what the two tables edit."""

    def __init__(self, titles: Sequence[str], rows: Sequence[Sequence[str]], parent: Any = None) -> None:
        super().__init__(parent)
        self._titles = tuple(titles)
        self.rows: list[list[str]] = [list(r) for r in rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(CONTEXT, self._titles[section])
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.rows[index.row()][index.column()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        self.rows[index.row()][index.column()] = " ".join(str(value).split())
        self.dataChanged.emit(index, index)
        return True

    def insert_row(self, at: int, cells: Sequence[str]) -> None:
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.insert(at, list(cells))
        self.endInsertRows()

    def remove_row(self, at: int) -> None:
        self.beginRemoveRows(QModelIndex(), at, at)
        del self.rows[at]
        self.endRemoveRows()

    def move_row(self, at: int, to: int) -> None:
        if not (0 <= at < len(self.rows) and 0 <= to < len(self.rows)) or at == to:
            return
        self.beginResetModel()
        self.rows.insert(to, self.rows.pop(at))
        self.endResetModel()


def question_rows(questions: Sequence[Question]) -> list[list[str]]:
    return [[q.code, q.text, q.kind.value, "、".join(q.options)] for q in questions]


def check_rows(items: Sequence[CheckItem]) -> list[list[str]]:
    def limit(value: float | None) -> str:
        return "" if value is None else f"{value:g}"

    return [
        [
            i.code,
            i.group,
            i.name,
            i.unit,
            limit(i.limits.red if i.limits else None),
            limit(i.limits.yellow if i.limits else None),
            "是" if i.limits and i.limits.higher_is_worse else "",
        ]
        for i in items
    ]


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def questions_of(rows: Sequence[Sequence[str]]) -> tuple[Question, ...]:
    """The table's questions; a kind that cannot be read is a ValidationError."""
    out = []
    for n, (code, text, kind, options) in enumerate(rows):
        try:
            answer = AnswerKind(kind.strip().lower() or "text")
        except ValueError:
            message = tr("第 {0} 行：回答方式应为 text、choice 或 multi").format(n + 1)
            raise ValidationError(f"questions[{n}].kind", message) from None
        choices = tuple(o for o in OPTION_SPLIT.split(options) if o)
        out.append(Question(code.strip() or f"q{n + 1}", text, answer, choices))
    return tuple(out)


def checks_of(rows: Sequence[Sequence[str]]) -> tuple[CheckItem, ...]:
    """The table's check items; limits that are not numbers are a ValidationError."""
    out = []
    for n, (code, group, name, unit, red, yellow, worse) in enumerate(rows):
        limits = None
        if red or yellow:
            r, y = _number(red), _number(yellow)
            if r is None or y is None:
                message = tr("第 {0} 行：测量项目的红色和黄色界限都应为数字").format(n + 1)
                raise ValidationError(f"checks[{n}].limits", message)
            limits = Limits(r, y, worse.strip().lower() in YES)
        out.append(CheckItem(code.strip() or f"item{n + 1}", group, name, unit, limits))
    return tuple(out)


class TemplatesDialog(CounterDialog):
    def __init__(
        self,
        service: InspectionService,
        actor: Actor,
        lists: tuple[Sequence[Question], Sequence[CheckItem]],
        parent: QWidget | None = None,
        *,
        ops: Operations | None = None,
    ) -> None:
        """lists: the questions and check items as they are (read off the UI thread first)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("问诊问题和检查项目"))
        self.ops = (ops or Operations(self)).for_widget(self)
        self._service, self._actor = service, actor
        self.questions = TextRows(QUESTION_COLUMNS, question_rows(lists[0]), self)
        self.checks = TextRows(CHECK_COLUMNS, check_rows(lists[1]), self)
        self.pages = QTabWidget(self)
        self.question_table = self._page(self.questions, self.tr("问诊问题"), 1)
        self.check_table = self._page(self.checks, self.tr("检查项目"), 2)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Save | standard.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.discard = DiscardGuard(self, lambda: (self.questions.rows, self.checks.rows))
        self.discard.mark_clean()
        resize_within_screen(self, 980, 640)

    def _page(self, model: TextRows, title: str, stretch_column: int) -> QTableView:
        page = QWidget(self)
        table = QTableView(page)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("添加"), lambda: model.insert_row(self._current(table) + 1, [""] * model.columnCount())),
            (self.tr("删除"), lambda: self._remove(table, model)),
            (self.tr("上移"), lambda: self._move(table, model, -1)),
            (self.tr("下移"), lambda: self._move(table, model, 1)),
        ):
            button = QPushButton(text, page)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(table, 1)
        layout.addLayout(row)
        self.pages.addTab(page, title)
        return table

    @staticmethod
    def _current(table: QTableView) -> int:
        index = table.currentIndex()
        return index.row() if index.isValid() else -1

    def _remove(self, table: QTableView, model: TextRows) -> None:
        if self._current(table) >= 0:
            model.remove_row(self._current(table))

    def _move(self, table: QTableView, model: TextRows, step: int) -> None:
        at = self._current(table)
        model.move_row(at, at + step)
        table.selectRow(max(0, min(model.rowCount() - 1, at + step)))

    def save(self) -> None:
        self.error.clear()
        try:
            questions, checks = questions_of(self.questions.rows), checks_of(self.checks.rows)
        except ValidationError as e:
            self.error.setText(localized(e.message))
            return
        service, actor = self._service, self._actor

        def work(_control: object) -> None:
            service.set_lists(actor, questions, checks)

        def failed(error: BaseException) -> None:
            if isinstance(error, InvalidFields):
                self.error.setText("\n".join(localized(e.message) for e in error.errors))
            elif isinstance(error, QiantaiError):
                self.error.setText(localized(error.message))
            else:
                show_error(self, error)

        def saved(_result: object) -> None:
            self.discard.mark_clean()
            self.accept()

        self.ops.task(work, changes_of(InspectionService.set_lists)).success(saved).failure(failed).run()

    def reject(self) -> None:
        if self.discard.may_close():
            super().reject()
