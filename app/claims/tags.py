"""A returned piece's tag: its Code 128 value and the fields its QR code holds.

The 1-D code is the claim number, the part's line in the claim and the piece number
(CL2026110001 + 01 + 02); a reissued tag adds its revision (R2). The part number itself is
left to the QR code: part numbers run to 18 characters and would push the 1-D code past a
60 mm label at the 2-dot (0.25 mm) bar a 203 dpi printer needs (docs/domain/claims.md).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

PAYLOAD_HEADER = "QIANTAI-TAG 1"


def piece_code(claim_no: str, line_no: int, piece_no: int, revision: int = 1) -> str:
    code = f"{claim_no}{line_no:02d}{piece_no:02d}"
    return code if revision <= 1 else f"{code}R{revision}"


# The payload's label of each field, in the order printed. Never a customer's name, phone or plate.
LABELS = {
    "dealer_code": "经销商代码",
    "dealer_name": "经销商名称",
    "claim_no": "索赔单号",
    "ro_number": "工单号",
    "vin": "VIN",
    "fault_code": "故障代码",
    "fault_name": "故障名称",
    "part_no": "零件号",
    "part_name": "零件名称",
    "piece_no": "件号",
    "piece_count": "件数",
    "supplier_code": "生产供应商",
    "responsible_supplier_code": "责任供应商",
    "damage_reason": "损坏原因",
    "repair_date": "维修日期",
    "mileage_km": "里程",
    "hazardous": "危险件",
    "barcode": "标签",
}
_BY_LABEL = {v: k for k, v in LABELS.items()}
_INTS = frozenset({"piece_no", "piece_count", "mileage_km"})


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
        """The QR code's text: one labelled field per line, readable by any phone's scanner."""
        lines = [PAYLOAD_HEADER]
        for f in fields(self):
            value = getattr(self, f.name)
            text = ("是" if value else "否") if f.name == "hazardous" else str(value)
            lines.append(f"{LABELS[f.name]}:{' '.join(text.split())}")
        return "\n".join(lines)

    @classmethod
    def from_payload(cls, text: str) -> TagFields:
        """The fields of a payload payload() wrote (a printed tag's kept content)."""
        values: dict[str, object] = {}
        for line in text.splitlines()[1:]:
            label, _, value = line.partition(":")
            name = _BY_LABEL.get(label)
            if name is None:
                continue
            values[name] = int(value) if name in _INTS else (value == "是") if name == "hazardous" else value
        return cls(**values)  # type: ignore[arg-type]


def code_in_payload(text: str) -> str | None:
    """The tag code of a scanned QR payload (a scanner may read the QR instead of the bars)."""
    if not text.startswith(PAYLOAD_HEADER):
        return None
    for line in text.splitlines():
        if line.startswith(f"{LABELS['barcode']}:"):
            return line.partition(":")[2].strip()
    return None
