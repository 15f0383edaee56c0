"""The monthly warranty parts summary against figures worked out by hand, in A4 and .xlsx, and
the claim form; both through `qiantai print`."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.claims import DeductionInput, PartInput
from app.context import Services
from app.errors import ValidationError
from app.printing import DocumentKind
from tests.app.claims.support import claims_clerk, filed_claim, warranty_car, warranty_order
from tests.printing.pdftools import pdftotext, squash


def test_the_months_figures(services: Services, tmp_path: Path) -> None:
    clerk = claims_clerk(services)
    claims = services.claims.claims
    # Claim 1: labour 1.5 h x ¥200 = ¥300; pads 2 x ¥380 = ¥760. Paid less ¥50 (标签损坏).
    one = filed_claim(services, clerk, warranty_order(services, warranty_car(services)))
    one = claims.submit(clerk, one.id, one.version)
    one = claims.approve(clerk, one.id, one.version)
    one = claims.record_payment(clerk, one.id, one.version, [DeductionInput(5_000, "标签损坏")])
    # Claim 2: the same, still submitted.
    two = filed_claim(services, clerk, warranty_order(services, warranty_car(services), mileage=30_500))
    two = claims.submit(clerk, two.id, two.version)
    summary = services.claims.summary.month(clerk, "2026-11")
    assert (summary.claims, summary.pieces) == (2, 4)
    assert summary.parts_fen == 2 * 76_000 and summary.labour_fen == 2 * 30_000
    assert summary.claimed_fen == 212_000 and summary.deducted_fen == 5_000
    assert summary.paid_fen == 106_000 - 5_000
    assert [(x.claim_no, x.mileage_km, x.deducted_fen) for x in summary.lines] == [
        (one.claim_no, 21_000, 5_000),
        (two.claim_no, 30_500, 0),
    ]
    assert services.claims.summary.month(clerk, "2026-10").lines == ()
    with pytest.raises(ValidationError, match="YYYY-MM"):
        services.claims.summary.month(clerk, "2026-13")

    pdf = services.printing.documents.render(clerk, DocumentKind.WARRANTY_SUMMARY, "2026-11")
    text = squash(pdftotext(pdf))
    assert "每月保修零配件申请表汇总" in text and one.claim_no in text and "2,120.00" in text
    book = tmp_path / "summary.xlsx"
    services.claims.summary.export_xlsx(clerk, "2026-11", book)
    sheet = load_workbook(book).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "索赔单号" and rows[1][0] == one.claim_no and rows[1][9] == 760.0
    assert rows[1][11] == 50.0 and rows[1][12] == "标签损坏"
    assert ("索赔合计", "¥2,120.00") in [(r[0], r[1]) for r in rows]


def test_the_claim_form(services: Services) -> None:
    clerk = claims_clerk(services)
    claim = filed_claim(services, clerk, warranty_order(services, warranty_car(services)))
    pdf = services.printing.documents.render(clerk, DocumentKind.CLAIM_FORM, claim.claim_no.lower())
    text = squash(pdftotext(pdf))
    for expected in ("索赔申请单", claim.claim_no, "临时号", "前制动片异常磨损", "45022-TA0-A01", "整车质保"):
        assert expected in text, expected
    assert "三包期内累计修理" in text and "张三" not in text


def test_a_text_that_starts_like_a_formula_is_exported_as_text(services: Services, tmp_path: Path) -> None:
    clerk = claims_clerk(services)
    claim = filed_claim(services, clerk, warranty_order(services, warranty_car(services)))
    data = services.claims.claims.draft_from_order(clerk, claim.order_id)
    data = dataclasses.replace(
        data,
        fault_name=claim.fault_name,
        parts=(PartInput("45022-TA0-A01", '=HYPERLINK("http://x","点我")', 1, 100, "S1"),),
    )
    services.claims.claims.update(clerk, claim.id, claim.version, data)
    book = tmp_path / "summary.xlsx"
    services.claims.summary.export_xlsx(clerk, "2026-11", book)
    sheet = load_workbook(book).active
    assert sheet is not None
    row = next(sheet.iter_rows(min_row=2, max_row=2, values_only=True))
    assert row[6] == '\'=HYPERLINK("http://x","点我")' and row[8] == "S1" and row[9] == 1.0
