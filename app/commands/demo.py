"""`qiantai demo --vehicles N --days D [--seed S]`: fill an empty database.

Each demo user it creates gets its own random password, printed here once (the database keeps
only its hash) and to be changed at the user's first login.
"""

from __future__ import annotations

import argparse
import sys

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
    "complaint_actions": "投诉处理记录",
}


def register(sub: Subparsers) -> None:
    p = sub.add_parser("demo", help="在空数据库中生成演示数据")
    p.add_argument("--vehicles", type=int, default=2000, help="车辆数（默认 2000）")
    p.add_argument("--days", type=int, default=60, help="历史天数，截至今天（默认 60）")
    p.add_argument("--seed", type=int, default=1, help="随机种子：相同种子、相同日期生成相同数据")
    p.set_defaults(handler=run)


def _progress(text: str) -> None:
    sys.stderr.write(f"qiantai demo: {text}\n")


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from app.demo import DemoOptions, generate_demo

    services = ctx.services()
    options = DemoOptions(vehicles=args.vehicles, days=args.days, seed=args.seed)
    summary = generate_demo(services.db, services.users, options, services.clock, _progress)
    counts = "，".join(f"{label} {summary.counts.get(table, 0)}" for table, label in _LABELS.items())
    out(f"演示数据已生成（{summary.seconds:.1f} 秒）：{counts}")
    out("演示账号（用户名 / 密码）：")
    for login in summary.logins:
        role = ROLE_LABELS[Role(login.role)]
        password = login.password if login.password is not None else "（已存在，密码未改）"
        out(f"  {login.username} / {password}\t{login.display_name}（{role}）")
    if any(login.password is not None for login in summary.logins):
        out("以上密码只显示这一次，请记下；每个账号首次登录时须设置新密码。")
    return 0
