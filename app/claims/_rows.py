"""Rows of the claims tables as the frozen records the services return."""

from __future__ import annotations

import json
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.claims.records import ClaimInfo, DeductionInfo, LabourInfo, LabourInput, PartInfo, PieceInfo
from app.claims.status import CLAIM_STATUS_LABELS, PIECE_STATE_LABELS, ClaimStatus, CoverageKind, PieceState
from app.errors import NotFound
from app.wording import say
from db.models import ClaimPart, PartLabel, RepairOrder, ReturnBox, Vehicle, VehicleModel, WarrantyClaim


def labour_of(row: WarrantyClaim) -> tuple[LabourInfo, ...]:
    items = json.loads(row.labour_json or "[]")
    return tuple(
        LabourInfo(str(x["code"]), str(x["name"]), Decimal(x["hours_x10"]) / 10, int(x["amount_fen"]))
        for x in items
    )


def labour_json(items: tuple[LabourInput, ...]) -> str:
    return json.dumps(
        [
            {"code": x.code, "name": x.name, "hours_x10": int(x.hours * 10), "amount_fen": x.amount_fen}
            for x in items
        ],
        ensure_ascii=False,
    )


def load_claim(s: Session, claim_id: int) -> WarrantyClaim:
    row = s.scalar(
        select(WarrantyClaim)
        .where(WarrantyClaim.id == claim_id)
        .options(
            selectinload(WarrantyClaim.parts).selectinload(ClaimPart.pieces),
            selectinload(WarrantyClaim.deductions),
        )
    )
    if row is None:
        raise NotFound(say("索赔单 {claim_id} 不存在", claim_id=claim_id))
    return row


def claim_by_number(s: Session, claim_no: str) -> WarrantyClaim | None:
    return s.scalar(select(WarrantyClaim).where(WarrantyClaim.claim_no == claim_no))


def brand_of(s: Session, vehicle_id: int) -> str:
    return (
        s.scalar(
            select(VehicleModel.brand)
            .join(Vehicle, Vehicle.model_id == VehicleModel.id)
            .where(Vehicle.id == vehicle_id)
        )
        or ""
    )


def piece_info(
    piece: PartLabel, part: ClaimPart, claim: WarrantyClaim, box_no: str = "", brand: str = ""
) -> PieceInfo:
    state = PieceState(piece.state)
    return PieceInfo(
        id=piece.id,
        claim_id=claim.id,
        claim_no=claim.claim_no,
        part_id=part.id,
        line_no=part.line_no,
        part_no=part.part_no,
        part_name=part.part_name,
        piece_no=piece.piece_no,
        piece_count=part.quantity,
        barcode=piece.barcode,
        revision=piece.revision,
        print_count=piece.print_count,
        first_printed_at=piece.first_printed_at,
        state=state,
        state_label=PIECE_STATE_LABELS[state],
        storage_bin=piece.storage_bin,
        stored_at=piece.stored_at,
        box_id=piece.return_box_id,
        box_no=box_no,
        settle_reason=piece.settle_reason,
        hazardous=part.hazardous,
        brand=brand,
    )


def box_numbers(s: Session, pieces: list[PartLabel]) -> dict[int, str]:
    ids = {p.return_box_id for p in pieces if p.return_box_id is not None}
    if not ids:
        return {}
    return {
        i: n for i, n in s.execute(select(ReturnBox.id, ReturnBox.box_no).where(ReturnBox.id.in_(ids))).all()
    }


def claim_info(s: Session, row: WarrantyClaim) -> ClaimInfo:
    order = s.get(RepairOrder, row.repair_order_id)
    vehicle = s.get(Vehicle, row.vehicle_id)
    brand = brand_of(s, row.vehicle_id)
    boxes = box_numbers(s, [p for part in row.parts for p in part.pieces])
    parts = tuple(
        PartInfo(
            id=part.id,
            line_no=part.line_no,
            part_no=part.part_no,
            part_name=part.part_name,
            quantity=part.quantity,
            unit_price_fen=part.unit_price_fen,
            amount_fen=part.quantity * part.unit_price_fen,
            supplier_code=part.supplier_code,
            responsible_supplier_code=part.responsible_supplier_code,
            damage_reason=part.damage_reason,
            hazardous=part.hazardous,
            pieces=tuple(
                piece_info(p, part, row, boxes.get(p.return_box_id or 0, ""), brand) for p in part.pieces
            ),
        )
        for part in row.parts
    )
    labour = labour_of(row)
    labour_fen = sum(x.amount_fen for x in labour)
    parts_fen = sum(p.amount_fen for p in parts)
    status = ClaimStatus(row.status)
    return ClaimInfo(
        id=row.id,
        claim_no=row.claim_no,
        provisional=row.provisional,
        order_id=row.repair_order_id,
        ro_number=order.ro_number if order else "",
        vehicle_id=row.vehicle_id,
        vin=vehicle.vin if vehicle else "",
        brand=brand,
        status=status,
        status_label=CLAIM_STATUS_LABELS[status],
        warranty_kind=CoverageKind(row.warranty_kind) if row.warranty_kind else CoverageKind.BASIC,
        override_reason=row.override_reason,
        fault_code=row.fault_code,
        fault_name=row.fault_name,
        causal_part_no=row.causal_part_no,
        causal_part_name=row.causal_part_name,
        labour=labour,
        parts=parts,
        deductions=tuple(
            DeductionInfo(d.id, d.amount_fen, d.reason, d.note, d.created_at) for d in row.deductions
        ),
        labour_fen=labour_fen,
        parts_fen=parts_fen,
        amount_fen=labour_fen + parts_fen,
        paid_fen=row.paid_fen,
        reject_reason=row.reject_reason,
        created_at=row.created_at,
        submitted_at=row.submitted_at,
        decided_at=row.decided_at,
        paid_at=row.paid_at,
        version=row.version,
    )
