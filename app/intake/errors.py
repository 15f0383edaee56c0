"""Validation failures of intake that the UI must treat specially."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import ValidationError


class DuplicateVin(ValidationError):
    """The VIN belongs to a vehicle already on file: the UI links to that vehicle."""

    def __init__(self, existing_vehicle_id: int, vin: str) -> None:
        super().__init__("vin", f"车架号 {vin} 已登记（车辆编号 {existing_vehicle_id}），请打开已有车辆")
        self.existing_vehicle_id = existing_vehicle_id
        self.vin = vin


@dataclass(frozen=True)
class FieldWarning:
    field: str
    message: str


class NeedsConfirmation(ValidationError):
    """Valid but unusual input (a VIN without check digit, an embassy plate, a plate on file for
    another vehicle): shown to the advisor, who saves again with confirm_warnings=True."""

    def __init__(self, warnings: tuple[FieldWarning, ...]) -> None:
        first = warnings[0]
        super().__init__(first.field, "；".join(w.message for w in warnings) + "。确认无误后请再次保存")
        self.warnings = warnings
