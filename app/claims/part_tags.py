"""Part tags (旧件标签) as a registered document, one label page per piece, one job per batch:

    services.printing.documents.print(actor, "part-tags", "CL2026110001")   every piece of a claim
    services.printing.documents.print(actor, "part-tags", "2026-11-27")     a day's unprinted tags
    services.printing.documents.print(actor, "part-tags", "CL20261100010102")  one piece

A piece's first print keeps the tag's content (its QR payload): a reprint is the same tag, and
is counted per piece (print_count) and audited with its reason by the generic print path.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from app import audit
from app.claims._clean import code_text
from app.claims.tags import TagFields, code_in_payload
from app.clock import local_day
from app.errors import NotFound
from app.printing import DocumentKind, DocumentRecord, PrintOptions
from app.roles import Actor
from app.settings import SettingsService, dealer_of
from app.uow import reading
from app.wording import say
from db.models import ClaimPart, PartLabel, RepairOrder, Vehicle, WarrantyClaim
from db.uow import Database

if TYPE_CHECKING:
    from app.printing import PrintService
    from printing.documents.part_tag import PartTagData

DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
Piece = tuple[PartLabel, ClaimPart, WarrantyClaim]


def _query(*columns: Any, with_order: bool = False) -> Select[*tuple[Any, ...]]:
    query = select(*columns) if columns else select(PartLabel, ClaimPart, WarrantyClaim)
    query = query.join(ClaimPart, ClaimPart.id == PartLabel.claim_part_id).join(
        WarrantyClaim, WarrantyClaim.id == ClaimPart.claim_id
    )
    if with_order:
        query = (
            query.add_columns(RepairOrder, Vehicle)
            .join(RepairOrder, RepairOrder.id == WarrantyClaim.repair_order_id)
            .join(Vehicle, Vehicle.id == WarrantyClaim.vehicle_id)
        )
    return query.order_by(WarrantyClaim.claim_no, ClaimPart.line_no, PartLabel.piece_no)


# The statements, built once a process (a select with its joins costs about as much to build as
# SQLite takes to run it); each use adds its own WHERE.
@functools.cache
def _pieces_query() -> Select[*tuple[Any, ...]]:
    return _query()


@functools.cache
def _tag_query() -> Select[*tuple[Any, ...]]:
    """The pieces with their claims' orders and vehicles, for the tags' fields."""
    return _query(with_order=True)


@functools.cache
def _first_piece_query() -> Select[*tuple[Any, ...]]:
    return _query(PartLabel.id, PartLabel.barcode, WarrantyClaim.id).limit(1)


def _rows(s: Session, query: Select[*tuple[Any, ...]], reference: str) -> Sequence[Row[*tuple[Any, ...]]]:
    """The rows of `query` for what a reference names: a day (its claims' unprinted tags), a
    piece's code or scanned QR payload, or a claim number."""
    if DAY.match(reference):
        day = dt.date.fromisoformat(reference)
        start = dt.datetime.combine(day, dt.time()).astimezone()
        return s.execute(
            query.where(
                WarrantyClaim.created_at >= start.astimezone(dt.UTC),
                WarrantyClaim.created_at < (start + dt.timedelta(days=1)).astimezone(dt.UTC),
                PartLabel.print_count == 0,
            )
        ).all()
    code = code_in_payload(reference) or code_text(reference).replace(" ", "")
    rows = s.execute(query.where(PartLabel.barcode == code)).all()
    if not rows:
        rows = s.execute(query.where(WarrantyClaim.claim_no == code)).all()
    return rows


def pieces_of(s: Session, reference: str) -> list[Piece]:
    """The pieces a reference names: a day (its claims' unprinted tags), a piece's code or
    scanned QR payload, or a claim number."""
    return [(r[0], r[1], r[2]) for r in _rows(s, _pieces_query(), reference)]


def normalised(reference: str) -> str:
    text = reference.strip()
    if DAY.match(text):
        return text
    return code_in_payload(text) or code_text(text).replace(" ", "")


def fields_of(
    s: Session, piece: PartLabel, part: ClaimPart, claim: WarrantyClaim, dealer: tuple[str, str]
) -> TagFields:
    """The tag as printed first (from its kept payload), else as the claim says now."""
    if piece.payload:
        return TagFields.from_payload(piece.payload)
    order = s.get(RepairOrder, claim.repair_order_id)
    vehicle = s.get(Vehicle, claim.vehicle_id)
    assert order is not None and vehicle is not None
    repaired = order.delivered_at or order.opened_at
    return TagFields(
        dealer_code=dealer[0],
        dealer_name=dealer[1],
        claim_no=claim.claim_no,
        ro_number=order.ro_number,
        vin=vehicle.vin,
        fault_code=claim.fault_code,
        fault_name=claim.fault_name,
        part_no=part.part_no,
        part_name=part.part_name,
        piece_no=piece.piece_no,
        piece_count=part.quantity,
        supplier_code=part.supplier_code,
        responsible_supplier_code=part.responsible_supplier_code,
        damage_reason=part.damage_reason,
        repair_date=local_day(repaired).isoformat(),
        mileage_km=order.mileage_in,
        hazardous=part.hazardous,
        barcode=piece.barcode,
    )


def outdated_tags(s: Session, claim: WarrantyClaim) -> list[PartLabel]:
    """The printed tags of the claim whose content the claim no longer matches (the dealer's
    own name and code as printed are kept: renaming the dealer outdates no tag)."""
    out = []
    for part in claim.parts:
        for piece in part.pieces:
            if not piece.payload:
                continue
            printed = TagFields.from_payload(piece.payload)
            now = fields_of(s, _unprinted(piece), part, claim, (printed.dealer_code, printed.dealer_name))
            if now.payload() != piece.payload:
                out.append(piece)
    return out


def _unprinted(piece: PartLabel) -> PartLabel:
    """A stand-in of the piece without its kept content, to build the tag as it would be now."""
    return PartLabel(piece_no=piece.piece_no, barcode=piece.barcode, payload="")


class PartTagDocument:
    """Resolves, builds and records the part tags of a reference."""

    def __init__(
        self, db: Database, settings: SettingsService, printing: PrintService, clock: object
    ) -> None:
        self._db, self._settings, self._printing, self._clock = db, settings, printing, clock

    def _dealer(self) -> tuple[str, str]:
        dealer = self._settings.dealer()
        return dealer.code, dealer.name

    def resolve(self, actor: Actor, reference: str) -> DocumentRecord:
        ref = normalised(reference)
        with reading(self._db) as s:
            first = [tuple(r) for r in _rows(s, _first_piece_query(), ref)]
        if not first:
            if DAY.match(ref):
                raise NotFound(say("{day} 没有待打印的旧件标签", day=ref))
            raise NotFound(say("没有索赔单或旧件标签 {reference}", reference=ref))
        if DAY.match(ref):
            return DocumentRecord(0, ref)
        piece_id, barcode, claim_id = first[0]
        return DocumentRecord(piece_id if barcode == ref else claim_id, ref)

    def tags(self, record: DocumentRecord) -> list[PartTagData]:
        with reading(self._db) as s:
            return self._tags(s, record)

    def _tags(self, s: Session, record: DocumentRecord) -> list[PartTagData]:
        from printing.documents.part_tag import PartTagData

        out = []
        info = dealer_of(s)
        dealer = (info.code, info.name)
        # The claims' orders and vehicles come in the same rows: held by them, fields_of finds
        # them in the session rather than reading each again.
        rows = _rows(s, _tag_query(), record.reference)
        for piece, part, claim, _, _ in rows:
            f = fields_of(s, piece, part, claim, dealer)
            # The tag's fields under the same names, with its QR text and how often it was printed.
            out.append(PartTagData(**vars(f), qr_payload=f.payload(), reprint_no=piece.print_count))
        return out

    def build(self, actor: Actor, record: DocumentRecord, options: PrintOptions) -> bytes:
        from printing.documents.part_tag import render

        with reading(self._db) as s:  # the label's size and the tags read at once
            size = self._printing.profile(DocumentKind.PART_TAG, s).page_size_mm
            tags = self._tags(s, record)
        return render(tags, size)

    @staticmethod
    def printed_before(s: Session, record: DocumentRecord) -> int:
        return max((p.print_count for p, _, _ in pieces_of(s, record.reference)), default=0)

    def on_printed(
        self, s: Session, actor: Actor, record: DocumentRecord, job_id: int, reason: str | None
    ) -> None:
        """Each piece's print is counted; the first keeps the content it printed."""
        dealer = self._dealer()
        now = self._clock()  # type: ignore[operator]
        reprinted = []
        for piece, part, claim in pieces_of(s, record.reference):
            if not piece.print_count:
                piece.payload = fields_of(s, piece, part, claim, dealer).payload()
                piece.first_printed_at = now
            else:
                reprinted.append(piece.barcode)
            piece.print_count += 1
            piece.last_print_job_id = job_id
        if reprinted:
            audit.record(
                s, actor, "part_tag.reprint", "print_job", job_id, None, {"tags": reprinted, "reason": reason}
            )
