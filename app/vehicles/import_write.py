"""Writing an import's prepared rows (import_batch) in one transaction that does nothing but write.

All the checks were made before, in a read transaction (import_plan), and the rows and audit
texts were made before the transaction began (import_batch), so the write lock (SQLite) or the
row locks (PostgreSQL) are held only for the writing. Under lock it first checks that no new VIN
was registered and that every vehicle and owner it changes still has the version the plan saw;
otherwise the whole import is refused with one message (nothing is written) and the user runs it
again. It then reads who carries each plate it gives (another counter may have moved one), and
writes with executemany on the tables themselves (SQLAlchemy Core): the customers and vehicles
with their ids returned, their phones, plate history and readings, the updated vehicles and
owners (version-checked once more in the UPDATE), and the audit rows, staged for the chain at
once. Only plate moves, rare, are written row by row, in the order the rows ask for them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from app import audit, audit_chain
from app.audit import json_text
from app.errors import Conflict
from app.roles import Actor
from app.uow import CONFLICT_MESSAGE
from app.vehicles.import_batch import ImportBatch, NewCustomerRows, NewVehicleRows, UpdateRows
from app.vehicles.import_plan import CHUNK, ModelKey, OwnerKey
from app.vehicles.mileage import ReadingSource, add_readings
from app.vehicles.models import ModelInput, find_model, insert_model
from app.vehicles.ports import PaperChange, PaperDates
from app.vehicles.vehicles import close_plate_history, with_confirmed
from app.wording import say
from db.bulk import insert_with_ids
from db.models import Customer, CustomerPhone, PlateHistory, Vehicle
from db.types import utcnow

T = TypeVar("T")
Q = TypeVar("Q", bound=Select[Any])

_TABLES = Vehicle.metadata.tables
_VEHICLES = _TABLES[Vehicle.__tablename__]
_CUSTOMERS = _TABLES[Customer.__tablename__]
_PHONES = _TABLES[CustomerPhone.__tablename__]
_PLATES = _TABLES[PlateHistory.__tablename__]


def stale(vin: str) -> Conflict:
    """The whole import refused: a vehicle of the file (or its owner) changed since it was checked."""
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


def taken_vin(s: Session, batch: ImportBatch) -> str | None:
    """A VIN of the batch's new vehicles that is on file now (another counter registered it)."""
    vins = [str(n.values["vin"]) for n in batch.new]
    for chunk in _chunks(vins):
        taken = s.scalar(select(_VEHICLES.c.vin).where(_VEHICLES.c.vin.in_(chunk)).limit(1))
        if taken is not None:
            return str(taken)
    return None


def _for_update(s: Session, q: Q) -> Q:
    """Row locks on PostgreSQL until the commit; on SQLite the writer already holds the file."""
    if s.get_bind().dialect.name == "postgresql":
        return q.with_for_update(key_share=True)
    return q


