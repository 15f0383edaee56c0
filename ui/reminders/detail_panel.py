"""The selected task beside the list: the car and its owner, its reasons (each with its due date
or km, overdue in red) and every call made about it, the newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.reminders import CallRecord, ReminderService, Task
from app.roles import Actor
from ui.claims.page_kit import read_only_table
from ui.operations import Operations
from ui.reminders.tasks_model import ReasonsModel, call_columns
from ui.table_model import RowsModel
from ui.time_format import local_datetime

REASON_NOTE_COLUMN, CALL_NOTE_COLUMN = 3, 4


class DetailPanel(QWidget):
    def __init__(
        self, reminders: ReminderService, actor: Actor, ops: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminder_detail")
        self._reminders, self._actor, self.ops = reminders, actor, ops
        self.task: Task | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("detail_heading")
        self.heading.setWordWrap(True)
        self.reasons = ReasonsModel(self)
        self.reasons_table = read_only_table(self, self.reasons, "detail_reasons", stretch=REASON_NOTE_COLUMN)
        self.calls: RowsModel[CallRecord] = RowsModel(call_columns(), self)
        self.calls_table = read_only_table(self, self.calls, "detail_calls", stretch=CALL_NOTE_COLUMN)
        for table in (self.reasons_table, self.calls_table):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.horizontalHeader().setStretchLastSection(True)
        reasons_box = QGroupBox(self.tr("提醒事项"), self)
        QVBoxLayout(reasons_box).addWidget(self.reasons_table)
        self.calls_box = QGroupBox(self.tr("通话记录"), self)
        QVBoxLayout(self.calls_box).addWidget(self.calls_table)
        boxes = QHBoxLayout()
        boxes.addWidget(reasons_box, 2)
        boxes.addWidget(self.calls_box, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(boxes, 1)

    def show_task(self, task: Task | None) -> None:
        """The task's reasons at once; its calls read off the UI thread (the newest ask wins)."""
        same = task is not None and self.task is not None and task.vehicle_id == self.task.vehicle_id
        self.task = task
        if task is None:
            self.heading.clear()
            self.reasons.set_rows(())
            self.calls.set_rows(())
            return
        self.heading.setText(self.heading_text(task))
        self.reasons.set_rows(task.reasons)
        self._fit(self.reasons_table)
        if not same:
            self.calls.set_rows(())
        op = self.ops.read(self._reminders.calls_of, self._actor, task.vehicle_id)
        op.latest("calls").success(self._show_calls).run()

    def heading_text(self, task: Task) -> str:
        parts = [task.plate or task.vin, task.vin if task.plate else "", task.model, task.owner, task.phone]
        text = "　".join(p for p in parts if p)
        if task.last_visit is not None:
            text += "　" + self.tr("上次来店 {0}").format(local_datetime(task.last_visit))
        return text

    def _show_calls(self, calls: tuple[CallRecord, ...]) -> None:
        self.calls.set_rows(calls)
        self.calls_box.setTitle(self.tr("通话记录 ({0})").format(len(calls)))
        self._fit(self.calls_table)

    @staticmethod
    def _fit(table: QTableView) -> None:
        table.resizeColumnsToContents()
