"""Rights are read from the database at each action: a deactivated or deleted user's open window,
a demoted supervisor's, and an Actor built in code with a role its user does not hold are refused;
the command line's SYSTEM_ACTOR is believed (on both back-ends)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.context import Services
from app.errors import PermissionDenied
from app.roles import SYSTEM_ACTOR, Actor, Permission, Role
from app.users import authorize
from db.models import RepairOrder, Vehicle
from tests.app.factories import add_model, add_vehicle, open_order
from tests.app.vehicles.test_import import GOOD, write_csv
from tests.conftest import TEST_PASSWORD, make_actor

GONE = "您的账号已停用或已删除"


def _vehicle(services: Services, admin: Actor) -> int:
    return add_vehicle(services, admin, add_model(services, admin), plate="粤B12345", mileage=1_000).id


def _orders(services: Services) -> int:
    with services.db.read() as s:
        return s.scalar(select(func.count(RepairOrder.id))) or 0


def test_a_deactivated_user_cannot_open_an_order_or_search(services: Services, admin: Actor) -> None:
    vehicle_id = _vehicle(services, admin)
    advisor = make_actor(services, Role.ADVISOR)
    vehicle = services.vehicles.vehicles.get(advisor, vehicle_id)
    assert services.vehicles.lookup.search(advisor, "粤B12345")  # the window works while active
    services.users.set_active(admin, advisor.user_id or 0, False)

    with pytest.raises(PermissionDenied) as e:
        open_order(services, advisor, vehicle)
    assert GONE in e.value.message
    assert _orders(services) == 0
    with pytest.raises(PermissionDenied, match=GONE):
        services.vehicles.lookup.search(advisor, "粤B12345")
    with pytest.raises(PermissionDenied, match=GONE):
        services.orders.board.board(advisor)

    services.users.set_active(admin, advisor.user_id or 0, True)  # reactivated: works again
    assert open_order(services, advisor, vehicle).ro_number


def test_a_deleted_user_is_refused(services: Services, admin: Actor) -> None:
    vehicle_id = _vehicle(services, admin)
    gone = Actor(10_000, "gone", "已删除", Role.ADVISOR)  # no such row
    with pytest.raises(PermissionDenied, match=GONE):
        services.vehicles.vehicles.get(gone, vehicle_id)


def test_a_demoted_supervisor_cannot_import(services: Services, admin: Actor, tmp_path: Path) -> None:
    supervisor = make_actor(services, Role.SUPERVISOR)
    services.users.set_role(admin, supervisor.user_id or 0, Role.ADVISOR.value)
    with pytest.raises(PermissionDenied) as e:
        services.vehicles.importer.import_vehicles(supervisor, write_csv(tmp_path / "good.csv", GOOD))
    assert "服务顾问账号无权导入客户车辆资料" in e.value.message  # the role held now
    with services.db.read() as s:
        assert s.scalar(select(func.count(Vehicle.id))) == 0


def test_a_demoted_supervisor_cannot_cancel_others_orders(services: Services, admin: Actor) -> None:
    vehicle = services.vehicles.vehicles.get(admin, _vehicle(services, admin))
    advisor = make_actor(services, Role.ADVISOR)
    order = open_order(services, advisor, vehicle)
    supervisor = make_actor(services, Role.SUPERVISOR)
    services.users.set_role(admin, supervisor.user_id or 0, Role.ADVISOR.value)
    with pytest.raises(PermissionDenied, match="只能取消本人开立"):
        services.orders.orders.cancel_order(supervisor, order.id, order.version, "客户改期")


def test_an_actor_with_a_role_its_user_does_not_hold_is_refused(services: Services) -> None:
    advisor = make_actor(services, Role.ADVISOR)
    forged = Actor(advisor.user_id, advisor.username, advisor.display_name, Role.ADMIN)
    with pytest.raises(PermissionDenied, match="服务顾问账号无权管理用户账号"):
        services.users.list_users(forged)
    with pytest.raises(PermissionDenied, match="服务顾问账号无权管理用户账号"):
        services.users.add_user(forged, "mallory", "马", Role.ADMIN.value, "long-enough-1")
    with pytest.raises(PermissionDenied):
        services.users.set_role(forged, advisor.user_id or 0, Role.ADMIN.value)
    assert [u.role for u in services.users.list_users(SYSTEM_ACTOR) if u.id == advisor.user_id] == [
        Role.ADVISOR
    ]


def test_authorize_returns_the_stored_user(services: Services, admin: Actor) -> None:
    advisor = make_actor(services, Role.ADVISOR)
    services.users.set_role(admin, advisor.user_id or 0, Role.SUPERVISOR.value)
    with services.db.read() as s:
        now = authorize(s, advisor, Permission.IMPORT_DATA)
        assert now.role is Role.SUPERVISOR and now.user_id == advisor.user_id
        assert authorize(s, SYSTEM_ACTOR, Permission.IMPORT_DATA) is SYSTEM_ACTOR


def test_the_system_actor_still_works_for_the_command_line(
    services: Services, db_url: str, tmp_path: Path
) -> None:
    assert services.users.list_users(SYSTEM_ACTOR) == []
    assert main(["--db", db_url, "import", "vehicles", str(write_csv(tmp_path / "g.csv", GOOD))]) == 0
    report = services.vehicles.importer.import_vehicles(
        SYSTEM_ACTOR, write_csv(tmp_path / "again.csv", GOOD), dry_run=True
    )
    assert report is not None


def test_a_deactivated_user_cannot_change_the_password(services: Services, admin: Actor) -> None:
    advisor = make_actor(services, Role.ADVISOR)
    services.users.set_active(admin, advisor.user_id or 0, False)
    with pytest.raises(PermissionDenied, match=GONE):
        services.users.change_own_password(advisor, TEST_PASSWORD, "another-pass-2")
