"""The claims capability's services, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from app.claims.service import ClaimService
from app.clock import Clock, system_clock
from app.orders import OrderServices
from app.vehicles import VehicleServices
from db.uow import Database


@dataclass(frozen=True)
class ClaimServices:
    claims: ClaimService

    @classmethod
    def build(
        cls, db: Database, orders: OrderServices, vehicles: VehicleServices, clock: Clock = system_clock
    ) -> ClaimServices:
        return cls(claims=ClaimService(db, orders, vehicles, clock))
