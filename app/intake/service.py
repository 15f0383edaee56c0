"""All intake services on one database, as the Services container holds them."""

from __future__ import annotations

from dataclasses import dataclass

from app.clock import Clock, system_clock
from app.intake.board import BoardService
from app.intake.card import VehicleCardService
from app.intake.customers import CustomerService
from app.intake.delivery import DeliveryService
from app.intake.importer import VehicleImporter
from app.intake.lookup import LookupService
from app.intake.orders import RepairOrderService
from app.intake.vehicle_models import VehicleModelService
from app.intake.vehicles import VehicleService
from db.uow import Database


@dataclass(frozen=True)
class IntakeServices:
    models: VehicleModelService
    customers: CustomerService
    vehicles: VehicleService
    lookup: LookupService
    cards: VehicleCardService
    orders: RepairOrderService
    board: BoardService
    delivery: DeliveryService
    importer: VehicleImporter

    @classmethod
    def build(cls, db: Database, clock: Clock = system_clock) -> IntakeServices:
        return cls(
            models=VehicleModelService(db, clock),
            customers=CustomerService(db, clock),
            vehicles=VehicleService(db, clock),
            lookup=LookupService(db, clock),
            cards=VehicleCardService(db, clock),
            orders=RepairOrderService(db, clock),
            board=BoardService(db, clock),
            delivery=DeliveryService(db, clock),
            importer=VehicleImporter(db, clock),
        )
