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

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.appointments import mark_arrived
from app.changes import Change, announces
from app.clock import Clock, system_clock
from app.errors import (
    FieldErrors,
    FieldWarning,
    NeedsConfirmation,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from app.orders._details import full_info, history_facts
from app.orders._header import check_mileage, clean_estimate, form_header
from app.orders._rows import (
    ensure_editable,
    facts_of,
    line_facts,
    load_order,
    lock_order_and_vehicle,
    order_snapshot,
    quality_repair,
    set_lines,
)
from app.orders.lines import LineInput, clean_lines, form_lines, line_info, line_snapshot, totals_of
from app.orders.numbering import next_ro_number
from app.orders.ports import ServiceReminders
from app.orders.records import NoteInfo, OrderEdit, OrderInfo, OrderInput
from app.orders.status import CLOSED_STATUSES, JOB_TYPES, OrderStatus
from app.roles import Actor, Permission, require
from app.uow import check_version, reading, unit_of_work
from app.users import authorize
from app.validation import refuse_unsafe_characters
from app.vehicles import (
    ReadingSource,
    add_reading,
    correct_order_reading,
    lock_vehicle,
    previous_reading,
    record_visit,
    vehicle_info,
)
from app.warranty import (
    RepairFacts,
    SanbaoAlert,
    SanbaoCounts,
    VisitState,
    sanbao_alerts,
    sanbao_counts,
    vehicle_facts,
)
from app.wording import joined, say
from db.models import RepairOrder, RoNote, RoStatusEvent, Vehicle
from db.uow import Database

MAX_NOTE = 2000
CLOSED_VALUES = [status.value for status in CLOSED_STATUSES]


class RepairOrderService:
    def __init__(
        self, db: Database, clock: Clock = system_clock, *, reminders: ServiceReminders | None = None
    ) -> None:
        """reminders: told of each mileage read at the counter (a test may leave it out)."""
        self._db = db
        self._clock = clock
        self._reminders = reminders

    def _reading_recorded(self, s: Session, vehicle_id: int, now: dt.datetime) -> None:
        if self._reminders is not None:
            s.flush()  # the reading and the car's last mileage, for the reminders' own queries
            self._reminders.reading_recorded(s, vehicle_id, now)

    # ---------------------------------------------------------------- open
    @announces(Change.ORDERS, Change.VEHICLES, Change.APPOINTMENTS)
    def open_order(self, actor: Actor, data: OrderInput, confirm_warnings: bool = False) -> OrderInfo:
        """Opens the order and returns it with its 三包 alerts.

        Warnings to confirm (NeedsConfirmation): the vehicle already has an open order."""
        require(actor, Permission.RECEIVE_VEHICLES)
        if actor.user_id is None:
            raise PermissionDenied(say("系统账号不能开工单，请用服务顾问账号登录"))
        now = self._clock()
        errors = FieldErrors()
        header = form_header(data, now, errors)
        lines = form_lines(data.lines, errors)
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.RECEIVE_VEHICLES)
            # Locked before its last reading and open orders are read: counters opening an order
            # on the same car at the same moment check one after the other.
            vehicle = lock_vehicle(s, data.vehicle_id)
            if vehicle is None:
                raise NotFound(say("车辆 {vehicle_id} 不存在", vehicle_id=data.vehicle_id))
            previous_km = vehicle.last_mileage_km
            if "mileage_in" not in {e.field for e in errors.errors}:
                errors.check(
                    lambda: check_mileage(header.mileage_in, previous_km, data.odometer_changed), None
                )
            errors.raise_any()
            open_ros = s.scalars(
                select(RepairOrder.ro_number).where(
                    RepairOrder.vehicle_id == vehicle.id, RepairOrder.status.not_in(CLOSED_VALUES)
                )
            ).all()
            if open_ros and not confirm_warnings:
                raise NeedsConfirmation(
                    (
                        FieldWarning(
                            "vehicle_id",
                            say(
                                "该车已有未交车的工单 {numbers}，确认要再开一张工单吗",
                                numbers=joined(open_ros),
                            ),
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
                excluded_hours=header.excluded_hours,
                created_at=now,
                updated_at=now,
            )
            if data.appointment_id is not None:
                mark_arrived(s, data.appointment_id, vehicle.id, actor=actor, now=now)
            set_lines(row, lines)
            s.add(row)
            s.flush()
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
            add_reading(
                s,
                vehicle.id,
                header.mileage_in,
                now,
                ReadingSource.INTAKE,
                user_id=actor.user_id,
                order_id=row.id,
                odometer_changed=data.odometer_changed,
            )
            record_visit(s, vehicle.id, now, header.mileage_in)
            self._reading_recorded(s, vehicle.id, now)
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
            return full_info(s, row, self._clock(), with_alerts=True, vehicle=vehicle)

    def form_errors(
        self, data: OrderEdit, opened_at: dt.datetime | None = None
    ) -> tuple[ValidationError, ...]:
        """The mistakes a save would report before reading the database (none is read): the form
        shows them together with the values it could not read itself."""
        errors = FieldErrors()
        form_header(data, opened_at or self._clock(), errors)
        form_lines(data.lines, errors)
        return tuple(errors.errors)

    # ---------------------------------------------------------------- edit
    @announces(Change.ORDERS, Change.VEHICLES)
    def update_order(self, actor: Actor, order_id: int, version: int, data: OrderEdit) -> OrderInfo:
        require(actor, Permission.RECEIVE_VEHICLES)
        errors = FieldErrors()
        lines = form_lines(data.lines, errors)
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.RECEIVE_VEHICLES)
            row = lock_order_and_vehicle(s, order_id)  # its mileage in is checked against the others
            check_version(row, version)
            ensure_editable(row)
            header = form_header(data, row.opened_at, errors)
            if not errors.has("mileage_in") and header.mileage_in != row.mileage_in:
                previous = previous_reading(s, row.vehicle_id, row.id)
                km, changed = header.mileage_in, data.odometer_changed
                errors.check(lambda: check_mileage(km, previous, changed), None)
            errors.raise_any()
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
            row.excluded_hours = header.excluded_hours
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
            return full_info(s, row, self._clock(), with_alerts=True)

    def _change_mileage_in(
        self, s: Session, actor: Actor, row: RepairOrder, km: int, odometer_changed: bool
    ) -> None:
        correct_order_reading(s, row.vehicle_id, row.id, km, odometer_changed)
        self._reading_recorded(s, row.vehicle_id, self._clock())
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

    @announces(Change.ORDERS)
    def approve_estimate(
        self, actor: Actor, order_id: int, version: int, estimate_fen: int | None = None
    ) -> OrderInfo:
        """The customer approved the quote: `estimate_fen` (default: the current total)."""
        require(actor, Permission.RECEIVE_VEHICLES)
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.RECEIVE_VEHICLES)
            row = load_order(s, order_id, for_update=True)
            check_version(row, version)
            ensure_editable(row)
            amount = row.total_fen if estimate_fen is None else estimate_fen
            clean_estimate(amount)
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
            return full_info(s, row, self._clock())

    @announces(Change.ORDERS)
    def add_note(self, actor: Actor, order_id: int, text: str) -> NoteInfo:
        """Always allowed, delivered and cancelled orders included; needs no version."""
        require(actor, Permission.VIEW_BOARD)
        body = refuse_unsafe_characters("text", text, multiline=True).strip()
        if not body:
            raise ValidationError("text", say("请填写备注内容"))
        if len(body) > MAX_NOTE:
            raise ValidationError("text", say("备注最多 {limit} 字", limit=MAX_NOTE))
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.VIEW_BOARD)
            if s.get(RepairOrder, order_id) is None:
                raise NotFound(say("工单 {order_id} 不存在", order_id=order_id))
            note = RoNote(repair_order_id=order_id, at=self._clock(), user_id=actor.user_id, text=body)
            s.add(note)
            s.flush()
            audit.record(
                s, actor, "order.note", "repair_order", order_id, None, {"note_id": note.id, "text": body}
            )
            return NoteInfo(note.id, note.at, note.user_id, actor.display_name, note.text)

    @announces(Change.ORDERS)
    def cancel_order(self, actor: Actor, order_id: int, version: int, reason: str) -> OrderInfo:
        require(actor, Permission.RECEIVE_VEHICLES)
        why = refuse_unsafe_characters("reason", reason, multiline=True).strip()
        if not why:
            raise ValidationError("reason", say("取消工单须填写原因"))
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.RECEIVE_VEHICLES)
            row = load_order(s, order_id, for_update=True)
            check_version(row, version)
            ensure_editable(row)
            own_waiting = row.advisor_id == actor.user_id and row.status == OrderStatus.WAITING
            if not own_waiting and not actor.can(Permission.CANCEL_ORDERS):
                raise PermissionDenied(say("只能取消本人开立且尚未派工的工单；其他工单请由前台主管取消"))
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
            return full_info(s, row, self._clock())

    # ---------------------------------------------------------------- read
    def get_order(self, actor: Actor, order_id: int) -> OrderInfo:
        """The order with its lines, notes, status history and 三包 alerts."""
        require(actor, Permission.VIEW_BOARD)
        with reading(self._db) as s:
            authorize(s, actor, Permission.VIEW_BOARD)
            row = load_order(s, order_id)
            return full_info(s, row, self._clock(), with_alerts=True, with_history=True)

    def repair_history(self, actor: Actor, vehicle_id: int) -> tuple[RepairFacts, ...]:
        """What the 三包 rules need of each of the vehicle's orders (the claims' counters and
        parts warranty read it)."""
        require(actor, Permission.VIEW_BOARD)
        with reading(self._db) as s:
            authorize(s, actor, Permission.VIEW_BOARD)
            return tuple(history_facts(s, vehicle_id))

    def sanbao_counts(self, actor: Actor, order_id: int) -> SanbaoCounts:
        """The 三包 counts of the order's vehicle with the order itself counted: repairs of each
        problem, repair days, replacements of each main part (the numbers behind the alerts)."""
        require(actor, Permission.VIEW_BOARD)
        with reading(self._db) as s:
            authorize(s, actor, Permission.VIEW_BOARD)
            row = load_order(s, order_id)
            vehicle = s.get(Vehicle, row.vehicle_id)
            assert vehicle is not None
            history = history_facts(s, row.vehicle_id)
            current = next((h for h in history if h.order_id == row.id), facts_of(row))
            facts = vehicle_facts(vehicle_info(vehicle), row.mileage_in)
            return sanbao_counts(facts, history, self._clock(), current)

    def get_by_number(self, actor: Actor, ro_number: str) -> OrderInfo:
        require(actor, Permission.VIEW_BOARD)
        with reading(self._db) as s:
            authorize(s, actor, Permission.VIEW_BOARD)
            order_id = s.scalar(
                select(RepairOrder.id).where(RepairOrder.ro_number == ro_number.strip().upper())
            )
            if order_id is None:
                raise NotFound(say("工单 {ro_number} 不存在", ro_number=ro_number))
            return full_info(s, load_order(s, order_id), self._clock(), with_alerts=True, with_history=True)

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
            authorize(s, actor, Permission.VIEW_BOARD)
            vehicle = s.get(Vehicle, vehicle_id)
            if vehicle is None:
                raise NotFound(say("车辆 {vehicle_id} 不存在", vehicle_id=vehicle_id))
            km = mileage_in if mileage_in is not None else vehicle.last_mileage_km
            current = RepairFacts(
                order_id=None,
                ro_number="",
                opened_at=now,
                delivered_at=None,
                state=VisitState.OPEN,
                mileage_in=km,
                quality_repair=quality_repair(j for j in job_types if j in JOB_TYPES),
                statement=statement,
                lines=tuple(line_facts(x.kind, x.code, x.description, x.payer) for x in kept),
            )
            facts = vehicle_facts(vehicle_info(vehicle), km)
            return sanbao_alerts(facts, history_facts(s, vehicle_id), now, current)
