"""A returned piece's tag: its Code 128 value and the fields its QR code holds.

The 1-D code is the claim number, the part's line in the claim and the piece number
(CL2026110001 + 01 + 02); a reissued tag adds its revision (R2). The part number itself is
left to the QR code: part numbers run to 18 characters and would push the 1-D code past a
60 mm label at the 2-dot (0.25 mm) bar a 203 dpi printer needs (docs/domain/claims.md).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

# The QR code's text is its fields in LABELS' order, separated by "|", after this header: half
# the bytes of labelled lines, which keeps the symbol small enough for the 2-dot module of a
# 60 x 40 mm label and its encoding (the costliest part of a tag) short. docs/domain/claims.md
# lists the order for whoever reads the tags with their own scanner software.
PAYLOAD_HEADER = "QT1"
SEPARATOR = "|"


def piece_code(claim_no: str, line_no: int, piece_no: int, revision: int = 1) -> str:
    code = f"{claim_no}{line_no:02d}{piece_no:02d}"
    return code if revision <= 1 else f"{code}R{revision}"


# Each field of a tag, in the payload's order, with its name for people. Never a customer's name,
# phone or plate.
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
        """The QR code's text: the header, then each field; a "|" inside a value becomes "/"."""
        values = [PAYLOAD_HEADER]
        for f in fields(self):
            value = getattr(self, f.name)
            text = ("1" if value else "0") if f.name == "hazardous" else str(value)
            values.append(" ".join(text.split()).replace(SEPARATOR, "/"))
        return SEPARATOR.join(values)

    @classmethod
    def from_payload(cls, text: str) -> TagFields:
        """The fields of a payload payload() wrote (a printed tag's kept content)."""
        parts = text.split(SEPARATOR)[1:]
        values: dict[str, object] = {}
        for f, raw in zip(fields(cls), parts, strict=True):
            values[f.name] = int(raw) if f.name in _INTS else (raw == "1") if f.name == "hazardous" else raw
        return cls(**values)  # type: ignore[arg-type]


def code_in_payload(text: str) -> str | None:
    """The tag code of a scanned QR payload (a scanner may read the QR instead of the bars)."""
    if not text.startswith(PAYLOAD_HEADER + SEPARATOR):
        return None
    return text.rsplit(SEPARATOR, 1)[-1].strip() or None
