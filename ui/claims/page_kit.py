"""What the pages of the claims tab share: a read-only table set up one way, its selected row,
buttons that Enter never presses, and keys that work only while their page has the keyboard."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView, QWidget

from ui.table_model import RowsModel


def page_button(
    page: QWidget, text: str, name: str, slot: Callable[[], None], key: str | None = None
) -> QPushButton:
    """A button that Enter in a field never presses; `key` is its shortcut on this page."""
    button = QPushButton(text, page)
    button.setObjectName(name)
    button.setAutoDefault(False)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.clicked.connect(slot)
    if key is not None:
        page_shortcut(page, key, slot)
    return button


def page_shortcut(page: QWidget, key: str, slot: Callable[[], None]) -> QShortcut:
    """A key of the page alone: the other pages of the tab may give it another meaning."""
    shortcut = QShortcut(QKeySequence(key), page)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut


def read_only_table(
    parent: QWidget, model: RowsModel[Any], name: str, stretch: int | None = None
) -> QTableView:
    """A list to read and pick from: whole rows, one at a time, columns as wide as their contents
    (one of them taking the room left)."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(50)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    # Rows added one by one (a scan at a time) do not make the header measure again by itself.
    def measure(*_: object) -> None:
        table.resizeColumnsToContents()
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    model.rowsInserted.connect(measure)
    return table


def selected_row(table: QTableView, model: RowsModel[Any]) -> Any:
    index = table.currentIndex()
    if not index.isValid() or index.row() >= model.rowCount():
        return None
    return model.row_at(index.row())


def select_first(table: QTableView, rows: Sequence[object]) -> None:
    if rows and not table.currentIndex().isValid():
        table.selectRow(0)
