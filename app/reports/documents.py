"""The daily repair report (维修日报) and the monthly summary (月度汇总) as registered documents:

    qiantai print daily-report 2026-11-27
    qiantai print monthly-summary 2026-10
    services.printing.documents.print(actor, "daily-report", "2026-11-27")

The figures are formatted here (yuan, shares, labels); printing/documents/daily_report.py and
monthly_summary.py lay them out with their definitions at the foot.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.clock import Clock, system_clock
from app.errors import ValidationError
from app.orders import PAYER_LABELS, Payer
from app.printing import DocumentKind, DocumentRecord, DocumentRegistry, DocumentSpec, PrintOptions
from app.reports.daily import DEFINITIONS, DailyReport, DayQuality, Figures, Share
from app.reports.monthly import ALL_DEFINITIONS, MonthlySummary
from app.reports.service import ReportService
from app.reports.workbooks import change, week_label
from app.roles import Actor, Permission
from app.settings import SettingsService
from app.warranty import SEVERITY_LABELS
from app.wording import say

if TYPE_CHECKING:
    from printing.documents.daily_report import DailyReportData
    from printing.documents.monthly_summary import MonthlySummaryData


def _yuan(fen: int) -> str:
    return f"{fen / 100:,.2f}"


def _share(share: Share) -> str:
    value = share.value
    return "—" if value is None else f"{value:.1%}（{share.part}/{share.whole}）"


FIGURE_ROWS: tuple[tuple[str, Callable[[Figures], str]], ...] = (
    ("进厂台次", lambda f: str(f.vehicles_in)),
    ("开单数", lambda f: str(f.orders_opened)),
    ("交车台次", lambda f: str(f.delivered)),
    ("在修", lambda f: str(f.in_workshop)),
    ("工时费（元）", lambda f: _yuan(f.labour_fen)),
    ("配件费（元）", lambda f: _yuan(f.parts_fen)),
    ("其他（元）", lambda f: _yuan(f.other_fen)),
    ("产值（元）", lambda f: _yuan(f.revenue_fen)),
    ("单车产值（元）", lambda f: _yuan(f.revenue_per_vehicle_fen)),
    ("预约进厂占比", lambda f: f"{f.appointment_share:.1%}"),
    ("超时交车", lambda f: str(f.late_deliveries)),
    ("提醒电话 / 预约", lambda f: f"{f.calls} / {f.bookings}"),
    ("新预约 / 未到店预约", lambda f: f"{f.bookings_made} / {f.bookings_missed}"),
    ("索赔单 / 旧件标签", lambda f: f"{f.claims_opened} / {f.tags_printed}"),
    ("投诉 新开 / 结案", lambda f: f"{f.complaints_opened} / {f.complaints_closed}"),
)


def _payer(value: str) -> str:
    try:
        return PAYER_LABELS[Payer(value)]
    except ValueError:
        return value


class DailyReportDocument:
    def __init__(
        self, reports: ReportService, settings: SettingsService, clock: Clock = system_clock
    ) -> None:
        self._reports, self._settings, self._clock = reports, settings, clock

    def resolve(self, actor: Actor, reference: str) -> DocumentRecord:
        try:
            day = dt.date.fromisoformat(reference.strip())
        except ValueError:
            raise ValidationError("reference", say("日期应写作 YYYY-MM-DD，如 2026-11-27")) from None
        return DocumentRecord(day.toordinal(), day.isoformat())

    def data(self, actor: Actor, record: DocumentRecord) -> DailyReportData:
        from printing.documents.daily_report import DailyReportData

        report: DailyReport = self._reports.daily(actor, dt.date.fromordinal(record.record_id))
        spans: tuple[Figures, Figures, Figures] = (report.day, report.month_to_date, report.last_month)
        q = report.quality
        qualities = (q, report.quality_month_to_date, report.quality_last_month)
        accuracy = dict(q.estimate_by_advisor)
        dealer = self._settings.dealer()
        return DailyReportData(
            dealer_name=dealer.name,
            dealer_code=dealer.code,
            day=record.reference,
            printed_at=self._clock().astimezone().strftime("%Y-%m-%d %H:%M"),
            figures=[
                (name, value(spans[0]), value(spans[1]), value(spans[2])) for name, value in FIGURE_ROWS
            ],
            by_job_type=[(job, str(n), _yuan(fen)) for job, n, fen in report.by_job_type],
            by_payer=[(_payer(payer), _yuan(fen)) for payer, fen in report.by_payer],
            by_advisor=[
                (
                    a.name,
                    str(a.vehicles_in),
                    str(a.delivered),
                    _yuan(a.revenue_fen),
                    _yuan(a.revenue_per_vehicle_fen),
                    _share(accuracy[a.name]) if a.name in accuracy else "—",
                )
                for a in report.by_advisor
            ],
            quality=_quality_rows(*qualities),
            accuracy_by_advisor=_accuracy_rows(*qualities),
            comebacks="、".join(q.comebacks) or "无",
            definitions=[(str(name), str(text)) for name, text in DEFINITIONS],
        )

    def build(self, actor: Actor, record: DocumentRecord, options: PrintOptions) -> bytes:
        from printing.documents.daily_report import render

        return render(self.data(actor, record))


def _change(now: float, before: float) -> str:
    ratio = change(now, before)
    return "—" if ratio is None else f"{ratio:+.1%}"


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def _fixed(q: DayQuality) -> str:
    return f"{_rate(q.fixed_first_visit)}（返修 {len(q.comebacks)}/{q.repairs}）"


def _quality_rows(*spans: DayQuality) -> list[tuple[str, ...]]:
    """A row per quality figure, a column per span: the day's, the month's, the month before's."""
    return [
        ("预约到店率", *(_share(q.show_rate) for q in spans)),
        ("回访满意率", *(_share(q.satisfaction) for q in spans)),
        ("估价准确率", *(_share(q.estimate_accuracy) for q in spans)),
        ("一次修复率", *(_fixed(q) for q in spans)),
    ]


