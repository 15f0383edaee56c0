"""A customer's personal data on their request (PIPL, docs/domain/retention.md): everything held
on them as JSON or .xlsx, and their anonymisation once every repair record of theirs is past the
6-year retention period (app.retention).

Anonymisation replaces the name with 已匿名#<id> and removes the phones, and the same data wherever
it was copied: the person who brought the car and their phone on the customer's orders, free texts
of the customer's orders, inspections, claims, appointments, reminders, calls and complaints that
contain the name or a phone, the PDFs kept with the print jobs of their orders and claims, and the
JSON of the audit rows about their records or containing a phone (redacted: app.audit_chain). The
vehicle's technical history (orders, lines, mileage, inspections, claims) stays.

This reads and writes the tables of several owner packages directly: it is the one cross-cutting
use case whose whole job is to walk every record of one customer, column by column.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, LargeBinary, String, Text, or_, select
from sqlalchemy.orm import Session

from app import audit, audit_chain
from app.changes import Change, announces
from app.clock import Clock, local_day, local_today, system_clock
from app.errors import NotFound, StorageError, ValidationError
from app.retention import (
    CLOCK_KEY,
    Kept,
    claim_relevant,
    inspection_relevant,
    kept,
    order_relevant,
    refusal,
)
from app.roles import Actor, Permission, require
from app.spreadsheets import Sheet, workbook_bytes
from app.uow import reading, unit_of_work
from app.users import authorize
from app.validation.phone import normalize_phone
from app.wording import say
from db.models import (
    Appointment,
    AppointmentEvent,
    AuditEntry,
    ClaimDeduction,
    ClaimPart,
    Complaint,
    ComplaintAction,
    Customer,
    CustomerPhone,
    DamageMark,
    Inspection,
    InspectionItem,
    MileageReading,
    PartLabel,
    PlateHistory,
    PrintJob,
    Reminder,
    ReminderContact,
    RepairOrder,
    RoLine,
    RoNote,
    RoStatusEvent,
    Vehicle,
    WarrantyClaim,
)
from db.models.base import Base
from db.uow import Database

ANONYMISED = "customer.anonymise"  # app.audit_verify.ANONYMISED: what stands behind a redaction
EXPORTED = "customer.export"
ENTITY = "customer"
MIN_NAME_IN_TEXT = 2  # a one-character name is replaced where it is the whole value, not in texts


def placeholder(customer_id: int) -> str:
    return f"已匿名#{customer_id}"


@dataclass(frozen=True)
class CustomerFound:
    id: int
    name: str
    phones: tuple[str, ...]
    anonymised_at: dt.datetime | None


@dataclass(frozen=True)
class AnonymisationPlan:
    """What anonymising the customer would replace, and whether it is allowed today."""

    customer: CustomerFound
    placeholder: str
    counts: dict[str, int]  # what is replaced, by the section's Chinese name
    kept: tuple[Kept, ...]  # the records still inside their retention period
    reason: str  # "" when allowed, else why not

    @property
    def allowed(self) -> bool:
        return not self.reason


@dataclass(frozen=True)
class CustomerExport:
    customer_id: int
    exported_at: dt.datetime
    sections: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


# The sections of an export, in order: key, Chinese title.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("customer", say("客户")),
    ("phones", say("电话")),
    ("vehicles", say("车辆")),
    ("plate_history", say("车牌历史")),
    ("mileage_readings", say("里程记录")),
    ("appointments", say("预约")),
    ("appointment_events", say("预约记录")),
    ("repair_orders", say("工单")),
    ("ro_lines", say("工单明细")),
    ("ro_notes", say("工单备注")),
    ("ro_status_events", say("工单状态")),
    ("inspections", say("检查单")),
    ("inspection_items", say("检查项目")),
    ("damage_marks", say("外观标记")),
    ("warranty_claims", say("索赔")),
    ("claim_parts", say("索赔配件")),
    ("claim_deductions", say("索赔扣款")),
    ("part_labels", say("旧件标签")),
    ("reminders", say("提醒")),
    ("reminder_contacts", say("提醒与回访记录")),
    ("complaints", say("投诉")),
    ("complaint_actions", say("投诉处理记录")),
    ("print_jobs", say("打印记录")),
    ("audit_log", say("操作记录")),
)
SECTION_TITLES = dict(SECTIONS)


@dataclass
class _Records:
    """Every row held on one customer, by section."""

    customer: Customer
    rows: dict[str, list[Any]]

    def ids(self, section: str) -> set[int]:
        return {r.id for r in self.rows[section]}


def _in(column: Any, ids: Iterable[int]) -> Any:
    values = sorted(ids)
    return column.in_(values) if values else column.in_([-1])


def _gather(s: Session, customer: Customer) -> _Records:
    cid = customer.id
    rows: dict[str, list[Any]] = {key: [] for key, _ in SECTIONS}
    rows["customer"] = [customer]
    rows["phones"] = list(customer.phones)
    orders = list(
        s.scalars(select(RepairOrder).where(RepairOrder.customer_id == cid).order_by(RepairOrder.id))
    )
    rows["repair_orders"] = orders
    order_ids = {o.id for o in orders}
    vehicle_ids = {o.vehicle_id for o in orders}
    vehicle_ids |= set(s.scalars(select(Vehicle.id).where(Vehicle.owner_id == cid)))
    rows["vehicles"] = list(
        s.scalars(select(Vehicle).where(_in(Vehicle.id, vehicle_ids)).order_by(Vehicle.id))
    )
    rows["plate_history"] = list(
        s.scalars(select(PlateHistory).where(_in(PlateHistory.vehicle_id, vehicle_ids)))
    )
    rows["mileage_readings"] = list(
        s.scalars(select(MileageReading).where(_in(MileageReading.vehicle_id, vehicle_ids)))
    )
    rows["appointments"] = list(s.scalars(select(Appointment).where(Appointment.customer_id == cid)))
    rows["appointment_events"] = list(
        s.scalars(
            select(AppointmentEvent).where(
                _in(AppointmentEvent.appointment_id, {a.id for a in rows["appointments"]})
            )
        )
    )
    rows["ro_lines"] = list(s.scalars(select(RoLine).where(_in(RoLine.repair_order_id, order_ids))))
    rows["ro_notes"] = list(s.scalars(select(RoNote).where(_in(RoNote.repair_order_id, order_ids))))
    rows["ro_status_events"] = list(
        s.scalars(select(RoStatusEvent).where(_in(RoStatusEvent.repair_order_id, order_ids)))
    )
    inspections = list(s.scalars(select(Inspection).where(_in(Inspection.repair_order_id, order_ids))))
    rows["inspections"] = inspections
    inspection_ids = {i.id for i in inspections}
    rows["inspection_items"] = list(
        s.scalars(select(InspectionItem).where(_in(InspectionItem.inspection_id, inspection_ids)))
    )
    rows["damage_marks"] = list(
        s.scalars(select(DamageMark).where(_in(DamageMark.inspection_id, inspection_ids)))
    )
    claims = list(s.scalars(select(WarrantyClaim).where(_in(WarrantyClaim.repair_order_id, order_ids))))
    rows["warranty_claims"] = claims
    claim_ids = {c.id for c in claims}
    parts = list(s.scalars(select(ClaimPart).where(_in(ClaimPart.claim_id, claim_ids))))
    rows["claim_parts"] = parts
    rows["claim_deductions"] = list(
        s.scalars(select(ClaimDeduction).where(_in(ClaimDeduction.claim_id, claim_ids)))
    )
    rows["part_labels"] = list(
        s.scalars(select(PartLabel).where(_in(PartLabel.claim_part_id, {p.id for p in parts})))
    )
    reminders = list(s.scalars(select(Reminder).where(Reminder.customer_id == cid)))
    rows["reminders"] = reminders
    rows["reminder_contacts"] = list(
        s.scalars(select(ReminderContact).where(_in(ReminderContact.reminder_id, {r.id for r in reminders})))
    )
    complaints = list(s.scalars(select(Complaint).where(Complaint.customer_id == cid)))
    rows["complaints"] = complaints
    rows["complaint_actions"] = list(
        s.scalars(
            select(ComplaintAction).where(_in(ComplaintAction.complaint_id, {c.id for c in complaints}))
        )
    )
    refs = {o.ro_number for o in orders} | {c.claim_no for c in claims}
    rows["print_jobs"] = (
        list(s.scalars(select(PrintJob).where(PrintJob.document_ref.in_(sorted(refs))))) if refs else []
    )
    rows["audit_log"] = _audit_rows(s, customer, rows)
    return _Records(customer, rows)


# The audit entities whose rows are about a record of the customer: entity -> section of the ids.
_AUDITED = {
    "customer": ("customer",),
    "vehicle": ("vehicles",),
    "repair_order": ("repair_orders",),
    "inspection": ("inspections", "repair_orders"),
    "warranty_claim": ("warranty_claims",),
    "complaint": ("complaints",),
    "reminder": ("reminders",),
    "appointment": ("appointments",),
    "print_job": ("print_jobs",),
}


def _phone_numbers(customer: Customer) -> list[str]:
    return [p.number for p in customer.phones if p.number]


def _audit_rows(s: Session, customer: Customer, rows: dict[str, list[Any]]) -> list[AuditEntry]:
    about: list[ColumnElement[bool]] = []
    for entity, sections in _AUDITED.items():
        ids = {str(r.id) for section in sections for r in rows[section]}
        if ids:
            about.append((AuditEntry.entity == entity) & AuditEntry.entity_id.in_(sorted(ids)))
    numbers = _phone_numbers(customer) + [
        o.brought_by_phone for o in rows["repair_orders"] if o.brought_by_phone
    ]
    for number in sorted(set(numbers)):
        pattern = f"%{number}%"
        about.append(AuditEntry.before_json.like(pattern))
        about.append(AuditEntry.after_json.like(pattern))
    if not about:
        return []
    return list(s.scalars(select(AuditEntry).where(or_(*about)).order_by(AuditEntry.id)))


def _found(customer: Customer) -> CustomerFound:
    return CustomerFound(customer.id, customer.name, tuple(_phone_numbers(customer)), customer.anonymised_at)


_ID = re.compile(r"^#?(\d{1,9})$")


def _customer(s: Session, query: str) -> Customer:
    text = query.strip()
    digits = re.sub(r"[\s\-]", "", text)
    if digits.isdigit() and len(digits) >= 7:
        number = normalize_phone(digits)
        found = s.scalars(
            select(Customer).join(CustomerPhone).where(CustomerPhone.number == number).limit(2)
        ).all()
        if len(found) > 1:
            raise ValidationError("customer", say("电话 {phone} 对应多位客户，请用客户编号", phone=number))
        if found:
            return found[0]
        raise NotFound(say("找不到电话为 {phone} 的客户", phone=number))
    match = _ID.match(text)
    if match is None:
        raise ValidationError("customer", say("请输入客户编号（如 #123）或完整的电话号码"))
    customer = s.get(Customer, int(match.group(1)))
    if customer is None:
        raise NotFound(say("找不到编号为 {id} 的客户", id=match.group(1)))
    return customer


def _kept(records: _Records, today: dt.date) -> list[Kept]:
    orders = {o.id: o for o in records.rows["repair_orders"]}
    inside: list[Kept] = []
    for order in orders.values():
        found = kept(say("工单 {no}", no=order.ro_number), order_relevant(order), today)
        if found:
            inside.append(found)
    for inspection in records.rows["inspections"]:
        order = orders.get(inspection.repair_order_id)
        what = say("检查单（工单 {no}）", no=order.ro_number if order else inspection.repair_order_id)
        found = kept(what, inspection_relevant(inspection, order), today)
        if found:
            inside.append(found)
    for claim in records.rows["warranty_claims"]:
        found = kept(
            say("索赔单 {no}", no=claim.claim_no),
            claim_relevant(claim, orders.get(claim.repair_order_id)),
            today,
        )
        if found:
            inside.append(found)
    # Their audit rows, as one entry: the latest of them decides.
    logged = [
        e for e in records.rows["audit_log"] if e.entity in ("repair_order", "inspection", "warranty_claim")
    ]
    if logged:
        latest = max(local_day(e.at) for e in logged)
        found = kept(say("这些记录的操作记录（{n} 条）", n=len(logged)), latest, today)
        if found:
            inside.append(found)
    inside.sort(key=lambda k: (k.until is not None, k.until or dt.date.max), reverse=True)
    return inside


def _secrets(customer: Customer, orders: Sequence[RepairOrder] = ()) -> list[str]:
    """The customer's name and phones, and the names and phones of whoever brought their car."""
    values = _phone_numbers(customer) + [o.brought_by_phone for o in orders if o.brought_by_phone]
    names = [customer.name, *(o.brought_by for o in orders)]
    values += [n for n in names if len(n) >= MIN_NAME_IN_TEXT]
    return sorted(set(values), key=len, reverse=True)


