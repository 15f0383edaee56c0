"""The demo data's bookings use the schedule: on the slot grid, within the capacities per slot
and per advisor, each with its history, the car's plate and the owner's phone; the booking
desk reads them (today's list, still to come, figures) on SQLite and PostgreSQL."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from app.appointments import DEFAULT_SCHEDULE, AppointmentStatus, EventKind, WorkKind
from app.appointments.schedule import slot_starts_of
from app.context import Services
from app.demo import DemoOptions, generate_demo
from app.roles import Role
from db.models import Appointment, AppointmentEvent
from tests.app.appointments.support import TODAY
from tests.conftest import FakeClock, make_actor


def test_the_demos_bookings_keep_the_schedule(services: Services, clock: FakeClock) -> None:
    generate_demo(services.db, services.users, DemoOptions(300, 60, seed=3), clock)
    with services.db.read() as s:
        rows = list(s.scalars(select(Appointment)))
        events = Counter((e.appointment_id, e.kind) for e in s.scalars(select(AppointmentEvent)))
        s.expunge_all()  # detached with their values (the read session's rollback would expire them)
    assert len(rows) > 20
    per_slot: Counter[object] = Counter()
    per_advisor: Counter[object] = Counter()
    for a in rows:
        start = a.scheduled_at.astimezone()
        assert start in slot_starts_of(DEFAULT_SCHEDULE, start.date()), start
        assert a.ends_at - a.scheduled_at == DEFAULT_SCHEDULE.slot and a.work_kind == WorkKind.MAINTENANCE
        assert a.plate and a.phone and a.created_by == a.advisor_id
        per_slot[a.scheduled_at] += 1
        per_advisor[(a.scheduled_at, a.advisor_id)] += 1
        assert events[(a.id, EventKind.BOOKED.value)] == 1
        if a.status in (AppointmentStatus.ARRIVED, AppointmentStatus.NO_SHOW):
            assert events[(a.id, a.status)] == 1
        if a.status == AppointmentStatus.NO_SHOW:
            assert start.date() < TODAY  # a no-show only once its day has ended
    assert max(per_slot.values()) <= DEFAULT_SCHEDULE.capacity_of(WorkKind.MAINTENANCE)
    assert max(per_advisor.values()) <= DEFAULT_SCHEDULE.advisor_capacity
    supervisor = make_actor(services, Role.SUPERVISOR, "desk_supervisor")
    appointments = services.appointments
    assert appointments.close_days(supervisor) == 0  # the demo leaves nothing to close
    figures = appointments.figures(supervisor, TODAY.replace(day=1), TODAY)
    assert figures.due and figures.arrived and figures.orders_from_bookings
    for day_bookings in (
        appointments.bookings(supervisor, TODAY),
        appointments.to_confirm(supervisor, TODAY),
    ):
        assert all(b.plate for b in day_bookings)
