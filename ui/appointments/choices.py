"""The choosers the booking dialogs share: the job type (its kind of work follows), the kind of
work, and the advisors who take bookings (the active advisors and supervisors)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from app.appointments import WORK_KIND_LABELS, WorkKind, kind_for_job_type
from app.context import Services
from app.orders import JOB_TYPES
from app.roles import ROLE_LABELS, Actor, Role
from ui.i18n import tr as _tr
from ui.labels_i18n import tr_label
from ui.reminders.people import Person, colleagues

BOOKING_ROLES = frozenset({ROLE_LABELS[Role.ADVISOR], ROLE_LABELS[Role.SUPERVISOR]})
# Internal work is never booked by a customer.
BOOKABLE_JOBS = tuple(job for job in JOB_TYPES if job != "内部")


def advisors(services: Services, actor: Actor) -> tuple[Person, ...]:
    """Off the UI thread: who may be booked as the advisor."""
    return tuple(p for p in colleagues(services, actor) if p.role in BOOKING_ROLES)


def job_combo(parent: QWidget, name: str, job: str = "保养") -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for value in BOOKABLE_JOBS:
        combo.addItem(tr_label(value), value)
    combo.setCurrentIndex(max(combo.findData(job), 0))
    return combo


def kind_combo(parent: QWidget, name: str, kind: WorkKind = WorkKind.MAINTENANCE) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for value in WorkKind:
        combo.addItem(tr_label(WORK_KIND_LABELS[value]), value.value)
    combo.setCurrentIndex(max(combo.findData(kind.value), 0))
    return combo


def follow_job(jobs: QComboBox, kinds: QComboBox) -> None:
    """The kind of work follows the job type chosen (it may still be changed after)."""

    def changed(_index: int) -> None:
        kind = kind_for_job_type(str(jobs.currentData()))
        kinds.setCurrentIndex(max(kinds.findData(kind.value), 0))

    jobs.currentIndexChanged.connect(changed)


def chosen_kind(kinds: QComboBox) -> WorkKind:
    return WorkKind(kinds.currentData())


def fill_advisors(combo: QComboBox, people: Sequence[Person], chosen: int | None) -> None:
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(_tr("（到店安排）"), None)
    for person in people:
        combo.addItem(person.shown, person.id)
    found = combo.findData(chosen) if chosen is not None else -1
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)
    combo.currentIndexChanged.emit(combo.currentIndex())