class _Writer:
    def __init__(self, s: Session, actor: Actor, batch: ImportBatch, now: dt.datetime) -> None:
        self._s, self._actor, self._batch, self._now = s, actor, batch, now
        self._at = utcnow()  # the audit rows' time
        self.entries: list[audit_chain.PendingEntry] = []
        self._models: dict[ModelKey, int] = {}
        self._owners: dict[OwnerKey, int] = {}
        # The vehicles the write touches, as under lock and then as the rows change them.
        self._plate_of: dict[int, str | None] = {}
        self._holders: dict[str, set[int]] = {}
        self._created: dict[int, dt.datetime] = {}
        self._last_km: dict[int, int | None] = {}
        self._versions: dict[int, int] = {}
        self._vins: dict[int, str] = {}
        # What to write at the end: the vehicles' changed columns, readings, owners' phones.
        self._changes: dict[int, dict[str, object]] = {}
        self._readings: list[tuple[int, int]] = []
        self._phones: dict[int, list[dict[str, object]]] = {}
        self._owner_versions: dict[int, int] = {}
        self.updated = 0
        self.papers: list[PaperChange] = []  # for the paper reminders, after the write

    def _audit(self, action: str, entity: str, entity_id: object, before: Any, after: Any) -> None:
        self.entries.append(audit.entry(self._actor, action, entity, entity_id, before, after, self._at))

    def model_id(self, ref: int | ModelKey) -> int:
        return ref if isinstance(ref, int) else self._models[ref]

    # ------------------------------------------------------------ freshness
    def check_new_vins(self) -> None:
        taken = taken_vin(self._s, self._batch)
        if taken is not None:
            raise stale(taken)

    def lock_updated(self) -> None:
        """The vehicles and owners the plan updates, locked; refused unless as the plan saw them."""
        s, updates, v = self._s, [r.update for r in self._batch.updates], _VEHICLES.c
        owner_of: dict[int, int] = {}
        for chunk in _chunks(updates):
            q = select(v.id, v.vin, v.version, v.owner_id, v.plate, v.created_at, v.last_mileage_km)
            for row in s.execute(_for_update(s, q.where(v.id.in_([u.vehicle_id for u in chunk])))):
                self._vins[row.id], self._versions[row.id], owner_of[row.id] = (
                    row.vin,
                    row.version,
                    row.owner_id,
                )
                self._know(row.id, row.plate, row.created_at)
                self._last_km[row.id] = row.last_mileage_km
        owners: dict[int, int] = {}
        with_phones = [u for u in updates if u.phones]
        c = _CUSTOMERS.c
        for chunk in _chunks(with_phones):
            owners_q = select(c.id, c.version).where(c.id.in_({u.owner_id for u in chunk}))
            owners.update((row.id, row.version) for row in s.execute(_for_update(s, owners_q)))
        for u in updates:
            if u.vehicle_id not in owner_of:
                raise stale(str(u.vehicle_id))
            if self._versions[u.vehicle_id] != u.version or owner_of[u.vehicle_id] != u.owner_id:
                raise stale(self._vins[u.vehicle_id])
            if u.phones:
                if owners.get(u.owner_id) != u.owner_version:
                    raise stale(self._vins[u.vehicle_id])
                self._owner_versions[u.owner_id] = u.owner_version

    def read_plates(self) -> None:
        """Who carries each plate the import gives, now (locked on PostgreSQL)."""
        s, v = self._s, _VEHICLES.c
        given = {r.fields["plate"] for r in self._batch.updates if r.fields is not None}
        given |= {n.plate for n in self._batch.new}
        plates = sorted(p for p in given if isinstance(p, str))
        for chunk in _chunks(plates):
            q = select(v.id, v.plate, v.version, v.created_at).where(v.plate.in_(chunk))
            for row in s.execute(_for_update(s, q)):
                if row.id not in self._versions:
                    self._versions[row.id] = row.version
                    self._know(row.id, row.plate, row.created_at)

    def _know(self, vehicle_id: int, plate: str | None, created_at: dt.datetime) -> None:
        self._plate_of[vehicle_id] = plate
        self._created[vehicle_id] = created_at
        if plate is not None:
            self._holders.setdefault(plate, set()).add(vehicle_id)

    # -------------------------------------------------------------- plates
    def _carry(self, vehicle_id: int, plate: str | None) -> None:
        old = self._plate_of[vehicle_id]
        if old is not None:
            self._holders[old].discard(vehicle_id)
        if plate is not None:
            self._holders.setdefault(plate, set()).add(vehicle_id)
        self._plate_of[vehicle_id] = plate

    def release(self, plate: str, except_id: int | None) -> None:
        """Takes the plate off any other vehicle that carries it (the warning said so)."""
        for other in sorted(self._holders.get(plate, set()) - {except_id}):
            close_plate_history(self._s, other, plate, self._created[other], self._now)
            self._carry(other, None)
            self._changes.setdefault(other, {})["plate"] = None
            self._audit("vehicle.plate_moved", "vehicle", other, {"plate": plate}, {"plate": None})

    def _give(self, vehicle_id: int, plate: str | None) -> None:
        current = self._plate_of[vehicle_id]
        if plate is not None:
            self.release(plate, vehicle_id)
        if current is not None:
            close_plate_history(self._s, vehicle_id, current, self._created[vehicle_id], self._now)
        if plate is not None:
            self._s.execute(insert(_PLATES).values(vehicle_id=vehicle_id, plate=plate, valid_from=self._now))
        self._carry(vehicle_id, plate)

    # -------------------------------------------------------------- writing
    def add_models(self) -> None:
        for m in self._batch.models:
            on_file = find_model(self._s, m.brand, m.name)  # another counter may have added it meanwhile
            row = on_file or insert_model(self._s, self._actor, ModelInput(m.brand, m.name, is_nev=m.is_nev))
            self._models[m.key] = row.id

    def update(self, r: UpdateRows) -> None:
        """One known vehicle's changes, in the order the rows of the file make them."""
        u, changed = r.update, False
        last = self._last_km[u.vehicle_id]  # read under the lock
        if u.km is not None and (last is None or u.km > last):
            # Not when a counter recorded a reading as high meanwhile (an intake): the file's
            # is then no longer the latest and would take the car's mileage back.
            self._readings.append((u.vehicle_id, u.km))
            before, self._last_km[u.vehicle_id] = self._last_km[u.vehicle_id], u.km
            self._changes.setdefault(u.vehicle_id, {})["last_mileage_km"] = u.km
            self._audit("vehicle.import_mileage", "vehicle", u.vehicle_id, {"km": before}, {"km": u.km})
            changed = True
        if r.fields is not None:
            changed |= self._apply(r, r.fields)
            papers_before, papers_after = _papers(u.before), _papers(r.fields)
            if papers_after != papers_before:
                self.papers.append(PaperChange(u.vehicle_id, papers_before, papers_after))
        if r.owner_after is not None:
            self._phones[u.owner_id] = r.phones
            self._audit("customer.import_update", "customer", u.owner_id, r.owner_before, r.owner_after)
            changed = True
        self.updated += changed

    def _apply(self, r: UpdateRows, fields: dict[str, object]) -> bool:
        u, vehicle_id = r.update, r.update.vehicle_id
        current = self._plate_of[vehicle_id]
        as_planned = current == u.before["plate"]  # else an earlier row took its plate
        before = u.before if as_planned else u.before | {"plate": current}
        new = fields if r.model_known else fields | {"model_id": self.model_id(u.model)}
        if new == before:
            return False
        plate = new["plate"]
        if plate != current:
            self._give(vehicle_id, plate if isinstance(plate, str) else None)
        # Only the columns that change: an UPDATE naming an indexed column rewrites its index entry.
        changes = self._changes.setdefault(vehicle_id, {})
        changes.update((key, value) for key, value in new.items() if before[key] != value)
        if "vin" in changes:
            changes["vin_reversed"] = str(new["vin"])[::-1]
        after = r.after if r.after is not None else with_confirmed(dict(new), u.warnings)
        self._audit("vehicle.import_update", "vehicle", vehicle_id, r.before if as_planned else before, after)
        return True

    def release_new_plates(self) -> None:
        """The new vehicles' plates taken off any vehicle that still carries one (after the updates:
        a known vehicle of the file that moved off a plate no longer holds it)."""
        plates = [n.plate for n in self._batch.new if n.plate is not None]
        for chunk in _chunks(plates):
            for plate in sorted(p for p in set(chunk) if self._holders.get(p)):
                self.release(plate, None)

    def write_updates(self) -> None:
        """The known vehicles' new columns, their readings and the owners' phones, each table in
        a few executemany; every UPDATE is guarded by the version read under lock."""
        s, now = self._s, utcnow()
        v = _VEHICLES.c
        groups: dict[tuple[str, ...], list[dict[str, object]]] = {}
        for vehicle_id, values in self._changes.items():
            key = tuple(sorted(values))
            row = values | {"b_id": vehicle_id, "b_version": self._versions[vehicle_id]}
            groups.setdefault(key, []).append(row)
        for rows in groups.values():
            statement = (
                update(_VEHICLES)
                .where(v.id == bindparam("b_id"), v.version == bindparam("b_version"))
                .values(version=v.version + 1, updated_at=now)
            )
            self._check_all(s.execute(statement, rows).rowcount, len(rows))  # type: ignore[attr-defined]
        add_readings(s, self._readings, self._now, ReadingSource.IMPORT, user_id=self._actor.user_id)
        if not self._phones:
            return
        owners = list(self._phones)
        for chunk in _chunks(owners):
            s.execute(delete(_PHONES).where(_PHONES.c.customer_id.in_(chunk)))
        s.execute(
            insert(_PHONES),
            [phone | {"customer_id": owner} for owner in owners for phone in self._phones[owner]],
        )
        c = _CUSTOMERS.c
        statement = (
            update(_CUSTOMERS)
            .where(c.id == bindparam("b_id"), c.version == bindparam("b_version"))
            .values(version=c.version + 1, updated_at=now)
        )
        rows = [{"b_id": owner, "b_version": self._owner_versions[owner]} for owner in owners]
        self._check_all(s.execute(statement, rows).rowcount, len(rows))  # type: ignore[attr-defined]

    def _check_all(self, rowcount: int, expected: int) -> None:
        """A row the UPDATE missed was changed after it was read under lock: a bug, never silent."""
        if self._s.get_bind().dialect.supports_sane_multi_rowcount and rowcount != expected:
            raise Conflict(CONFLICT_MESSAGE)

    def _insert_customers(self, rows: Sequence[NewCustomerRows]) -> list[int]:
        ids = insert_with_ids(self._s, _CUSTOMERS, [r.values for r in rows])
        phones = [phone | {"customer_id": i} for i, r in zip(ids, rows, strict=True) for phone in r.phones]
        if phones:
            self._s.execute(insert(_PHONES), phones)
        for i, r in zip(ids, rows, strict=True):
            self._audit("customer.import", "customer", i, None, r.audit)
        return ids

    def add_owners(self) -> None:
        ids = self._insert_customers([rows for _, rows in self._batch.owners])
        self._owners = {key: i for (key, _), i in zip(self._batch.owners, ids, strict=True)}

    def add_vehicles(self, chunk: Sequence[NewVehicleRows]) -> None:
        s = self._s
        alone = iter(self._insert_customers([n.owner for n in chunk if isinstance(n.owner, NewCustomerRows)]))
        refs = [{"model_id": self.model_id(n.model), "owner_id": self._owner_id(n, alone)} for n in chunk]
        ids = insert_with_ids(s, _VEHICLES, [n.values | ref for n, ref in zip(chunk, refs, strict=True)])
        plates = [
            {"vehicle_id": i, "plate": n.plate, "valid_from": self._now}
            for i, n in zip(ids, chunk, strict=True)
            if n.plate is not None
        ]
        if plates:
            s.execute(insert(_PLATES), plates)
        readings = [(i, n.km) for i, n in zip(ids, chunk, strict=True) if n.km is not None]
        add_readings(s, readings, self._now, ReadingSource.IMPORT, user_id=self._actor.user_id)
        for i, n, ref in zip(ids, chunk, refs, strict=True):
            self._audit("vehicle.import", "vehicle", i, None, json_text(n.audit | ref))
            papers = _papers(n.values)
            if papers != PaperDates():
                self.papers.append(PaperChange(i, PaperDates(), papers))

    def _owner_id(self, n: NewVehicleRows, alone: Iterator[int]) -> int:
        if isinstance(n.owner, NewCustomerRows):
            return next(alone)
        if isinstance(n.owner, int):
            return n.owner
        return self._owners[n.owner]


