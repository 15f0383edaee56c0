"""The schedule setting: its limits, what is stored, an unreadable stored value, the slot grid."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest

from app.appointments import DEFAULT_SCHEDULE, SCHEDULE_KEY, WorkKind
from app.appointments.schedule import schedule_from_json, schedule_to_json, slot_starts_of
from app.context import Services
from app.errors import ValidationError
from app.roles import Actor, Role
from db.models import DealerSetting
from tests.app.appointments.support import TOMORROW, at
from tests.conftest import make_actor


def _fields(error: ValidationError) -> set[str]:
    return {e.field for e in getattr(error, "errors", (error,))}


@pytest.mark.parametrize(
    ("change", "fields"),
    [
        ({"slot_minutes": 25}, {"slot_minutes"}),
        ({"slot_minutes": 45}, {"slot_minutes"}),
        ({"opens": dt.time(17, 30)}, {"closes"}),
        ({"opens": dt.time(18)}, {"closes"}),
        ({"closes": dt.time(8, 45)}, {"closes"}),  # not one whole slot
        ({"capacity": ((WorkKind.MAINTENANCE, 51),)}, {"capacity.maintenance"}),
        ({"capacity": ((WorkKind.QUICK, -1),)}, {"capacity.quick"}),
        ({"advisor_capacity": 51}, {"advisor_capacity"}),
        ({"closed_weekdays": frozenset({0})}, {"closed_weekdays"}),
        ({"closed_weekdays": frozenset(range(1, 8))}, {"closed_weekdays"}),
        ({"late_after_minutes": 0}, {"late_after_minutes"}),
        ({"slot_minutes": 7, "advisor_capacity": -1}, {"slot_minutes", "advisor_capacity"}),
    ],
)
def test_the_limits(sqlite_services: Services, change: dict[str, object], fields: set[str]) -> None:
    supervisor = make_actor(sqlite_services, Role.SUPERVISOR)
    with pytest.raises(ValidationError) as info:
        sqlite_services.appointments.save_schedule(supervisor, replace(DEFAULT_SCHEDULE, **change))  # type: ignore[arg-type]
    assert _fields(info.value) == fields


def test_what_is_stored_and_read_back(services: Services, supervisor: Actor) -> None:
    for minutes in (15, 20, 30, 60):
        wanted = replace(
            DEFAULT_SCHEDULE,
            opens=dt.time(8),
            closes=dt.time(18),
            slot_minutes=minutes,
            capacity=((WorkKind.QUICK, 0), (WorkKind.MAINTENANCE, 50)),  # any order, kinds left out are 0
            advisor_capacity=0,
            closed_weekdays=frozenset({7}),
            closed_days=frozenset({dt.date(2027, 1, 1)}),
            late_after_minutes=15,
        )
        saved = services.appointments.save_schedule(supervisor, wanted)
        assert saved.capacity == ((WorkKind.MAINTENANCE, 50), (WorkKind.BODY_PAINT, 0), (WorkKind.QUICK, 0))
        assert services.appointments.schedule(supervisor) == saved
    with services.db.read() as s:
        stored = json.loads(s.get(DealerSetting, SCHEDULE_KEY).value_json)  # type: ignore[union-attr]
    assert stored["opens"] == "08:00" and stored["closed_days"] == ["2027-01-01"]
    assert stored["capacity"] == {"maintenance": 50, "body_paint": 0, "quick": 0}


def test_an_unreadable_stored_schedule_is_the_default() -> None:
    assert schedule_from_json(None) == DEFAULT_SCHEDULE
    assert schedule_from_json({"opens": "八点"}) == DEFAULT_SCHEDULE
    broken = schedule_to_json(DEFAULT_SCHEDULE) | {"slot_minutes": 7}
    assert schedule_from_json(broken) == DEFAULT_SCHEDULE
    assert schedule_from_json(schedule_to_json(DEFAULT_SCHEDULE)) == DEFAULT_SCHEDULE


def test_the_slot_grid_of_a_day() -> None:
    starts = slot_starts_of(DEFAULT_SCHEDULE, TOMORROW)
    assert starts[0] == at(TOMORROW, 8, 30) and starts[-1] == at(TOMORROW, 17)
    assert len(starts) == 18  # 08:30 .. 17:00, the last ending at closing time 17:30
    hourly = replace(DEFAULT_SCHEDULE, slot_minutes=60)
    assert slot_starts_of(hourly, TOMORROW)[-1] == at(TOMORROW, 16, 30)  # 17:30 would end after closing
