"""Vehicles: create and edit with the counter's checks, plate history, first mileage reading.

- VIN: normalised (full-width, scanner noise) and checked; a failed check digit is refused for
  Chinese and North-American VINs and is a warning to confirm for others. A VIN already on file
  raises DuplicateVin carrying the existing vehicle's id.
- Plate: optional (a new car may have none yet), normalised (京a·12345 -> 京A12345); embassy and
  consulate plates are warnings to confirm; a plate on file for another vehicle is a warning too,
  and confirming moves it (the other vehicle keeps it in its history).
- Every plate a vehicle carries gets a plate_history row (valid_to set when it changes), so the
  lookup finds a car by an old plate.
- Counters registering the same car or plate at the same moment: a plate is locked while it is
  looked up and given (PostgreSQL: a transaction-level advisory lock on the plate; SQLite: the
  writer's lock), so the second is asked about the plate like everyone after it; the loser of a
  race to insert the same VIN (the unique constraint) gets the same DuplicateVin.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app import audit
from app.changes import Change, announces
from app.clock import Clock, local_today, system_clock
from app.db_errors import unique_violation
from app.errors import Conflict, FieldErrors, FieldWarning, NeedsConfirmation, NotFound, ValidationError
from app.roles import Actor, Permission, require
from app.uow import check_version, reading, unit_of_work
from app.users import authorize
from app.validation import (
    clean_scanned,
    format_plate,
    refuse_unsafe_characters,
    to_halfwidth,
    validate_plate,
    validate_vin,
)
from app.vehicles.customers import (
    CleanCustomer,
    CustomerInfo,
    CustomerInput,
    clean_customer,
    customer_info,
    insert_customer,
)
from app.vehicles.errors import DuplicateVin
from app.vehicles.mileage import ReadingSource, add_reading
from app.vehicles.models import ModelInfo, model_info
from app.vehicles.ports import PaperDates, PaperReminders
from app.wording import label, say
from db.models import Customer, PlateHistory, Vehicle, VehicleModel
from db.uow import Database

# The first key of the advisory locks on plates (PostgreSQL), the second being the plate's hash.
PLATE_LOCK = 0x706C
EARLIEST_DATE = dt.date(1950, 1, 1)
MAX_KM = 3_000_000
MAX_COLOUR = 32
EARLIEST_PAPER_DATE = dt.date(1990, 1, 1)
PAPER_YEARS_AHEAD = 10


@dataclass(frozen=True)
class VehicleInput:
    vin: str
    model_id: int
    owner_id: int  # ignored by VehicleService.create_with_owner
    plate: str = ""
    colour: str = ""
    purchase_date: dt.date | None = None
    invoice_date: dt.date | None = None
    delivery_date: dt.date | None = None
    note: str = ""
    mileage_km: int | None = None  # the first reading, on create only
    # From the papers (docs/domain/reminders.md): any day of the 检验有效期至 month (kept as the
    # month's last day), and the insurance policy's end date.
    inspection_due: dt.date | None = None
    insurance_expires: dt.date | None = None


@dataclass(frozen=True)
class VehicleInfo:
    id: int
    vin: str
    plate: str | None  # normalised: 京A12345
    plate_display: str  # grouped: 京A·12345 ("" without plate)
    model: ModelInfo
    owner_id: int
    colour: str
    purchase_date: dt.date | None
    invoice_date: dt.date | None
    delivery_date: dt.date | None
    last_mileage_km: int | None
    last_visit_at: dt.datetime | None
    note: str
    version: int
    inspection_due: dt.date | None = None  # the last day of the 检验有效期至 month
    insurance_expires: dt.date | None = None


@dataclass(frozen=True)
class VinStatus:
    """What the VIN field shows while the advisor types or scans."""

    vin: str
    check_digit_ok: bool
    warning: str | None
    existing_vehicle_id: int | None


@dataclass(frozen=True)
class CleanVehicle:
    vin: str
    plate: str | None
    colour: str
    purchase_date: dt.date | None
    invoice_date: dt.date | None
    delivery_date: dt.date | None
    note: str
    mileage_km: int | None
    warnings: tuple[FieldWarning, ...]
    inspection_due: dt.date | None = None
    insurance_expires: dt.date | None = None

    @property
    def papers(self) -> PaperDates:
        return PaperDates(self.inspection_due, self.insurance_expires)


def plate_display(plate: str | None) -> str:
    return format_plate(plate) if plate else ""


def vehicle_info(row: Vehicle) -> VehicleInfo:
    return VehicleInfo(
        id=row.id,
        vin=row.vin,
        plate=row.plate,
        plate_display=plate_display(row.plate),
        model=model_info(row.model),
        owner_id=row.owner_id,
        colour=row.colour,
        purchase_date=row.purchase_date,
        invoice_date=row.invoice_date,
        delivery_date=row.delivery_date,
        last_mileage_km=row.last_mileage_km,
        last_visit_at=row.last_visit_at,
        note=row.note,
        version=row.version,
        inspection_due=row.inspection_due,
        insurance_expires=row.insurance_expires,
    )


def papers_of(row: Vehicle) -> PaperDates:
    return PaperDates(row.inspection_due, row.insurance_expires)


def month_end(day: dt.date) -> dt.date:
    """The last day of the day's month: an inspection valid "until 2027-03" runs to 2027-03-31."""
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def clean_paper_date(field: str, value: dt.date | None, label: str, today: dt.date) -> dt.date | None:
    """A date read from the papers: it may lie ahead, but not absurdly far either way."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if value < EARLIEST_PAPER_DATE:
        raise ValidationError(field, say("{label}过早，请核对", label=label))
    latest = dt.date(today.year + PAPER_YEARS_AHEAD, today.month, min(today.day, 28))
    if value > latest:
        raise ValidationError(
            field, say("{label}不能晚于 {years} 年后，请核对", label=label, years=PAPER_YEARS_AHEAD)
        )
    return value


def clean_date(field: str, value: dt.date | None, label: str, today: dt.date) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if value > today:
        raise ValidationError(field, say("{label}不能晚于今天", label=label))
    if value < EARLIEST_DATE:
        raise ValidationError(field, say("{label}过早，请核对", label=label))
    return value


def clean_km(field: str, value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, say("里程应为整数（公里）"))
    if value < 0:
        raise ValidationError(field, say("里程不能为负数"))
    if value > MAX_KM:
        raise ValidationError(field, say("里程过大，请核对"))
    return value


def _clean_colour(raw: str) -> str:
    colour = " ".join(to_halfwidth(refuse_unsafe_characters("colour", raw)).split())
    if len(colour) > MAX_COLOUR:
        raise ValidationError("colour", say("颜色最多 {limit} 个字", limit=MAX_COLOUR))
    return colour


def clean_vehicle(data: VehicleInput, today: dt.date) -> CleanVehicle:
    """The checks every entry path shares (the form, the import); all mistakes are reported at
    once (InvalidFields for several)."""
    errors = FieldErrors()
    warnings: list[FieldWarning] = []
    vin_check = errors.check(lambda: validate_vin(data.vin), None)
    if vin_check is not None and vin_check.warning:
        warnings.append(FieldWarning("vin", vin_check.warning))
    plate = None
    if clean_scanned(data.plate):
        plate_check = errors.check(lambda: validate_plate(data.plate), None)
        if plate_check is not None:
            plate = plate_check.plate
            if plate_check.warning:
                warnings.append(FieldWarning("plate", plate_check.warning))
    colour = errors.check(lambda: _clean_colour(data.colour), "")
    purchase = errors.check(
        lambda: clean_date("purchase_date", data.purchase_date, label("购车日期"), today), None
    )
    invoice = errors.check(
        lambda: clean_date("invoice_date", data.invoice_date, label("开票日期"), today), None
    )
    delivery = errors.check(
        lambda: clean_date("delivery_date", data.delivery_date, label("交付日期"), today), None
    )
    mileage = errors.check(lambda: clean_km("mileage_km", data.mileage_km), None)
    inspection = errors.check(
        lambda: clean_paper_date("inspection_due", data.inspection_due, label("年检有效期至"), today), None
    )
    insurance = errors.check(
        lambda: clean_paper_date("insurance_expires", data.insurance_expires, label("保险到期日"), today),
        None,
    )
    errors.raise_any()
    assert vin_check is not None
    return CleanVehicle(
        vin=vin_check.vin,
        plate=plate,
        colour=colour,
        purchase_date=purchase,
        invoice_date=invoice,
        delivery_date=delivery,
        note=refuse_unsafe_characters("note", data.note, multiline=True).strip(),
        mileage_km=mileage,
        warnings=tuple(warnings),
        inspection_due=None if inspection is None else month_end(inspection),
        insurance_expires=insurance,
    )


def existing_vin(s: Session, vin: str, except_id: int | None = None) -> int | None:
    q = select(Vehicle.id).where(Vehicle.vin == vin)
    if except_id is not None:
        q = q.where(Vehicle.id != except_id)
    return s.scalar(q)


def lock_plate(s: Session, plate: str) -> None:
    """Holds the plate until the transaction ends: another counter giving it to a car at the same
    moment looks it up after this one is done (PostgreSQL; on SQLite the writer holds the file)."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(select(func.pg_advisory_xact_lock(PLATE_LOCK, func.hashtext(plate))))


