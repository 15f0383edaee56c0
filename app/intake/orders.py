"""Repair orders (工单): open, edit while open, estimate approval, notes, cancellation.

- The RO number is taken in the same transaction as the order (numbering.py).
- Mileage in: lower than the vehicle's last reading is refused unless the advisor states that the
  odometer was changed (`odometer_changed=True`), which is kept on the mileage reading and audited.
- The customer's statement is required for repairs (一般维修, 索赔, 事故, 钣喷: 三包 Art. 17 wants it
  on the record); a maintenance or internal order may go without.
- Edits are version-checked: a stale version raises Conflict and nothing is written. A delivered
  or cancelled order cannot be edited any more; notes (ro_notes) can always be added.
- Estimate: `estimate_fen` is what the customer was quoted; approving records it (by default the
  current total). Changing the quoted amount withdraws the approval; lines whose total exceeds
  the approved estimate show `over_estimate` so the advisor asks the customer again.
- Cancelling needs a reason. Who may cancel: holders of CANCEL_ORDERS (supervisor, admin) any
  order not yet delivered; the advisor who opened an order may cancel it while it is still
  waiting (待派工), i.e. before the workshop started on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, select, update
from sqlalchemy.orm import Session, selectinload

from app import audit
from app.clock import Clock, system_clock
from app.errors import NotFound, PermissionDenied, ValidationError
from app.intake.alerts import RepairFacts, RepairLineFacts, SanbaoAlert, VehicleFacts, sanbao_alerts
from app.intake.errors import FieldWarning, NeedsConfirmation
from app.intake.lines import (
    LineInfo,
    LineInput,
    Totals,
    clean_lines,
    line_info,
    line_row,
    line_snapshot,
    totals_of,
)
from app.intake.numbering import next_ro_number
from app.intake.status import (
    CLOSED_STATUSES,
    FUEL_LEVELS,
    JOB_TYPES,
    STATUS_LABELS,
    JobType,
    OrderStatus,
)
from app.intake.vehicle_models import model_info
from app.intake.warranty import WarrantyKind, warranty_start
from app.roles import Actor, Permission, require
from app.uow import check_version, reading, unit_of_work
from app.validation import validate_phone
from db.models import Appointment, MileageReading, RepairOrder, RoLine, RoNote, RoStatusEvent, User, Vehicle
from db.uow import Database

MAX_STATEMENT = 2000
MAX_NOTE = 2000
STATEMENT_OPTIONAL = frozenset({JobType.MAINTENANCE.value, JobType.INTERNAL.value})
CLOSED_VALUES = [status.value for status in CLOSED_STATUSES]
_STATUSES = {status.value: status for status in OrderStatus}


@dataclass(frozen=True)
class OrderEdit:
    """What may change while the order is open (the whole form is saved at once)."""

    mileage_in: int
    job_types: tuple[str, ...]
    customer_statement: str = ""
    fuel_level: str = "1/2"
    is_appointment: bool = False
    customer_waits: bool = False
    promised_at: dt.datetime | None = None
    brought_by: str = ""
    brought_by_phone: str = ""
    lines: tuple[LineInput, ...] = ()
    estimate_fen: int | None = None
    loan_car: bool = False
    odometer_changed: bool = False


@dataclass(frozen=True, kw_only=True)
class OrderInput(OrderEdit):
    """The intake form: the order's fields, and the car (and booking) it is opened for."""

    vehicle_id: int
    appointment_id: int | None = None


@dataclass(frozen=True)
class NoteInfo:
    id: int
    at: dt.datetime
    user_id: int | None
    user_name: str
    text: str


@dataclass(frozen=True)
class StatusEventInfo:
    at: dt.datetime
    from_status: OrderStatus | None
    to_status: OrderStatus
    user_id: int | None
    user_name: str
    note: str


@dataclass(frozen=True)
class OrderInfo:
    id: int
    ro_number: str
    vehicle_id: int
    customer_id: int
    advisor_id: int
    advisor_name: str
    appointment_id: int | None
    status: OrderStatus
    status_label: str
    opened_at: dt.datetime
    promised_at: dt.datetime | None
    delivered_at: dt.datetime | None
    mileage_in: int
    mileage_out: int | None
    fuel_level: str
    customer_statement: str
    job_types: tuple[str, ...]
    is_appointment: bool
    customer_waits: bool
    brought_by: str
    brought_by_phone: str
    estimate_fen: int
    estimate_approved: bool
    loan_car: bool
    cancel_reason: str | None
    lines: tuple[LineInfo, ...]
    totals: Totals
    version: int
    notes: tuple[NoteInfo, ...] = ()
    events: tuple[StatusEventInfo, ...] = ()
    alerts: tuple[SanbaoAlert, ...] = ()

    @property
    def editable(self) -> bool:
        return self.status not in CLOSED_STATUSES

    @property
    def over_estimate(self) -> bool:
        """The lines now cost more than the customer approved."""
        return self.estimate_approved and self.totals.total_fen > self.estimate_fen


