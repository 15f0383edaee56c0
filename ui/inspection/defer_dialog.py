"""The customer puts a recommended job off (客户暂缓…): why, and the date of the follow-up call."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.errors import ValidationError
from app.inspection import CheckResult
from app.validation.text import refuse_unsafe_characters
from ui.forms import CounterDialog, DiscardGuard, FieldForm, input_values, ok_cancel
from ui.i18n import tr as _tr
from ui.inspection.checks_text import MAX_TEXT
from ui.intake.enter_chain import EnterChain

DEFER_DAYS = 30  # the follow-up call's default date: a month from today


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
