"""A day's slots to pick from, each with its free places (full and past ones greyed and not to be
picked), the day chosen with a date field (PageUp / PageDown a day back or on), and, after a full
slot was refused, the nearest free slots offered (a click or Enter picks one).

The slots are read off the UI thread for the day, the kind of work and the advisor the form
holds; a newer reading overtakes an older one. A closed day says so instead of listing slots."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.appointments import DaySlots, SlotLoad, WorkKind
from ui.appointments.bookings_model import SlotsModel, available
from ui.appointments.texts import slot_moment, weekday
from ui.claims.page_kit import read_only_table
from ui.operations import Operations
from ui.table_model import Column, RowsModel

ReadDay = Callable[[dt.date, WorkKind, int | None], DaySlots]
CLOSED_STYLE = "color: #a61b1b; font-weight: bold;"


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class DayField(QDateEdit):
    """A date typed or stepped (↑↓ the part under the cursor, PageUp / PageDown a day)."""

    def __init__(self, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(to_qdate(day), parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumWidth(120)

    def day(self) -> dt.date:
        return from_qdate(self.date())

    def set_day(self, day: dt.date) -> None:
        self.setDate(to_qdate(day))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_PageUp: -1, Qt.Key.Key_PageDown: 1}
        step = steps.get(Qt.Key(event.key()))
        if step is not None:
            self.set_day(self.day() + dt.timedelta(days=step))
            return
        super().keyPressEvent(event)


class SlotPicker(QWidget):
    chosen_changed = Signal()
    loaded = Signal()

    def __init__(
        self, read_day: ReadDay, ops: Operations, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("slot_picker")
        self._read_day = read_day
        self._ops = ops
        self._today = today
        self._kind = WorkKind.MAINTENANCE
        self._advisor_id: int | None = None
        self._wanted: dt.datetime | None = None  # to select when the day's slots come in
        self.slots: DaySlots | None = None

        self.day = DayField(today, self)
        self.day.setObjectName("slot_day")
        self.day.setMinimumDate(to_qdate(today))
        self.day.dateChanged.connect(lambda _date: self.reload())
        self.weekday = QLabel(self)
        self.earlier = self._step_button("◀", -1, self.tr("前一天 (PageUp)"))
        self.later = self._step_button("▶", 1, self.tr("后一天 (PageDown)"))
        self.closed = QLabel(self)
        self.closed.setObjectName("slot_closed")
        self.closed.setStyleSheet(CLOSED_STYLE)
        self.closed.setWordWrap(True)
        self.closed.hide()
        self.model = SlotsModel(self)
        self.table = read_only_table(self, self.model, "slot_table", stretch=1)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setMinimumHeight(150)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.chosen_changed.emit())

        self.alternatives_label = QLabel(self.tr("最近的空闲时段（单击或回车选用）："), self)
        self.alternatives_model: RowsModel[dt.datetime] = RowsModel(
            [Column(self.tr("可选时段"), slot_moment)], self
        )
        self.alternatives = read_only_table(self, self.alternatives_model, "slot_alternatives", stretch=0)
        self.alternatives.horizontalHeader().hide()
        rows = 5  # the service offers up to 5
        frame = 2 * self.alternatives.frameWidth()
        row_height = self.alternatives.verticalHeader().defaultSectionSize()
        self.alternatives.setFixedHeight(rows * row_height + frame)
        self.alternatives.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.alternatives.activated.connect(lambda index: self.take_alternative(index.row()))
        self.alternatives.clicked.connect(lambda index: self.take_alternative(index.row()))
        self.alternatives.installEventFilter(self)
        self.hide_alternatives()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.earlier)
        row.addWidget(self.day)
        row.addWidget(self.later)
        row.addWidget(self.weekday)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.closed)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.alternatives_label)
        layout.addWidget(self.alternatives)

    def _step_button(self, text: str, step: int, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setToolTip(tip)
        button.setFixedWidth(32)
        button.clicked.connect(lambda: self.day.set_day(self.day.day() + dt.timedelta(days=step)))
        return button

    # -- what to read -------------------------------------------------------------------------

    def set_query(self, kind: WorkKind, advisor_id: int | None) -> None:
        if (kind, advisor_id) == (self._kind, self._advisor_id) and self.slots is not None:
            return
        self._kind, self._advisor_id = kind, advisor_id
        self.reload()

    def choose(self, start: dt.datetime) -> None:
        """Shows the day of `start` and selects its slot once the day is read."""
        self._wanted = start
        day = start.astimezone().date()
        if day != self.day.day():
            self.day.set_day(day)  # reads the day
        else:
            self.reload()

    def reload(self) -> None:
        day = self.day.day()
        self.weekday.setText(weekday(day))
        current = self.chosen()
        if self._wanted is None and current is not None:
            self._wanted = current.start
        op = self._ops.read(self._read_day, day, self._kind, self._advisor_id)
        op.latest("slots").success(self._show).run()

    def _show(self, slots: DaySlots) -> None:
        self.slots = slots
        self.closed.setVisible(slots.closed)
        self.table.setVisible(not slots.closed)
        if slots.closed:
            self.closed.setText(self.tr("{0} {1} 不营业，不接受预约，请选择其他日期").format(
                slots.day.isoformat(), weekday(slots.day)
            ))  # fmt: skip
        elif not slots.slots:
            self.closed.setText(self.tr("这一天没有可预约的时段"))
            self.closed.show()
        self.model.set_rows(slots.slots)
        wanted, self._wanted = self._wanted, None
        row = self.model.row_of_start(wanted) if wanted is not None else None
        if row is not None and available(self.model.row_at(row)):
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
            self.table.setCurrentIndex(self.model.index(-1, -1))
            first = next((i for i, s in enumerate(slots.slots) if available(s)), None)
            if first is not None:
                self.table.scrollTo(self.model.index(first, 0))
        self.chosen_changed.emit()
        self.loaded.emit()

    # -- the choice -------------------------------------------------------------------------

    def chosen(self) -> SlotLoad | None:
        index = self.table.currentIndex()
        if self.slots is None or self.slots.closed or not index.isValid():
            return None
        if not self.table.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        slot = self.model.row_at(index.row())
        return slot if available(slot) else None

    # -- a full slot's alternatives ---------------------------------------------------------

    def show_alternatives(self, starts: Sequence[dt.datetime]) -> None:
        self.alternatives_model.set_rows(starts)
        shown = bool(starts)
        self.alternatives_label.setVisible(shown)
        self.alternatives.setVisible(shown)
        if shown:
            self.alternatives.selectRow(0)
            self.alternatives.setFocus()

    def hide_alternatives(self) -> None:
        self.alternatives_model.set_rows([])
        self.alternatives_label.hide()
        self.alternatives.hide()

    def take_alternative(self, row: int) -> None:
        if not 0 <= row < self.alternatives_model.rowCount():
            return
        start = self.alternatives_model.row_at(row)
        self.hide_alternatives()
        self.choose(start)
        self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on an alternative picks it (before any dialog's Enter chain sees the key)."""
        if (
            watched is self.alternatives
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.take_alternative(self.alternatives.currentIndex().row())
            return True
        return super().eventFilter(watched, event)
