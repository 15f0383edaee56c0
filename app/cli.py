"""The `qiantai` command: the composition root of the program."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from app import __version__
from app.commands import (
    appointments,
    audit,
    backup,
    demo,
    import_data,
    init_db,
    printing,
    privacy,
    report,
    users,
)
from app.commands.base import CommandContext, CommandError
from app.errors import QiantaiError
from app.launch import startup_done
from app.logging_setup import configure_logging, release_logging
from app.paths import AppPaths

log = logging.getLogger(__name__)

COMMAND_MODULES = [init_db, users, printing, report, demo, import_data, audit, backup, privacy, appointments]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"qiantai: {message}（用 --help 查看用法）\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="qiantai", description="售后前台 Qiantai：汽车经销商售后服务前台")
    parser.add_argument("--version", action="version", version=f"qiantai {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--data-dir", type=Path, help="数据目录（默认为用户数据目录）")
    where.add_argument("--db", metavar="URL", help="数据库地址，如 postgresql+psycopg://user@host/db")
    parser.add_argument("--selftest", action="store_true", help="打开数据库和主窗口（无界面）后退出")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    sub.add_parser(
        "lounge",
        help="客休区显示屏：全屏显示在修车辆的进度（车牌部分隐藏），无需登录",
        description="在接客休区电视的电脑上全屏显示在修车辆（车牌部分隐藏）、进度和预计交车时间，"
        "每 30 秒刷新。Esc 或 F11 退出全屏，Ctrl+Q 关闭。",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    ctx = CommandContext(paths=AppPaths.resolve(args.data_dir), db_url_arg=args.db)
    log_handler = configure_logging(ctx.paths.log_dir)
    try:
        if args.selftest:
            from ui.main import selftest  # the one upward import: the GUI is started lazily

            return selftest(ctx.services())
        if args.command is None:
            from ui.main import run_gui

            return run_gui(ctx)
        if args.command == "lounge":
            from ui.main import run_lounge

            return run_lounge(ctx)
        startup_done()  # a command is no window: collect as usual
        return int(args.handler(args, ctx))
    except CommandError as e:
        sys.stderr.write(f"qiantai: {e}\n")
        return 2
    except QiantaiError as e:
        sys.stderr.write(f"qiantai: {e}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("qiantai: 已中断\n")
        return 130
    finally:
        ctx.close()
        release_logging(log_handler)


if __name__ == "__main__":
    sys.exit(main())
