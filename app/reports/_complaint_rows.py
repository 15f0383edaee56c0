"""The complaints' queries and their rows: the list (open ones without a reply first, the nearest
deadline first; or every one, the newest first), one complaint with its log, and the counts.

Customers, vehicles and orders are read in the same query (read-only joins across owners: one
query for the list instead of one call per row)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, false, func, or_, select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.reports.complaint_kinds import (
    ACTION_KIND_LABELS,
    COMPLAINT_CATEGORY_LABELS,
    COMPLAINT_CHANNEL_LABELS,
    COMPLAINT_STATUS_LABELS,
    ActionKind,
    ComplaintStatus,
    category_of,
    channel_of,
    reply_state,
)
from app.reports.complaint_records import (
    ActionRecord,
    ComplaintInfo,
    ComplaintPage,
    ComplaintQuery,
    ComplaintRow,
    Scope,
)
from app.reports.complaint_rules import ComplaintRules
from app.users import display_names
from app.validation import format_plate, mask_phone
from app.wording import say
from db.models import Complaint, ComplaintAction, Customer, CustomerPhone, RepairOrder, Vehicle, VehicleModel

LIST_LIMIT = 500
SUMMARY_LENGTH = 80


def local_start(day: dt.date) -> dt.datetime:
    """The UTC moment the counter's local day begins."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def _main_phone() -> Any:
    return (
        select(CustomerPhone.number)
        .where(CustomerPhone.customer_id == Complaint.customer_id)
        .order_by(CustomerPhone.position, CustomerPhone.id)
        .limit(1)
        .scalar_subquery()
    )


def _base() -> Select[Any]:
    return (
        select(
            Complaint,
            Customer.name,
            _main_phone().label("phone"),
            Vehicle.plate,
            Vehicle.vin,
            RepairOrder.ro_number,
        )
        .join(Customer, Customer.id == Complaint.customer_id)
        .outerjoin(Vehicle, Vehicle.id == Complaint.vehicle_id)
        .outerjoin(RepairOrder, RepairOrder.id == Complaint.repair_order_id)
    )


def _conditions(
    query: ComplaintQuery,
    user_id: int | None,
    customers: Collection[int] | None,
    vehicles: Collection[int] | None,
) -> list[ColumnElement[bool]]:
    """customers / vehicles: what the lookup found for the query's text (None: no text)."""
    where: list[ColumnElement[bool]] = []
    if query.scope is Scope.OPEN:
        where.append(Complaint.status != ComplaintStatus.CLOSED.value)
    if query.mine:
        where.append(Complaint.assigned_to == user_id if user_id is not None else false())
    if query.since is not None:
        where.append(Complaint.opened_at >= local_start(query.since))
    if query.until is not None:
        where.append(Complaint.opened_at < local_start(query.until + dt.timedelta(days=1)))
    if customers is not None or vehicles is not None:
        found: list[ColumnElement[bool]] = []
        if customers:
            found.append(Complaint.customer_id.in_(list(customers)))
        if vehicles:
            found.append(Complaint.vehicle_id.in_(list(vehicles)))
        where.append(or_(*found) if found else false())
    return where


def _order(query: ComplaintQuery) -> tuple[Any, ...]:
    if query.scope is Scope.OPEN:
        unanswered_first = case((Complaint.replied_at.is_(None), 0), else_=1)
        return unanswered_first, Complaint.reply_due_at, Complaint.id
    return Complaint.opened_at.desc(), Complaint.id.desc()


def summary_of(description: str) -> str:
    text = " ".join(description.split())
    return text if len(text) <= SUMMARY_LENGTH else text[: SUMMARY_LENGTH - 1] + "…"


def plate_text(plate: str | None, vin: str | None) -> str:
    if plate:
        return format_plate(plate)
    return vin[-6:] if vin else ""


