"""The selected complaint beside the list: who complains about which car and visit, how it came,
what happened in the customer's words, who has it, where its reply deadline stands, the
resolution once closed, and its log (what was said and done, assigned, closed, reopened)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.reports import REPLY_STATE_LABELS, ComplaintInfo, ComplaintRules, ReplyState, reply_state
from ui.claims.page_kit import read_only_table
from ui.complaints.complaints_model import ACTION_TEXT_COLUMN, DUE_SOON_TEXT, MISSED_TEXT, ActionsModel
from ui.labels_i18n import tr_label
from ui.time_format import local_datetime

EMPTY = "—"


def _value(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DetailPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaint_detail")
        self.info: ComplaintInfo | None = None
        self.heading = _value(self, "complaint_heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)

        self.facts = QWidget(self)
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setContentsMargins(0, 0, 0, 0)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.channel = _value(self.facts, "complaint_channel")
        self.opened = _value(self.facts, "complaint_opened")
        self.assigned = _value(self.facts, "complaint_assigned")
        self.deadline = _value(self.facts, "complaint_deadline")
        self.status = _value(self.facts, "complaint_status")
        self.resolution = _value(self.facts, "complaint_resolution")
        left.addRow(self.tr("渠道 / 类别"), self.channel)
        left.addRow(self.tr("登记"), self.opened)
        left.addRow(self.tr("负责人"), self.assigned)
        right.addRow(self.tr("回复期限"), self.deadline)
        right.addRow(self.tr("状态"), self.status)
        right.addRow(self.tr("处理结果"), self.resolution)
        row = QHBoxLayout(self.facts)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left, 1)
        row.addLayout(right, 1)

        self.description = _value(self, "complaint_description")
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        said = QGroupBox(self.tr("投诉内容（客户原话）"), self)
        QVBoxLayout(said).addWidget(self.description)

        self.log_model = ActionsModel(self)
        self.actions_table = read_only_table(
            self, self.log_model, "complaint_actions", stretch=ACTION_TEXT_COLUMN
        )
        self.actions_table.horizontalHeader().setSectionResizeMode(
            ACTION_TEXT_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        self.actions_table.setWordWrap(True)
        self.log_box = QGroupBox(self.tr("处理记录"), self)
        QVBoxLayout(self.log_box).addWidget(self.actions_table)

        boxes = QHBoxLayout()
        boxes.addWidget(said, 2)
        boxes.addWidget(self.log_box, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addLayout(boxes, 1)
        self.show_complaint(None, dt.datetime.now(dt.UTC), ComplaintRules())

    def show_complaint(self, info: ComplaintInfo | None, now: dt.datetime, rules: ComplaintRules) -> None:
        self.info = info
        self.facts.setVisible(info is not None)
        if info is None:
            self.heading.setText(self.tr("选择一条投诉查看详情"))
            for label in (
                self.channel,
                self.opened,
                self.assigned,
                self.deadline,
                self.status,
                self.resolution,
            ):
                label.clear()
            self.description.clear()
            self.log_model.set_rows(())
            self.log_box.setTitle(self.tr("处理记录"))
            return
        row = info.row
        car = "　".join(x for x in (row.plate, info.model) if x)
        parts = [self.tr("投诉 #{0}").format(row.id), row.customer, info.phone, car]
        if row.ro_number:
            parts.append(self.tr("工单 {0}").format(row.ro_number))
        self.heading.setText("　".join(p for p in parts if p))
        self.channel.setText(f"{tr_label(row.channel_label)} / {tr_label(row.category_label)}")
        self.opened.setText(self.tr("{0}，{1}").format(local_datetime(row.opened_at), row.opened_by or EMPTY))
        self.assigned.setText(row.assigned_name or self.tr("尚未指派"))
        self.status.setText(tr_label(row.status_label))
        self.show_deadline(now, rules)
        if row.closed_at is not None:
            answer = self.tr("客户满意") if info.satisfied else self.tr("客户不满意")
            self.resolution.setText(
                self.tr("{0}（{1}，{2}结案）").format(info.resolution, answer, local_datetime(row.closed_at))
            )
        else:
            self.resolution.setText(EMPTY)
        self.description.setText(info.description)
        self.log_model.set_rows(info.actions)
        self.actions_table.resizeColumnsToContents()
        self.actions_table.resizeRowsToContents()
        self.log_box.setTitle(self.tr("处理记录 ({0})").format(len(info.actions)))

    def show_deadline(self, now: dt.datetime, rules: ComplaintRules) -> None:
        """The deadline and where it stands at `now` (red when missed, amber when near)."""
        if self.info is None:
            return
        row = self.info.row
        state = reply_state(row.reply_due_at, row.replied_at, now, rules.warning)
        text = f"{local_datetime(row.reply_due_at)}　{tr_label(REPLY_STATE_LABELS[state])}"
        if row.replied_at is not None:
            text += self.tr("（{0} 首次回复）").format(local_datetime(row.replied_at))
        self.deadline.setText(text)
        colour = {ReplyState.MISSED: MISSED_TEXT, ReplyState.DUE_SOON: DUE_SOON_TEXT}.get(state)
        unanswered_soon = state is ReplyState.DUE_SOON and row.replied_at is None
        if colour is not None and (state is ReplyState.MISSED or unanswered_soon):
            self.deadline.setStyleSheet(f"color: {colour.name()}; font-weight: bold;")
        else:
            self.deadline.setStyleSheet("")
