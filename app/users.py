"""Users and roles, login with lock-out, password changes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.changes import Change, announces
from app.clock import Clock, system_clock
from app.errors import AuthenticationFailed, NotFound, PermissionDenied, ValidationError
from app.passwords import PasswordHasher
from app.roles import ROLE_LABELS, Actor, Permission, Role, require
from app.uow import check_version, reading, unit_of_work
from app.wording import joined, say
from db.models import User
from db.uow import Database

MAX_FAILED_LOGINS = 5
LOCKOUT = dt.timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
_USERNAME = re.compile(r"^[A-Za-z0-9_.-]{2,32}$")
_AUDITED = ("username", "display_name", "role", "active")


ACCOUNT_GONE = say("您的账号已停用或已删除，本次操作未执行；请重新登录或联系管理员")


def authorize(s: Session, actor: Actor, permission: Permission) -> Actor:
    """The actor as the database has it now, if its current role may do `permission`.

    Called by every service entry point inside the session that does the work (the caller's unit
    of work or read transaction): a window left open by a user since deactivated or deleted, or
    demoted, or an Actor built in code with a role its user does not hold, is refused. One read
    by primary key. The command-line SYSTEM_ACTOR (user_id None: whoever holds the machine's
    shell) is believed. Returns the actor with the stored role and names, for the checks and the
    audit record that follow.
    """
    if actor.user_id is None:
        require(actor, permission)
        return actor
    user = s.get(User, actor.user_id)
    if user is None or not user.active:
        raise PermissionDenied(ACCOUNT_GONE)
    current = Actor(user.id, user.username, user.display_name, Role(user.role))
    require(current, permission)
    return current


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None
    version: int


def _info(u: User) -> UserInfo:
    return UserInfo(
        id=u.id,
        username=u.username,
        display_name=u.display_name,
        role=Role(u.role),
        active=u.active,
        locked_until=u.locked_until,
        last_login_at=u.last_login_at,
        version=u.version,
    )


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("password", say("密码至少 {length} 位", length=MIN_PASSWORD_LENGTH))


def _parse_role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        names = joined(r.value for r in Role)
        raise ValidationError(
            "role", say("未知角色“{role}”，可选：{names}", role=role, names=names)
        ) from None


def _locked_message(locked_until: dt.datetime, now: dt.datetime) -> AuthenticationFailed:
    minutes = max(1, int((locked_until - now).total_seconds() // 60) + 1)
    return AuthenticationFailed(say("账号已锁定，请 {minutes} 分钟后再试，或请管理员解锁", minutes=minutes))


@dataclass(frozen=True)
class _Seen:
    """What the login read before checking the password (outside any write transaction)."""

    user_id: int
    active: bool
    locked_until: dt.datetime | None
    password_hash: str


class UserService:
    def __init__(
        self, db: Database, clock: Clock = system_clock, hasher: PasswordHasher | None = None
    ) -> None:
        """hasher: the program's (scrypt at app.passwords.PRODUCTION) unless a test brings a cheaper one."""
        self._db = db
        self._clock = clock
        self.hasher = hasher or PasswordHasher()

    @announces(Change.USERS)
    def add_user(
        self,
        actor: Actor,
        username: str,
        display_name: str,
        role: str,
        password: str,
        *,
        must_change_password: bool = False,
    ) -> UserInfo:
        """must_change_password: the password was handed out (demo users): changed at first login."""
        require(actor, Permission.MANAGE_USERS)
        username = username.strip()
        display_name = display_name.strip() or username
        if not _USERNAME.match(username):
            raise ValidationError("username", say("用户名为 2-32 位字母、数字、下划线、点或横线"))
        parsed_role = _parse_role(role)
        _check_password(password)
        password_hash = self.hasher.hash(password)  # half a second: before the write transaction
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.MANAGE_USERS)
            if s.scalar(select(User.id).where(func.lower(User.username) == username.lower())) is not None:
                raise ValidationError("username", say("用户名“{username}”已存在", username=username))
            user = User(
                username=username,
                display_name=display_name,
                role=parsed_role.value,
                password_hash=password_hash,
                must_change_password=must_change_password,
            )
            s.add(user)
            s.flush()
            audit.record(s, actor, "user.add", "user", user.id, None, audit.snapshot(user, _AUDITED))
            return _info(user)

    def list_users(self, actor: Actor) -> list[UserInfo]:
        require(actor, Permission.MANAGE_USERS)
        with reading(self._db) as s:
            authorize(s, actor, Permission.MANAGE_USERS)
            return [_info(u) for u in s.scalars(select(User).order_by(User.username))]

    def colleagues(self, actor: Actor) -> list[tuple[int, str, str]]:
        """The active users as (id, display name, role label): whom a task can be given to, and
        the advisors a list can be filtered by (no usernames, nothing more)."""
        require(actor, Permission.VIEW_BOARD)
        with reading(self._db) as s:
            authorize(s, actor, Permission.VIEW_BOARD)
            rows = s.scalars(select(User).where(User.active).order_by(User.display_name, User.id))
            return [(u.id, u.display_name, ROLE_LABELS.get(Role(u.role), u.role)) for u in rows]

    def count(self) -> int:
        with reading(self._db) as s:
            return s.scalar(select(func.count(User.id))) or 0

    def _load(self, s: Session, user_id: int, version: int | None) -> User:
        user = s.get(User, user_id)
        if user is None:
            raise NotFound(say("用户 {user_id} 不存在", user_id=user_id))
        check_version(user, version)
        return user

    @announces(Change.USERS)
    def set_active(self, actor: Actor, user_id: int, active: bool, version: int | None = None) -> UserInfo:
        require(actor, Permission.MANAGE_USERS)
        if actor.user_id == user_id and not active:
            raise ValidationError("active", say("不能停用当前登录的账号"))
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.MANAGE_USERS)
            user = self._load(s, user_id, version)
            before = audit.snapshot(user, _AUDITED)
            user.active = active
            if active:
                user.failed_logins = 0
                user.locked_until = None
            s.flush()
            audit.record(s, actor, "user.set_active", "user", user.id, before, audit.snapshot(user, _AUDITED))
            return _info(user)

    @announces(Change.USERS)
    def set_role(self, actor: Actor, user_id: int, role: str, version: int | None = None) -> UserInfo:
        require(actor, Permission.MANAGE_USERS)
        parsed = _parse_role(role)
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.MANAGE_USERS)
            user = self._load(s, user_id, version)
            before = audit.snapshot(user, _AUDITED)
            user.role = parsed.value
            s.flush()
            audit.record(s, actor, "user.set_role", "user", user.id, before, audit.snapshot(user, _AUDITED))
            return _info(user)

    @announces(Change.USERS)
    def reset_password(self, actor: Actor, user_id: int, new_password: str) -> UserInfo:
        """An administrator sets a new password; the user must change it at next login."""
        require(actor, Permission.MANAGE_USERS)
        _check_password(new_password)
        password_hash = self.hasher.hash(new_password)
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.MANAGE_USERS)
            user = self._load(s, user_id, None)
            user.password_hash = password_hash
            user.must_change_password = True
            user.failed_logins = 0
            user.locked_until = None
            s.flush()
            audit.record(s, actor, "user.reset_password", "user", user.id, None, {"username": user.username})
            return _info(user)

    @announces(Change.USERS)
    def change_own_password(self, actor: Actor, old_password: str, new_password: str) -> None:
        if actor.user_id is None:
            raise NotFound(say("系统账号没有密码"))
        _check_password(new_password)
        with reading(self._db) as s:
            stored = self._load(s, actor.user_id, None).password_hash
        # Both hashings (about a second) before the write transaction, which only stores.
        if not self.hasher.verify(old_password, stored):
            raise ValidationError("old_password", say("原密码不正确"))
        password_hash = self.hasher.hash(new_password)
        with unit_of_work(self._db) as s:
            user = self._load(s, actor.user_id, None)
            if not user.active:
                raise PermissionDenied(ACCOUNT_GONE)
            if user.password_hash != stored:  # changed meanwhile (a reset): the old one is gone
                raise ValidationError("old_password", say("原密码不正确"))
            user.password_hash = password_hash
            user.must_change_password = False
            audit.record(s, actor, "user.change_password", "user", user.id, None, {"username": user.username})

    def login(self, username: str, password: str) -> Actor:
        """Checks the password; five failures in a row lock the account for 15 minutes.

        The password is checked between a read and a short write (scrypt takes about half a
        second: no write lock is held meanwhile). An unknown or disabled name costs the same
        hashing as a known one. A good password stored with weaker parameters than the
        program's is hashed again and stored with the login.
        """
        now = self._clock()
        with reading(self._db) as s:
            user = s.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))
            seen = (
                None if user is None else _Seen(user.id, user.active, user.locked_until, user.password_hash)
            )
        if seen is None or not seen.active:
            self.hasher.verify_nobody(password)
            raise AuthenticationFailed(say("用户名或密码不正确"))
        if seen.locked_until is not None and seen.locked_until > now:
            raise _locked_message(seen.locked_until, now)  # says the name exists: no hashing to hide
        good = self.hasher.verify(password, seen.password_hash)
        upgraded = (
            self.hasher.hash(password) if good and self.hasher.needs_rehash(seen.password_hash) else None
        )
        failure: AuthenticationFailed | None = None
        with unit_of_work(self._db) as s:
            user = s.get(User, seen.user_id)
            if user is None or not user.active:
                raise AuthenticationFailed(say("用户名或密码不正确"))
            if user.locked_until is not None and user.locked_until > now:
                raise _locked_message(user.locked_until, now)  # another counter locked it meanwhile
            if user.password_hash != seen.password_hash:  # changed meanwhile (a reset, a rehash)
                good, upgraded = self.hasher.verify(password, user.password_hash), None
            if good:
                user.failed_logins = 0
                user.locked_until = None
                user.last_login_at = now
                details: dict[str, object] = {"username": user.username}
                if upgraded is not None:
                    user.password_hash = upgraded
                    details["password_rehashed"] = True
                audit.record(s, None, "user.login", "user", user.id, None, details)
                return Actor(user.id, user.username, user.display_name, Role(user.role))
            user.failed_logins += 1
            if user.failed_logins >= MAX_FAILED_LOGINS:
                user.locked_until = now + LOCKOUT
                user.failed_logins = 0
                failure = AuthenticationFailed(say("密码连续输错 5 次，账号已锁定 15 分钟"))
            else:
                left = MAX_FAILED_LOGINS - user.failed_logins
                failure = AuthenticationFailed(
                    say("用户名或密码不正确（再错 {left} 次将锁定账号）", left=left)
                )
            audit.record(s, None, "user.login_failed", "user", user.id, None, {"username": user.username})
        # Raised after the block so the failure count is committed, not rolled back.
        raise failure

    def must_change_password(self, user_id: int) -> bool:
        with reading(self._db) as s:
            user = s.get(User, user_id)
            return bool(user and user.must_change_password)


def display_names(s: Session, ids: Iterable[int | None]) -> dict[int, str]:
    """The display names of these users, in the caller's session (for lists that name people)."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {
        uid: name for uid, name in s.execute(select(User.id, User.display_name).where(User.id.in_(wanted)))
    }
