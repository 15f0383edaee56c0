"""The maintenance reminder documents: the windscreen sticker on the label sizes (its texts read
back with their boxes inside the label, nothing printed at the edges of a 203 dpi bitmap), the
one-page reminder letter, and the supervisor's 到期未来厂分析 (chart labels and values, a long
table continued with its heading, an empty period)."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import tempfile
from pathlib import Path

import pytest

from printing.documents import lost_analysis, reminder_letter, reminder_sticker
from printing.documents.lost_analysis import AnalysisTable, LostAnalysisData
from printing.documents.reminder_letter import ReminderLetterData
from printing.documents.reminder_sticker import ReminderStickerData
from tests.printing.pdftools import Gray, page_size_pt, pdfinfo, pdftotext, render_gray, squash

LABEL_SIZES = [(60, 40), (60, 80), (100, 70)]
DPI = 203
MM = 72 / 25.4

STICKER = ReminderStickerData(
    dealer_name="广州华南一汽大众4S店",
    service_phone="020-87654321",
    plate="粤A·12345",
    kind="定期保养",
    due_date="2027-06-01",
    due_km="30,000 km",
    last_service="2026-12-01  20,000 km",
    printed_on="2026-12-01",
)
LONG_DEALER = "广东省广州市白云区华南一汽大众汽车销售服务有限公司售后服务中心（机场路店）"


@dataclasses.dataclass(frozen=True)
class Box:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float  # points from the top-left corner of the page


def boxes(pdf: bytes, page: int = 1) -> list[Box]:
    """Every word's full box (pdftotext -bbox)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(pdf)
        args = ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"]
        html = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html
    )
    return [Box(t, float(a), float(b), float(c), float(d)) for a, b, c, d, t in found]


def edge_is_blank(image: Gray, dots: int) -> bool:
    """Nothing printed within `dots` of any edge of the bitmap."""
    for y in range(image.height):
        row = image.pixels[y * image.width : (y + 1) * image.width]
        if y < dots or y >= image.height - dots:
            if min(row) < 200:
                return False
        elif min(row[:dots]) < 200 or min(row[-dots:]) < 200:
            return False
    return True


def tallest(pdf: bytes, text: str) -> float:
    """Height in points of the tallest word box containing text."""
    return max(b.y1 - b.y0 for b in boxes(pdf) if text in b.text)


# -- sticker ----------------------------------------------------------------------------------


@pytest.mark.parametrize("size", LABEL_SIZES)
def test_sticker_shows_due_date_km_and_phone_inside_the_label(size: tuple[int, int]) -> None:
    pdf = reminder_sticker.render(STICKER, size)
    assert pdfinfo(pdf)["Pages"] == "1"
    w, h = page_size_pt(pdf)
    assert abs(w - size[0] * MM) < 0.5 and abs(h - size[1] * MM) < 0.5
    text = squash(pdftotext(pdf))
    for expected in [
        "2027-06-01",
        "30,000km",
        "020-87654321",
        "下次保养",
        "定期保养",
        "以先到者为准",
        "粤A·12345",
        "广州华南一汽大众4S店",
        "2026-12-0120,000km",
    ]:
        assert expected in text, expected
    edge = 1.0 * MM  # text keeps 1.5 mm from the edge; allow for the font's side bearings
    for b in boxes(pdf):
        assert b.x0 >= edge and b.y0 >= edge * 0.5, b
        assert b.x1 <= w - edge and b.y1 <= h - edge * 0.5, b
    assert edge_is_blank(render_gray(pdf, DPI), dots=8)


@pytest.mark.parametrize("size", LABEL_SIZES)
def test_sticker_due_date_and_km_are_the_largest_then_the_phone(size: tuple[int, int]) -> None:
    pdf = reminder_sticker.render(STICKER, size)
    date, km, phone = tallest(pdf, "2027-06-01"), tallest(pdf, "30,000"), tallest(pdf, "020-87654321")
    small = ("下次保养", "以先到者为准", "粤A·12345", "广州华南一汽大众4S店", "打印", "上次保养")
    others = [b.y1 - b.y0 for b in boxes(pdf) if b.text in small]
    assert len(others) == len(small)
    assert abs(date - km) < 0.5
    assert date > phone > max(others)
    assert date >= 9 * MM if size[0] >= 100 else date >= 6 * MM  # several mm tall on the glass


