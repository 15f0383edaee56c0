"""Above the audit log: the days (from, to: today when the page opens), the user, the category and
the action, one record as the counter names it (RO number, plate, VIN, claim number, #12 for a
complaint, a user name, a customer's phone) and a text in the before or after. Enter in any of
them searches; choosing in a list searches at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QLabel, QLineEdit, QWidget

from app.auditing import SYSTEM_USER, AuditCategory, AuditQuery, Filters, in_category
from ui.labels_i18n import tr_label

BAD_FIELD_STYLE = "QLineEdit { border: 1px solid #c0392b; }"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class FiltersBar(QWidget):
    def __init__(self, search: Callable[[], None], today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit_filters")
        self._search = search
        self._actions: tuple[tuple[str, str], ...] = ()
        self.since = self._date_field("audit_since", today)
        self.until = self._date_field("audit_until", today)
        self.user = self._combo("audit_user")
        self.category = self._combo("audit_category")
        self.action = self._combo("audit_action")
        self.category.activated.connect(lambda _i: self._category_chosen())
        self.record = QLineEdit(self)
        self.record.setObjectName("audit_record")
        self.record.setPlaceholderText(self.tr("工单号 / 车牌 / 车架号 / 索赔单号 / #投诉 / 用户名 / 手机号"))
        self.record.setClearButtonEnabled(True)
        self.record.textEdited.connect(lambda _t: self.record.setStyleSheet(""))
        self.text = QLineEdit(self)
        self.text.setObjectName("audit_text")
        self.text.setPlaceholderText(self.tr("修改前后的内容，例如姓名、车牌"))
        self.text.setClearButtonEnabled(True)
        fields: list[QWidget] = [self.since, self.until, self.user, self.category, self.action]
        fields += [self.record, self.text]
        fields += [w for d in (self.since, self.until) for w in d.findChildren(QLineEdit)]
        for widget in fields:
            widget.installEventFilter(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        row0: list[tuple[str, QWidget]] = [
            (self.tr("日期从"), self.since),
            (self.tr("到"), self.until),
            (self.tr("用户"), self.user),
            (self.tr("类别"), self.category),
            (self.tr("操作"), self.action),
        ]
        column = 0
        for caption, field in row0:
            label = QLabel(caption, self)
            label.setBuddy(field)
            grid.addWidget(label, 0, column)
            grid.addWidget(field, 0, column + 1)
            column += 2
        for caption, field, at, span in (
            (self.tr("记录"), self.record, 0, 5),
            (self.tr("内容"), self.text, 6, 3),
        ):
            label = QLabel(caption, self)
            label.setBuddy(field)
            grid.addWidget(label, 1, at)
            grid.addWidget(field, 1, at + 1, 1, span)
        grid.setColumnStretch(5, 1)
        grid.setColumnStretch(9, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in any filter searches (a date's, a list's, a text's)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not (isinstance(watched, QComboBox) and watched.view().isVisible())
        ):
            self._search()
            return True
        return super().eventFilter(watched, event)

    def _date_field(self, name: str, day: dt.date) -> QDateEdit:
        field = QDateEdit(_qdate(day), self)
        field.setObjectName(name)
        field.setDisplayFormat("yyyy-MM-dd")
        field.setCalendarPopup(True)
        return field

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.activated.connect(lambda _i: self._search() if combo is not self.category else None)
        return combo

    def offer(self, filters: Filters) -> None:
        """The users, categories and actions to choose from (the choice made is kept)."""
        kept_user = self.user.currentData()
        self.user.clear()
        self.user.addItem(self.tr("全部用户"), None)
        self.user.addItem(tr_label("系统"), SYSTEM_USER)
        for colleague in filters.users:
            self.user.addItem(colleague.name, colleague.id)
        self.user.setCurrentIndex(max(self.user.findData(kept_user), 0))
        kept_category = self.category.currentData()
        self.category.clear()
        self.category.addItem(self.tr("全部类别"), None)
        for category, label in filters.categories:
            self.category.addItem(tr_label(label), category.value)
        self.category.setCurrentIndex(max(self.category.findData(kept_category), 0))
        self._actions = filters.actions
        self._fill_actions()

    def _fill_actions(self) -> None:
        kept = self.action.currentData()
        chosen = self.category.currentData()
        self.action.clear()
        self.action.addItem(self.tr("全部操作"), None)
        for action, label in self._actions:
            if chosen is None or in_category(action, AuditCategory(chosen)):
                self.action.addItem(tr_label(label), action)
        self.action.setCurrentIndex(max(self.action.findData(kept), 0))

    def _category_chosen(self) -> None:
        self._fill_actions()
        self._search()

    def set_today(self, day: dt.date) -> None:
        self.since.setDate(_qdate(day))
        self.until.setDate(_qdate(day))

    def mark_record(self, bad: bool) -> None:
        self.record.setStyleSheet(BAD_FIELD_STYLE if bad else "")

    def query(self) -> AuditQuery:
        category = self.category.currentData()
        return AuditQuery(
            since=_day(self.since.date()),
            until=_day(self.until.date()),
            user_id=self.user.currentData(),
            category=AuditCategory(category) if category else None,
            action=self.action.currentData(),
            record=self.record.text(),
            text=self.text.text(),
        )