def _accuracy_rows(*spans: DayQuality) -> list[tuple[str, ...]]:
    """Each advisor's estimate accuracy in each span (— where none was delivered), by name."""
    by_span = [dict(q.estimate_by_advisor) for q in spans]
    names = sorted({name for shares in by_span for name in shares})
    return [(name, *(_share(s[name]) if name in s else "—" for s in by_span)) for name in names]


def _period(first: dt.date, after: dt.date) -> str:
    return f"{first} 至 {after - dt.timedelta(days=1)}"


class MonthlySummaryDocument:
    """The monthly summary by its month (YYYY-MM)."""

    def __init__(
        self, reports: ReportService, settings: SettingsService, clock: Clock = system_clock
    ) -> None:
        self._reports, self._settings, self._clock = reports, settings, clock

    def resolve(self, actor: Actor, reference: str) -> DocumentRecord:
        text = reference.strip()
        try:
            year, month = text.split("-")
            if len(year) != 4 or len(month) != 2:
                raise ValueError(text)
            first = dt.date(int(year), int(month), 1)
        except ValueError:
            raise ValidationError("reference", say("月份应写作 YYYY-MM，如 2026-10")) from None
        return DocumentRecord(first.toordinal(), f"{first:%Y-%m}")

    def data(self, actor: Actor, record: DocumentRecord) -> MonthlySummaryData:
        from printing.documents.monthly_summary import ALERT_ROWS, LATE_ROWS, MonthlySummaryData

        m: MonthlySummary = self._reports.monthly(actor, dt.date.fromordinal(record.record_id))
        accuracy = dict(m.quality.estimate_by_advisor)
        dealer = self._settings.dealer()
        period = _period(m.total.first, m.total.after) + ("" if m.complete else "（本月未结束）")
        compared = (
            f"上月同期 {_period(m.last_month.first, m.last_month.after)}；"
            f"去年同期 {_period(m.last_year.first, m.last_year.after)}"
        )
        numbers: list[tuple[str, str, str, str, str, str]] = []
        for (name, value), (_, number) in zip(FIGURE_ROWS, _NUMBERS, strict=True):
            now, month, year = (number(f) for f in (m.total, m.last_month, m.last_year))
            numbers.append(
                (name, value(m.total), value(m.last_month), _change(now, month), value(m.last_year),
                 _change(now, year))
            )  # fmt: skip
        late = sorted(m.late, key=lambda x: (-x.hours_late, x.ro_number))[:LATE_ROWS]

        def local(at: dt.datetime) -> str:
            return at.astimezone().strftime("%m-%d %H:%M")

        return MonthlySummaryData(
            dealer_name=dealer.name,
            dealer_code=dealer.code,
            month=record.reference,
            period=period,
            compared=compared,
            printed_at=self._clock().astimezone().strftime("%Y-%m-%d %H:%M"),
            has_orders=bool(m.total.orders_opened or m.total.delivered or m.total.in_workshop),
            day_labels=[str(f.first.day) for f in m.days],
            vehicles_in=[f.vehicles_in for f in m.days],
            delivered=[f.delivered for f in m.days],
            labour_yuan=[f.labour_fen / 100 for f in m.days],
            parts_yuan=[f.parts_fen / 100 for f in m.days],
            other_yuan=[f.other_fen / 100 for f in m.days],
            week_labels=[
                f"W{w.iso_week:02d} {w.figures.first.day}-{(w.figures.after - dt.timedelta(days=1)).day}日"
                + ("" if w.whole else "*")
                for w in m.weeks
            ],
            week_vehicles_in=[w.figures.vehicles_in for w in m.weeks],
            week_delivered=[w.figures.delivered for w in m.weeks],
            figures=numbers,
            weeks=[
                (
                    week_label(w),
                    str(w.figures.vehicles_in),
                    str(w.figures.delivered),
                    _yuan(w.figures.revenue_fen),
                    _yuan(w.figures.labour_fen),
                    _yuan(w.figures.parts_fen),
                    _yuan(w.figures.revenue_per_vehicle_fen),
                    str(w.figures.late_deliveries),
                    str(w.figures.complaints_opened),
                )
                for w in m.weeks
            ],
            by_advisor=[
                (
                    a.name,
                    str(a.vehicles_in),
                    str(a.delivered),
                    _yuan(a.revenue_fen),
                    _yuan(a.revenue_per_vehicle_fen),
                    _share(accuracy[a.name]) if a.name in accuracy else "—",
                )
                for a in m.by_advisor
            ],
            by_job_type=[(job, str(n), _yuan(fen)) for job, n, fen in m.by_job_type],
            by_payer=[(_payer(payer), _yuan(fen)) for payer, fen in m.by_payer],
            quality=_quality_rows(m.quality, m.quality_last_month),
            comebacks="、".join(m.quality.comebacks) or "无",
            late=[
                (
                    x.ro_number,
                    x.plate,
                    x.advisor,
                    local(x.promised_at),
                    local(x.delivered_at),
                    f"{x.hours_late:.1f}",
                )
                for x in late
            ],
            late_total=len(m.late),
            alerts=[
                (a.plate, a.model, SEVERITY_LABELS[a.severity], a.message, "、".join(a.ro_numbers))
                for a in m.alerts[:ALERT_ROWS]
            ],
            alerts_total=len(m.alerts),
            definitions=[(str(name), str(text)) for name, text in ALL_DEFINITIONS],
        )

    def build(self, actor: Actor, record: DocumentRecord, options: PrintOptions) -> bytes:
        from printing.documents.monthly_summary import render

        return render(self.data(actor, record))


