"""Vehicle models with their warranty terms, customers, vehicles, plates and mileage."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Computed, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, IdMixin, TimestampMixin, VersionedMixin
from db.types import utcnow

# A plate's last five characters, last first (粤BW7404 -> 4047W): "the plate ends with 7404", as
# people say a plate at the counter, becomes an indexed prefix search ("4047..."), as vin_reversed
# does for VINs. Computed by the database (substr and length: the same on SQLite and
# PostgreSQL), so every way a plate is written keeps it; NULL without a plate.
PLATE_TAIL_LENGTH = 5
PLATE_TAIL_SQL = " || ".join(
    f"substr(plate, length(plate){f' - {back}' if back else ''}, 1)" for back in range(PLATE_TAIL_LENGTH)
)


def _search_text(length: int) -> String:
    """Text the counter searches by prefix. PostgreSQL keeps it under COLLATE "C" so that an index
    range scan means exactly "starts with" whatever the database's collation (SQLite compares
    bytewise anyway)."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


class VehicleModel(IdMixin, VersionedMixin, Base):
    """A model line with its warranty terms and maintenance rule (all configurable)."""

    __tablename__ = "vehicle_models"
    __table_args__ = (UniqueConstraint("brand", "name"),)

    brand: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(64))
    is_nev: Mapped[bool] = mapped_column(Boolean, default=False)
    basic_warranty_months: Mapped[int] = mapped_column(Integer, default=36)
    basic_warranty_km: Mapped[int] = mapped_column(Integer, default=100_000)
    sanbao_months: Mapped[int] = mapped_column(Integer, default=24)
    sanbao_km: Mapped[int] = mapped_column(Integer, default=50_000)
    repair_warranty_months: Mapped[int] = mapped_column(Integer, default=36)
    repair_warranty_km: Mapped[int] = mapped_column(Integer, default=60_000)
    battery_warranty_months: Mapped[int | None] = mapped_column(Integer)
    battery_warranty_km: Mapped[int | None] = mapped_column(Integer)
    first_service_months: Mapped[int] = mapped_column(Integer, default=6)
    first_service_km: Mapped[int] = mapped_column(Integer, default=5_000)
    service_interval_months: Mapped[int] = mapped_column(Integer, default=12)
    service_interval_km: Mapped[int] = mapped_column(Integer, default=10_000)


class Customer(IdMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "customers"
    __table_args__ = (Index(None, "name"), Index(None, "name_initials"))

    name: Mapped[str] = mapped_column(_search_text(64))
    # Pinyin initials (张三 -> zs) so the counter can search by them.
    name_initials: Mapped[str] = mapped_column(_search_text(32), default="")
    kind: Mapped[str] = mapped_column(String(16), default="person")
    note: Mapped[str] = mapped_column(Text, default="")
    anonymised_at: Mapped[dt.datetime | None]

    phones: Mapped[list[CustomerPhone]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerPhone.position"
    )


class CustomerPhone(IdMixin, Base):
    __tablename__ = "customer_phones"
    __table_args__ = (Index(None, "number"), Index(None, "tail4"))

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(24))
    # Last four digits: people at the counter often give only those.
    tail4: Mapped[str] = mapped_column(String(4))
    # A landline's extension, kept apart so that `number` stays the searchable digits.
    extension: Mapped[str] = mapped_column(String(8), default="", server_default="")
    label: Mapped[str] = mapped_column(String(16), default="mobile")
    position: Mapped[int] = mapped_column(Integer, default=0)

    customer: Mapped[Customer] = relationship(back_populates="phones")


class Vehicle(IdMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "vehicles"
    __table_args__ = (
        Index(None, "plate"),
        Index(None, "vin_reversed"),
        Index(None, "owner_id"),
        Index(None, "plate_tail"),
        Index(None, "last_visit_at"),
    )

    vin: Mapped[str] = mapped_column(String(17), unique=True)
    # The VIN reversed, so "last 6-8 characters" becomes an indexed prefix search.
    vin_reversed: Mapped[str] = mapped_column(_search_text(17))
    plate: Mapped[str | None] = mapped_column(_search_text(10))
    # The plate's last characters reversed (PLATE_TAIL_SQL), kept by the database: stored on
    # PostgreSQL, virtual on SQLite (migration 0004; SQLite adds only a virtual column in place).
    plate_tail: Mapped[str | None] = mapped_column(
        _search_text(PLATE_TAIL_LENGTH), Computed(PLATE_TAIL_SQL, persisted=True)
    )
    model_id: Mapped[int] = mapped_column(ForeignKey("vehicle_models.id"))
    owner_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    colour: Mapped[str] = mapped_column(String(32), default="")
    purchase_date: Mapped[dt.date | None] = mapped_column(Date)
    invoice_date: Mapped[dt.date | None] = mapped_column(Date)
    delivery_date: Mapped[dt.date | None] = mapped_column(Date)
    # Read from the papers, never computed (migration 0016): the last day of the 行驶证's
    # 检验有效期至 month, and the insurance policy's end date.
    inspection_due: Mapped[dt.date | None] = mapped_column(Date)
    insurance_expires: Mapped[dt.date | None] = mapped_column(Date)
    last_mileage_km: Mapped[int | None] = mapped_column(Integer)
    last_visit_at: Mapped[dt.datetime | None]
    note: Mapped[str] = mapped_column(Text, default="")

    model: Mapped[VehicleModel] = relationship()
    owner: Mapped[Customer] = relationship()


class PlateHistory(IdMixin, Base):
    """Every plate a vehicle has carried, so an old plate still finds the car."""

    __tablename__ = "plate_history"
    __table_args__ = (Index(None, "plate"),)

    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id", ondelete="CASCADE"), index=True)
    plate: Mapped[str] = mapped_column(_search_text(10))
    valid_from: Mapped[dt.datetime] = mapped_column(default=utcnow)
    valid_to: Mapped[dt.datetime | None]


class MileageReading(IdMixin, Base):
    __tablename__ = "mileage_readings"
    __table_args__ = (Index(None, "vehicle_id", "read_at"),)

    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id", ondelete="CASCADE"))
    read_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    km: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(16), default="intake")
    repair_order_id: Mapped[int | None] = mapped_column(ForeignKey("repair_orders.id"))
    # The advisor confirmed a lower reading because the odometer was replaced.
    odometer_changed: Mapped[bool] = mapped_column(Boolean, default=False)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
