"""One table of the claim form (labour operations or parts): add and remove rows, edit in place,
Enter moves to the next cell, the mistakes of its rows listed under it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from ui.claims.items_model import ItemsModel
from ui.forms import ERROR_STYLE
from ui.i18n import localized
from ui.i18n import tr as _tr

Index = QModelIndex | QPersistentModelIndex
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterNextDelegate(QStyledItemDelegate):
    """Enter in a cell's editor keeps what was typed and goes on to the next cell."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.setObjectName("cell_editor")
        return editor

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
            and isinstance(editor, QWidget)
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.EditNextItem)
            return True
        return super().eventFilter(editor, event)


class ItemsTable(QGroupBox):
    """A titled table with its add and remove buttons (their shortcuts given by the form)."""

    def __init__(
        self, title: str, model: ItemsModel, add_text: str, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.model = model
        self.model.setParent(self)
        self.table = QTableView(self)
        self.table.setObjectName(f"{name}_table")
        self.table.setModel(model)
        self.table.setItemDelegate(EnterNextDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setTabKeyNavigation(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Each column as wide as its title asks (at least); the name takes the room left, and when
        # there is none the table scrolls sideways (to the cell being typed in).
        self._widths = [max(spec.width, header.sectionSizeHint(c)) for c, spec in enumerate(model.columns)]
        for column, width in enumerate(self._widths):
            self.table.setColumnWidth(column, width)
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)
        # Once the table has laid out its row numbers too (they take from the viewport's width).
        self._fit = QTimer(self)
        self._fit.setSingleShot(True)
        self._fit.setInterval(0)
        self._fit.timeout.connect(self.fit_columns)
        model.rowsInserted.connect(self._fit.start)
        model.modelReset.connect(self._fit.start)

        self.add_button = self._button(add_text, f"add_{name}", self.add_row)
        self.remove_button = self._button(_tr("删除行"), f"remove_{name}", self.remove_current)
        self.remove_button.setToolTip(_tr("删除光标所在的行（Ctrl+Del）"))
        QShortcut(QKeySequence("Ctrl+Delete"), self.table, self.remove_current).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.errors = QLabel(self)
        self.errors.setObjectName(f"{name}_errors")
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.setWordWrap(True)
        self.errors.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    def add_row(self) -> None:
        if self.model.read_only:
            return
        row = self.model.add_row()
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def remove_current(self) -> None:
        index = self.table.currentIndex()
        if not self.model.read_only and index.isValid():
            self.model.remove_row(index.row())

    # -- mistakes ---------------------------------------------------------------------------

    def show_errors(self, errors: list[ValidationError]) -> list[ValidationError]:
        """Marks the cells of the mistakes about this table's rows and lists them under it (a
        mistake about the table as a whole, field == prefix, too); returns the others."""
        self.model.clear_errors()
        lines, rest, first = [], [], None
        for error in errors:
            if error.field == self.model.prefix:
                lines.append(localized(error.message))
                continue
            placed = self.model.place(error)
            if placed is None:
                rest.append(error)
                continue
            first = first or placed
            lines.append(_tr("第 {0} 行：{1}").format(placed[0] + 1, localized(error.message)))
        self._show_lines(lines)
        if first is not None:
            self.table.setCurrentIndex(self.model.index(*first))
        return rest

    def clear_errors(self) -> None:
        self.model.clear_errors()
        self._show_lines([])

    def error_text(self) -> str:
        return self.errors.text() if not self.errors.isHidden() else ""

    def _show_lines(self, lines: list[str]) -> None:
        self.errors.setText("\n".join(lines))
        self.errors.setVisible(bool(lines))

    # -- keyboard ---------------------------------------------------------------------------

    def fit_columns(self) -> None:
        """The name column (the second) takes what the others leave of the table's width."""
        room = self.table.viewport().width() - sum(w for c, w in enumerate(self._widths) if c != 1)
        self.table.setColumnWidth(1, max(self._widths[1], room))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a cell that is not being edited goes on to the next cell as well."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit.start()
            return False
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            current = self.table.currentIndex()
            if current.isValid():
                columns, rows = self.model.columnCount(), self.model.rowCount()
                n = current.row() * columns + current.column() + 1
                if n < rows * columns:
                    self.table.setCurrentIndex(self.model.index(n // columns, n % columns))
            return True
        return False
