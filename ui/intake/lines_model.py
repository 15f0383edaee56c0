"""The lines of a repair order being edited: an editable table model with live amounts and totals.

Each row keeps what the advisor typed (text); every change re-checks the row with the same rules
the service applies (app.orders.lines.clean_line), shows the amount or marks the cell at fault,
and emits totals_changed so the totals under the table follow as one types.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.errors import ValidationError
from app.orders import (
    LINE_KIND_LABELS,
    OTHER_COSTS,
    PAYER_LABELS,
    LineInfo,
    LineInput,
    LineKind,
    Payer,
    Totals,
    clean_line,
    fen_of,
    to_decimal,
    totals_of,
)
from ui.i18n import QT_TRANSLATE_NOOP, localized
from ui.labels_i18n import tr_label

Index = QModelIndex | QPersistentModelIndex

COL_KIND, COL_CODE, COL_DESCRIPTION, COL_QTY, COL_PRICE, COL_AMOUNT, COL_PAYER = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("labels", "类型"),
    QT_TRANSLATE_NOOP("labels", "编号"),
    QT_TRANSLATE_NOOP("labels", "项目 / 配件名称"),
    QT_TRANSLATE_NOOP("labels", "工时 / 数量"),
    QT_TRANSLATE_NOOP("labels", "单价 / 金额（元）"),
    QT_TRANSLATE_NOOP("labels", "金额（元）"),
    QT_TRANSLATE_NOOP("labels", "付费方"),
)
ERROR_BACKGROUND = QColor("#f8d7da")
# A choice column's values: the stored value with its label.
CHOICES: dict[int, dict[str, str]] = {
    COL_KIND: {k.value: v for k, v in LINE_KIND_LABELS.items()},
    COL_PAYER: {k.value: v for k, v in PAYER_LABELS.items()},
}
# Which column a ValidationError's field (lines[i].<field>) belongs to.
FIELD_COLUMNS = {
    "kind": COL_KIND,
    "code": COL_CODE,
    "description": COL_DESCRIPTION,
    "hours": COL_QTY,
    "quantity": COL_QTY,
    "rate_fen": COL_PRICE,
    "unit_price_fen": COL_PRICE,
    "amount_fen": COL_PRICE,
    "payer": COL_PAYER,
}


def line_index(field: str) -> int:
    """The row of a line's field name in a service's error (lines[2].hours -> 2)."""
    return int(field[6 : field.index("]")])


def yuan_text(fen: int | None) -> str:
    if fen is None:
        return ""
    whole, cents = divmod(abs(fen), 100)
    return f"{'-' if fen < 0 else ''}{whole:,}.{cents:02d}"


def parse_yuan(field: str, text: str, label: str) -> int | None:
    """Yuan as typed ("450", "1,234.5", "￥88") to fen; "" is None (the service says it is missing)."""
    cleaned = text.strip().replace(",", "").replace("，", "").lstrip("¥￥").strip()
    if not cleaned:
        return None
    return fen_of(to_decimal(field, cleaned, label) * 100)


def _number_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}"


@dataclass(frozen=True)
class EditLine:
    """A line as it stands in the editor: the advisor's text, not yet checked."""

    kind: str = LineKind.LABOUR.value
    code: str = ""
    description: str = ""
    qty: str = ""  # hours (labour) or quantity (part); unused for other costs
    price: str = ""  # yuan: hourly rate, unit price, or the amount of an other cost
    payer: str = Payer.CUSTOMER.value

    @classmethod
    def new(cls, kind: LineKind, payer: str = Payer.CUSTOMER.value) -> EditLine:
        if kind is LineKind.OTHER:
            return cls(kind=kind.value, code="towing", description=OTHER_COSTS["towing"], payer=payer)
        return cls(kind=kind.value, qty="1", payer=payer)

    @classmethod
    def from_info(cls, line: LineInfo) -> EditLine:
        if line.kind is LineKind.LABOUR:
            qty, price = _number_text(line.hours), yuan_text(line.rate_fen)
        elif line.kind is LineKind.PART:
            qty, price = _number_text(line.quantity), yuan_text(line.unit_price_fen)
        else:
            qty, price = "", yuan_text(line.amount_fen)
        return cls(
            line.kind.value, line.code, line.description, qty, price.replace(",", ""), line.payer.value
        )

    def to_input(self, index: int) -> LineInput:
        """The service's input; a price that is not a number raises ValidationError for its cell."""
        f = f"lines[{index}]"
        base = LineInput(kind=self.kind, description=self.description, code=self.code, payer=self.payer)
        if self.kind == LineKind.LABOUR:
            rate = parse_yuan(f"{f}.rate_fen", self.price, "工时单价")
            return replace(base, hours=self.qty.strip() or None, rate_fen=rate)
        if self.kind == LineKind.PART:
            price = parse_yuan(f"{f}.unit_price_fen", self.price, "单价")
            return replace(base, quantity=self.qty.strip() or None, unit_price_fen=price)
        return replace(base, amount_fen=parse_yuan(f"{f}.amount_fen", self.price, "金额"))