def split_job_types(text: str) -> tuple[str, ...]:
    return tuple(j for j in text.split(",") if j)


# An order as the ORM loads it, or a plain row of the repair_orders table (the card reads many
# orders at once without building ORM objects); both are read by attribute.
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
    )


def facts_of(row: OrderRow, lines: Sequence[LineRow] | None = None) -> RepairFacts:
    return RepairFacts(
        order_id=row.id,
        ro_number=row.ro_number,
        opened_at=row.opened_at,
        delivered_at=row.delivered_at,
        status=row.status,
        mileage_in=row.mileage_in,
        job_types=frozenset(split_job_types(row.job_types)),
        statement=row.customer_statement,
        lines=tuple(
            RepairLineFacts(line.kind, line.code, line.description, line.payer)
            for line in (row.lines if lines is None else lines)
        ),
        loan_car=row.loan_car,
    )


def vehicle_facts(vehicle: Vehicle, km: int | None = None) -> VehicleFacts:
    model = model_info(vehicle.model)
    start, _ = warranty_start(vehicle.invoice_date, vehicle.delivery_date, vehicle.purchase_date)
    return VehicleFacts(
        start=start,
        sanbao=model.term(WarrantyKind.SANBAO),
        repair=model.term(WarrantyKind.REPAIR),
        km=km if km is not None else vehicle.last_mileage_km,
    )


