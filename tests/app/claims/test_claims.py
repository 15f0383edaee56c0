"""Claims from draft to payment, with their parts and pieces."""

from __future__ import annotations

import dataclasses

import pytest

from app.claims import ClaimStatus, CoverageKind, DeductionInput, PieceState
from app.context import Services
from app.errors import Conflict, ValidationError
from tests.app.claims.support import claims_clerk, filed_claim, warranty_car, warranty_order


def test_a_claim_from_an_order_gets_a_provisional_number_and_one_piece_per_part(services: Services) -> None:
    clerk = claims_clerk(services)
    order = warranty_order(services, warranty_car(services))
    claim = filed_claim(services, clerk, order)
    assert claim.provisional and claim.claim_no == "LS261127001"
    assert claim.status is ClaimStatus.DRAFT and claim.ro_number == order.ro_number
    (pads,) = claim.parts
    assert pads.part_no == "45022-TA0-A01" and pads.quantity == 2
    assert [p.piece_text for p in pads.pieces] == ["1/2", "2/2"]
    assert [p.barcode for p in pads.pieces] == ["LS2611270010101", "LS2611270010102"]
    assert all(p.state is PieceState.AWAITING and p.print_count == 0 for p in pads.pieces)
    assert claim.labour[0].code == "BR01" and claim.amount_fen == claim.labour_fen + 2 * 38_000
    second = filed_claim(services, clerk, warranty_order(services, warranty_car(services)))
    assert second.claim_no == "LS261127002"


def test_the_manufacturers_number_replaces_the_provisional_one(services: Services) -> None:
    clerk = claims_clerk(services)
    claim = filed_claim(services, clerk, warranty_order(services, warranty_car(services)))
    data = services.claims.claims.draft_from_order(clerk, claim.order_id)
    data = dataclasses.replace(
        data, claim_no="ｃｌ２０２６１１０００７", fault_name="前制动片异常磨损", parts=data.parts[:1]
    )
    changed = services.claims.claims.update(clerk, claim.id, claim.version, data)
    assert changed.claim_no == "CL2026110007" and not changed.provisional
    assert changed.pieces[0].barcode == "CL20261100070101"
    with pytest.raises(Conflict):
        services.claims.claims.update(clerk, claim.id, claim.version, data)


def test_the_way_from_draft_to_payment(services: Services) -> None:
    clerk = claims_clerk(services)
    claims = services.claims.claims
    claim = filed_claim(services, clerk, warranty_order(services, warranty_car(services)))
    claim = claims.submit(clerk, claim.id, claim.version)
    assert claim.status is ClaimStatus.SUBMITTED and claim.submitted_at is not None
    with pytest.raises(ValidationError, match="不能再修改"):
        claims.update(clerk, claim.id, claim.version, claims.draft_from_order(clerk, claim.order_id))
    with pytest.raises(ValidationError, match="请填写拒绝原因"):
        claims.reject(clerk, claim.id, claim.version, "  ")
    claim = claims.approve(clerk, claim.id, claim.version)
    with pytest.raises(ValidationError, match="扣款原因清单"):
        claims.record_payment(clerk, claim.id, claim.version, [DeductionInput(1000, "心情不好")])
    claim = claims.record_payment(clerk, claim.id, claim.version, [DeductionInput(5_000, "标签损坏", "1 张")])
    assert claim.status is ClaimStatus.PAID and claim.deducted_fen == 5_000
    assert claim.paid_fen == claim.amount_fen - 5_000 and claim.deductions[0].reason == "标签损坏"
    with pytest.raises(ValidationError, match="不能改为"):
        claims.withdraw(clerk, claim.id, claim.version)


def test_a_claim_outside_its_warranty_needs_a_reason(services: Services) -> None:
    clerk = claims_clerk(services)
    order = warranty_order(services, warranty_car(services), mileage=130_000)
    with pytest.raises(ValidationError, match="整车质保不覆盖本次维修") as caught:
        filed_claim(services, clerk, order)
    assert caught.value.field == "override_reason"
    claim = filed_claim(services, clerk, order, override_reason="厂家特批（函 2026-118）")
    assert claim.override_reason == "厂家特批（函 2026-118）" and claim.warranty_kind is CoverageKind.BASIC
