"""`qiantai printers` and `qiantai print-test --kind a4|label [--printer NAME]`."""

from __future__ import annotations

import argparse

from app.commands.base import CommandContext, Subparsers, out
from app.roles import SYSTEM_ACTOR
from printing.profiles import KIND_LABELS, PROFILED_KINDS


def register(sub: Subparsers) -> None:
    printers = sub.add_parser("printers", help="列出系统打印机和各类单据的打印设置")
    printers.set_defaults(handler=run_printers)
    test = sub.add_parser("print-test", help="打印测试页（A4 或标签）")
    test.add_argument(
        "--kind", choices=["a4", "label"], required=True, help="a4：A4 测试页；label：标签测试页"
    )
    test.add_argument("--printer", help="打印机名称（默认用对应单据的打印设置）")
    test.set_defaults(handler=run_print_test)
    retry = sub.add_parser("print-retry", help="重试所有待打印任务")
    retry.set_defaults(handler=run_print_retry)


def run_printers(args: argparse.Namespace, ctx: CommandContext) -> int:
    service = ctx.services().printing
    names = service.available_printers()
    default = service.default_printer()
    out("系统打印机：")
    if not names:
        out("  （没有：请检查打印服务是否运行）")
    for name in names:
        out(f"  {name}{'（默认）' if name == default else ''}")
    out("打印设置：")
    profiles = service.profiles()
    for kind in PROFILED_KINDS:
        out(f"  {KIND_LABELS[kind]}（{kind.value}）：{profiles[kind].describe()}")
    pending = service.pending_count()
    if pending:
        out(f"待打印任务：{pending} 个")
    return 0


def run_print_test(args: argparse.Namespace, ctx: CommandContext) -> int:
    # A printer that cannot take the job raises PrinterUnavailable: the job stays pending,
    # main() prints the reason (with the job number) and exits with 1.
    job = ctx.services().printing.print_test_page(SYSTEM_ACTOR, args.kind, args.printer)
    out(f"已发送到打印机 {job.printer}：打印任务 {job.id}，{job.pages} 页")
    return 0


def run_print_retry(args: argparse.Namespace, ctx: CommandContext) -> int:
    report = ctx.services().printing.retry_pending(SYSTEM_ACTOR)
    for job in report.printed:
        out(f"已打印：任务 {job.id}（{job.kind_label} {job.document_ref}）→ {job.printer}")
    for job in report.failed:
        out(f"仍待打印：任务 {job.id}（{job.kind_label} {job.document_ref}）：{job.error}")
    out(f"重试完成：已打印 {len(report.printed)} 个，仍待打印 {len(report.failed)} 个")
    return 1 if report.failed else 0
