"""Part tags: one per piece, printed as one job on the label queue, decoded back at 203 dpi;
a reprint needs a reason, is counted per piece and audited, and prints the same tag."""

from __future__ import annotations

import dataclasses
import uuid

import pytest
from sqlalchemy import select

from app.claims.tags import TagFields
from app.context import Services
from app.errors import PrinterUnavailable, ValidationError
from app.printing import DocumentKind, PrintJobStatus, ReprintNeedsReason
from db.models import AuditEntry
from tests.app.claims.support import claims_clerk, filed_claim, warranty_car, warranty_order
from tests.printing.pdftools import CupsQueues, barcodes, pdfinfo, wait_for_output


def test_each_piece_gets_its_tag_and_the_first_print_keeps_its_content(services: Services) -> None:
    clerk = claims_clerk(services)
    claim = filed_claim(services, clerk, warranty_order(services, warranty_car(services)))
    documents = services.printing.documents
    pdf = documents.render(clerk, DocumentKind.PART_TAG, claim.claim_no)
    assert pdfinfo(pdf)["Pages"] == "2"
    found = barcodes(pdf, dpi=203, page=2)
    assert f"CODE-128:{claim.claim_no}0102" in found
    (qr,) = [x.removeprefix("QR-Code:") for x in found if x.startswith("QR-Code:")]
    tag = TagFields.from_payload(qr)
    assert (tag.claim_no, tag.part_no, tag.piece_no, tag.piece_count) == (
        claim.claim_no,
        "45022-TA0-A01",
        2,
        2,
    )
    assert (tag.fault_name, tag.mileage_km, tag.supplier_code, tag.barcode) == (
        "前制动片异常磨损",
        21_000,
        "S1001",
        f"{claim.claim_no}0102",
    )
    assert "张三" not in qr and "13812345678" not in qr  # no customer data on a tag


@pytest.mark.cups
def test_a_claims_tags_print_as_one_job_on_the_label_queue_and_decode_at_203_dpi(
    services: Services, cups: CupsQueues
) -> None:
    clerk = claims_clerk(services)
    claim = filed_claim(services, clerk, warranty_order(services, warranty_car(services)))
    services.printing.job_name_prefix = f"qt-{uuid.uuid4().hex[:10]}"  # output names unique per run
    documents = services.printing.documents
    done = documents.print(clerk, DocumentKind.PART_TAG, claim.claim_no, printer=cups.label)
    assert done.job.status == PrintJobStatus.PRINTED and done.print_no == 1
    out = wait_for_output(cups.out_dir, f"{services.printing.job_name_prefix}-part-tags-{done.job.id}")
    assert pdfinfo(out)["Pages"] == "2"
    for page, piece in ((1, 1), (2, 2)):
        found = barcodes(out, dpi=203, page=page)  # the queue's output as a 203 dpi printer has it
        assert f"CODE-128:{claim.claim_no}01{piece:02d}" in found
        (qr,) = [x.removeprefix("QR-Code:") for x in found if x.startswith("QR-Code:")]
        tag = TagFields.from_payload(qr)
        assert (tag.claim_no, tag.vin, tag.part_no, tag.piece_no) == (
            claim.claim_no,
            claim.vin,
            "45022-TA0-A01",
            piece,
        )
    printed = services.claims.claims.get(clerk, claim.id).pieces
    assert [p.print_count for p in printed] == [1, 1] and all(p.first_printed_at for p in printed)


