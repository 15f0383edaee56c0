"""The damage marks of the walk-around as a table beside the drawing: number, view, kind, note
(editable) and the photo's name. The page owns the list; the table shows and edits notes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.inspection import MARK_KIND_LABELS, MAX_NOTE, OUTLINE_VIEW_LABELS, MarkInput, MarkKind, OutlineView
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels_i18n import tr_label

Index = QModelIndex | QPersistentModelIndex
NOTE_COLUMN = 3
COLUMNS = (
    QT_TRANSLATE_NOOP("MarksModel", "编号"),
    QT_TRANSLATE_NOOP("MarksModel", "位置"),
    QT_TRANSLATE_NOOP("MarksModel", "类型"),
    QT_TRANSLATE_NOOP("MarksModel", "说明"),
    QT_TRANSLATE_NOOP("MarksModel", "照片"),
)


class MarksModel(QAbstractTableModel):
    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._marks: list[MarkInput] = []
        self.read_only = False

    @property
    def marks(self) -> tuple[MarkInput, ...]:
        return tuple(self._marks)

    def set_marks(self, marks: Sequence[MarkInput]) -> None:
        self.beginResetModel()
        self._marks = list(marks)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._marks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("MarksModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        mark = self._marks[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (
                str(index.row() + 1),
                tr_label(OUTLINE_VIEW_LABELS[OutlineView(mark.view)]),
                tr_label(MARK_KIND_LABELS[MarkKind(mark.kind)]),
                mark.note,
                mark.photo_name,
            )[index.column()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() == NOTE_COLUMN and not self.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != NOTE_COLUMN:
            return False
        note = " ".join(str(value).split())[:MAX_NOTE]
        self._marks[index.row()] = replace(self._marks[index.row()], note=note)
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True
