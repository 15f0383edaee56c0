"""What an import would change, worked out in a read transaction (no write lock is taken).

The database is read in chunks of rows (vehicles by VIN, the holders of the file's plates,
owners by phone and name) and each row is decided against what is on file: a new vehicle (with
an existing or a new owner, an existing or a new model), an update of a known vehicle (the
fields that differ, a higher mileage, a new phone of the same owner), or no change. The plan
keeps each known vehicle's and owner's version, so the write can refuse a plan made stale by
another counter's save meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.errors import FieldWarning
from app.validation import validate_plate
from app.vehicles.customers import MAX_PHONES, CleanCustomer, PhoneInfo, phone_info, phones_not_in
from app.vehicles.import_rows import ImportIssue, ImportRow
from app.vehicles.vehicles import CleanVehicle, papers_of, plate_held_warning, vehicle_snapshot
from app.wording import say
from db.models import Customer, CustomerPhone, Vehicle, VehicleModel

CHUNK = 500  # rows per round of reads (and of IN lists, well under every back-end's limit)

ModelKey = tuple[str, str]  # (brand, model) in lower case
OwnerKey = tuple[str, str]  # (phone number, name) of an owner the import creates


@dataclass(frozen=True)
class NewModel:
    key: ModelKey
    brand: str
    name: str
    is_nev: bool


@dataclass(frozen=True)
class NewVehicle:
    line: int
    vehicle: CleanVehicle
    model: int | ModelKey  # an id on file, or a model the import creates
    owner: int | OwnerKey | CleanCustomer  # an id on file, a new owner shared by rows, or one of its own
    warnings: tuple[FieldWarning, ...]  # confirmed by running the import (kept in the audit)


@dataclass(frozen=True)
class VehicleUpdate:
    line: int
    vehicle_id: int
    version: int
    merged: CleanVehicle | None  # the vehicle's new fields, None when none differ
    model: int | ModelKey
    km: int | None  # a higher reading to add
    owner_id: int
    owner_version: int
    phones: tuple[PhoneInfo, ...]  # the owner's phones with the new ones added; () for no change
    warnings: tuple[FieldWarning, ...]
    before: dict[str, object]  # the vehicle's audited fields as read (vehicle_snapshot)
    # With phones: the owner as read, with the phones earlier rows of the file add (the audit's before).
    owner: CleanCustomer | None = None


@dataclass
class ImportPlan:
    models: list[NewModel] = field(default_factory=list)
    owners: dict[OwnerKey, CleanCustomer] = field(default_factory=dict)
    new: list[NewVehicle] = field(default_factory=list)
    updates: list[VehicleUpdate] = field(default_factory=list)
    unchanged: int = 0
    warnings: list[ImportIssue] = field(default_factory=list)

    @property
    def writes(self) -> int:
        return len(self.new) + len(self.updates)


@dataclass(frozen=True)
class _Known:
    row: Vehicle
    owner: Customer


def _chunks(rows: Sequence[ImportRow]) -> Iterator[Sequence[ImportRow]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def _is_nev_plate(plate: str | None) -> bool:
    return plate is not None and validate_plate(plate).kind.startswith("nev")


class _Planner:
    def __init__(self, s: Session) -> None:
        self._s = s
        self.plan = ImportPlan()
        self._phones_planned: dict[int, tuple[PhoneInfo, ...]] = {}
        self._models: dict[ModelKey, int | ModelKey] = {
            (brand.lower(), name.lower()): model_id
            for model_id, brand, name in s.execute(
                select(VehicleModel.id, VehicleModel.brand, VehicleModel.name)
            )
        }

    def add_chunk(self, rows: Sequence[ImportRow]) -> None:
        s = self._s
        vins = [r.vehicle.vin for r in rows]
        known = {
            v.vin: _Known(v, v.owner)
            for v in s.scalars(
                select(Vehicle)
                .where(Vehicle.vin.in_(vins))
                .options(selectinload(Vehicle.owner).selectinload(Customer.phones))
            )
        }
        plates = [r.vehicle.plate for r in rows if r.vehicle.plate is not None]
        holders: dict[str, list[tuple[int, str]]] = {}
        for plate, vehicle_id, vin in s.execute(
            select(Vehicle.plate, Vehicle.id, Vehicle.vin)
            .where(Vehicle.plate.in_(plates))
            .order_by(Vehicle.id)
        ):
            if plate is not None:
                holders.setdefault(plate, []).append((vehicle_id, vin))
        phones = [r.owner.phones[0].number for r in rows if r.vehicle.vin not in known and r.owner.phones]
        owners: dict[OwnerKey, int] = {}
        for number, name, customer_id in s.execute(
            select(CustomerPhone.number, Customer.name, Customer.id)
            .join(Customer, Customer.id == CustomerPhone.customer_id)
            .where(CustomerPhone.number.in_(phones))
            .order_by(Customer.id.desc())
        ):
            owners[(number, name)] = customer_id  # the lowest id wins (the oldest record)
        for row in rows:
            self._add_row(row, known.get(row.vehicle.vin), holders, owners)

    def _add_row(
        self,
        row: ImportRow,
        known: _Known | None,
        holders: dict[str, list[tuple[int, str]]],
        owners: dict[OwnerKey, int],
    ) -> None:
        warnings = self.plan.warnings
        for w in row.vehicle.warnings:
            warnings.append(ImportIssue(row.line, w.field, w.message))
        own_id = known.row.id if known is not None else None
        plate_warnings: tuple[FieldWarning, ...] = ()
        if row.vehicle.plate is not None:
            others = [vin for vehicle_id, vin in holders.get(row.vehicle.plate, ()) if vehicle_id != own_id]
            if others:
                plate_warnings = (plate_held_warning(row.vehicle.plate, others[0]),)
        for w in plate_warnings:
            warnings.append(ImportIssue(row.line, w.field, w.message))
        model = self._model(row)
        if known is None:
            self.plan.new.append(
                NewVehicle(
                    row.line,
                    row.vehicle,
                    model,
                    self._owner(row, owners),
                    row.vehicle.warnings + plate_warnings,
                )
            )
            return
        self._update(row, known, model, row.vehicle.warnings + plate_warnings)

    def _model(self, row: ImportRow) -> int | ModelKey:
        key = row.model_key
        model = self._models.get(key)
        if model is not None:
            return model
        nev = _is_nev_plate(row.vehicle.plate)
        self.plan.models.append(NewModel(key, row.brand, row.model, nev))
        self._models[key] = key
        kind = say("新能源车型（含动力电池质保）") if nev else say("车型")
        self.plan.warnings.append(
            ImportIssue(
                row.line,
                "model",
                say(
                    "品牌车型“{brand} {model}”不在系统中，已按默认质保条款新建为{kind}，请核对条款",
                    brand=row.brand,
                    model=row.model,
                    kind=kind,
                ),
            )
        )
        return key

    def _owner(self, row: ImportRow, owners: dict[OwnerKey, int]) -> int | OwnerKey | CleanCustomer:
        """An existing customer with the same name and phone, else a new one (shared by the rows
        of the file with the same name and first phone)."""
        if not row.owner.phones:
            return row.owner
        key = (row.owner.phones[0].number, row.owner.name)
        on_file = owners.get(key)
        if on_file is not None:
            return on_file
        self.plan.owners.setdefault(key, row.owner)
        return key

    def _update(
        self, row: ImportRow, known: _Known, model: int | ModelKey, warnings: tuple[FieldWarning, ...]
    ) -> None:
        on_file = known.row
        v = row.vehicle
        # An empty cell keeps what is on file.
        merged = CleanVehicle(
            vin=v.vin,
            plate=v.plate if v.plate is not None else on_file.plate,
            colour=v.colour or on_file.colour,
            purchase_date=v.purchase_date or on_file.purchase_date,
            invoice_date=v.invoice_date or on_file.invoice_date,
            delivery_date=v.delivery_date or on_file.delivery_date,
            note=on_file.note,
            mileage_km=None,
            warnings=v.warnings,
            inspection_due=v.inspection_due or on_file.inspection_due,
            insurance_expires=v.insurance_expires or on_file.insurance_expires,
        )
        same = (
            model == on_file.model_id
            and merged.plate == on_file.plate
            and merged.colour == on_file.colour
            and merged.purchase_date == on_file.purchase_date
            and merged.invoice_date == on_file.invoice_date
            and merged.delivery_date == on_file.delivery_date
            and merged.papers == papers_of(on_file)
        )
        relevant = tuple(w for w in warnings if not (w.field == "plate" and merged.plate == on_file.plate))
        km = self._mileage(row, on_file)
        owner = known.owner
        current = self._current_phones(owner)
        phones = self._phones(row, owner, current)
        if same and km is None and not phones:
            self.plan.unchanged += 1
            return
        self.plan.updates.append(
            VehicleUpdate(
                line=row.line,
                vehicle_id=on_file.id,
                version=on_file.version,
                merged=None if same else merged,
                model=model,
                km=km,
                owner_id=known.owner.id,
                owner_version=known.owner.version,
                phones=phones,
                warnings=relevant,
                before=vehicle_snapshot(on_file),
                owner=CleanCustomer(owner.name, owner.name_initials, owner.kind, owner.note, current)
                if phones
                else None,
            )
        )

    def _mileage(self, row: ImportRow, on_file: Vehicle) -> int | None:
        km, last = row.vehicle.mileage_km, on_file.last_mileage_km
        if km is None or km == last:
            return None
        if last is not None and km < last:
            self.plan.warnings.append(
                ImportIssue(
                    row.line, "mileage", say("里程 {km} 低于系统中的 {last} 公里，未导入", km=km, last=last)
                )
            )
            return None
        return km

    def _current_phones(self, owner: Customer) -> tuple[PhoneInfo, ...]:
        """The owner's phones as on file, with those an earlier row of the file adds (two of their cars)."""
        return self._phones_planned.get(owner.id) or tuple(
            phone_info(p.number, p.extension, p.label) for p in owner.phones
        )

    def _phones(
        self, row: ImportRow, owner: Customer, current: tuple[PhoneInfo, ...]
    ) -> tuple[PhoneInfo, ...]:
        """The owner's phones with the file's new number added; () when nothing is added."""
        if owner.name != row.owner.name:
            self.plan.warnings.append(
                ImportIssue(
                    row.line,
                    "owner",
                    say(
                        "车主“{name}”与系统记录“{on_file}”不同，未更改（过户请在车辆资料中办理）",
                        name=row.owner.name,
                        on_file=owner.name,
                    ),
                )
            )
            return ()
        new = phones_not_in(row.owner.phones, current)
        if not new:
            return ()
        if len(current) + len(new) > MAX_PHONES:
            self.plan.warnings.append(
                ImportIssue(row.line, "phone", say("客户已有 {limit} 个电话，新号码未导入", limit=MAX_PHONES))
            )
            return ()
        self._phones_planned[owner.id] = current + new
        return current + new


def plan_import(
    s: Session, rows: Sequence[ImportRow], progress: Callable[[int], None] | None = None
) -> ImportPlan:
    """Decides every row against the database as read by `s`; progress(rows done) after each chunk."""
    planner = _Planner(s)
    done = 0
    for chunk in _chunks(rows):
        planner.add_chunk(chunk)
        s.expunge_all()  # a chunk's rows are not needed once decided: memory stays flat
        done += len(chunk)
        if progress is not None:
            progress(done)
    return planner.plan
