"""What the claims services take and return: plain values in, frozen dataclasses out.

Money is integer fen; labour hours are Decimal (0.1 h steps); times are aware UTC datetimes,
dates are the counter's local dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from app.claims.status import BoxStatus, ClaimStatus, CoverageKind, PieceState
from app.warranty import SanbaoCounts

# -- input ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabourInput:
    code: str  # the manufacturer's labour operation code
    name: str
    hours: Decimal
    amount_fen: int


@dataclass(frozen=True)
class PartInput:
    part_no: str
    part_name: str
    quantity: int  # whole pieces: each gets its own tag
    unit_price_fen: int
    supplier_code: str = ""  # producing supplier
    responsible_supplier_code: str = ""
    damage_reason: str = ""
    hazardous: bool = False  # airbag, pretensioner, battery, a part that held fuel


@dataclass(frozen=True)
class ClaimInput:
    order_id: int
    claim_no: str = ""  # the manufacturer's number; "" gives a provisional one
    warranty_kind: CoverageKind = CoverageKind.BASIC
    # Required when the chosen warranty does not cover the order (audited).
    override_reason: str = ""
    fault_code: str = ""
    fault_name: str = ""
    causal_part_no: str = ""
    causal_part_name: str = ""
    labour: tuple[LabourInput, ...] = ()
    parts: tuple[PartInput, ...] = ()


@dataclass(frozen=True)
class DeductionInput:
    amount_fen: int
    reason: str  # one of the dealer's list (ClaimRules.deduction_reasons)
    note: str = ""


# -- eligibility ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Coverage:
    """One warranty of the vehicle on the day and at the mileage of the repair."""

    kind: CoverageKind
    label: str
    active: bool | None  # None: the start date is unknown, the papers must be checked
    start: dt.date | None
    last_day: dt.date | None
    km_limit: int | None  # None: no distance limit
    days_left: int | None
    km_left: int | None
    reason: str  # why, in a sentence: the start, the limits, what is left or what ended it
    part_no: str = ""  # a parts warranty: the part and the visit it was fitted on
    ro_number: str = ""


@dataclass(frozen=True)
class Eligibility:
    order_id: int | None
    ro_number: str
    vehicle_id: int
    vin: str
    brand: str
    on: dt.date  # the repair's date (the order's intake), or today for a vehicle
    km: int | None
    coverages: tuple[Coverage, ...]
    counters: SanbaoCounts

    def coverage(self, kind: CoverageKind) -> Coverage | None:
        return next((c for c in self.coverages if c.kind is kind), None)

    def covers(self, kind: CoverageKind) -> bool:
        found = [c for c in self.coverages if c.kind is kind]
        return any(c.active for c in found)


# -- claims --------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabourInfo:
    code: str
    name: str
    hours: Decimal
    amount_fen: int


@dataclass(frozen=True)
class PieceInfo:
    id: int
    claim_id: int
    claim_no: str
    part_id: int
    line_no: int
    part_no: str
    part_name: str
    piece_no: int
    piece_count: int
    barcode: str
    revision: int
    print_count: int
    first_printed_at: dt.datetime | None
    state: PieceState
    state_label: str
    storage_bin: str
    stored_at: dt.datetime | None
    box_id: int | None
    box_no: str
    settle_reason: str
    hazardous: bool
    brand: str

    @property
    def piece_text(self) -> str:
        return f"{self.piece_no}/{self.piece_count}"


@dataclass(frozen=True)
class PartInfo:
    id: int
    line_no: int
    part_no: str
    part_name: str
    quantity: int
    unit_price_fen: int
    amount_fen: int
    supplier_code: str
    responsible_supplier_code: str
    damage_reason: str
    hazardous: bool
    pieces: tuple[PieceInfo, ...]


@dataclass(frozen=True)
class DeductionInfo:
    id: int
    amount_fen: int
    reason: str
    note: str
    created_at: dt.datetime


@dataclass(frozen=True)
class ClaimInfo:
    id: int
    claim_no: str
    provisional: bool
    order_id: int
    ro_number: str
    vehicle_id: int
    vin: str
    brand: str
    status: ClaimStatus
    status_label: str
    warranty_kind: CoverageKind
    override_reason: str
    fault_code: str
    fault_name: str
    causal_part_no: str
    causal_part_name: str
    labour: tuple[LabourInfo, ...]
    parts: tuple[PartInfo, ...]
    deductions: tuple[DeductionInfo, ...]
    labour_fen: int
    parts_fen: int
    amount_fen: int
    paid_fen: int
    reject_reason: str
    created_at: dt.datetime
    submitted_at: dt.datetime | None
    decided_at: dt.datetime | None
    paid_at: dt.datetime | None
    version: int

    @property
    def deducted_fen(self) -> int:
        return sum(d.amount_fen for d in self.deductions)

    @property
    def pieces(self) -> tuple[PieceInfo, ...]:
        return tuple(p for part in self.parts for p in part.pieces)


@dataclass(frozen=True)
class ClaimRow:
    """One line of the claims list."""

    id: int
    claim_no: str
    provisional: bool
    ro_number: str
    vin: str
    status: ClaimStatus
    status_label: str
    fault_name: str
    amount_fen: int
    pieces: int
    tags_printed: int  # pieces whose tag was printed
    created_at: dt.datetime


# -- boxes ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class BoxInfo:
    id: int
    box_no: str
    brand: str
    status: BoxStatus
    status_label: str
    created_at: dt.datetime
    shipped_at: dt.datetime | None
    carrier: str
    waybill: str
    pieces: tuple[PieceInfo, ...] = field(default=())
    version: int = 1

    @property
    def hazardous(self) -> bool:
        return any(p.hazardous for p in self.pieces)


@dataclass(frozen=True)
class ListedPiece:
    """A piece on one of the old-part lists, with the date the list is about."""

    piece: PieceInfo
    due: dt.date | None  # ship by (to ship, overdue), may scrap from (may scrap)
    note: str
