"""The monthly summary (月度汇总) read back: A4 landscape, the charts drawn from their series, the
figures with their comparisons, the weeks cut at the month's edges, a long list of late deliveries
continuing under its heading row, the definitions at the end; an empty month prints its zeros."""

from __future__ import annotations

import dataclasses

from printing.documents import monthly_summary
from printing.documents.monthly_summary import MonthlySummaryData
from tests.printing.pdftools import correlation, page_size_pt, pdfinfo, pdftotext, render_gray, squash

DAYS = 31
DATA = MonthlySummaryData(
    dealer_name="广州华南一汽大众4S店",
    dealer_code="GD0123",
    month="2026-10",
    period="2026-10-01 至 2026-10-31",
    compared="上月同期 2026-09-01 至 2026-09-30；去年同期 2025-10-01 至 2025-10-31",
    printed_at="2026-11-02 08:30",
    has_orders=True,
    day_labels=[str(d) for d in range(1, DAYS + 1)],
    vehicles_in=[10 + d % 7 for d in range(DAYS)],
    delivered=[9 + d % 5 for d in range(DAYS)],
    labour_yuan=[3_000.0 + 100 * (d % 4) for d in range(DAYS)],
    parts_yuan=[8_000.0 + 300 * (d % 6) for d in range(DAYS)],
    other_yuan=[100.0] * DAYS,
    week_labels=["W40 1-4日*", "W41 5-11日", "W42 12-18日", "W43 19-25日", "W44 26-31日*"],
    week_vehicles_in=[46, 84, 80, 84, 87],
    week_delivered=[49, 83, 79, 74, 90],
    figures=(
        ("进厂台次", "346", "335", "+3.3%", "58", "+496.6%"),
        ("产值（元）", "427,907.50", "498,641.00", "-14.2%", "54,508.00", "+685.0%"),
    ),
    weeks=(
        (
            "W40 10-01—10-04（不满一周）",
            "46",
            "49",
            "77,523.00",
            "21,896.00",
            "54,727.00",
            "1,582.10",
            "46",
            "0",
        ),
        ("W41 10-05—10-11", "83", "83", "90,328.50", "27,660.00", "62,668.50", "1,115.17", "81", "1"),
    ),
    by_advisor=(("李娜", "93", "89", "117,772.00", "1,323.28", "100.0%（94/94）"),),
    by_job_type=(("保养", "120", "132,283.50"),),
    by_payer=(("客户", "246,031.50"),),
    quality=(("预约到店率", "96.4%（80/83）", "88.8%（71/80）"),),
    comebacks="RO20261030-0022",
    late=(("RO20261013-0020", "粤B·***L6", "陈静", "10-13 18:04", "10-14 12:06", "18.0"),),
    late_total=1,
    alerts=(
        (
            "粤B·***73",
            "丰田 卡罗拉",
            "三包重点",
            "同一问题（制动系统）在三包有效期内已修理 5 次",
            "RO20261011-0010",
        ),
    ),
    alerts_total=1,
    definitions=(("日、周、月", "周为 ISO 周（周一至周日），跨月的周只计本月的日子"),),
)


def test_landscape_texts_in_order() -> None:
    pdf = monthly_summary.render(DATA)
    w, h = page_size_pt(pdf)
    assert abs(w - 841.9) < 1 and abs(h - 595.3) < 1
    text = squash(pdftotext(pdf))
    order = ["每日进厂台次与交车台次", "每日产值（元）", "本月指标", "按周", "按服务顾问", "按工单类型",
             "质量指标", "超时交车明细（共1张）", "月末三包预警（共1条）", "口径说明"]  # fmt: skip
    positions = [text.index(squash(s)) for s in order]
    assert positions == sorted(positions)
    assert squash(monthly_summary.title("2026-10")) in text
    # pdftotext reads the heading cells apart from their rows: the rows' values checked whole.
    assert "346335+3.3%58+496.6%" in text and "427,907.50498,641.00-14.2%54,508.00+685.0%" in text
    assert "W4010-01—10-04（不满一周）" in text and "粤B·***L6" in text
    assert "跨月的周只计本月的日子" in text and monthly_summary.NO_ORDERS not in text


def test_the_charts_are_drawn_from_their_series() -> None:
    busy = render_gray(monthly_summary.render(DATA), 40)
    flat = dataclasses.replace(
        DATA, vehicles_in=[0] * DAYS, delivered=[0] * DAYS, labour_yuan=[0.0] * DAYS, parts_yuan=[0.0] * DAYS,
        other_yuan=[0.0] * DAYS,
    )  # fmt: skip
    quiet = render_gray(monthly_summary.render(flat), 40)
    charts = (0.0, 0.18, 1.0, 0.45)  # the band of the two daily charts on page 1
    assert correlation(busy, quiet, charts) < 0.9
    assert correlation(busy, quiet, (0.0, 0.55, 1.0, 0.9)) > 0.99  # the figures table alike


def test_a_long_late_list_continues_under_its_heading() -> None:
    late = tuple(
        (f"RO20261001-{n:04d}", "粤B·***45", "陈静", "10-01 15:00", "10-02 09:00", f"{18 - n / 10:.1f}")
        for n in range(1, monthly_summary.LATE_ROWS + 1)
    )
    pdf = monthly_summary.render(dataclasses.replace(DATA, late=late, late_total=357))
    text = squash(pdftotext(pdf))
    assert squash("超时交车明细（共 357 张，列出超时最长的 40 张，全部见 Excel 工作簿）") in text
    assert all(f"RO20261001-{n:04d}" in text for n in range(1, 41))
    pages = int(pdfinfo(pdf)["Pages"])
    holding = [p for p in range(1, pages + 1) if "RO20261001-" in squash(pdftotext(pdf, page=p))]
    assert len(holding) >= 2
    for page in holding:
        words = squash(pdftotext(pdf, page=page))
        assert all(h in words for h in ("工单号", "承诺交车", "实际交车", "超时（小时）"))


def test_an_empty_month_prints_its_zeros_and_says_so() -> None:
    empty = dataclasses.replace(
        DATA, has_orders=False, vehicles_in=[0] * 30, delivered=[0] * 30, labour_yuan=[0.0] * 30,
        parts_yuan=[0.0] * 30, other_yuan=[0.0] * 30, day_labels=[str(d) for d in range(1, 31)],
        week_vehicles_in=[0] * 5, week_delivered=[0] * 5, by_advisor=(), by_job_type=(), by_payer=(), late=(),
        late_total=0, alerts=(), alerts_total=0, figures=(("进厂台次", "0", "0", "—", "0", "—"),),
    )  # fmt: skip
    pdf = monthly_summary.render(empty)
    text = squash(pdftotext(pdf))
    assert squash(monthly_summary.NO_ORDERS) in text and "各项指标为零" in text
    assert "超时交车明细（共0张）" in text and "月末三包预警（共0条）" in text and "口径说明" in text
    assert pdf == monthly_summary.render(empty)  # deterministic
