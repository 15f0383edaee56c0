"""The windscreen sticker and the reminder letter, by plate or VIN, read back from their PDFs."""

from __future__ import annotations

import datetime as dt

import pytest

from app.context import Services
from app.errors import NotFound
from app.printing import DocumentKind
from app.reminders import ReminderKind
from app.roles import Role
from app.settings import DealerInfo
from app.vehicles import VehicleInput
from tests.app.reminders.support import TODAY, car, remind
from tests.conftest import make_actor
from tests.printing.pdftools import pdfinfo, pdftotext, squash


def dealer(svc: Services) -> None:
    admin = make_actor(svc, Role.ADMIN)
    svc.settings.update_dealer(
        admin, DealerInfo("华南汽车销售服务有限公司", "GD0123", "广州市天河区1号", "020-88886666")
    )


def with_plate(svc: Services, plate: str) -> object:
    vehicle = car(svc)
    admin = make_actor(svc, Role.ADMIN)
    return svc.vehicles.vehicles.update(
        admin,
        vehicle.id,
        vehicle.version,
        VehicleInput(vin=vehicle.vin, model_id=vehicle.model.id, owner_id=vehicle.owner_id, plate=plate,
                     delivery_date=vehicle.delivery_date),
        confirm_warnings=True,
    )  # fmt: skip


def test_the_sticker_shows_the_next_service(services: Services) -> None:
    dealer(services)
    advisor = make_actor(services, Role.ADVISOR)
    vehicle = with_plate(services, "粤A12345")
    documents = services.printing.documents
    with pytest.raises(NotFound, match="没有待做的保养提醒"):
        documents.render(advisor, DocumentKind.REMINDER_STICKER, "粤a·12345")
    remind(services, vehicle, dt.date(2027, 6, 1), due_km=30_000)  # type: ignore[arg-type]
    text = squash(pdftotext(documents.render(advisor, DocumentKind.REMINDER_STICKER, "粤a·12345")))
    assert "2027-06-01" in text and "30,000" in text and "020-88886666" in text and "粤A·12345" in text
    assert "以先到者为准" in text and "已逾期" not in text


def test_a_sticker_printed_after_the_due_date_says_the_service_is_overdue(services: Services) -> None:
    dealer(services)
    advisor = make_actor(services, Role.ADVISOR)
    vehicle = with_plate(services, "粤A12346")
    remind(services, vehicle, TODAY - dt.timedelta(days=1), due_km=30_000)  # type: ignore[arg-type]
    text = squash(
        pdftotext(services.printing.documents.render(advisor, DocumentKind.REMINDER_STICKER, "粤A12346"))
    )
    assert "已逾期，建议尽快保养" in text and "以先到者为准" not in text
    assert (TODAY - dt.timedelta(days=1)).isoformat() in text


def test_the_letter_lists_every_open_reminder(services: Services) -> None:
    dealer(services)
    advisor = make_actor(services, Role.ADVISOR)
    vehicle = car(services)
    remind(services, vehicle, TODAY - dt.timedelta(days=3))
    remind(services, vehicle, dt.date(2027, 3, 1), ReminderKind.WARRANTY_EXPIRY, None)
    pdf = services.printing.documents.render(advisor, DocumentKind.REMINDER_LETTER, vehicle.vin.lower())
    text = squash(pdftotext(pdf))
    assert pdfinfo(pdf)["Pages"] == "1"
    assert "定期保养已逾期" in text and "质保到期：2027-03-01" in text and vehicle.vin[-6:] in text
    assert "1390000" not in text  # the customer's phone is not on the letter
    with pytest.raises(NotFound, match="没有车牌或车架号"):
        services.printing.documents.render(advisor, DocumentKind.REMINDER_LETTER, "粤Z99999")
