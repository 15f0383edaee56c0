"""The intake sheet's content: every field 三包 Art. 17 asks for, read back from the PDF."""

from __future__ import annotations

import dataclasses
import re

import pytest

from printing.documents.intake_sheet import IntakeSheetData, PayerAmount, SheetLine, render, yuan
from tests.printing.pdftools import barcodes, page_size_pt, pdfinfo, pdftotext

LABOUR = SheetLine("labour", "更换机油机滤", "BY-01", hours="1.50", rate_fen=20000, amount_fen=30000)
PART = SheetLine("part", "机油滤清器", "06L115562", quantity="2", unit_price_fen=4550, amount_fen=9100)
TOWING = SheetLine("other", "拖车 12 公里", "towing", amount_fen=20000, payer="厂家索赔")

SAMPLE = IntakeSheetData(
    dealer_name="广州华南一汽大众4S店",
    dealer_code="GD0123",
    ro_number="RO20261127-0007",
    intake_time="2026-11-27 10:05",
    promised_time="2026-11-27 17:30",
    advisor="李娜",
    owner="张三",
    owner_phone="138****1234",
    plate="粤A·12345",
    vin="LHGRC3838F8043791",
    model="一汽大众 迈腾",
    colour="珍珠白",
    mileage_km=23456,
    fuel_level="3/4",
    brought_by="王五",
    brought_by_phone="139****5678",
    next_service="2027-05-27 或 33,456 km",
    job_types=("保养", "一般维修"),
    is_appointment=True,
    customer_waits=False,
    statement="冷车启动时发动机舱有“咔咔”异响，约一分钟后消失，已有两周。",
    lines=(LABOUR, PART, TOWING),
    labour_fen=30000,
    parts_fen=9100,
    other_fen=20000,
    total_fen=59100,
    by_payer=(PayerAmount("客户", 39100), PayerAmount("厂家索赔", 20000)),
    estimate_fen=60000,
    estimate_approved=True,
    printed_at="2026-11-27 10:10",
)


def flat(pdf: bytes) -> str:
    """The text in reading order (table rows stay whole) with all whitespace removed."""
    return re.sub(r"\s+", "", pdftotext(pdf, layout=True))


@pytest.fixture(scope="module")
def sample_text() -> str:
    return flat(render(SAMPLE))


def test_same_data_same_bytes() -> None:
    assert render(SAMPLE) == render(SAMPLE)


def test_one_a4_page_for_a_short_order() -> None:
    pdf = render(SAMPLE)
    assert pdfinfo(pdf)["Pages"] == "1"
    w, h = page_size_pt(pdf)
    assert abs(w - 595.28) < 1 and abs(h - 841.89) < 1


@pytest.mark.parametrize(
    "expected",
    [
        # header of DOMAIN.md
        "RO20261127-0007",
        "广州华南一汽大众4S店",
        "GD0123",
        "接车时间2026-11-2710:05",
        "预计交车2026-11-2717:30",
        "服务顾问李娜",
        "车主张三",
        "联系电话138****1234",
        "送修人王五",
        "送修人电话139****5678",
        "车牌号粤A·12345",
        "VINLHGRC3838F8043791",
        "车型一汽大众迈腾",
        "颜色珍珠白",
        "进厂里程23,456km",
        "燃油3/4",
        "下次保养2027-05-27或33,456km",
        "业务类型保养、一般维修",
        "预约，离店",
        # Art. 17: statement, repair items, parts, costs, other compensation
        "冷车启动时发动机舱有“咔咔”异响，约一分钟后消失，已有两周。",
        "1BY-01更换机油机滤1.50200.00300.00客户",
        "106L115562机油滤清器245.5091.00客户",
        "拖车费200.00元（厂家索赔）",
        "拖车12公里",
        "备用车无",
        "交通费用补偿无",
        "工时费300.00",
        "材料费91.00",
        "其他费用200.00",
        "合计591.00",
        "按付费方：客户391.00元；厂家索赔200.00元",
        "估价600.00",
        "估价确认客户已确认",
        # handover, signatures, copy and retention
        "交车时间",
        "出厂里程",
        "客户签字：",
        "服务顾问签字：",
        "日期：",
        "客户联",
        "保存不少于6年",
        "第1页/共1页",
        "打印时间：2026-11-2710:10",
    ],
)
def test_sheet_shows(sample_text: str, expected: str) -> None:
    assert expected in sample_text


