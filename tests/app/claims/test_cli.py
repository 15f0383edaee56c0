"""The claims' documents from the command line: `qiantai print part-tags CLAIM_NO`, `box-label
BOX_NO`, `claim-form CLAIM_NO` and `warranty-summary YYYY-MM`, written as PDF and read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.cli import main
from app.context import Services, open_database
from app.paths import AppPaths
from tests.app.claims.support import claims_clerk, filed_claim, warranty_car, warranty_order
from tests.conftest import TEST_HASHER
from tests.printing.pdftools import barcodes, pdfinfo, pdftotext, squash


@pytest.fixture
def counter(tmp_path: Path) -> tuple[Path, str, str]:
    """A data directory with one submitted claim whose first piece is in a return box."""
    paths = AppPaths.resolve(tmp_path / "counter")
    paths.ensure()
    db, _ = open_database(f"sqlite:///{paths.database_file}")
    services = Services.build(db, paths, hasher=TEST_HASHER)
    try:
        clerk = claims_clerk(services)
        claim = filed_claim(services, clerk, warranty_order(services, warranty_car(services)))
        services.claims.claims.submit(clerk, claim.id, claim.version)
        parts = services.claims.old_parts
        parts.store(clerk, claim.pieces[0].barcode, "J-01")
        box = parts.open_box(clerk, "本田")
        parts.pack(clerk, box.id, claim.pieces[0].barcode)
    finally:
        services.close()
    return paths.data_dir, claim.claim_no, box.box_no


@pytest.mark.usefixtures("cheap_hashing")
@pytest.mark.parametrize(
    ("kind", "ref", "pages", "expected"),
    [
        ("part-tags", "claim", "2", "CODE-128:{claim}0102"),  # on the last page: the second piece
        ("box-label", "box", "2", "CODE-128:{box}"),  # a 60 x 40 label lists the pieces on the next
        ("claim-form", "claim", "1", "索赔申请单"),
        ("warranty-summary", "month", "1", "每月保修零配件申请表汇总"),
    ],
)
def test_each_claims_document_as_pdf(
    counter: tuple[Path, str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str,
    ref: str,
    pages: str,
    expected: str,
) -> None:
    data_dir, claim_no, box_no = counter
    month = dt.date.today().strftime("%Y-%m")  # the command runs on the system clock
    reference = {"claim": claim_no, "box": box_no, "month": month}[ref]
    out = tmp_path / f"{kind}.pdf"
    code = main(["--data-dir", str(data_dir), "print", kind, reference, "--pdf", str(out)])
    said, err = capsys.readouterr()
    assert (code, err) == (0, ""), err
    assert "未打印" in said and pdfinfo(out)["Pages"] == pages
    wanted = expected.format(claim=claim_no, box=box_no)
    if wanted.startswith("CODE-128:"):
        page = int(pages) if kind == "part-tags" else 1
        assert wanted in barcodes(out, dpi=203, page=page)
    else:
        assert wanted in squash(pdftotext(out))
