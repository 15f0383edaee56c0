"""The daily report and the monthly summary as .xlsx workbooks (app.spreadsheets).

Numbers stay numbers (counts as integers, money in yuan with its fen, shares as fractions) so
that they can be summed and charted; every sheet starts with its heading row. Sheets: 指标 (the
figures against their comparisons), 按日 and 按周 (the monthly summary), 按服务顾问, 按工单类型,
按付费方, 质量指标, 超时交车, 三包预警 (monthly), 口径说明 (every definition, written once in
daily.py and monthly.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal

from app.appointments import DEFINITIONS as BOOKING_DEFINITIONS
from app.orders import PAYER_LABELS, Payer
from app.reports.daily import DEFINITIONS, AdvisorFigures, DailyReport, DayQuality, Figures, Share
from app.reports.monthly import MONTHLY_DEFINITIONS, LateDelivery, MonthlySummary, Week
from app.spreadsheets import Sheet, workbook_bytes
from app.warranty import SEVERITY_LABELS
from app.wording import say

WEEKDAYS = ("一", "二", "三", "四", "五", "六", "日")


def yuan(fen: int) -> Decimal:
    return Decimal(fen) / 100


FIGURE_VALUES: tuple[tuple[str, Callable[[Figures], object]], ...] = (
    (say("进厂台次"), lambda f: f.vehicles_in),
    (say("开单数"), lambda f: f.orders_opened),
    (say("交车台次"), lambda f: f.delivered),
    (say("在修"), lambda f: f.in_workshop),
    (say("工时费（元）"), lambda f: yuan(f.labour_fen)),
    (say("配件费（元）"), lambda f: yuan(f.parts_fen)),
    (say("其他（元）"), lambda f: yuan(f.other_fen)),
    (say("产值（元）"), lambda f: yuan(f.revenue_fen)),
    (say("单车产值（元）"), lambda f: yuan(f.revenue_per_vehicle_fen)),
    (say("预约进厂占比"), lambda f: round(f.appointment_share, 4)),
    (say("超时交车"), lambda f: f.late_deliveries),
    (say("提醒电话"), lambda f: f.calls),
    (say("提醒预约"), lambda f: f.bookings),
    (say("新预约"), lambda f: f.bookings_made),
    (say("未到店预约"), lambda f: f.bookings_missed),
    (say("索赔单"), lambda f: f.claims_opened),
    (say("旧件标签"), lambda f: f.tags_printed),
    (say("投诉新开"), lambda f: f.complaints_opened),
    (say("投诉结案"), lambda f: f.complaints_closed),
)


def change(now: float, before: float) -> float | None:
    """The relative change from `before` to `now`; None when there was nothing before."""
    return round((now - before) / before, 4) if before else None


def _change(now: object, before: object) -> float | None:
    assert isinstance(now, int | float | Decimal) and isinstance(before, int | float | Decimal)
    return change(float(now), float(before))


def _period(f: Figures) -> str:
    return f"{f.first} — {f.after - dt.timedelta(days=1)}"


def _local(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _head(*names: str) -> list[object]:
    return [str(n) for n in names]


def _share(share: Share) -> list[object]:
    return [share.part, share.whole, None if share.value is None else round(share.value, 4)]


def _quality_rows(quality: DayQuality, *compared: tuple[str, DayQuality]) -> list[list[object]]:
    """The span's quality figures (part, whole, rate), then the rate of each span compared
    (its column's heading, its quality): the month to date and last month's same days of a day."""
    heading = _head(say("指标"), say("分子"), say("分母"), say("比率")) + [str(name) for name, _ in compared]

    def rounded(value: float | None) -> object:
        return None if value is None else round(value, 4)

    def row(name: str, share: Callable[[DayQuality], Share]) -> list[object]:
        return [name, *_share(share(quality)), *(rounded(share(q).value) for _, q in compared)]

    rows: list[list[object]] = [
        heading,
        row(say("预约到店率"), lambda q: q.show_rate),
        row(say("回访满意率"), lambda q: q.satisfaction),
        row(say("估价准确率"), lambda q: q.estimate_accuracy),
    ]
    fixed = [say("一次修复率"), quality.repairs - len(quality.comebacks), quality.repairs]
    fixed += [rounded(q.fixed_first_visit) for q in (quality, *(q for _, q in compared))]
    rows.append(fixed)
    rows.append([say("返修工单"), "、".join(quality.comebacks) or say("无")])
    return rows


def _payer(value: str) -> str:
    try:
        return PAYER_LABELS[Payer(value)]
    except ValueError:
        return value


def _advisors(advisors: Sequence[AdvisorFigures], accuracy: dict[str, Share]) -> list[list[object]]:
    rows: list[list[object]] = [
        [say("服务顾问"), say("进厂台次"), say("交车台次"), say("产值（元）"), say("单车产值（元）"),
         say("估价准确率"), say("估价单数")]
    ]  # fmt: skip
    for a in advisors:
        share = accuracy.get(a.name)
        rows.append(
            [
                a.name,
                a.vehicles_in,
                a.delivered,
                yuan(a.revenue_fen),
                yuan(a.revenue_per_vehicle_fen),
                None if share is None or share.value is None else round(share.value, 4),
                0 if share is None else share.whole,
            ]
        )
    return rows


def _job_types(by_job_type: Sequence[tuple[str, int, int]]) -> list[list[object]]:
    return [_head(say("工单类型"), say("交车台次"), say("产值（元）"))] + [
        [job, n, yuan(fen)] for job, n, fen in by_job_type
    ]


def _payers(by_payer: Sequence[tuple[str, int]]) -> list[list[object]]:
    return [_head(say("付费方"), say("金额（元）"))] + [[_payer(p), yuan(fen)] for p, fen in by_payer]


def _late(late: Sequence[LateDelivery]) -> list[list[object]]:
    return [
        _head(
            say("工单号"), say("车牌"), say("服务顾问"), say("承诺交车"), say("实际交车"), say("超时（小时）")
        )
    ] + [
        [x.ro_number, x.plate, x.advisor, _local(x.promised_at), _local(x.delivered_at), x.hours_late]
        for x in late
    ]


def _definitions(extra: Sequence[tuple[str, str]] = ()) -> list[list[object]]:
    return [_head(say("指标"), say("口径"))] + [[str(n), str(t)] for n, t in (*DEFINITIONS, *extra)]


def daily_workbook(report: DailyReport, late: Sequence[LateDelivery]) -> bytes:
    spans = (report.day, report.month_to_date, report.last_month)
    figures: list[list[object]] = [_head(say("指标"), say("当日"), say("本月累计"), say("上月同期"))]
    figures += [[name, *(value(f) for f in spans)] for name, value in FIGURE_VALUES]
    figures.append([say("统计期"), *(_period(f) for f in spans)])
    sheets: list[Sheet] = [
        (say("指标"), figures),
        (say("按服务顾问"), _advisors(report.by_advisor, dict(report.quality.estimate_by_advisor))),
        (say("按工单类型"), _job_types(report.by_job_type)),
        (say("按付费方"), _payers(report.by_payer)),
        (
            say("质量指标"),
            _quality_rows(
                report.quality,
                (say("本月累计比率"), report.quality_month_to_date),
                (say("上月同期比率"), report.quality_last_month),
            ),
        ),
        (say("超时交车"), _late(late)),
        (say("预约"), _bookings(report)),
        (say("口径说明"), _definitions(BOOKING_DEFINITIONS)),
    ]
    return workbook_bytes(sheets)


def _bookings(report: DailyReport) -> list[list[object]]:
    """The bookings of the three spans, then each span by advisor and by kind of work."""
    spans = tuple(zip((say("当日"), say("本月累计"), say("上月同期")), report.bookings, strict=False))
    head = [say("预约数"), say("应到预约"), say("已到店"), say("爽约"), say("到店率")]
    rows: list[list[object]] = [_head(say("统计期"), *head, say("取消"), say("预约进厂占比"))]
    for name, b in spans:
        rows.append([name, b.made, b.due, b.arrived, b.no_shows, round(b.show_rate, 4), b.cancelled,
                     round(b.booking_share, 4)])  # fmt: skip
    for title, by_advisor in ((say("服务顾问"), True), (say("维修类别"), False)):
        rows.append([])
        rows.append(_head(say("统计期"), title, *head))
        for name, b in spans[:2]:  # the day and the month to date
            for r in b.by_advisor if by_advisor else b.by_kind:
                rows.append([name, r.label, r.made, r.due, r.arrived, r.no_shows, round(r.show_rate, 4)])
    return rows


def _span_rows(label: str, spans: Sequence[tuple[str, Figures]]) -> list[list[object]]:
    rows: list[list[object]] = [[label, *(name for name, _ in FIGURE_VALUES)]]
    rows += [[key, *(value(f) for _, value in FIGURE_VALUES)] for key, f in spans]
    return rows


def day_label(day: dt.date) -> str:
    return f"{day.isoformat()} 周{WEEKDAYS[day.weekday()]}"


def week_label(week: Week) -> str:
    """W44 10-26—10-31（不满一周）: the ISO week, its days in the month, and whether it is cut."""
    f = week.figures
    last = f.after - dt.timedelta(days=1)
    cut = "" if week.whole else say("（不满一周）")
    return f"W{week.iso_week:02d} {f.first:%m-%d}—{last:%m-%d}{cut}"


def monthly_workbook(summary: MonthlySummary) -> bytes:
    figures: list[list[object]] = [
        [say("指标"), say("本月"), say("上月同期"), say("较上月"), say("去年同期"), say("较去年")]
    ]
    for name, value in FIGURE_VALUES:
        now, month, year = value(summary.total), value(summary.last_month), value(summary.last_year)
        figures.append([name, now, month, _change(now, month), year, _change(now, year)])
    period = [_period(f) for f in (summary.total, summary.last_month, summary.last_year)]
    figures.append([say("统计期"), period[0], period[1], None, period[2], None])
    alerts: list[list[object]] = [_head(say("车牌"), say("车型"), say("级别"), say("预警"), say("相关工单"))]
    alerts += [
        [a.plate, a.model, SEVERITY_LABELS[a.severity], a.message, "、".join(a.ro_numbers)]
        for a in summary.alerts
    ]
    sheets: list[Sheet] = [
        (say("指标"), figures),
        (say("按日"), _span_rows(say("日期"), [(day_label(f.first), f) for f in summary.days])),
        (say("按周"), _span_rows(say("周"), [(week_label(w), w.figures) for w in summary.weeks])),
        (say("按服务顾问"), _advisors(summary.by_advisor, dict(summary.quality.estimate_by_advisor))),
        (say("按工单类型"), _job_types(summary.by_job_type)),
        (say("按付费方"), _payers(summary.by_payer)),
        (say("质量指标"), _quality_rows(summary.quality, (say("上月同期比率"), summary.quality_last_month))),
        (say("超时交车"), _late(summary.late)),
        (say("三包预警"), alerts),
        (say("口径说明"), _definitions(MONTHLY_DEFINITIONS)),
    ]
    return workbook_bytes(sheets)
