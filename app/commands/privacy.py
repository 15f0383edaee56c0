"""`qiantai anonymise CUSTOMER` and `qiantai export-customer CUSTOMER --json F | --xlsx F`
(docs/domain/retention.md): a customer's personal data on their request."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.base import CommandContext, CommandError, Subparsers, out
from app.roles import SYSTEM_ACTOR

CUSTOMER_HELP = "客户编号（如 #123 或 123）或完整的电话号码"


def register(sub: Subparsers) -> None:
    a = sub.add_parser(
        "anonymise",
        help="匿名化客户个人信息（所有维修记录已过 6 年保存期时）",
        description="把客户的姓名换成“已匿名#编号”、删除其电话，并清除工单送修人、备注、预约、投诉、"
        "回访记录、打印记录和操作记录中出现的该姓名和电话；车辆的维修技术记录（工单、明细、里程、"
        "检查单、索赔）保留。客户的任何工单、检查单、索赔或其操作记录仍在 6 年保存期内时拒绝，"
        "并说明保存到哪天。"
        "不加 --yes 时只显示将替换的内容。",
    )
    a.add_argument("customer", metavar="CUSTOMER", help=CUSTOMER_HELP)
    a.add_argument("--yes", action="store_true", help="确认执行匿名化（否则只显示将替换的内容）")
    a.set_defaults(handler=run_anonymise)
    e = sub.add_parser(
        "export-customer",
        help="导出一位客户的全部资料（个人信息保护法的查阅、复制请求）",
        description="导出本程序保存的该客户的全部资料：客户、电话、车辆、预约、工单及明细、检查单、索赔、"
        "提醒与回访、投诉、打印记录和有关的操作记录。导出本身记入操作记录。",
    )
    e.add_argument("customer", metavar="CUSTOMER", help=CUSTOMER_HELP)
    target = e.add_mutually_exclusive_group(required=True)
    target.add_argument("--json", type=Path, metavar="FILE", help="导出为 JSON 文件")
    target.add_argument("--xlsx", type=Path, metavar="FILE", help="导出为 Excel 工作簿（.xlsx）")
    e.set_defaults(handler=run_export)


def run_anonymise(args: argparse.Namespace, ctx: CommandContext) -> int:
    privacy = ctx.services().privacy
    plan = privacy.plan(SYSTEM_ACTOR, args.customer)
    replaced = "、".join(f"{what} {n}" for what, n in plan.counts.items())
    out(f"客户 #{plan.customer.id}：将替换为“{plan.placeholder}”，涉及 {replaced}")
    if not plan.allowed:
        raise CommandError(plan.reason)
    if not args.yes:
        out("未执行：确认后加 --yes 再运行")
        return 1
    privacy.anonymise(SYSTEM_ACTOR, args.customer)
    out(f"客户 #{plan.customer.id} 已匿名化，车辆的维修记录保留")
    return 0


def run_export(args: argparse.Namespace, ctx: CommandContext) -> int:
    privacy = ctx.services().privacy
    if args.json is not None:
        export = privacy.export_json(SYSTEM_ACTOR, args.customer, args.json)
        path = args.json
    else:
        export = privacy.export_xlsx(SYSTEM_ACTOR, args.customer, args.xlsx)
        path = args.xlsx
    rows = sum(len(r) for r in export.sections.values())
    out(f"已导出客户 #{export.customer_id} 的 {rows} 条记录到 {path}")
    return 0
