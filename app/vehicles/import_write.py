"""Writing an import's plan in one transaction that does nothing but write.

All the checks were made before, in a read transaction (import_plan), so the write lock (SQLite)
or the row locks (PostgreSQL) are held only for the writing. The plan is refused as a whole if
another counter changed one of its vehicles or owners, or registered one of its new VINs, since it
was made: the user runs the import again (nothing was written). New rows are added in chunks and
flushed once per chunk, not once per row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from app import audit
from app.errors import Conflict
from app.roles import Actor
from app.vehicles.customers import (
    MAX_PHONES,
    CleanCustomer,
    apply_customer,
    insert_customers,
    phone_info,
    phones_not_in,
)
from app.vehicles.import_plan import CHUNK, ImportPlan, ModelKey, NewVehicle, OwnerKey, VehicleUpdate
from app.vehicles.mileage import ReadingSource, add_reading
from app.vehicles.models import ModelInput, find_model, insert_model
from app.vehicles.vehicles import NewVehicleRow, apply_vehicle, insert_vehicles, release_plate
from app.wording import say
from db.models import Customer, Vehicle

T = TypeVar("T")
Q = TypeVar("Q", bound=Select[Any])


def _stale(vin: str) -> Conflict:
    return Conflict(
        say(
            "导入期间其他前台修改了车架号 {vin} 的车辆或其车主，本次未导入任何数据；"
            "请重新导入（将按最新资料重新检查）。",
            vin=vin,
        )
    )


def _chunks(items: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _for_update(s: Session, q: Q) -> Q:
    """Row locks on PostgreSQL until the commit; on SQLite the writer already holds the file."""
    if s.get_bind().dialect.name == "postgresql":
        return q.with_for_update(key_share=True)
    return q


class _Writer:
    def __init__(self, s: Session, actor: Actor, plan: ImportPlan, now: dt.datetime) -> None:
        self._s, self._actor, self._plan, self._now = s, actor, plan, now
        self._models: dict[ModelKey, int] = {}
        self._owners: dict[OwnerKey, int] = {}
        self.updated = 0

    def model_id(self, ref: int | ModelKey) -> int:
        return ref if isinstance(ref, int) else self._models[ref]

    # ------------------------------------------------------------ freshness
    def check_new_vins(self) -> None:
        vins = [n.vehicle.vin for n in self._plan.new]
        for chunk in _chunks(vins):
            taken = self._s.scalar(select(Vehicle.vin).where(Vehicle.vin.in_(chunk)).limit(1))
            if taken is not None:
                raise _stale(taken)

    def load_updated(self) -> tuple[dict[int, Vehicle], dict[int, Customer]]:
        """The vehicles and owners the plan updates, locked and as the plan saw them (else stale)."""
        s, updates = self._s, self._plan.updates
        vehicles: dict[int, Vehicle] = {}
        for chunk in _chunks(updates):
            q = select(Vehicle).where(Vehicle.id.in_([u.vehicle_id for u in chunk]))
            for v in s.scalars(_for_update(s, q).execution_options(populate_existing=True)):
                vehicles[v.id] = v
        owners: dict[int, Customer] = {}
        with_phones = [u for u in updates if u.phones]
        for chunk in _chunks(with_phones):
            owners_q = select(Customer).where(Customer.id.in_({u.owner_id for u in chunk}))
            owners_q = _for_update(s, owners_q).options(selectinload(Customer.phones))
            for c in s.scalars(owners_q.execution_options(populate_existing=True)):
                owners[c.id] = c
        for u in updates:
            vehicle = vehicles.get(u.vehicle_id)
            if vehicle is None or vehicle.version != u.version or vehicle.owner_id != u.owner_id:
                raise _stale(vehicle.vin if vehicle is not None else str(u.vehicle_id))
            if u.phones:
                owner = owners.get(u.owner_id)
                if owner is None or owner.version != u.owner_version:
                    raise _stale(vehicle.vin)
        return vehicles, owners

    # -------------------------------------------------------------- writing
    def add_models(self) -> None:
        for m in self._plan.models:
            on_file = find_model(self._s, m.brand, m.name)  # another counter may have added it meanwhile
            row = on_file or insert_model(self._s, self._actor, ModelInput(m.brand, m.name, is_nev=m.is_nev))
            self._models[m.key] = row.id

    def update(self, u: VehicleUpdate, vehicle: Vehicle, owner: Customer | None) -> None:
        """One known vehicle's changes, written by the next flush (apply_vehicle's or the commit)."""
        s, actor, now = self._s, self._actor, self._now
        changed = False
        if u.km is not None:
            add_reading(s, vehicle.id, u.km, now, ReadingSource.IMPORT, user_id=actor.user_id)
            before = vehicle.last_mileage_km
            vehicle.last_mileage_km = u.km
            audit.record(
                s, actor, "vehicle.import_mileage", "vehicle", vehicle.id, {"km": before}, {"km": u.km}
            )
            changed = True
        if u.merged is not None:
            changed |= apply_vehicle(
                s,
                actor,
                vehicle,
                u.merged,
                self.model_id(u.model),
                vehicle.owner_id,
                now,
                u.warnings,
                action="vehicle.import_update",
                flush=False,
            )
        if owner is not None:
            changed |= self._add_phones(u, owner)
        self.updated += changed

    def _add_phones(self, u: VehicleUpdate, owner: Customer) -> bool:
        """Adds the plan's new numbers; another row of this import may have added them already."""
        current = tuple(phone_info(p.number, p.extension, p.label) for p in owner.phones)
        new = phones_not_in(u.phones, current)
        if not new or len(current) + len(new) > MAX_PHONES:
            return False
        clean = CleanCustomer(owner.name, owner.name_initials, owner.kind, owner.note, current + new)
        return apply_customer(self._s, self._actor, owner, clean, action="customer.import_update")

    def release_plates(self) -> None:
        """Takes the new vehicles' plates off any vehicle that still carries one (the warning said so)."""
        plates = [n.vehicle.plate for n in self._plan.new if n.vehicle.plate is not None]
        for chunk in _chunks(plates):
            held = set(self._s.scalars(select(Vehicle.plate).where(Vehicle.plate.in_(chunk))))
            for plate in sorted(p for p in held if p is not None):
                release_plate(self._s, self._actor, plate, None, self._now)

    def add_owners(self) -> None:
        keys = list(self._plan.owners)
        ids = insert_customers(self._s, self._actor, list(self._plan.owners.values()), "customer.import")
        self._owners = dict(zip(keys, ids, strict=True))

    def add_vehicles(self, chunk: Sequence[NewVehicle]) -> None:
        s, actor = self._s, self._actor
        alone = [n.owner for n in chunk if isinstance(n.owner, CleanCustomer)]
        alone_ids = iter(insert_customers(s, actor, alone, "customer.import"))
        rows = [
            NewVehicleRow(n.vehicle, self.model_id(n.model), self._owner_id(n, alone_ids), n.warnings)
            for n in chunk
        ]
        insert_vehicles(s, actor, rows, self._now, ReadingSource.IMPORT, "vehicle.import")

    def _owner_id(self, n: NewVehicle, alone: Iterator[int]) -> int:
        if isinstance(n.owner, CleanCustomer):
            return next(alone)
        if isinstance(n.owner, int):
            return n.owner
        return self._owners[n.owner]


def write_plan(
    s: Session,
    actor: Actor,
    plan: ImportPlan,
    now: dt.datetime,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Writes the plan; returns how many known vehicles changed. progress(writes done) as it goes.

    Raises Conflict when another counter's save made the plan stale (the caller rolls back)."""
    writer = _Writer(s, actor, plan, now)
    writer.check_new_vins()
    vehicles, owners = writer.load_updated()
    writer.add_models()
    done = 0
    for chunk in _chunks(plan.updates):
        for u in chunk:
            writer.update(u, vehicles[u.vehicle_id], owners.get(u.owner_id) if u.phones else None)
        done += len(chunk)
        if progress is not None:
            progress(done)
    # After the updates: a known vehicle of the file that moved off a plate no longer holds it.
    writer.release_plates()
    writer.add_owners()
    for new_chunk in _chunks(plan.new):
        writer.add_vehicles(new_chunk)
        done += len(new_chunk)
        if progress is not None:
            progress(done)
    return writer.updated
