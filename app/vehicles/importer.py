"""Importing the vehicles and customers a dealer already has (an old system's export, the
manufacturer's list of sold vehicles).

- Every row goes through the same checks as manual entry (clean_vehicle, clean_customer); the
  warnings manual entry asks the advisor to confirm (a VIN without check digit, an embassy
  plate, a plate on file for another vehicle) are accepted and listed as warnings: running the
  import is the confirmation, and --dry-run shows them first.
- Matching is by VIN. A known vehicle is updated only where the file says something different
  (an empty cell keeps what is on file); a lower mileage than on file is not imported (warning);
  a different owner name is not applied (an ownership change is made in the program) but a new
  phone number of the same owner is added. Same data, no change: no write and no audit row.
- A new vehicle's owner is an existing customer with the same name and phone number, else a new
  customer. An unknown brand/model is created with the default warranty terms (warning).
- All-or-nothing: with any rejected row nothing is written, unless skip_bad, which imports the
  good rows. dry_run does the whole import in a transaction that is rolled back.
- `progress(done, total)` is told as the rows are applied; if it raises (a cancel in the UI), the
  exception leaves the import and nothing is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app import audit
from app.changes import Change, announces
from app.clock import Clock, local_today, system_clock
from app.errors import ValidationError
from app.roles import Actor, Permission, require
from app.uow import unit_of_work
from app.users import authorize
from app.validation import validate_plate
from app.vehicles.customers import (
    MAX_PHONES,
    CleanCustomer,
    CustomerInput,
    PhoneInfo,
    apply_customer,
    clean_customer,
    insert_customer,
    phone_info,
)
from app.vehicles.import_files import SourceRow, parse_date, parse_km, read_table, text_of
from app.vehicles.mileage import ReadingSource, add_reading, lock_vehicle
from app.vehicles.models import ModelInput, find_model, insert_model
from app.vehicles.vehicles import (
    CleanVehicle,
    VehicleInput,
    apply_vehicle,
    clean_vehicle,
    database_warnings,
    insert_vehicle,
)
from app.wording import message_of, say
from db.models import Customer, CustomerPhone, Vehicle, VehicleModel
from db.uow import Database

# Field names of manual entry -> the import's column names.
_FIELD_OF = {"name": "owner", "mileage_km": "mileage", "model_id": "model", "owner_id": "owner"}


@dataclass(frozen=True)
class ImportIssue:
    line: int
    field: str
    message: str


@dataclass(frozen=True)
class ImportReport:
    accepted: int  # rows that passed every check (written unless dry_run or all-or-nothing failed)
    rejected: tuple[ImportIssue, ...]
    warnings: tuple[ImportIssue, ...]
    created: int  # vehicles
    updated: int
    unchanged: int
    applied: bool  # changes were committed
    dry_run: bool
    rows: int  # data rows read
    columns: dict[str, str]  # recognised columns: field -> header as written

    def to_json(self) -> dict[str, Any]:
        """Exactly the shape the command line prints with --json."""
        return {
            "accepted": self.accepted,
            "rejected": [{"line": i.line, "field": i.field, "message": i.message} for i in self.rejected],
            "warnings": [{"line": i.line, "field": i.field, "message": i.message} for i in self.warnings],
        }


@dataclass(frozen=True)
class _Row:
    line: int
    vehicle: CleanVehicle
    owner: CleanCustomer
    brand: str
    model: str


class _Rollback(Exception):
    """Leaves the import's transaction without committing (dry run, or all-or-nothing failed)."""


@dataclass
class _Tally:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[ImportIssue] = field(default_factory=list)
    warnings: list[ImportIssue] = field(default_factory=list)


def _issue(line: int, error: ValidationError) -> ImportIssue:
    name = error.field.split("[")[0]
    name = {"phones": "phone"}.get(name, name)
    return ImportIssue(line, _FIELD_OF.get(name, name), error.message)


def _clean_row(row: SourceRow, today: dt.date) -> _Row:
    v = row.values
    dates: dict[str, dt.date | None] = {}
    for key in ("purchase_date", "invoice_date", "delivery_date"):
        try:
            dates[key] = parse_date(v.get(key))
        except ValueError as e:
            raise ValidationError(key, message_of(e)) from None
    try:
        km = parse_km(v.get("mileage"))
    except ValueError as e:
        raise ValidationError("mileage", message_of(e)) from None
    vehicle = clean_vehicle(
        VehicleInput(
            vin=text_of(v.get("vin")),
            model_id=0,
            owner_id=0,
            plate=text_of(v.get("plate")),
            colour=text_of(v.get("colour")),
            purchase_date=dates["purchase_date"],
            invoice_date=dates["invoice_date"],
            delivery_date=dates["delivery_date"],
            mileage_km=km,
        ),
        today,
    )
    phone = text_of(v.get("phone"))
    owner = clean_customer(CustomerInput(name=text_of(v.get("owner")), phones=(phone,) if phone else ()))
    brand = " ".join(text_of(v.get("brand")).split())
    model = " ".join(text_of(v.get("model")).split())
    if not brand:
        raise ValidationError("brand", say("请填写品牌"))
    if not model:
        raise ValidationError("model", say("请填写车型"))
    if len(brand) > 32:
        raise ValidationError("brand", say("品牌最多 32 个字"))
    if len(model) > 64:
        raise ValidationError("model", say("车型最多 64 个字"))
    return _Row(row.line, vehicle, owner, brand, model)


