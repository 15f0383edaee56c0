"""Users: adding, roles, login with lock-out, password resets, permissions inside the services."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.context import Services
from app.errors import AuthenticationFailed, Conflict, PermissionDenied, ValidationError
from app.roles import SYSTEM_ACTOR, Actor, Role
from app.settings import DealerInfo
from db.models import AuditEntry, User
from tests.conftest import TEST_PASSWORD, FakeClock


def test_add_and_list(services: Services, admin: Actor) -> None:
    created = services.users.add_user(admin, "li.si", "李四", "advisor", "secret-1")
    assert created.role is Role.ADVISOR and created.active
    names = [u.username for u in services.users.list_users(admin)]
    assert "li.si" in names


@pytest.mark.parametrize(
    ("username", "role", "password", "field"),
    [
        ("x", "advisor", "secret-1", "username"),
        ("有中文", "advisor", "secret-1", "username"),
        ("wang", "boss", "secret-1", "role"),
        ("wang", "advisor", "123", "password"),
    ],
)
def test_add_rejects_bad_values(
    services: Services, admin: Actor, username: str, role: str, password: str, field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        services.users.add_user(admin, username, "", role, password)
    assert info.value.field == field


def test_duplicate_username_ignores_case(services: Services, admin: Actor) -> None:
    services.users.add_user(admin, "zhao", "赵", "advisor", "secret-1")
    with pytest.raises(ValidationError, match="已存在"):
        services.users.add_user(admin, "ZHAO", "赵", "advisor", "secret-1")


def test_login_returns_actor(services: Services, advisor: Actor) -> None:
    actor = services.users.login(advisor.username, TEST_PASSWORD)
    assert actor == advisor


def test_wrong_password_is_refused_and_repeated_failures_lock(
    services: Services, advisor: Actor, clock: FakeClock
) -> None:
    for left in (4, 3, 2, 1):
        with pytest.raises(AuthenticationFailed, match=f"再错 {left} 次"):
            services.users.login(advisor.username, "wrong")
    with pytest.raises(AuthenticationFailed, match="已锁定"):
        services.users.login(advisor.username, "wrong")
    # Locked: even the right password is refused until the lock runs out.
    with pytest.raises(AuthenticationFailed, match="已锁定"):
        services.users.login(advisor.username, TEST_PASSWORD)
    clock.advance(minutes=16)
    assert services.users.login(advisor.username, TEST_PASSWORD).user_id == advisor.user_id


def test_unknown_and_disabled_users_cannot_log_in(services: Services, admin: Actor, advisor: Actor) -> None:
    with pytest.raises(AuthenticationFailed):
        services.users.login("nobody", TEST_PASSWORD)
    services.users.set_active(admin, advisor.user_id or 0, False)
    with pytest.raises(AuthenticationFailed):
        services.users.login(advisor.username, TEST_PASSWORD)


def test_reset_password_forces_a_change(services: Services, admin: Actor, advisor: Actor) -> None:
    uid = advisor.user_id or 0
    services.users.reset_password(admin, uid, "new-secret")
    assert services.users.must_change_password(uid)
    actor = services.users.login(advisor.username, "new-secret")
    with pytest.raises(ValidationError):
        services.users.change_own_password(actor, "wrong", "another-1")
    services.users.change_own_password(actor, "new-secret", "another-1")
    assert not services.users.must_change_password(uid)
    services.users.login(advisor.username, "another-1")


def test_password_is_stored_hashed_with_scrypt(services: Services, advisor: Actor) -> None:
    with services.db.read() as s:
        stored = s.scalar(select(User.password_hash).where(User.id == advisor.user_id))
    assert stored is not None and stored.startswith("scrypt$") and TEST_PASSWORD not in stored


def test_admin_cannot_disable_itself(services: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError):
        services.users.set_active(admin, admin.user_id or 0, False)


@pytest.mark.parametrize(
    "call",
    [
        lambda svc, who: svc.users.add_user(who, "newbie", "", "advisor", "secret-1"),
        lambda svc, who: svc.users.list_users(who),
        lambda svc, who: svc.settings.update_dealer(who, DealerInfo(name="x")),
    ],
    ids=["add_user", "list_users", "update_dealer"],
)
def test_advisor_is_refused_admin_services(services: Services, advisor: Actor, call) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        call(services, advisor)


def test_advisor_is_refused_supervisor_only_audit_view(services: Services, advisor: Actor) -> None:
    from app.audit import list_entries

    with pytest.raises(PermissionDenied):
        list_entries(services.db, advisor)


def test_stale_edit_is_a_conflict_and_leaves_no_audit_row(
    services: Services, admin: Actor, advisor: Actor
) -> None:
    uid = advisor.user_id or 0
    seen = next(u for u in services.users.list_users(admin) if u.id == uid)
    services.users.set_role(admin, uid, "supervisor", seen.version)  # another counter saves first

    def audit_rows() -> int:
        with services.db.read() as s:
            return s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.entity_id == str(uid))) or 0

    before = audit_rows()
    with pytest.raises(Conflict):
        services.users.set_active(admin, uid, False, seen.version)
    assert audit_rows() == before
    assert next(u for u in services.users.list_users(admin) if u.id == uid).active


def test_successful_change_records_before_and_after(services: Services, admin: Actor, advisor: Actor) -> None:
    from app.audit import list_entries

    services.users.set_role(admin, advisor.user_id or 0, "claims")
    entry = list_entries(services.db, admin, entity="user")[0]
    assert entry.action == "user.set_role"
    assert entry.user_id == admin.user_id
    assert entry.before is not None and entry.before["role"] == "advisor"
    assert entry.after is not None and entry.after["role"] == "claims"


def test_failed_transaction_leaves_no_audit_row(services: Services, admin: Actor) -> None:
    from app import audit
    from app.uow import unit_of_work

    with pytest.raises(RuntimeError), unit_of_work(services.db) as s:
        audit.record(s, admin, "test.change", "thing", 1, {"a": 1}, {"a": 2})
        s.flush()
        raise RuntimeError("the change failed after its audit row was written")
    with services.db.read() as s:
        assert s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == "test.change")) == 0


def test_dealer_settings_round_trip(services: Services, admin: Actor) -> None:
    saved = services.settings.update_dealer(
        admin, DealerInfo(name=" 深圳示例汽车 ", code="sz001", address="深圳", service_phone="0755-1234567")
    )
    assert saved.code == "SZ001" and saved.name == "深圳示例汽车"
    assert services.settings.dealer() == saved
    with pytest.raises(ValidationError) as info:
        services.settings.update_dealer(admin, DealerInfo(name=""))
    assert info.value.field == "name"


def test_system_actor_is_admin() -> None:
    assert SYSTEM_ACTOR.role is Role.ADMIN
