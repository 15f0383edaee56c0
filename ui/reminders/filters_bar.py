"""Above the reminders list: the six work lists (each with its total, Alt+1 … Alt+6; the follow-up
calls after delivery last) and the filters — the advisor of the car's last order, the model, the
kind of reminder, who it is given to (the colleagues, each with their role)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabBar, QWidget

from app.reminders import ReminderKind, TaskFilter, WorkList
from app.vehicles import ModelInfo
from ui.reminders.people import Person
from ui.reminders.tasks_model import kind_choices, list_title

# The work lists in the order the tabs show them: the service reminders' calls, then the
# follow-up calls after delivery (交车回访), which have a dialog of their own.
LISTS = (
    WorkList.DUE_SOON,
    WorkList.OVERDUE,
    WorkList.FIRST_SERVICE_LOST,
    WorkList.LAPSING,
    WorkList.LOST,
    WorkList.FOLLOW_UP,
)

PERSON_LENGTH = 9  # characters of a colleague's chooser (王小明（服务顾问）)


class ListChooser(QTabBar):
    """The work lists as tabs over the one table: 即将到期 (8) | 已逾期 (12) | …"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("work_lists")
        self.setExpanding(False)
        self.setDrawBase(False)
        for n, which in enumerate(LISTS, start=1):
            index = self.addTab(list_title(which, None))
            self.setTabToolTip(index, f"Alt+{n}")

    def chosen(self) -> WorkList:
        return LISTS[max(self.currentIndex(), 0)]

    def choose(self, which: WorkList) -> None:
        self.setCurrentIndex(LISTS.index(which))

    def set_totals(self, totals: Mapping[WorkList, int | None]) -> None:
        for n, which in enumerate(LISTS):
            self.setTabText(n, list_title(which, totals.get(which)))


def _combo(parent: QWidget, name: str, length: int | None = None) -> QComboBox:
    """A chooser as wide as its longest entry, or, given a length, that many characters wide
    (a colleague with their role is long: the list that drops down shows it whole)."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    if length is None:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(6)
    else:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(length)
    return combo


class FiltersBar(QWidget):
    def __init__(self, changed: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminder_filters")
        self._changed = changed
        self._filling = False
        self.advisor = _combo(self, "filter_advisor", PERSON_LENGTH)
        self.model = _combo(self, "filter_model")
        self.kind = _combo(self, "filter_kind")
        self.assigned = _combo(self, "filter_assigned", PERSON_LENGTH)
        for label, kind in kind_choices():
            self.kind.addItem(label, kind.value if kind is not None else None)
        self.set_choices((), ())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for caption, combo in (
            (self.tr("顾问"), self.advisor),
            (self.tr("车型"), self.model),
            (self.tr("事项"), self.kind),
            (self.tr("负责人"), self.assigned),
        ):
            caption_label = QLabel(caption, self)
            caption_label.setBuddy(combo)
            layout.addWidget(caption_label)
            layout.addWidget(combo)
            combo.currentIndexChanged.connect(self._picked)
        layout.addStretch(1)

    def _picked(self, _index: int) -> None:
        if not self._filling:
            self._changed()

    def set_choices(self, people: Sequence[Person], models: Sequence[ModelInfo]) -> None:
        """Fills the choosers again, keeping what is chosen when it is still there."""
        self._filling = True
        try:
            self._fill(self.advisor, self.tr("全部顾问"), [(p.shown, p.id) for p in people])
            self._fill(
                self.model, self.tr("全部车型"), [(f"{m.brand} {m.name}".strip(), m.id) for m in models]
            )
            self._fill(self.assigned, self.tr("全部"), [(p.shown, p.id) for p in people])
        finally:
            self._filling = False

    @staticmethod
    def _fill(combo: QComboBox, everything: str, entries: Sequence[tuple[str, int]]) -> None:
        kept = combo.currentData()
        combo.clear()
        combo.addItem(everything, None)
        for text, value in entries:
            combo.addItem(text, value)
        found = combo.findData(kept) if kept is not None else 0
        combo.setCurrentIndex(max(found, 0))
        view = combo.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width())

    def filters(self) -> TaskFilter:
        kind = self.kind.currentData()
        return TaskFilter(
            advisor_id=self.advisor.currentData(),
            model_id=self.model.currentData(),
            kind=ReminderKind(kind) if kind else None,
            assigned_to=self.assigned.currentData(),
        )
