"""The reminders tab's tables: the tasks of a work list, a task's reasons and its call history;
and the choosers' entries (work lists with their totals, kinds, outcomes, lost reasons)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.reminders import (
    LOST_REASON_LABELS,
    REMINDER_KIND_LABELS,
    WORK_LIST_LABELS,
    CallRecord,
    LostReason,
    ReminderKind,
    Task,
    TaskReason,
    WorkList,
)
from ui.i18n import tr as _tr
from ui.labels_i18n import joined, tr_label
from ui.table_model import Column, RowsModel
from ui.time_format import local_datetime

Index = QModelIndex | QPersistentModelIndex

OVERDUE_TEXT = QColor("#c0392b")
BOOKED_TINT = QColor("#dff5df")
URGENCY_COLUMN, REASONS_COLUMN = 0, 5


def urgency_text(task: Task) -> str:
    """逾期 5 天, 今天到期, 还有 10 天; a lapsing car without a reminder: its last visit."""
    if task.booked:
        return _tr("已预约")
    if not task.reasons:
        if task.last_visit is None:
            return "—"
        return _tr("上次来店 {0}").format(task.last_visit.astimezone().date().isoformat())
    if task.urgency == 1:
        return _tr("逾期 1 天")
    if task.urgency > 0:
        return _tr("逾期 {0} 天").format(task.urgency)
    if task.urgency == 0:
        return _tr("今天到期")
    if task.urgency == -1:
        return _tr("还有 1 天")
    return _tr("还有 {0} 天").format(-task.urgency)


def follow_up_text(task: Task, follow_up_days: int) -> str:
    """交车后 5 天: on the follow-up list, the days since the car was delivered."""
    follow_up = next((r for r in task.reasons if r.kind is ReminderKind.FOLLOW_UP), None)
    if follow_up is None:
        return urgency_text(task)
    first_due = min(r.due_date for r in task.reasons)
    since_due = task.urgency - (follow_up.due_date - first_due).days
    return _tr("交车后 {0} 天").format(since_due + follow_up_days)


def date_text(value: dt.date | None) -> str:
    return "" if value is None else value.isoformat()


def last_call_text(text: str) -> str:
    """ "2026-11-20 无人接听": the outcome is an app label, shown in the interface's language."""
    day, _, label = text.partition(" ")
    return f"{day} {tr_label(label)}" if label else text


def task_columns() -> list[Column[Task]]:
    return [
        Column(_tr("到期"), urgency_text),
        Column(_tr("车牌"), lambda t: t.plate or t.vin[-6:]),
        Column(_tr("车主"), lambda t: t.owner),
        Column(_tr("电话"), lambda t: t.phone),
        Column(_tr("车型"), lambda t: t.model),
        Column(_tr("提醒事项"), lambda t: joined(r.label for r in t.reasons)),
        Column(_tr("下次联系"), lambda t: date_text(t.next_call)),
        Column(_tr("已拨打"), lambda t: str(t.attempts), align_right=True),
        Column(_tr("上次联系"), lambda t: last_call_text(t.last_call)),
        Column(_tr("顾问"), lambda t: t.advisor),
        Column(_tr("负责人"), lambda t: t.assigned_to),
    ]


class TasksModel(RowsModel[Task]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(task_columns(), parent)
        # On the follow-up list: the rule's days from delivery to the call (the urgency column
        # says the days since delivery, nothing is overdue); None on the other lists.
        self.follow_up_days: int | None = None

    def set_tasks(self, tasks: Sequence[Task], follow_up_days: int | None) -> None:
        self.follow_up_days = follow_up_days
        self.set_rows(tasks)

    def row_of(self, vehicle_id: int) -> int | None:
        return next((i for i, t in enumerate(self.rows) if t.vehicle_id == vehicle_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        task = self.row_at(index.row())
        if index.column() == URGENCY_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole and self.follow_up_days is not None:
                return follow_up_text(task, self.follow_up_days)
            overdue = task.urgency > 0 and not task.booked and self.follow_up_days is None
            if role == Qt.ItemDataRole.ForegroundRole and overdue:
                return QBrush(OVERDUE_TEXT)
            if role == Qt.ItemDataRole.BackgroundRole and task.booked:
                return QBrush(BOOKED_TINT)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == REASONS_COLUMN:
            return "\n".join(reason_text(r) for r in task.reasons)
        return super().data(index, role)


def due_text(reason: TaskReason) -> str:
    """The due date, or the km with it: 2026-11-20 或 30,000 km（以先到者为准）."""
    if reason.due_km is None:
        return reason.due_date.isoformat()
    return _tr("{0} 或 {1} km").format(reason.due_date.isoformat(), f"{reason.due_km:,}")


def reason_text(reason: TaskReason) -> str:
    return f"{tr_label(reason.label)}  {due_text(reason)}"


def late(reason: TaskReason) -> bool:
    """Overdue; a follow-up call is never late: it is made within its days or it expires."""
    return reason.overdue and reason.kind is not ReminderKind.FOLLOW_UP


def reason_state(reason: TaskReason) -> str:
    if reason.kind is ReminderKind.FOLLOW_UP:
        return _tr("待回访")
    return _tr("已逾期") if reason.overdue else _tr("未到期")


def reason_columns() -> list[Column[TaskReason]]:
    return [
        Column(_tr("事项", "reminder reason"), lambda r: tr_label(r.label)),
        Column(_tr("到期"), due_text),
        Column(_tr("状态"), reason_state),
        Column(_tr("备注"), lambda r: r.note),
    ]


class ReasonsModel(RowsModel[TaskReason]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(reason_columns(), parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and late(self.row_at(index.row())):
            return QBrush(OVERDUE_TEXT)
        return super().data(index, role)


def call_result_text(call: CallRecord) -> str:
    """What came of the call beyond its outcome: the day to call again, the booking, the reason."""
    if call.callback_date is not None:
        return _tr("{0} 再联系").format(call.callback_date.isoformat())
    if call.appointment_id is not None:
        return _tr("已生成预约")
    if call.lost_reason:
        return tr_label(call.lost_reason)
    return ""


def call_columns() -> list[Column[CallRecord]]:
    return [
        Column(_tr("时间"), lambda c: local_datetime(c.at)),
        Column(_tr("拨打人"), lambda c: c.user),
        Column(_tr("结果"), lambda c: tr_label(c.outcome_label)),
        Column(_tr("后续"), call_result_text),
        Column(_tr("备注"), lambda c: c.note),
    ]


def list_title(which: WorkList, total: int | None) -> str:
    """已逾期 (12); the total left off until it is known."""
    label = tr_label(WORK_LIST_LABELS[which])
    return label if total is None else f"{label} ({total})"


def kind_choices() -> list[tuple[str, ReminderKind | None]]:
    return [(_tr("全部事项"), None)] + [(tr_label(REMINDER_KIND_LABELS[k]), k) for k in ReminderKind]


def lost_reason_choices() -> list[tuple[str, LostReason]]:
    return [(tr_label(LOST_REASON_LABELS[r]), r) for r in LostReason]
