"""The warranty claim documents: the old-part tag and the return box label read back with zbar
from a 203 dpi bitmap (what a thermal label printer prints), the claim form and the month's
summary read back as text."""

from __future__ import annotations

import dataclasses
import itertools
import re

import pytest
from reportlab.pdfbase import pdfmetrics

from printing import fonts
from printing.documents import barcodes as codes
from printing.documents import box_label, claim_form, part_tag, warranty_summary
from printing.documents.box_label import BoxLabelData, BoxPieceLine
from printing.documents.claim_form import ClaimDeductionRow, ClaimFormData, ClaimLabourRow, ClaimPartRow
from printing.documents.part_tag import MODULE_MM, PartTagData, barcode_fits, barcode_width_mm
from printing.documents.warranty_summary import SummaryRow, WarrantySummaryData
from tests.printing.pdftools import Gray, barcodes, page_size_pt, pdfinfo, pdftotext, render_gray, squash

LABEL_SIZES = [(60, 40), (60, 80), (100, 70)]
DPI = 203
MM = 72 / 25.4
PAYLOAD = (
    "经销商:GD0123 广州华南一汽大众4S店|索赔单:SP2611270003|VIN:LFV3A23C8K3012345|"
    "故障:P0300 发动机失火|零件:06L115562 左前减振器总成|数量:1|生产:S1234|损坏:渗漏|"
    "责任:S5678|工单:RO20261127-0007|日期:2026-11-27|里程:23456"
)
TAG = PartTagData(
    dealer_code="GD0123",
    dealer_name="广州华南一汽大众4S店",
    claim_no="SP2611270003",
    ro_number="RO20261127-0007",
    vin="LFV3A23C8K3012345",
    fault_code="P0300",
    fault_name="发动机随机/多缸失火",
    part_no="06L115562",
    part_name="左前减振器总成（带支架）",
    piece_no=2,
    piece_count=3,
    supplier_code="S1234",
    responsible_supplier_code="S5678",
    damage_reason="密封圈老化导致渗油，壳体有裂纹",
    repair_date="2026-11-27",
    mileage_km=23456,
    hazardous=True,
    barcode="SP26112700030102",
    qr_payload=PAYLOAD,
)
TOO_LONG = "SP2611270003-06L115562-01"  # 266 modules: 71.6 mm at 0.25 mm per bar


def edge_is_blank(image: Gray, dots: int) -> bool:
    """Nothing printed within `dots` of any edge (the edge margin is 1.5 mm, 12 dots)."""
    for y in range(image.height):
        row = image.pixels[y * image.width : (y + 1) * image.width]
        if y < dots or y >= image.height - dots:
            if min(row) < 200:
                return False
        elif min(row[:dots]) < 200 or min(row[-dots:]) < 200:
            return False
    return True


def bar_runs(image: Gray) -> list[int]:
    """Widths in dots of the dark and light runs across the Code 128 (quiet zones excluded),
    on the lowest row of the bitmap that crosses at least 10 bars in pure black and white (text
    is anti-aliased: its rows have grey)."""
    for y in range(image.height - 1, -1, -1):
        row = image.pixels[y * image.width : (y + 1) * image.width]
        dark = [v < 128 for v in row]
        edges = sum(1 for a, b in itertools.pairwise(dark) if a != b)
        if edges >= 20 and set(row) <= {0, 255}:
            runs = [len(m.group()) for m in re.finditer(r"1+|0+", "".join("1" if d else "0" for d in dark))]
            return runs[1:-1]  # without the white margins on either side
    raise AssertionError("no row crosses the bars")


# -- part tag ---------------------------------------------------------------------------------


@pytest.mark.parametrize("size", LABEL_SIZES)
def test_tag_codes_decode_on_each_label_size(size: tuple[int, int]) -> None:
    pdf = part_tag.render([TAG], size)
    w, h = page_size_pt(pdf)
    assert (round(w / MM), round(h / MM)) == size
    found = barcodes(pdf, dpi=DPI)
    assert f"CODE-128:{TAG.barcode}" in found
    assert f"QR-Code:{PAYLOAD}" in found  # the Chinese exactly: UTF-8 with an ECI


@pytest.mark.parametrize("size", LABEL_SIZES)
def test_tag_narrow_bar_is_two_dots_at_203_dpi(size: tuple[int, int]) -> None:
    runs = bar_runs(render_gray(part_tag.render([TAG], size), DPI))
    assert min(runs) == 2
    assert all(r % 2 == 0 for r in runs)  # every bar and space a whole number of modules
    assert sum(runs) == round(codes.code128_modules(TAG.barcode) * MODULE_MM / (25.4 / DPI))


