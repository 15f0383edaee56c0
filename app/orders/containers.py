"""The order services on one database, as the Services container holds them."""

from __future__ import annotations

from dataclasses import dataclass

from app.clock import Clock, system_clock
from app.orders.board import BoardService
from app.orders.card import VehicleCardService
from app.orders.delivery import DeliveryService
from app.orders.intake_sheet import IntakeSheetService
from app.orders.ports import InspectionFindings, ServiceReminders
from app.orders.service import RepairOrderService
from app.printing import PrintService
from app.settings import SettingsService
from app.vehicles import VehicleServices
from db.uow import Database


@dataclass(frozen=True)
class OrderServices:
    orders: RepairOrderService
    board: BoardService
    delivery: DeliveryService
    cards: VehicleCardService
    sheets: IntakeSheetService

    @classmethod
    def build(
        cls,
        db: Database,
        vehicles: VehicleServices,
        settings: SettingsService,
        printing: PrintService,
        reminders: ServiceReminders,
        inspection: InspectionFindings,
        clock: Clock = system_clock,
    ) -> OrderServices:
        orders = RepairOrderService(db, clock, reminders=reminders)
        return cls(
            orders=orders,
            board=BoardService(db, clock),
            delivery=DeliveryService(db, reminders, clock),
            cards=VehicleCardService(db, reminders, clock),
            sheets=IntakeSheetService(
                db,
                settings,
                orders,
                vehicles.vehicles,
                vehicles.customers,
                printing,
                reminders,
                inspection,
                clock,
            ),
        )