@contextmanager
def vin_race(db: Database, vin: str, vehicle_id: int | None) -> Iterator[None]:
    """Around a unit of work that writes `vin`: when another counter saved the same VIN first (the
    unique constraint refused this one), raises the DuplicateVin the check gives everyone after it."""
    try:
        yield
    except Conflict as e:
        if not unique_violation(e.__cause__):
            raise
        with reading(db) as s:
            other = existing_vin(s, vin, vehicle_id)
        if other is None:
            raise
        raise DuplicateVin(other, vin) from e


def database_warnings(s: Session, clean: CleanVehicle, vehicle_id: int | None) -> tuple[FieldWarning, ...]:
    """Raises DuplicateVin; returns the warnings that need the database (a plate held elsewhere).
    Takes the plate's lock first (before any row lock: the one lock order)."""
    if clean.plate is not None:
        lock_plate(s, clean.plate)
    other = existing_vin(s, clean.vin, vehicle_id)
    if other is not None:
        raise DuplicateVin(other, clean.vin)
    if clean.plate is None:
        return ()
    q = select(Vehicle.vin).where(Vehicle.plate == clean.plate)
    if vehicle_id is not None:
        q = q.where(Vehicle.id != vehicle_id)
    holder = s.scalar(q.limit(1))
    if holder is None:
        return ()
    return (plate_held_warning(clean.plate, holder),)


