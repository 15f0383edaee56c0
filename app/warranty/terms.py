"""A vehicle's warranty terms and start, read from its model and its dates (vehicles owns both)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.vehicles import ModelInfo, VehicleInfo
from app.warranty.alerts import VehicleFacts
from app.warranty.periods import (
    StartBasis,
    WarrantyKind,
    WarrantyStatus,
    WarrantyTerm,
    terms_of,
    warranty_start,
    warranty_statuses,
)


@dataclass(frozen=True)
class WarrantyStart:
    date: dt.date | None  # delivery date, else invoice date, else purchase date
    basis: StartBasis | None


def model_terms(model: ModelInfo) -> tuple[WarrantyTerm, ...]:
    """The model's terms as warranty periods; the battery only for new-energy vehicles."""
    t = model.terms
    return terms_of(
        is_nev=model.is_nev,
        basic=(t.basic_months, t.basic_km),
        sanbao=(t.sanbao_months, t.sanbao_km),
        repair=(t.repair_months, t.repair_km),
        battery=(t.battery_months, t.battery_km),
    )


def model_term(model: ModelInfo, kind: WarrantyKind) -> WarrantyTerm | None:
    return next((t for t in model_terms(model) if t.kind is kind), None)


def start_of(vehicle: VehicleInfo) -> WarrantyStart:
    return WarrantyStart(*warranty_start(vehicle.invoice_date, vehicle.delivery_date, vehicle.purchase_date))


def vehicle_warranties(vehicle: VehicleInfo, today: dt.date) -> tuple[WarrantyStatus, ...]:
    """Every warranty of the vehicle on `today` at its last known mileage."""
    return warranty_statuses(
        model_terms(vehicle.model), start_of(vehicle).date, today, vehicle.last_mileage_km
    )


def vehicle_facts(vehicle: VehicleInfo, km: int | None = None) -> VehicleFacts:
    """What the 三包 rules need of the vehicle; `km` defaults to its last known mileage."""
    return VehicleFacts(
        start=start_of(vehicle).date,
        sanbao=model_term(vehicle.model, WarrantyKind.SANBAO),
        repair=model_term(vehicle.model, WarrantyKind.REPAIR),
        km=km if km is not None else vehicle.last_mileage_km,
    )