@pytest.mark.parametrize("size", LABEL_SIZES)
def test_tag_text_and_nothing_at_the_edges(size: tuple[int, int]) -> None:
    long = dataclasses.replace(
        TAG,
        dealer_name="广州华南一汽大众汽车销售服务有限公司天河分公司",
        part_name="左前减振器总成（带支架、上座、防尘套及缓冲块）",
        damage_reason="密封圈老化导致渗油，壳体有裂纹，活塞杆表面锈蚀划伤，阻尼失效",
    )
    for tag in (TAG, long):
        pdf = part_tag.render([tag], size)
        text = squash(pdftotext(pdf))
        for expected in ("索赔旧件标签", "2/3", "GD0123", "SP2611270003", "RO20261127-0007"):
            assert expected in text
        for expected in ("LFV3A23C8K3012345", "P0300", "06L115562", "生产S1234", "责任S5678"):
            assert expected in text
        assert "2026-11-27" in text and "23,456km" in text
        assert "危险件" in text
        assert edge_is_blank(render_gray(pdf, DPI), dots=8)


def test_tag_reprint_mark_and_no_hazard_mark_when_not_hazardous() -> None:
    plain = squash(pdftotext(part_tag.render([dataclasses.replace(TAG, hazardous=False)], (60, 40))))
    assert "危险件" not in plain and "补打" not in plain
    again = squash(pdftotext(part_tag.render([dataclasses.replace(TAG, reprint_no=2)], (60, 40))))
    assert "补打2" in again


def test_tags_are_one_job_one_page_each_and_deterministic() -> None:
    tags = [dataclasses.replace(TAG, piece_no=n, barcode=f"SP2611270003010{n}") for n in (1, 2, 3)]
    pdf = part_tag.render(tags, (60, 40))
    assert pdfinfo(pdf)["Pages"] == "3"
    assert "3/3" in squash(pdftotext(pdf, page=3))
    assert f"CODE-128:{tags[2].barcode}" in barcodes(pdf, dpi=DPI, page=3)
    assert pdf == part_tag.render(tags, (60, 40))


def test_a_short_chinese_qr_payload_decodes_exactly() -> None:
    # Without the UTF-8 ECI zbar read these bytes as Shift-JIS (蜊ｱ髯ｩ莉ｶ).
    pdf = part_tag.render([dataclasses.replace(TAG, qr_payload="危险件")], (60, 40))
    assert "QR-Code:危险件" in barcodes(pdf, dpi=DPI)


def test_barcode_width_and_fit_at_two_dots_per_bar() -> None:
    assert pytest.approx(25.4 * 2 / 203) == MODULE_MM
    assert barcode_width_mm(TAG.barcode) == pytest.approx(
        (codes.code128_modules(TAG.barcode) + 2 * codes.CODE128_QUIET_MODULES) * MODULE_MM
    )
    assert barcode_fits(TAG.barcode, 60)
    assert not barcode_fits(TOO_LONG, 60)
    assert barcode_fits(TOO_LONG, 100)
    assert not barcode_fits(TAG.barcode, barcode_width_mm(TAG.barcode) + 3.9)  # margins of 2 mm


def test_a_barcode_too_long_for_the_label_is_refused_not_scaled() -> None:
    with pytest.raises(ValueError, match=r"SP2611270003-06L115562-01.*60 mm"):
        part_tag.render([TAG, dataclasses.replace(TAG, barcode=TOO_LONG)], (60, 40))
    assert barcodes(part_tag.render([dataclasses.replace(TAG, barcode=TOO_LONG)], (100, 70)), dpi=DPI)


def test_draw_code128_at_a_fixed_module_refuses_a_box_too_narrow() -> None:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas("/dev/null")
    with pytest.raises(ValueError):
        codes.draw_code128(canvas, 0, 0, TOO_LONG, 60 * MM, 10 * MM, module=MODULE_MM * MM)


def test_the_tag_carries_no_customer_fields() -> None:
    names = {f.name for f in dataclasses.fields(PartTagData)}
    assert not names & {"owner", "customer", "phone", "plate", "customer_name"}


# -- box label --------------------------------------------------------------------------------

NAMES = ["机油滤清器", "左前减振器总成（带支架）", "驾驶员安全气囊模块", "蓄电池 12V 60Ah", "前刹车片"]
HAZARDOUS = (2, 3)  # the airbag and the battery


