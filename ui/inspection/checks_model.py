"""The multi-point check's rows being edited (ChecksModel): readings, ratings, notes,
recommendations and estimates.

A measured item (tyre tread, brake pads, battery health) takes a reading and rates itself from
its limits as the reading is typed; any other item is rated by hand (正常 / 需尽快处理 / 需立即处理).
A cell that cannot take what was typed keeps its old value and says why (refused, and its
tooltip). A yellow or red row without the customer's answer shows its name in bold.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from app.errors import ValidationError
from app.inspection import MAX_ESTIMATE_FEN, MAX_READING, CheckInput, CheckResult, Rating
from app.validation.text import refuse_unsafe_characters
from ui.i18n import localized
from ui.inspection.checks_text import (
    COL_ESTIMATE,
    COL_NAME,
    COL_NOTE,
    COL_RATING,
    COL_READING,
    COL_RECOMMENDATION,
    COLUMN_COUNT,
    MAX_TEXT,
    RATING_TINTS,
    as_input,
    check_columns,
    limits_text,
    number_text,
    rating_text,
    yuan_text,
)
from ui.table_model import RowsModel

Index = QModelIndex | QPersistentModelIndex
UNCHECKED_TEXT = QColor("#7f8c8d")
ERROR_BACKGROUND = QColor("#f5b7b1")


class Refused(Exception):
    """What a cell was given cannot be kept; the message says why, in the interface language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _typed(value: Any) -> str:
    """A cell's new value as text, full-width digits and signs made plain (２．４ -> 2.4)."""
    return unicodedata.normalize("NFKC", "" if value is None else str(value)).strip()


