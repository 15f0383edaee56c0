"""The counter's one search box: a query string in, ranked vehicles out.

What the text is taken for (several readings may apply; each runs on an index, never a scan):
- a plate with its province, typed any way (京a·12345, full-width): the current plate exactly,
  a former plate (plate_history) exactly, and plates starting with it (as the advisor types);
- a plate without its province (A12345, AD12345): the current or a former plate in any province
  (an IN list of the 31 provinces, i.e. 31 index probes);
- 17 letters and digits: the VIN; 6-8 letters and digits with a digit (or up to 16 with a letter
  too): the VIN's last characters (a prefix search on vehicles.vin_reversed);
- the last 3-5 characters of the plate (7404, W7404 for 粤B·W7404): a prefix search on
  vehicles.plate_tail (the plate's last five characters reversed, computed by the database);
- a phone number (validated as at entry) or its last 4 digits (customer_phones.number / tail4);
- Chinese text: the customer's name, exactly or as its beginning;
- Latin letters: pinyin initials (张三 -> zs), exactly or as their beginning;
- an RO number (RO20261127-0007): the vehicle of that repair order.

Ranking: exact identifiers first (plate, VIN, RO number), then phone and former plate, then
partial identifiers and exact names, then the last few characters of a phone or a plate (one
rank: "7404" may be either), then initials and prefixes; inside a rank the most recent visit first,
then by the matched text.
A customer without a vehicle is returned too (vehicle_id None) so the advisor can add the car.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import BindParameter, ColumnElement, Connection, Row, Select, bindparam, select

from app.clock import Clock, system_clock
from app.roles import Actor, Permission, require
from app.uow import reading
from app.users import authorize
from app.validation import (
    format_plate,
    mask_phone,
)
from app.validation.plate import PROVINCES
from app.vehicles._search import prefix_upper_bound
from app.vehicles.query import MATCH_LABELS, MATCH_RANK, MatchKind, Probe, parse_query
from db.models import Customer, CustomerPhone, PlateHistory, Vehicle, VehicleModel
from db.uow import Database

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
# A customer with a fleet: at most this many of their vehicles are listed.
MAX_VEHICLES_PER_QUERY = 200


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


@dataclass
class _Found:
    kind: MatchKind
    matched: str
    last_visit_at: dt.datetime | None = None
    phone: str | None = None

    def better_than(self, other: _Found | None) -> bool:
        return other is None or MATCH_RANK[self.kind] < MATCH_RANK[other.kind]

    def order(self, key: int) -> tuple[int, float, str, int]:
        visit = self.last_visit_at.timestamp() if self.last_visit_at else float("-inf")
        return MATCH_RANK[self.kind], -visit, self.matched, key


Statement = Select[*tuple[Any, ...]]


# The statements are built once with bound parameters: per search only the values change, so
# SQLAlchemy's compiled cache is hit and no expression is rebuilt.
def _p(name: str, expanding: bool = False) -> BindParameter[Any]:
    return bindparam(name, expanding=expanding)


def _vehicles_where(*where: ColumnElement[bool]) -> Statement:
    return select(Vehicle.id, Vehicle.plate, Vehicle.last_visit_at).where(*where).limit(_p("n"))


def _former_where(*where: ColumnElement[bool]) -> Statement:
    return (
        select(PlateHistory.vehicle_id, PlateHistory.plate, Vehicle.last_visit_at)
        .join(Vehicle, Vehicle.id == PlateHistory.vehicle_id)
        .where(PlateHistory.valid_to.is_not(None), *where)
        .limit(_p("n"))
    )


def _customers_where(column: Any, *where: ColumnElement[bool], ordered: bool = False) -> Statement:
    q = select(Customer.id, Customer.name).where(*where)
    return (q.order_by(column) if ordered else q).limit(_p("n"))


def _phones_where(*where: ColumnElement[bool]) -> Statement:
    return select(CustomerPhone.customer_id, CustomerPhone.number).where(*where).limit(_p("n"))


# kind -> (what the rows are, statement); rows are (id, matched text[, last visit]).
_STATEMENTS: dict[MatchKind, tuple[tuple[str, Statement], ...]] = {
    MatchKind.PLATE: (("vehicle", _vehicles_where(Vehicle.plate == _p("v"))),),
    MatchKind.FORMER_PLATE: (("vehicle", _former_where(PlateHistory.plate == _p("v"))),),
    MatchKind.PLATE_PREFIX: (
        (
            "vehicle",
            _vehicles_where(
                Vehicle.plate >= _p("lo"), Vehicle.plate < _p("hi"), Vehicle.plate != _p("v")
            ).order_by(Vehicle.plate),
        ),
    ),
    MatchKind.PLATE_NO_PROVINCE: (
        ("vehicle", _vehicles_where(Vehicle.plate.in_(_p("plates", expanding=True)))),
        ("vehicle", _former_where(PlateHistory.plate.in_(_p("plates", expanding=True)))),
    ),
    MatchKind.VIN: (
        ("vehicle", select(Vehicle.id, Vehicle.vin, Vehicle.last_visit_at).where(Vehicle.vin == _p("v"))),
    ),
    MatchKind.VIN_TAIL: (
        (
            "vehicle",
            select(Vehicle.id, Vehicle.vin, Vehicle.last_visit_at)
            .where(Vehicle.vin_reversed >= _p("lo"), Vehicle.vin_reversed < _p("hi"))
            .order_by(Vehicle.vin_reversed)
            .limit(_p("n")),
        ),
    ),
    MatchKind.PLATE_TAIL: (
        (
            "vehicle",
            _vehicles_where(Vehicle.plate_tail >= _p("lo"), Vehicle.plate_tail < _p("hi")).order_by(
                Vehicle.plate_tail
            ),
        ),
    ),
    MatchKind.PHONE: (("customer", _phones_where(CustomerPhone.number == _p("v"))),),
    MatchKind.PHONE_TAIL: (("customer", _phones_where(CustomerPhone.tail4 == _p("v"))),),
    MatchKind.NAME: (("customer", _customers_where(Customer.name, Customer.name == _p("v"))),),
    MatchKind.NAME_PREFIX: (
        (
            "customer",
            _customers_where(
                Customer.name,
                Customer.name >= _p("lo"),
                Customer.name < _p("hi"),
                Customer.name != _p("v"),
                ordered=True,
            ),
        ),
    ),
    MatchKind.INITIALS: (("customer", _customers_where(Customer.name, Customer.name_initials == _p("v"))),),
    MatchKind.INITIALS_PREFIX: (
        (
            "customer",
            _customers_where(
                Customer.name_initials,
                Customer.name_initials >= _p("lo"),
                Customer.name_initials < _p("hi"),
                Customer.name_initials != _p("v"),
                ordered=True,
            ),
        ),
    ),
}

_OWNED = (
    select(Vehicle.id, Vehicle.owner_id, Vehicle.last_visit_at)
    .where(Vehicle.owner_id.in_(_p("ids", expanding=True)))
    .limit(MAX_VEHICLES_PER_QUERY)
)
_VEHICLE_ROWS = (
    select(
        Vehicle.id,
        Vehicle.plate,
        Vehicle.vin,
        Vehicle.owner_id,
        VehicleModel.brand,
        VehicleModel.name,
        Customer.name,
    )
    .join(VehicleModel, VehicleModel.id == Vehicle.model_id)
    .join(Customer, Customer.id == Vehicle.owner_id)
    .where(Vehicle.id.in_(_p("ids", expanding=True)))
)
_CUSTOMER_ROWS = select(Customer.id, Customer.name).where(Customer.id.in_(_p("ids", expanding=True)))
_MAIN_PHONES = (
    select(CustomerPhone.customer_id, CustomerPhone.number)
    .where(CustomerPhone.customer_id.in_(_p("ids", expanding=True)))
    .order_by(CustomerPhone.customer_id, CustomerPhone.position)
)


def _params(probe: Probe, limit: int) -> dict[str, Any]:
    v = probe.value
    match probe.kind:
        case MatchKind.PLATE_NO_PROVINCE:
            return {"plates": [p + v for p in PROVINCES], "n": limit}
        case MatchKind.VIN_TAIL | MatchKind.PLATE_TAIL:
            tail = v[::-1]
            return {"lo": tail, "hi": prefix_upper_bound(tail), "n": limit}
        case MatchKind.PLATE_PREFIX | MatchKind.NAME_PREFIX | MatchKind.INITIALS_PREFIX:
            return {"v": v, "lo": v, "hi": prefix_upper_bound(v), "n": limit}
        case _:
            return {"v": v, "n": limit}


def _note(found: dict[int, _Found], key: int, hit: _Found) -> None:
    if hit.better_than(found.get(key)):
        found[key] = hit


def _masked(number: str | None) -> str:
    if not number:
        return ""
    if len(number) == 11 and number.startswith("1"):
        return f"{number[:3]}****{number[-4:]}"  # a stored mobile number: the common case, made cheap
    return mask_phone(number)


class OrderNumbers(Protocol):
    """How the lookup finds a car by its repair order number: orders own the numbers and their
    table, and app.context plugs them in (vehicles sits below orders)."""

    def parse(self, text: str) -> str | None:
        """The canonical number when the (upper-case, compact) text is one, else None."""

    def vehicles_for(self, conn: Connection, number: str) -> Sequence[tuple[int, str, dt.datetime | None]]:
        """(vehicle id, the number, the vehicle's last visit) of the order with that number."""


class LookupService:
    def __init__(
        self, db: Database, clock: Clock = system_clock, order_numbers: OrderNumbers | None = None
    ) -> None:
        self._db = db
        self._clock = clock
        self._order_numbers = order_numbers

    def search(self, actor: Actor, query: str, limit: int = DEFAULT_LIMIT) -> list[LookupHit]:
        require(actor, Permission.VIEW_BOARD)
        limit = max(1, min(limit, MAX_LIMIT))
        parse = self._order_numbers.parse if self._order_numbers is not None else None
        probes = sorted(parse_query(query, parse), key=lambda p: MATCH_RANK[p.kind])
        if not probes:
            return []
        with reading(self._db) as s:
            authorize(s, actor, Permission.VIEW_BOARD)
            return self._search(s.connection(), probes, limit)

    def _search(self, conn: Connection, probes: Iterable[Probe], limit: int) -> list[LookupHit]:
        vehicles: dict[int, _Found] = {}
        lone: dict[int, _Found] = {}  # customers without a vehicle
        for probe in probes:
            rank = MATCH_RANK[probe.kind]
            # Probes run best rank first: once enough better hits are in, worse readings cannot place.
            better = sum(MATCH_RANK[f.kind] < rank for f in (*vehicles.values(), *lone.values()))
            if better >= limit:
                break
            if probe.kind is MatchKind.RO_NUMBER:
                if self._order_numbers is not None:
                    for vehicle_id, matched, last_visit in self._order_numbers.vehicles_for(
                        conn, probe.value
                    ):
                        _note(vehicles, vehicle_id, _Found(probe.kind, matched, last_visit))
                continue
            params = _params(probe, limit)
            for target, statement in _STATEMENTS[probe.kind]:
                rows = conn.execute(statement, params).all()
                if target == "vehicle":
                    for vehicle_id, matched, last_visit in rows:
                        _note(vehicles, vehicle_id, _Found(probe.kind, matched or probe.value, last_visit))
                elif rows:
                    self._customers(conn, probe, rows, vehicles, lone)
        chosen = sorted(
            ((f.order(k), k, "v") for k, f in vehicles.items()),
        )
        chosen += sorted((f.order(k), k, "c") for k, f in lone.items())
        chosen.sort()
        top = chosen[:limit]
        return self._hits(
            conn,
            {k: vehicles[k] for _, k, t in top if t == "v"},
            {k: lone[k] for _, k, t in top if t == "c"},
            [(k, t) for _, k, t in top],
        )

    def _customers(
        self,
        conn: Connection,
        probe: Probe,
        rows: Sequence[Row[*tuple[Any, ...]]],
        vehicles: dict[int, _Found],
        lone: dict[int, _Found],
    ) -> None:
        phone = probe.kind in (MatchKind.PHONE, MatchKind.PHONE_TAIL)
        found = {cid: _Found(probe.kind, matched, None, matched if phone else None) for cid, matched in rows}
        owners = set()
        for vehicle_id, owner_id, last_visit in conn.execute(_OWNED, {"ids": list(found)}):
            f = found[owner_id]
            _note(vehicles, vehicle_id, _Found(f.kind, f.matched, last_visit, f.phone))
            owners.add(owner_id)
        for cid, f in found.items():
            if cid not in owners:
                _note(lone, cid, f)

    def _hits(
        self,
        conn: Connection,
        vehicles: dict[int, _Found],
        lone: dict[int, _Found],
        order: list[tuple[int, str]],
    ) -> list[LookupHit]:
        rows = {r[0]: r for r in conn.execute(_VEHICLE_ROWS, {"ids": list(vehicles)})} if vehicles else {}
        names = dict(conn.execute(_CUSTOMER_ROWS, {"ids": list(lone)}).all()) if lone else {}
        owner_ids = {r[3] for r in rows.values()} | set(lone)
        main_phone: dict[int, str] = {}
        if owner_ids:
            for customer_id, number in conn.execute(_MAIN_PHONES, {"ids": list(owner_ids)}):
                main_phone.setdefault(customer_id, number)
        hits = []
        for key, target in order:
            if target == "v":
                found = vehicles[key]
                vid, plate, vin, owner_id, brand, model, owner_name = rows[key]
                hits.append(
                    LookupHit(
                        vid,
                        owner_id,
                        plate,
                        format_plate(plate) if plate else "",
                        vin,
                        f"{brand} {model}".strip(),
                        owner_name,
                        _masked(found.phone or main_phone.get(owner_id)),
                        found.last_visit_at,
                        found.kind,
                        MATCH_LABELS[found.kind],
                        _masked(found.phone) if found.phone else found.matched,
                    )
                )
            else:
                found = lone[key]
                hits.append(
                    LookupHit(
                        None,
                        key,
                        None,
                        "",
                        None,
                        "",
                        names[key],
                        _masked(found.phone or main_phone.get(key)),
                        None,
                        found.kind,
                        MATCH_LABELS[found.kind],
                        _masked(found.phone) if found.phone else found.matched,
                    )
                )
        return hits