def plate_held_warning(plate: str, holder_vin: str) -> FieldWarning:
    return FieldWarning(
        "plate",
        say(
            "车牌 {plate} 已登记在车架号 {holder} 的车辆上；确认后该车牌将转到本车",
            plate=format_plate(plate),
            holder=holder_vin,
        ),
    )


def check_references(s: Session, model_id: int, owner_id: int) -> tuple[VehicleModel, Customer]:
    model = s.get(VehicleModel, model_id)
    if model is None:
        raise ValidationError("model_id", say("请选择车型"))
    owner = s.get(Customer, owner_id)
    if owner is None:
        raise ValidationError("owner_id", say("请选择车主"))
    return model, owner


def confirm(warnings: tuple[FieldWarning, ...], confirmed: bool) -> None:
    if warnings and not confirmed:
        raise NeedsConfirmation(warnings)


def release_plate(s: Session, actor: Actor, plate: str, except_id: int | None, now: dt.datetime) -> None:
    """Takes a plate off any other vehicle that still carries it (confirmed by the advisor)."""
    q = select(Vehicle).where(Vehicle.plate == plate)
    if except_id is not None:
        q = q.where(Vehicle.id != except_id)
    for other in s.scalars(q):
        _close_plate(s, other, now)
        other.plate = None
        s.flush()
        audit.record(s, actor, "vehicle.plate_moved", "vehicle", other.id, {"plate": plate}, {"plate": None})


def _close_plate(s: Session, row: Vehicle, now: dt.datetime) -> None:
    """Ends the current plate's history row (creating one for data that never had it)."""
    if row.plate is not None:
        close_plate_history(s, row.id, row.plate, row.created_at, now)


def close_plate_history(
    s: Session, vehicle_id: int, plate: str, created_at: dt.datetime, now: dt.datetime
) -> None:
    """Ends the vehicle's open plate history row, or, for data that never had one, records the
    plate as carried from the vehicle's creation until now."""
    closed = s.execute(
        update(PlateHistory)
        .where(PlateHistory.vehicle_id == vehicle_id, PlateHistory.valid_to.is_(None))
        .values(valid_to=now)
    )
    if not closed.rowcount:  # type: ignore[attr-defined]
        s.add(PlateHistory(vehicle_id=vehicle_id, plate=plate, valid_from=created_at, valid_to=now))


_SNAPSHOT = (
    "vin",
    "plate",
    "model_id",
    "owner_id",
    "colour",
    "purchase_date",
    "invoice_date",
    "delivery_date",
    "note",
    "inspection_due",
    "insurance_expires",
)


def vehicle_snapshot(row: Vehicle) -> dict[str, object]:
    """The vehicle's fields as its audit rows record them."""
    return {key: getattr(row, key) for key in _SNAPSHOT}


