"""分配给…: the supervisor gives the selected cars' reminders to a colleague, or takes them back."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from app.errors import ValidationError
from app.reminders import ReminderService
from app.roles import Actor
from ui.errors import show_error
from ui.forms import CounterDialog, FieldForm, SaveGuard, ok_cancel
from ui.intake.enter_chain import EnterChain
from ui.operations import Operations
from ui.reminders.people import Person


class AssignDialog(CounterDialog):
    def __init__(
        self,
        reminders: ReminderService,
        actor: Actor,
        vehicle_ids: Sequence[int],
        cars: str,
        people: Sequence[Person],
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assign_dialog")
        self.ops = (ops or Operations(self)).for_widget(self)
        self._reminders, self._actor, self.vehicle_ids = reminders, actor, tuple(vehicle_ids)
        self.changed: int | None = None
        self.chosen_name = ""
        self.setWindowTitle(self.tr("分配提醒任务"))
        self.setMinimumWidth(420)
        about = QLabel(self.tr("{0} 辆车：{1}").format(len(self.vehicle_ids), cars), self)
        about.setObjectName("assign_cars")
        about.setWordWrap(True)
        self.form = FieldForm(self)
        self.person = QComboBox(self)
        self.person.setObjectName("assign_to")
        self._names = {person.id: person.name for person in people}
        for person in people:
            self.person.addItem(person.shown, person.id)
        self.person.addItem(self.tr("（不分配给任何人）"), None)
        self.form.add_field("assigned_to", self.tr("分配给"), self.person)
        buttons = ok_cancel(self)
        buttons.accepted.connect(self.save)
        self.saving = SaveGuard(*buttons.buttons())
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.enter_chain = EnterChain([self.person], self.save, self)
        self.person.setFocus()

    def choose(self, user_id: int | None) -> None:
        self.person.setCurrentIndex(self.person.findData(user_id))

    def save(self) -> None:
        if self.saving.running:
            return
        user_id = self.person.currentData()
        self.chosen_name = self._names.get(user_id, "") if user_id is not None else ""
        self.saving.start()
        op = self.ops.write(self._reminders.assign, self._actor, list(self.vehicle_ids), user_id)
        op.success(self._saved).failure(self._failed).finally_(self.saving.end).run()

    def _saved(self, changed: int) -> None:
        self.changed = changed
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError) and self.form.show_error(error):
            return
        show_error(self, error)
