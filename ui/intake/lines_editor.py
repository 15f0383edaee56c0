"""The lines table of the order editor: add labour, parts and other costs, edit in place, totals below."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.orders import OTHER_COSTS, LineKind
from ui.i18n import localized, tr
from ui.intake.lines_model import (
    CHOICES,
    COL_CODE,
    COL_DESCRIPTION,
    COL_KIND,
    COL_PAYER,
    COL_PRICE,
    COL_QTY,
    EditLine,
    LinesModel,
    line_index,
    yuan_text,
)
from ui.labels_i18n import tr_label

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """Kind, payer and the category of an other cost are picked from a list, by keyboard too."""

    def __init__(self, model: LinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def _choices(self, index: Index) -> dict[str, str] | None:
        if index.column() in CHOICES:
            return CHOICES[index.column()]
        if index.column() == COL_CODE and self._model.lines()[index.row()].kind == LineKind.OTHER:
            return OTHER_COSTS
        return None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        choices = self._choices(index)
        if choices is None:
            return super().createEditor(parent, option, index)
        box = QComboBox(parent)
        for value, label in choices.items():
            box.addItem(tr_label(label), value)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(self._model.edit_value(index.row(), index.column()))
            editor.setCurrentIndex(max(found, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class LinesEditor(QWidget):
    """Buttons to add lines (Ctrl+1/2/3), the table, and the totals by kind and by payer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LinesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("lines_table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setTabKeyNavigation(True)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (COL_KIND, 60),
            (COL_CODE, 110),
            (COL_QTY, 90),
            (COL_PRICE, 120),
            (COL_PAYER, 90),
        ):
            self.table.setColumnWidth(column, width)

        self.add_labour = self._button(self.tr("添加工时 (Ctrl+1)"), "add_labour", LineKind.LABOUR, "Ctrl+1")
        self.add_part = self._button(self.tr("添加配件 (Ctrl+2)"), "add_part", LineKind.PART, "Ctrl+2")
        self.add_other = self._button(
            self.tr("拖车/备用车/补偿 (Ctrl+3)"), "add_other", LineKind.OTHER, "Ctrl+3"
        )
        self.remove = QPushButton(self.tr("删除行 (Ctrl+Del)"), self)
        self.remove.setObjectName("remove_line")
        self.remove.setAutoDefault(False)
        self.remove.clicked.connect(self.remove_current)
        QShortcut(QKeySequence("Ctrl+Delete"), self, self.remove_current)

        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("totals")
        self.totals_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("lines_error")
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setWordWrap(True)

        buttons = QHBoxLayout()
        for b in (self.add_labour, self.add_part, self.add_other, self.remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.totals_label)
        self.model.totals_changed.connect(self._show_totals)
        self._show_totals()

    def _button(self, text: str, name: str, kind: LineKind, shortcut: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self.add(kind))
        QShortcut(QKeySequence(shortcut), self, lambda: self.add(kind))
        return button

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        for b in (self.add_labour, self.add_part, self.add_other, self.remove):
            b.setEnabled(not read_only)

    def add(self, kind: LineKind) -> None:
        if self.model.read_only:
            return
        row = self.model.add_line(EditLine.new(kind))
        # Start where the advisor types next: the name for labour and parts, the amount otherwise.
        column = COL_PRICE if kind is LineKind.OTHER else COL_DESCRIPTION
        index = self.model.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def remove_current(self) -> None:
        if self.model.read_only:
            return
        index = self.table.currentIndex()
        if index.isValid():
            self.model.remove_line(index.row())

    def focus_error(self, row: int, column: int) -> None:
        index = self.model.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.setFocus()

    def focus_line_error(self, field: str) -> None:
        """The cell a service's mistake on lines[i].<field> is about (the row's first wrong cell)."""
        row = line_index(field)
        self.focus_error(row, self.model.check(row).error_column or COL_DESCRIPTION)

    def _show_totals(self) -> None:
        t = self.model.totals()
        parts = [
            self.tr("工时费 {0}").format(yuan_text(t.labour_fen)),
            self.tr("材料费 {0}").format(yuan_text(t.parts_fen)),
            self.tr("其他 {0}").format(yuan_text(t.other_fen)),
            self.tr("合计 {0} 元").format(yuan_text(t.total_fen)),
        ]
        payers = tr("，").join(f"{tr_label(p.label)} {yuan_text(p.amount_fen)}" for p in t.by_payer)
        text = "　".join(parts) + (self.tr("　（{0}）").format(payers) if payers else "")
        self.totals_label.setText(text)
        problem = self.model.first_error()
        if problem is None:
            self.error_label.clear()
            self.error_label.hide()
        else:
            row, error = problem
            self.error_label.setText(self.tr("第 {0} 行：{1}").format(row + 1, localized(error.message)))
            self.error_label.show()
