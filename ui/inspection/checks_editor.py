"""The multi-point check as an editable table: readings, ratings, notes, recommendations and
estimates, with the customer's decisions beside them.

A measured item (tyre tread, brake pads, battery health) takes a reading and rates itself from
its limits as the reading is typed; any other item is rated by hand (正常 / 需尽快处理 / 需立即处理).
A cell that cannot take what was typed keeps its old value and says why (under the table and in
its tooltip). A yellow or red row without the customer's answer shows its name in bold; the two
buttons under the table ask for the answer (客户同意 / 客户暂缓…) through signals: the tab that
owns the editor saves the sheet and calls the service.

Keyboard: typing in a cell starts editing it, Enter commits and goes on to the next cell that
can be edited (the rating or reading of the next row after its estimate), Tab moves cell by cell;
in a rating cell 1 / 2 / 3 / 0 rate it 正常 / 需尽快处理 / 需立即处理 / 未检查 at once.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.inspection import (
    DECISION_LABELS,
    MAX_ESTIMATE_FEN,
    MAX_NOTE,
    MAX_READING,
    RATING_LABELS,
    CheckInput,
    CheckResult,
    Decision,
    Rating,
)
from app.validation.text import refuse_unsafe_characters
from ui.forms import ERROR_STYLE, CounterDialog, DiscardGuard, FieldForm, input_values, ok_cancel
from ui.i18n import localized
from ui.i18n import tr as _tr
from ui.intake.enter_chain import ENTER_KEYS, EnterChain
from ui.labels_i18n import tr_label
from ui.table_model import Column, RowsModel
from ui.time_format import local_today

Index = QModelIndex | QPersistentModelIndex

(
    COL_GROUP,
    COL_NAME,
    COL_READING,
    COL_PREVIOUS,
    COL_RATING,
    COL_NOTE,
    COL_RECOMMENDATION,
    COL_ESTIMATE,
    COL_DECISION,
) = range(9)
COLUMN_COUNT = 9

# The service's own limits (app.inspection refuses anything beyond them on save).
MAX_TEXT = MAX_NOTE
DEFER_DAYS = 30  # the follow-up call's default date: a month from today

OPEN_RATINGS = (Rating.YELLOW, Rating.RED)
# Light tints, so black text stays readable; the symbol says the same without colour.
RATING_TINTS = {
    Rating.GREEN: QColor("#dcf2e0"),
    Rating.YELLOW: QColor("#fff0c2"),
    Rating.RED: QColor("#f9d2d2"),
}
RATING_SYMBOLS = {Rating.GREEN: "✓", Rating.YELLOW: "!", Rating.RED: "✕"}
# The rating keys of a rating cell; "" is 未检查.
RATING_KEYS = {"1": Rating.GREEN.value, "2": Rating.YELLOW.value, "3": Rating.RED.value, "0": ""}
UNCHECKED_TEXT = QColor("#7f8c8d")
ERROR_BACKGROUND = QColor("#f5b7b1")


class Refused(Exception):
    """What a cell was given cannot be kept; the message says why, in the interface language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# ------------------------------------------------------------------ how values are shown


def number_text(value: float) -> str:
    """A reading without trailing zeros: 2.4, 10, 0.35."""
    return f"{value:.4f}".rstrip("0").rstrip(".")


