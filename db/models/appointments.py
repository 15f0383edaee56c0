"""Appointments (预约, app.appointments): the bookings, their history and the per-day lock."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, IdMixin, TimestampMixin, VersionedMixin
from db.types import utcnow

DEFAULT_SLOT = dt.timedelta(minutes=30)


def _slot_end(context: Any) -> dt.datetime:
    """A row written without its end (an old caller, a test): a slot of the default length."""
    start: dt.datetime = context.get_current_parameters()["scheduled_at"]
    return start + DEFAULT_SLOT


class Appointment(IdMixin, TimestampMixin, VersionedMixin, Base):
    """A booking of one slot. A new caller's booking has no vehicle or customer yet: its plate,
    phone and name stand for them until the car arrives and its order links the vehicle."""

    __tablename__ = "appointments"
    __table_args__ = (
        Index(None, "scheduled_at"),
        Index(None, "vehicle_id"),
        Index(None, "created_at"),
        Index(None, "status", "scheduled_at"),
    )

    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    scheduled_at: Mapped[dt.datetime]  # the slot's start
    # The slot's end: the schedule's slot length when it was booked.
    ends_at: Mapped[dt.datetime] = mapped_column(default=_slot_end)
    job_type: Mapped[str] = mapped_column(String(16), default="保养")
    work_kind: Mapped[str] = mapped_column(String(16), default="maintenance")
    source: Mapped[str] = mapped_column(String(16), default="counter")
    status: Mapped[str] = mapped_column(String(16), default="booked")
    note: Mapped[str] = mapped_column(Text, default="")  # the customer's words
    customer_waits: Mapped[bool] = mapped_column(Boolean, default=False)
    plate: Mapped[str] = mapped_column(String(10), default="")  # normalised, "" when none
    phone: Mapped[str] = mapped_column(String(24), default="")  # the number to call, normalised
    contact_name: Mapped[str] = mapped_column(String(64), default="")  # a new caller's name
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    no_show_reason: Mapped[str | None] = mapped_column(String(24))
    confirmation: Mapped[str | None] = mapped_column(String(16))
    confirmed_at: Mapped[dt.datetime | None]
    arrived_at: Mapped[dt.datetime | None]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class AppointmentEvent(IdMixin, Base):
    """A line of a booking's history (app.appointments.EventKind): who, when, the slot before and
    after, the reason."""

    __tablename__ = "appointment_events"

    appointment_id: Mapped[int] = mapped_column(ForeignKey("appointments.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(16))
    slot_before: Mapped[dt.datetime | None]
    slot_after: Mapped[dt.datetime | None]
    reason: Mapped[str] = mapped_column(Text, default="")


class AppointmentDay(Base):
    """One row per local date that has bookings: locked while a slot of the day is counted and
    booked, so two counters booking the last place of a slot go one after the other."""

    __tablename__ = "appointment_days"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
