"""The end-of-day repair report (维修日报) read back as text: the figures, the breakdowns and the
definitions come out; a long advisor list continues on the next page under its heading row; a
day without orders still prints its figures and says so."""

from __future__ import annotations

import dataclasses

from printing.documents import daily_report
from printing.documents.daily_report import DailyReportData
from tests.printing.pdftools import page_size_pt, pdfinfo, pdftotext, squash

DATA = DailyReportData(
    dealer_name="广州华南一汽大众4S店",
    dealer_code="GD0123",
    day="2026-11-27",
    printed_at="2026-11-27 18:30",
    figures=(
        ("进厂台次", "23", "512", "498"),
        ("开单数", "25", "540", "520"),
        ("交车台次", "21", "503", "487"),
        ("在修", "9", "—", "—"),
        ("产值（元）", "48,230.50", "1,102,345.00", "1,056,780.20"),
        ("单车产值（元）", "2,296.69", "2,191.54", "2,169.98"),
        ("预约进厂占比", "43.5%", "38.1%", "35.0%"),
    ),
    by_job_type=(("保养", "12", "9,840.00"), ("维修", "7", "31,560.50"), ("索赔", "2", "6,830.00")),
    by_payer=(("客户", "39,120.50"), ("保险", "2,280.00"), ("厂家索赔", "6,830.00")),
    by_advisor=(
        ("李娜", "9", "8", "18,230.00", "2,278.75", "87.5%"),
        ("王强", "8", "7", "16,000.50", "2,285.79", "85.7%"),
        ("陈晓明", "6", "6", "14,000.00", "2,333.33", "100.0%"),
    ),
    quality=(
        ("预约到店率", "50.0%（1/2）", "61.5%（24/39）", "58.3%（21/36）"),
        ("回访满意率", "92.3%（12/13）", "90.1%（201/223）", "88.0%（190/216）"),
        ("估价准确率", "88.9%（8/9）", "86.0%（172/200）", "84.2%（160/190）"),
        ("一次修复率", "95.2%（返修 1/21）", "97.0%（返修 15/500）", "96.4%（返修 17/480）"),
    ),
    accuracy_by_advisor=(
        ("李娜", "87.5%（7/8）", "85.0%（68/80）", "—"),
        ("王强", "85.7%（6/7）", "90.0%（72/80）", "80.0%（8/10）"),
    ),
    comebacks="RO20261127-0005",
    definitions=(
        ("进厂台次", "当天开单的不同车辆数（一辆车开两张单算 1 台；含之后取消的）"),
        ("估价准确率", "当天交车且客户确认过估价的工单中，结算金额在估价 ±10% 以内的比例"),
    ),
)
A4_PORTRAIT = (595.3, 841.9)


def test_the_texts_come_out_on_one_a4_portrait_page() -> None:
    pdf = daily_report.render(DATA)
    assert pdfinfo(pdf)["Pages"] == "1"
    w, h = page_size_pt(pdf)
    assert abs(w - A4_PORTRAIT[0]) < 1 and abs(h - A4_PORTRAIT[1]) < 1
    text = squash(pdftotext(pdf))
    assert squash(daily_report.title("2026-11-27")) in text
    headings = ("指标当日本月累计上月同期", "按工单类型", "按付费方", "按服务顾问", "质量指标", "口径说明")
    assert all(heading in text for heading in headings)
    assert "产值（元）48,230.501,102,345.001,056,780.20" in text
    assert "李娜98" in text and "18,230.002,278.7587.5%" in text
    # The quality of the day, the month to date and the same days of last month, row by row.
    assert "质量指标当日本月累计上月同期预约到店率50.0%（1/2）61.5%（24/39）58.3%（21/36）" in text
    assert "一次修复率95.2%（返修1/21）97.0%（返修15/500）96.4%（返修17/480）" in text
    assert "当日返修工单：RO20261127-0005" in text
    assert "估价准确率（按服务顾问）当日本月累计上月同期李娜87.5%（7/8）85.0%（68/80）—" in text
    assert squash("进厂台次：当天开单的不同车辆数（一辆车开两张单算 1 台；含之后取消的）") in text
    assert daily_report.NO_ORDERS not in text


def test_the_figures_come_before_the_breakdowns_and_the_definitions_last() -> None:
    text = squash(pdftotext(daily_report.render(DATA)))
    order = ["上月同期", "按工单类型", "按付费方", "按服务顾问", "质量指标", "口径说明"]
    positions = [text.index(s) for s in order]
    assert positions == sorted(positions)


def test_a_long_advisor_list_repeats_its_heading_on_the_next_page() -> None:
    advisors = tuple((f"顾问{n:03d}", "3", "2", "4,000.00", "2,000.00", "50.0%") for n in range(1, 91))
    pdf = daily_report.render(dataclasses.replace(DATA, by_advisor=advisors))
    pages = int(pdfinfo(pdf)["Pages"])
    assert pages >= 2
    # pdftotext may read the first heading cell before the page title, so the rest is checked whole.
    heading = "进厂台次交车台次产值（元）单车产值（元）估价准确率"
    seen = []
    for page in range(1, pages + 1):
        text = squash(pdftotext(pdf, page=page))
        assert squash(daily_report.title("2026-11-27")) in text
        assert f"第{page}页/共{pages}页" in text
        if any(f"顾问{n:03d}" in text for n in range(1, 91)):
            assert heading in text and "服务顾问" in text.replace("按服务顾问", "")
            seen.append(page)
    assert len(seen) >= 2
    everything = squash(pdftotext(pdf))
    assert all(f"顾问{n:03d}" in everything for n in range(1, 91))
    assert "口径说明" in squash(pdftotext(pdf, page=pages))


def test_a_day_without_orders_prints_its_zeros_and_says_so() -> None:
    zeros = tuple((f, "0", "0", "0") for f in ("进厂台次", "开单数", "交车台次"))
    quiet = dataclasses.replace(
        DATA,
        figures=zeros,
        by_job_type=(),
        by_payer=(),
        by_advisor=(),
        accuracy_by_advisor=(),
        comebacks="无",
    )
    pdf = daily_report.render(quiet)
    text = squash(pdftotext(pdf))
    assert squash(daily_report.NO_ORDERS) in text
    assert "进厂台次000" in text and "交车台次000" in text
    assert "质量指标" in text and "口径说明" in text and "当日返修工单：无" in text
    assert "按服务顾问）" not in text  # no estimate accuracy of any advisor: no table for it


def test_user_text_is_shown_literally_and_the_bytes_are_deterministic() -> None:
    odd = dataclasses.replace(DATA, by_payer=(("<b>客户&amp;</b>", "1.00"),))
    pdf = daily_report.render(odd)
    assert "<b>客户&amp;</b>" in squash(pdftotext(pdf))
    assert pdf == daily_report.render(odd)


def test_the_quality_section_stays_on_one_page_with_its_heading() -> None:
    """However many advisors come before it, the quality heading, its table and the day's
    comebacks under it share a page (the section moves whole when it does not fit)."""
    for n in range(8, 30, 3):
        advisors = tuple((f"顾问{i:03d}", "3", "2", "4,000.00", "2,000.00", "50.0%") for i in range(n))
        pdf = daily_report.render(dataclasses.replace(DATA, by_advisor=advisors))
        pages = [squash(pdftotext(pdf, page=p)) for p in range(1, int(pdfinfo(pdf)["Pages"]) + 1)]
        (page,) = [p for p in pages if "当日返修工单" in p]
        assert page.count("质量指标") == 2 and "一次修复率" in page, n  # the heading and the table's