def _text_columns(row: Base) -> list[str]:
    table = row.__table__
    return [
        column.key
        for column in table.columns
        if isinstance(column.type, (String, Text)) and column.computed is None and not column.foreign_keys
    ]


def _scrub(row: Base, secrets: Sequence[str], mark: str) -> bool:
    changed = False
    for key in _text_columns(row):
        value = getattr(row, key)
        if not isinstance(value, str) or not value:
            continue
        new = value
        for secret in secrets:
            new = new.replace(secret, mark)
        if new != value:
            setattr(row, key, new)
            changed = True
    return changed


# Sections whose rows belong to the vehicle's history or the customer: scrubbed, never removed.
_SCRUBBED = (
    "vehicles",
    "appointments",
    "appointment_events",
    "repair_orders",
    "ro_lines",
    "ro_notes",
    "ro_status_events",
    "inspections",
    "inspection_items",
    "damage_marks",
    "warranty_claims",
    "claim_parts",
    "claim_deductions",
    "part_labels",
    "reminders",
    "reminder_contacts",
    "complaints",
    "complaint_actions",
    "print_jobs",
)


def _plan_counts(records: _Records, secrets: Sequence[str]) -> dict[str, int]:
    def mentions(row: Base) -> bool:
        return any(
            isinstance(getattr(row, key), str) and any(sec in getattr(row, key) for sec in secrets)
            for key in _text_columns(row)
        )

    counts: dict[str, int] = {say("客户"): 1, say("电话"): len(records.rows["phones"])}
    brought = [o for o in records.rows["repair_orders"] if o.brought_by or o.brought_by_phone]
    if brought:
        counts[say("工单送修人")] = len(brought)
    for section in _SCRUBBED:
        n = sum(1 for row in records.rows[section] if mentions(row))
        if section == "print_jobs":
            n = len(records.rows[section])
        if n:
            counts[SECTION_TITLES[section]] = n
    audited = sum(
        1
        for e in records.rows["audit_log"]
        if any(sec in (e.before_json or "") or sec in (e.after_json or "") for sec in secrets)
    )
    if audited:
        counts[say("操作记录")] = audited
    return counts


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone().isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _row_dict(row: Base) -> dict[str, Any]:
    table = row.__table__
    return {
        column.key: _json_value(getattr(row, column.key))
        for column in table.columns
        if not isinstance(column.type, LargeBinary)
    }


