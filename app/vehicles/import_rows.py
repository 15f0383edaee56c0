"""An import file's rows, checked on their own (no database): the same checks as manual entry,
and no VIN or plate twice in one file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.errors import ValidationError
from app.vehicles.customers import CleanCustomer, CustomerInput, clean_customer
from app.vehicles.import_files import Cell, SourceTable, parse_date, parse_km, parse_month, text_of
from app.vehicles.vehicles import CleanVehicle, VehicleInput, clean_vehicle
from app.wording import message_of, say

# Field names of manual entry -> the import's column names.
_FIELD_OF = {"name": "owner", "mileage_km": "mileage", "model_id": "model", "owner_id": "owner"}
MAX_BRAND = 32
MAX_MODEL = 64


@dataclass(frozen=True)
class ImportIssue:
    line: int
    field: str
    message: str


@dataclass(frozen=True)
class ImportRow:
    line: int
    vehicle: CleanVehicle
    owner: CleanCustomer
    brand: str
    model: str

    @property
    def model_key(self) -> tuple[str, str]:
        """Brand and model as find_model compares them (case and spacing aside)."""
        return self.brand.lower(), self.model.lower()


def issue_of(line: int, error: ValidationError) -> ImportIssue:
    name = error.field.split("[")[0]
    name = {"phones": "phone"}.get(name, name)
    return ImportIssue(line, _FIELD_OF.get(name, name), error.message)


def clean_row(line: int, values: dict[str, Cell], today: dt.date) -> ImportRow:
    dates: dict[str, dt.date | None] = {}
    for key, parse in (
        ("purchase_date", parse_date),
        ("invoice_date", parse_date),
        ("delivery_date", parse_date),
        ("inspection_due", parse_month),
        ("insurance_expires", parse_date),
    ):
        try:
            dates[key] = parse(values.get(key))
        except ValueError as e:
            raise ValidationError(key, message_of(e)) from None
    try:
        km = parse_km(values.get("mileage"))
    except ValueError as e:
        raise ValidationError("mileage", message_of(e)) from None
    vehicle = clean_vehicle(
        VehicleInput(
            vin=text_of(values.get("vin")),
            model_id=0,
            owner_id=0,
            plate=text_of(values.get("plate")),
            colour=text_of(values.get("colour")),
            purchase_date=dates["purchase_date"],
            invoice_date=dates["invoice_date"],
            delivery_date=dates["delivery_date"],
            mileage_km=km,
            inspection_due=dates["inspection_due"],
            insurance_expires=dates["insurance_expires"],
        ),
        today,
    )
    phone = text_of(values.get("phone"))
    owner = clean_customer(CustomerInput(name=text_of(values.get("owner")), phones=(phone,) if phone else ()))
    brand = " ".join(text_of(values.get("brand")).split())
    model = " ".join(text_of(values.get("model")).split())
    if not brand:
        raise ValidationError("brand", say("请填写品牌"))
    if not model:
        raise ValidationError("model", say("请填写车型"))
    if len(brand) > MAX_BRAND:
        raise ValidationError("brand", say("品牌最多 32 个字"))
    if len(model) > MAX_MODEL:
        raise ValidationError("model", say("车型最多 64 个字"))
    return ImportRow(line, vehicle, owner, brand, model)


def clean_rows(table: SourceTable, today: dt.date) -> tuple[list[ImportRow], list[ImportIssue]]:
    """The rows that pass on their own, and what is wrong with the others."""
    rows: list[ImportRow] = []
    rejected: list[ImportIssue] = []
    seen_vins: dict[str, int] = {}
    seen_plates: dict[str, int] = {}
    for source in table.rows:
        try:
            row = clean_row(source.line, source.values, today)
        except ValidationError as e:
            rejected.append(issue_of(source.line, e))
            continue
        first = seen_vins.setdefault(row.vehicle.vin, row.line)
        if first != row.line:
            rejected.append(ImportIssue(row.line, "vin", say("车架号与第 {first} 行重复", first=first)))
            continue
        if row.vehicle.plate is not None:
            first = seen_plates.setdefault(row.vehicle.plate, row.line)
            if first != row.line:
                rejected.append(ImportIssue(row.line, "plate", say("车牌与第 {first} 行重复", first=first)))
                continue
        rows.append(row)
    return rows, rejected