def _is_nev_plate(plate: str | None) -> bool:
    return plate is not None and validate_plate(plate).kind.startswith("nev")


class VehicleImporter:
    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._db = db
        self._clock = clock

    @announces(Change.VEHICLES, Change.CUSTOMERS, Change.MODELS)
    def import_vehicles(
        self,
        actor: Actor,
        path: Path,
        *,
        dry_run: bool = False,
        skip_bad: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportReport:
        """Raises ValidationError(field="file") when the file cannot be read or lacks columns."""
        require(actor, Permission.IMPORT_DATA)
        table = read_table(path)
        today = local_today(self._clock)
        tally = _Tally()
        rows: list[_Row] = []
        seen_vins: dict[str, int] = {}
        seen_plates: dict[str, int] = {}
        for source in table.rows:
            try:
                row = _clean_row(source, today)
            except ValidationError as e:
                tally.rejected.append(_issue(source.line, e))
                continue
            first = seen_vins.setdefault(row.vehicle.vin, row.line)
            if first != row.line:
                tally.rejected.append(
                    ImportIssue(row.line, "vin", say("车架号与第 {first} 行重复", first=first))
                )
                continue
            if row.vehicle.plate is not None:
                first = seen_plates.setdefault(row.vehicle.plate, row.line)
                if first != row.line:
                    tally.rejected.append(
                        ImportIssue(row.line, "plate", say("车牌与第 {first} 行重复", first=first))
                    )
                    continue
            rows.append(row)
        # The rows are always applied, so that checks needing the database report too; the
        # transaction is rolled back for a dry run or when all-or-nothing failed.
        applied = False
        try:
            with unit_of_work(self._db) as s:
                actor = authorize(s, actor, Permission.IMPORT_DATA)
                self._apply(s, actor, rows, tally, path, progress)
                if dry_run or (tally.rejected and not skip_bad):
                    raise _Rollback
            applied = True
        except _Rollback:
            pass
        rejected = sorted(tally.rejected, key=lambda i: i.line)
        bad_lines = {i.line for i in rejected}
        warnings = sorted((w for w in tally.warnings if w.line not in bad_lines), key=lambda i: i.line)
        return ImportReport(
            accepted=len(table.rows) - len(bad_lines),
            rejected=tuple(rejected),
            warnings=tuple(warnings),
            created=tally.created if applied or dry_run else 0,
            updated=tally.updated if applied or dry_run else 0,
            unchanged=tally.unchanged,
            applied=applied,
            dry_run=dry_run,
            rows=len(table.rows),
            columns=table.columns,
        )

    # ---------------------------------------------------------------- writing
    def _apply(
        self,
        s: Session,
        actor: Actor,
        rows: Sequence[_Row],
        tally: _Tally,
        path: Path,
        progress: Callable[[int, int], None] | None,
    ) -> None:
        now = self._clock()
        models: dict[tuple[str, str], VehicleModel] = {}
        for done, row in enumerate(rows):
            if progress is not None:
                progress(done, len(rows))
            for w in row.vehicle.warnings:
                tally.warnings.append(ImportIssue(row.line, w.field, w.message))
            try:
                with s.begin_nested():
                    self._apply_row(s, actor, row, tally, models, now)
            except ValidationError as e:
                tally.rejected.append(_issue(row.line, e))
        if progress is not None:
            progress(len(rows), len(rows))
        if tally.created or tally.updated:
            audit.record(
                s,
                actor,
                "import.vehicles",
                "import",
                path.name,
                None,
                {
                    "file": str(path),
                    "created": tally.created,
                    "updated": tally.updated,
                    "unchanged": tally.unchanged,
                    "rejected": len(tally.rejected),
                },
            )

    def _model(
        self, s: Session, actor: Actor, row: _Row, tally: _Tally, cache: dict[tuple[str, str], VehicleModel]
    ) -> VehicleModel:
        key = (row.brand.lower(), row.model.lower())
        model = cache.get(key) or find_model(s, row.brand, row.model)
        if model is None:
            nev = _is_nev_plate(row.vehicle.plate)
            model = insert_model(s, actor, ModelInput(row.brand, row.model, is_nev=nev))
            kind = say("新能源车型（含动力电池质保）") if nev else say("车型")
            tally.warnings.append(
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
        cache[key] = model
        return model

    def _apply_row(
        self,
        s: Session,
        actor: Actor,
        row: _Row,
        tally: _Tally,
        models: dict[tuple[str, str], VehicleModel],
        now: dt.datetime,
    ) -> None:
        existing = s.scalar(select(Vehicle).where(Vehicle.vin == row.vehicle.vin))
        if existing is not None:
            # Locked before its last reading is compared (another counter may add one meanwhile).
            existing = lock_vehicle(s, existing.id)
        plate_warnings = database_warnings(s, row.vehicle, existing.id if existing else None)
        for w in plate_warnings:
            tally.warnings.append(ImportIssue(row.line, w.field, w.message))
        model = self._model(s, actor, row, tally, models)
        warnings = row.vehicle.warnings + plate_warnings
        if existing is None:
            owner = self._owner(s, actor, row.owner)
            insert_vehicle(
                s,
                actor,
                row.vehicle,
                model.id,
                owner.id,
                now,
                warnings,
                source=ReadingSource.IMPORT,
                action="vehicle.import",
            )
            tally.created += 1
            return
        changed = self._update(s, actor, existing, row, model, now, warnings, tally)
        if changed:
            tally.updated += 1
        else:
            tally.unchanged += 1

    def _owner(self, s: Session, actor: Actor, clean: CleanCustomer) -> Customer:
        if clean.phones:
            match = s.scalar(
                select(Customer)
                .join(CustomerPhone, CustomerPhone.customer_id == Customer.id)
                .where(CustomerPhone.number == clean.phones[0].number, Customer.name == clean.name)
                .limit(1)
            )
            if match is not None:
                return match
        return insert_customer(s, actor, clean, action="customer.import")

    def _update(
        self,
        s: Session,
        actor: Actor,
        row_db: Vehicle,
        row: _Row,
        model: VehicleModel,
        now: dt.datetime,
        warnings: tuple[Any, ...],
        tally: _Tally,
    ) -> bool:
        v = row.vehicle
        # An empty cell keeps what is on file.
        merged = CleanVehicle(
            vin=v.vin,
            plate=v.plate if v.plate is not None else row_db.plate,
            colour=v.colour or row_db.colour,
            purchase_date=v.purchase_date or row_db.purchase_date,
            invoice_date=v.invoice_date or row_db.invoice_date,
            delivery_date=v.delivery_date or row_db.delivery_date,
            note=row_db.note,
            mileage_km=None,
            warnings=v.warnings,
        )
        relevant = tuple(w for w in warnings if not (w.field == "plate" and merged.plate == row_db.plate))
        changed = apply_vehicle(
            s, actor, row_db, merged, model.id, row_db.owner_id, now, relevant, action="vehicle.import_update"
        )
        changed |= self._mileage(s, actor, row_db, row, now, tally)
        changed |= self._owner_phone(s, actor, row_db, row, tally)
        return changed

    def _mileage(
        self, s: Session, actor: Actor, vehicle: Vehicle, row: _Row, now: dt.datetime, tally: _Tally
    ) -> bool:
        km = row.vehicle.mileage_km
        last = vehicle.last_mileage_km
        if km is None or km == last:
            return False
        if last is not None and km < last:
            tally.warnings.append(
                ImportIssue(
                    row.line, "mileage", say("里程 {km} 低于系统中的 {last} 公里，未导入", km=km, last=last)
                )
            )
            return False
        add_reading(s, vehicle.id, km, now, ReadingSource.IMPORT, user_id=actor.user_id)
        before = vehicle.last_mileage_km
        vehicle.last_mileage_km = km
        s.flush()
        audit.record(s, actor, "vehicle.import_mileage", "vehicle", vehicle.id, {"km": before}, {"km": km})
        return True

    def _owner_phone(self, s: Session, actor: Actor, vehicle: Vehicle, row: _Row, tally: _Tally) -> bool:
        owner = s.scalar(
            select(Customer).where(Customer.id == vehicle.owner_id).options(selectinload(Customer.phones))
        )
        assert owner is not None
        if owner.name != row.owner.name:
            tally.warnings.append(
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
            return False
        new: list[PhoneInfo] = [
            p
            for p in row.owner.phones
            if all((p.number, p.extension) != (q.number, q.extension) for q in owner.phones)
        ]
        if not new:
            return False
        if len(owner.phones) + len(new) > MAX_PHONES:
            tally.warnings.append(
                ImportIssue(row.line, "phone", say("客户已有 {limit} 个电话，新号码未导入", limit=MAX_PHONES))
            )
            return False
        current = tuple(phone_info(p.number, p.extension, p.label) for p in owner.phones)
        clean = CleanCustomer(owner.name, owner.name_initials, owner.kind, owner.note, current + tuple(new))
        return apply_customer(s, actor, owner, clean, action="customer.import_update")
