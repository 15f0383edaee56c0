"""What the vehicles need from capabilities above them (app.reminders owns reminders): the
reminders before a car's annual inspection and insurance run out, and the service reminders'
due dates following the readings an import adds. app.context plugs them in; they run in the
caller's unit of work, so a saved date or reading and its reminder are one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.orm import Session

from app.roles import Actor


@dataclass(frozen=True)
class PaperDates:
    """The dates read from the car's papers: the 行驶证's 检验有效期至 (its month's last day) and
    the insurance policy's end."""

    inspection_due: dt.date | None = None
    insurance_expires: dt.date | None = None


@dataclass(frozen=True)
class PaperChange:
    """A vehicle's paper dates changed by an import (before: empty for a new car)."""

    vehicle_id: int
    before: PaperDates
    after: PaperDates


class PaperReminders(Protocol):
    def papers_saved(
        self,
        s: Session,
        actor: Actor,
        vehicle_id: int,
        before: PaperDates,
        after: PaperDates,
        now: dt.datetime,
    ) -> None:
        """The vehicle's paper dates were saved (before: as they were, empty for a new car)."""
        ...

    def papers_imported(
        self, s: Session, actor: Actor, changes: Sequence[PaperChange], now: dt.datetime
    ) -> None:
        """An import changed these vehicles' paper dates (thousands at a time)."""
        ...


class MileageReminders(Protocol):
    def readings_recorded(self, s: Session, vehicle_ids: Sequence[int], now: dt.datetime) -> None:
        """New mileage readings of these vehicles were written (an import): the due dates of their
        open service reminders follow them."""
        ...