def box(pieces: int) -> BoxLabelData:
    lines = [
        BoxPieceLine(
            f"SP26112700{i:02d}", f"06L11{5500 + i}", NAMES[i % 5], f"{i % 3 + 1}/3", i % 5 in (2, 3)
        )
        for i in range(pieces)
    ]
    return BoxLabelData("GD0123", "广州华南一汽大众4S店", "B26110007", "一汽大众", "2026-11-30", lines, True)


@pytest.mark.parametrize("size", LABEL_SIZES)
def test_box_label_with_40_pieces_continues_on_numbered_pages(size: tuple[int, int]) -> None:
    data = box(40)
    pdf = box_label.render(data, size)
    pages = int(pdfinfo(pdf)["Pages"])
    assert pages > 1
    found = barcodes(pdf, dpi=DPI)
    assert "CODE-128:B26110007" in found
    assert f"QR-Code:{box_label.qr_payload(data)}" in found
    assert "B26110007" in box_label.qr_payload(data) and "40" in box_label.qr_payload(data)
    first = squash(pdftotext(pdf, page=1))
    assert "旧件回运箱" in first and "共40件" in first and "危险件" in first and f"1/{pages}" in first
    listed = []
    for page in range(2, pages + 1):
        text = squash(pdftotext(pdf, page=page))
        assert f"续{page}/{pages}" in text and "B26110007" in text
        assert "共40件" in text
        listed += re.findall(r"SP26112700\d\d", text)
    listed = re.findall(r"SP26112700\d\d", first) + listed
    assert listed == [p.claim_no for p in data.pieces]  # every piece once, in order
    assert edge_is_blank(render_gray(pdf, DPI, page=pages), dots=8)
    runs = bar_runs(render_gray(pdf, DPI))
    assert min(runs) == 2 and all(r % 2 == 0 for r in runs)


def test_a_short_box_is_one_page_and_an_empty_box_says_so() -> None:
    pdf = box_label.render(box(3), (100, 70))
    assert pdfinfo(pdf)["Pages"] == "1"
    assert "续" not in pdftotext(pdf)
    empty = box_label.render(dataclasses.replace(box(0), hazardous=False), (60, 40))
    text = squash(pdftotext(empty))
    assert "共0件" in text and "空箱" in text and "危险件" not in text


def test_box_number_too_long_for_the_label_is_refused() -> None:
    with pytest.raises(ValueError, match="GD0123-B2611-007"):
        box_label.render(dataclasses.replace(box(2), box_no="GD0123-B2611-007"), (60, 40))


# -- claim form -------------------------------------------------------------------------------

CLAIM = ClaimFormData(
    dealer_code="GD0123",
    dealer_name="广州华南一汽大众4S店",
    claim_no="SP2611270003",
    provisional=True,
    status="待提交",
    ro_number="RO20261127-0007",
    vin="LFV3A23C8K3012345",
    model="一汽大众 迈腾 2.0T",
    warranty_start="2025-03-18",
    mileage="23,456 km",
    repair_date="2026-11-27",
    warranty_kind="整车保修",
    eligibility=("整车保修：在保，剩余 1 年 3 个月 / 76,544 km", "易损件保修：已过期 8 个月"),
    override_reason="首保记录丢失，按购车发票核对保修起始日",
    fault_code="P0300",
    fault_name="发动机随机/多缸失火",
    causal_part="06L905110A 点火线圈",
    customer_statement="冷车启动时发动机抖动，故障灯闪烁。",
    labour=(ClaimLabourRow("10 01 55", "更换点火线圈", "0.80", "160.00"),),
    parts=(
        ClaimPartRow("06L905110A", "点火线圈", "4", "186.50", "746.00", "S1234", "S1234", "绝缘击穿", False),
        ClaimPartRow(
            "5Q0880201AB", "驾驶员安全气囊模块", "1", "2,380.00", "2,380.00", "S2001", "S2002", "展开", True
        ),
    ),
    labour_total="160.00",
    parts_total="3,126.00",
    total="3,286.00",
    deductions=(ClaimDeductionRow("186.50", "旧件标签缺失", "第 3 件无标签"),),
    paid="3,099.50",
    reject_reason="",
    sanbao_counters=("同一故障维修次数：2",),
    printed_at="2026-11-27 16:05",
    clerk="王磊",
)


def flat(pdf: bytes, page: int | None = None) -> str:
    return re.sub(r"\s+", "", pdftotext(pdf, page=page, layout=True))


