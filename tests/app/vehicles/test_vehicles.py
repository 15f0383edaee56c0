"""Customers and vehicles: validation per DOMAIN.md, duplicates, plate history, conflicts, audit."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.audit import list_entries
from app.context import Services
from app.errors import Conflict, NeedsConfirmation, PermissionDenied, ValidationError
from app.roles import SYSTEM_ACTOR, Actor, Role
from app.vehicles import CustomerInput, DuplicateVin, ModelInput, ModelTerms, PhoneInput, VehicleInput
from app.warranty import WarrantyStart, start_of
from db.models import CustomerPhone, MileageReading, PlateHistory
from tests.app.factories import add_model, add_vehicle, make_vin
from tests.conftest import make_actor


def test_customer_is_normalised_with_initials_and_phones(services: Services, advisor: Actor) -> None:
    info = services.vehicles.customers.create(
        advisor,
        CustomerInput("  张　三 ", ("+86 138-1234-5678", PhoneInput("(0755) 8888 6666 转 12", "单位"), "")),
    )
    assert info.name == "张 三"
    assert info.name_initials == "zs"
    assert [p.number for p in info.phones] == ["13812345678", "075588886666"]
    assert info.phones[0].masked == "138****5678"
    assert info.phones[0].tail4 == "5678"
    assert info.phones[1].extension == "12"
    assert info.phones[1].label == "单位"
    with services.db.read() as s:
        rows = s.execute(
            select(CustomerPhone.number, CustomerPhone.tail4, CustomerPhone.extension).order_by(
                CustomerPhone.position
            )
        ).all()
    assert rows == [("13812345678", "5678", ""), ("075588886666", "6666", "12")]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (CustomerInput(""), "name"),
        (CustomerInput("李四", ("1381234567",)), "phones[0]"),
        (CustomerInput("李四", ("13812345678", "138 1234 5678")), "phones[1]"),
        (CustomerInput("李四", kind="robot"), "kind"),
    ],
)
def test_customer_errors_name_their_field(
    services: Services, advisor: Actor, data: CustomerInput, field: str
) -> None:
    with pytest.raises(ValidationError) as e:
        services.vehicles.customers.create(advisor, data)
    assert e.value.field == field


def test_company_customer_may_give_a_400_or_800_service_number(services: Services, advisor: Actor) -> None:
    customers = services.vehicles.customers
    info = customers.create(
        advisor, CustomerInput("深圳顺达物流有限公司", ("400-820-8820", "+86 800 820 8821"), kind="company")
    )
    assert [(p.number, p.kind) for p in info.phones] == [("4008208820", "service"), ("8008208821", "service")]
    assert info.phones[0].display == "400-820-8820"
    assert info.phones[0].masked == "400-***-8820"
    assert info.phones[0].tail4 == "8820"
    assert [c.id for c in customers.find_by_phone(advisor, "400 820 8820")] == [info.id]


def test_person_customer_may_not_give_a_service_number(services: Services, advisor: Actor) -> None:
    customers = services.vehicles.customers
    with pytest.raises(ValidationError) as e:
        customers.create(advisor, CustomerInput("李四", ("13812345678", "400-820-8820")))
    assert e.value.field == "phones[1]"
    assert "400" in e.value.message and "单位" in e.value.message and "个人" in e.value.message
    company = customers.create(advisor, CustomerInput("顺达物流", ("4008208820",), kind="company"))
    with pytest.raises(ValidationError) as e:
        customers.update(advisor, company.id, company.version, CustomerInput("顺达物流", ("4008208820",)))
    assert e.value.field == "phones[0]"


def test_customer_phones_of_every_kind_are_stored_shown_and_masked(
    services: Services, advisor: Actor
) -> None:
    phones = ("013812345678", "+852 9123 4567", "+853 6612 3456", "010-62345678")
    info = services.vehicles.customers.create(advisor, CustomerInput("陈大文", phones))
    assert [(p.number, p.kind, p.display, p.masked) for p in info.phones] == [
        ("13812345678", "mobile", "138 1234 5678", "138****5678"),
        ("+85291234567", "hk", "+852 9123 4567", "+852-****4567"),
        ("+85366123456", "mo", "+853 6612 3456", "+853-****3456"),
        ("01062345678", "landline", "010-62345678", "010-****5678"),
    ]
    assert [p.tail4 for p in info.phones] == ["5678", "4567", "3456", "5678"]


def test_customer_stale_version_conflicts_and_keeps_the_first_save(
    services: Services, advisor: Actor
) -> None:
    c = services.vehicles.customers.create(advisor, CustomerInput("王五", ("13900001111",)))
    first = services.vehicles.customers.update(
        advisor, c.id, c.version, CustomerInput("王五", ("13900002222",))
    )
    assert first.version == c.version + 1
    with pytest.raises(Conflict):
        services.vehicles.customers.update(advisor, c.id, c.version, CustomerInput("王六", ("13900003333",)))
    now = services.vehicles.customers.get(advisor, c.id)
    assert now.name == "王五"
    assert [p.number for p in now.phones] == ["13900002222"]


def test_vehicle_is_normalised_and_audited(services: Services, advisor: Actor, admin: Actor) -> None:
    model = add_model(services, advisor)
    vin = make_vin()
    full_width = vin.translate({ord(c): ord(c) + 0xFEE0 for c in vin[:3]}).lower() + "\t"
    v = add_vehicle(
        services,
        advisor,
        model,
        vin=full_width,
        plate="京a·12345",
        mileage=1200,
        invoice_date=dt.date(2026, 3, 1),
    )
    assert v.vin == vin
    assert v.plate == "京A12345"
    assert v.plate_display == "京A·12345"
    assert v.last_mileage_km == 1200
    assert start_of(v) == WarrantyStart(dt.date(2026, 3, 1), "invoice")
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(PlateHistory)) == 1
        assert s.scalar(select(MileageReading.km)) == 1200
    actions = [e.action for e in list_entries(services.db, admin)]
    assert "vehicle.add" in actions and "customer.add" in actions


def test_chinese_vin_with_wrong_check_digit_is_refused(services: Services, advisor: Actor) -> None:
    model = add_model(services, advisor)
    vin = make_vin()
    wrong = vin[:8] + ("1" if vin[8] != "1" else "2") + vin[9:]
    with pytest.raises(ValidationError) as e:
        add_vehicle(services, advisor, model, vin=wrong)
    assert e.value.field == "vin"
    assert "第 9 位" in e.value.message


def test_european_vin_without_check_digit_needs_confirmation(services: Services, advisor: Actor) -> None:
    model = add_model(services, advisor)
    with pytest.raises(NeedsConfirmation) as e:
        add_vehicle(services, advisor, model, vin="9BWZZZ377VT004251")
    assert e.value.warnings[0].field == "vin"
    v = add_vehicle(services, advisor, model, vin="9BWZZZ377VT004251", confirm=True)
    assert v.vin == "9BWZZZ377VT004251"


@pytest.mark.parametrize(
    ("vin", "words"),
    [("LHGRC383908043791", ["第 10 位", "“0”"]), ("11111111111111111", ["“1”", "17 位"])],
)
def test_doubtful_vin_needs_confirmation_and_is_audited(
    services: Services, advisor: Actor, admin: Actor, vin: str, words: list[str]
) -> None:
    model = add_model(services, advisor)
    with pytest.raises(NeedsConfirmation) as e:
        add_vehicle(services, advisor, model, vin=vin)
    assert [w.field for w in e.value.warnings] == ["vin"]
    for word in words:
        assert word in e.value.warnings[0].message
    status = services.vehicles.vehicles.check_vin(advisor, vin)
    assert status.check_digit_ok and status.warning == e.value.warnings[0].message
    v = add_vehicle(services, advisor, model, vin=vin, confirm=True)
    assert v.vin == vin
    added = next(e for e in list_entries(services.db, admin, "vehicle") if e.action == "vehicle.add")
    assert added.after is not None and added.after["confirmed_warnings"] == [e.value.warnings[0].message]
    # Editing the vehicle does not ask again for the warning already confirmed.
    data = VehicleInput(vin=vin, model_id=model.id, owner_id=v.owner_id, plate="粤B12345")
    assert services.vehicles.vehicles.update(advisor, v.id, v.version, data).plate == "粤B12345"


def test_duplicate_vin_carries_the_existing_vehicle(services: Services, advisor: Actor) -> None:
    model = add_model(services, advisor)
    first = add_vehicle(services, advisor, model, vin="LHGRC3838F8043791")
    with pytest.raises(DuplicateVin) as e:
        add_vehicle(services, advisor, model, vin="lhgrc3838f8043791", owner="李四")
    assert e.value.existing_vehicle_id == first.id
    assert e.value.field == "vin"
    assert services.vehicles.vehicles.check_vin(advisor, "LHGRC3838F8043791 ").existing_vehicle_id == first.id


def test_embassy_plate_needs_confirmation(services: Services, advisor: Actor) -> None:
    model = add_model(services, advisor)
    with pytest.raises(NeedsConfirmation):
        add_vehicle(services, advisor, model, plate="使014·578")
    assert add_vehicle(services, advisor, model, plate="使014578", confirm=True).plate == "使014578"


def test_plate_change_is_kept_in_history(services: Services, advisor: Actor, clock) -> None:
    model = add_model(services, advisor)
    v = add_vehicle(services, advisor, model, plate="粤B12345")
    clock.advance(days=30)
    data = VehicleInput(vin=v.vin, model_id=model.id, owner_id=v.owner_id, plate="粤BD12345")
    changed = services.vehicles.vehicles.update(advisor, v.id, v.version, data)
    assert changed.plate == "粤BD12345"
    card = services.orders.cards.open(advisor, v.id)
    assert [(p.plate, p.valid_to is None) for p in card.plate_history] == [
        ("粤BD12345", True),
        ("粤B12345", False),
    ]


def test_plate_on_another_vehicle_moves_after_confirmation(services: Services, advisor: Actor) -> None:
    model = add_model(services, advisor)
    old = add_vehicle(services, advisor, model, plate="沪A88888")
    with pytest.raises(NeedsConfirmation) as e:
        add_vehicle(services, advisor, model, plate="沪A88888", owner="赵六")
    assert e.value.field == "plate"
    new = add_vehicle(services, advisor, model, plate="沪A88888", owner="赵六", confirm=True)
    assert new.plate == "沪A88888"
    assert services.vehicles.vehicles.get(advisor, old.id).plate is None
    hits = services.vehicles.lookup.search(advisor, "沪A88888")
    assert [(h.vehicle_id, h.match.value) for h in hits] == [(new.id, "plate"), (old.id, "former_plate")]


def test_vehicle_stale_version_conflicts(services: Services, advisor: Actor) -> None:
    model = add_model(services, advisor)
    v = add_vehicle(services, advisor, model)
    base = VehicleInput(vin=v.vin, model_id=model.id, owner_id=v.owner_id)
    services.vehicles.vehicles.update(
        advisor, v.id, v.version, base.__class__(**{**base.__dict__, "colour": "白"})
    )
    with pytest.raises(Conflict):
        services.vehicles.vehicles.update(
            advisor, v.id, v.version, base.__class__(**{**base.__dict__, "colour": "黑"})
        )
    assert services.vehicles.vehicles.get(advisor, v.id).colour == "白"


def test_future_dates_are_refused(services: Services, advisor: Actor) -> None:
    model = add_model(services, advisor)
    with pytest.raises(ValidationError) as e:
        add_vehicle(services, advisor, model, invoice_date=dt.date(2030, 1, 1))
    assert e.value.field == "invoice_date"


def test_claims_clerk_cannot_edit_vehicles(services: Services, advisor: Actor) -> None:
    clerk = make_actor(services, Role.CLAIMS)
    model = add_model(services, advisor)
    with pytest.raises(PermissionDenied):
        add_vehicle(services, clerk, model)


def test_model_terms_below_the_legal_minimum_are_refused(services: Services) -> None:
    with pytest.raises(ValidationError) as e:
        services.vehicles.models.create_model(
            SYSTEM_ACTOR, ModelInput("某品牌", "某车", terms=ModelTerms(sanbao_months=12))
        )
    assert e.value.field == "terms.sanbao_months"


def test_advisor_may_add_a_model_only_with_default_terms(services: Services, advisor: Actor) -> None:
    with pytest.raises(PermissionDenied):
        services.vehicles.models.create_model(
            advisor, ModelInput("某品牌", "某车", terms=ModelTerms(basic_months=48))
        )
    nev = services.vehicles.models.create_model(advisor, ModelInput("某品牌", "电动车", is_nev=True))
    assert (nev.terms.battery_months, nev.terms.battery_km) == (96, 120_000)
