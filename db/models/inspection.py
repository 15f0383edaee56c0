"""The inspection sheet: diagnostic interview, walk-around, damage marks and multi-point checks."""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text
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


class DamageMark(IdMixin, Base):
    __tablename__ = "damage_marks"

    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"), index=True)
    view: Mapped[str] = mapped_column(String(8))  # top / front / back / left / right
    x: Mapped[float] = mapped_column(Float)  # 0..1 across the outline drawing
    y: Mapped[float] = mapped_column(Float)
    kind: Mapped[str] = mapped_column(String(16))  # scratch / dent / crack / paint / chip
    note: Mapped[str] = mapped_column(String(128), default="")
