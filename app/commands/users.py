"""`qiantai users add|list`."""

from __future__ import annotations

import argparse
import getpass
import sys

from app.commands.base import CommandContext, CommandError, Subparsers, out
from app.roles import ROLE_LABELS, SYSTEM_ACTOR, Role


def register(sub: Subparsers) -> None:
    users = sub.add_parser("users", help="管理用户")
    users_sub = users.add_subparsers(dest="users_command", required=True, metavar="{add,list}")
    add = users_sub.add_parser("add", help="添加用户（密码从提示或标准输入读取）")
    add.add_argument("name", help="登录名")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--display-name", default="", help="显示的姓名")
    add.set_defaults(handler=run_add)
    lst = users_sub.add_parser("list", help="列出用户")
    lst.set_defaults(handler=run_list)


def _read_password() -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise CommandError("标准输入中没有密码")
        return line.rstrip("\r\n")
    first = getpass.getpass("密码：")
    if first != getpass.getpass("再次输入密码："):
        raise CommandError("两次输入的密码不一致")
    return first


def run_add(args: argparse.Namespace, ctx: CommandContext) -> int:
    password = _read_password()
    info = ctx.services().users.add_user(SYSTEM_ACTOR, args.name, args.display_name, args.role, password)
    out(f"已添加用户 {info.username}（{ROLE_LABELS[info.role]}）")
    return 0


def run_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    for u in ctx.services().users.list_users(SYSTEM_ACTOR):
        state = "启用" if u.active else "停用"
        out(f"{u.username}\t{u.display_name}\t{u.role.value}\t{state}")
    return 0
