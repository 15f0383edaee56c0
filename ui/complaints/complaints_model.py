"""The complaints tab's tables: the complaints (the reply deadline's cell red when missed, amber
when it falls within the dealer's warning hours) and one complaint's log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.reports import (
    REPLY_STATE_LABELS,
    ActionKind,
    ActionRecord,
    ComplaintRow,
    ComplaintRules,
    ReplyState,
    reply_state,
)
from ui.i18n import tr as _tr
from ui.labels_i18n import tr_label
from ui.table_model import Column, RowsModel
from ui.time_format import local_moment

Index = QModelIndex | QPersistentModelIndex

MISSED_BACKGROUND, MISSED_TEXT = QColor("#f8d7da"), QColor("#a61b1b")
DUE_SOON_BACKGROUND, DUE_SOON_TEXT = QColor("#ffe8b3"), QColor("#7a4d00")
DEADLINE_COLUMN, SUMMARY_COLUMN = 0, 7
ACTION_TEXT_COLUMN = 3


def complaint_title(complaint_id: int, customer: str, plate: str, status: str) -> str:
    """投诉 #12　张三　粤B·12345（处理中）"""
    who = "　".join(x for x in (customer, plate) if x)
    return _tr("投诉 #{0}　{1}（{2}）").format(complaint_id, who, status)


def hours_text(delta: dt.timedelta) -> str:
    """3 小时, 45 分钟, 2 天 5 小时: how long, rounded down to what matters."""
    minutes = max(int(delta.total_seconds() // 60), 0)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return _tr("{0} 天 {1} 小时").format(days, hours) if hours else _tr("{0} 天").format(days)
    if hours:
        return _tr("{0} 小时").format(hours)
    return _tr("{0} 分钟").format(mins)


def deadline_text(row: ComplaintRow, state: ReplyState, now: dt.datetime) -> str:
    """The reply deadline as the list says it: 剩 3 小时 · 11-28 10:00, 超时 5 小时, 已按时回复."""
    today = now.astimezone().date()
    if row.replied_at is not None:
        if state is ReplyState.MISSED:
            return _tr("超时回复（{0}）").format(local_moment(row.replied_at, today))
        return _tr("已回复 {0}").format(local_moment(row.replied_at, today))
    if state is ReplyState.MISSED:
        return _tr("超时 {0}").format(hours_text(now - row.reply_due_at))
    return _tr("剩 {0}（{1}）").format(
        hours_text(row.reply_due_at - now), local_moment(row.reply_due_at, today)
    )


def complaint_columns(today: Callable[[], dt.date]) -> list[Column[ComplaintRow]]:
    return [
        Column(_tr("回复期限"), lambda r: ""),  # drawn by the model at its moment
        Column(_tr("状态"), lambda r: tr_label(r.status_label)),
        Column(_tr("登记时间"), lambda r: local_moment(r.opened_at, today())),
        Column(_tr("客户"), lambda r: r.customer),
        Column(_tr("车牌"), lambda r: r.plate),
        Column(_tr("渠道"), lambda r: tr_label(r.channel_label)),
        Column(_tr("类别"), lambda r: tr_label(r.category_label)),
        Column(_tr("投诉内容"), lambda r: r.summary),
        Column(_tr("负责人"), lambda r: r.assigned_name or "—"),
        Column(_tr("工单"), lambda r: r.ro_number),
    ]


class ComplaintsModel(RowsModel[ComplaintRow]):
    """The rows as read; the deadline column speaks for `now`, which the tab moves on."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(complaint_columns(self.today), parent)
        self.now = dt.datetime.now(dt.UTC)
        self.rules = ComplaintRules()

    def set_moment(self, now: dt.datetime, rules: ComplaintRules | None = None) -> None:
        self.now = now
        if rules is not None:
            self.rules = rules
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, DEADLINE_COLUMN), self.index(self.rowCount() - 1, DEADLINE_COLUMN)
            )

    def today(self) -> dt.date:
        return self.now.astimezone().date()

    def state_of(self, row: ComplaintRow) -> ReplyState:
        return reply_state(row.reply_due_at, row.replied_at, self.now, self.rules.warning)

    def row_of(self, complaint_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == complaint_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if index.column() == DEADLINE_COLUMN:
            state = self.state_of(row)
            unanswered = row.replied_at is None
            if role == Qt.ItemDataRole.DisplayRole:
                return deadline_text(row, state, self.now)
            if role == Qt.ItemDataRole.ToolTipRole:
                return _tr("{0}：首次回复期限 {1}").format(
                    tr_label(REPLY_STATE_LABELS[state]), local_moment(row.reply_due_at, self.today())
                )
            if role == Qt.ItemDataRole.BackgroundRole and unanswered:
                if state is ReplyState.MISSED:
                    return QBrush(MISSED_BACKGROUND)
                if state is ReplyState.DUE_SOON:
                    return QBrush(DUE_SOON_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                if state is ReplyState.MISSED:
                    return QBrush(MISSED_TEXT)
                if state is ReplyState.DUE_SOON and unanswered:
                    return QBrush(DUE_SOON_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == SUMMARY_COLUMN:
            return row.summary
        return super().data(index, role)


def action_columns() -> list[Column[ActionRecord]]:
    return [
        Column(_tr("时间"), lambda a: a.at.astimezone().strftime("%Y-%m-%d %H:%M")),
        Column(_tr("人员"), lambda a: a.user),
        Column(_tr("类型"), lambda a: tr_label(a.kind_label)),
        Column(_tr("内容"), action_text),
    ]


def action_text(action: ActionRecord) -> str:
    """An assignment names who took it over (or that nobody has it now)."""
    if action.kind is ActionKind.ASSIGN:
        return _tr("指派给 {0}").format(action.text) if action.text else _tr("取消指派")
    return " ".join(action.text.split())


class ActionsModel(RowsModel[ActionRecord]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(action_columns(), parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole and index.column() == ACTION_TEXT_COLUMN:
            return self.row_at(index.row()).text
        return super().data(index, role)
