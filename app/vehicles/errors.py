"""The vehicles' own validation failure the UI treats specially: a VIN already on file."""

from __future__ import annotations

from app.errors import ValidationError
from app.wording import say


class DuplicateVin(ValidationError):
    """The VIN belongs to a vehicle already on file: the UI links to that vehicle."""

    def __init__(self, existing_vehicle_id: int, vin: str) -> None:
        super().__init__(
            "vin",
            say("车架号 {vin} 已登记（车辆编号 {id}），请打开已有车辆", vin=vin, id=existing_vehicle_id),
        )
        self.existing_vehicle_id = existing_vehicle_id
        self.vin = vin
