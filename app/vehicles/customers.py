"""Customers and their phone numbers: create, edit (version-checked), read.

Names are stored tidied (half-width, single spaces) with their pinyin initials for the lookup;
phones are stored as digits (the searchable part) with the extension apart and the last four
digits in `tail4`. A customer may have several numbers, the first being the main one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app import audit
from app.changes import Change, announces
from app.clock import Clock, system_clock
from app.errors import FieldErrors, NotFound, ValidationError
from app.roles import Actor, Permission, require
from app.uow import check_version, reading, unit_of_work
from app.users import authorize
from app.validation import (
    PhoneKind,
    clean_scanned,
    format_phone,
    mask_phone,
    pinyin_initials,
    refuse_unsafe_characters,
    stored_phone_kind,
    to_halfwidth,
    validate_phone,
)
from app.wording import labels, say
from db.models import Customer, CustomerPhone
from db.uow import Database


class CustomerKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"


CUSTOMER_KIND_LABELS: dict[CustomerKind, str] = {
    CustomerKind.PERSON: "个人",
    CustomerKind.COMPANY: "单位",
}
# The name the customer form's kind list has always used.
CUSTOMER_KINDS = CUSTOMER_KIND_LABELS
MAX_PHONES = 5
MAX_NAME = 64
MAX_LABEL = 16


@dataclass(frozen=True)
class PhoneInput:
    number: str
    label: str = ""  # e.g. 家里, 单位; empty: the phone's kind (PhoneKind)


@dataclass(frozen=True)
class CustomerInput:
    name: str
    phones: tuple[str | PhoneInput, ...] = ()
    kind: str = CustomerKind.PERSON
    note: str = ""


@dataclass(frozen=True)
class PhoneInfo:
    number: str  # digits: 13812345678, 075588886666, 4008208820; +85291234567 (Hong Kong, Macau)
    extension: str
    kind: PhoneKind
    label: str
    display: str  # 138 1234 5678, 0755-88886666 转 12
    masked: str  # 138****5678
    tail4: str


@dataclass(frozen=True)
class CustomerInfo:
    id: int
    name: str
    name_initials: str
    kind: str
    note: str
    phones: tuple[PhoneInfo, ...]
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def main_phone_masked(self) -> str:
        return self.phones[0].masked if self.phones else ""


@dataclass(frozen=True)
class CleanCustomer:
    name: str
    name_initials: str
    kind: str
    note: str
    phones: tuple[PhoneInfo, ...]


def phone_kind(number: str) -> PhoneKind:
    return stored_phone_kind(number)


def display_phone(number: str, extension: str = "") -> str:
    return format_phone(number, extension)


def phone_info(number: str, extension: str, label: str) -> PhoneInfo:
    return PhoneInfo(
        number=number,
        extension=extension,
        kind=phone_kind(number),
        label=label,
        display=display_phone(number, extension),
        masked=mask_phone(number),
        tail4=number[-4:],
    )


def clean_name(raw: str, field: str = "name") -> str:
    name = " ".join(to_halfwidth(clean_scanned(refuse_unsafe_characters(field, raw))).split())
    if not name:
        raise ValidationError(field, say("请填写客户姓名"))
    if len(name) > MAX_NAME:
        raise ValidationError(field, say("姓名最多 {limit} 个字", limit=MAX_NAME))
    return name


def clean_phone(raw: str | PhoneInput, field: str, service_numbers: bool = False) -> PhoneInfo:
    """service_numbers: 400/800 numbers are accepted (company customers only)."""
    entry = raw if isinstance(raw, PhoneInput) else PhoneInput(raw)
    try:
        check = validate_phone(entry.number, service_numbers=service_numbers)
    except ValidationError as e:
        raise ValidationError(field, e.message) from None
    label = entry.label.strip() or check.kind.value
    if len(label) > MAX_LABEL:
        raise ValidationError(field, say("电话备注最多 {limit} 个字", limit=MAX_LABEL))
    return phone_info(check.number, check.extension or "", label)


def clean_phones(
    phones: Sequence[str | PhoneInput], field: str = "phones", service_numbers: bool = False
) -> tuple[PhoneInfo, ...]:
    """The phones cleaned; every wrong one is reported (InvalidFields for several)."""
    errors = FieldErrors()
    cleaned: list[PhoneInfo] = []
    for i, raw in enumerate(phones):
        if isinstance(raw, str) and not raw.strip():
            continue  # an empty extra row of the form
        try:
            phone = clean_phone(raw, f"{field}[{i}]", service_numbers)
        except ValidationError as e:
            errors.add(e)
            continue
        if any(p.number == phone.number and p.extension == phone.extension for p in cleaned):
            errors.add(ValidationError(f"{field}[{i}]", say("电话 {phone} 重复填写", phone=phone.display)))
            continue
        cleaned.append(phone)
    if len(cleaned) > MAX_PHONES:
        errors.add(ValidationError(field, say("每位客户最多登记 {limit} 个电话", limit=MAX_PHONES)))
    errors.raise_any()
    return tuple(cleaned)


def _clean_kind(kind: str) -> CustomerKind:
    if kind not in tuple(CustomerKind):
        raise ValidationError(
            "kind", say("客户类型应为：{kinds}", kinds=labels(CUSTOMER_KIND_LABELS.values()))
        )
    return CustomerKind(kind)


def clean_customer(data: CustomerInput) -> CleanCustomer:
    """The customer cleaned; all mistakes are reported at once (InvalidFields for several)."""
    errors = FieldErrors()
    name = errors.check(lambda: clean_name(data.name), "")
    kind = errors.check(lambda: _clean_kind(data.kind), CustomerKind.PERSON)
    # 400/800 numbers belong to a company: a person needs a number that reaches them.
    no_phones: tuple[PhoneInfo, ...] = ()
    phones = errors.check(
        lambda: clean_phones(data.phones, service_numbers=kind is CustomerKind.COMPANY), no_phones
    )
    errors.raise_any()
    return CleanCustomer(
        name=name,
        name_initials=pinyin_initials(name)[:32],
        kind=kind.value,
        note=refuse_unsafe_characters("note", data.note, multiline=True).strip(),
        phones=phones,
    )


def customer_info(row: Customer) -> CustomerInfo:
    return CustomerInfo(
        id=row.id,
        name=row.name,
        name_initials=row.name_initials,
        kind=row.kind,
        note=row.note,
        phones=tuple(phone_info(p.number, p.extension, p.label) for p in row.phones),
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _phone_text(number: str, extension: str) -> str:
    return number + (f"-{extension}" if extension else "")


def _audited(
    name: str, kind: str, note: str, phones: Iterable[CustomerPhone | PhoneInfo]
) -> dict[str, object]:
    return {
        "name": name,
        "kind": kind,
        "note": note,
        "phones": [_phone_text(p.number, p.extension) for p in phones],
    }


def _snapshot(row: Customer) -> dict[str, object]:
    return _audited(row.name, row.kind, row.note, row.phones)


def customer_audit(clean: CleanCustomer) -> dict[str, object]:
    """A customer's fields as its audit rows record them (the same as a stored row's snapshot)."""
    return _audited(clean.name, clean.kind, clean.note, clean.phones)


def phones_not_in(candidates: Sequence[PhoneInfo], current: Sequence[PhoneInfo]) -> tuple[PhoneInfo, ...]:
    """The candidates whose number and extension are not among `current` (a new phone of an owner)."""
    known = {(p.number, p.extension) for p in current}
    return tuple(p for p in candidates if (p.number, p.extension) not in known)


def phone_values(phones: tuple[PhoneInfo, ...]) -> list[dict[str, object]]:
    """A customer's phone rows (without the customer's id), in order."""
    return [
        {"number": p.number, "tail4": p.tail4, "extension": p.extension, "label": p.label, "position": i}
        for i, p in enumerate(phones)
    ]


def _phone_rows(phones: tuple[PhoneInfo, ...]) -> list[CustomerPhone]:
    return [CustomerPhone(**values) for values in phone_values(phones)]


def customer_values(clean: CleanCustomer) -> dict[str, object]:
    """A new customer's row (its phones apart: phone_values)."""
    return {"name": clean.name, "name_initials": clean.name_initials, "kind": clean.kind, "note": clean.note}


