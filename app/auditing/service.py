"""The audit viewer's service (services.audit_log): the audit log read newest first through the
filters a supervisor uses, each row with its before → after field by field, and its export.

Its own use is audited (VIEWED, EXPORTED rows), so that who looked at whose history, and who took
it out of the program, is itself on record:
- a search writes one VIEWED row with its filter, unless the same user searched with the same
  filter within the last VIEW_SESSION (30 minutes): reading the next page, refreshing (F5) or
  coming back to the same search write nothing, a different filter (another record, another day)
  is one more row;
- every export writes one EXPORTED row with the filter, the number of entries and the file name.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, cast, or_, select
from sqlalchemy import String as SqlString
from sqlalchemy.orm import Session

from app import audit
from app.auditing.diff import FieldChange, changes, summary
from app.auditing.kinds import (
    CATEGORY_LABELS,
    CATEGORY_PREFIXES,
    EXPORT_WORD,
    EXPORTED,
    VIEWED,
    AuditCategory,
    action_label,
    entity_label,
)
from app.auditing.records import RecordRef, record_labels, resolve
from app.clock import Clock, local_today, system_clock
from app.errors import ValidationError
from app.roles import Actor, Permission, require
from app.spreadsheets import write_workbook
from app.uow import reading, unit_of_work
from app.users import authorize, display_names
from app.wording import say
from db.models import AuditEntry, PrintJob, User
from db.types import utcnow
from db.uow import Database

PERMISSION = Permission.VIEW_AUDIT
PAGE_SIZE = 200
VIEW_SESSION = dt.timedelta(minutes=30)
MAX_EXPORT = 100_000  # entries in one workbook
EXPORT_BATCH = 2_000
MAX_TEXT = 100
SYSTEM_USER = 0  # the user filter's value for rows written by the program or the command line
SYSTEM_NAME = "系统"


@dataclass(frozen=True)
class AuditQuery:
    """What the viewer asks for; days are the counter's local days, both included."""

    since: dt.date | None = None
    until: dt.date | None = None
    user_id: int | None = None  # SYSTEM_USER: the program's own rows
    category: AuditCategory | None = None
    action: str | None = None
    record: str = ""  # as typed: RO number, plate, VIN, claim number, #12, user name, phone
    text: str = ""  # found in the before or after


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: older than this row."""

    at: dt.datetime
    id: int


@dataclass(frozen=True)
class AuditLine:
    id: int
    at: dt.datetime  # aware UTC
    user_id: int | None
    user_name: str
    action: str
    action_label: str
    entity: str
    entity_id: str | None
    record_label: str
    changes: tuple[FieldChange, ...]
    summary: str


@dataclass(frozen=True)
class AuditPage:
    lines: tuple[AuditLine, ...]
    next: Cursor | None  # None: no older rows match
    record: RecordRef | None  # the record the query's reference named
    recorded: bool  # this search wrote a VIEWED row


@dataclass(frozen=True)
class Colleague:
    id: int
    name: str  # display name (user name)


@dataclass(frozen=True)
class Filters:
    """The choices the viewer's filters offer."""

    users: tuple[Colleague, ...]
    categories: tuple[tuple[AuditCategory, str], ...]
    actions: tuple[tuple[str, str], ...] = field(default=())


def _local_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _clean(query: AuditQuery) -> AuditQuery:
    text = " ".join(query.text.split())
    if len(text) > MAX_TEXT:
        raise ValidationError("text", say("搜索内容不能超过 {limit} 个字", limit=MAX_TEXT))
    if query.since and query.until and query.since > query.until:
        raise ValidationError("until", say("结束日期不能早于开始日期"))
    return AuditQuery(
        query.since,
        query.until,
        query.user_id,
        query.category,
        query.action or None,
        query.record.strip(),
        text,
    )


def describe(query: AuditQuery) -> dict[str, Any]:
    """The filter as the viewer's own audit rows record it (only what was set)."""
    values = {k: v for k, v in asdict(query).items() if v not in (None, "")}
    return {k: v.isoformat() if isinstance(v, dt.date) else str(v) if k == "category" else v
            for k, v in values.items()}  # fmt: skip


