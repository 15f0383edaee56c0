"""The inspection sheet: diagnostic interview, walk-around, damage marks and multi-point checks."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, LargeBinary, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, IdMixin, TimestampMixin, VersionedMixin


class Inspection(IdMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "inspections"

    repair_order_id: Mapped[int] = mapped_column(ForeignKey("repair_orders.id"), unique=True)
    symptom: Mapped[str] = mapped_column(Text, default="")
    since: Mapped[str] = mapped_column(String(64), default="")
    frequency: Mapped[str] = mapped_column(String(16), default="")
    # JSON objects/lists: conditions, warning lights, tyres and items found in the car.
    conditions_json: Mapped[str] = mapped_column(Text, default="{}")
    location: Mapped[str] = mapped_column(String(128), default="")
    earlier_repairs: Mapped[str] = mapped_column(Text, default="")
    warning_lights_json: Mapped[str] = mapped_column(Text, default="[]")
    tyres_json: Mapped[str] = mapped_column(Text, default="{}")
    items_in_car_json: Mapped[str] = mapped_column(Text, default="[]")
    valuables_reminded: Mapped[bool] = mapped_column(Boolean, default=False)
    keep_old_parts: Mapped[bool] = mapped_column(Boolean, default=False)
    wash: Mapped[bool] = mapped_column(Boolean, default=False)
    # The interview's answers by question code (JSON object).
    answers_json: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    customer_waits: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Printed for signatures: signed_at is set and the sheet is locked; a later change makes a new revision.
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    signed_at: Mapped[dt.datetime | None]
    # The handover check at delivery (new damage is marked with stage "delivery").
    delivery_checked_at: Mapped[dt.datetime | None]
    delivery_note: Mapped[str] = mapped_column(Text, default="", server_default="")

    items: Mapped[list[InspectionItem]] = relationship(cascade="all, delete-orphan")
    marks: Mapped[list[DamageMark]] = relationship(cascade="all, delete-orphan")


class InspectionItem(IdMixin, Base):
    __tablename__ = "inspection_items"

    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(64))
    rating: Mapped[str] = mapped_column(String(8))  # green / yellow / red
    recommended_job: Mapped[str] = mapped_column(String(128), default="")
    decision: Mapped[str | None] = mapped_column(String(16))  # approved / declined
    note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    group_name: Mapped[str] = mapped_column(String(32), default="", server_default="")
    reading: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(8), default="", server_default="")
    estimate_fen: Mapped[int | None] = mapped_column(Integer)
    deferred_until: Mapped[dt.date | None] = mapped_column(Date)
    decision_reason: Mapped[str] = mapped_column(String(128), default="", server_default="")
    # The order line an approval became (a plain reference: the line is read through its order).
    order_line_id: Mapped[int | None] = mapped_column(Integer)


class DamageMark(IdMixin, Base):
    __tablename__ = "damage_marks"

    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"), index=True)
    view: Mapped[str] = mapped_column(String(8))  # top / front / back / left / right
    x: Mapped[float] = mapped_column(Float)  # 0..1 across the outline drawing
    y: Mapped[float] = mapped_column(Float)
    kind: Mapped[str] = mapped_column(String(16))  # scratch / dent / crack / paint / chip
    note: Mapped[str] = mapped_column(String(128), default="")
    number: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    stage: Mapped[str] = mapped_column(String(16), default="intake", server_default="intake")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    photo_name: Mapped[str] = mapped_column(String(128), default="", server_default="")
