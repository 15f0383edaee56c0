"""The dialogs that move a complaint on: 记录处理 (what was said to the customer or done about it),
指派 (to a colleague who records complaints), 结案 (the resolution and whether the customer is
satisfied with it) and 重新打开 (with the reason). Each takes the version it was read at."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QRadioButton, QWidget

from app.reports import (
    ACTION_KIND_LABELS,
    HANDLING,
    ActionInput,
    ActionKind,
    CloseInput,
    ComplaintInfo,
    ComplaintService,
    Handler,
)
from app.roles import Actor
from ui.complaints.dialog_kit import HandlingDialog, text_box
from ui.labels_i18n import tr_label
from ui.operations import Op, Operations

TEXT_LIMIT = 1000
RESOLUTION_LIMIT = 2000


class ActionDialog(HandlingDialog):
    """记录处理: Enter moves from the kind to the text and saves there."""

    def __init__(
        self,
        complaints: ComplaintService,
        actor: Actor,
        info: ComplaintInfo,
        parent: QWidget | None = None,
        ops: Operations | None = None,
        reloaded: Callable[[ComplaintInfo], None] | None = None,
    ) -> None:
        super().__init__(complaints, actor, info, "complaint_action_dialog", parent, ops, reloaded)
        self.setWindowTitle(self.tr("记录处理"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("action_kind")
        for kind in HANDLING:
            self.kind.addItem(tr_label(ACTION_KIND_LABELS[kind]), kind.value)
        self.text = text_box(
            self, "action_text", self.tr("对客户说了什么、做了什么（客户的回应也记下）"), TEXT_LIMIT
        )
        self.form.add_field("kind", self.tr("类型"), self.kind)
        self.form.add_field("text", self.tr("内容"), self.text)
        self.finish([self.kind, self.text])
        self.text.setFocus()

    def choose(self, kind: ActionKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def write(self) -> Op[Any] | None:
        action = ActionInput(ActionKind(self.kind.currentData()), self.text.toPlainText())
        return self.ops.write(self.complaints.add_action, self.actor, self.info.id, self.info.version, action)


class AssignDialog(HandlingDialog):
    """指派: to one of the colleagues who may record complaints, or to nobody."""

    def __init__(
        self,
        complaints: ComplaintService,
        actor: Actor,
        info: ComplaintInfo,
        handlers: Sequence[Handler],
        parent: QWidget | None = None,
        ops: Operations | None = None,
        reloaded: Callable[[ComplaintInfo], None] | None = None,
    ) -> None:
        super().__init__(complaints, actor, info, "complaint_assign_dialog", parent, ops, reloaded)
        self.setWindowTitle(self.tr("指派投诉"))
        self.person = QComboBox(self)
        self.person.setObjectName("assign_to")
        self._names = {h.id: h.name for h in handlers}
        for handler in handlers:
            self.person.addItem(
                self.tr("{0}（{1}）").format(handler.name, tr_label(handler.role_label)), handler.id
            )
        self.person.addItem(self.tr("（不指派给任何人）"), None)
        self.form.add_field("assigned_to", self.tr("指派给"), self.person)
        # Given to someone: them; to nobody yet: the one assigning (who takes it, or picks another).
        self.choose(info.row.assigned_to if info.row.assigned_to is not None else actor.user_id)
        self.finish([self.person])
        self.discard.mark_clean()  # what is chosen at first is no change

    def choose(self, user_id: int | None) -> None:
        self.person.setCurrentIndex(max(self.person.findData(user_id), 0))

    def chosen_name(self) -> str:
        user_id = self.person.currentData()
        return self._names.get(user_id, "") if user_id is not None else ""

    def write(self) -> Op[Any] | None:
        return self.ops.write(
            self.complaints.assign, self.actor, self.info.id, self.info.version, self.person.currentData()
        )


class CloseDialog(HandlingDialog):
    """结案: how it was resolved, and whether the customer is satisfied with it (Alt+Y, Alt+N)."""

    def __init__(
        self,
        complaints: ComplaintService,
        actor: Actor,
        info: ComplaintInfo,
        parent: QWidget | None = None,
        ops: Operations | None = None,
        reloaded: Callable[[ComplaintInfo], None] | None = None,
    ) -> None:
        super().__init__(complaints, actor, info, "complaint_close_dialog", parent, ops, reloaded)
        self.setWindowTitle(self.tr("投诉结案"))
        self.resolution = text_box(
            self, "close_resolution", self.tr("怎样解决的：致歉、复检、退费、补偿……"), RESOLUTION_LIMIT
        )
        self.answers = QWidget(self)
        row = QHBoxLayout(self.answers)
        row.setContentsMargins(0, 0, 0, 0)
        self.yes = QRadioButton(self.tr("客户满意 (&Y)"), self.answers)
        self.yes.setObjectName("close_satisfied")
        self.no = QRadioButton(self.tr("客户不满意 (&N)"), self.answers)
        self.no.setObjectName("close_unsatisfied")
        self.group = QButtonGroup(self)
        for button in (self.yes, self.no):
            self.group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.form.add_field("resolution", self.tr("处理结果"), self.resolution)
        self.form.add_field("satisfied", self.tr("客户对处理结果"), self.answers)
        self.finish([self.resolution, [self.yes, self.no]])

    def satisfied(self) -> bool | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def write(self) -> Op[Any] | None:
        data = CloseInput(self.resolution.toPlainText(), self.satisfied())
        return self.ops.write(self.complaints.close, self.actor, self.info.id, self.info.version, data)


class ReopenDialog(HandlingDialog):
    """重新打开: why (the customer came back about it); the reply is due again."""

    def __init__(
        self,
        complaints: ComplaintService,
        actor: Actor,
        info: ComplaintInfo,
        parent: QWidget | None = None,
        ops: Operations | None = None,
        reloaded: Callable[[ComplaintInfo], None] | None = None,
    ) -> None:
        super().__init__(complaints, actor, info, "complaint_reopen_dialog", parent, ops, reloaded)
        self.setWindowTitle(self.tr("重新打开投诉"))
        self.reason = text_box(self, "reopen_reason", self.tr("客户为什么又来投诉"), TEXT_LIMIT)
        self.form.add_field("reason", self.tr("原因"), self.reason)
        self.finish([self.reason])

    def write(self) -> Op[Any] | None:
        return self.ops.write(
            self.complaints.reopen, self.actor, self.info.id, self.info.version, self.reason.toPlainText()
        )