class PrivacyService:
    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._db = db
        self._clock = clock

    def find(self, actor: Actor, query: str) -> CustomerFound:
        """The customer by id (#123) or by a whole phone number."""
        require(actor, Permission.MANAGE_PERSONAL_DATA)
        with reading(self._db) as s:
            authorize(s, actor, Permission.MANAGE_PERSONAL_DATA)
            return _found(_customer(s, query))

    def _plan(self, s: Session, customer: Customer) -> tuple[_Records, AnonymisationPlan]:
        records = _gather(s, customer)
        inside = _kept(records, local_today(self._clock))
        reason = ""
        if customer.anonymised_at is not None:
            reason = say(
                "客户已于 {at} 匿名化", at=customer.anonymised_at.astimezone().strftime("%Y-%m-%d %H:%M")
            )
        elif inside:
            reason = refusal(say("匿名化客户 {id}", id=customer.id), inside).message
        plan = AnonymisationPlan(
            customer=_found(customer),
            placeholder=placeholder(customer.id),
            counts=_plan_counts(records, _secrets(customer, records.rows["repair_orders"])),
            kept=tuple(inside),
            reason=reason,
        )
        return records, plan

    def plan(self, actor: Actor, query: str) -> AnonymisationPlan:
        """What anonymising would replace, and whether the retention periods allow it today."""
        require(actor, Permission.MANAGE_PERSONAL_DATA)
        with reading(self._db) as s:
            authorize(s, actor, Permission.MANAGE_PERSONAL_DATA)
            return self._plan(s, _customer(s, query))[1]

    @announces(
        Change.CUSTOMERS,
        Change.VEHICLES,
        Change.ORDERS,
        Change.APPOINTMENTS,
        Change.REMINDERS,
        Change.COMPLAINTS,
        Change.CLAIMS,
        Change.PRINT_JOBS,
    )
    def anonymise(self, actor: Actor, query: str) -> AnonymisationPlan:
        """Anonymises the customer, or raises RetentionRefused with the dates; returns what was done."""
        require(actor, Permission.MANAGE_PERSONAL_DATA)
        with unit_of_work(self._db) as s:
            s.info[CLOCK_KEY] = self._clock
            actor = authorize(s, actor, Permission.MANAGE_PERSONAL_DATA)
            customer = _customer(s, query)
            records, plan = self._plan(s, customer)
            if not plan.allowed:
                if plan.kept:
                    raise refusal(say("匿名化客户 {id}", id=customer.id), list(plan.kept))
                raise ValidationError("customer", plan.reason)
            secrets = _secrets(customer, records.rows["repair_orders"])
            mark = plan.placeholder
            for order in records.rows["repair_orders"]:
                if order.brought_by:
                    order.brought_by = mark
                order.brought_by_phone = ""
            for section in _SCRUBBED:
                for row in records.rows[section]:
                    _scrub(row, secrets, mark)
            for job in records.rows["print_jobs"]:
                job.pdf = b""  # the kept copy of a printed record: the record itself stays
            exact = [customer.name]  # a one-character name: where it is the whole value
            for section in _SCRUBBED:
                for row in records.rows[section]:
                    for key in _text_columns(row):
                        if getattr(row, key) in exact:
                            setattr(row, key, mark)
            customer.name = mark
            customer.name_initials = ""
            customer.note = ""
            customer.anonymised_at = self._clock()
            customer.phones = []
            s.flush()
            # Last: the anonymisation's own row is chained now (the head lock taken after every
            # other row lock), so the redacted rows can name it.
            redacted = [row for row in records.rows["audit_log"] if _redacted(row, secrets, mark) is not None]
            after = {"placeholder": mark, "replaced": plan.counts, "redacted": [row.id for row in redacted]}
            audit.record(s, actor, ANONYMISED, ENTITY, customer.id, None, after)
            (entry,) = audit_chain.chain_now(s)
            for row in redacted:
                _redact(row, secrets, mark, entry.id)
            s.flush()
        return plan

    def export(self, actor: Actor, query: str, kind: str) -> CustomerExport:
        """Everything held on the customer; the export is audited (without its contents)."""
        require(actor, Permission.MANAGE_PERSONAL_DATA)
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.MANAGE_PERSONAL_DATA)
            customer = _customer(s, query)
            records = _gather(s, customer)
            sections = {key: [_row_dict(r) for r in records.rows[key]] for key, _ in SECTIONS}
            for row in sections["audit_log"]:
                for key in ("before_json", "after_json"):
                    if row[key]:
                        row[key] = json.loads(row[key])
            counts = {key: len(rows) for key, rows in sections.items() if rows}
            audit.record(s, actor, EXPORTED, ENTITY, customer.id, None, {"format": kind, "rows": counts})
            return CustomerExport(customer.id, self._clock(), sections)

    def export_json(self, actor: Actor, query: str, path: Path) -> CustomerExport:
        export = self.export(actor, query, "json")
        _write(path, export_json_bytes(export))
        return export

    def export_xlsx(self, actor: Actor, query: str, path: Path) -> CustomerExport:
        export = self.export(actor, query, "xlsx")
        _write(path, export_xlsx_bytes(export))
        return export


