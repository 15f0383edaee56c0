"""Warranty claims, their parts and deductions, the returned pieces with their tags, return
boxes, and complaints with their logs."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
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
    # A number of the dealer's own (索赔临时号) until the manufacturer's is entered.
    provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    warranty_kind: Mapped[str] = mapped_column(String(16), default="")
    causal_part_no: Mapped[str] = mapped_column(String(32), default="")
    causal_part_name: Mapped[str] = mapped_column(String(128), default="")
    # The labour operations claimed: [{"code", "name", "hours_x10", "amount_fen"}].
    labour_json: Mapped[str] = mapped_column(Text, default="[]")
    # The clerk's reason for claiming outside the computed eligibility ("" when inside).
    override_reason: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[dt.datetime | None]
    reject_reason: Mapped[str] = mapped_column(Text, default="")
    paid_at: Mapped[dt.datetime | None]
    paid_fen: Mapped[int] = mapped_column(Integer, default=0)

    parts: Mapped[list[ClaimPart]] = relationship(cascade="all, delete-orphan", order_by="ClaimPart.line_no")
    deductions: Mapped[list[ClaimDeduction]] = relationship(
        cascade="all, delete-orphan", order_by="ClaimDeduction.id"
    )


class ClaimDeduction(IdMixin, Base):
    """An amount the manufacturer took off the claim, with its reason from their list."""

    __tablename__ = "claim_deductions"

    claim_id: Mapped[int] = mapped_column(ForeignKey("warranty_claims.id", ondelete="CASCADE"), index=True)
    amount_fen: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class ReturnBox(IdMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "return_boxes"

    box_no: Mapped[str] = mapped_column(String(32), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="open")  # app.claims.BoxStatus
    shipped_at: Mapped[dt.datetime | None]
    carrier: Mapped[str] = mapped_column(String(64), default="")
    waybill: Mapped[str] = mapped_column(String(64), default="")
    brand: Mapped[str] = mapped_column(String(32), default="")
    closed_at: Mapped[dt.datetime | None]


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
    line_no: Mapped[int] = mapped_column(Integer, default=1)  # its place in the claim (1, 2 ...)
    hazardous: Mapped[bool] = mapped_column(Boolean, default=False)

    pieces: Mapped[list[PartLabel]] = relationship(
        cascade="all, delete-orphan", order_by="PartLabel.piece_no"
    )


class PartLabel(IdMixin, Base):
    """One returned piece and its tag: the barcode value is unique, and the tag's content is
    kept as first printed (payload) so that a reprint is the same tag."""

    __tablename__ = "part_labels"
    __table_args__ = (UniqueConstraint("claim_part_id", "piece_no"), Index(None, "state", "stored_at"))

    claim_part_id: Mapped[int] = mapped_column(ForeignKey("claim_parts.id", ondelete="CASCADE"))
    piece_no: Mapped[int] = mapped_column(Integer)
    barcode: Mapped[str] = mapped_column(String(64), unique=True)
    first_printed_at: Mapped[dt.datetime | None]
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    last_print_job_id: Mapped[int | None] = mapped_column(ForeignKey("print_jobs.id"))
    revision: Mapped[int] = mapped_column(Integer, default=1)  # a reissued tag (new content) counts up
    payload: Mapped[str] = mapped_column(Text, default="")  # the QR content as printed; "" before
    state: Mapped[str] = mapped_column(String(16), default="awaiting")  # app.claims.PieceState
    storage_bin: Mapped[str] = mapped_column(String(32), default="")
    stored_at: Mapped[dt.datetime | None]
    return_box_id: Mapped[int | None] = mapped_column(ForeignKey("return_boxes.id"), index=True)
    settled_at: Mapped[dt.datetime | None]  # accepted, deducted or scrapped
    settle_reason: Mapped[str] = mapped_column(String(128), default="")


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
    # The first reply is due by then (app.reports.ComplaintRules); replied_at: the first handling
    # entry of its log, or its closing, whichever came first (again after a reopening).
    reply_due_at: Mapped[dt.datetime]
    replied_at: Mapped[dt.datetime | None]
    customer_satisfied: Mapped[bool | None] = mapped_column(Boolean)  # with the resolution, at closing

    actions: Mapped[list[ComplaintAction]] = relationship(
        cascade="all, delete-orphan", order_by="ComplaintAction.id", back_populates="complaint"
    )


class ComplaintAction(IdMixin, Base):
    """A line of a complaint's log (app.reports.ActionKind): who, when, what was said or done."""

    __tablename__ = "complaint_actions"

    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, default="")

    complaint: Mapped[Complaint] = relationship(back_populates="actions")
