"""The audit log: one row per change, written in the same transaction as the change.

The rows form a hash chain (app.audit_chain) and the database refuses to change or remove them
(the triggers of migrations 0001 and 0006); app.audit_verify checks the chain."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit_chain
from app.roles import Actor, Permission, require
from app.uow import reading
from db.models import AuditEntry
from db.types import utcnow
from db.uow import Database


def json_text(value: Mapping[str, Any] | None) -> str | None:
    """A before/after as the audit row stores it (keys sorted, so the text is the same each time)."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def snapshot(obj: object, fields: Iterable[str]) -> dict[str, Any]:
    """The named attributes of a record, for the before/after of an audit row."""
    return {f: getattr(obj, f) for f in fields}


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    entity: str,
    entity_id: object,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
) -> None:
    """Stages the row; it is chained and written when the session's transaction commits."""
    audit_chain.stage(session, entry(actor, action, entity, entity_id, before, after))


def entry(
    actor: Actor | None,
    action: str,
    entity: str,
    entity_id: object,
    before: Mapping[str, Any] | str | None = None,
    after: Mapping[str, Any] | str | None = None,
    at: dt.datetime | None = None,
) -> audit_chain.PendingEntry:
    """The row record() stages, for staging later (audit_chain.stage_all): a before or after may
    be given as its JSON text already made (json_text), e.g. before a write transaction."""
    return audit_chain.PendingEntry(
        at=utcnow() if at is None else at,
        user_id=actor.user_id if actor else None,
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        before_json=before if isinstance(before, str) or before is None else json_text(before),
        after_json=after if isinstance(after, str) or after is None else json_text(after),
    )


@dataclass(frozen=True)
class AuditRow:
    at: dt.datetime
    user_id: int | None
    action: str
    entity: str
    entity_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def list_entries(db: Database, actor: Actor, entity: str | None = None, limit: int = 200) -> list[AuditRow]:
    from app.users import authorize  # here: users records through this module

    require(actor, Permission.VIEW_AUDIT)
    with reading(db) as s:
        authorize(s, actor, Permission.VIEW_AUDIT)
        q = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if entity is not None:
            q = q.where(AuditEntry.entity == entity)
        return [
            AuditRow(
                at=e.at,
                user_id=e.user_id,
                action=e.action,
                entity=e.entity,
                entity_id=e.entity_id,
                before=json.loads(e.before_json) if e.before_json else None,
                after=json.loads(e.after_json) if e.after_json else None,
            )
            for e in s.scalars(q)
        ]
