"""Warranty claims of demo repair orders: returned parts, their tags, and monthly return boxes."""

from __future__ import annotations

from app.claims.tags import piece_code
from app.demo import catalogue as cat
from app.demo.lines import Line
from app.demo.state import Context
from app.demo.timebase import DAY, HOUR, MINUTE
from app.orders import LineKind

PIECES_PER_BOX = 40
BOX_SHIP_DAY = 5  # boxes of a month leave on the 5th of the next month
BOX_CLOSE_DAYS = 20  # the manufacturer has settled the box this long after shipping


def _claim_status(ctx: Context, delivered_at: int | None) -> tuple[str, int | None]:
    """Status by age of the finished repair, and when the claim was submitted."""
    if delivered_at is None:
        return "draft", None
    age = (ctx.tb.now - delivered_at) / DAY
    submitted = delivered_at + ctx.rng.randint(2, 30) * HOUR
    if age < 2 or submitted > ctx.tb.now:
        return "draft", None
    if age < 10:
        return "submitted", submitted
    rejected = ctx.rng.random() < 0.04
    if age < 40:
        return ("rejected" if rejected else "approved"), submitted
    return ("rejected" if rejected else "paid"), submitted


class ClaimBook:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._month_seq: dict[str, int] = {}
        # (month, brand) -> (box id, pieces in it): a box holds one brand's pieces, as the
        # service packs them; boxes are numbered through the month whatever their brand.
        self._boxes: dict[tuple[str, str], tuple[int, int]] = {}
        self._box_numbers: dict[str, int] = {}

    def _claim_no(self, at: int) -> str:
        month = self.ctx.tb.date(at // DAY).strftime("%Y%m")
        seq = self._month_seq.get(month, 0) + 1
        self._month_seq[month] = seq
        return f"CL{month}{seq:04d}"

    def _box(self, at: int, brand: str) -> tuple[int, str]:
        """The month's open return box of the brand with room for one more piece, and its status."""
        tb, w, rng = self.ctx.tb, self.ctx.writer, self.ctx.rng
        day = tb.date(at // DAY)
        month = day.strftime("%Y%m")
        box_id, pieces = self._boxes.get((month, brand), (0, PIECES_PER_BOX))
        ship_year, ship_month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
        ship_day = day.replace(year=ship_year, month=ship_month, day=BOX_SHIP_DAY).toordinal()
        ship_at = ship_day * DAY + 15 * HOUR
        status = (
            "open" if ship_at > tb.now else "shipped" if ship_day + BOX_CLOSE_DAYS > tb.today else "closed"
        )
        if pieces >= PIECES_PER_BOX:
            number = self._box_numbers[month] = self._box_numbers.get(month, 0) + 1
            box_id, pieces = w.next_id("return_boxes"), 0
            opened = tb.utc(at)
            w.add(
                "return_boxes",
                {
                    "id": box_id,
                    "box_no": f"RB{month}-{number:02d}",
                    "brand": brand,
                    "status": status,
                    "shipped_at": None if status == "open" else tb.utc(ship_at),
                    "carrier": "" if status == "open" else rng.choice(cat.CARRIERS),
                    "waybill": "" if status == "open" else f"{rng.randrange(10**11, 10**12)}",
                    "created_at": opened,
                    "updated_at": opened if status == "open" else tb.utc(ship_at),
                    "version": 1 if status == "open" else 2,
                },
            )
        self._boxes[(month, brand)] = (box_id, pieces + 1)
        return box_id, status

    def _disposition(self, box_status: str) -> str:
        if box_status == "open":
            return "boxed"
        if box_status == "shipped":
            return "shipped"
        roll = self.ctx.rng.random()
        return "accepted" if roll < 0.94 else "deducted" if roll < 0.98 else "scrapped"

    def add(self, ro_id: int, vehicle_id: int, fault: cat.WarrantyFault, lines: list[Line], opened_at: int,
            delivered_at: int | None) -> None:  # fmt: skip
        ctx, tb, w, rng = self.ctx, self.ctx.tb, self.ctx.writer, self.ctx.rng
        created = opened_at + rng.randint(30, 180) * MINUTE
        if created > tb.now:
            return
        status, submitted = _claim_status(ctx, delivered_at)
        claim_id = w.next_id("warranty_claims")
        claim_no = self._claim_no(created)
        updated = submitted if submitted is not None else created
        w.add(
            "warranty_claims",
            {
                "id": claim_id,
                "claim_no": claim_no,
                "repair_order_id": ro_id,
                "vehicle_id": vehicle_id,
                "fault_code": fault.fault_code,
                "fault_name": fault.fault_name,
                "status": status,
                "amount_fen": sum(x.amount_fen for x in lines),
                "created_by": ctx.staff.claims,
                "submitted_at": tb.utc(submitted) if submitted is not None else None,
                "created_at": tb.utc(created),
                "updated_at": tb.utc(updated),
                "version": 1 if status == "draft" else 2,
            },
        )
        fleet = ctx.fleet
        brand = ctx.models[fleet.model[vehicle_id - fleet.first_vehicle_id]].brand
        returned = [
            x for x in lines if x.kind is LineKind.PART and x.supplier and x.quantity_x100 is not None
        ]  # fluids and labour are not returned
        for line_no, line in enumerate(returned, start=1):
            self._part(claim_id, claim_no, fault, line, line_no, created, brand)

    def _part(
        self,
        claim_id: int,
        claim_no: str,
        fault: cat.WarrantyFault,
        line: Line,
        line_no: int,
        created: int,
        brand: str,
    ) -> None:
        tb, w, rng = self.ctx.tb, self.ctx.writer, self.ctx.rng
        quantity = max(1, (line.quantity_x100 or 100) // 100)
        tagged = created + rng.randint(10, 60) * MINUTE
        # Parts wait in storage a few days before they are boxed.
        box_id, box_status = self._box(created, brand) if tb.now - created > 3 * DAY else (0, "")
        part_id = w.next_id("claim_parts")
        w.add(
            "claim_parts",
            {
                "id": part_id,
                "claim_id": claim_id,
                "part_no": line.code,
                "part_name": line.description,
                "quantity": quantity,
                "unit_price_fen": line.unit_price_fen or 0,
                "supplier_code": line.supplier,
                "damage_reason": fault.damage_reason,
                "responsible_supplier_code": line.supplier,
                "line_no": line_no,
                "hazardous": False,
            },
        )
        storage_bin = f"J-{rng.randint(1, 12):02d}-{rng.randint(1, 6)}"
        state = self._disposition(box_status) if box_id else "stored"
        for piece in range(1, quantity + 1):
            printed = tagged <= tb.now
            w.add(
                "part_labels",
                {
                    "id": w.next_id("part_labels"),
                    "claim_part_id": part_id,
                    "piece_no": piece,
                    "barcode": piece_code(claim_no, line_no, piece),
                    "first_printed_at": tb.utc(tagged) if printed else None,
                    "print_count": 1 if printed else 0,
                    "last_print_job_id": None,
                    "revision": 1,
                    "payload": "",
                    "state": state if printed else "awaiting",
                    "storage_bin": storage_bin if printed else "",
                    "stored_at": tb.utc(tagged) if printed else None,
                    "return_box_id": (box_id or None) if printed else None,
                    "settled_at": None,
                    "settle_reason": "",
                },
            )
