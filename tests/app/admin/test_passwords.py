"""Passwords: scrypt at 2**17 by default, weaker hashes upgraded at a good login, an unknown name
costing the same hashing as a known one, and at least 8 characters wherever a password is set."""

from __future__ import annotations

import base64
import hashlib
import io
import os
from pathlib import Path

import pytest
from sqlalchemy import select, update

import app.passwords
from app.audit import list_entries
from app.cli import main
from app.context import Services
from app.errors import AuthenticationFailed, ValidationError
from app.passwords import PRODUCTION, PasswordHasher, ScryptParams
from app.roles import Actor
from app.users import MIN_PASSWORD_LENGTH, UserService
from app.wording import Message
from db.models import User
from tests.conftest import TEST_HASHER, TEST_PASSWORD, FakeClock

SEVEN = "abcd567"


def _stored(services: Services, user_id: int | None) -> str:
    with services.db.read() as s:
        stored = s.scalar(select(User.password_hash).where(User.id == user_id))
    assert stored is not None
    return stored


def _store(services: Services, user_id: int | None, password_hash: str) -> None:
    with services.db.session() as s:
        s.execute(update(User).where(User.id == user_id).values(password_hash=password_hash))


def test_the_program_hashes_with_scrypt_at_2_17_or_more(services: Services) -> None:
    assert PRODUCTION.n >= 2**17 and PRODUCTION.r >= 8 and PRODUCTION.p >= 1
    assert PasswordHasher().params == PRODUCTION
    assert UserService(services.db).hasher.params == PRODUCTION
    assert Services.build(services.db, services.paths).users.hasher.params == PRODUCTION
    assert TEST_HASHER.params.weaker_than(PRODUCTION)  # the suite's own, cheaper, is not the default
    # One real hash at the program's cost: the memory limit given to OpenSSL is enough.
    hasher = PasswordHasher()
    stored = hasher.hash(TEST_PASSWORD)
    assert stored.startswith(f"scrypt${PRODUCTION.n}${PRODUCTION.r}${PRODUCTION.p}$")
    assert hasher.verify(TEST_PASSWORD, stored) and not hasher.needs_rehash(stored)


def _legacy_hash(password: str) -> str:
    """A hash as the program stored them before (N=2**14), made without app.passwords."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, maxmem=64 * 1024 * 1024)
    return f"scrypt${2**14}$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def test_a_weaker_hash_is_upgraded_at_the_next_good_login(
    services: Services, admin: Actor, advisor: Actor, clock: FakeClock
) -> None:
    users = UserService(services.db, clock)  # the program's parameters
    legacy = _legacy_hash(TEST_PASSWORD)
    _store(services, advisor.user_id, legacy)
    assert users.hasher.needs_rehash(legacy)
    with pytest.raises(AuthenticationFailed):
        users.login(advisor.username, "wrong-password")
    assert _stored(services, advisor.user_id) == legacy  # a wrong password changes nothing
    assert users.login(advisor.username, TEST_PASSWORD) == advisor
    upgraded = _stored(services, advisor.user_id)
    assert upgraded.startswith(f"scrypt${PRODUCTION.n}$8$1$") and not users.hasher.needs_rehash(upgraded)
    entry = next(e for e in list_entries(services.db, admin, entity="user") if e.action == "user.login")
    assert entry.after == {"username": advisor.username, "password_rehashed": True}
    # The new hash works, with the suite's cheaper hasher too (it reads the stored parameters).
    assert services.users.login(advisor.username, TEST_PASSWORD) == advisor
    assert _stored(services, advisor.user_id) == upgraded  # not weaker than 2**8: left as it is


def test_an_unreadable_hash_refuses_the_login(services: Services, advisor: Actor) -> None:
    for broken in (
        "",
        "plain-text",
        "scrypt$1024$8$1$!!$!!",
        f"scrypt${2**30}$8$1$AAAA$AAAA",
        "md5$x$y$z$a$b",
    ):
        _store(services, advisor.user_id, broken)
        with pytest.raises(AuthenticationFailed):
            services.users.login(advisor.username, TEST_PASSWORD)


class _Spy:
    """Records every scrypt call's parameters (the cost of a check is set by them)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[str, int, ScryptParams]] = []
        real = app.passwords._scrypt

        def spy(password: str, salt: bytes, params: ScryptParams) -> bytes:
            self.calls.append((password, len(salt), params))
            return real(password, salt, params)

        monkeypatch.setattr(app.passwords, "_scrypt", spy)

    def during_login(
        self, users: UserService, username: str, password: str
    ) -> list[tuple[str, int, ScryptParams]]:
        self.calls.clear()
        with pytest.raises(AuthenticationFailed):
            users.login(username, password)
        return list(self.calls)


def test_an_unknown_or_disabled_name_costs_the_same_hashing_as_a_known_one(
    services: Services, admin: Actor, advisor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    spy = _Spy(monkeypatch)
    users = services.users
    known = spy.during_login(users, advisor.username, "wrong-password")
    assert known == [("wrong-password", 16, users.hasher.params)]
    assert spy.during_login(users, "nobody", "wrong-password") == known
    users.set_active(admin, advisor.user_id or 0, False)
    assert spy.during_login(users, advisor.username, "wrong-password") == known
    # The program's own service spends its own cost on an unknown name.
    production = UserService(services.db)
    assert spy.during_login(production, "nobody", "x") == [("x", 16, PRODUCTION)]


def _refuses_seven(call: object) -> None:
    assert callable(call)
    with pytest.raises(ValidationError) as info:
        call(SEVEN)
    assert info.value.field == "password"
    assert isinstance(info.value.message, Message) and info.value.message.template == "密码至少 {length} 位"
    assert info.value.message == "密码至少 8 位"


def test_a_password_has_at_least_8_characters_wherever_it_is_set(
    services: Services, admin: Actor, advisor: Actor
) -> None:
    assert MIN_PASSWORD_LENGTH == 8
    users = services.users
    uid = advisor.user_id or 0
    _refuses_seven(lambda pw: users.add_user(admin, "newbie", "", "advisor", pw))
    _refuses_seven(lambda pw: users.reset_password(admin, uid, pw))
    _refuses_seven(lambda pw: users.change_own_password(advisor, TEST_PASSWORD, pw))
    assert users.login(advisor.username, TEST_PASSWORD) == advisor  # nothing was changed
    # Eight is enough.
    users.add_user(admin, "newbie", "", "advisor", "abcd5678")
    assert users.login("newbie", "abcd5678").username == "newbie"
    users.change_own_password(advisor, TEST_PASSWORD, "12345678")
    assert users.login(advisor.username, "12345678") == advisor


@pytest.mark.usefixtures("cheap_hashing")
def test_the_command_line_refuses_a_password_under_8_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(SEVEN + "\n"))
    assert main(["--data-dir", str(tmp_path), "users", "add", "wang", "--role", "advisor"]) == 1
    assert capsys.readouterr().err == "qiantai: password: 密码至少 8 位\n"
    monkeypatch.setattr("sys.stdin", io.StringIO("abcd5678\n"))
    assert main(["--data-dir", str(tmp_path), "users", "add", "wang", "--role", "advisor"]) == 0
    assert main(["--data-dir", str(tmp_path), "users", "list"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "wang\twang\tadvisor\t启用"


def test_the_hasher_refuses_parameters_out_of_range() -> None:
    for params in (ScryptParams(3, 8, 1), ScryptParams(2**21, 8, 1), ScryptParams(2**10, 0, 1)):
        with pytest.raises(ValueError):
            PasswordHasher(params)
