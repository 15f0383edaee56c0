"""Warranty: the terms of a vehicle's model, its periods, and the 三包 signals (docs/domain/warranty.md).

Pure rules over plain facts; the tables they read belong to vehicles (models, dates) and orders
(visits), which hand them over as WarrantyTerm, VehicleFacts and RepairFacts.

    model_terms(model) / model_term(model, kind) -> WarrantyTerm(kind, months, km)
    start_of(vehicle) -> WarrantyStart(date, basis: StartBasis); vehicle_warranties(vehicle, today)
    status_of / warranty_statuses -> WarrantyStatus(..., ended_by: EndedBy); add_months,
        period_last_day, day_number, within; WarrantyKind, StartBasis, EndedBy with their labels
    sanbao_alerts(VehicleFacts, history: [RepairFacts], now, current) -> (SanbaoAlert, ...)
    repair_days(start, end): Art. 40 day counting
    sanbao_counts(...) -> SanbaoCounts: the counts behind the alerts, as numbers (claims)
    fault groups: FaultCategory, CATEGORIES, categories_in(text)
"""

from app.warranty.alerts import (
    SEVERITY_LABELS,
    AlertKind,
    RepairFacts,
    RepairLineFacts,
    SanbaoAlert,
    Severity,
    VehicleFacts,
    VisitState,
    long_repair_alert,
    sanbao_alerts,
)
from app.warranty.counters import SanbaoCounts, sanbao_counts
from app.warranty.days import repair_days
from app.warranty.faults import BY_CODE, CATEGORIES, FaultCategory, categories_in
from app.warranty.periods import (
    ENDED_BY_LABELS,
    START_BASIS_LABELS,
    WARRANTY_LABELS,
    EndedBy,
    StartBasis,
    WarrantyKind,
    WarrantyStatus,
    WarrantyTerm,
    add_months,
    day_number,
    period_last_day,
    status_of,
    warranty_start,
    warranty_statuses,
    within,
)
from app.warranty.terms import (
    WarrantyStart,
    model_term,
    model_terms,
    start_of,
    vehicle_facts,
    vehicle_warranties,
)

__all__ = [
    "BY_CODE",
    "CATEGORIES",
    "ENDED_BY_LABELS",
    "SEVERITY_LABELS",
    "START_BASIS_LABELS",
    "WARRANTY_LABELS",
    "AlertKind",
    "EndedBy",
    "FaultCategory",
    "RepairFacts",
    "RepairLineFacts",
    "SanbaoAlert",
    "SanbaoCounts",
    "Severity",
    "StartBasis",
    "VehicleFacts",
    "VisitState",
    "WarrantyKind",
    "WarrantyStart",
    "WarrantyStatus",
    "WarrantyTerm",
    "add_months",
    "categories_in",
    "day_number",
    "long_repair_alert",
    "model_term",
    "model_terms",
    "period_last_day",
    "repair_days",
    "sanbao_alerts",
    "sanbao_counts",
    "start_of",
    "status_of",
    "vehicle_facts",
    "vehicle_warranties",
    "warranty_start",
    "warranty_statuses",
    "within",
]
