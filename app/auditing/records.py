"""The record a user names in the viewer (a repair order by its RO number, a car by its plate or
VIN, a claim by its number, a complaint by #12, a colleague by user name, a customer by a phone),
and what each audit row's record is called on screen (工单 RO20261127-0001, 车辆 粤B·12345 ...)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auditing.kinds import entity_label
from app.errors import ValidationError
from app.validation import to_halfwidth
from app.validation.plate import normalize_plate
from app.validation.vin import is_vin_like, normalize_vin
from app.vehicles import plate_display
from app.wording import say
from db.models import (
    Complaint,
    Customer,
    CustomerPhone,
    Inspection,
    PlateHistory,
    PrintJob,
    Reminder,
    RepairOrder,
    User,
    Vehicle,
    VehicleModel,
    WarrantyClaim,
)

_COMPLAINT = re.compile(r"^(?:投诉)?\s*#\s*(\d+)$")
_RO = re.compile(r"^RO\d{8}-\d{3,}$")
_DIGITS = re.compile(r"^\d{7,12}$")


@dataclass(frozen=True)
class RecordRef:
    """The rows of one record: its own (entity, ids) and the print jobs of its documents."""

    label: str  # 工单 RO20261127-0001
    entity: str
    ids: tuple[str, ...]
    document_refs: tuple[str, ...] = ()  # the references its printed documents carry


def _not_found(text: str) -> ValidationError:
    return ValidationError(
        "record",
        say(
            "找不到“{text}”：请输入工单号、车牌、车架号、索赔单号、投诉编号（#12）、用户名或客户手机号",
            text=text,
        ),
    )


def resolve(s: Session, typed: str) -> RecordRef:
    """The record the text names; ValidationError("record", …) when none is found."""
    text = to_halfwidth(typed).strip()
    upper = text.upper().replace(" ", "")
    if m := _COMPLAINT.match(text):
        found = s.get(Complaint, int(m.group(1)))
        if found is not None:
            return RecordRef(f"投诉 #{found.id}", "complaint", (str(found.id),))
    if _RO.match(upper):
        order = s.scalar(select(RepairOrder).where(RepairOrder.ro_number == upper))
        if order is not None:
            return RecordRef(f"工单 {order.ro_number}", "repair_order", (str(order.id),), (order.ro_number,))
    claim = s.scalar(select(WarrantyClaim).where(WarrantyClaim.claim_no == upper))
    if claim is not None:
        return RecordRef(f"索赔单 {claim.claim_no}", "warranty_claim", (str(claim.id),), (claim.claim_no,))
    if is_vin_like(upper):
        car = s.scalar(select(Vehicle).where(Vehicle.vin == normalize_vin(upper)))
        if car is not None:
            return _vehicle_ref(car)
    plate = normalize_plate(text)
    car = s.scalar(select(Vehicle).where(Vehicle.plate == plate))
    if car is None:
        earlier = s.scalar(select(PlateHistory.vehicle_id).where(PlateHistory.plate == plate).limit(1))
        car = s.get(Vehicle, earlier) if earlier is not None else None
    if car is not None:
        return _vehicle_ref(car, plate)
    user = s.scalar(select(User).where(User.username == text))
    if user is not None:
        return RecordRef(f"用户 {user.display_name}（{user.username}）", "user", (str(user.id),))
    digits = re.sub(r"[\s-]", "", text)
    if _DIGITS.match(digits):
        owners = sorted(
            set(s.scalars(select(CustomerPhone.customer_id).where(CustomerPhone.number == digits)))
        )
        if owners:
            names = s.scalars(select(Customer.name).where(Customer.id.in_(owners)))
            return RecordRef(f"客户 {'、'.join(names)}", "customer", tuple(str(i) for i in owners))
    raise _not_found(text)


def _vehicle_ref(car: Vehicle, plate: str | None = None) -> RecordRef:
    shown = plate_display(car.plate) if car.plate else car.vin
    refs = tuple(dict.fromkeys(r for r in (car.plate, car.vin, plate) if r))
    return RecordRef(f"车辆 {shown}", "vehicle", (str(car.id),), refs)


def _ints(ids: Iterable[str]) -> list[int]:
    return [int(i) for i in ids if i.isdigit()]


def record_labels(s: Session, keys: Iterable[tuple[str, str | None]]) -> dict[tuple[str, str], str]:
    """What each (entity, entity_id) of a page is called: a few reads by primary key per page."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for entity, entity_id in keys:
        if entity_id is not None:
            wanted[entity].add(entity_id)
    names: dict[tuple[str, str], str] = {}

    def put(entity: str, pairs: Iterable[tuple[object, object]]) -> None:
        for key, shown in pairs:
            names[(entity, str(key))] = f"{entity_label(entity)} {shown}"

    if ids := _ints(wanted.get("repair_order", ())):
        put(
            "repair_order",
            s.execute(select(RepairOrder.id, RepairOrder.ro_number).where(RepairOrder.id.in_(ids))),
        )
    if ids := _ints(wanted.get("vehicle", ())):
        cars = s.execute(select(Vehicle.id, Vehicle.plate, Vehicle.vin).where(Vehicle.id.in_(ids)))
        put("vehicle", ((i, plate_display(p) if p else v) for i, p, v in cars))
    if ids := _ints(wanted.get("vehicle_model", ())):
        models = s.execute(
            select(VehicleModel.id, VehicleModel.brand, VehicleModel.name).where(VehicleModel.id.in_(ids))
        )
        put("vehicle_model", ((i, f"{b} {n}") for i, b, n in models))
    if ids := _ints(wanted.get("customer", ())):
        put("customer", s.execute(select(Customer.id, Customer.name).where(Customer.id.in_(ids))))
    if ids := _ints(wanted.get("user", ())):
        put("user", s.execute(select(User.id, User.display_name).where(User.id.in_(ids))))
    if ids := _ints(wanted.get("warranty_claim", ())):
        put(
            "warranty_claim",
            s.execute(select(WarrantyClaim.id, WarrantyClaim.claim_no).where(WarrantyClaim.id.in_(ids))),
        )
    if ids := _ints(wanted.get("inspection", ())):
        sheets = s.execute(
            select(Inspection.id, RepairOrder.ro_number)
            .join(RepairOrder, RepairOrder.id == Inspection.repair_order_id)
            .where(Inspection.id.in_(ids))
        )
        put("inspection", sheets)
    if ids := _ints(wanted.get("reminder", ())):
        due = s.execute(
            select(Reminder.id, Vehicle.plate, Vehicle.vin)
            .join(Vehicle, Vehicle.id == Reminder.vehicle_id)
            .where(Reminder.id.in_(ids))
        )
        put("reminder", ((i, f"#{i} {plate_display(p) if p else v}") for i, p, v in due))
    if ids := _ints(wanted.get("print_job", ())):
        jobs = s.execute(select(PrintJob.id, PrintJob.document_ref).where(PrintJob.id.in_(ids)))
        put("print_job", ((i, f"#{i} {ref}") for i, ref in jobs))
    if ids := _ints(wanted.get("complaint", ())):
        put("complaint", ((i, f"#{i}") for i in ids))
    for entity, entity_ids in wanted.items():
        for entity_id in entity_ids:
            names.setdefault((entity, entity_id), f"{entity_label(entity)} {entity_id}")
    return names
