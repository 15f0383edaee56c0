"""How long repair records are kept: the one rule, and the guard that refuses deleting them early.

三包 Art. 17 (docs/domain/retention.md): the repair record is kept at least 6 years. A record's
period runs from its *relevant date* (the day the record was last completed or changed, local
time), counted as the 三包 periods are (民法典 Art. 201-202): the start day itself does not count,
and 6 years end on the same-numbered day 6 years later (29 February: the 28th). The record is kept
through that last day; from the day after it may be deleted, and its customer anonymised.

- a repair order: delivered or cancelled: the later of its delivery and its last change; an open
  order has no end yet (it is still being written).
- an inspection: the later of its own last change and its order's relevant date.
- a warranty claim: the later of its last change (decided, paid...) and its order's relevant date.
- an audit row: its own time, or the relevant date of the record it is about, whichever is later.

No service offers to delete these records; the guard below makes sure none can by accident: a
session that flushes the deletion of an order, inspection or claim inside its period, or executes
a bulk DELETE on their tables, is refused with RetentionRefused. Audit rows are refused by the
database itself (triggers of migrations 0001 and 0006).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session

from app.clock import local_day
from app.errors import ValidationError
from app.wording import joined, say
from db.models import Inspection, RepairOrder, WarrantyClaim

RETENTION_YEARS = 6
_DELIVERED = "delivered"  # app.orders.OrderStatus values (the core cannot import orders)
_CANCELLED = "cancelled"
_CLOSED_ORDER = frozenset({_DELIVERED, _CANCELLED})
GUARDED_TABLES = frozenset({"repair_orders", "inspections", "warranty_claims", "audit_log"})


class RetentionRefused(ValidationError):
    """A record (or a customer's records) is still inside its retention period."""

    def __init__(self, message: str) -> None:
        super().__init__("retention", message)


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one: that month's last day
        return day.replace(year=day.year + years, day=28)


def last_kept_day(relevant: dt.date) -> dt.date:
    """The last day of the retention period of a record whose relevant date is `relevant`."""
    return add_years(relevant, RETENTION_YEARS)


def _latest(*times: dt.datetime | None) -> dt.datetime | None:
    present = [t if t.tzinfo else t.replace(tzinfo=dt.UTC) for t in times if t is not None]
    return max(present) if present else None


def order_relevant(order: RepairOrder) -> dt.date | None:
    """None while the order is open: its period has not begun."""
    if order.status not in _CLOSED_ORDER:
        return None
    latest = _latest(order.delivered_at, order.updated_at, order.opened_at)
    return None if latest is None else local_day(latest)


def _later(own: dt.datetime | None, order: RepairOrder | None) -> dt.date | None:
    order_day = order_relevant(order) if order is not None else None
    if order is not None and order_day is None:
        return None  # the order is still open
    own_day = local_day(own) if own is not None else None
    days = [d for d in (own_day, order_day) if d is not None]
    return max(days) if days else None


def inspection_relevant(inspection: Inspection, order: RepairOrder | None) -> dt.date | None:
    return _later(inspection.updated_at, order)


def claim_relevant(claim: WarrantyClaim, order: RepairOrder | None) -> dt.date | None:
    return _later(_latest(claim.updated_at, claim.decided_at, claim.paid_at), order)


@dataclass(frozen=True)
class Kept:
    """A record inside its retention period: what it is, and the last day it is kept."""

    what: str  # e.g. "工单 RO20261127-0001"
    until: dt.date | None  # None: still open, the period has not begun

    @property
    def reason(self) -> str:
        if self.until is None:
            return say("{what}尚未完结，保存期限还未开始计算", what=self.what)
        return say("{what}须保存至 {until}（含）", what=self.what, until=self.until.isoformat())


def kept(what: str, relevant: dt.date | None, today: dt.date) -> Kept | None:
    """The record's Kept when it is still inside its period on `today`, else None."""
    if relevant is None:
        return Kept(what, None)
    until = last_kept_day(relevant)
    return Kept(what, until) if today <= until else None


def refusal(action: str, inside: list[Kept]) -> RetentionRefused:
    shown = joined((k.reason for k in inside[:5]), say("；"))
    more = say("等 {n} 条记录", n=len(inside)) if len(inside) > 5 else ""
    return RetentionRefused(
        say(
            "不能{action}：维修记录（工单、检查单、索赔及其操作记录）依三包规定至少保存 {years} 年。"
            "{shown}{more}。",
            action=action,
            years=RETENTION_YEARS,
            shown=shown,
            more=more,
        )
    )


CLOCK_KEY = "qiantai.retention.clock"  # session.info: a test's clock instead of the system's


def _today(session: Session) -> dt.date:
    clock = session.info.get(CLOCK_KEY)
    now = clock() if clock is not None else dt.datetime.now(dt.UTC)
    return now.astimezone().date()


def _check_deleted(session: Session, flush_context: Any, instances: Any) -> None:
    if not session.deleted:
        return
    today = _today(session)
    inside: list[Kept] = []
    for obj in session.deleted:
        if isinstance(obj, RepairOrder):
            found = kept(say("工单 {no}", no=obj.ro_number), order_relevant(obj), today)
        elif isinstance(obj, Inspection):
            order = session.get(RepairOrder, obj.repair_order_id)
            found = kept(
                say("检查单（工单 {id}）", id=obj.repair_order_id), inspection_relevant(obj, order), today
            )
        elif isinstance(obj, WarrantyClaim):
            order = session.get(RepairOrder, obj.repair_order_id)
            found = kept(say("索赔单 {no}", no=obj.claim_no), claim_relevant(obj, order), today)
        else:
            continue
        if found is not None:
            inside.append(found)
    if inside:
        raise refusal(say("删除"), inside)


def _check_bulk(state: ORMExecuteState) -> None:
    if not state.is_delete:
        return
    table = getattr(state.statement, "table", None)
    if getattr(table, "name", None) in GUARDED_TABLES:
        # A bulk DELETE cannot be checked row by row: the program never issues one on these tables.
        raise RetentionRefused(
            say(
                "不能批量删除{table}：维修记录依三包规定至少保存 {years} 年，只能逐条核对保存期限。",
                table=table.name,  # type: ignore[union-attr]
                years=RETENTION_YEARS,
            )
        )


event.listen(Session, "before_flush", _check_deleted)
event.listen(Session, "do_orm_execute", _check_bulk)