# The figures as numbers, row for row with FIGURE_ROWS, for the change against the comparisons.
_NUMBERS: tuple[tuple[str, Callable[[Figures], float]], ...] = (
    ("进厂台次", lambda f: f.vehicles_in),
    ("开单数", lambda f: f.orders_opened),
    ("交车台次", lambda f: f.delivered),
    ("在修", lambda f: f.in_workshop),
    ("工时费（元）", lambda f: f.labour_fen),
    ("配件费（元）", lambda f: f.parts_fen),
    ("其他（元）", lambda f: f.other_fen),
    ("产值（元）", lambda f: f.revenue_fen),
    ("单车产值（元）", lambda f: f.revenue_per_vehicle_fen),
    ("预约进厂占比", lambda f: f.appointment_share),
    ("超时交车", lambda f: f.late_deliveries),
    ("提醒电话 / 预约", lambda f: f.calls),
    ("新预约 / 未到店预约", lambda f: f.bookings_made),
    ("索赔单 / 旧件标签", lambda f: f.claims_opened),
    ("投诉 新开 / 结案", lambda f: f.complaints_opened),
)
assert [n for n, _ in _NUMBERS] == [n for n, _ in FIGURE_ROWS]


def declare_documents(registry: DocumentRegistry, document: DailyReportDocument) -> None:
    """The daily report, and the monthly summary built from the same services."""
    registry.declare(
        DocumentSpec(
            kind=DocumentKind.DAILY_REPORT,
            resolve=document.resolve,
            build=document.build,
            reference_label="日期（YYYY-MM-DD）",
            permission=Permission.RUN_REPORTS,
        )
    )
    monthly = MonthlySummaryDocument(document._reports, document._settings, document._clock)
    registry.declare(
        DocumentSpec(
            kind=DocumentKind.MONTHLY_SUMMARY,
            resolve=monthly.resolve,
            build=monthly.build,
            reference_label="月份（YYYY-MM）",
            permission=Permission.RUN_REPORTS,
        )
    )
