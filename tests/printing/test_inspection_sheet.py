"""The inspection sheet: its content read back from the PDF, the marks where they were placed on
the outline drawings, and a long sheet flowing onto further pages."""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Mapping
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from printing.documents.inspection_sheet import (
    CheckRow,
    InspectionSheetData,
    SheetMark,
    refusal_text,
    render,
    render_with_layout,
)
from printing.documents.outline_image import (
    OUTLINE_CELLS,
    OutlineError,
    OutlinePlacement,
    Rect,
    outline_layout,
    outline_png,
    viewbox_aspect,
)
from tests.printing.pdftools import Gray, page_size_pt, pdfinfo, pdftotext, render_gray, words

MM = 72 / 25.4
# viewBox width, height of the test drawings: each is a rectangle along its viewBox's edges.
VIEWBOXES = {
    "top": (200, 420),
    "front": (240, 180),
    "rear": (240, 180),
    "left": (440, 170),
    "right": (440, 170),
}


def rectangle_svg(width: int, height: int) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}">'
        f'<rect x="2" y="2" width="{width - 4}" height="{height - 4}" fill="none" '
        'stroke="black" stroke-width="4"/></svg>'
    )


def write_outlines(folder: Path) -> dict[str, str]:
    paths = {}
    for view, (w, h) in VIEWBOXES.items():
        path = folder / f"outline-{view}.svg"
        path.write_text(rectangle_svg(w, h), encoding="utf-8")
        paths[view] = str(path)
    return paths


def photo_png() -> bytes:
    image = Image.new("L", (120, 90), 210)
    ImageDraw.Draw(image).ellipse((30, 20, 90, 70), outline=40, width=6)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


MARKS = (
    SheetMark(1, "left", 0.30, 0.55, "划痕", "划", "左前门下沿约 10 cm 划痕"),
    SheetMark(2, "front", 0.50, 0.70, "石击", "石", "前保险杠中部", photo_png=photo_png()),
    SheetMark(3, "top", 0.20, 0.40, "凹陷", "凹", "引擎盖左侧凹陷"),
    SheetMark(4, "rear", 0.65, 0.30, "掉漆", "漆"),
    SheetMark(5, "right", 0.80, 0.45, "裂纹", "裂", "右后尾灯外壳裂纹"),
)
CHECKS = (
    CheckRow(
        "制动系统",
        "前刹车片",
        "red",
        "2.4 mm",
        "磨损接近极限",
        "更换前刹车片",
        "¥680.00",
        "暂缓至 2027-01-15：下月再来",
    ),
    CheckRow("制动系统", "刹车油", "yellow", "含水 2%", "", "更换刹车油", "¥260.00", ""),
    CheckRow("制动系统", "后刹车片", "green", "6.8 mm"),
    CheckRow(
        "底盘与悬挂", "前减震器", "red", "", "左前减震器漏油", "更换左前减震器", "¥1,320.00", "客户同意"
    ),
    CheckRow("底盘与悬挂", "转向拉杆球头", "green"),
    CheckRow("灯光与电气", "蓄电池", "yellow", "11.9 V", "启动电压偏低", "检测充电系统", "¥120.00"),
    CheckRow("灯光与电气", "雨刮片", "", note="客户未要求"),
)


def sample(svgs: Mapping[str, str]) -> InspectionSheetData:
    return InspectionSheetData(
        dealer_name="广州华南一汽大众4S店",
        dealer_code="GD0123",
        ro_number="RO20261127-0007",
        revision=2,
        printed_at="2026-11-27 10:20",
        advisor="李娜",
        owner="张三",
        owner_phone="138****1234",
        plate="粤A·12345",
        vin="LHGRC3838F8043791",
        model="一汽大众 迈腾 330TSI",
        colour="珍珠白",
        mileage="23,456",
        fuel_level="1/2",
        customer_words="冷车启动时发动机舱有“咔咔”异响，约一分钟后消失，已有两周。\n刹车时方向盘有点抖。",
        interview=(
            ("什么时候出现？", "每天早上第一次启动"),
            ("持续多久？", "约一分钟"),
            ("是否影响行驶？", "不影响，只是声音大"),
        ),
        outline_svgs=svgs,
        marks=MARKS,
        warning_lights=("发动机故障灯", "胎压报警灯"),
        tyres=(("左前", "正常"), ("右前", "正常"), ("左后", "花纹偏浅"), ("右后", "正常")),
        items_in_car=("备胎", "三角警示牌", "行车记录仪"),
        valuables_reminded=True,
        keep_old_parts=False,
        wash=True,
        customer_waits=False,
        checks=CHECKS,
    )