def vehicle_fields(clean: CleanVehicle, model_id: int, owner_id: int) -> dict[str, object]:
    """The fields the form edits (and the audit records: _SNAPSHOT)."""
    return {
        "vin": clean.vin,
        "plate": clean.plate,
        "model_id": model_id,
        "owner_id": owner_id,
        "colour": clean.colour,
        "purchase_date": clean.purchase_date,
        "invoice_date": clean.invoice_date,
        "delivery_date": clean.delivery_date,
        "note": clean.note,
        "inspection_due": clean.inspection_due,
        "insurance_expires": clean.insurance_expires,
    }


def vehicle_values(clean: CleanVehicle, model_id: int, owner_id: int, now: dt.datetime) -> dict[str, object]:
    """A new vehicle's row."""
    return vehicle_fields(clean, model_id, owner_id) | {
        "vin_reversed": clean.vin[::-1],
        "last_mileage_km": clean.mileage_km,
        "created_at": now,
        "updated_at": now,
    }


def with_confirmed(after: dict[str, object], warnings: Sequence[FieldWarning]) -> dict[str, object]:
    """An audit's after, with the warnings the user confirmed to save it."""
    if warnings:
        after["confirmed_warnings"] = [w.message for w in warnings]
    return after


def added_audit(
    values: dict[str, object], clean: CleanVehicle, warnings: tuple[FieldWarning, ...]
) -> dict[str, object]:
    """The audit's record of a new vehicle."""
    return with_confirmed(
        {key: values[key] for key in _SNAPSHOT} | {"mileage_km": clean.mileage_km}, warnings
    )


def insert_vehicle(
    s: Session,
    actor: Actor,
    clean: CleanVehicle,
    model_id: int,
    owner_id: int,
    now: dt.datetime,
    warnings: tuple[FieldWarning, ...],
    source: ReadingSource = ReadingSource.ENTRY,
    action: str = "vehicle.add",
) -> Vehicle:
    """Adds the vehicle (warnings already confirmed by the caller) with its plate and first reading."""
    if clean.plate is not None:
        release_plate(s, actor, clean.plate, None, now)
    values = vehicle_values(clean, model_id, owner_id, now)
    row = Vehicle(**values)
    s.add(row)
    s.flush()
    if clean.plate is not None:
        s.add(PlateHistory(vehicle_id=row.id, plate=clean.plate, valid_from=now))
    if clean.mileage_km is not None:
        add_reading(s, row.id, clean.mileage_km, now, source, user_id=actor.user_id)
    audit.record(s, actor, action, "vehicle", row.id, None, added_audit(values, clean, warnings))
    return row


def apply_vehicle(
    s: Session,
    actor: Actor,
    row: Vehicle,
    clean: CleanVehicle,
    model_id: int,
    owner_id: int,
    now: dt.datetime,
    warnings: tuple[FieldWarning, ...],
    action: str = "vehicle.edit",
    *,
    flush: bool = True,
) -> bool:
    """Writes what changed (the first reading is not touched here); False when nothing differed.

    flush=False leaves the UPDATE to the next flush: an import changing many vehicles writes them
    together (their versions were checked under lock before)."""
    before = vehicle_snapshot(row)
    new = vehicle_fields(clean, model_id, owner_id)
    if new == before:
        return False
    if clean.plate != row.plate:
        if clean.plate is not None:
            release_plate(s, actor, clean.plate, row.id, now)
        _close_plate(s, row, now)
        if clean.plate is not None:
            s.add(PlateHistory(vehicle_id=row.id, plate=clean.plate, valid_from=now))
    for key, value in new.items():
        setattr(row, key, value)
    row.vin_reversed = clean.vin[::-1]
    if flush:
        s.flush()
    audit.record(s, actor, action, "vehicle", row.id, before, with_confirmed(dict(new), warnings))
    return True


def load_vehicle(s: Session, vehicle_id: int) -> Vehicle:
    row = s.get(Vehicle, vehicle_id)
    if row is None:
        raise NotFound(say("车辆 {vehicle_id} 不存在", vehicle_id=vehicle_id))
    return row


