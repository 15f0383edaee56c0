"""Maintenance and other reminders, and each call made about them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, IdMixin, TimestampMixin, VersionedMixin
from db.types import utcnow


class Reminder(IdMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "reminders"
    __table_args__ = (
        Index(None, "status", "due_date", "vehicle_id", "kind"),
        Index(None, "kind", "status", "due_date"),
        Index(None, "vehicle_id"),
    )

    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    # an app.reminders.ReminderKind value
    kind: Mapped[str] = mapped_column(String(24))
    due_date: Mapped[dt.date] = mapped_column(Date)
    due_km: Mapped[int | None] = mapped_column(Integer)
    # A regular service reminder's visit it counts from (migration 0017); empty for other kinds,
    # and base_date for service reminders made before it (they count from their creation day).
    base_date: Mapped[dt.date | None] = mapped_column(Date)
    base_km: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="open")
    next_call_date: Mapped[dt.date | None] = mapped_column(Date)
    inspection_item_id: Mapped[int | None] = mapped_column(ForeignKey("inspection_items.id"))
    lost_reason: Mapped[str | None] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[dt.datetime | None]
    assigned_to: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    attempts: Mapped[int] = mapped_column(Integer, default=0)  # calls in the current round
    converted: Mapped[bool] = mapped_column(Boolean, default=False)  # came back after a call or booking
    repair_order_id: Mapped[int | None] = mapped_column(ForeignKey("repair_orders.id"))  # a follow-up's order


class ReminderContact(IdMixin, Base):
    __tablename__ = "reminder_contacts"
    __table_args__ = (Index(None, "reminder_id", "at"), Index(None, "at"))

    reminder_id: Mapped[int] = mapped_column(ForeignKey("reminders.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    outcome: Mapped[str] = mapped_column(String(24))
    note: Mapped[str] = mapped_column(Text, default="")
    callback_date: Mapped[dt.date | None] = mapped_column(Date)
    # Set when the call ended in a booking.
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointments.id"))
    satisfaction: Mapped[str | None] = mapped_column(String(24))  # a follow-up call's answer