@pytest.mark.cups
def test_a_reprint_asks_a_reason_is_counted_and_audited_and_is_the_same_tag(
    services: Services, cups: CupsQueues
) -> None:
    clerk = claims_clerk(services)
    claim = filed_claim(services, clerk, warranty_order(services, warranty_car(services)))
    documents = services.printing.documents
    first = documents.render(clerk, DocumentKind.PART_TAG, claim.claim_no)
    documents.print(clerk, DocumentKind.PART_TAG, claim.claim_no, pdf=first, printer=cups.label)
    piece = claim.pieces[1].barcode
    with pytest.raises(ReprintNeedsReason):
        documents.print(clerk, DocumentKind.PART_TAG, piece, printer=cups.label)
    again = documents.reprint(clerk, DocumentKind.PART_TAG, piece, "标签被油污", printer=cups.label)
    assert again.print_no == 2
    pieces = services.claims.claims.get(clerk, claim.id).pieces
    assert [p.print_count for p in pieces] == [1, 2]
    reprinted = documents.render(clerk, DocumentKind.PART_TAG, piece)
    assert barcodes(reprinted, dpi=203) == barcodes(first, dpi=203, page=2)
    with services.db.read() as s:
        actions = [
            (a.action, a.after_json)
            for a in s.scalars(select(AuditEntry).where(AuditEntry.action.like("%reprint%")))
        ]
    assert any(action == "part_tag.reprint" and piece in str(after) for action, after in actions)
    assert any(action == "document.reprint" and "标签被油污" in str(after) for action, after in actions)


@pytest.mark.cups
def test_a_days_batch_holds_the_tags_not_printed_yet(services: Services, cups: CupsQueues) -> None:
    clerk = claims_clerk(services)
    one = filed_claim(services, clerk, warranty_order(services, warranty_car(services)))
    two = filed_claim(services, clerk, warranty_order(services, warranty_car(services)))
    documents = services.printing.documents
    documents.print(clerk, DocumentKind.PART_TAG, one.claim_no, printer=cups.label)
    day = documents.preview(clerk, DocumentKind.PART_TAG, "2026-11-27")
    assert day.pages == 2 and day.printed_before == 0
    documents.print(clerk, DocumentKind.PART_TAG, "2026-11-27", pdf=day.pdf, printer=cups.label)
    assert all(p.print_count == 1 for p in services.claims.claims.get(clerk, two.id).pieces)
    with pytest.raises(Exception, match="没有待打印的旧件标签"):
        documents.preview(clerk, DocumentKind.PART_TAG, "2026-11-27")


def test_a_printed_tag_whose_content_changes_is_reissued_under_a_new_code(services: Services) -> None:
    clerk = claims_clerk(services)
    claims, documents = services.claims.claims, services.printing.documents
    claim = filed_claim(services, clerk, warranty_order(services, warranty_car(services)))
    # No printer here: the job is kept to print later, and its tags count as issued.
    with pytest.raises(PrinterUnavailable):
        documents.print(clerk, DocumentKind.PART_TAG, claim.claim_no)
    assert all(p.print_count == 1 for p in claims.get(clerk, claim.id).pieces)
    data = claims.draft_from_order(clerk, claim.order_id)
    data = dataclasses.replace(
        data,
        claim_no="CL2026110042",
        fault_name=claim.fault_name,
        parts=tuple(dataclasses.replace(p, supplier_code="S1001") for p in data.parts),
    )
    claim = claims.get(clerk, claim.id)
    with pytest.raises(ValidationError, match="重打原因") as caught:
        claims.update(clerk, claim.id, claim.version, data)
    assert caught.value.field == "reissue_reason"
    changed = claims.update(clerk, claim.id, claim.version, data, reissue_reason="厂家索赔号已下达")
    assert [(p.barcode, p.revision, p.print_count) for p in changed.pieces] == [
        ("CL2026110042" + "0101R2", 2, 0),
        ("CL2026110042" + "0102R2", 2, 0),
    ]
    found = barcodes(documents.render(clerk, DocumentKind.PART_TAG, changed.claim_no), dpi=203)
    assert "CODE-128:CL20261100420101R2" in found
    (qr,) = [x.removeprefix("QR-Code:") for x in found if x.startswith("QR-Code:")]
    assert TagFields.from_payload(qr).claim_no == "CL2026110042"
