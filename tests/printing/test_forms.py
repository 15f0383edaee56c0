from __future__ import annotations

from printing.documents.forms import A4Form, FormHeader, page_number_text
from tests.printing.pdftools import pdfinfo, pdftotext, squash, words

HEADER = FormHeader(
    "华南汽车销售服务有限公司",
    "GD0123",
    "维修工单",
    document_no="RO-2026-000123",
    printed_at="2026-11-27 10:00",
)


def _long_form(rows: int) -> A4Form:
    form = A4Form(HEADER)
    form.section("客户与车辆")
    form.key_values(
        [("客户", "张三"), ("车牌", "粤A12345"), ("VIN", "LFV2A21K8N4000001"), ("里程", "12,345 km")]
    )
    form.section("维修项目")
    form.table(
        ["序号", "项目", "说明", "金额"],
        [
            [
                str(i),
                f"项目{i}",
                "更换机油、机油滤清器，检查底盘紧固件及各部油液，" * (1 + i % 3),
                f"{i * 10}.00",
            ]
            for i in range(1, rows + 1)
        ],
        widths_mm=[12, 40, 98, 30],
        align_right=[3],
    )
    form.signatures(["客户签字", "服务顾问签字"])
    return form


def test_page_numbers_count_all_pages() -> None:
    pdf = _long_form(60).render()
    pages = int(pdfinfo(pdf)["Pages"])
    assert pages >= 3
    for page in range(1, pages + 1):
        text = squash(pdftotext(pdf, page))
        assert squash(page_number_text(page, pages)) in text
        assert "华南汽车销售服务有限公司" in text and "维修工单" in text  # the header on every page
        assert "经销商代码：GD0123" in text and "编号：RO-2026-000123" in text


def test_every_row_and_the_signatures_are_printed() -> None:
    text = pdftotext(_long_form(40).render()).replace("\n", "")
    for i in (1, 17, 40):
        assert f"项目{i}" in text
    assert "客户签字" in text and "服务顾问签字" in text and "日期" in text


def test_table_heading_repeats_on_following_pages() -> None:
    pdf = _long_form(60).render()
    assert "说明" in pdftotext(pdf, 2)


def test_layout_header_top_footer_bottom() -> None:
    pdf = _long_form(3).render()
    ws = words(pdf)
    title = next(w for w in ws if w.text == "维修工单")
    footer = next(w for w in ws if w.text.startswith("第"))
    section = next(w for w in ws if w.text == "客户与车辆")
    assert title.y < 60  # within the top margin band (points from the top)
    assert 250 < title.x < 320  # centred on the 595 pt page
    assert footer.y > 800
    assert title.y < section.y < footer.y


def test_user_text_is_not_markup() -> None:
    form = A4Form(HEADER)
    form.paragraph("备注：<b>加急</b> & 客户自带配件\n第二行")
    text = pdftotext(form.render())
    assert "<b>加急</b> & 客户自带配件" in text
    assert "第二行" in text


def test_same_form_same_bytes() -> None:
    assert _long_form(10).render() == _long_form(10).render()


def test_landscape_page() -> None:
    form = A4Form(HEADER, is_landscape=True)
    form.paragraph("横向")
    assert pdfinfo(form.render())["Page size"].startswith("841.89 x 595.276")
