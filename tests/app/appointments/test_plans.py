"""Every query of the booking desk runs on an index (as tests/app/test_query_plans.py checks for
the counter's day): the bookings and their history grow by the thousand a month."""

from __future__ import annotations

import re

from app.appointments import ConfirmOutcome, WorkKind
from app.context import Services
from app.orders import OrderInput
from app.roles import Role
from tests.app.appointments.support import TODAY, TOMORROW, at, booking, car, new_caller
from tests.app.test_query_plans import BIG_TABLES, statements  # noqa: F401  (the fixture)
from tests.conftest import make_actor

TABLES = (*BIG_TABLES, "appointments", "appointment_events")


def test_the_desks_queries_use_indexes_only(
    sqlite_services: Services,
    statements: list[tuple[str, object]],  # noqa: F811  (the fixture imported above)
) -> None:
    svc = sqlite_services
    advisor, supervisor = make_actor(svc, Role.ADVISOR), make_actor(svc, Role.SUPERVISOR)
    vehicle = car(svc, advisor)
    desk = svc.appointments
    made = desk.book(advisor, booking(at(TODAY, 11), vehicle_id=vehicle.id, advisor_id=advisor.user_id))
    other = new_caller(svc, advisor, at(TOMORROW, 9), 1)
    desk.day(advisor, TOMORROW, WorkKind.MAINTENANCE, advisor.user_id)
    desk.nearest_free(advisor, at(TOMORROW, 9), WorkKind.MAINTENANCE)
    other = desk.move(advisor, other.id, other.version, at(TOMORROW, 10), "改时间")
    desk.confirm(advisor, other.id, other.version, ConfirmOutcome.CONFIRMED)
    desk.to_confirm(advisor, TOMORROW)
    desk.bookings(advisor, TODAY)
    desk.for_vehicle(advisor, vehicle.id)
    desk.find_arriving(advisor, "粤B12345")
    draft = desk.arrival(advisor, made.id)
    svc.orders.board.board(advisor)
    svc.orders.board.change_token(advisor)
    svc.orders.orders.open_order(
        advisor, OrderInput(1_000, ("保养",), vehicle_id=vehicle.id, appointment_id=draft.appointment_id)
    )
    desk.history(advisor, made.id)
    desk.get(advisor, made.id)
    desk.cancel(advisor, other.id, other.version + 1, "不来了")
    desk.close_days(advisor)
    desk.figures(supervisor, TODAY.replace(day=1), TODAY)
    checked = 0
    with svc.db.engine.connect() as conn:
        for sql, params in {sql: (sql, p) for sql, p in statements}.values():
            plan = " | ".join(r[3] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params))  # type: ignore[arg-type]
            for table in TABLES:
                assert not re.search(rf"\bSCAN {table}\b", plan), (sql, plan)
            checked += 1
    assert checked > 20
