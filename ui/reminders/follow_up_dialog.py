"""交车回访: the call a few days after delivery — how satisfied the customer is, or not reached.

The answers are numbered 1 … 6 (很满意 … 很不满意, then 未接通; a digit picks one while the answers
have the keyboard, Alt+digit anywhere). The customer's words go in the comment: the service
needs them when the customer is unhappy (its message is shown beside the field), and an unhappy
answer opens a complaint for the supervisor. Enter moves on and saves at the comment; a dialog
with changes asks before it closes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from app.errors import ValidationError
from app.reminders import (
    SATISFACTION_LABELS,
    FollowUpInput,
    FollowUpResult,
    ReminderKind,
    ReminderService,
    Satisfaction,
    Task,
)
from app.roles import Actor
from ui.errors import show_error
from ui.forms import (
    CounterDialog,
    DiscardGuard,
    FieldForm,
    SaveGuard,
    input_values,
    ok_cancel,
    show_field_errors,
)
from ui.intake.enter_chain import EnterChain
from ui.labels_i18n import tr_label
from ui.operations import Operations

# The answers, best first (keys 1 … 5), and the customer not reached (6).
ANSWERS: tuple[Satisfaction | None, ...] = (*Satisfaction, None)
DIGITS = {Qt.Key.Key_1.value + n: n for n in range(len(ANSWERS))}
COMMENT_LENGTH = 500


class FollowUpDialog(CounterDialog):
    def __init__(
        self,
        reminders: ReminderService,
        actor: Actor,
        task: Task,
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("follow_up_dialog")
        self.ops = (ops or Operations(self)).for_widget(self)
        self._reminders, self._actor, self.task = reminders, actor, task
        self.result_: FollowUpResult | None = None
        self.setWindowTitle(self.tr("交车回访：{0}").format(task.plate or task.vin))
        self.setMinimumWidth(520)
        heading = QLabel(self.heading_text(task), self)
        heading.setObjectName("follow_up_task")
        heading.setWordWrap(True)

        self.answers = QWidget(self)
        grid = QGridLayout(self.answers)
        grid.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons_of: dict[Satisfaction | None, QRadioButton] = {}
        for n, answer in enumerate(ANSWERS):
            text = tr_label(SATISFACTION_LABELS[answer]) if answer is not None else self.tr("未接通")
            button = QRadioButton(f"&{n + 1} {text}", self.answers)
            button.setObjectName(f"answer_{answer.value if answer is not None else 'not_reached'}")
            button.installEventFilter(self)
            self.group.addButton(button, n)
            self.buttons_of[answer] = button
            grid.addWidget(button, n // 3, n % 3)

        self.form = FieldForm(self)
        self.form.add_field("satisfaction", self.tr("满意度"), self.answers)
        self.comment = QLineEdit(self)
        self.comment.setObjectName("follow_up_comment")
        self.comment.setMaxLength(COMMENT_LENGTH)
        self.comment.setPlaceholderText(self.tr("客户的原话（不满意时必填）"))
        self.form.add_field("comment", self.tr("客户意见"), self.comment)

        self.buttons = ok_cancel(self)
        self.buttons.accepted.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.saving = SaveGuard(*self.buttons.buttons())
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.enter_chain = EnterChain([list(self.buttons_of.values()), self.comment], self.save, self)
        self.discard = DiscardGuard(self, lambda: input_values(self.form))
        self.buttons_of[ANSWERS[0]].setFocus()

    def heading_text(self, task: Task) -> str:
        """The car and its owner, and the order delivered the call is about (not the car's other
        reminders: the call asks about the visit)."""
        car = "　".join(x for x in (task.plate or task.vin, task.model, task.owner, task.phone) if x)
        order = next((r.note for r in task.reasons if r.kind is ReminderKind.FOLLOW_UP and r.note), "")
        return car + ("\n" + self.tr("交车工单 {0}").format(order) if order else "")

    # -- the answer -----------------------------------------------------------------------------

    def chosen(self) -> tuple[bool, Satisfaction | None] | None:
        """(reached, satisfaction), or None before an answer is picked."""
        n = self.group.checkedId()
        if n < 0:
            return None
        answer = ANSWERS[n]
        return answer is not None, answer

    def choose(self, answer: Satisfaction | None) -> None:
        button = self.buttons_of[answer]
        button.setChecked(True)
        button.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A digit on an answer picks the answer of that number (and stays there for Enter)."""
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and int(event.key()) in DIGITS
            and watched in self.buttons_of.values()
        ):
            self.choose(ANSWERS[DIGITS[int(event.key())]])
            return True
        return super().eventFilter(watched, event)

    # -- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        if self.saving.running:
            return
        chosen = self.chosen()
        if chosen is None:
            self.show_errors(ValidationError("satisfaction", self.tr("请选择客户的满意度，或选择未接通")))
            return
        reached, satisfaction = chosen
        self.form.clear_errors()
        answer = FollowUpInput(reached=reached, satisfaction=satisfaction, comment=self.comment.text())
        self.saving.start()
        op = self.ops.write(self._reminders.log_follow_up, self._actor, self.task.vehicle_id, answer)
        op.success(self._saved).failure(self._failed).finally_(self.saving.end).run()

    def show_errors(self, error: ValidationError) -> None:
        show_field_errors(self, (self.form,), error)
        self.adjustSize()  # room for the message under its field

    def _saved(self, result: FollowUpResult) -> None:
        self.result_ = result
        self.discard.mark_clean()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.show_errors(error)
            return
        show_error(self, error)

    def reject(self) -> None:
        if self.discard.may_close():
            super().reject()