class VehicleService:
    def __init__(
        self, db: Database, clock: Clock = system_clock, papers: PaperReminders | None = None
    ) -> None:
        self._db = db
        self._clock = clock
        self._papers = papers

    def _papers_saved(
        self, s: Session, actor: Actor, row: Vehicle, before: PaperDates, now: dt.datetime
    ) -> None:
        after = papers_of(row)
        if self._papers is not None and after != before:
            self._papers.papers_saved(s, actor, row.id, before, after, now)

    def check_vin(self, actor: Actor, raw: str) -> VinStatus:
        """Normalises and checks a VIN and says whether it is on file (ValidationError if malformed)."""
        require(actor, Permission.VIEW_BOARD)
        check = validate_vin(raw)
        with reading(self._db) as s:
            authorize(s, actor, Permission.VIEW_BOARD)
            existing = existing_vin(s, check.vin)
        return VinStatus(check.vin, check.check_digit_ok, check.warning, existing)

    @announces(Change.VEHICLES)
    def create(self, actor: Actor, data: VehicleInput, confirm_warnings: bool = False) -> VehicleInfo:
        require(actor, Permission.EDIT_VEHICLES)
        clean = clean_vehicle(data, local_today(self._clock))
        with vin_race(self._db, clean.vin, None), unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.EDIT_VEHICLES)
            check_references(s, data.model_id, data.owner_id)
            warnings = clean.warnings + database_warnings(s, clean, None)
            confirm(warnings, confirm_warnings)
            now = self._clock()
            row = insert_vehicle(s, actor, clean, data.model_id, data.owner_id, now, warnings)
            self._papers_saved(s, actor, row, PaperDates(), now)
            return vehicle_info(row)

    def form_errors(
        self, data: VehicleInput, owner: CustomerInput | None = None
    ) -> tuple[ValidationError, ...]:
        """The mistakes a save would report before reading the database (no database is read): the
        form shows them together with the values it could not read itself."""
        errors = FieldErrors()
        if owner is not None:
            errors.check(lambda: clean_customer(owner), None)
        errors.check(lambda: clean_vehicle(data, local_today(self._clock)), None)
        return tuple(errors.errors)

    @announces(Change.VEHICLES, Change.CUSTOMERS)
    def create_with_owner(
        self, actor: Actor, owner: CustomerInput, data: VehicleInput, confirm_warnings: bool = False
    ) -> tuple[CustomerInfo, VehicleInfo]:
        """A new customer and their vehicle in one transaction (nothing is saved if either fails)."""
        require(actor, Permission.EDIT_VEHICLES)
        errors = FieldErrors()
        clean_owner: CleanCustomer | None = errors.check(lambda: clean_customer(owner), None)
        clean = errors.check(lambda: clean_vehicle(data, local_today(self._clock)), None)
        errors.raise_any()
        assert clean_owner is not None and clean is not None
        with vin_race(self._db, clean.vin, None), unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.EDIT_VEHICLES)
            if s.get(VehicleModel, data.model_id) is None:
                raise ValidationError("model_id", say("请选择车型"))
            warnings = clean.warnings + database_warnings(s, clean, None)
            confirm(warnings, confirm_warnings)
            customer = insert_customer(s, actor, clean_owner)
            now = self._clock()
            row = insert_vehicle(s, actor, clean, data.model_id, customer.id, now, warnings)
            self._papers_saved(s, actor, row, PaperDates(), now)
            return customer_info(customer), vehicle_info(row)

    @announces(Change.VEHICLES)
    def update(
        self, actor: Actor, vehicle_id: int, version: int, data: VehicleInput, confirm_warnings: bool = False
    ) -> VehicleInfo:
        """Saves the whole form; a stale version raises Conflict and nothing is written."""
        require(actor, Permission.EDIT_VEHICLES)
        clean = clean_vehicle(data, local_today(self._clock))
        with vin_race(self._db, clean.vin, vehicle_id), unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.EDIT_VEHICLES)
            row = load_vehicle(s, vehicle_id)
            check_version(row, version)
            check_references(s, data.model_id, data.owner_id)
            warnings = database_warnings(s, clean, row.id)
            # A warning already accepted for this vehicle's own VIN or plate is not asked again.
            warnings += tuple(
                w
                for w in clean.warnings
                if not (w.field == "vin" and clean.vin == row.vin)
                and not (w.field == "plate" and clean.plate == row.plate)
            )
            confirm(warnings, confirm_warnings)
            before, now = papers_of(row), self._clock()
            apply_vehicle(s, actor, row, clean, data.model_id, data.owner_id, now, warnings)
            self._papers_saved(s, actor, row, before, now)
            return vehicle_info(row)

    def get(self, actor: Actor, vehicle_id: int) -> VehicleInfo:
        require(actor, Permission.VIEW_BOARD)
        with reading(self._db) as s:
            authorize(s, actor, Permission.VIEW_BOARD)
            return vehicle_info(load_vehicle(s, vehicle_id))

    def list_for_customer(self, actor: Actor, customer_id: int) -> list[VehicleInfo]:
        require(actor, Permission.VIEW_BOARD)
        with reading(self._db) as s:
            authorize(s, actor, Permission.VIEW_BOARD)
            rows = s.scalars(select(Vehicle).where(Vehicle.owner_id == customer_id).order_by(Vehicle.id))
            return [vehicle_info(r) for r in rows]
