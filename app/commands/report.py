"""`qiantai report daily [--date YYYY-MM-DD] [--json]`: the end-of-day repair report's figures,
for a scheduled job or a script; --json prints them as one JSON object."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.commands.base import CommandContext, CommandError, Subparsers, out
from app.roles import SYSTEM_ACTOR

if TYPE_CHECKING:  # the reports (and SQLAlchemy) load when the command runs, not at start-up
    from app.reports import DailyReport, Figures, Share


def register(sub: Subparsers) -> None:
    report = sub.add_parser("report", help="报表（维修日报）")
    kinds = report.add_subparsers(dest="report_command", required=True, metavar="{daily}")
    daily = kinds.add_parser("daily", help="维修日报：某天的进厂、交车、在修、产值等")
    daily.add_argument("--date", help="日期 YYYY-MM-DD（默认今天）")
    daily.add_argument("--json", action="store_true", help="以 JSON 输出全部数字，供脚本使用")
    daily.set_defaults(handler=run_daily)


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

    q = report.quality
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
        "quality": {
            "show_rate": _share(q.show_rate),
            "satisfaction": _share(q.satisfaction),
            "estimate_accuracy": _share(q.estimate_accuracy),
            "estimate_by_advisor": {name: _share(share) for name, share in q.estimate_by_advisor},
            "comebacks": list(q.comebacks),
            "repairs": q.repairs,
            "fixed_first_visit": q.fixed_first_visit,
        },
        "definitions": {str(name): str(text) for name, text in DEFINITIONS},
    }


def _share(share: Share) -> dict[str, object]:
    return {"part": share.part, "whole": share.whole, "value": share.value}


def _yuan(fen: int) -> str:
    return f"{fen / 100:,.2f}"


def run_daily(args: argparse.Namespace, ctx: CommandContext) -> int:
    try:
        day = dt.date.fromisoformat(args.date) if args.date else None
    except ValueError:
        raise CommandError(f"日期应写作 YYYY-MM-DD，如 2026-11-27：{args.date}") from None
    report = ctx.services().reports.daily(SYSTEM_ACTOR, day)
    if args.json:
        out(json.dumps(as_json(report), ensure_ascii=False, indent=1))
        return 0
    out(f"维修日报 {report.day.first.isoformat()}\t当天\t本月累计\t上月同期")
    for name, value in ROWS:
        out("\t".join([name, *(value(f) for f in (report.day, report.month_to_date, report.last_month))]))
    return 0


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
