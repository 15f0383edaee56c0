"""An import's plan made into rows and audit texts before the write transaction (no database).

What the write needs and can be made without holding a lock is made here: the new customers'
and vehicles' rows as plain dicts with their phones, the JSON of every audit row whose content is
already known (new customers, the updated vehicles' and owners' before and after), the phones an
owner ends with. The write (import_write) is left with what only the database can tell under
lock: the ids of the rows it inserts, the models another counter may have made meanwhile, and who
carries a plate at that moment.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from app.audit import json_text
from app.vehicles.customers import CleanCustomer, customer_audit, customer_values, phone_values
from app.vehicles.import_plan import ImportPlan, ModelKey, NewModel, NewVehicle, OwnerKey, VehicleUpdate
from app.vehicles.vehicles import added_audit, vehicle_fields, vehicle_values, with_confirmed

UNKNOWN_ID = 0  # stands for an id the write fills in (a model or an owner the import creates)


@dataclass(frozen=True)
class NewCustomerRows:
    values: dict[str, object]  # the customer's row
    phones: list[dict[str, object]]  # its phone rows, without the customer's id
    audit: str  # the audit row's after


@dataclass(frozen=True)
class NewVehicleRows:
    values: dict[str, object]  # the vehicle's row, model_id and owner_id to be filled in
    model: int | ModelKey
    owner: int | OwnerKey | NewCustomerRows  # an owner on file, one shared by rows, or its own
    audit: dict[str, object]  # the audit row's after, model_id and owner_id to be filled in

    @property
    def plate(self) -> str | None:
        plate = self.values["plate"]
        return plate if isinstance(plate, str) else None

    @property
    def km(self) -> int | None:
        km = self.values["last_mileage_km"]
        return km if isinstance(km, int) else None


@dataclass(frozen=True)
class UpdateRows:
    update: VehicleUpdate
    # The vehicle's new fields (vehicle_fields), None when only the mileage or the phones change;
    # model_id is UNKNOWN_ID when the import creates the model.
    fields: dict[str, object] | None
    before: str  # the vehicle's audit before, as the plan read it
    after: str | None  # its audit after; None when the model's id is needed first
    owner_before: str | None  # the owner's audit before and after when phones are added
    owner_after: str | None
    phones: list[dict[str, object]]  # the owner's phone rows after this row; [] for no change

    @property
    def model_known(self) -> bool:
        return isinstance(self.update.model, int)


@dataclass(frozen=True)
class ImportBatch:
    models: list[NewModel]
    owners: list[tuple[OwnerKey, NewCustomerRows]]  # new owners shared by rows, in file order
    updates: list[UpdateRows]
    new: list[NewVehicleRows]

    @property
    def writes(self) -> int:
        return len(self.updates) + len(self.new)


def _new_customer(clean: CleanCustomer) -> NewCustomerRows:
    return NewCustomerRows(
        customer_values(clean), phone_values(clean.phones), json_text(customer_audit(clean)) or ""
    )


def _new_vehicle(n: NewVehicle, now: dt.datetime) -> NewVehicleRows:
    values = vehicle_values(n.vehicle, UNKNOWN_ID, UNKNOWN_ID, now)
    owner = _new_customer(n.owner) if isinstance(n.owner, CleanCustomer) else n.owner
    return NewVehicleRows(values, n.model, owner, added_audit(values, n.vehicle, n.warnings))


def _update(u: VehicleUpdate) -> UpdateRows:
    fields = None
    after = None
    if u.merged is not None:
        model_id = u.model if isinstance(u.model, int) else UNKNOWN_ID
        fields = vehicle_fields(u.merged, model_id, u.owner_id)
        if isinstance(u.model, int):
            after = json_text(with_confirmed(dict(fields), u.warnings))
    owner_before = owner_after = None
    if u.phones and u.owner is not None:
        owner_before = json_text(customer_audit(u.owner))
        owner_after = json_text(customer_audit(replace(u.owner, phones=u.phones)))
    phones = phone_values(u.phones) if owner_after is not None else []
    return UpdateRows(u, fields, json_text(u.before) or "", after, owner_before, owner_after, phones)


def prepare_batch(plan: ImportPlan, now: dt.datetime) -> ImportBatch:
    """The plan's rows and audit texts, for write_batch."""
    return ImportBatch(
        models=list(plan.models),
        owners=[(key, _new_customer(clean)) for key, clean in plan.owners.items()],
        updates=[_update(u) for u in plan.updates],
        new=[_new_vehicle(n, now) for n in plan.new],
    )
