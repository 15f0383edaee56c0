from __future__ import annotations

from dataclasses import replace

from printing.documents import printer_test_page as tp
from printing.profiles import DocumentKind, default_profile
from tests.printing.pdftools import barcodes, page_size_pt, pdfinfo, pdftotext, squash

LABEL = replace(default_profile(DocumentKind.PART_TAG), printer="标签机", offset_x_mm=1.5, offset_y_mm=-0.5)
A4 = default_profile(DocumentKind.INTAKE_SHEET)


def _data(variant: tp.Variant) -> tp.PrinterTestPageData:
    return tp.PrinterTestPageData(
        variant=variant,
        profile=LABEL if variant == "label" else A4,
        printer="qiantai-x",
        dealer_name="华南汽车销售服务有限公司",
        dealer_code="GD0123",
        printed_at="2026-11-27 10:00",
        code="QT-TEST-42",
    )


def test_a4_page_shows_profile_font_ruler_and_barcodes() -> None:
    pdf = tp.render(_data("a4"))
    assert pdfinfo(pdf)["Pages"] == "1"
    text = squash(pdftotext(pdf))
    for expected in (
        "打印测试页",
        "华南汽车销售服务有限公司",
        "经销商代码：GD0123",
        "qiantai-x",
        "接车单",
        "纵向",
        "X +0.0 mm",
        "售后前台 接车单 维修工单 旧件标签",
        "标尺（毫米）",
        "180",
        "wqy-microhei",
        "第 1 页 / 共 1 页",
        "Code 128：QT-TEST-42",
    ):
        assert squash(expected) in text, expected
    found = barcodes(pdf)
    assert {"QR-Code:QT-TEST-42", "CODE-128:QT-TEST-42"} <= found


def test_label_page_has_the_profile_size_and_scans() -> None:
    pdf = tp.render(_data("label"))
    w, h = page_size_pt(pdf)
    assert (round(w), round(h)) == (170, 113)
    text = squash(pdftotext(pdf))
    assert "打印测试页旧件标签" in text and "60×40mm" in text and "X+1.5Y-0.5" in text
    assert {"QR-Code:QT-TEST-42", "CODE-128:QT-TEST-42"} <= barcodes(pdf)


def test_label_of_another_size() -> None:
    profile = replace(LABEL, paper=(100.0, 50.0))
    pdf = tp.render(replace(_data("label"), profile=profile))
    w, h = page_size_pt(pdf)
    assert (round(w), round(h)) == (283, 142)
    assert {"QR-Code:QT-TEST-42", "CODE-128:QT-TEST-42"} <= barcodes(pdf)


def test_deterministic() -> None:
    assert tp.render(_data("a4")) == tp.render(_data("a4"))
    assert tp.render(_data("label")) == tp.render(_data("label"))
