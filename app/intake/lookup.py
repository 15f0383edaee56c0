"""The counter's one search box: a query string in, ranked vehicles out.

What the text is taken for (several readings may apply; each runs on an index, never a scan):
- a plate with its province, typed any way (京a·12345, full-width): the current plate exactly,
  a former plate (plate_history) exactly, and plates starting with it (as the advisor types);
- a plate without its province (A12345, AD12345): the current or a former plate in any province
  (an IN list of the 31 provinces, i.e. 31 index probes);
- 17 letters and digits: the VIN; 6-8 letters and digits with a digit (or up to 16 with a letter
  too): the VIN's last characters (a prefix search on vehicles.vin_reversed);
- a phone number (validated as at entry) or its last 4 digits (customer_phones.number / tail4);
- Chinese text: the customer's name, exactly or as its beginning;
- Latin letters: pinyin initials (张三 -> zs), exactly or as their beginning;
- an RO number (RO20261127-0007): the vehicle of that repair order.

Ranking: exact identifiers first (plate, VIN, RO number), then phone and former plate, then
partial identifiers and exact names, then prefixes; inside a rank the most recent visit first,
then by the matched text.
A customer without a vehicle is returned too (vehicle_id None) so the advisor can add the car.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.clock import Clock, system_clock
from app.errors import ValidationError
from app.intake.common import starts_with
from app.intake.numbering import format_ro_number, parse_ro_number
from app.roles import Actor, Permission, require
from app.uow import reading
from app.validation import (
    clean_scanned,
    format_plate,
    is_plate_like,
    mask_phone,
    normalize_plate,
    to_halfwidth,
    validate_phone,
)
from app.validation.plate import PROVINCES
from db.models import Customer, CustomerPhone, PlateHistory, RepairOrder, Vehicle, VehicleModel
from db.uow import Database

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
# A customer with a fleet: at most this many of their vehicles are listed.
MAX_VEHICLES_PER_QUERY = 200
_SEPARATORS = frozenset("·・•‧∙⋅･-‐‑‒–—―−.()（）/\\_")
_PARTIAL_PLATE = re.compile(
    r"^[A-HJ-NP-Z][A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳领]$|^[A-HJ-NP-Z][A-HJ-NP-Z0-9]{6}$"
)
_MAX_INITIALS = 16


class MatchKind(StrEnum):
    PLATE = "plate"
    VIN = "vin"
    RO_NUMBER = "ro_number"
    PHONE = "phone"
    FORMER_PLATE = "former_plate"
    PLATE_NO_PROVINCE = "plate_no_province"
    VIN_TAIL = "vin_tail"
    NAME = "name"
    PHONE_TAIL = "phone_tail"
    INITIALS = "initials"
    PLATE_PREFIX = "plate_prefix"
    NAME_PREFIX = "name_prefix"
    INITIALS_PREFIX = "initials_prefix"


MATCH_RANK: dict[MatchKind, int] = {
    MatchKind.PLATE: 0,
    MatchKind.VIN: 0,
    MatchKind.RO_NUMBER: 0,
    MatchKind.PHONE: 1,
    MatchKind.FORMER_PLATE: 1,
    MatchKind.PLATE_NO_PROVINCE: 2,
    MatchKind.VIN_TAIL: 2,
    MatchKind.NAME: 2,
    MatchKind.PHONE_TAIL: 3,
    MatchKind.INITIALS: 4,
    MatchKind.PLATE_PREFIX: 5,
    MatchKind.NAME_PREFIX: 5,
    MatchKind.INITIALS_PREFIX: 6,
}

MATCH_LABELS: dict[MatchKind, str] = {
    MatchKind.PLATE: "车牌",
    MatchKind.VIN: "车架号",
    MatchKind.RO_NUMBER: "工单号",
    MatchKind.PHONE: "电话",
    MatchKind.FORMER_PLATE: "曾用车牌",
    MatchKind.PLATE_NO_PROVINCE: "车牌（未输省份）",
    MatchKind.VIN_TAIL: "车架号后几位",
    MatchKind.NAME: "姓名",
    MatchKind.PHONE_TAIL: "电话后四位",
    MatchKind.INITIALS: "姓名拼音首字母",
    MatchKind.PLATE_PREFIX: "车牌开头",
    MatchKind.NAME_PREFIX: "姓名开头",
    MatchKind.INITIALS_PREFIX: "拼音首字母开头",
}


@dataclass(frozen=True)
class Probe:
    """One reading of the query: what to look for, and how."""

    kind: MatchKind
    value: str


@dataclass(frozen=True)
class LookupHit:
    vehicle_id: int | None  # None: a customer without a vehicle on file
    customer_id: int
    plate: str | None
    plate_display: str  # 京A·12345
    vin: str | None
    model: str  # brand and model
    owner_name: str
    phone_masked: str  # 138****5678: the number that matched, else the main one
    last_visit_at: dt.datetime | None
    match: MatchKind
    match_label: str
    matched: str  # the value that matched (e.g. the former plate), for the result row

    @property
    def rank(self) -> int:
        return MATCH_RANK[self.match]


def _is_cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"


def parse_query(raw: str) -> list[Probe]:
    """Every reading of the query worth an index probe (pure: tested without a database)."""
    text = to_halfwidth(clean_scanned(raw))
    compact = "".join(c for c in text if not c.isspace() and c not in _SEPARATORS)
    if not compact:
        return []
    upper = compact.upper()
    probes: list[Probe] = []
    plate_like = is_plate_like(text)
    if plate_like:
        plate = normalize_plate(text)
        if len(plate) >= 7:
            probes += [Probe(MatchKind.PLATE, plate), Probe(MatchKind.FORMER_PLATE, plate)]
        probes.append(Probe(MatchKind.PLATE_PREFIX, plate))
    if _PARTIAL_PLATE.fullmatch(upper):
        probes.append(Probe(MatchKind.PLATE_NO_PROVINCE, upper))
    ro = parse_ro_number(upper)
    if ro is not None:
        probes.append(Probe(MatchKind.RO_NUMBER, format_ro_number(*ro)))
    elif upper.isascii() and upper.isalnum():
        if len(upper) == 17:
            probes.append(Probe(MatchKind.VIN, upper))
        elif any(c.isdigit() for c in upper) and (
            6 <= len(upper) <= 8 or (len(upper) <= 16 and not upper.isdigit())
        ):
            # The last 6-8 characters as people read them out; a longer scanned fragment only if it
            # has a letter (a long run of digits is a phone number).
            probes.append(Probe(MatchKind.VIN_TAIL, upper))
    digits = compact.removeprefix("+")
    if digits.isascii() and digits.isdigit():
        if len(digits) == 4:
            probes.append(Probe(MatchKind.PHONE_TAIL, digits))
        elif len(digits) >= 7:
            with suppress(ValidationError):  # not a phone number after all
                probes.append(Probe(MatchKind.PHONE, validate_phone(text).number))
    if any(_is_cjk(c) for c in compact) and not plate_like:
        name = " ".join(text.split())
        probes += [Probe(MatchKind.NAME, name), Probe(MatchKind.NAME_PREFIX, name)]
    if compact.isascii() and compact.isalpha() and len(compact) <= _MAX_INITIALS:
        initials = compact.lower()
        probes += [Probe(MatchKind.INITIALS, initials), Probe(MatchKind.INITIALS_PREFIX, initials)]
    return probes


@dataclass
class _Found:
    kind: MatchKind
    matched: str
    phone: str | None = None

    def better_than(self, other: _Found | None) -> bool:
        return other is None or MATCH_RANK[self.kind] < MATCH_RANK[other.kind]


def _vehicle_query(probe: Probe, limit: int) -> Select[int, str | None] | Select[int, str] | None:
    v = probe.value
    match probe.kind:
        case MatchKind.PLATE:
            return select(Vehicle.id, Vehicle.plate).where(Vehicle.plate == v).limit(limit)
        case MatchKind.PLATE_PREFIX:
            return (
                select(Vehicle.id, Vehicle.plate)
                .where(starts_with(Vehicle.plate, v), Vehicle.plate != v)
                .order_by(Vehicle.plate)
                .limit(limit)
            )
        case MatchKind.PLATE_NO_PROVINCE:
            plates = [p + v for p in PROVINCES]
            return select(Vehicle.id, Vehicle.plate).where(Vehicle.plate.in_(plates)).limit(limit)
        case MatchKind.VIN:
            return select(Vehicle.id, Vehicle.vin).where(Vehicle.vin == v)
        case MatchKind.VIN_TAIL:
            return (
                select(Vehicle.id, Vehicle.vin)
                .where(starts_with(Vehicle.vin_reversed, v[::-1]))
                .order_by(Vehicle.vin_reversed)
                .limit(limit)
            )
        case MatchKind.RO_NUMBER:
            return select(RepairOrder.vehicle_id, RepairOrder.ro_number).where(RepairOrder.ro_number == v)
        case _:
            return None


def _history_query(probe: Probe, limit: int) -> Select[int, str] | None:
    """Former plates (current ones are found on the vehicle itself)."""
    former = PlateHistory.valid_to.is_not(None)
    if probe.kind is MatchKind.FORMER_PLATE:
        return (
            select(PlateHistory.vehicle_id, PlateHistory.plate)
            .where(PlateHistory.plate == probe.value, former)
            .limit(limit)
        )
    if probe.kind is MatchKind.PLATE_NO_PROVINCE:
        plates = [p + probe.value for p in PROVINCES]
        return (
            select(PlateHistory.vehicle_id, PlateHistory.plate)
            .where(PlateHistory.plate.in_(plates), former)
            .limit(limit)
        )
    return None


def _customer_query(probe: Probe, limit: int) -> Select[int, str] | None:
    v = probe.value
    match probe.kind:
        case MatchKind.PHONE:
            return (
                select(CustomerPhone.customer_id, CustomerPhone.number)
                .where(CustomerPhone.number == v)
                .limit(limit)
            )
        case MatchKind.PHONE_TAIL:
            return (
                select(CustomerPhone.customer_id, CustomerPhone.number)
                .where(CustomerPhone.tail4 == v)
                .limit(limit)
            )
        case MatchKind.NAME:
            return select(Customer.id, Customer.name).where(Customer.name == v).limit(limit)
        case MatchKind.NAME_PREFIX:
            return (
                select(Customer.id, Customer.name)
                .where(starts_with(Customer.name, v), Customer.name != v)
                .order_by(Customer.name)
                .limit(limit)
            )
        case MatchKind.INITIALS:
            return select(Customer.id, Customer.name).where(Customer.name_initials == v).limit(limit)
        case MatchKind.INITIALS_PREFIX:
            return (
                select(Customer.id, Customer.name)
                .where(starts_with(Customer.name_initials, v), Customer.name_initials != v)
                .order_by(Customer.name_initials)
                .limit(limit)
            )
        case _:
            return None


def _note(found: dict[int, _Found], key: int, hit: _Found) -> None:
    if hit.better_than(found.get(key)):
        found[key] = hit


class LookupService:
    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._db = db
        self._clock = clock

    def search(self, actor: Actor, query: str, limit: int = DEFAULT_LIMIT) -> list[LookupHit]:
        require(actor, Permission.VIEW_BOARD)
        limit = max(1, min(limit, MAX_LIMIT))
        probes = parse_query(query)
        if not probes:
            return []
        with reading(self._db) as s:
            return self._search(s, probes, limit)

    def _search(self, s: Session, probes: Iterable[Probe], limit: int) -> list[LookupHit]:
        vehicles: dict[int, _Found] = {}
        customers: dict[int, _Found] = {}
        for probe in probes:
            for query in (_vehicle_query(probe, limit), _history_query(probe, limit)):
                if query is not None:
                    for vehicle_id, matched in s.execute(query):
                        _note(vehicles, vehicle_id, _Found(probe.kind, matched or probe.value))
            cq = _customer_query(probe, limit)
            if cq is not None:
                phone = probe.kind in (MatchKind.PHONE, MatchKind.PHONE_TAIL)
                for customer_id, matched in s.execute(cq):
                    _note(customers, customer_id, _Found(probe.kind, matched, matched if phone else None))
        without_vehicle = set(customers)
        if customers:
            owned = s.execute(
                select(Vehicle.id, Vehicle.owner_id)
                .where(Vehicle.owner_id.in_(customers))
                .limit(MAX_VEHICLES_PER_QUERY)
            )
            for vehicle_id, owner_id in owned:
                _note(vehicles, vehicle_id, customers[owner_id])
                without_vehicle.discard(owner_id)
        return self._hits(s, vehicles, {c: customers[c] for c in without_vehicle}, limit)

    def _hits(
        self, s: Session, vehicles: dict[int, _Found], lone: dict[int, _Found], limit: int
    ) -> list[LookupHit]:
        rows = []
        if vehicles:
            rows = list(
                s.execute(
                    select(
                        Vehicle.id,
                        Vehicle.plate,
                        Vehicle.vin,
                        Vehicle.last_visit_at,
                        Vehicle.owner_id,
                        VehicleModel.brand,
                        VehicleModel.name,
                        Customer.name,
                    )
                    .join(VehicleModel, VehicleModel.id == Vehicle.model_id)
                    .join(Customer, Customer.id == Vehicle.owner_id)
                    .where(Vehicle.id.in_(vehicles))
                )
            )
        lone_rows = []
        if lone:
            lone_rows = list(s.execute(select(Customer.id, Customer.name).where(Customer.id.in_(lone))))
        owner_ids = {r[4] for r in rows} | {r[0] for r in lone_rows}
        main_phone: dict[int, str] = {}
        if owner_ids:
            phones = s.execute(
                select(CustomerPhone.customer_id, CustomerPhone.number)
                .where(CustomerPhone.customer_id.in_(owner_ids))
                .order_by(CustomerPhone.customer_id, CustomerPhone.position)
            )
            for customer_id, number in phones:
                main_phone.setdefault(customer_id, number)
        hits = []
        for vid, plate, vin, last_visit, owner_id, brand, model, owner_name in rows:
            found = vehicles[vid]
            phone = found.phone or main_phone.get(owner_id, "")
            hits.append(
                LookupHit(
                    vid,
                    owner_id,
                    plate,
                    format_plate(plate) if plate else "",
                    vin,
                    f"{brand} {model}".strip(),
                    owner_name,
                    mask_phone(phone) if phone else "",
                    last_visit,
                    found.kind,
                    MATCH_LABELS[found.kind],
                    found.matched
                    if found.kind not in (MatchKind.PHONE, MatchKind.PHONE_TAIL)
                    else mask_phone(found.matched),
                )
            )
        for customer_id, name in lone_rows:
            found = lone[customer_id]
            phone = found.phone or main_phone.get(customer_id, "")
            hits.append(
                LookupHit(
                    None,
                    customer_id,
                    None,
                    "",
                    None,
                    "",
                    name,
                    mask_phone(phone) if phone else "",
                    None,
                    found.kind,
                    MATCH_LABELS[found.kind],
                    found.matched
                    if found.kind not in (MatchKind.PHONE, MatchKind.PHONE_TAIL)
                    else mask_phone(found.matched),
                )
            )
        epoch = dt.datetime.min.replace(tzinfo=dt.UTC)
        hits.sort(
            key=lambda h: (h.rank, -(h.last_visit_at or epoch).timestamp(), h.matched, h.vehicle_id or 0)
        )
        return hits[:limit]