@pytest.fixture(scope="module", autouse=True)
def _application(qapp: object) -> object:
    """pytest-qt's QApplication, before the drawings would create a bare QGuiApplication."""
    return qapp


@pytest.fixture(scope="module")
def outlines(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return write_outlines(tmp_path_factory.mktemp("outlines"))


@pytest.fixture(scope="module")
def sheet(outlines: dict[str, str]) -> tuple[bytes, OutlinePlacement]:
    return render_with_layout(sample(outlines))


@pytest.fixture(scope="module")
def text(sheet: tuple[bytes, OutlinePlacement]) -> str:
    return flat(sheet[0])


def flat(pdf: bytes, page: int | None = None) -> str:
    return re.sub(r"\s+", "", pdftotext(pdf, page=page, layout=True))


def test_same_data_same_bytes(outlines: dict[str, str]) -> None:
    assert render(sample(outlines)) == render(sample(outlines))


def test_a4(sheet: tuple[bytes, OutlinePlacement]) -> None:
    w, h = page_size_pt(sheet[0])
    assert abs(w - 595.28) < 1 and abs(h - 841.89) < 1


@pytest.mark.parametrize(
    "expected",
    [
        "问诊及环车检查单",
        "广州华南一汽大众4S店",
        "RO20261127-0007第2版",
        "经销商联",
        "打印时间：2026-11-2710:20",
        "车主张三",
        "联系电话138****1234",
        "车牌号粤A·12345",
        "VINLHGRC3838F8043791",
        "车型一汽大众迈腾330TSI",
        "颜色珍珠白",
        "进厂里程23,456km",
        "服务顾问李娜",
        "客户描述（客户原话）",
        "冷车启动时发动机舱有“咔咔”异响，约一分钟后消失，已有两周。",
        "刹车时方向盘有点抖。",
        "问诊",
        "什么时候出现？每天早上第一次启动",
        "是否影响行驶？不影响，只是声音大",
        "环车检查",
        "俯视",
        "左侧",
        "右侧",
        "左前门下沿约10cm划痕",
        "右后尾灯外壳裂纹",
        "划痕（划）",
        "仪表故障灯发动机故障灯、胎压报警灯",
        "轮胎左前正常；右前正常；左后花纹偏浅；右后正常",
        "车内物品备胎、三角警示牌、行车记录仪",
        "已提醒客户带走贵重物品",
        "保留旧件",
        "洗车",
        "客户等待",
        "客户离店",
        "多项检查",
        "制动系统",
        "底盘与悬挂",
        "灯光与电气",
        "2.4mm",
        "建议：更换前刹车片",
        "¥1,320.00",
        "暂缓至2027-01-15：下月再来",
        "未检查",
        "拒修确认",
        "客户签字：",
        "服务顾问签字：",
        "日期：",
    ],
)
def test_sheet_shows(text: str, expected: str) -> None:
    assert expected in text


def test_every_check_item_with_its_rating_word(text: str) -> None:
    words_of = {"green": "正常", "yellow": "尽快", "red": "立即", "": "未检查"}
    for row in CHECKS:
        assert f"{row.name}{words_of[row.rating]}" in text


def test_refusal_only_for_a_red_item_not_approved(text: str) -> None:
    declined = CHECKS[0]
    assert re.sub(r"\s+", "", refusal_text(declined)) in text
    assert "本人已知悉「前刹车片」检查结果为需立即处理，经销商已建议更换前刹车片" in text
    assert "「前减震器」" not in text
    assert text.count("本人已知悉") == 1


def test_no_refusal_section_when_every_red_item_is_approved(outlines: dict[str, str]) -> None:
    checks = (dataclasses.replace(CHECKS[0], decision="客户同意"), *CHECKS[1:])
    text = flat(render(dataclasses.replace(sample(outlines), checks=checks)))
    assert "拒修确认" not in text and "本人已知悉" not in text


def test_red_item_without_decision_needs_a_signed_refusal(outlines: dict[str, str]) -> None:
    checks = (dataclasses.replace(CHECKS[3], decision=""),)
    text = flat(render(dataclasses.replace(sample(outlines), checks=checks)))
    assert "本人已知悉「前减震器」检查结果为需立即处理，经销商已建议更换左前减震器" in text


def test_first_revision_and_customer_copy(outlines: dict[str, str]) -> None:
    data = dataclasses.replace(sample(outlines), revision=1, customer_copy=True)
    text = flat(render(data))
    assert "RO20261127-0007" in text and "第1版" not in text and "第2版" not in text
    assert "客户联" in text and "经销商联" not in text


def test_nothing_marked_nothing_lit(outlines: dict[str, str]) -> None:
    data = dataclasses.replace(sample(outlines), marks=(), warning_lights=(), items_in_car=(), interview=())
    text = flat(render(data))
    assert "无外观损伤标记" in text
    assert "仪表故障灯无" in text and "车内物品无" in text


def test_user_text_is_shown_literally(outlines: dict[str, str]) -> None:
    text = flat(render(dataclasses.replace(sample(outlines), customer_words="<b>刹车</b> & 异响")))
    assert "<b>刹车</b>&异响" in text


def test_layout_fits_each_drawing_in_its_cell_keeping_its_aspect() -> None:
    aspects = {view: w / h for view, (w, h) in VIEWBOXES.items()}
    rects = outline_layout(aspects)
    for view, rect in rects.items():
        x, _top, w, h = OUTLINE_CELLS[view]
        assert rect.width <= w * MM + 0.01 and rect.height <= h * MM + 0.01
        assert abs(rect.width / rect.height - aspects[view]) < 0.001
        assert abs(rect.x + rect.width / 2 - (x + w / 2) * MM) < 0.01
    assert outline_layout({})["top"].width == OUTLINE_CELLS["top"][2] * MM


def _expected_top_down(placement: OutlinePlacement, mark: SheetMark, page_h: float) -> tuple[float, float]:
    """The mark's point, in points from the page's top-left corner (pdftotext's and poppler's)."""
    rect = placement.views[mark.view]
    top = page_h - rect.y - rect.height
    return rect.x + mark.x * rect.width, top + mark.y * rect.height


def test_mark_numbers_are_printed_where_they_were_placed(sheet: tuple[bytes, OutlinePlacement]) -> None:
    pdf, placement = sheet
    page_h = page_size_pt(pdf)[1]
    found = words(pdf, placement.page)
    for mark in MARKS:
        ex, ey = _expected_top_down(placement, mark, page_h)
        near = [
            w
            for w in found
            if w.text.startswith(str(mark.number)) and abs(w.x - ex) < 3 * MM and abs(w.y - ey) < 3 * MM
        ]
        assert near, f"mark {mark.number} not found near ({ex:.1f}, {ey:.1f})"


def test_only_marks_are_printed_on_the_drawings(sheet: tuple[bytes, OutlinePlacement]) -> None:
    pdf, placement = sheet
    page_h = page_size_pt(pdf)[1]
    allowed = {str(m.number) for m in MARKS} | {m.symbol for m in MARKS}
    for w in words(pdf, placement.page):
        for view, rect in placement.views.items():
            inside = rect.x < w.x < rect.x + rect.width and rect.y < page_h - w.y < rect.y + rect.height
            assert not inside or w.text in allowed, f"{w.text!r} printed over the {view} drawing"


def _darkest(gray: Gray, x: float, y: float, reach: int = 2) -> int:
    px, py = round(x), round(y)
    return min(
        gray.at(i, j)
        for i in range(px - reach, px + reach + 1)
        for j in range(py - reach, py + reach + 1)
        if 0 <= i < gray.width and 0 <= j < gray.height
    )


def test_drawings_and_marks_are_where_the_layout_says(sheet: tuple[bytes, OutlinePlacement]) -> None:
    pdf, placement = sheet
    dpi = 100
    scale = dpi / 72
    page_h = page_size_pt(pdf)[1]
    gray = render_gray(pdf, dpi, page=placement.page)
    for view, rect in placement.views.items():
        left, right = rect.x * scale, (rect.x + rect.width) * scale
        top, bottom = (page_h - rect.y - rect.height) * scale, (page_h - rect.y) * scale
        mid_x, mid_y = (left + right) / 2, (top + bottom) / 2
        # The test drawing is a rectangle along its viewBox: its edges are the printed rectangle's.
        for x, y in ((left, mid_y), (right, mid_y), (mid_x, top), (mid_x, bottom)):
            assert _darkest(gray, x, y) < 128, f"{view}: no outline at ({x:.0f}, {y:.0f})"
        inside = 2.5 * MM * scale
        assert _darkest(gray, left + inside, top + inside, reach=1) > 200, view
    for mark in MARKS:
        ex, ey = _expected_top_down(placement, mark, page_h)
        # The disc is dark around its white number: sample left and right of the centre.
        for dx in (-1.5 * MM, 1.5 * MM):
            assert gray.at(round((ex + dx) * scale), round(ey * scale)) < 100, mark.number


def test_long_sheet_flows_onto_more_pages(outlines: dict[str, str]) -> None:
    marks = tuple(
        SheetMark(
            n,
            ("top", "front", "rear", "left", "right")[n % 5],
            0.1 + (n % 9) * 0.09,
            0.2 + (n % 4) * 0.18,
            "划痕",
            "划",
            f"第{n:02d}处划痕",
        )
        for n in range(1, 31)
    )
    checks = tuple(
        CheckRow(
            f"分组{n // 10}",
            f"检查项{n:02d}",
            ("green", "yellow", "red", "")[n % 4],
            f"{n}.0 mm",
            "说明文字" * (n % 3),
            "建议处理",
            "¥100.00",
            "客户同意" if n % 8 == 2 else "",
        )
        for n in range(1, 41)
    )
    pdf, placement = render_with_layout(dataclasses.replace(sample(outlines), marks=marks, checks=checks))
    pages = int(pdfinfo(pdf)["Pages"])
    assert pages >= 2
    everything = "".join(flat(pdf, page) for page in range(1, pages + 1))
    for n in range(1, 31):
        assert f"第{n:02d}处划痕" in everything
    for n in range(1, 41):
        assert f"检查项{n:02d}" in everything
    declined = [row for row in checks if row.rating == "red" and not row.decision]
    assert everything.count("本人已知悉") == len(declined)
    for page in range(1, pages + 1):
        page_text = flat(pdf, page)
        assert f"第{page}页/共{pages}页" in page_text and "RO20261127-0007" in page_text
    assert "服务顾问签字：" in flat(pdf, pages)
    # Nothing overlaps: no two words of a page share a spot.
    for page in range(1, pages + 1):
        spots = [(round(w.x), round(w.y)) for w in words(pdf, page)]
        assert len(spots) == len(set(spots)), page
    assert placement.page >= 1


def test_outline_png_keeps_the_viewbox_aspect(outlines: dict[str, str]) -> None:
    png, aspect = outline_png(outlines["left"], 200, 200, dpi=144)
    assert abs(aspect - 440 / 170) < 1e-6
    assert viewbox_aspect(outlines["left"]) == aspect
    image = Image.open(io.BytesIO(png))
    assert image.mode == "L"
    assert image.size == (400, round(400 / aspect))
    assert outline_png(outlines["left"], 200, 200, dpi=144)[0] == png


@pytest.mark.qt_log_ignore("Cannot read file")
def test_outline_png_says_when_the_drawing_is_unusable(tmp_path: Path) -> None:
    with pytest.raises(OutlineError):
        outline_png(str(tmp_path / "missing.svg"), 100, 50)
    broken = tmp_path / "broken.svg"
    broken.write_text("not svg", encoding="utf-8")
    with pytest.raises(OutlineError):
        outline_png(str(broken), 100, 50)


def test_missing_drawing_still_prints_the_sheet_with_its_marks(outlines: dict[str, str]) -> None:
    svgs = {view: path for view, path in outlines.items() if view != "top"}
    pdf, placement = render_with_layout(dataclasses.replace(sample(outlines), outline_svgs=svgs))
    assert "（无车身图）" in flat(pdf)
    assert isinstance(placement.views["top"], Rect)