def test_claim_form_texts() -> None:
    pdf = claim_form.render(CLAIM)
    assert pdfinfo(pdf)["Pages"] == "1"
    w, h = page_size_pt(pdf)
    assert abs(w - 595.28) < 1 and abs(h - 841.89) < 1
    text = flat(pdf)
    for expected in [
        "索赔申请单",
        "SP2611270003（临时号）",
        "待提交",
        "RO20261127-0007",
        "LFV3A23C8K3012345",
        "一汽大众迈腾2.0T",
        "2025-03-18",
        "整车保修：在保",
        "易损件保修：已过期8个月",
        "首保记录丢失",
        "P0300",
        "06L905110A点火线圈",
        "冷车启动时发动机抖动",
        "更换点火线圈",
        "5Q0880201AB",
        "S2002",
        "▲危险件",
        "3,286.00",
        "旧件标签缺失",
        "3,099.50",
        "同一故障维修次数：2",
        "索赔员：",
        "服务经理：",
        "日期：",
        "王磊",
        "第1页/共1页",
    ]:
        assert expected in text, expected
    assert claim_form.render(CLAIM) == pdf


def test_claim_form_marks_the_font_lacks_are_replaced() -> None:
    data = dataclasses.replace(CLAIM, eligibility=("✓ 整车保修：在保", "✗ 易损件保修：已过期"))
    text = flat(claim_form.render(data))
    assert "整车保修：在保" in text and "易损件保修：已过期" in text
    glyphs = pdfmetrics.getFont(fonts.default_font()).face.charToGlyph
    for line in data.eligibility:
        assert all(ord(ch) in glyphs for ch in claim_form.printable(line))


def test_claim_form_final_number_rejection_and_no_deductions() -> None:
    data = dataclasses.replace(
        CLAIM, provisional=False, deductions=(), reject_reason="超出保修期", override_reason="", parts=()
    )
    text = flat(claim_form.render(data))
    assert "临时号" not in text
    assert "扣款：无" in text and "拒赔原因：超出保修期" in text and "人工判定" not in text


# -- monthly summary --------------------------------------------------------------------------


def summary_rows(n: int) -> list[SummaryRow]:
    return [
        SummaryRow(
            f"SP26110{i:05d}",
            f"RO20261101-{i:04d}",
            "LFV3A23C8K3012345",
            "23,456 km",
            "2026-11-01",
            "06L905110A",
            "左前减振器总成（带支架）含上座及防尘套" if i % 3 == 0 else "点火线圈",
            "4",
            "S1234",
            "746.00",
            "已结算",
            "186.50" if i % 5 == 0 else "",
            "旧件标签缺失；配件号与实物不符" if i % 5 == 0 else "",
        )
        for i in range(n)
    ]


SUMMARY = WarrantySummaryData(
    dealer_code="GD0123",
    dealer_name="广州华南一汽大众4S店",
    month="2026-11",
    rows=summary_rows(45),
    totals=(("索赔单数", "45"), ("索赔金额", "33,570.00"), ("扣款", "1,678.50"), ("实付", "31,891.50")),
    printed_at="2026-12-01 09:00",
)


def test_summary_texts_and_header_repeated_on_page_two() -> None:
    pdf = warranty_summary.render(SUMMARY)
    w, h = page_size_pt(pdf)
    assert w > h  # landscape
    pages = int(pdfinfo(pdf)["Pages"])
    assert pages >= 2
    first = flat(pdf, page=1)
    for expected in [
        "每月保修零配件申请表汇总",
        "2026-11",
        "GD0123",
        "33,570.00",
        "31,891.50",
        "SP2611000000",
    ]:
        assert expected in first
    assert "RO20261101-0000LFV3A23C8K3012345" in first
    assert "旧件标签缺失；配件号与实" in first  # wrapped inside its cell
    second = flat(pdf, page=2)
    assert (
        "序号索赔单号工单号VIN里程维修日期配件编号配件名称数量供应商金额（元）状态扣款（元）扣款原因"
        in second
    )
    assert "2026-11" in second and f"第2页/共{pages}页" in second
    everything = flat(pdf)
    assert all(f"SP26110{i:05d}" in everything for i in range(45))
    assert "索赔员签字" in flat(pdf, page=pages)


def test_an_empty_month_says_there_were_no_claims() -> None:
    pdf = warranty_summary.render(dataclasses.replace(SUMMARY, rows=(), totals=(("索赔单数", "0"),)))
    assert pdfinfo(pdf)["Pages"] == "1"
    text = flat(pdf)
    assert warranty_summary.NO_CLAIMS in text and "索赔单号" not in text
