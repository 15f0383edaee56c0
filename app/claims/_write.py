"""The writing side of claims: the audit snapshot, provisional numbers, copying a claim's input
onto its rows (parts and pieces kept by line and piece number), and what happens to printed tags
when the claim changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.claims._rows import claim_by_number, labour_json
from app.claims.part_tags import outdated_tags
from app.claims.records import ClaimInput, PartInput
from app.claims.tags import piece_code
from app.errors import ValidationError
from app.roles import Actor
from app.wording import say
from db.models import ClaimPart, PartLabel, WarrantyClaim

PROVISIONAL_PREFIX = "LS"


def snapshot(row: WarrantyClaim) -> dict[str, object]:
    return {
        "claim_no": row.claim_no,
        "status": row.status,
        "warranty_kind": row.warranty_kind,
        "override_reason": row.override_reason,
        "fault": f"{row.fault_code} {row.fault_name}".strip(),
        "parts": [f"{p.part_no}×{p.quantity}" for p in row.parts],
        "amount_fen": row.amount_fen,
    }


def next_provisional(s: Session, day: dt.date) -> str:
    prefix = f"{PROVISIONAL_PREFIX}{day:%y%m%d}"
    last = s.scalar(
        select(func.max(WarrantyClaim.claim_no)).where(
            WarrantyClaim.claim_no.like(f"{prefix}%"), func.length(WarrantyClaim.claim_no) == len(prefix) + 3
        )
    )
    seq = int(last[len(prefix) :]) + 1 if last else 1
    if seq > 999:
        raise ValidationError("claim_no", say("今天的临时索赔号已用完，请填写厂家索赔号"))
    return f"{prefix}{seq:03d}"


def fill_claim(row: WarrantyClaim, data: ClaimInput) -> None:
    """Copies the claim's fields and syncs its parts and pieces by line number."""
    row.warranty_kind = data.warranty_kind.value
    row.override_reason = data.override_reason
    row.fault_code, row.fault_name = data.fault_code, data.fault_name
    row.causal_part_no, row.causal_part_name = data.causal_part_no, data.causal_part_name
    row.labour_json = labour_json(data.labour)
    existing = {p.line_no: p for p in row.parts}
    for line_no, item in enumerate(data.parts, start=1):
        part = existing.pop(line_no, None)
        if part is None:
            part = ClaimPart(line_no=line_no)
            row.parts.append(part)
        part.part_no, part.part_name = item.part_no, item.part_name
        part.quantity, part.unit_price_fen = item.quantity, item.unit_price_fen
        part.supplier_code = item.supplier_code
        part.responsible_supplier_code = item.responsible_supplier_code
        part.damage_reason, part.hazardous = item.damage_reason, item.hazardous
        kept = [p for p in part.pieces if p.piece_no <= item.quantity]
        for extra in [p for p in part.pieces if p.piece_no > item.quantity]:
            part.pieces.remove(extra)
        for n in range(len(kept) + 1, item.quantity + 1):
            part.pieces.append(PartLabel(piece_no=n, barcode=piece_code(row.claim_no, line_no, n)))
    for gone in existing.values():
        row.parts.remove(gone)
    row.amount_fen = sum(x.amount_fen for x in data.labour) + sum(
        p.quantity * p.unit_price_fen for p in data.parts
    )


def refuse_losing_pieces(row: WarrantyClaim, parts: Sequence[PartInput]) -> None:
    for part in row.parts:
        keep = parts[part.line_no - 1].quantity if part.line_no <= len(parts) else 0
        for piece in part.pieces:
            if piece.piece_no > keep and (piece.print_count or piece.state != "awaiting"):
                raise ValidationError(
                    f"parts.{part.line_no - 1}.quantity",
                    say(
                        "{part} 第 {n} 件的标签已打印或已入库，不能删除",
                        part=part.part_no,
                        n=piece.piece_no,
                    ),
                )


def renumber(s: Session, row: WarrantyClaim, claim_no: str) -> None:
    """The manufacturer's number replaces the provisional one; unprinted tags follow it,
    printed ones keep theirs until reissued."""
    if claim_by_number(s, claim_no) is not None:
        raise ValidationError("claim_no", say("索赔单号 {claim_no} 已存在", claim_no=claim_no))
    row.claim_no, row.provisional = claim_no, False
    for part in row.parts:
        for piece in part.pieces:
            if not piece.print_count:
                piece.barcode = piece_code(claim_no, part.line_no, piece.piece_no, piece.revision)


def reissue_outdated(s: Session, actor: Actor, row: WarrantyClaim, reason: str) -> None:
    outdated = outdated_tags(s, row)
    if not outdated:
        return
    if not reason:
        raise ValidationError(
            "reissue_reason",
            say(
                "已打印的 {n} 张旧件标签（{codes}）内容会改变：请填写重打原因，旧标签作废并换发新标签号",
                n=len(outdated),
                codes="、".join(p.barcode for p in outdated[:3]) + ("…" if len(outdated) > 3 else ""),
            ),
        )
    lines = {part.id: part.line_no for part in row.parts}
    void = []
    for piece in outdated:
        void.append({"barcode": piece.barcode, "payload": piece.payload, "printed": piece.print_count})
        piece.revision += 1
        piece.barcode = piece_code(row.claim_no, lines[piece.claim_part_id], piece.piece_no, piece.revision)
        piece.payload, piece.print_count, piece.first_printed_at = "", 0, None
    audit.record(s, actor, "part_tag.reissue", "warranty_claim", row.id, {"void": void}, {"reason": reason})
