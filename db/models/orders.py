"""Repair orders, their lines, status events and notes (appointments: db/models/appointments.py)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, IdMixin, TimestampMixin, VersionedMixin
from db.types import utcnow


class RoSequence(Base):
    """Last RO number handed out per day: one row per day, incremented atomically."""

    __tablename__ = "ro_sequences"

    day: Mapped[str] = mapped_column(String(8), primary_key=True)
    last_no: Mapped[int] = mapped_column(Integer, default=0)


class RepairOrder(IdMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "repair_orders"
    __table_args__ = (
        Index(None, "status"),
        Index(None, "opened_at"),
        Index(None, "delivered_at"),
        Index(None, "vehicle_id", "opened_at"),
        Index(None, "advisor_id", "opened_at"),
        Index(None, "appointment_id"),  # the order opened from a booking (app.appointments)
    )

    ro_number: Mapped[str] = mapped_column(String(24), unique=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    advisor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointments.id"))
    opened_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    promised_at: Mapped[dt.datetime | None]
    delivered_at: Mapped[dt.datetime | None]
    status: Mapped[str] = mapped_column(String(16), default="waiting")
    mileage_in: Mapped[int] = mapped_column(Integer)
    mileage_out: Mapped[int | None] = mapped_column(Integer)
    fuel_level: Mapped[str] = mapped_column(String(4), default="1/2")
    customer_statement: Mapped[str] = mapped_column(Text, default="")
    # Comma-separated job types: 保养,一般维修,索赔,事故,钣喷,内部
    job_types: Mapped[str] = mapped_column(String(64), default="")
    is_appointment: Mapped[bool] = mapped_column(Boolean, default=False)
    customer_waits: Mapped[bool] = mapped_column(Boolean, default=False)
    brought_by: Mapped[str] = mapped_column(String(64), default="")
    brought_by_phone: Mapped[str] = mapped_column(String(24), default="")
    estimate_fen: Mapped[int] = mapped_column(Integer, default=0)
    estimate_approved: Mapped[bool] = mapped_column(Boolean, default=False)
    labour_fen: Mapped[int] = mapped_column(Integer, default=0)
    parts_fen: Mapped[int] = mapped_column(Integer, default=0)
    total_fen: Mapped[int] = mapped_column(Integer, default=0)
    loan_car: Mapped[bool] = mapped_column(Boolean, default=False)
    # Hours the 三包 rule leaves out of the 30 cumulative repair days (e.g. transport of parts
    # made for this VIN, a rescue service's travel); migration 0005.
    excluded_hours: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    cancel_reason: Mapped[str | None] = mapped_column(Text)

    lines: Mapped[list[RoLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="RoLine.position"
    )


class RoLine(IdMixin, Base):
    """A labour, part or other (towing, loan car, travel compensation) line of a repair order."""

    __tablename__ = "ro_lines"

    repair_order_id: Mapped[int] = mapped_column(
        ForeignKey("repair_orders.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(32), default="")
    description: Mapped[str] = mapped_column(String(128))
    hours: Mapped[float | None] = mapped_column(Numeric(8, 2, asdecimal=False))
    rate_fen: Mapped[int | None] = mapped_column(Integer)
    quantity: Mapped[float | None] = mapped_column(Numeric(10, 2, asdecimal=False))
    unit_price_fen: Mapped[int | None] = mapped_column(Integer)
    amount_fen: Mapped[int] = mapped_column(Integer, default=0)
    payer: Mapped[str] = mapped_column(String(16), default="customer")

    order: Mapped[RepairOrder] = relationship(back_populates="lines")


class RoStatusEvent(IdMixin, Base):
    __tablename__ = "ro_status_events"
    __table_args__ = (Index(None, "repair_order_id", "at"),)

    repair_order_id: Mapped[int] = mapped_column(ForeignKey("repair_orders.id", ondelete="CASCADE"))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class RoNote(IdMixin, Base):
    """An annotation on a repair order (the only change allowed once it is delivered)."""

    __tablename__ = "ro_notes"

    repair_order_id: Mapped[int] = mapped_column(
        ForeignKey("repair_orders.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)
