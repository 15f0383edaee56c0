"""A returned piece's tag: its Code 128 value and the fields its QR code holds.

The 1-D code is the claim number, the part's line in the claim and the piece number
(CL2026110001 + 01 + 02); a reissued tag adds its revision (R2). The part number itself is
left to the QR code: part numbers run to 18 characters and would push the 1-D code past a
60 mm label at the 2-dot (0.25 mm) bar a 203 dpi printer needs (docs/domain/claims.md).
"""

from __future__ import annotations

from dataclasses import dataclass

PAYLOAD_HEADER = "QIANTAI-TAG 1"


def piece_code(claim_no: str, line_no: int, piece_no: int, revision: int = 1) -> str:
    code = f"{claim_no}{line_no:02d}{piece_no:02d}"
    return code if revision <= 1 else f"{code}R{revision}"


@dataclass(frozen=True)
class TagFields:
    dealer_code: str
    dealer_name: str
    claim_no: str
    ro_number: str
    vin: str
    fault_code: str
    fault_name: str
    part_no: str
    part_name: str
    piece_no: int
    piece_count: int
    supplier_code: str
    responsible_supplier_code: str
    damage_reason: str
    repair_date: str
    mileage_km: int
    hazardous: bool
    barcode: str

    def payload(self) -> str:
        """The QR code's text: one labelled field per line, readable by any phone's scanner.
        Never a customer's name, phone or plate."""
        lines = [
            PAYLOAD_HEADER,
            f"经销商:{self.dealer_code} {self.dealer_name}".rstrip(),
            f"索赔单:{self.claim_no}",
            f"工单:{self.ro_number}",
            f"VIN:{self.vin}",
            f"故障:{self.fault_code} {self.fault_name}".strip(),
            f"零件:{self.part_no} {self.part_name}",
            f"数量:1 ({self.piece_no}/{self.piece_count})",
            f"生产供应商:{self.supplier_code}",
            f"责任供应商:{self.responsible_supplier_code}",
            f"损坏原因:{self.damage_reason}",
            f"维修日期:{self.repair_date}",
            f"里程:{self.mileage_km}",
        ]
        if self.hazardous:
            lines.append("危险件:是")
        lines.append(f"标签:{self.barcode}")
        return "\n".join(lines)


def code_in_payload(text: str) -> str | None:
    """The tag code of a scanned QR payload (a scanner may read the QR instead of the bars)."""
    if not text.startswith(PAYLOAD_HEADER):
        return None
    for line in text.splitlines():
        if line.startswith("标签:"):
            return line.removeprefix("标签:").strip()
    return None
