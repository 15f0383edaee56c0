"""`qiantai audit verify`: checks the audit log's hash chain from its first row."""

from __future__ import annotations

import argparse

from app.commands.base import CommandContext, Subparsers, out
from app.roles import SYSTEM_ACTOR

SHOWN_BREAKS = 20


def register(sub: Subparsers) -> None:
    audit = sub.add_parser("audit", help="审计日志")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True, metavar="{verify}")
    verify = audit_sub.add_parser("verify", help="校验审计日志的哈希链，指出第一处断点")
    verify.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace, ctx: CommandContext) -> int:
    from app.audit_verify import verify_chain

    report = verify_chain(ctx.services().db, SYSTEM_ACTOR)
    if report.ok:
        out(f"审计日志完好：已校验 {report.checked} 条")
        return 0
    out(f"审计日志有断点（已校验 {report.checked} 条，发现 {report.break_count} 处），第一处：")
    for found in report.breaks[:SHOWN_BREAKS]:
        out(f"  {found.message}")
    if report.break_count > SHOWN_BREAKS:
        out(f"  …… 另有 {report.break_count - SHOWN_BREAKS} 处")
    return 1