@pytest.mark.parametrize("size", LABEL_SIZES)
def test_an_overdue_sticker_says_so_in_a_band_inside_the_label(size: tuple[int, int]) -> None:
    pdf = reminder_sticker.render(dataclasses.replace(STICKER, due_date="2024-10-04", overdue=True), size)
    text = squash(pdftotext(pdf))
    assert "已逾期，建议尽快保养" in text and "以先到者为准" not in text
    assert "2024-10-04" in text and "30,000km" in text  # the limits it was due at stay
    w, h = page_size_pt(pdf)
    edge = 1.0 * MM
    for b in boxes(pdf):
        assert b.x0 >= edge and b.x1 <= w - edge and b.y0 >= edge * 0.5 and b.y1 <= h - edge * 0.5, b
    assert edge_is_blank(render_gray(pdf, DPI), dots=8)


def test_sticker_long_dealer_name_is_cut_and_no_plate_leaves_the_line_out() -> None:
    data = dataclasses.replace(STICKER, dealer_name=LONG_DEALER, plate="", kind="首保", last_service="")
    pdf = reminder_sticker.render(data, (60, 40))
    text = squash(pdftotext(pdf))
    assert "…" in text and "广东省广州市" in text and "机场路店" not in text
    assert "粤A" not in text and "上次保养" not in text and "首保" in text
    w, h = page_size_pt(pdf)
    assert all(b.x1 <= w and b.y1 <= h and b.x0 >= 0 and b.y0 >= 0 for b in boxes(pdf))
    assert edge_is_blank(render_gray(pdf, DPI), dots=8)
    assert reminder_sticker.render(data, (60, 40)) == pdf


def test_sticker_too_small_label_is_refused() -> None:
    with pytest.raises(ValueError, match="太小"):
        reminder_sticker.render(STICKER, (30, 15))


# -- letter -----------------------------------------------------------------------------------

LETTER = ReminderLetterData(
    dealer_name="广州华南一汽大众4S店",
    dealer_address="广州市白云区机场路 1234 号",
    service_phone="020-87654321",
    customer_name="张三",
    plate="粤A·12345",
    model="一汽大众 迈腾 2.0T",
    vin_tail="012345",
    reasons=(
        "定期保养：2027-06-01 或 30,000 km（以先到者为准）",
        "上次检查建议：更换前刹车片（暂缓至 2027-01-15）",
        "整车质保 2027-03-01 到期",
    ),
    last_visit="2026-12-01，20,000 km",
    advisor="李四",
    printed_on="2026-12-01",
)


def test_letter_is_one_page_with_the_reasons_phone_and_advisor() -> None:
    pdf = reminder_letter.render(LETTER)
    assert pdfinfo(pdf)["Pages"] == "1"
    w, h = page_size_pt(pdf)
    assert abs(w - 595.28) < 1 and abs(h - 841.89) < 1
    text = squash(pdftotext(pdf))
    for expected in [
        "保养提醒函",
        "尊敬的张三先生/女士",
        "粤A·12345",
        "迈腾2.0T",
        "012345",
        "2026-12-01，20,000km",
        *(squash(r) for r in LETTER.reasons),
        "020-87654321",
        "李四",
        "此致",
        "敬礼",
        "广州市白云区机场路1234号",
    ]:
        assert expected in text, expected
    assert reminder_letter.render(LETTER) == pdf


def test_letter_phone_is_printed_large_and_reasons_in_order() -> None:
    pdf = reminder_letter.render(LETTER)
    assert tallest(pdf, "020-87654321") > 1.5 * tallest(pdf, "李四")
    text = squash(pdftotext(pdf))
    found = [text.index(squash(r)) for r in LETTER.reasons]
    assert found == sorted(found)


def test_letter_without_name_advisor_or_visit_and_only_the_vin_tail() -> None:
    data = dataclasses.replace(
        LETTER, customer_name="", advisor="", last_visit="", vin_tail="LFV3A23C8K3012345"
    )
    text = squash(pdftotext(reminder_letter.render(data)))
    assert "尊敬的客户" in text and "先生/女士" not in text
    assert "服务顾问" not in text and "上次到店" not in text
    assert "012345" in text and "LFV3A23C8K3" not in text


def test_letter_has_no_customer_phone_field_and_many_reasons_stay_on_one_page() -> None:
    fields = {f.name for f in dataclasses.fields(ReminderLetterData)}
    assert not any(("phone" in f or "mobile" in f) and f != "service_phone" for f in fields)
    reasons = [f"保养项目 {i}：请在 2027-0{i}-01 前到店检查更换" for i in range(1, 9)]
    assert pdfinfo(reminder_letter.render(dataclasses.replace(LETTER, reasons=reasons)))["Pages"] == "1"


# -- analysis ---------------------------------------------------------------------------------

