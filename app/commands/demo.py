"""`qiantai demo --vehicles N --days D [--seed S] [--password PW]`: fill an empty database."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from app.commands.base import CommandContext, Subparsers, out
from app.roles import ROLE_LABELS, Role

# app.demo (the generator, ~70 ms of imports) is imported by run(): every start of the program
# builds this command's parser, and only `qiantai demo` needs the generator.

# Table names as people read them in the summary.
_LABELS = {
    "customers": "客户",
    "vehicles": "车辆",
    "repair_orders": "工单",
    "ro_lines": "工单明细",
    "inspections": "检查单",
    "reminders": "提醒",
    "reminder_contacts": "提醒电话",
    "appointments": "预约",
    "warranty_claims": "索赔单",
    "claim_parts": "索赔旧件",
    "complaints": "投诉",
}


def register(sub: Subparsers) -> None:
    p = sub.add_parser("demo", help="在空数据库中生成演示数据")
    p.add_argument("--vehicles", type=int, default=2000, help="车辆数（默认 2000）")
    p.add_argument("--days", type=int, default=60, help="历史天数，截至今天（默认 60）")
    p.add_argument("--seed", type=int, default=1, help="随机种子：相同种子、相同日期生成相同数据")
    p.add_argument("--password", help="演示账号的密码（默认为演示密码，生成后显示）")
    p.set_defaults(handler=run)


def _progress(text: str) -> None:
    sys.stderr.write(f"qiantai demo: {text}\n")


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from app.demo import DemoOptions, generate_demo

    services = ctx.services()
    options = DemoOptions(vehicles=args.vehicles, days=args.days, seed=args.seed)
    if args.password is not None:  # else the generator's own demo password
        options = replace(options, password=args.password)
    summary = generate_demo(services.db, services.users, options, services.clock, _progress)
    counts = "，".join(f"{label} {summary.counts.get(table, 0)}" for table, label in _LABELS.items())
    out(f"演示数据已生成（{summary.seconds:.1f} 秒）：{counts}")
    out("演示账号（用户名 / 密码）：")
    for login in summary.logins:
        role = ROLE_LABELS[Role(login.role)]
        password = summary.password if login.created else "（已存在，密码未改）"
        out(f"  {login.username} / {password}\t{login.display_name}（{role}）")
    return 0
