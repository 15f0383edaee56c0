"""A booking's history: one appointment_events row per change, read back with the users' names."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.appointments.kinds import EventKind
from app.appointments.records import BookingEvent
from app.users import display_names
from app.wording import say
from db.models import AppointmentEvent


def add_event(
    s: Session,
    appointment_id: int,
    kind: EventKind,
    user_id: int | None,
    now: dt.datetime,
    *,
    before: dt.datetime | None = None,
    after: dt.datetime | None = None,
    reason: str = "",
) -> None:
    s.add(
        AppointmentEvent(
            appointment_id=appointment_id,
            at=now,
            user_id=user_id,
            kind=kind.value,
            slot_before=before,
            slot_after=after,
            reason=reason,
        )
    )


def history_of(s: Session, appointment_id: int) -> tuple[BookingEvent, ...]:
    """Oldest first."""
    rows = s.scalars(
        select(AppointmentEvent)
        .where(AppointmentEvent.appointment_id == appointment_id)
        .order_by(AppointmentEvent.at, AppointmentEvent.id)
    ).all()
    names = display_names(s, [r.user_id for r in rows])
    out = []
    for r in rows:
        try:
            kind = EventKind(r.kind)
        except ValueError:
            continue
        name = names.get(r.user_id, "") if r.user_id is not None else say("系统")
        out.append(BookingEvent(r.at, name, kind, r.slot_before, r.slot_after, r.reason))
    return tuple(out)