class ChecksModel(RowsModel[CheckResult]):
    """The check results being edited; each row is the CheckResult as it stands now.

    changed: the user changed a cell. refused(row, column, message): a cell kept its old value.
    """

    changed = Signal()
    refused = Signal(int, int, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(check_columns(), parent)
        self.read_only = False
        self._clean: tuple[CheckInput, ...] = ()
        self._refusal: tuple[int, int, str] | None = None
        self._preview: tuple[int, Rating | None] | None = None  # a reading being typed: its rating

    # -- content ----------------------------------------------------------------------------

    def set_results(self, results: Sequence[CheckResult]) -> None:
        """Loads a sheet's results (every check item, rated or not); nothing is changed after it."""
        self._refusal = self._preview = None
        self.set_rows(results)
        self._clean = self.rows_input()

    def rows_input(self) -> tuple[CheckInput, ...]:
        """What the sheet saves: the rows rated, measured or noted, in the table's order."""
        return tuple(
            as_input(r) for r in self._rows if r.rating is not None or r.reading is not None or r.note
        )

    @property
    def dirty(self) -> bool:
        """The user changed something the save would keep since the results were loaded."""
        return self.rows_input() != self._clean

    def mark_clean(self) -> None:
        self._clean = self.rows_input()

    def row_of(self, code: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.item.code == code), None)

    @property
    def refusal(self) -> tuple[int, int, str] | None:
        """The cell that last refused what it was given, with why, until the next accepted edit."""
        return self._refusal

    def preview_reading(self, row: int, text: str) -> None:
        """Shows the rating a reading still being typed would get (nothing is kept yet); text that
        is not a reading yet shows the rating as it stands."""
        result = self._rows[row]
        try:
            reading = self._reading(result, _typed(text))
        except Refused:
            reading = None
        limits = result.item.limits
        preview = (row, limits.rate(reading) if limits is not None and reading is not None else None)
        if not _typed(text) or reading is not None:
            self._set_preview(preview)
        else:
            self._set_preview(None)

    def end_preview(self) -> None:
        self._set_preview(None)

    def _set_preview(self, preview: tuple[int, Rating | None] | None) -> None:
        before, self._preview = self._preview, preview
        for row in {before[0] if before else None, preview[0] if preview else None}:
            if row is not None and row < len(self._rows):
                at = self.index(row, COL_RATING)
                self.dataChanged.emit(at, at)

    def shown_rating(self, row: int) -> Rating | None:
        """The rating the row shows: the one of a reading being typed, else the row's."""
        if self._preview is not None and self._preview[0] == row:
            return self._preview[1]
        return self._rows[row].rating

    def is_editable(self, row: int, column: int) -> bool:
        if self.read_only or not 0 <= row < len(self._rows):
            return False
        result = self._rows[row]
        if column == COL_READING:
            return result.item.measured
        if column == COL_RATING:
            return not result.item.measured
        if column == COL_NOTE:
            return True
        if column in (COL_RECOMMENDATION, COL_ESTIMATE):
            return result.order_line_id is None  # approved: the job is on the order now
        return False

    # -- Qt model ---------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.is_editable(index.row(), index.column()):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == COL_RATING:
                return self.tr(
                    "测量项目按读数自动评级；其他项目按 1 正常、2 需尽快处理、3 需立即处理、0 未检查"
                )
            if section == COL_ESTIMATE:
                return self.tr("以元为单位，最多两位小数")
            return None
        return super().headerData(section, orientation, role)

    def edit_value(self, row: int, column: int) -> str:
        """The text a cell's editor starts from (the number without its unit, the rating's value)."""
        result = self._rows[row]
        if column == COL_READING:
            return number_text(result.reading) if result.reading is not None else ""
        if column == COL_RATING:
            return result.rating.value if result.rating is not None else ""
        if column == COL_NOTE:
            return result.note
        if column == COL_RECOMMENDATION:
            return result.recommendation
        if column == COL_ESTIMATE:
            return yuan_text(result.estimate_fen, grouped=False)
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        result = self._rows[row]
        refused_here = self._refusal is not None and self._refusal[:2] == (row, column)
        rating = self.shown_rating(row)
        if role == Qt.ItemDataRole.DisplayRole and column == COL_RATING:
            return rating_text(rating)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if refused_here:
                return QBrush(ERROR_BACKGROUND)
            if column == COL_RATING and rating is not None:
                return QBrush(RATING_TINTS[rating])
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_RATING and rating is None:
                return QBrush(UNCHECKED_TEXT)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column == COL_NAME and result.needs_decision:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(result, column, self._refusal[2] if refused_here and self._refusal else "")
        return super().data(index, role)

    def _tooltip(self, result: CheckResult, column: int, refusal: str) -> str | None:
        if refusal:
            return refusal
        if column == COL_NAME and result.needs_decision:
            return self.tr("{0}（待客户决定）").format(result.item.name)
        if column == COL_RATING and result.item.measured:
            return limits_text(result)
        if column in (COL_RECOMMENDATION, COL_ESTIMATE) and result.order_line_id is not None:
            return self.tr("已加入工单，请在工单中修改")
        text = self._columns[column].text(result)
        return text or None  # the whole text of a cell too narrow for it

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = index.row(), index.column()
        if not self.is_editable(row, column):
            return False
        old = self._rows[row]
        try:
            new = self._edited(old, column, value)
        except Refused as e:
            self._set_refusal((row, column, e.message))
            self.refused.emit(row, column, e.message)
            return False
        self._set_refusal(None)
        if new == old:
            return True
        # As the service does on save: a changed rating, or no recommendation left, drops the
        # customer's answer, unless the approved job is already on the order.
        if old.order_line_id is None and (new.rating != old.rating or not new.recommendation):
            new = replace(new, decision=None, decision_reason="", deferred_until=None)
        self._rows[row] = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        self.changed.emit()
        return True

    def _set_refusal(self, refusal: tuple[int, int, str] | None) -> None:
        before, self._refusal = self._refusal, refusal
        for cell in {before[:2] if before else None, refusal[:2] if refusal else None}:
            if cell is not None:
                at = self.index(*cell)
                self.dataChanged.emit(at, at)

    # -- what a cell takes ------------------------------------------------------------------

    def _edited(self, result: CheckResult, column: int, value: Any) -> CheckResult:
        if column == COL_READING:
            reading = self._reading(result, _typed(value))
            limits = result.item.limits
            rating = limits.rate(reading) if limits is not None and reading is not None else None
            return replace(result, reading=reading, rating=rating)
        if column == COL_RATING:
            text = _typed(value)
            if text and text not in tuple(Rating):
                raise Refused(self.tr("评级只能是正常、需尽快处理、需立即处理或未检查"))
            return replace(result, rating=Rating(text) if text else None)
        if column == COL_NOTE:
            return replace(result, note=self._text(value))
        if column == COL_RECOMMENDATION:
            return replace(result, recommendation=self._text(value))
        if column == COL_ESTIMATE:
            return replace(result, estimate_fen=self._estimate(_typed(value)))
        raise Refused(self.tr("此列不能修改"))

    def _reading(self, result: CheckResult, text: str) -> float | None:
        unit = result.item.unit
        if unit and text.lower().endswith(unit.lower()):
            text = text[: -len(unit)].strip()  # "2.4mm" as well as "2.4"
        if not text:
            return None
        try:
            reading = float(Decimal(text))
        except (InvalidOperation, ValueError):
            raise Refused(self.tr("读数应为数字，输入的是“{0}”").format(text)) from None
        if not math.isfinite(reading):
            raise Refused(self.tr("读数应为数字，输入的是“{0}”").format(text))
        if reading < 0:
            raise Refused(self.tr("读数不能为负数"))
        if reading > MAX_READING:
            raise Refused(self.tr("读数不能大于 {0}").format(number_text(MAX_READING)))
        return reading

    def _estimate(self, text: str) -> int | None:
        cleaned = text.replace(",", "").replace("，", "").strip().lstrip("¥￥").rstrip("元").strip()
        if not cleaned:
            return None
        try:
            amount = Decimal(cleaned)
        except InvalidOperation:
            raise Refused(self.tr("估价应为金额（元），输入的是“{0}”").format(text)) from None
        if not amount.is_finite():
            raise Refused(self.tr("估价应为金额（元），输入的是“{0}”").format(text))
        if amount < 0:
            raise Refused(self.tr("估价不能为负数"))
        if amount * 100 > MAX_ESTIMATE_FEN:
            raise Refused(self.tr("估价过大，请核对"))
        fen = amount * 100
        if fen != fen.to_integral_value():
            raise Refused(self.tr("估价最多保留两位小数"))
        return int(fen)

    def _text(self, value: Any) -> str:
        text = ("" if value is None else str(value)).strip()
        try:
            refuse_unsafe_characters("text", text)
        except ValidationError as e:
            raise Refused(localized(e.message)) from None
        if len(text) > MAX_TEXT:
            raise Refused(self.tr("最多 {0} 个字").format(MAX_TEXT))
        return text
