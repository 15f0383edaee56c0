"""Anonymising a customer (app.privacy) leaves no trace of their name or phone in their bookings
or their bookings' history, and the export holds both."""

from __future__ import annotations

from sqlalchemy import select

from app.context import Services
from app.roles import Actor, Role
from db.models import Appointment, AppointmentEvent
from tests.app.appointments.support import TOMORROW, at, booking, car
from tests.conftest import make_actor


def test_a_customers_bookings_and_their_history_are_scrubbed(services: Services, advisor: Actor) -> None:
    admin = make_actor(services, Role.ADMIN)
    vehicle = car(services, advisor, phone="13812345678")
    made = services.appointments.book(
        advisor,
        booking(at(TOMORROW, 9), vehicle_id=vehicle.id, name="张三", words="张三说刹车响，电话13812345678"),
    )
    services.appointments.cancel(advisor, made.id, made.version, "张三来电取消")
    export = services.privacy.export(admin, str(vehicle.owner_id), "json")
    assert len(export.sections["appointments"]) == 1 and len(export.sections["appointment_events"]) == 2
    services.privacy.anonymise(admin, f"#{vehicle.owner_id}")
    with services.db.read() as s:
        row = s.get(Appointment, made.id)
        reasons = s.scalars(
            select(AppointmentEvent.reason).where(AppointmentEvent.appointment_id == made.id)
        ).all()
        assert row is not None
        texts = [row.phone, row.contact_name, row.note, row.cancel_reason, *reasons]
        plate = row.plate
    assert not any("张三" in t or "13812345678" in t for t in texts), texts
    assert plate == "粤B12345"  # the car's history keeps its plate
