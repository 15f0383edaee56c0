from __future__ import annotations

import pytest

from printing.documents import barcodes
from printing.documents.labels import Label, render_labels
from tests.printing.pdftools import barcodes as read_barcodes
from tests.printing.pdftools import page_size_pt, pdfinfo, pdftotext


def _tag(label: Label, code: str) -> None:
    label.fit_text(2, 34, f"旧件标签 {code} 左前减振器总成（带支架）", 9, max_width=34)
    label.qr(40, 18, code, size=18)
    label.code128(2, 2, code, width=56, height=10)


def test_one_page_per_label_of_the_given_size() -> None:
    pdf = render_labels((60, 40), ["RT-1", "RT-2", "RT-3"], _tag)
    assert pdfinfo(pdf)["Pages"] == "3"
    w, h = page_size_pt(pdf)
    assert (round(w), round(h)) == (170, 113)


def test_labels_are_deterministic() -> None:
    assert render_labels((60, 40), ["RT-9"], _tag) == render_labels((60, 40), ["RT-9"], _tag)


@pytest.mark.parametrize("code", ["RT-2026-000123", "GD0123-B07-0042"])
def test_both_barcodes_decode_to_the_value(code: str) -> None:
    found = read_barcodes(render_labels((60, 40), [code], _tag))
    assert f"QR-Code:{code}" in found
    assert f"CODE-128:{code}" in found


def test_long_text_is_shrunk_or_cut_to_fit_and_chinese_kept() -> None:
    text = pdftotext(render_labels((60, 40), ["RT-7"], _tag))
    assert "旧件标签" in text
    assert "…" in text or "（带支架）" in text


def test_code128_fits_its_box_and_reports_the_module() -> None:
    pdf_module: list[float] = []

    def draw(label: Label, code: str) -> None:
        pdf_module.append(label.code128(2, 2, code, width=30, height=8))

    render_labels((60, 40), ["A-VERY-LONG-CODE-1234567890"], draw)
    modules = barcodes.code128_modules("A-VERY-LONG-CODE-1234567890")
    assert pdf_module[0] * (modules + 2 * barcodes.CODE128_QUIET_MODULES) == pytest.approx(30)


def test_no_labels_is_an_error() -> None:
    with pytest.raises(ValueError):
        render_labels((60, 40), [], _tag)