def user_names(s: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {
        uid: name for uid, name in s.execute(select(User.id, User.display_name).where(User.id.in_(wanted)))
    }


def clean_job_types(job_types: Sequence[str]) -> tuple[str, ...]:
    cleaned: list[str] = []
    for raw in job_types:
        job = raw.strip()
        if job not in JOB_TYPES:
            raise ValidationError("job_types", f"未知的维修类型“{job}”，可选：{'、'.join(JOB_TYPES)}")
        if job not in cleaned:
            cleaned.append(job)
    if not cleaned:
        raise ValidationError("job_types", "请至少选择一种维修类型")
    return tuple(j for j in JOB_TYPES if j in cleaned)


@dataclass(frozen=True)
class _Header:
    job_types: tuple[str, ...]
    statement: str
    fuel_level: str
    promised_at: dt.datetime | None
    brought_by: str
    brought_by_phone: str
    estimate_fen: int | None
    mileage_in: int


def clean_header(
    *,
    job_types: Sequence[str],
    statement: str,
    fuel_level: str,
    promised_at: dt.datetime | None,
    brought_by: str,
    brought_by_phone: str,
    estimate_fen: int | None,
    mileage_in: int,
    opened_at: dt.datetime,
) -> _Header:
    jobs = clean_job_types(job_types)
    text = statement.strip()
    if not text and not set(jobs) <= STATEMENT_OPTIONAL:
        raise ValidationError("customer_statement", "请记录客户对故障的描述（三包维修记录要求）")
    if len(text) > MAX_STATEMENT:
        raise ValidationError("customer_statement", f"客户描述最多 {MAX_STATEMENT} 字")
    if fuel_level not in FUEL_LEVELS:
        raise ValidationError("fuel_level", f"油量应为：{' '.join(FUEL_LEVELS)}")
    if promised_at is not None:
        if promised_at.tzinfo is None:
            raise ValidationError("promised_at", "预计交车时间缺少时区")
        if promised_at < opened_at:
            raise ValidationError("promised_at", "预计交车时间不能早于接车时间")
    who = " ".join(brought_by.split())
    if len(who) > 64:
        raise ValidationError("brought_by", "送修人姓名最多 64 字")
    phone = ""
    if brought_by_phone.strip():
        try:
            check = validate_phone(brought_by_phone)
        except ValidationError as e:
            raise ValidationError("brought_by_phone", e.message) from None
        phone = check.number + (f"-{check.extension}" if check.extension else "")
    if estimate_fen is not None and (
        isinstance(estimate_fen, bool) or not isinstance(estimate_fen, int) or estimate_fen < 0
    ):
        raise ValidationError("estimate_fen", "预估金额应为不小于 0 的整数（分）")
    if isinstance(mileage_in, bool) or not isinstance(mileage_in, int) or mileage_in < 0:
        raise ValidationError("mileage_in", "请填写进厂里程（公里，整数）")
    if mileage_in > 3_000_000:
        raise ValidationError("mileage_in", "进厂里程过大，请核对")
    return _Header(jobs, text, fuel_level, promised_at, who, phone, estimate_fen, mileage_in)


def check_mileage(
    mileage: int, previous: int | None, odometer_changed: bool, field: str = "mileage_in"
) -> None:
    if previous is not None and mileage < previous and not odometer_changed:
        raise ValidationError(
            field,
            f"里程 {mileage} 公里低于上次记录的 {previous} 公里。"
            "如仪表已更换或调整，请勾选“仪表已更换”后再保存",
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
        raise NotFound(f"工单 {order_id} 不存在")
    return row


def ensure_editable(row: RepairOrder) -> None:
    if row.status in CLOSED_STATUSES:
        raise ValidationError(
            "status",
            f"工单 {row.ro_number} 已{STATUS_LABELS[OrderStatus(row.status)]}，不能再修改，只能添加备注",
        )


def previous_reading(s: Session, vehicle_id: int, order_id: int) -> int | None:
    """The latest reading that is not this order's own."""
    return s.scalar(
        select(MileageReading.km)
        .where(
            MileageReading.vehicle_id == vehicle_id,
            (MileageReading.repair_order_id != order_id) | MileageReading.repair_order_id.is_(None),
        )
        .order_by(MileageReading.read_at.desc(), MileageReading.id.desc())
        .limit(1)
    )


def record_visit(s: Session, vehicle_id: int, km: int, at: dt.datetime) -> None:
    """Keeps the vehicle's last reading and visit up to date. A plain UPDATE: these are kept by the
    program, so they do not bump the version a counter editing the vehicle's form holds."""
    s.execute(update(Vehicle).where(Vehicle.id == vehicle_id).values(last_mileage_km=km, last_visit_at=at))


def _form_header(data: OrderEdit, opened_at: dt.datetime) -> _Header:
    """The header fields of the form, checked and cleaned (the same for a new and an open order)."""
    return clean_header(
        job_types=data.job_types,
        statement=data.customer_statement,
        fuel_level=data.fuel_level,
        promised_at=data.promised_at,
        brought_by=data.brought_by,
        brought_by_phone=data.brought_by_phone,
        estimate_fen=data.estimate_fen,
        mileage_in=data.mileage_in,
        opened_at=opened_at,
    )


def _arriving_appointment(s: Session, appointment_id: int | None, vehicle_id: int) -> Appointment | None:
    """The booking this visit fulfils: it must be this car's and still booked."""
    if appointment_id is None:
        return None
    appointment = s.get(Appointment, appointment_id)
    if appointment is None or appointment.vehicle_id != vehicle_id:
        raise ValidationError("appointment_id", "该预约不存在或不是这辆车的预约")
    if appointment.status != "booked":
        raise ValidationError("appointment_id", f"该预约的状态是“{appointment.status}”，不能再用于开单")
    return appointment


class RepairOrderService:
    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._db = db
        self._clock = clock

    # ---------------------------------------------------------------- open
    def open_order(self, actor: Actor, data: OrderInput, confirm_warnings: bool = False) -> OrderInfo:
        """Opens the order and returns it with its 三包 alerts.

        Warnings to confirm (NeedsConfirmation): the vehicle already has an open order."""
        require(actor, Permission.RECEIVE_VEHICLES)
        if actor.user_id is None:
            raise PermissionDenied("系统账号不能开工单，请用服务顾问账号登录")
        now = self._clock()
        header = _form_header(data, now)
        lines = clean_lines(data.lines)
        with unit_of_work(self._db) as s:
            vehicle = s.get(Vehicle, data.vehicle_id)
            if vehicle is None:
                raise NotFound(f"车辆 {data.vehicle_id} 不存在")
            previous_km = vehicle.last_mileage_km
            check_mileage(header.mileage_in, previous_km, data.odometer_changed)
            open_ros = s.scalars(
                select(RepairOrder.ro_number).where(
                    RepairOrder.vehicle_id == vehicle.id, RepairOrder.status.not_in(CLOSED_VALUES)
                )
            ).all()
            if open_ros and not confirm_warnings:
                raise NeedsConfirmation(
                    (
                        FieldWarning(
                            "vehicle_id", f"该车已有未交车的工单 {'、'.join(open_ros)}，确认要再开一张工单吗"
                        ),
                    )
                )
            day = now.astimezone().date()
            row = RepairOrder(
                ro_number=next_ro_number(s, day),
                vehicle_id=vehicle.id,
                customer_id=vehicle.owner_id,
                advisor_id=actor.user_id,
                appointment_id=data.appointment_id,
                opened_at=now,
                promised_at=header.promised_at,
                status=OrderStatus.WAITING.value,
                mileage_in=header.mileage_in,
                fuel_level=header.fuel_level,
                customer_statement=header.statement,
                job_types=",".join(header.job_types),
                is_appointment=data.is_appointment or data.appointment_id is not None,
                customer_waits=data.customer_waits,
                brought_by=header.brought_by,
                brought_by_phone=header.brought_by_phone,
                estimate_fen=header.estimate_fen
                if header.estimate_fen is not None
                else totals_of(lines).total_fen,
                loan_car=data.loan_car,
                created_at=now,
                updated_at=now,
            )
            appointment = _arriving_appointment(s, data.appointment_id, vehicle.id)
            set_lines(row, lines)
            s.add(row)
            s.flush()
            if appointment is not None:
                appointment.status = "arrived"  # the booking is kept: it counts in the appointment share
            s.add(
                RoStatusEvent(
                    repair_order_id=row.id,
                    from_status=None,
                    to_status=row.status,
                    at=now,
                    user_id=actor.user_id,
                    note="接车开单",
                )
            )
            s.add(
                MileageReading(
                    vehicle_id=vehicle.id,
                    read_at=now,
                    km=header.mileage_in,
                    source="intake",
                    repair_order_id=row.id,
                    odometer_changed=data.odometer_changed,
                    user_id=actor.user_id,
                )
            )
            record_visit(s, vehicle.id, header.mileage_in, now)
            audit.record(
                s,
                actor,
                "order.open",
                "repair_order",
                row.id,
                None,
                {"ro_number": row.ro_number, "vehicle_id": vehicle.id} | order_snapshot(row),
            )
            if data.odometer_changed:
                audit.record(
                    s,
                    actor,
                    "mileage.odometer_changed",
                    "vehicle",
                    vehicle.id,
                    {"km": previous_km},
                    {"km": header.mileage_in, "ro_number": row.ro_number},
                )
            s.flush()
            return self._info(s, row, with_alerts=True, vehicle=vehicle)

    # ---------------------------------------------------------------- edit
    def update_order(self, actor: Actor, order_id: int, version: int, data: OrderEdit) -> OrderInfo:
        require(actor, Permission.RECEIVE_VEHICLES)
        lines = clean_lines(data.lines)
        with unit_of_work(self._db) as s:
            row = load_order(s, order_id, for_update=True)
            check_version(row, version)
            ensure_editable(row)
            header = _form_header(data, row.opened_at)
            before = order_snapshot(row)
            if header.mileage_in != row.mileage_in:
                self._change_mileage_in(s, actor, row, header.mileage_in, data.odometer_changed)
            row.job_types = ",".join(header.job_types)
            row.customer_statement = header.statement
            row.fuel_level = header.fuel_level
            row.promised_at = header.promised_at
            row.brought_by = header.brought_by
            row.brought_by_phone = header.brought_by_phone
            row.is_appointment = data.is_appointment or row.appointment_id is not None
            row.customer_waits = data.customer_waits
            row.loan_car = data.loan_car
            if header.estimate_fen is not None and header.estimate_fen != row.estimate_fen:
                row.estimate_fen = header.estimate_fen
                row.estimate_approved = False  # a new amount needs the customer's approval again
            if [line_snapshot(line_info(x)) for x in row.lines] != [line_snapshot(x) for x in lines]:
                set_lines(row, lines)
            after = order_snapshot(row)
            if after != before:
                row.updated_at = self._clock()
                s.flush()
                audit.record(s, actor, "order.edit", "repair_order", row.id, before, after)
            return self._info(s, row, with_alerts=True)

    def _change_mileage_in(
        self, s: Session, actor: Actor, row: RepairOrder, km: int, odometer_changed: bool
    ) -> None:
        check_mileage(km, previous_reading(s, row.vehicle_id, row.id), odometer_changed)
        reading_row = s.scalar(
            select(MileageReading).where(
                MileageReading.vehicle_id == row.vehicle_id,  # the indexed column
                MileageReading.repair_order_id == row.id,
                MileageReading.source == "intake",
            )
        )
        if reading_row is not None:
            reading_row.km = km
            reading_row.odometer_changed = odometer_changed
        latest = s.scalar(
            select(MileageReading.repair_order_id)
            .where(MileageReading.vehicle_id == row.vehicle_id)
            .order_by(MileageReading.read_at.desc(), MileageReading.id.desc())
            .limit(1)
        )
        if latest == row.id:
            s.execute(update(Vehicle).where(Vehicle.id == row.vehicle_id).values(last_mileage_km=km))
        if odometer_changed:
            audit.record(
                s,
                actor,
                "mileage.odometer_changed",
                "vehicle",
                row.vehicle_id,
                {"km": row.mileage_in},
                {"km": km, "ro_number": row.ro_number},
            )
        row.mileage_in = km

    def approve_estimate(
        self, actor: Actor, order_id: int, version: int, estimate_fen: int | None = None
    ) -> OrderInfo:
        """The customer approved the quote: `estimate_fen` (default: the current total)."""
        require(actor, Permission.RECEIVE_VEHICLES)
        with unit_of_work(self._db) as s:
            row = load_order(s, order_id, for_update=True)
            check_version(row, version)
            ensure_editable(row)
            amount = row.total_fen if estimate_fen is None else estimate_fen
            if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
                raise ValidationError("estimate_fen", "预估金额应为不小于 0 的整数（分）")
            before = {"estimate_fen": row.estimate_fen, "estimate_approved": row.estimate_approved}
            row.estimate_fen = amount
            row.estimate_approved = True
            row.updated_at = self._clock()
            s.flush()
            audit.record(
                s,
                actor,
                "order.estimate_approved",
                "repair_order",
                row.id,
                before,
                {"estimate_fen": amount, "estimate_approved": True},
            )
            return self._info(s, row)

    def add_note(self, actor: Actor, order_id: int, text: str) -> NoteInfo:
        """Always allowed, delivered and cancelled orders included; needs no version."""
        require(actor, Permission.VIEW_BOARD)
        body = text.strip()
        if not body:
            raise ValidationError("text", "请填写备注内容")
        if len(body) > MAX_NOTE:
            raise ValidationError("text", f"备注最多 {MAX_NOTE} 字")
        with unit_of_work(self._db) as s:
            if s.get(RepairOrder, order_id) is None:
                raise NotFound(f"工单 {order_id} 不存在")
            note = RoNote(repair_order_id=order_id, at=self._clock(), user_id=actor.user_id, text=body)
            s.add(note)
            s.flush()
            audit.record(
                s, actor, "order.note", "repair_order", order_id, None, {"note_id": note.id, "text": body}
            )
            return NoteInfo(note.id, note.at, note.user_id, actor.display_name, note.text)

    def cancel_order(self, actor: Actor, order_id: int, version: int, reason: str) -> OrderInfo:
        require(actor, Permission.RECEIVE_VEHICLES)
        why = reason.strip()
        if not why:
            raise ValidationError("reason", "取消工单须填写原因")
        with unit_of_work(self._db) as s:
            row = load_order(s, order_id, for_update=True)
            check_version(row, version)
            ensure_editable(row)
            own_waiting = row.advisor_id == actor.user_id and row.status == OrderStatus.WAITING
            if not own_waiting and not actor.can(Permission.CANCEL_ORDERS):
                raise PermissionDenied("只能取消本人开立且尚未派工的工单；其他工单请由前台主管取消")
            now = self._clock()
            before = row.status
            row.status = OrderStatus.CANCELLED.value
            row.cancel_reason = why
            row.updated_at = now
            s.add(
                RoStatusEvent(
                    repair_order_id=row.id,
                    from_status=before,
                    to_status=row.status,
                    at=now,
                    user_id=actor.user_id,
                    note=why,
                )
            )
            s.flush()
            audit.record(
                s,
                actor,
                "order.cancel",
                "repair_order",
                row.id,
                {"status": before},
                {"status": row.status, "reason": why},
            )
            return self._info(s, row)

    # ---------------------------------------------------------------- read
    def get_order(self, actor: Actor, order_id: int) -> OrderInfo:
        """The order with its lines, notes, status history and 三包 alerts."""
        require(actor, Permission.VIEW_BOARD)
        with reading(self._db) as s:
            row = load_order(s, order_id)
            return self._info(s, row, with_alerts=True, with_history=True)

    def get_by_number(self, actor: Actor, ro_number: str) -> OrderInfo:
        require(actor, Permission.VIEW_BOARD)
        with reading(self._db) as s:
            order_id = s.scalar(
                select(RepairOrder.id).where(RepairOrder.ro_number == ro_number.strip().upper())
            )
            if order_id is None:
                raise NotFound(f"工单 {ro_number} 不存在")
            return self._info(s, load_order(s, order_id), with_alerts=True, with_history=True)

    def preview_alerts(
        self,
        actor: Actor,
        vehicle_id: int,
        *,
        statement: str = "",
        job_types: Sequence[str] = (),
        lines: Sequence[LineInput] = (),
        mileage_in: int | None = None,
    ) -> tuple[SanbaoAlert, ...]:
        """三包 alerts for the job at hand, before the order is saved (the intake form calls it as
        the statement is typed). Lines that do not validate yet are left out."""
        require(actor, Permission.VIEW_BOARD)
        kept = []
        for line in lines:
            try:
                kept.append(clean_lines([line])[0])
            except ValidationError:
                continue
        now = self._clock()
        with reading(self._db) as s:
            vehicle = s.get(Vehicle, vehicle_id)
            if vehicle is None:
                raise NotFound(f"车辆 {vehicle_id} 不存在")
            history = self._history_facts(s, vehicle_id)
            km = mileage_in if mileage_in is not None else vehicle.last_mileage_km
            current = RepairFacts(
                order_id=None,
                ro_number="",
                opened_at=now,
                delivered_at=None,
                status=OrderStatus.WAITING.value,
                mileage_in=km,
                job_types=frozenset(j for j in job_types if j in JOB_TYPES),
                statement=statement,
                lines=tuple(
                    RepairLineFacts(x.kind.value, x.code, x.description, x.payer.value) for x in kept
                ),
            )
            return sanbao_alerts(vehicle_facts(vehicle, km), history, now, current)

    def _history_facts(self, s: Session, vehicle_id: int) -> list[RepairFacts]:
        rows = s.scalars(
            select(RepairOrder)
            .where(RepairOrder.vehicle_id == vehicle_id)
            .options(selectinload(RepairOrder.lines))
        )
        return [facts_of(r) for r in rows]

    def _info(
        self,
        s: Session,
        row: RepairOrder,
        *,
        with_alerts: bool = False,
        with_history: bool = False,
        vehicle: Vehicle | None = None,
    ) -> OrderInfo:
        notes: tuple[NoteInfo, ...] = ()
        events: tuple[StatusEventInfo, ...] = ()
        note_rows: list[RoNote] = []
        event_rows: list[RoStatusEvent] = []
        if with_history:
            note_rows = list(
                s.scalars(select(RoNote).where(RoNote.repair_order_id == row.id).order_by(RoNote.at))
            )
            event_rows = list(
                s.scalars(
                    select(RoStatusEvent)
                    .where(RoStatusEvent.repair_order_id == row.id)
                    .order_by(RoStatusEvent.at, RoStatusEvent.id)
                )
            )
        names = user_names(
            s, {row.advisor_id} | {n.user_id for n in note_rows} | {e.user_id for e in event_rows}
        )
        notes = tuple(
            NoteInfo(n.id, n.at, n.user_id, names.get(n.user_id or 0, "系统"), n.text) for n in note_rows
        )
        events = tuple(
            StatusEventInfo(
                e.at,
                OrderStatus(e.from_status) if e.from_status else None,
                OrderStatus(e.to_status),
                e.user_id,
                names.get(e.user_id or 0, "系统"),
                e.note,
            )
            for e in event_rows
        )
        alerts: tuple[SanbaoAlert, ...] = ()
        if with_alerts:
            vehicle = vehicle or s.get(Vehicle, row.vehicle_id)
            assert vehicle is not None
            history = self._history_facts(s, row.vehicle_id)
            current = next((h for h in history if h.order_id == row.id), facts_of(row))
            alerts = sanbao_alerts(vehicle_facts(vehicle, row.mileage_in), history, self._clock(), current)
        return order_info(row, names.get(row.advisor_id, ""), notes, events, alerts)