def row_of(found: Any, names: dict[int, str], now: dt.datetime, rules: ComplaintRules) -> ComplaintRow:
    """found: a row of _base() (the complaint, the customer's name, phone, plate, VIN, RO number)."""
    c: Complaint = found[0]
    customer, phone, plate, vin, ro_number = found[1:]
    channel = channel_of(c.channel)
    category = category_of(c.category)
    status = ComplaintStatus(c.status)
    return ComplaintRow(
        id=c.id,
        version=c.version,
        opened_at=c.opened_at,
        opened_by_id=c.opened_by,
        opened_by=names.get(c.opened_by, "") if c.opened_by is not None else "",
        channel=channel,
        channel_label=COMPLAINT_CHANNEL_LABELS[channel],
        category=category,
        category_label=COMPLAINT_CATEGORY_LABELS[category],
        status=status,
        status_label=COMPLAINT_STATUS_LABELS[status],
        customer_id=c.customer_id,
        customer=customer,
        phone_masked=mask_phone(phone) if phone else "",
        vehicle_id=c.vehicle_id,
        plate=plate_text(plate, vin),
        ro_number=ro_number or "",
        summary=summary_of(c.description),
        assigned_to=c.assigned_to,
        assigned_name=names.get(c.assigned_to, "") if c.assigned_to is not None else "",
        reply_due_at=c.reply_due_at,
        replied_at=c.replied_at,
        reply=reply_state(c.reply_due_at, c.replied_at, now, rules.warning),
        closed_at=c.closed_at,
    )


def _rows(
    s: Session, found: Sequence[Any], now: dt.datetime, rules: ComplaintRules
) -> tuple[ComplaintRow, ...]:
    names = display_names(s, [u for r in found for u in (r[0].opened_by, r[0].assigned_to)])
    return tuple(row_of(r, names, now, rules) for r in found)


def complaint_page(
    s: Session,
    query: ComplaintQuery,
    user_id: int | None,
    customers: Collection[int] | None,
    vehicles: Collection[int] | None,
    now: dt.datetime,
    rules: ComplaintRules,
    limit: int = LIST_LIMIT,
) -> ComplaintPage:
    where = _conditions(query, user_id, customers, vehicles)
    found = s.execute(_base().where(*where).order_by(*_order(query)).limit(limit)).all()
    rows = _rows(s, found, now, rules)
    total = len(rows)
    if total >= limit:
        total = int(s.scalar(select(func.count(Complaint.id)).where(*where)) or 0)
    unresolved = Complaint.status != ComplaintStatus.CLOSED.value
    open_total, overdue_total = s.execute(
        select(
            func.count(Complaint.id),
            func.coalesce(
                func.sum(
                    case((and_(Complaint.replied_at.is_(None), Complaint.reply_due_at < now), 1), else_=0)
                ),
                0,
            ),
        ).where(unresolved)
    ).one()
    return ComplaintPage(rows, total, int(open_total), int(overdue_total))


def load_complaint(s: Session, complaint_id: int) -> Complaint:
    row = s.get(Complaint, complaint_id)
    if row is None:
        raise NotFound(say("投诉 {complaint_id} 不存在", complaint_id=complaint_id))
    return row


def complaint_info(s: Session, complaint_id: int, now: dt.datetime, rules: ComplaintRules) -> ComplaintInfo:
    found = s.execute(_base().where(Complaint.id == complaint_id)).one_or_none()
    if found is None:
        raise NotFound(say("投诉 {complaint_id} 不存在", complaint_id=complaint_id))
    c: Complaint = found[0]
    actions = s.scalars(
        select(ComplaintAction)
        .where(ComplaintAction.complaint_id == complaint_id)
        .order_by(ComplaintAction.at, ComplaintAction.id)
    ).all()
    names = display_names(s, [c.opened_by, c.assigned_to, *(a.user_id for a in actions)])
    model = ""
    if c.vehicle_id is not None:
        brand_name = s.execute(
            select(VehicleModel.brand, VehicleModel.name)
            .join(Vehicle, Vehicle.model_id == VehicleModel.id)
            .where(Vehicle.id == c.vehicle_id)
        ).one_or_none()
        if brand_name is not None:
            model = " ".join(x for x in brand_name if x)
    phone = found.phone or ""
    return ComplaintInfo(
        row=row_of(found, names, now, rules),
        description=c.description,
        phone=phone,
        vin=found.vin or "",
        model=model,
        resolution=c.resolution,
        satisfied=c.customer_satisfied,
        actions=tuple(
            ActionRecord(
                at=a.at,
                user=names.get(a.user_id, "") if a.user_id is not None else "",
                kind=ActionKind(a.kind),
                kind_label=ACTION_KIND_LABELS[ActionKind(a.kind)],
                text=a.text,
            )
            for a in actions
        ),
    )
