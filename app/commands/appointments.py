"""`qiantai appointments list --date YYYY-MM-DD [--json]` (a day's bookings for scripts and wall
lists, phones masked) and `qiantai appointments close-day` (the bookings of the days before today
not arrived become no-shows; the program does it at every start too)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import TYPE_CHECKING

from app.commands.base import CommandContext, CommandError, Subparsers, out
from app.roles import SYSTEM_ACTOR

if TYPE_CHECKING:
    from app.appointments import Booking


def register(sub: Subparsers) -> None:
    parser = sub.add_parser(
        "appointments",
        help="预约：列出某天的预约、把前几天未到店的预约标为爽约",
        description="预约（预约到店）的命令行工具。",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        help="列出某天的预约（按时段；电话部分隐藏）",
        description="按时段列出某天的全部预约及其状态（已预约、已迟到、已到店、爽约、已取消），"
        "电话中间几位隐藏，供脚本和打印上墙的清单使用。",
    )
    listing.add_argument("--date", metavar="YYYY-MM-DD", help="哪一天（默认今天）")
    listing.add_argument("--json", action="store_true", help="以 JSON 输出，供脚本使用")
    listing.set_defaults(handler=run_list)
    closing = actions.add_parser(
        "close-day",
        help="把今天以前仍未到店的预约标为爽约（程序每次启动时也会做）",
        description="今天以前的预约仍为“已预约”（车未到店开单）的，标为爽约并记入预约记录。",
    )
    closing.add_argument("--today", metavar="YYYY-MM-DD", help="把哪天当作今天（默认今天）")
    closing.set_defaults(handler=run_close_day)


def _day(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise CommandError(f"日期应写作 YYYY-MM-DD，如 2026-11-27：{text}") from None


def as_json(b: Booking) -> dict[str, object]:
    from app.validation import format_plate, mask_phone

    return {
        "id": b.id,
        "slot_at": b.slot_at.astimezone().isoformat(),
        "slot_end": b.slot_end.astimezone().isoformat(),
        "state": b.state.value,
        "status": b.status.value,
        "work_kind": b.work_kind.value,
        "job_type": b.job_type,
        "advisor": b.advisor_name,
        "plate": format_plate(b.plate) if b.plate else "",
        "model": b.model_name,
        "customer": b.customer_name,
        "phone": mask_phone(b.phone) if b.phone else "",
        "customer_words": b.customer_words,
        "customer_waits": b.customer_waits,
        "source": b.source.value,
        "confirmation": b.confirmation.value if b.confirmation else None,
        "ro_number": b.ro_number,
    }


def _line(b: Booking) -> str:
    from app.appointments import BOOKING_STATE_LABELS, WORK_KIND_LABELS
    from app.validation import format_plate, mask_phone

    start, end = b.slot_at.astimezone(), b.slot_end.astimezone()
    return "\t".join(
        [
            f"{start:%H:%M}-{end:%H:%M}",
            BOOKING_STATE_LABELS[b.state],
            format_plate(b.plate) if b.plate else "—",
            WORK_KIND_LABELS[b.work_kind],
            b.job_type,
            b.advisor_name or "—",
            b.customer_name or "—",
            mask_phone(b.phone) if b.phone else "—",
            " ".join(b.customer_words.split()) or "—",
            b.ro_number,
        ]
    ).rstrip("\t")


def run_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    from app.clock import local_today

    services = ctx.services()
    day = _day(args.date) or local_today(services.clock)
    bookings = services.appointments.bookings(SYSTEM_ACTOR, day)
    if args.json:
        out(
            json.dumps(
                {"date": day.isoformat(), "bookings": [as_json(b) for b in bookings]},
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    out(f"{day.isoformat()} 预约 {len(bookings)} 个")
    for b in bookings:
        out(_line(b))
    return 0


def run_close_day(args: argparse.Namespace, ctx: CommandContext) -> int:
    closed = ctx.services().appointments.close_days(SYSTEM_ACTOR, _day(args.today))
    out(f"已把 {closed} 个未到店的预约标为爽约" if closed else "没有需要标为爽约的预约")
    return 0
