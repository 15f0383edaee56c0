"""Above the complaints list: open ones or all (Alt+1, Alt+2; the open ones with their count),
only those given to me, a search text (plate, phone or its last 4 digits, name, RO number: as
the counter's lookup finds a customer), and the days they were opened (from, to)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QTabBar, QWidget

from app.reports import ComplaintQuery, Scope
from app.validation import to_halfwidth

SCOPES = (Scope.OPEN, Scope.ALL)
SEARCH_DELAY_MS = 250
BAD_DATE_STYLE = "QLineEdit { border: 1px solid #c0392b; }"


def parse_day(text: str) -> dt.date | None:
    """2026-11-27, 2026/11/27 or 20261127; ValueError for anything else."""
    cleaned = to_halfwidth(text).strip().replace("/", "-").replace(".", "-")
    if len(cleaned) == 8 and cleaned.isdigit():
        cleaned = f"{cleaned[:4]}-{cleaned[4:6]}-{cleaned[6:]}"
    return dt.date.fromisoformat(cleaned)


class ScopeChooser(QTabBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaint_scopes")
        self.setExpanding(False)
        self.setDrawBase(False)
        for n, _scope in enumerate(SCOPES, start=1):
            index = self.addTab("")
            self.setTabToolTip(index, f"Alt+{n}")
        self.set_open_total(None)

    def chosen(self) -> Scope:
        return SCOPES[max(self.currentIndex(), 0)]

    def choose(self, scope: Scope) -> None:
        self.setCurrentIndex(SCOPES.index(scope))

    def set_open_total(self, total: int | None) -> None:
        title = self.tr("未结案")
        self.setTabText(0, title if total is None else f"{title} ({total})")
        self.setTabText(1, self.tr("全部投诉"))


class FiltersBar(QWidget):
    def __init__(self, changed: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaint_filters")
        self._changed = changed
        self.scopes = ScopeChooser(self)
        self.scopes.currentChanged.connect(lambda _index: changed())
        self.mine = QCheckBox(self.tr("只看我负责的"), self)
        self.mine.setObjectName("complaints_mine")
        self.mine.toggled.connect(lambda _on: changed())
        self.search = QLineEdit(self)
        self.search.setObjectName("complaints_search")
        self.search.setPlaceholderText(self.tr("车牌 / 电话 / 姓名 / 工单号"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.timer = QTimer(self)  # the list follows the typing once it pauses
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(changed)
        self.search.textEdited.connect(lambda _text: self.timer.start())
        self.search.returnPressed.connect(self._now)
        self.since = self._day_field("complaints_since")
        self.until = self._day_field("complaints_until")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scopes)
        layout.addWidget(self.mine)
        layout.addSpacing(8)
        layout.addWidget(self.search, 1)
        for caption, field in ((self.tr("登记日期从"), self.since), (self.tr("到"), self.until)):
            label = QLabel(caption, self)
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field)

    def _day_field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setPlaceholderText("YYYY-MM-DD")
        field.setMaximumWidth(104)
        field.setClearButtonEnabled(True)
        field.returnPressed.connect(self._now)
        field.editingFinished.connect(self._day_done)
        return field

    def _now(self) -> None:
        self.timer.stop()
        self._changed()

    def _day_done(self) -> None:
        field = self.sender()
        if isinstance(field, QLineEdit) and field.isModified():
            field.setModified(False)
            self._now()

    def _day(self, field: QLineEdit) -> tuple[dt.date | None, bool]:
        """The day typed (None when empty) and whether it could be read."""
        text = field.text().strip()
        if not text:
            field.setStyleSheet("")
            return None, True
        try:
            day = parse_day(text)
        except ValueError:
            field.setStyleSheet(BAD_DATE_STYLE)
            return None, False
        field.setStyleSheet("")
        return day, True

    def query(self) -> tuple[ComplaintQuery, bool]:
        """What the list asks for, and whether every date could be read (one that cannot is
        left out and marked)."""
        since, since_ok = self._day(self.since)
        until, until_ok = self._day(self.until)
        query = ComplaintQuery(
            scope=self.scopes.chosen(),
            mine=self.mine.isChecked(),
            text=self.search.text(),
            since=since,
            until=until,
        )
        return query, since_ok and until_ok
