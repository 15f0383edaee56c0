"""The daily repair report (维修日报) as a registered document, by its date:

    qiantai print daily-report 2026-11-27
    services.printing.documents.print(actor, "daily-report", "2026-11-27")

The figures are formatted here (yuan, shares, labels); printing/documents/daily_report.py lays
them out with their definitions at the foot.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.clock import Clock, system_clock
from app.errors import ValidationError
from app.orders import PAYER_LABELS, Payer
from app.printing import DocumentKind, DocumentRecord, DocumentRegistry, DocumentSpec, PrintOptions
from app.reports.daily import DEFINITIONS, DailyReport, Figures, Share
from app.reports.service import ReportService
from app.roles import Actor, Permission
from app.settings import SettingsService
from app.wording import say

if TYPE_CHECKING:
    from printing.documents.daily_report import DailyReportData


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
            quality=[
                ("预约到店率", _share(q.show_rate)),
                ("回访满意率", _share(q.satisfaction)),
                ("估价准确率", _share(q.estimate_accuracy)),
                ("一次修复率", "—" if q.fixed_first_visit is None else f"{q.fixed_first_visit:.1%}"),
                ("返修", "、".join(q.comebacks) or "无"),
            ],
            definitions=[(str(name), str(text)) for name, text in DEFINITIONS],
        )

    def build(self, actor: Actor, record: DocumentRecord, options: PrintOptions) -> bytes:
        from printing.documents.daily_report import render

        return render(self.data(actor, record))


def declare_documents(registry: DocumentRegistry, document: DailyReportDocument) -> None:
    registry.declare(
        DocumentSpec(
            kind=DocumentKind.DAILY_REPORT,
            resolve=document.resolve,
            build=document.build,
            reference_label="日期（YYYY-MM-DD）",
            permission=Permission.RUN_REPORTS,
        )
    )