def _redacted(entry: AuditEntry, secrets: Sequence[str], mark: str) -> tuple[str | None, str | None] | None:
    """The row's before/after JSON with the secrets replaced; None when it holds none of them."""
    before, after = entry.before_json, entry.after_json
    for secret in secrets:
        before = None if before is None else before.replace(secret, mark)
        after = None if after is None else after.replace(secret, mark)
    if before == entry.before_json and after == entry.after_json:
        return None
    return before, after


def _redact(entry: AuditEntry, secrets: Sequence[str], mark: str, by: int) -> None:
    texts = _redacted(entry, secrets, mark)
    if texts is None:
        return
    if entry.redacted_by is None:  # the digests of the texts as written, kept once
        entry.before_digest = audit_chain.digest(entry.before_json)
        entry.after_digest = audit_chain.digest(entry.after_json)
    entry.before_json, entry.after_json = texts
    entry.redacted_by = by


def export_json_bytes(export: CustomerExport) -> bytes:
    data = {
        "customer_id": export.customer_id,
        "exported_at": _json_value(export.exported_at),
        "sections": {
            key: {"title": SECTION_TITLES[key], "rows": rows} for key, rows in export.sections.items()
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=2, default=str).encode("utf-8")


def _cell(value: Any) -> object:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def export_xlsx_bytes(export: CustomerExport) -> bytes:
    sheets: list[Sheet] = []
    for key, title in SECTIONS:
        rows = export.sections.get(key, [])
        if not rows:
            continue
        heading = list(rows[0])
        table: list[list[object]] = [list(heading)]
        table += [[_cell(r[k]) for k in heading] for r in rows]
        sheets.append((title, table))
    return workbook_bytes(sheets)


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as e:
        raise StorageError(
            say("无法写入 {path}：{reason}", path=str(path), reason=e.strerror or str(e))
        ) from e
