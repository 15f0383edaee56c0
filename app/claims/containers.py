"""The claims capability's services, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from app.claims.documents import BoxLabelDocument, ClaimFormDocument, declare_documents
from app.claims.part_tags import PartTagDocument
from app.claims.service import ClaimService
from app.claims.storage import OldPartsService
from app.claims.summary import WarrantySummaryService
from app.clock import Clock, system_clock
from app.orders import OrderServices
from app.printing import DocumentRegistry, PrintService
from app.settings import SettingsService
from app.vehicles import VehicleServices
from db.uow import Database


@dataclass(frozen=True)
class ClaimServices:
    claims: ClaimService
    old_parts: OldPartsService
    summary: WarrantySummaryService

    @classmethod
    def build(
        cls,
        db: Database,
        orders: OrderServices,
        vehicles: VehicleServices,
        settings: SettingsService,
        printing: PrintService,
        registry: DocumentRegistry,
        clock: Clock = system_clock,
    ) -> ClaimServices:
        """The services, and their documents declared in the print registry."""
        built = cls(
            claims=ClaimService(db, orders, vehicles, clock),
            old_parts=OldPartsService(db, clock),
            summary=WarrantySummaryService(db, settings, clock),
        )
        declare_documents(
            registry,
            PartTagDocument(db, settings, printing, clock),
            ClaimFormDocument(built.claims, vehicles, settings),
            BoxLabelDocument(built.old_parts, settings, printing),
            built.summary,
        )
        return built
