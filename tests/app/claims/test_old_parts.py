"""Old parts: a scanned tag finds its piece, which goes to a bin, a return box, ships, and is
settled; the work lists follow the brand's deadlines."""

from __future__ import annotations

import pytest

from app.claims import BoxStatus, PartList, PieceState
from app.context import Services
from app.errors import NotFound, ValidationError
from app.printing import DocumentKind
from tests.app.claims.support import claims_clerk, filed_claim, warranty_car, warranty_order
from tests.printing.pdftools import barcodes, pdftotext, squash


def test_a_scanned_tag_goes_to_a_bin_a_box_and_back_to_the_maker(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    clerk = claims_clerk(services)
    claims, parts = services.claims.claims, services.claims.old_parts
    claim = filed_claim(services, clerk, warranty_order(services, warranty_car(services)))
    first, second = (p.barcode for p in claim.pieces)
    # A handheld scanner types the code (full-width, with its Enter) or the QR code's text.
    assert parts.find(clerk, f" {first.lower()}\r\n").barcode == first
    with pytest.raises(NotFound, match="没有这个旧件标签"):
        parts.find(clerk, "CL999")
    stored = parts.store(clerk, first, "j-01-2")
    assert stored.state is PieceState.STORED and stored.storage_bin == "J-01-2"
    box = parts.open_box(clerk, "本田")
    assert box.box_no == "HY2611-001" and box.status is BoxStatus.OPEN
    with pytest.raises(ValidationError, match="草稿"):
        parts.pack(clerk, box.id, first)
    claim = claims.submit(clerk, claim.id, claim.version)
    with pytest.raises(ValidationError, match="待入库"):
        parts.pack(clerk, box.id, second)
    assert parts.pack(clerk, box.id, first).box_no == box.box_no
    box = parts.box(clerk, box.id)
    label = services.printing.documents.render(clerk, DocumentKind.BOX_LABEL, box.box_no)
    assert any(box.box_no in x for x in barcodes(label, dpi=203)) and first[:8] in squash(pdftotext(label))
    shipped = parts.ship_box(clerk, box.id, box.version, "顺丰", "SF1234567890")
    assert shipped.status is BoxStatus.SHIPPED and shipped.pieces[0].state is PieceState.SHIPPED
    with pytest.raises(ValidationError, match="扣款原因"):
        parts.settle(clerk, first, PieceState.DEDUCTED, "太旧")
    done = parts.settle(clerk, first, PieceState.DEDUCTED, "包装破损")
    assert done.state is PieceState.DEDUCTED and parts.box(clerk, box.id).status is BoxStatus.CLOSED


def test_the_work_lists(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    clerk = claims_clerk(services)
    claims, parts = services.claims.claims, services.claims.old_parts
    claim = filed_claim(services, clerk, warranty_order(services, warranty_car(services)))
    first, second = (p.barcode for p in claim.pieces)
    claim = claims.submit(clerk, claim.id, claim.version)
    missing = parts.work_list(clerk, PartList.CLAIM_WITHOUT_PART)
    assert {x.piece.barcode for x in missing} == {first, second}
    assert {x.piece.barcode for x in parts.work_list(clerk, PartList.PART_WITHOUT_TAG)} == {first, second}
    parts.store(clerk, first, "J-01")
    to_ship = parts.work_list(clerk, PartList.TO_SHIP)
    assert to_ship[0].due is not None and to_ship[0].due.isoformat() == "2026-12-18"  # 21 days
    assert parts.work_list(clerk, PartList.OVERDUE) == ()
    clock.advance(days=22)
    assert {x.piece.barcode for x in parts.work_list(clerk, PartList.OVERDUE)} == {first, second}
    claim = claims.approve(clerk, claim.id, claim.version)
    claim = claims.record_payment(clerk, claim.id, claim.version)
    assert parts.work_list(clerk, PartList.MAY_SCRAP) == ()
    clock.advance(days=30)
    (scrap,) = parts.work_list(clerk, PartList.MAY_SCRAP)
    assert scrap.piece.barcode == first
    assert parts.settle(clerk, first, PieceState.SCRAPPED).state is PieceState.SCRAPPED
