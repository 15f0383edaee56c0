"""Above the bookings: the day (今天, 明天, ◀ ▶ a day back or on, a date field), the kind of work
shown (its chooser placed by the tab), and the two lists: the day's bookings by time (Alt+1) and
tomorrow's confirmation calls (明日确认, Alt+2)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabBar, QWidget

from app.appointments import WORK_KIND_LABELS, WorkKind
from ui.appointments.slot_picker import DayField
from ui.appointments.texts import weekday
from ui.labels_i18n import tr_label


class Mode(Enum):
    DAY = 0
    CONFIRM = 1


class DateBar(QWidget):
    def __init__(self, today: dt.date, changed: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appointments_bar")
        self._changed = changed
        self.today = today
        self.modes = QTabBar(self)
        self.modes.setObjectName("appointment_modes")
        self.modes.setExpanding(False)
        self.modes.setDrawBase(False)
        self.modes.setUsesScrollButtons(False)
        self.modes.setElideMode(Qt.TextElideMode.ElideNone)
        self.modes.addTab(self.tr("当天预约"))
        self.modes.addTab(self.tr("明日确认"))
        self.modes.setTabToolTip(0, "Alt+1")
        self.modes.setTabToolTip(1, "Alt+2")
        self.modes.currentChanged.connect(lambda _i: self._mode_changed())
        self.today_button = self._button(self.tr("今天"), "day_today", lambda: self.set_day(self.today))
        self.today_button.setToolTip("Ctrl+T")
        self.tomorrow_button = self._button(
            self.tr("明天"), "day_tomorrow", lambda: self.set_day(self.today + dt.timedelta(days=1))
        )
        self.earlier = self._button("◀", "day_earlier", lambda: self.step(-1))
        self.earlier.setToolTip(self.tr("前一天 (Alt+←)"))
        self.later = self._button("▶", "day_later", lambda: self.step(1))
        self.later.setToolTip(self.tr("后一天 (Alt+→)"))
        for button in (self.earlier, self.later):
            button.setFixedWidth(32)
        self.day = DayField(today, self)
        self.day.setObjectName("appointments_day")
        self.day.dateChanged.connect(lambda _d: self._day_changed())
        self.weekday = QLabel(weekday(today), self)
        self.weekday.setObjectName("appointments_weekday")
        self.kind = QComboBox(self)
        self.kind.setObjectName("appointments_kind")
        self.kind.addItem(self.tr("全部类别"), None)
        for kind in WorkKind:
            self.kind.addItem(tr_label(WORK_KIND_LABELS[kind]), kind.value)
        self.kind.currentIndexChanged.connect(lambda _i: changed())
        self.kind_caption = QLabel(self.tr("类别"), self)
        self.kind_caption.setBuddy(self.kind)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.modes)
        layout.addSpacing(8)
        for w in (self.today_button, self.tomorrow_button, self.earlier, self.day, self.later, self.weekday):
            layout.addWidget(w)
        layout.addStretch(1)  # the kind of work (self.kind) stands where the tab puts it

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        return button

    def mode(self) -> Mode:
        return Mode(max(self.modes.currentIndex(), 0))

    def choose_mode(self, mode: Mode) -> None:
        self.modes.setCurrentIndex(mode.value)

    def chosen_day(self) -> dt.date:
        return self.day.day()

    def chosen_kind(self) -> WorkKind | None:
        value = self.kind.currentData()
        return WorkKind(value) if value else None

    def set_day(self, day: dt.date) -> None:
        if day == self.day.day():
            self._changed()
        else:
            self.day.set_day(day)

    def show_day(self, day: dt.date) -> None:
        """The day's bookings of that day, read once."""
        self.modes.blockSignals(True)
        self.modes.setCurrentIndex(Mode.DAY.value)
        self.modes.blockSignals(False)
        self._day_enabled(True)
        self.set_day(day)

    def _day_enabled(self, enabled: bool) -> None:
        for w in (self.today_button, self.tomorrow_button, self.earlier, self.later, self.day):
            w.setEnabled(enabled)

    def step(self, days: int) -> None:
        self.set_day(self.day.day() + dt.timedelta(days=days))

    def set_today(self, today: dt.date) -> None:
        """The clock passed midnight: 今天 and 明天 mean the new days."""
        self.today = today

    def _day_changed(self) -> None:
        self.weekday.setText(weekday(self.day.day()))
        self._changed()

    def _mode_changed(self) -> None:
        confirming = self.mode() is Mode.CONFIRM
        self._day_enabled(not confirming)
        if confirming:
            self.day.blockSignals(True)
            self.day.set_day(self.today + dt.timedelta(days=1))
            self.day.blockSignals(False)
            self.weekday.setText(weekday(self.day.day()))
        self._changed()
