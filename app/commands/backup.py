"""`qiantai backup [--to DIR]` and `qiantai restore FILE` (docs/backups.md)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from app.commands.base import CommandContext, CommandError, Subparsers, out
from app.errors import ValidationError
from app.roles import SYSTEM_ACTOR

PASSPHRASE_ENV = "QIANTAI_BACKUP_PASSPHRASE"
SHOWN_TABLES = {
    "customers": "客户",
    "vehicles": "车辆",
    "repair_orders": "工单",
    "ro_lines": "工单明细",
    "warranty_claims": "索赔",
    "audit_log": "审计记录",
}


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "backup",
        help="备份数据库（SQLite 在线备份，校验后按 7 天、4 周、12 个月轮换保留）",
        description="复制正在使用的 SQLite 数据库（前台可照常工作），做完整性检查并核对各表行数，"
        "按时间和结构版本命名，存入备份文件夹，并按 7 天、4 周、12 个月轮换。"
        "未给 --to 时用系统管理中设置的备份文件夹，没有则用数据文件夹下的 backups。"
        "PostgreSQL 数据库请用服务器的工具（pg_dump、基础备份）；本命令在能找到 pg_dump 时运行它。",
    )
    p.add_argument("--to", type=Path, metavar="DIR", help="备份到此文件夹（第二块硬盘或网络共享）")
    p.add_argument(
        "--encrypt",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="用口令加密备份（默认按系统管理中的设置）",
    )
    p.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"从文件读取口令（第一行）；也可用环境变量 {PASSPHRASE_ENV}",
    )
    p.add_argument("--list", action="store_true", help="列出备份文件夹中的备份，不做新备份")
    p.set_defaults(handler=run_backup)
    r = sub.add_parser(
        "restore",
        help="用备份恢复数据库（先检查备份，保留被替换的数据库）",
        description="检查备份文件（能否打开、完整性、是否售后前台的数据库、结构版本），"
        "比本程序新的版本拒绝恢复，较旧的先升级；被替换的数据库另存为 qiantai.db.before-restore.时间.bak。"
        "任何程序（本机的前台窗口、客休区显示屏）打开着数据库时不会恢复。",
    )
    r.add_argument("file", type=Path, metavar="FILE", help="备份文件（.db 或加密的 .db.enc）")
    r.add_argument("--passphrase-file", type=Path, metavar="FILE", help="加密备份的口令文件（第一行）")
    r.set_defaults(handler=run_restore)


def _passphrase(args: argparse.Namespace, ask: bool) -> str | None:
    if args.passphrase_file is not None:
        try:
            lines = args.passphrase_file.read_text(encoding="utf-8").splitlines()
        except OSError as e:
            raise CommandError(f"无法读取口令文件 {args.passphrase_file}：{e.strerror or e}") from e
        return lines[0] if lines else ""
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if ask and sys.stdin.isatty():
        return getpass.getpass("备份口令：")
    return None


def _shown(counts: dict[str, int]) -> str:
    return "、".join(f"{label} {counts[t]}" for t, label in SHOWN_TABLES.items() if t in counts)


def _size(n: int) -> str:
    return f"{n / (1 << 20):.1f} MB" if n >= 1 << 20 else f"{n / 1024:.0f} KB"


def run_backup(args: argparse.Namespace, ctx: CommandContext) -> int:
    services = ctx.services()
    backup = services.backup
    if args.list:
        from app.backup import backups_in

        folder = args.to or Path(backup.settings(SYSTEM_ACTOR).folder or ctx.paths.data_dir / "backups")
        found = backups_in(folder)
        out(f"{folder}：{len(found)} 份备份")
        for b in found:
            kind = "加密" if b.encrypted else "未加密"
            size = _size(b.path.stat().st_size)
            out(f"  {b.path.name}  {b.taken_at:%Y-%m-%d %H:%M}  版本 {b.revision}  {kind}  {size}")
        return 0
    if not services.db.is_sqlite:
        from app.backup import PG_ADVICE
        from app.backup.pg import pg_dump, pg_dump_program

        out(PG_ADVICE)
        if pg_dump_program() is None:
            out("本机找不到 pg_dump，未做备份。")
            return 1
        dumped = pg_dump(services.db.url, args.to or ctx.paths.data_dir / "backups", services.clock)
        out(f"已用 pg_dump 备份（custom 格式，用 pg_restore 恢复）：{dumped.path}（{_size(dumped.size)}）")
        return 0
    from app.backup import Trigger

    settings = backup.settings(SYSTEM_ACTOR)
    encrypt = settings.encrypt if args.encrypt is None else args.encrypt
    passphrase = _passphrase(args, ask=encrypt and not settings.passphrase_set)
    try:
        result = backup.back_up(
            SYSTEM_ACTOR, args.to, trigger=Trigger.COMMAND, encrypt=args.encrypt, passphrase=passphrase
        )
    except ValidationError as e:
        raise CommandError(e.message) from e
    kind = "已加密" if result.encrypted else "未加密"
    size = _size(result.size)
    out(f"已备份：{result.path}（结构版本 {result.revision}，{size}，{kind}，用时 {result.seconds:.1f} 秒）")
    shown = "、".join(
        f"{label} {result.counts[t]}" for t, label in SHOWN_TABLES.items() if t in result.counts
    )
    out(f"已校验：完整性检查通过，{len(result.counts)} 张表的行数与备份时的数据库一致（{shown}）")
    deleted = f"，按轮换删除 {len(result.deleted)} 份" if result.deleted else ""
    out(f"备份文件夹 {result.path.parent} 现有 {len(result.kept)} 份备份{deleted}")
    if result.same_disk:
        out(
            "注意：备份文件夹与数据库在同一块磁盘上，磁盘损坏时备份也会丢失；"
            "请用 --to 或在系统管理中设置第二块硬盘或网络共享。"
        )
    return 0


def run_restore(args: argparse.Namespace, ctx: CommandContext) -> int:
    from app.backup import crypto
    from app.backup.restore import restore

    file: Path = args.file
    try:
        encrypted = file.is_file() and crypto.is_encrypted(file)
    except OSError:
        encrypted = False
    passphrase = _passphrase(args, ask=encrypted)
    ctx.paths.ensure()
    try:
        result = restore(ctx.db_url, file, passphrase)
    except ValidationError as e:
        raise CommandError(e.message) from e
    out(f"已恢复：{result.database} ← {result.source}")
    if result.from_revision != result.to_revision:
        out(f"备份的结构版本 {result.from_revision} 已升级到 {result.to_revision}")
    else:
        out(f"结构版本 {result.to_revision}")
    shown = "、".join(
        f"{label} {result.counts[t]}" for t, label in SHOWN_TABLES.items() if t in result.counts
    )
    out(f"已校验：完整性检查通过（{shown}）")
    if result.replaced_copy is not None:
        out(f"原来的数据库已另存为 {result.replaced_copy}")
    return 0
