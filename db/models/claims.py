"""Warranty claims, their parts, part tags, return boxes, and complaints."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, IdMixin, TimestampMixin, VersionedMixin
from db.types import utcnow


class WarrantyClaim(IdMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "warranty_claims"
    __table_args__ = (Index(None, "status", "created_at"),)

    claim_no: Mapped[str] = mapped_column(String(32), unique=True)
    repair_order_id: Mapped[int] = mapped_column(ForeignKey("repair_orders.id"), index=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"), index=True)
    fault_code: Mapped[str] = mapped_column(String(32), default="")
    fault_name: Mapped[str] = mapped_column(String(128), default="")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    amount_fen: Mapped[int] = mapped_column(Integer, default=0)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    submitted_at: Mapped[dt.datetime | None]

    parts: Mapped[list[ClaimPart]] = relationship(cascade="all, delete-orphan")


class ReturnBox(IdMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "return_boxes"

    box_no: Mapped[str] = mapped_column(String(32), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open / shipped / closed
    shipped_at: Mapped[dt.datetime | None]
    carrier: Mapped[str] = mapped_column(String(64), default="")
    waybill: Mapped[str] = mapped_column(String(64), default="")


class ClaimPart(IdMixin, Base):
    __tablename__ = "claim_parts"

    claim_id: Mapped[int] = mapped_column(ForeignKey("warranty_claims.id", ondelete="CASCADE"), index=True)
    part_no: Mapped[str] = mapped_column(String(32))
    part_name: Mapped[str] = mapped_column(String(128))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price_fen: Mapped[int] = mapped_column(Integer, default=0)
    supplier_code: Mapped[str] = mapped_column(String(32), default="")
    damage_reason: Mapped[str] = mapped_column(String(128), default="")
    responsible_supplier_code: Mapped[str] = mapped_column(String(32), default="")
    storage_bin: Mapped[str] = mapped_column(String(32), default="")
    return_box_id: Mapped[int | None] = mapped_column(ForeignKey("return_boxes.id"), index=True)
    # stored / boxed / shipped / accepted / deducted / scrapped
    disposition: Mapped[str] = mapped_column(String(16), default="stored")


class PartLabel(IdMixin, Base):
    """One printed tag per returned piece; its barcode value is unique."""

    __tablename__ = "part_labels"
    __table_args__ = (UniqueConstraint("claim_part_id", "piece_no"),)

    claim_part_id: Mapped[int] = mapped_column(ForeignKey("claim_parts.id", ondelete="CASCADE"))
    piece_no: Mapped[int] = mapped_column(Integer)
    barcode: Mapped[str] = mapped_column(String(64), unique=True)
    first_printed_at: Mapped[dt.datetime | None]
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    last_print_job_id: Mapped[int | None] = mapped_column(ForeignKey("print_jobs.id"))


class Complaint(IdMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "complaints"
    __table_args__ = (Index(None, "status", "opened_at"),)

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"))
    repair_order_id: Mapped[int | None] = mapped_column(ForeignKey("repair_orders.id"))
    opened_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    opened_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    channel: Mapped[str] = mapped_column(String(16), default="counter")
    category: Mapped[str] = mapped_column(String(32), default="")
    description: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="open")
    assigned_to: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    resolution: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[dt.datetime | None]
