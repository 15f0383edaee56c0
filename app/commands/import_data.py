"""`qiantai import vehicles FILE [--dry-run] [--skip-bad] [--json]`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands.base import CommandContext, Subparsers, out
from app.roles import SYSTEM_ACTOR

if TYPE_CHECKING:
    from app.vehicles.import_rows import ImportIssue
    from app.vehicles.importer import ImportReport

EXIT_REJECTED = 1


def register(sub: Subparsers) -> None:
    imp = sub.add_parser("import", help="导入数据")
    imp_sub = imp.add_subparsers(dest="import_command", required=True, metavar="{vehicles}")
    vehicles = imp_sub.add_parser(
        "vehicles",
        help="导入车辆和客户（CSV：UTF-8 或 GBK；Excel .xlsx），按车架号匹配，重复导入不会改变数据",
    )
    vehicles.add_argument("file", type=Path, help="CSV 或 .xlsx 文件")
    vehicles.add_argument("--dry-run", action="store_true", help="只检查，不写入任何数据")
    vehicles.add_argument(
        "--skip-bad", action="store_true", help="跳过有错误的行，导入其余的行（默认：全部或全不）"
    )
    vehicles.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    vehicles.set_defaults(handler=run_vehicles)


def _issue_text(issue: ImportIssue) -> str:
    from app.vehicles.import_files import FIELD_LABELS

    label = FIELD_LABELS.get(issue.field, issue.field)
    return f"  第 {issue.line} 行 {label}：{issue.message}"


def _print_text(report: ImportReport, skip_bad: bool) -> None:
    mode = "（试运行，未写入）" if report.dry_run else ""
    out(f"读取 {report.rows} 行，可导入 {report.accepted} 行，拒绝 {len(report.rejected)} 行{mode}")
    if report.applied or report.dry_run:
        out(f"新增车辆 {report.created}，更新 {report.updated}，无变化 {report.unchanged}")
    if report.rejected:
        out("被拒绝的行：")
        for issue in report.rejected:
            out(_issue_text(issue))
        if not skip_bad and not report.dry_run:
            out("存在错误的行，未导入任何数据。修正后重新导入，或使用 --skip-bad 只导入正确的行。")
    if report.warnings:
        out("提醒：")
        for issue in report.warnings:
            out(_issue_text(issue))


def run_vehicles(args: argparse.Namespace, ctx: CommandContext) -> int:
    importer = ctx.services().vehicles.importer
    report = importer.import_vehicles(SYSTEM_ACTOR, args.file, dry_run=args.dry_run, skip_bad=args.skip_bad)
    if args.json:
        out(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        _print_text(report, args.skip_bad)
    return EXIT_REJECTED if report.rejected and not args.skip_bad else 0
