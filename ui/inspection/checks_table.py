"""The multi-point check's table and its editors.

Keyboard: typing in a cell starts editing it, Enter commits and goes on to the next cell that
can be edited (the rating or reading of the next row after its estimate), Tab moves cell by cell;
in a rating cell 1 / 2 / 3 / 0 rate it 正常 / 需尽快处理 / 需立即处理 / 未检查 at once.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.inspection import Rating
from ui.i18n import tr as _tr
from ui.inspection.checks_model import ChecksModel
from ui.inspection.checks_text import (
    COL_ESTIMATE,
    COL_NOTE,
    COL_RATING,
    COL_READING,
    COL_RECOMMENDATION,
    COLUMN_COUNT,
    MAX_TEXT,
    RATING_KEYS,
    rating_text,
)
from ui.intake.enter_chain import ENTER_KEYS

Index = QModelIndex | QPersistentModelIndex


class ChecksDelegate(QStyledItemDelegate):
    """A list for the rating; a line edit (no longer than the service keeps) for the rest."""

    def __init__(self, model: ChecksModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == COL_RATING:
            box = QComboBox(parent)
            for rating in Rating:
                box.addItem(rating_text(rating), rating.value)
            box.addItem(_tr("未检查"), "")
            return box
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if index.column() == COL_READING:
            # The rating follows the reading key by key, before Enter keeps it.
            row = index.row()
            editor.textEdited.connect(lambda text: self._model.preview_reading(row, text))
        if index.column() in (COL_NOTE, COL_RECOMMENDATION):
            editor.setMaxLength(MAX_TEXT)
        if index.column() in (COL_READING, COL_ESTIMATE):
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if index.column() == COL_RATING and self._model.shown_rating(index.row()) is not None:
            # The rating keeps its colour on the selected row too.
            option.state &= ~QStyle.StateFlag.State_Selected

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        if index.column() == COL_READING:
            self._model.end_preview()
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = self._model.edit_value(index.row(), index.column())
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(value)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class ChecksTable(QTableView):
    """Enter commits a cell and goes on to the next editable one (staying on a refused one)."""

    def __init__(self, model: ChecksModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._refused = False
        self.setModel(model)
        model.refused.connect(self._note_refusal)

    def _note_refusal(self) -> None:
        self._refused = True

    def next_editable(self, index: QModelIndex) -> QModelIndex:
        """The next visible editable cell after index, along its row, then row by row."""
        rows = self._model.rowCount()
        row, column = (index.row(), index.column() + 1) if index.isValid() else (0, 0)
        while row < rows:
            if not self.isRowHidden(row):
                for c in range(max(column, 0), COLUMN_COUNT):
                    if self._model.is_editable(row, c) and not self.isColumnHidden(c):
                        return self._model.index(row, c)
            row, column = row + 1, 0
        return QModelIndex()

    def move_on(self) -> None:
        following = self.next_editable(self.currentIndex())
        if following.isValid():
            self.setCurrentIndex(following)
            self.scrollTo(following)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        entered = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache  # Enter in the editor
        refused, self._refused = self._refused, False
        super().closeEditor(editor, hint)
        if entered and not refused:
            self.move_on()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        current = self.currentIndex()
        if self.state() != QAbstractItemView.State.EditingState and current.isValid():
            if event.key() in ENTER_KEYS and modifiers == Qt.KeyboardModifier.NoModifier:
                self.move_on()
                return
            key = event.text()
            if (
                current.column() == COL_RATING
                and key in RATING_KEYS
                and modifiers == Qt.KeyboardModifier.NoModifier
                and self._model.is_editable(current.row(), COL_RATING)
            ):
                self._model.setData(current, RATING_KEYS[key])
                return
        super().keyPressEvent(event)