class AuditLogService:
    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._db, self._clock = db, clock

    def today(self) -> dt.date:
        return local_today(self._clock)

    def filters(self, actor: Actor) -> Filters:
        """Every user (those switched off too: their rows stay), the categories, the actions."""
        require(actor, PERMISSION)
        with reading(self._db) as s:
            authorize(s, actor, PERMISSION)
            users = tuple(
                Colleague(i, f"{name}（{username}）")
                for i, name, username in s.execute(
                    select(User.id, User.display_name, User.username).order_by(User.display_name, User.id)
                )
            )
        from app.auditing.kinds import ACTION_LABELS

        return Filters(
            users, tuple(CATEGORY_LABELS.items()), tuple(sorted(ACTION_LABELS.items(), key=lambda kv: kv[0]))
        )

    def search(
        self, actor: Actor, query: AuditQuery, after: Cursor | None = None, limit: int = PAGE_SIZE
    ) -> AuditPage:
        """A page of rows newest first, older than `after` when given (the next page)."""
        require(actor, PERMISSION)
        query = _clean(query)
        with reading(self._db) as s:
            actor = authorize(s, actor, PERMISSION)
            ref = resolve(s, query.record) if query.record else None
            rows = list(s.scalars(self._select(query, ref, after).limit(limit + 1)))
            more = len(rows) > limit
            lines = self._lines(s, rows[:limit])
        recorded = False
        if after is None:
            recorded = self._record_view(actor, query, len(lines), more)
        following = Cursor(lines[-1].at, lines[-1].id) if more and lines else None
        return AuditPage(tuple(lines), following, ref, recorded)

    def export(self, actor: Actor, query: AuditQuery, path: Path) -> int:
        """The rows the filter finds, newest first, as a workbook: one line per changed field
        (time, user, action, record, field, before, after); audited with the filter and the count.
        How many entries were written (MAX_EXPORT at most)."""
        require(actor, PERMISSION)
        query = _clean(query)
        sheet: list[Sequence[object]] = [
            [say("时间"), say("用户"), say("操作"), say("记录"), say("字段"), say("修改前"), say("修改后")]
        ]
        count = 0
        with reading(self._db) as s:
            actor = authorize(s, actor, PERMISSION)
            ref = resolve(s, query.record) if query.record else None
            for batch in self._batches(s, query, ref):
                for line in self._lines(s, batch):
                    count += 1
                    when = line.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
                    head = [when, line.user_name, line.action_label, line.record_label]
                    if not line.changes:
                        sheet.append([*head, "", "", ""])
                    for c in line.changes:
                        sheet.append([*head, c.label, c.before, c.after])
        write_workbook(path, say("审计日志"), sheet)
        with unit_of_work(self._db) as s:
            authorize(s, actor, PERMISSION)
            after = {"filter": describe(query), "rows": count, "file": path.name}
            audit.record(s, actor, EXPORTED, "audit_log", None, None, after)
        return count

    # -- internals ----------------------------------------------------------------------------

    def _select(self, query: AuditQuery, ref: RecordRef | None, after: Cursor | None) -> Select[AuditEntry]:
        q = select(AuditEntry)
        if query.since is not None:
            q = q.where(AuditEntry.at >= _local_start(query.since))
        if query.until is not None:
            q = q.where(AuditEntry.at < _local_start(query.until + dt.timedelta(days=1)))
        if query.user_id == SYSTEM_USER:
            q = q.where(AuditEntry.user_id.is_(None))
        elif query.user_id is not None:
            q = q.where(AuditEntry.user_id == query.user_id)
        if query.category is not None:
            q = q.where(_in_category(query.category))
        if query.action:
            q = q.where(AuditEntry.action == query.action)
        if ref is not None:
            q = q.where(_of_record(ref))
        if query.text:
            pattern = f"%{_escaped(query.text)}%"
            q = q.where(
                or_(
                    AuditEntry.before_json.ilike(pattern, escape="\\"),
                    AuditEntry.after_json.ilike(pattern, escape="\\"),
                )
            )
        if after is not None:
            q = q.where(
                or_(AuditEntry.at < after.at, and_(AuditEntry.at == after.at, AuditEntry.id < after.id))
            )
        return q.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())

    def _batches(self, s: Session, query: AuditQuery, ref: RecordRef | None) -> Iterator[list[AuditEntry]]:
        after: Cursor | None = None
        left = MAX_EXPORT
        while left > 0:
            size = min(EXPORT_BATCH, left)
            rows = list(s.scalars(self._select(query, ref, after).limit(size)))
            if not rows:
                return
            after = Cursor(rows[-1].at, rows[-1].id)
            yield rows
            left -= len(rows)
            if len(rows) < size:
                return

    def _lines(self, s: Session, rows: Sequence[AuditEntry]) -> list[AuditLine]:
        names = display_names(s, (r.user_id for r in rows))
        records = record_labels(s, ((r.entity, r.entity_id) for r in rows))
        out = []
        for r in rows:
            found = changes(_loads(r.before_json), _loads(r.after_json))
            out.append(
                AuditLine(
                    id=r.id,
                    at=r.at,
                    user_id=r.user_id,
                    user_name=SYSTEM_NAME if r.user_id is None else names.get(r.user_id, f"#{r.user_id}"),
                    action=r.action,
                    action_label=action_label(r.action),
                    entity=r.entity,
                    entity_id=r.entity_id,
                    record_label=entity_label(r.entity)
                    if r.entity_id is None
                    else records.get((r.entity, r.entity_id), r.entity_id),
                    changes=found,
                    summary=summary(found),
                )
            )
        return out

    def _record_view(self, actor: Actor, query: AuditQuery, shown: int, more: bool) -> bool:
        """One VIEWED row per user and filter within VIEW_SESSION (see the module's words)."""
        wanted = describe(query)
        since = utcnow() - VIEW_SESSION
        with unit_of_work(self._db) as s:
            earlier = s.scalars(
                select(AuditEntry.after_json).where(
                    AuditEntry.at >= since,
                    AuditEntry.action == VIEWED,
                    AuditEntry.user_id.is_(None)
                    if actor.user_id is None
                    else AuditEntry.user_id == actor.user_id,
                )
            )
            for text in earlier:
                if (_loads(text) or {}).get("filter") == wanted:
                    return False
            after = {"filter": wanted, "shown": shown, "more": more}
            audit.record(s, actor, VIEWED, "audit_log", None, None, after)
        return True


def _loads(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    value = json.loads(text)
    return value if isinstance(value, dict) else {"value": value}


def _in_category(category: AuditCategory) -> ColumnElement[bool]:
    terms = [AuditEntry.action.startswith(p, autoescape=True) for p in CATEGORY_PREFIXES[category]]
    if category is AuditCategory.OUTPUTS:
        terms.append(AuditEntry.action.contains(EXPORT_WORD, autoescape=True))
    return or_(*terms)


def _of_record(ref: RecordRef) -> ColumnElement[bool]:
    own = and_(AuditEntry.entity == ref.entity, AuditEntry.entity_id.in_(ref.ids))
    if not ref.document_refs:
        return own
    jobs = select(cast(PrintJob.id, SqlString)).where(PrintJob.document_ref.in_(ref.document_refs))
    printed = and_(AuditEntry.entity == "print_job", AuditEntry.entity_id.in_(jobs))
    return or_(own, printed) if ref.ids else printed
