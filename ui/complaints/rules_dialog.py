"""投诉规则 (those who handle complaints): within how many hours of its opening a complaint gets its
first reply, and how many hours before that the list turns amber. Complaints already open keep
their deadline. Enter moves on and saves at the last field."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from app.errors import FieldErrors, ValidationError, combined
from app.reports import ComplaintRules, ComplaintService
from app.roles import Actor
from app.validation import to_halfwidth
from ui.complaints.dialog_kit import FormDialog
from ui.operations import Op, Operations


class RulesDialog(FormDialog):
    def __init__(
        self,
        complaints: ComplaintService,
        actor: Actor,
        rules: ComplaintRules,
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__("complaint_rules_dialog", parent, ops)
        self.setWindowTitle(self.tr("投诉规则"))
        self.setMinimumWidth(420)
        self.complaints, self.actor = complaints, actor
        self.result_: ComplaintRules | None = None
        self.about.setText(self.tr("新登记的投诉按这里的时限计算首次回复期限；已登记的投诉保持原期限。"))
        self.reply_hours = self._hours("reply_hours", rules.reply_hours)
        self.warning_hours = self._hours("warning_hours", rules.warning_hours)
        self.form.add_field("reply_hours", self.tr("首次回复时限（小时）"), self.reply_hours)
        self.form.add_field("warning_hours", self.tr("提前提醒（小时）"), self.warning_hours)
        self.finish([self.reply_hours, self.warning_hours])

    def _hours(self, name: str, value: int) -> QLineEdit:
        field = QLineEdit(str(value), self)
        field.setObjectName(name)
        field.setMaximumWidth(90)
        return field

    def write(self) -> Op[Any] | None:
        errors = FieldErrors()
        values: dict[str, int] = {}
        for name, field in (("reply_hours", self.reply_hours), ("warning_hours", self.warning_hours)):
            text = to_halfwidth(field.text()).strip()
            if not text.isdigit():
                errors.add(ValidationError(name, self.tr("请填写整数小时数")))
                continue
            values[name] = int(text)
        if errors.errors:
            self.show_errors(combined(errors.errors))
            return None
        return self.ops.write(self.complaints.set_rules, self.actor, ComplaintRules(**values))

    def saved(self, result: Any) -> None:
        self.result_ = result