def test_ro_number_is_scannable_on_every_page() -> None:
    assert "CODE-128:RO20261127-0007" in barcodes(render(SAMPLE))


def test_not_inspected_leaves_room_and_says_so(sample_text: str) -> None:
    assert "检查结果（尚未检查，由技师检查后填写）" in sample_text
    text = flat(render(dataclasses.replace(SAMPLE, inspection="机油滤清器密封圈老化渗油")))
    assert "检查结果机油滤清器密封圈老化渗油" in text
    assert "尚未检查" not in text


def test_handover_filled_once_delivered(sample_text: str) -> None:
    assert "交车时间出厂里程" in sample_text  # two empty lines to fill in
    delivered = dataclasses.replace(SAMPLE, handover_time="2026-11-27 16:40", mileage_out_km=23460)
    text = flat(render(delivered))
    assert "交车时间2026-11-2716:40" in text
    assert "出厂里程23,460km" in text


def test_estimate_not_approved_is_said() -> None:
    assert "估价确认客户未确认" in flat(render(dataclasses.replace(SAMPLE, estimate_approved=False)))


def test_sanbao_alerts_only_when_there_are_some(sample_text: str) -> None:
    assert "三包提示" not in sample_text
    alert = "同一问题（发动机）在三包有效期内已修理4次（含本次）：再次修理即超过4次"
    text = flat(render(dataclasses.replace(SAMPLE, sanbao_alerts=(alert,))))
    assert "三包提示" in text and alert in text


def test_owner_brought_the_car_himself() -> None:
    text = flat(render(dataclasses.replace(SAMPLE, brought_by="", brought_by_phone="")))
    assert "送修人车主本人" in text


def test_part_without_number_is_marked_to_complete() -> None:
    part = dataclasses.replace(PART, code="")
    text = flat(render(dataclasses.replace(SAMPLE, lines=(LABOUR, part))))
    assert "1（待补）机油滤清器" in text


def test_no_lines_yet_still_lists_every_record_field() -> None:
    empty = dataclasses.replace(
        SAMPLE, lines=(), labour_fen=0, parts_fen=0, other_fen=0, total_fen=0, by_payer=(), estimate_fen=0
    )
    text = flat(render(empty))
    assert "维修项目（工时）无" in text
    assert "更换配件（材料）无" in text
    assert "拖车费无" in text and "备用车无" in text and "交通费用补偿无" in text
    assert "合计0.00" in text


def test_other_costs_beyond_the_three_get_a_table() -> None:
    misc = SheetLine("other", "代办年检", "misc", amount_fen=15000)
    text = flat(render(dataclasses.replace(SAMPLE, lines=(*SAMPLE.lines, misc))))
    assert "1代办年检150.00客户" in text


def test_user_text_is_shown_literally() -> None:
    text = flat(render(dataclasses.replace(SAMPLE, statement="<b>刹车</b> & 异响")))
    assert "<b>刹车</b>&异响" in text


def test_long_order_continues_with_page_numbers_and_header_on_each_page() -> None:
    many = tuple(
        dataclasses.replace(PART, description=f"配件{n:02d}", code=f"P{n:04d}") for n in range(1, 61)
    )
    pdf = render(dataclasses.replace(SAMPLE, lines=many))
    pages = int(pdfinfo(pdf)["Pages"])
    assert pages >= 2
    for page in range(1, pages + 1):
        text = re.sub(r"\s+", "", pdftotext(pdf, page=page, layout=True))
        assert "RO20261127-0007" in text and "客户联" in text
        assert f"第{page}页/共{pages}页" in text
    last = re.sub(r"\s+", "", pdftotext(pdf, page=pages, layout=True))
    assert "配件60" in last and "客户签字：" in last


@pytest.mark.parametrize(("fen", "text"), [(0, "0.00"), (5, "0.05"), (123456, "1,234.56"), (-250, "-2.50")])
def test_yuan(fen: int, text: str) -> None:
    assert yuan(fen) == text