def insert_customer(s: Session, actor: Actor, clean: CleanCustomer, action: str = "customer.add") -> Customer:
    row = Customer(**customer_values(clean))
    row.phones = _phone_rows(clean.phones)
    s.add(row)
    s.flush()
    audit.record(s, actor, action, "customer", row.id, None, _snapshot(row))
    return row


def _same_phones(row: Customer, phones: tuple[PhoneInfo, ...]) -> bool:
    stored = [(p.number, p.extension, p.label) for p in row.phones]
    return stored == [(p.number, p.extension, p.label) for p in phones]


def apply_customer(
    s: Session, actor: Actor, row: Customer, clean: CleanCustomer, action: str = "customer.edit"
) -> bool:
    """Writes the changes (if any) and audits them; False when nothing differed."""
    unchanged = (
        row.name == clean.name
        and row.kind == clean.kind
        and row.note == clean.note
        and _same_phones(row, clean.phones)
    )
    if unchanged:
        return False
    before = _snapshot(row)
    row.name, row.name_initials, row.kind, row.note = clean.name, clean.name_initials, clean.kind, clean.note
    if not _same_phones(row, clean.phones):
        row.phones = _phone_rows(clean.phones)
    # Phones live in their own table: bump the customer's version so a stale form still conflicts.
    row.updated_at = dt.datetime.now(dt.UTC)
    s.flush()
    audit.record(s, actor, action, "customer", row.id, before, _snapshot(row))
    return True


