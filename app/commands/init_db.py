"""`qiantai init`: create or migrate the database."""

from __future__ import annotations

import argparse

from app.commands.base import CommandContext, Subparsers, out


def register(sub: Subparsers) -> None:
    p = sub.add_parser("init", help="创建或升级数据库")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    ctx.paths.ensure()
    from app.context import open_database

    db, result = open_database(ctx.db_url)
    db.dispose()
    if result.from_revision == result.to_revision:
        out(f"数据库已是最新版本 {result.to_revision}")
    else:
        out(f"数据库已升级：{result.from_revision or '空'} → {result.to_revision}")
    if result.backup is not None:
        out(f"升级前的备份：{result.backup}")
    return 0
