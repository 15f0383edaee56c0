"""提醒规则 (those who run the reports: the supervisor and the administrator): when to call, how
often again, how many tries a round, the hours when nobody is called, when a car counts as due
soon, its first service lost, lapsing or lost, the distance a day assumed without history, and
when the follow-up call after delivery (交车回访) is made and until when, how many days before the
annual inspection and the insurance run out the car is called about.

Enter moves from field to field and saves at the last (Ctrl+S or OK anywhere); each mistake is
shown beside its field; changes are asked about before the dialog closes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGroupBox, QLineEdit, QVBoxLayout, QWidget

from app.errors import FieldErrors, ValidationError
from app.reminders import ReminderRules, ReminderService
from app.roles import Actor
from app.validation import to_halfwidth
from ui.errors import show_error
from ui.forms import (
    CounterDialog,
    DiscardGuard,
    FieldForm,
    FieldGrid,
    SaveGuard,
    input_values,
    ok_cancel,
    show_field_errors,
)
from ui.i18n import tr as _tr
from ui.intake.enter_chain import EnterChain
from ui.operations import Operations

_TIME = re.compile(r"^(\d{1,2})[:：.](\d{2})$")
TIMES = ("quiet_from", "quiet_until")


def rule_captions() -> dict[str, str]:
    """Each rule's caption, in the order of the form (and of Enter)."""
    return {
        "first_call_days": _tr("到期前几天首次联系"),
        "repeat_days": _tr("再次联系间隔（天）"),
        "max_attempts": _tr("每轮最多拨打次数"),
        "due_soon_days": _tr("即将到期（天内）"),
        "quiet_from": _tr("免打扰开始"),
        "quiet_until": _tr("免打扰结束"),
        "first_service_lost_months": _tr("首保流失（月）"),
        "lapsing_months": _tr("休眠客户（月）"),
        "lost_months": _tr("流失客户（月）"),
        "default_km_per_day": _tr("默认日均里程 km"),
        "follow_up_days": _tr("交车后几天回访"),
        "follow_up_expires_days": _tr("交车后几天内有效"),
        "inspection_notice_days": _tr("年检到期前几天提醒"),
        "insurance_notice_days": _tr("保险到期前几天提醒"),
        "on_time_grace_days": _tr("到期后几天内算按时"),
        "retention_months": _tr("保有率回看（月）"),
    }


GROUPS = (
    ("first_call_days", "repeat_days", "max_attempts", "due_soon_days"),
    ("quiet_from", "quiet_until"),
    ("first_service_lost_months", "lapsing_months", "lost_months", "default_km_per_day"),
    ("follow_up_days", "follow_up_expires_days"),
    ("inspection_notice_days", "insurance_notice_days"),
    ("on_time_grace_days", "retention_months"),
)


def time_text(value: dt.time) -> str:
    return value.strftime("%H:%M")


class RulesDialog(CounterDialog):
    def __init__(
        self,
        reminders: ReminderService,
        actor: Actor,
        rules: ReminderRules,
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminder_rules_dialog")
        self.ops = (ops or Operations(self)).for_widget(self)
        self._reminders, self._actor, self._rules = reminders, actor, rules
        self.saved: ReminderRules | None = None
        self.setWindowTitle(self.tr("提醒规则"))
        self.setMinimumWidth(560)
        captions = rule_captions()
        titles = (
            self.tr("联系"),
            self.tr("免打扰时段（不拨打电话）"),
            self.tr("客户分类与里程"),
            self.tr("交车回访"),
            self.tr("年检与保险（按行驶证和保单上的日期）"),
            self.tr("到期未来厂分析的定义"),
        )
        self.inputs: dict[str, QLineEdit] = {}
        self.forms: list[FieldForm] = []
        layout = QVBoxLayout(self)
        for title, names in zip(titles, GROUPS, strict=True):
            box = QGroupBox(title, self)
            form = FieldGrid(box, columns=2)
            for name in names:
                field = QLineEdit(form)
                field.setObjectName(name)
                field.setMaximumWidth(90)
                value = getattr(rules, name)
                field.setText(time_text(value) if isinstance(value, dt.time) else f"{value:g}")
                form.add_field(name, captions[name], field)
                self.inputs[name] = field
            QVBoxLayout(box).addWidget(form)
            self.forms.append(form)
            layout.addWidget(box)
        self.inputs["quiet_from"].setPlaceholderText("20:00")
        self.inputs["quiet_until"].setPlaceholderText("09:00")
        buttons = ok_cancel(self)
        buttons.accepted.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.saving = SaveGuard(*buttons.buttons())
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.enter_chain = EnterChain(list(self.inputs.values()), self.save, self)
        self.discard = DiscardGuard(self, lambda: input_values(*self.forms))
        self.inputs["first_call_days"].setFocus()
        self.inputs["first_call_days"].selectAll()

    def form_rules(self, errors: FieldErrors) -> ReminderRules:
        values: dict[str, object] = {}
        for name, field in self.inputs.items():
            text = to_halfwidth(field.text()).strip()
            default = getattr(self._rules, name)
            if name in TIMES:
                match = _TIME.match(text)
                if match is None or int(match.group(1)) > 23 or int(match.group(2)) > 59:
                    errors.add(ValidationError(name, self.tr("请按 时:分 填写，例如 20:00")))
                    values[name] = default
                else:
                    values[name] = dt.time(int(match.group(1)), int(match.group(2)))
            elif isinstance(default, float):
                try:
                    values[name] = float(text)
                except ValueError:
                    errors.add(ValidationError(name, self.tr("请填写数字")))
                    values[name] = default
            elif text.isdigit():
                values[name] = int(text)
            else:
                errors.add(ValidationError(name, self.tr("请填写整数")))
                values[name] = default
        return dataclasses.replace(self._rules, **values)  # type: ignore[arg-type]

    def save(self) -> None:
        if self.saving.running:
            return
        errors = FieldErrors()
        rules = self.form_rules(errors)
        mistake = errors.error()
        if mistake is not None:
            show_field_errors(self, self.forms, mistake)
            return
        for form in self.forms:
            form.clear_errors()
        self.saving.start()
        op = self.ops.write(self._reminders.set_rules, self._actor, rules)
        op.success(self._saved).failure(self._failed).finally_(self.saving.end).run()

    def _saved(self, rules: ReminderRules) -> None:
        self.saved = rules
        self.discard.mark_clean()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            show_field_errors(self, self.forms, error)
            return
        show_error(self, error)

    def reject(self) -> None:
        if self.discard.may_close():
            super().reject()
