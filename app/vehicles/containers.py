"""The vehicle services on one database, as the Services container holds them."""

from __future__ import annotations

from dataclasses import dataclass

from app.clock import Clock, system_clock
from app.vehicles.customers import CustomerService
from app.vehicles.importer import VehicleImporter
from app.vehicles.lookup import LookupService, OrderNumbers
from app.vehicles.models import VehicleModelService
from app.vehicles.ports import MileageReminders, PaperReminders
from app.vehicles.vehicles import VehicleService
from db.uow import Database


@dataclass(frozen=True)
class VehicleServices:
    models: VehicleModelService
    customers: CustomerService
    vehicles: VehicleService
    lookup: LookupService
    importer: VehicleImporter

    @classmethod
    def build(
        cls,
        db: Database,
        clock: Clock = system_clock,
        order_numbers: OrderNumbers | None = None,
        papers: PaperReminders | None = None,
        readings: MileageReminders | None = None,
    ) -> VehicleServices:
        return cls(
            models=VehicleModelService(db, clock),
            customers=CustomerService(db, clock),
            vehicles=VehicleService(db, clock, papers),
            lookup=LookupService(db, clock, order_numbers),
            importer=VehicleImporter(db, clock, readings, papers),
        )
