"""The dates a vehicle's papers give (检验有效期至, the insurance's end): checked, kept, audited
like every vehicle edit, and left as they are by an import that does not carry them."""

from __future__ import annotations

import datetime as dt

import pytest

from app.audit import list_entries
from app.context import Services
from app.errors import InvalidFields
from app.roles import Actor
from app.vehicles import VehicleInput, month_end
from tests.app.factories import add_model, add_vehicle, make_vin

TODAY = dt.date(2026, 11, 27)


def test_month_end() -> None:
    assert month_end(dt.date(2027, 3, 1)) == dt.date(2027, 3, 31)
    assert month_end(dt.date(2028, 2, 10)) == dt.date(2028, 2, 29)
    assert month_end(dt.date(2026, 12, 31)) == dt.date(2026, 12, 31)


def test_absurd_dates_are_refused_beside_their_fields(services: Services, advisor: Actor) -> None:
    v = add_vehicle(services, advisor, add_model(services, advisor))
    data = VehicleInput(vin=v.vin, model_id=v.model.id, owner_id=v.owner_id,
                        inspection_due=dt.date(1989, 12, 31),
                        insurance_expires=dt.date(2036, 11, 28))  # fmt: skip
    with pytest.raises(InvalidFields) as refused:
        services.vehicles.vehicles.update(advisor, v.id, v.version, data)
    assert [(e.field, str(e.message)) for e in refused.value.errors] == [
        ("inspection_due", "年检有效期至过早，请核对"),
        ("insurance_expires", "保险到期日不能晚于 10 年后，请核对"),
    ]
    ok = VehicleInput(vin=v.vin, model_id=v.model.id, owner_id=v.owner_id,
                      inspection_due=dt.date(1990, 1, 1),
                      insurance_expires=dt.date(2036, 11, 27))  # fmt: skip
    saved = services.vehicles.vehicles.update(advisor, v.id, v.version, ok)
    assert (saved.inspection_due, saved.insurance_expires) == (dt.date(1990, 1, 31), dt.date(2036, 11, 27))


def test_the_dates_are_saved_on_create_and_audited_on_edit(
    services: Services, advisor: Actor, admin: Actor
) -> None:
    model = add_model(services, advisor)
    first = add_vehicle(services, advisor, model)
    data = VehicleInput(vin=first.vin, model_id=model.id, owner_id=first.owner_id,
                        insurance_expires=dt.date(2027, 6, 30))  # fmt: skip
    edited = services.vehicles.vehicles.update(advisor, first.id, first.version, data)
    assert services.vehicles.vehicles.get(advisor, first.id).insurance_expires == dt.date(2027, 6, 30)
    assert edited.version == first.version + 1
    entry = next(e for e in list_entries(services.db, admin, "vehicle") if e.action == "vehicle.edit")
    assert entry.before is not None and entry.after is not None
    assert entry.before["insurance_expires"] is None and entry.after["insurance_expires"] == "2027-06-30"
    created = services.vehicles.vehicles.create(
        advisor,
        VehicleInput(vin=make_vin(), model_id=model.id, owner_id=first.owner_id,
                     inspection_due=dt.date(2027, 9, 9)),
    )  # fmt: skip
    assert created.inspection_due == dt.date(2027, 9, 30)
