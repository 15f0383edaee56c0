"""`qiantai print`, `qiantai printers`, `qiantai print-test --kind a4|label [--printer NAME]` and
`qiantai print-retry`.

    qiantai print --list                          the registered documents, their profiles
    qiantai print KIND REF [--printer P]          prints (REF: the number users know, an RO number)
    qiantai print KIND REF --reason TEXT          reprints a document printed before
    qiantai print KIND REF --pdf FILE             writes the PDF only: no job is recorded

A wrong kind or reference prints one line on stderr and exits non-zero (2 for a kind, as for
any wrong argument, and for a second print without --reason; 1 for a reference the database does
not know, as for any NotFound, and for a printer that cannot take the job: the job is kept).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.base import CommandContext, CommandError, Subparsers, out
from app.errors import NotFound, ValidationError
from app.roles import SYSTEM_ACTOR
from printing.profiles import KIND_LABELS, PROFILED_KINDS


def register(sub: Subparsers) -> None:
    doc = sub.add_parser(
        "print",
        help="打印、重印单据或导出 PDF（如 print intake-sheet RO20261127-0001）",
        description="按单据类型和单号打印任一单据；--list 列出可打印的单据。",
    )
    doc.add_argument("--list", action="store_true", help="列出可打印的单据类型及其打印设置")
    doc.add_argument("kind", nargs="?", metavar="KIND", help="单据类型，如 intake-sheet")
    doc.add_argument("ref", nargs="?", metavar="REF", help="单号，如工单号 RO20261127-0001")
    where = doc.add_mutually_exclusive_group()
    where.add_argument("--printer", help="打印机名称（默认用该单据的打印设置）")
    where.add_argument("--pdf", type=Path, metavar="FILE", help="只写出 PDF 文件，不打印、不记录打印任务")
    doc.add_argument("--reason", help="重印原因（单据已打印过时必填）")
    doc.add_argument("--full-phone", action="store_true", help="打印完整电话号码（默认隐藏中间四位）")
    doc.set_defaults(handler=run_print)
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


def run_print(args: argparse.Namespace, ctx: CommandContext) -> int:
    from app.printing import PrintOptions, ReprintNeedsReason

    documents = ctx.services().printing.documents
    if args.list:
        if args.kind or args.ref:
            raise CommandError("--list 不能与单据类型、单号同用")
        profiles = ctx.services().printing.profiles()
        for spec in documents.kinds():
            profile = profiles[spec.profile_kind]
            out(f"{spec.kind.value}\t{spec.label}\t{spec.reference_label}\t{profile.describe()}")
        return 0
    if not args.kind or not args.ref:
        raise CommandError("请给出单据类型和单号，如 print intake-sheet RO20261127-0001（--list 列出类型）")
    try:
        spec = documents.spec(args.kind)
    except NotFound as e:
        raise CommandError(e.message) from None
    options = PrintOptions(show_full_phone=args.full_phone)
    if args.pdf is not None:
        if args.reason:
            raise CommandError("--reason 只用于重印，不能与 --pdf 同用")
        preview = documents.preview(SYSTEM_ACTOR, spec.kind, args.ref, options)
        try:
            args.pdf.write_bytes(preview.pdf)
        except OSError as e:
            raise CommandError(f"无法写入 {args.pdf}：{e.strerror or e}") from e
        out(f"已写出 {spec.label} {preview.reference}：{args.pdf}（{preview.pages} 页，未打印）")
        return 0
    # PrinterUnavailable (the job is kept pending) is a QiantaiError: main() prints its one line
    # and exits 1. A print that should be a reprint (or the reverse) is a mistake in the arguments.
    try:
        if args.reason:
            done = documents.reprint(SYSTEM_ACTOR, spec.kind, args.ref, args.reason, options, args.printer)
        else:
            done = documents.print(SYSTEM_ACTOR, spec.kind, args.ref, options, args.printer)
    except ReprintNeedsReason as e:
        raise CommandError(f"{e.message}（--reason 原因）") from None
    except ValidationError as e:
        raise CommandError(e.message) from None
    job = done.job
    nth = "" if done.print_no == 1 else f"，第 {done.print_no} 次打印"
    out(
        f"已发送到打印机 {job.printer}：{spec.label} {done.reference}，打印任务 {job.id}，"
        f"{job.pages} 页 × {job.copies} 份{nth}"
    )
    return 0


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
