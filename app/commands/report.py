"""The supervisor's reports on the command line, for a scheduled job or a script:

    qiantai report daily [--date YYYY-MM-DD] [--pdf F] [--xlsx F] [--json]
    qiantai report monthly [--month YYYY-MM] [--pdf F] [--xlsx F] [--json]

--json prints the figures as one JSON object; --pdf writes the document the print registry
prints (daily-report, monthly-summary: the same bytes, no print job recorded); --xlsx the
workbook. Without any of them the main figures are printed as a table."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands.base import CommandContext, CommandError, Subparsers, out
from app.roles import SYSTEM_ACTOR

if TYPE_CHECKING:  # the reports (and SQLAlchemy) load when the command runs, not at start-up
    from app.reports import DailyReport, DayQuality, Figures, Share
    from app.reports.monthly import MonthlySummary


def register(sub: Subparsers) -> None:
    report = sub.add_parser("report", help="报表（维修日报、月度汇总）")
    kinds = report.add_subparsers(dest="report_command", required=True, metavar="{daily,monthly}")
    daily = kinds.add_parser("daily", help="维修日报：某天的进厂、交车、在修、产值等")
    daily.add_argument("--date", help="日期 YYYY-MM-DD（默认今天）")
    _outputs(daily)
    daily.set_defaults(handler=run_daily)
    monthly = kinds.add_parser("monthly", help="月度汇总：某月按日、按周的指标，超时交车与三包预警")
    monthly.add_argument("--month", help="月份 YYYY-MM（默认本月）")
    _outputs(monthly)
    monthly.set_defaults(handler=run_monthly)


def _outputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--pdf", type=Path, metavar="F", help="写出 A4 报表的 PDF 文件（与打印的相同，不打印）"
    )
    parser.add_argument("--xlsx", type=Path, metavar="F", help="写出 Excel 工作簿（.xlsx）")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出全部数字，供脚本使用")


def _figures(f: Figures) -> dict[str, object]:
    data: dict[str, object] = {k: v for k, v in dataclasses.asdict(f).items() if not isinstance(v, dt.date)}
    data.update(
        first=f.first.isoformat(),
        last=(f.after - dt.timedelta(days=1)).isoformat(),
        revenue_fen=f.revenue_fen,
        revenue_per_vehicle_fen=f.revenue_per_vehicle_fen,
        appointment_share=round(f.appointment_share, 4),
    )
    return data


def as_json(report: DailyReport) -> dict[str, object]:
    from app.reports import DEFINITIONS

    return {
        "day": _figures(report.day),
        "month_to_date": _figures(report.month_to_date),
        "last_month_same_days": _figures(report.last_month),
        "by_job_type": [
            {"job_type": k, "delivered": n, "revenue_fen": fen} for k, n, fen in report.by_job_type
        ],
        "by_payer": [{"payer": p, "fen": fen} for p, fen in report.by_payer],
        "by_advisor": [
            {
                "advisor": a.name,
                "vehicles_in": a.vehicles_in,
                "delivered": a.delivered,
                "revenue_fen": a.revenue_fen,
            }
            for a in report.by_advisor
        ],
        "quality": _quality(report.quality),
        "quality_month_to_date": _quality(report.quality_month_to_date),
        "quality_last_month_same_days": _quality(report.quality_last_month),
        "definitions": {str(name): str(text) for name, text in DEFINITIONS},
    }


def _share(share: Share) -> dict[str, object]:
    return {"part": share.part, "whole": share.whole, "value": share.value}


def _yuan(fen: int) -> str:
    return f"{fen / 100:,.2f}"


def _write(path: Path, data: bytes, what: str) -> None:
    try:
        path.write_bytes(data)
    except OSError as e:
        raise CommandError(f"无法写入{what} {path}：{e.strerror or e}") from e


def _pdf(ctx: CommandContext, kind: str, reference: str, path: Path) -> None:
    from app.errors import ValidationError

    try:
        pdf = ctx.services().printing.documents.render(SYSTEM_ACTOR, kind, reference)
    except ValidationError as e:
        raise CommandError(e.message) from None
    _write(path, pdf, "PDF 文件")
    out(f"已写出 PDF：{path}")


def run_daily(args: argparse.Namespace, ctx: CommandContext) -> int:
    try:
        day = dt.date.fromisoformat(args.date) if args.date else None
    except ValueError:
        raise CommandError(f"日期应写作 YYYY-MM-DD，如 2026-11-27：{args.date}") from None
    reports = ctx.services().reports
    report = reports.daily(SYSTEM_ACTOR, day)
    the_day = report.day.first
    if args.pdf is not None:
        _pdf(ctx, "daily-report", the_day.isoformat(), args.pdf)
    if args.xlsx is not None:
        _write(args.xlsx, reports.daily_workbook(SYSTEM_ACTOR, the_day), "Excel 文件")
        out(f"已写出 Excel：{args.xlsx}")
    if args.json:
        out(json.dumps(as_json(report), ensure_ascii=False, indent=1))
    elif args.pdf is None and args.xlsx is None:
        out(f"维修日报 {the_day.isoformat()}\t当天\t本月累计\t上月同期")
        for name, value in ROWS:
            out("\t".join([name, *(value(f) for f in (report.day, report.month_to_date, report.last_month))]))
    return 0


def parse_month(text: str) -> dt.date:
    """2026-10 (or 2026-10-15: its month) -> 2026-10-01; a clear message otherwise."""
    value = text.strip()
    try:
        if len(value) <= len("2026-10"):
            year, month = value.split("-")
            if len(year) != 4 or not 1 <= len(month) <= 2:
                raise ValueError(value)
            return dt.date(int(year), int(month), 1)
        return dt.date.fromisoformat(value).replace(day=1)
    except ValueError:
        raise CommandError(f"月份应写作 YYYY-MM，如 2026-10：{text}") from None


def run_monthly(args: argparse.Namespace, ctx: CommandContext) -> int:
    from app.errors import ValidationError

    month = parse_month(args.month) if args.month else None
    reports = ctx.services().reports
    try:
        summary = reports.monthly(SYSTEM_ACTOR, month)
    except ValidationError as e:
        raise CommandError(e.message) from None
    reference = f"{summary.month:%Y-%m}"
    if args.pdf is not None:
        _pdf(ctx, "monthly-summary", reference, args.pdf)
    if args.xlsx is not None:
        _write(args.xlsx, reports.monthly_workbook(SYSTEM_ACTOR, summary.month), "Excel 文件")
        out(f"已写出 Excel：{args.xlsx}")
    if args.json:
        out(json.dumps(monthly_json(summary), ensure_ascii=False, indent=1))
    elif args.pdf is None and args.xlsx is None:
        out(f"月度汇总 {reference}（{summary.month} — {summary.through}）\t本月\t上月同期\t去年同期")
        for name, value in ROWS:
            out(
                "\t".join([name, *(value(f) for f in (summary.total, summary.last_month, summary.last_year))])
            )
        out(f"超时交车明细 {len(summary.late)} 张；月末三包预警 {len(summary.alerts)} 条")
    return 0


def _quality(q: DayQuality) -> dict[str, object]:
    return {
        "show_rate": _share(q.show_rate),
        "satisfaction": _share(q.satisfaction),
        "estimate_accuracy": _share(q.estimate_accuracy),
        "estimate_by_advisor": {name: _share(share) for name, share in q.estimate_by_advisor},
        "comebacks": list(q.comebacks),
        "repairs": q.repairs,
        "fixed_first_visit": q.fixed_first_visit,
    }


def monthly_json(summary: MonthlySummary) -> dict[str, object]:
    from app.reports.monthly import ALL_DEFINITIONS

    def moment(at: dt.datetime) -> str:
        return at.astimezone().isoformat(timespec="minutes")

    return {
        "month": f"{summary.month:%Y-%m}",
        "first": summary.month.isoformat(),
        "last": summary.through.isoformat(),
        "complete": summary.complete,
        "total": _figures(summary.total),
        "last_month": _figures(summary.last_month),
        "last_year": _figures(summary.last_year),
        "days": [_figures(f) for f in summary.days],
        "weeks": [
            {"iso_year": w.iso_year, "iso_week": w.iso_week, "whole": w.whole, **_figures(w.figures)}
            for w in summary.weeks
        ],
        "by_job_type": [
            {"job_type": k, "delivered": n, "revenue_fen": fen} for k, n, fen in summary.by_job_type
        ],
        "by_payer": [{"payer": p, "fen": fen} for p, fen in summary.by_payer],
        "by_advisor": [
            {
                "advisor": a.name,
                "vehicles_in": a.vehicles_in,
                "delivered": a.delivered,
                "revenue_fen": a.revenue_fen,
            }
            for a in summary.by_advisor
        ],
        "quality": _quality(summary.quality),
        "quality_last_month": _quality(summary.quality_last_month),
        "late_deliveries": [
            {
                "ro_number": x.ro_number,
                "plate": x.plate,
                "advisor": x.advisor,
                "promised_at": moment(x.promised_at),
                "delivered_at": moment(x.delivered_at),
                "hours_late": x.hours_late,
            }
            for x in summary.late
        ],
        "sanbao_alerts": [
            {
                "plate": a.plate,
                "model": a.model,
                "severity": a.severity.value,
                "message": a.message,
                "ro_numbers": list(a.ro_numbers),
            }
            for a in summary.alerts
        ],
        "definitions": {str(name): str(text) for name, text in ALL_DEFINITIONS},
    }


ROWS: tuple[tuple[str, Callable[[Figures], str]], ...] = (
    ("进厂台次", lambda f: str(f.vehicles_in)),
    ("开单数", lambda f: str(f.orders_opened)),
    ("交车台次", lambda f: str(f.delivered)),
    ("在修", lambda f: str(f.in_workshop)),
    ("产值（元）", lambda f: _yuan(f.revenue_fen)),
    ("单车产值（元）", lambda f: _yuan(f.revenue_per_vehicle_fen)),
    ("超时交车", lambda f: str(f.late_deliveries)),
    ("提醒电话 / 预约", lambda f: f"{f.calls}/{f.bookings}"),
    ("索赔 / 标签", lambda f: f"{f.claims_opened}/{f.tags_printed}"),
    ("投诉 开 / 结", lambda f: f"{f.complaints_opened}/{f.complaints_closed}"),
)
