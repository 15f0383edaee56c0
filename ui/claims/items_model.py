"""The claim's labour operations and parts as editable tables: rows keep what the clerk typed;
saving reads them into the service's inputs, and a mistake (ours or the service's, named
labour.<n>.<field> / parts.<n>.<field>) marks its cell in red with the message as its tooltip."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.claims import LabourInfo, LabourInput, PartInfo, PartInput
from app.errors import FieldErrors, ValidationError
from ui.i18n import localized
from ui.i18n import tr as _tr
from ui.intake.lines_model import parse_yuan, yuan_text

Index = QModelIndex | QPersistentModelIndex
ERROR_BACKGROUND = QColor("#f8d7da")
Value = str | bool


@dataclass(frozen=True)
class ItemColumn:
    key: str  # the field's name in the service's input (and in its errors)
    title: str
    check: bool = False  # a check box (hazardous)
    number: bool = False  # right-aligned
    width: int = 90


# The titles of the columns are words of their own (the same words inside the service's sentences
# read "Please enter the part number"), told apart by the disambiguation "claim column".


def labour_columns() -> tuple[ItemColumn, ...]:
    return (
        ItemColumn("code", _tr("工时代码", "claim column"), width=90),
        ItemColumn("name", _tr("工时项目", "claim column"), width=160),
        ItemColumn("hours", _tr("工时", "claim column"), number=True, width=55),
        ItemColumn("amount_fen", _tr("金额 ¥", "claim column"), number=True, width=80),
    )


def part_columns() -> tuple[ItemColumn, ...]:
    return (
        ItemColumn("part_no", _tr("零件号", "claim column"), width=110),
        ItemColumn("part_name", _tr("零件名称", "claim column"), width=110),
        ItemColumn("quantity", _tr("数量", "claim column"), number=True, width=45),
        ItemColumn("unit_price_fen", _tr("单价 ¥", "claim column"), number=True, width=70),
        ItemColumn("supplier_code", _tr("生产供应商", "claim column"), width=80),
        ItemColumn("responsible_supplier_code", _tr("责任供应商", "claim column"), width=80),
        ItemColumn("damage_reason", _tr("损坏原因", "claim column"), width=100),
        ItemColumn("hazardous", _tr("危险件", "claim column"), check=True, width=50),
    )


class ItemsModel(QAbstractTableModel):
    """Rows of typed values by column key; `prefix` names them in errors (labour, parts)."""

    changed = Signal()

    def __init__(self, prefix: str, columns: Sequence[ItemColumn], parent: Any = None) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self.columns = tuple(columns)
        self._rows: list[dict[str, Value]] = []
        self._errors: dict[tuple[int, str], str] = {}
        self.read_only = False

    # -- content ----------------------------------------------------------------------------

    def blank(self) -> dict[str, Value]:
        return {c.key: (False if c.check else "") for c in self.columns}

    def set_rows(self, rows: Sequence[dict[str, Value]]) -> None:
        self.beginResetModel()
        self._rows = [{**self.blank(), **r} for r in rows]
        self._errors.clear()
        self.endResetModel()
        self.changed.emit()

    def values(self) -> tuple[tuple[Value, ...], ...]:
        """What the rows hold (to tell whether the clerk changed anything)."""
        return tuple(tuple(r[c.key] for c in self.columns) for r in self._rows)

    def row_values(self, row: int) -> dict[str, Value]:
        return dict(self._rows[row])

    def add_row(self, values: dict[str, Value] | None = None) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append({**self.blank(), **(values or {})})
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove_row(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.clear_errors()  # later rows moved up: their names changed
        self.changed.emit()

    def column_of(self, key: str) -> int:
        return next((i for i, c in enumerate(self.columns) if c.key == key), 0)

    # -- errors -----------------------------------------------------------------------------

    def place(self, error: ValidationError) -> tuple[int, int] | None:
        """Marks the cell a prefix.<n>.<key> error is about; its (row, column), None if not ours."""
        head, _, rest = error.field.partition(".")
        number, _, key = rest.partition(".")
        if head != self.prefix or not number.isdigit() or not 0 <= int(number) < len(self._rows):
            return None
        row, column = int(number), self.column_of(key)
        self._errors[(row, self.columns[column].key)] = localized(error.message)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        return row, column

    def clear_errors(self) -> None:
        if self._errors:
            self._errors.clear()
            if self._rows:
                last = self.index(len(self._rows) - 1, len(self.columns) - 1)
                self.dataChanged.emit(self.index(0, 0), last)

    def error_at(self, row: int, column: int) -> str | None:
        return self._errors.get((row, self.columns[column].key))

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.columns[section].title if orientation == Qt.Orientation.Horizontal else str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid() or self.read_only:
            return base
        if self.columns[index.column()].check:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = self._rows[index.row()][column.key]
        if column.check:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        elif role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value
        error = self._errors.get((index.row(), column.key))
        if role == Qt.ItemDataRole.BackgroundRole and error is not None:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and error is not None:
            return error
        if role == Qt.ItemDataRole.TextAlignmentRole and column.number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        column = self.columns[index.column()]
        if column.check:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new: Value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole:
            new = "" if value is None else str(value).strip()
        else:
            return False
        row = self._rows[index.row()]
        if row[column.key] == new:
            return False
        row[column.key] = new
        self._errors.pop((index.row(), column.key), None)  # fixed, until the next save says
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    def set_value(self, row: int, key: str, value: Value) -> None:
        """Types a value into a cell (as the editor would)."""
        index = self.index(row, self.column_of(key))
        role = Qt.ItemDataRole.CheckStateRole if isinstance(value, bool) else Qt.ItemDataRole.EditRole
        state = (Qt.CheckState.Checked if value else Qt.CheckState.Unchecked).value
        self.setData(index, state if isinstance(value, bool) else value, role)


# -- rows to and from the service's records ------------------------------------------------


def _hours_text(hours: Decimal) -> str:
    return f"{hours.normalize():f}"


def _money_text(fen: int) -> str:
    return yuan_text(fen).replace(",", "")


def labour_row(item: LabourInput | LabourInfo) -> dict[str, Value]:
    return {
        "code": item.code,
        "name": item.name,
        "hours": _hours_text(Decimal(item.hours)),
        "amount_fen": _money_text(item.amount_fen),
    }


def part_row(item: PartInput | PartInfo) -> dict[str, Value]:
    return {
        "part_no": item.part_no,
        "part_name": item.part_name,
        "quantity": str(item.quantity),
        "unit_price_fen": _money_text(item.unit_price_fen),
        "supplier_code": item.supplier_code,
        "responsible_supplier_code": item.responsible_supplier_code,
        "damage_reason": item.damage_reason,
        "hazardous": item.hazardous,
    }


def _text(row: dict[str, Value], key: str) -> str:
    value = row[key]
    return value if isinstance(value, str) else ""


def _fen(errors: FieldErrors, field: str, text: str, label: str) -> int:
    return errors.check(lambda: parse_yuan(field, text, label) or 0, 0)


def _hours(field: str, text: str) -> Decimal:
    try:
        hours = Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise ValidationError(field, _tr("工时应为数字，如 1.5")) from None
    if not hours.is_finite():
        raise ValidationError(field, _tr("工时应为数字，如 1.5"))
    return hours


def _quantity(field: str, text: str) -> int:
    if not text.isdigit():
        raise ValidationError(field, _tr("数量应为整数件数，如 2"))
    return int(text)


def labour_inputs(model: ItemsModel, errors: FieldErrors) -> tuple[LabourInput, ...]:
    """The labour rows as the service takes them; a value that cannot be read goes to errors."""
    out = []
    for n in range(model.rowCount()):
        row, f = model.row_values(n), f"labour.{n}"
        hours = errors.check(lambda f=f, row=row: _hours(f"{f}.hours", _text(row, "hours")), Decimal(1))  # type: ignore[misc]
        amount = _fen(errors, f"{f}.amount_fen", _text(row, "amount_fen"), _tr("金额"))
        out.append(LabourInput(_text(row, "code"), _text(row, "name"), hours, amount))
    return tuple(out)


def part_inputs(model: ItemsModel, errors: FieldErrors) -> tuple[PartInput, ...]:
    out = []
    for n in range(model.rowCount()):
        row, f = model.row_values(n), f"parts.{n}"
        quantity = errors.check(lambda f=f, row=row: _quantity(f"{f}.quantity", _text(row, "quantity")), 1)  # type: ignore[misc]
        price = _fen(errors, f"{f}.unit_price_fen", _text(row, "unit_price_fen"), _tr("单价"))
        out.append(
            PartInput(
                part_no=_text(row, "part_no"),
                part_name=_text(row, "part_name"),
                quantity=quantity,
                unit_price_fen=price,
                supplier_code=_text(row, "supplier_code"),
                responsible_supplier_code=_text(row, "responsible_supplier_code"),
                damage_reason=_text(row, "damage_reason"),
                hazardous=bool(row["hazardous"]),
            )
        )
    return tuple(out)


def amount_of(labour: Sequence[LabourInput], parts: Sequence[PartInput]) -> int:
    return sum(x.amount_fen for x in labour) + sum(p.quantity * p.unit_price_fen for p in parts)