def load_customer(s: Session, customer_id: int) -> Customer:
    row = s.scalar(select(Customer).where(Customer.id == customer_id).options(selectinload(Customer.phones)))
    if row is None:
        raise NotFound(say("客户 {customer_id} 不存在", customer_id=customer_id))
    return row


class CustomerService:
    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._db = db
        self._clock = clock

    @announces(Change.CUSTOMERS)
    def create(self, actor: Actor, data: CustomerInput) -> CustomerInfo:
        require(actor, Permission.EDIT_VEHICLES)
        clean = clean_customer(data)
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.EDIT_VEHICLES)
            return customer_info(insert_customer(s, actor, clean))

    @announces(Change.CUSTOMERS)
    def update(self, actor: Actor, customer_id: int, version: int, data: CustomerInput) -> CustomerInfo:
        """Saves the whole form; a stale version raises Conflict and nothing is written."""
        require(actor, Permission.EDIT_VEHICLES)
        clean = clean_customer(data)
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.EDIT_VEHICLES)
            row = load_customer(s, customer_id)
            check_version(row, version)
            apply_customer(s, actor, row, clean)
            return customer_info(row)

    def get(self, actor: Actor, customer_id: int) -> CustomerInfo:
        require(actor, Permission.VIEW_BOARD)
        with reading(self._db) as s:
            authorize(s, actor, Permission.VIEW_BOARD)
            return customer_info(load_customer(s, customer_id))

    def find_by_phone(self, actor: Actor, phone: str) -> list[CustomerInfo]:
        """Customers already holding this number: the form offers them before creating a new one."""
        require(actor, Permission.VIEW_BOARD)
        number = clean_phone(phone, "phone", service_numbers=True).number
        with reading(self._db) as s:
            authorize(s, actor, Permission.VIEW_BOARD)
            ids = select(CustomerPhone.customer_id).where(CustomerPhone.number == number)
            rows = s.scalars(
                select(Customer).where(Customer.id.in_(ids)).options(selectinload(Customer.phones)).limit(20)
            )
            return [customer_info(r) for r in rows]