def reading_text(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    return f"{number_text(value)} {unit}".strip()


def yuan_text(fen: int | None, grouped: bool = True) -> str:
    if fen is None:
        return ""
    whole, cents = divmod(abs(fen), 100)
    number = f"{whole:,}" if grouped else str(whole)
    return f"{'-' if fen < 0 else ''}{number}.{cents:02d}"


def rating_label(rating: Rating | None) -> str:
    return tr_label(RATING_LABELS[rating]) if rating is not None else _tr("未检查")


def rating_text(rating: Rating | None) -> str:
    """The rating with its symbol (✓ / ! / ✕, as the printed sheet draws them)."""
    if rating is None:
        return _tr("未检查")
    return f"{RATING_SYMBOLS[rating]} {rating_label(rating)}"


def previous_text(result: CheckResult) -> str:
    """Last visit's reading, or its rating when the item was rated by hand."""
    if result.previous_reading is not None:
        return reading_text(result.previous_reading, result.item.unit)
    if result.previous_rating is not None:
        return rating_label(result.previous_rating)
    return ""


def decision_text(result: CheckResult) -> str:
    if result.decision is Decision.APPROVED:
        return tr_label(DECISION_LABELS[Decision.APPROVED])
    if result.decision is Decision.DECLINED:
        if result.deferred_until is None:
            return tr_label(DECISION_LABELS[Decision.DECLINED])
        return _tr("暂缓至 {0}：{1}").format(result.deferred_until.isoformat(), result.decision_reason)
    return ""


def limits_text(result: CheckResult) -> str:
    """A measured item's limits, as the rating cell's tooltip."""
    limits, unit = result.item.limits, result.item.unit
    if limits is None:
        return ""
    red, yellow = reading_text(limits.red, unit), reading_text(limits.yellow, unit)
    if limits.higher_is_worse:
        return _tr("达到 {0} 需立即处理，达到 {1} 需尽快处理").format(red, yellow)
    return _tr("低于 {0} 需立即处理，低于 {1} 需尽快处理").format(red, yellow)


def check_columns() -> list[Column[CheckResult]]:
    return [
        Column(_tr("分组"), lambda r: r.item.group),
        Column(_tr("检查项目"), lambda r: r.item.name),
        Column(_tr("读数"), lambda r: reading_text(r.reading, r.item.unit), align_right=True),
        Column(_tr("上次"), previous_text),
        Column(_tr("评级"), lambda r: rating_text(r.rating)),
        Column(_tr("说明"), lambda r: r.note),
        Column(_tr("建议项目"), lambda r: r.recommendation),
        Column(_tr("估价（元）"), lambda r: yuan_text(r.estimate_fen), align_right=True),
        Column(_tr("客户决定"), decision_text),
    ]


def may_decide(result: CheckResult) -> bool:
    """The customer can be asked about this row: yellow or red, a job recommended, no answer yet."""
    return (
        result.rating in OPEN_RATINGS
        and bool(result.recommendation)
        and result.decision is None
        and result.order_line_id is None
    )


def may_approve(result: CheckResult) -> bool:
    """An approval becomes a line of the order at the estimate, so it needs one."""
    return may_decide(result) and result.estimate_fen is not None


def as_input(result: CheckResult) -> CheckInput:
    measured = result.item.measured
    return CheckInput(
        result.item.code,
        None if measured else (result.rating.value if result.rating is not None else None),
        result.reading if measured else None,
        result.note,
        result.recommendation,
        result.estimate_fen,
    )


def _typed(value: Any) -> str:
    """A cell's new value as text, full-width digits and signs made plain (２．４ -> 2.4)."""
    return unicodedata.normalize("NFKC", "" if value is None else str(value)).strip()


# ------------------------------------------------------------------ the model


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


# ------------------------------------------------------------------ the view


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


class DeferDialog(CounterDialog):
    """The customer puts a recommended job off: why, and when to call them about it."""

    deferred = Signal(str, object)  # reason, the follow-up date (datetime.date)

    def __init__(self, result: CheckResult, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("客户暂缓"))
        self._today = today
        about = QLabel(self.tr("{0}：{1}").format(result.item.name, result.recommendation), self)
        about.setObjectName("defer_item")
        about.setWordWrap(True)
        self.form = FieldForm(self)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("defer_reason")
        self.reason.setMaxLength(MAX_TEXT)
        self.reason.setPlaceholderText(self.tr("例如：下次保养时一起做"))
        self.until = QDateEdit(self)
        self.until.setObjectName("defer_until")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        tomorrow = today + dt.timedelta(days=1)
        self.until.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        default = today + dt.timedelta(days=DEFER_DAYS)
        self.until.setDate(QDate(default.year, default.month, default.day))
        self.form.add_field("reason", self.tr("原因"), self.reason)
        self.form.add_field("until", self.tr("回访日期"), self.until)
        self.buttons = ok_cancel(self)
        self.buttons.accepted.connect(self.try_accept)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.enter_chain = EnterChain([self.reason, self.until], self.try_accept, self)
        self.discard = DiscardGuard(self, lambda: input_values(self.form))
        self.resize(420, self.sizeHint().height())
        self.reason.setFocus()

    def until_date(self) -> dt.date:
        day = self.until.date()
        return dt.date(day.year(), day.month(), day.day())

    def try_accept(self) -> None:
        """Accepts with a reason and a date after today; else says what is missing beside it."""
        self.form.clear_errors()
        reason = " ".join(self.reason.text().split())
        problems = []
        if not reason:
            problems.append(ValidationError("reason", _tr("请填写客户暂缓的原因")))
        else:
            try:
                refuse_unsafe_characters("reason", reason)
            except ValidationError as e:
                problems.append(e)
        if self.until_date() <= self._today:
            problems.append(ValidationError("until", _tr("请选择今天以后的回访日期")))
        for problem in problems:
            self.form.put_error(problem)
        if problems:
            (self.reason if problems[0].field == "reason" else self.until).setFocus()
            return
        self.deferred.emit(reason, self.until_date())
        self.discard.drop_changes()
        self.accept()

    def reject(self) -> None:
        if self.discard.may_close():
            super().reject()


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