@dataclass(frozen=True)
class RowCheck:
    line: LineInfo | None
    error: ValidationError | None

    @property
    def error_column(self) -> int | None:
        if self.error is None:
            return None
        return FIELD_COLUMNS.get(self.error.field.rsplit(".", 1)[-1], COL_DESCRIPTION)


def check_row(index: int, row: EditLine) -> RowCheck:
    try:
        return RowCheck(clean_line(index, row.to_input(index)), None)
    except ValidationError as e:
        return RowCheck(None, e)


class LinesModel(QAbstractTableModel):
    """Rows the advisor edits in place; the order editor reads inputs() when saving."""

    totals_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[EditLine] = []
        self._checks: list[RowCheck] = []
        self.read_only = False

    # -- content ----------------------------------------------------------------------------

    def set_lines(self, lines: list[EditLine]) -> None:
        self.beginResetModel()
        self._rows = list(lines)
        self._recheck_all()
        self.endResetModel()
        self.totals_changed.emit()

    def lines(self) -> list[EditLine]:
        return list(self._rows)

    def add_line(self, line: EditLine) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(line)
        self._checks.append(check_row(row, line))
        self.endInsertRows()
        self.totals_changed.emit()
        return row

    def remove_line(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        # Later rows moved up: their field names (lines[i]) changed.
        self._recheck_all()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1))
        self.totals_changed.emit()

    def inputs(self) -> list[LineInput]:
        """What the service gets; raises the first row's ValidationError (it names the row)."""
        return [row.to_input(i) for i, row in enumerate(self._rows)]

    def check(self, row: int) -> RowCheck:
        return self._checks[row]

    def first_error(self) -> tuple[int, ValidationError] | None:
        for i, check in enumerate(self._checks):
            if check.error is not None:
                return i, check.error
        return None

    def totals(self) -> Totals:
        """Totals of the rows that are complete; incomplete rows count as nothing yet."""
        return totals_of(c.line for c in self._checks if c.line is not None)

    def _recheck_all(self) -> None:
        self._checks = [check_row(i, r) for i, r in enumerate(self._rows)]

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return tr_label(HEADERS[section])
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid() or self.read_only or index.column() == COL_AMOUNT:
            return base
        row = self._rows[index.row()]
        if index.column() == COL_QTY and row.kind == LineKind.OTHER:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def _display(self, row: int, column: int) -> str:
        line = self._rows[row]
        if column == COL_KIND:
            return tr_label(CHOICES[COL_KIND].get(line.kind, line.kind))
        if column == COL_PAYER:
            return tr_label(CHOICES[COL_PAYER].get(line.payer, line.payer))
        if column == COL_CODE:
            other = line.kind == LineKind.OTHER
            return tr_label(OTHER_COSTS.get(line.code, line.code)) if other else line.code
        if column == COL_DESCRIPTION:
            return line.description
        if column == COL_QTY:
            return line.qty
        if column == COL_PRICE:
            return line.price
        checked = self._checks[row].line
        return yuan_text(checked.amount_fen) if checked is not None else "—"

    def edit_value(self, row: int, column: int) -> str:
        """The stored value a cell's editor starts from (a code, not its label)."""
        line = self._rows[row]
        return {
            COL_KIND: line.kind,
            COL_CODE: line.code,
            COL_DESCRIPTION: line.description,
            COL_QTY: line.qty,
            COL_PRICE: line.price,
            COL_PAYER: line.payer,
        }.get(column, "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(row, column)
        check = self._checks[row]
        at_fault = check.error_column == column
        if role == Qt.ItemDataRole.BackgroundRole and at_fault:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and at_fault and check.error is not None:
            return localized(check.error.message)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_QTY, COL_PRICE, COL_AMOUNT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        row, column = index.row(), index.column()
        line = self._rows[row]
        text = "" if value is None else str(value)
        if column == COL_KIND:
            if text == line.kind or text not in CHOICES[COL_KIND]:
                return False
            # A new kind starts afresh but keeps what was typed as the name and the payer.
            fresh = EditLine.new(LineKind(text), line.payer)
            line = fresh if text == LineKind.OTHER else replace(fresh, description=line.description)
        elif column == COL_CODE:
            line = replace(line, code=text.strip())
            if line.kind == LineKind.OTHER and (
                not line.description or line.description in OTHER_COSTS.values()
            ):
                line = replace(line, description=OTHER_COSTS.get(line.code, line.description))
        elif column == COL_DESCRIPTION:
            line = replace(line, description=text)
        elif column == COL_QTY:
            line = replace(line, qty=text.strip())
        elif column == COL_PRICE:
            line = replace(line, price=text.strip())
        elif column == COL_PAYER:
            if text not in CHOICES[COL_PAYER]:
                return False
            line = replace(line, payer=text)
        else:
            return False
        self._rows[row] = line
        self._checks[row] = check_row(row, line)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        self.totals_changed.emit()
        return True