REASONS = [
    ("服务于其他店", 9),
    ("经常出差在外", 6),
    ("车辆已转让，新车主不详", 5),
    ("无有效联系方式", 4),
    ("对服务不满意", 3),
    ("外省使用", 2),
    ("车辆报废", 1),
    ("其他", 0),
]


def analysis(models: int = 3) -> LostAnalysisData:
    return LostAnalysisData(
        dealer_name="广州华南一汽大众4S店",
        dealer_code="GD0123",
        period="2026-11",
        headline=[("到期车辆", "120"), ("按时回厂", "70"), ("逾期回厂", "20"), ("未回厂", "30")],
        definitions=[
            ("按时回厂率", "到期当月内回厂的车辆 ÷ 到期车辆", "58.3%"),
            ("13 个月保留率", "13 个月前保养过的车辆中此后回厂的车辆 ÷ 13 个月前保养过的车辆", "71.2%"),
        ],
        bars=REASONS,
        tables=[
            AnalysisTable(
                "按原因", ["原因", "台数", "占未回厂"], [(k, str(v), f"{v / 30:.1%}") for k, v in REASONS]
            ),
            AnalysisTable(
                "按车型",
                ["车型编号", "到期", "未回"],
                [(f"MX{i:03d}", str(20 + i), str(i % 7)) for i in range(models)],
            ),
            AnalysisTable("电话提醒 → 到店", ["提醒结果", "通话次数", "到店台数"], [("已预约", "40", "35")]),
        ],
        printed_at="2026-12-02 09:30",
    )


def test_analysis_prints_headline_chart_definitions_and_tables() -> None:
    pdf = lost_analysis.render(analysis())
    pages = int(pdfinfo(pdf)["Pages"])
    text = squash(pdftotext(pdf))
    for expected in [
        "到期未来厂分析（2026-11）",
        "GD0123",
        "到期车辆",
        "120",
        "未回厂",
        "按时回厂率",
        "到期当月内回厂的车辆÷到期车辆",
        "58.3%",
        "71.2%",
        "按车型",
        "电话提醒→到店",
        f"第1页/共{pages}页",
        "2026-12-0209:30",
    ]:
        assert expected in text, expected
    assert lost_analysis.render(analysis()) == pdf


def test_analysis_chart_has_each_reason_with_its_count_at_the_bar_end() -> None:
    pdf = lost_analysis.render(analysis())
    words = boxes(pdf)
    definitions = min(b.y0 for b in words if b.text.startswith("指标定义"))
    chart = [b for b in words if b.y1 < definitions]
    for name, count in REASONS:
        label = next(b for b in chart if b.text == name)
        values = [b for b in chart if b.text == str(count) and abs(b.y0 - label.y0) < 3 and b.x0 > label.x1]
        assert values, name
    nine = next(b for b in chart if b.text == "9" and b.x0 > 300)  # the longest bar ends far right
    one = next(b for b in chart if b.text == "1" and abs(b.y0 - nine.y0) > 3)
    assert nine.x0 > one.x0 + 200
    image = render_gray(pdf, 100)
    label = next(b for b in chart if b.text == "服务于其他店")
    y = int((label.y0 + label.y1) / 2 * 100 / 72)
    row = image.pixels[y * image.width : (y + 1) * image.width]
    assert sum(1 for v in row if v < 100) > 300  # a solid dark bar, not a tint


def test_analysis_long_table_continues_with_its_heading_and_page_numbers() -> None:
    pdf = lost_analysis.render(analysis(models=150))
    pages = int(pdfinfo(pdf)["Pages"])
    assert pages >= 3
    listed: list[str] = []
    for page in range(1, pages + 1):
        text = squash(pdftotext(pdf, page=page))
        assert f"第{page}页/共{pages}页" in text
        assert "到期未来厂分析（2026-11）" in text
        found = re.findall(r"MX\d{3}", text)
        if page > 1 and found:
            assert "车型编号" in text  # the heading row again
        listed += found
    assert listed == [f"MX{i:03d}" for i in range(150)]


def test_an_empty_period_says_no_vehicle_was_due() -> None:
    data = dataclasses.replace(
        analysis(),
        headline=[("到期车辆", "0")],
        definitions=[],
        bars=[],
        tables=[AnalysisTable("按原因", ["原因", "台数"], [])],
    )
    assert lost_analysis.nothing_due(data) and not lost_analysis.nothing_due(analysis())
    pdf = lost_analysis.render(data)
    assert pdfinfo(pdf)["Pages"] == "1"
    text = squash(pdftotext(pdf))
    assert "本期没有到期车辆" in text and "未回厂原因" not in text and "第1页/共1页" in text
