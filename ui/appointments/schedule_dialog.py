"""预约设置 (the supervisor and the administrator): the opening hours, the slot length, the
places one slot takes per kind of work and per advisor, the closed weekdays and dates, and when
a booking not arrived counts as late. Mistakes show beside their fields; Enter moves on and
saves at the last field. Bookings already made keep their slots."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from app.appointments import WORK_KIND_LABELS, AppointmentService, Schedule, WorkKind
from app.errors import FieldErrors, ValidationError, combined
from app.roles import Actor
from app.validation import to_halfwidth
from ui.appointments.texts import weekday_name
from ui.complaints.dialog_kit import FormDialog
from ui.forms import show_field_errors
from ui.i18n import tr as _tr
from ui.intake.inputs import parse_date
from ui.labels_i18n import tr_label
from ui.operations import Op, Operations

SLOT_LENGTHS = (15, 20, 30, 60)
_TIME = re.compile(r"^(\d{1,2})[:：.](\d{2})$")


def parse_time(field: str, text: str, label: str) -> dt.time:
    match = _TIME.match(to_halfwidth(text).strip())
    if match is None or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValidationError(field, _tr("{0}格式应为 时:分，例如 08:30").format(label))
    return dt.time(int(match.group(1)), int(match.group(2)))


def parse_count(field: str, text: str) -> int:
    cleaned = to_halfwidth(text).strip()
    if not cleaned.isdigit():
        raise ValidationError(field, _tr("请填写整数"))
    return int(cleaned)


def parse_days(field: str, text: str) -> frozenset[dt.date]:
    """2026-10-01, 2026-10-02 … (commas, spaces or new lines between)."""
    days: set[dt.date] = set()
    for part in re.split(r"[,，、;；\s]+", to_halfwidth(text).strip()):
        if part:
            day = parse_date(field, part, _tr("休息日期"))
            assert day is not None
            days.add(day)
    return frozenset(days)


def field_name(field: str) -> str:
    """The service's field names for the capacity of a kind (capacity.quick, capacity[quick])."""
    for kind in WorkKind:
        if field.startswith("capacity") and kind.value in field:
            return f"capacity_{kind.value}"
    return field


class ScheduleDialog(FormDialog):
    def __init__(
        self,
        appointments: AppointmentService,
        actor: Actor,
        schedule: Schedule,
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__("schedule_dialog", parent, ops)
        self.setWindowTitle(self.tr("预约设置"))
        self.setMinimumWidth(560)
        self.appointments, self.actor = appointments, actor
        self.result_: Schedule | None = None
        self.about.setText(self.tr("新预约按这里的营业时间和容量排时段；已登记的预约保持原时段。"))
        self.opens = self._line("opens", schedule.opens.strftime("%H:%M"))
        self.closes = self._line("closes", schedule.closes.strftime("%H:%M"))
        self.slot_minutes = QComboBox(self)
        self.slot_minutes.setObjectName("slot_minutes")
        self.slot_minutes.setMaximumWidth(120)
        for minutes in SLOT_LENGTHS:
            self.slot_minutes.addItem(self.tr("{0} 分钟").format(minutes), minutes)
        self.slot_minutes.setCurrentIndex(max(self.slot_minutes.findData(schedule.slot_minutes), 0))
        self.capacity = {
            kind: self._line(f"capacity_{kind.value}", str(schedule.capacity_of(kind))) for kind in WorkKind
        }
        self.advisor_capacity = self._line("advisor_capacity", str(schedule.advisor_capacity))
        weekdays = QWidget(self)
        row = QHBoxLayout(weekdays)
        row.setContentsMargins(0, 0, 0, 0)
        self.weekdays: list[QCheckBox] = []
        for number in range(1, 8):
            box = QCheckBox(weekday_name(number), weekdays)
            box.setObjectName(f"closed_weekday_{number}")
            box.setChecked(number in schedule.closed_weekdays)
            row.addWidget(box)
            self.weekdays.append(box)
        row.addStretch(1)
        self.closed_days = QLineEdit(", ".join(d.isoformat() for d in sorted(schedule.closed_days)), self)
        self.closed_days.setObjectName("closed_days")
        self.closed_days.setPlaceholderText(self.tr("如 2027-01-01, 2027-02-10（逗号分隔）"))
        self.late = self._line("late_after_minutes", str(schedule.late_after_minutes))
        form = self.form
        form.add_field("opens", self.tr("开始营业"), self.opens)
        form.add_field("closes", self.tr("结束营业"), self.closes)
        form.add_field("slot_minutes", self.tr("每个时段"), self.slot_minutes)
        for kind, field in self.capacity.items():
            label = self.tr("{0}每时段容量").format(tr_label(WORK_KIND_LABELS[kind]))
            form.add_field(f"capacity_{kind.value}", label, field)
        form.add_field("advisor_capacity", self.tr("每位顾问每时段"), self.advisor_capacity)
        form.add_field("closed_weekdays", self.tr("每周休息"), weekdays)
        form.add_field("closed_days", self.tr("休息日期"), self.closed_days)
        form.add_field("late_after_minutes", self.tr("超过几分钟算迟到"), self.late)
        self.finish([
            self.opens, self.closes, self.slot_minutes, *self.capacity.values(), self.advisor_capacity,
            self.weekdays, self.closed_days, self.late,
        ])  # fmt: skip

    def _line(self, name: str, value: str) -> QLineEdit:
        field = QLineEdit(value, self)
        field.setObjectName(name)
        field.setMaximumWidth(120)
        return field

    def schedule(self, errors: FieldErrors) -> Schedule:
        opens = errors.check(
            lambda: parse_time("opens", self.opens.text(), self.tr("开始营业")), dt.time(8, 30)
        )
        closes = errors.check(
            lambda: parse_time("closes", self.closes.text(), self.tr("结束营业")), dt.time(17, 30)
        )
        capacity = tuple((kind, self._capacity(kind, errors)) for kind in WorkKind)
        return Schedule(
            opens=opens,
            closes=closes,
            slot_minutes=int(self.slot_minutes.currentData()),
            capacity=capacity,
            advisor_capacity=errors.check(
                lambda: parse_count("advisor_capacity", self.advisor_capacity.text()), 0
            ),
            closed_weekdays=frozenset(n for n, box in enumerate(self.weekdays, start=1) if box.isChecked()),
            closed_days=errors.check(lambda: parse_days("closed_days", self.closed_days.text()), frozenset()),
            late_after_minutes=errors.check(lambda: parse_count("late_after_minutes", self.late.text()), 0),
        )

    def _capacity(self, kind: WorkKind, errors: FieldErrors) -> int:
        field = self.capacity[kind]
        return errors.check(lambda: parse_count(f"capacity_{kind.value}", field.text()), 0)

    def write(self) -> Op[Any] | None:
        errors = FieldErrors()
        schedule = self.schedule(errors)
        if errors.errors:
            self.show_errors(combined(errors.errors))
            return None
        return self.ops.write(self.appointments.save_schedule, self.actor, schedule)

    def show_errors(self, error: ValidationError) -> None:
        show_field_errors(self, (self.form,), error, field_name)
        self.adjustSize()

    def saved(self, result: Any) -> None:
        self.result_ = result
