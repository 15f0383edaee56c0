"""Reading and writing repair_orders rows: the one place that turns a row into an OrderInfo."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session, selectinload

from app.errors import NotFound, ValidationError
from app.orders.lines import LineInfo, Totals, line_info, line_row, line_snapshot, totals_of
from app.orders.records import NoteInfo, OrderInfo, StatusEventInfo, split_job_types
from app.orders.status import CLOSED_STATUSES, STATUS_LABELS, JobType, LineKind, OrderStatus, Payer
from app.vehicles import lock_vehicle
from app.warranty import RepairFacts, RepairLineFacts, SanbaoAlert, VisitState
from app.wording import label, say
from db.models import RepairOrder, RoLine

QUALITY_REPAIR_JOBS = frozenset({JobType.REPAIR.value, JobType.WARRANTY.value})
_STATUSES = {status.value: status for status in OrderStatus}


OrderRow = RepairOrder | Row[*tuple[Any, ...]]
LineRow = RoLine | Row[*tuple[Any, ...]]


def order_info(
    row: OrderRow,
    advisor_name: str,
    notes: tuple[NoteInfo, ...] = (),
    events: tuple[StatusEventInfo, ...] = (),
    alerts: tuple[SanbaoAlert, ...] = (),
    lines: Sequence[LineRow] | None = None,
) -> OrderInfo:
    """`lines` are taken from the ORM relationship unless given (as rows)."""
    infos = tuple(line_info(line) for line in (row.lines if lines is None else lines))
    status = _STATUSES[row.status]
    return OrderInfo(
        id=row.id,
        ro_number=row.ro_number,
        vehicle_id=row.vehicle_id,
        customer_id=row.customer_id,
        advisor_id=row.advisor_id,
        advisor_name=advisor_name,
        appointment_id=row.appointment_id,
        status=status,
        status_label=STATUS_LABELS[status],
        opened_at=row.opened_at,
        promised_at=row.promised_at,
        delivered_at=row.delivered_at,
        mileage_in=row.mileage_in,
        mileage_out=row.mileage_out,
        fuel_level=row.fuel_level,
        customer_statement=row.customer_statement,
        job_types=split_job_types(row.job_types),
        is_appointment=row.is_appointment,
        customer_waits=row.customer_waits,
        brought_by=row.brought_by,
        brought_by_phone=row.brought_by_phone,
        estimate_fen=row.estimate_fen,
        estimate_approved=row.estimate_approved,
        loan_car=row.loan_car,
        cancel_reason=row.cancel_reason,
        lines=infos,
        totals=totals_of(infos),
        version=row.version,
        notes=notes,
        events=events,
        alerts=alerts,
        excluded_hours=row.excluded_hours,
    )


def facts_of(row: OrderRow, lines: Sequence[LineRow] | None = None) -> RepairFacts:
    """The order as the 三包 rules see it (they know nothing of job types, statuses or payers)."""
    return RepairFacts(
        order_id=row.id,
        ro_number=row.ro_number,
        opened_at=row.opened_at,
        delivered_at=row.delivered_at,
        state=visit_state(row.status),
        mileage_in=row.mileage_in,
        quality_repair=quality_repair(split_job_types(row.job_types)),
        statement=row.customer_statement,
        lines=tuple(
            line_facts(line.kind, line.code, line.description, line.payer)
            for line in (row.lines if lines is None else lines)
        ),
        loan_car=row.loan_car,
        excluded_hours=row.excluded_hours or 0,
    )


def visit_state(status: str) -> VisitState:
    if status == OrderStatus.CANCELLED:
        return VisitState.CANCELLED
    return VisitState.DELIVERED if status == OrderStatus.DELIVERED else VisitState.OPEN


def quality_repair(job_types: Iterable[str]) -> bool | None:
    """一般维修 and 索赔 are product-quality repairs; None while no job type is chosen."""
    chosen = frozenset(job_types)
    return bool(chosen & QUALITY_REPAIR_JOBS) if chosen else None


def line_facts(kind: str, code: str, description: str, payer: str) -> RepairLineFacts:
    """A line as the rules see it: a warranty-paid labour line's operation code, a part line's
    part number (upper case, trimmed: "the same part" of Art. 24 condition 3)."""
    warranty_labour = kind == LineKind.LABOUR and payer == Payer.WARRANTY
    is_part = kind == LineKind.PART
    return RepairLineFacts(
        description,
        is_part,
        code if warranty_labour else "",
        part_code=code.strip().upper() if is_part else "",
    )


def order_snapshot(row: RepairOrder) -> dict[str, object]:
    return {
        "status": row.status,
        "mileage_in": row.mileage_in,
        "mileage_out": row.mileage_out,
        "fuel_level": row.fuel_level,
        "customer_statement": row.customer_statement,
        "job_types": row.job_types,
        "is_appointment": row.is_appointment,
        "customer_waits": row.customer_waits,
        "promised_at": row.promised_at,
        "brought_by": row.brought_by,
        "brought_by_phone": row.brought_by_phone,
        "estimate_fen": row.estimate_fen,
        "estimate_approved": row.estimate_approved,
        "loan_car": row.loan_car,
        "excluded_hours": row.excluded_hours,
        "total_fen": row.total_fen,
        "lines": [line_snapshot(line_info(line)) for line in row.lines],
    }


def set_lines(row: RepairOrder, lines: tuple[LineInfo, ...]) -> Totals:
    totals = totals_of(lines)
    row.lines = [line_row(line) for line in lines]
    row.labour_fen = totals.labour_fen
    row.parts_fen = totals.parts_fen
    row.total_fen = totals.total_fen
    return totals


def load_order(s: Session, order_id: int, *, for_update: bool = False) -> RepairOrder:
    q = select(RepairOrder).where(RepairOrder.id == order_id).options(selectinload(RepairOrder.lines))
    if for_update and s.get_bind().dialect.name == "postgresql":
        q = q.with_for_update()
    row = s.scalar(q)
    if row is None:
        raise NotFound(say("工单 {order_id} 不存在", order_id=order_id))
    return row


def lock_order_and_vehicle(s: Session, order_id: int) -> RepairOrder:
    """The order, locked after its vehicle (the one lock order: vehicle, order, booking), for a
    change that checks or writes the vehicle's readings: another counter opening an order on the
    car, or changing one of its orders, waits until this one is done."""
    vehicle_id = s.scalar(select(RepairOrder.vehicle_id).where(RepairOrder.id == order_id))
    if vehicle_id is not None:  # an order's vehicle never changes
        lock_vehicle(s, vehicle_id)
    return load_order(s, order_id, for_update=True)


def ensure_editable(row: RepairOrder) -> None:
    if row.status in CLOSED_STATUSES:
        raise ValidationError(
            "status",
            say(
                "工单 {ro_number} 已{status}，不能再修改，只能添加备注",
                ro_number=row.ro_number,
                status=label(STATUS_LABELS[OrderStatus(row.status)]),
            ),
        )