def _papers(fields: dict[str, object]) -> PaperDates:
    inspection, insurance = fields["inspection_due"], fields["insurance_expires"]
    return PaperDates(
        inspection if isinstance(inspection, dt.date) else None,
        insurance if isinstance(insurance, dt.date) else None,
    )


@dataclass(frozen=True)
class Written:
    updated: int  # known vehicles changed
    papers: tuple[PaperChange, ...]  # the vehicles whose paper dates the import set or changed


def write_batch(
    s: Session,
    actor: Actor,
    batch: ImportBatch,
    now: dt.datetime,
    progress: Callable[[int], None] | None = None,
) -> Written:
    """Writes the prepared rows. progress(writes done) as it goes. Its audit rows are staged
    last, for the chain at the commit.

    Raises Conflict when another counter's save made the plan stale (the caller rolls back)."""
    writer = _Writer(s, actor, batch, now)
    writer.check_new_vins()
    writer.lock_updated()
    writer.read_plates()
    writer.add_models()
    done = 0
    for chunk in _chunks(batch.updates):
        for r in chunk:
            writer.update(r)
        done += len(chunk)
        if progress is not None:
            progress(done)
    writer.release_new_plates()
    writer.write_updates()
    writer.add_owners()
    for new_chunk in _chunks(batch.new):
        writer.add_vehicles(new_chunk)
        done += len(new_chunk)
        if progress is not None:
            progress(done)
    audit_chain.stage_all(s, writer.entries)
    return Written(writer.updated, tuple(writer.papers))
