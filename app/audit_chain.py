"""The audit log's hash chain: each row holds the hash of its content and of the row before it.

audit.record stages a row on the session; when the session's outermost transaction commits, the
staged rows are chained: the one-row chain head (audit_chain) is read FOR UPDATE, so a second
counter committing at the same moment waits for this one and chains after it (on SQLite the
write transaction is serialized already). The rows get the next ids in order, their prev_hash and
row_hash, and the head moves to the last of them, all in the same transaction as the change.

The head lock is taken last, just before the commit: it is held for a moment, and a transaction
holding it waits for no other row lock (but the key-share lock of the rows' user reference), so
it cannot close a deadlock cycle (docs/domain/audit.md). A row staged inside a savepoint that rolls
back is dropped with it.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import event, func, insert, select
from sqlalchemy.orm import Session, SessionTransaction

from db.models import AuditChainHead, AuditEntry

log = logging.getLogger(__name__)

GENESIS = "0" * 64  # the prev_hash of the first row
HEAD_ID = 1
# The first element of the hashed text: a later change of the serialisation gets a new tag.
# Format 2 (migration 0014) hashes the digests of the before/after JSON instead of the texts, so a
# customer's personal data can be redacted from old rows (app.privacy) and the chain still verifies
# against the digests kept beside them (docs/domain/audit.md, "Redaction").
FORMAT = "qiantai-audit-2"
_STAGED = "qiantai.audit.staged"


@functools.lru_cache(maxsize=64)  # an import's thousands of rows share their time
def _utc_text(at: dt.datetime) -> str:
    if at.tzinfo is None:  # stored naive, in UTC (db.types.UTCDateTime)
        at = at.replace(tzinfo=dt.UTC)
    return at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def digest(text: str | None) -> str | None:
    """SHA-256 (hex) of a before/after JSON text as stored; None for none."""
    return None if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()


def content_hash(
    prev_hash: str,
    at: dt.datetime,
    user_id: int | None,
    action: str,
    entity: str,
    entity_id: str | None,
    before_digest: str | None,
    after_digest: str | None,
) -> str:
    """SHA-256 (hex) of the row's content, its JSON by digest, and the previous row's hash, in one
    canonical JSON text. The row's id is not part of it: the chain, not the numbering, says what
    came before."""
    text = json.dumps(
        [FORMAT, prev_hash, _utc_text(at), user_id, action, entity, entity_id, before_digest, after_digest],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def row_hash(
    prev_hash: str,
    at: dt.datetime,
    user_id: int | None,
    action: str,
    entity: str,
    entity_id: str | None,
    before_json: str | None,
    after_json: str | None,
) -> str:
    """The hash of a row as written (its JSON texts present, not redacted)."""
    return content_hash(
        prev_hash, at, user_id, action, entity, entity_id, digest(before_json), digest(after_json)
    )


def stored_hash(
    prev_hash: str,
    at: dt.datetime,
    user_id: int | None,
    action: str,
    entity: str,
    entity_id: str | None,
    before_json: str | None,
    after_json: str | None,
    before_digest: str | None,
    after_digest: str | None,
    redacted_by: int | None,
) -> str:
    """The hash a stored row must have: a redacted row's JSON by the digests kept at redaction."""
    if redacted_by is None:
        return row_hash(prev_hash, at, user_id, action, entity, entity_id, before_json, after_json)
    return content_hash(prev_hash, at, user_id, action, entity, entity_id, before_digest, after_digest)


@dataclass(slots=True)
class PendingEntry:
    """An audit row staged for the chain: its content as written (the JSON texts already made),
    and, once chained, its id and hashes. A plain object rather than an AuditEntry: an import
    stages thousands of them inside its write transaction, and building ORM objects for rows that
    are written by one executemany (_insert) cost more than writing them."""

    at: dt.datetime
    user_id: int | None
    action: str
    entity: str
    entity_id: str | None
    before_json: str | None
    after_json: str | None
    id: int = 0
    prev_hash: str = ""
    row_hash: str = ""


def entry_hash(entry: PendingEntry, prev_hash: str) -> str:
    return row_hash(
        prev_hash,
        entry.at,
        entry.user_id,
        entry.action,
        entry.entity,
        entry.entity_id,
        entry.before_json,
        entry.after_json,
    )


@dataclass(slots=True)
class _Staged:
    entry: PendingEntry
    savepoint: SessionTransaction | None  # the innermost savepoint it was staged in


def stage(session: Session, entry: PendingEntry) -> None:
    """Keeps the row for the chain: written when the session's transaction commits."""
    stage_all(session, (entry,))


def stage_all(session: Session, entries: Iterable[PendingEntry]) -> None:
    """Keeps the rows, in this order, for the chain (an import's thousands at once)."""
    staged: list[_Staged] = session.info.setdefault(_STAGED, [])
    savepoint = session.get_nested_transaction()
    staged.extend(_Staged(entry, savepoint) for entry in entries)


def _head(session: Session) -> AuditChainHead:
    query = (
        select(AuditChainHead)
        .where(AuditChainHead.id == HEAD_ID)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    head = session.scalars(query).one_or_none()
    if head is not None:
        return head
    # Only a hand-made change removes the head (the triggers refuse it): start again from the last
    # row so the counters can keep working; verify reports the break this leaves.
    log.error("the audit chain head is missing; restarting it from the last audit row")
    last = session.execute(
        select(AuditEntry.id, AuditEntry.row_hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    head = AuditChainHead(
        id=HEAD_ID, last_id=last.id if last else 0, last_hash=last.row_hash if last else GENESIS
    )
    session.add(head)
    return head


def _chain_staged(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint's commit: the outermost one chains
    staged: list[_Staged] | None = session.info.get(_STAGED)
    if not staged:
        return
    entries = [s.entry for s in staged]
    staged.clear()
    head = _head(session)
    # A row written around the program (its id past the head) must not make the next insert fail.
    next_id = max(head.last_id, session.scalar(select(func.max(AuditEntry.id))) or 0) + 1
    prev = head.last_hash
    for entry in entries:
        entry.id = next_id
        entry.prev_hash = prev
        entry.row_hash = prev = entry_hash(entry, prev)
        next_id += 1
    _insert(session, entries)
    head.last_id = entries[-1].id
    head.last_hash = prev


_TABLE = AuditEntry.metadata.tables[AuditEntry.__tablename__]


def _insert(session: Session, entries: list[PendingEntry]) -> None:
    """The rows in one executemany on the table itself, not through the ORM's flush: for the
    thousands of rows of an import that is about a fifth less time under the write lock. The
    entries keep their ids and hashes (chain_now's caller reads the ids)."""
    rows = [
        {
            "id": e.id,
            "at": e.at,
            "user_id": e.user_id,
            "action": e.action,
            "entity": e.entity,
            "entity_id": e.entity_id,
            "before_json": e.before_json,
            "after_json": e.after_json,
            "prev_hash": e.prev_hash,
            "row_hash": e.row_hash,
        }
        for e in entries
    ]
    session.execute(insert(_TABLE), rows)


def chain_now(session: Session) -> list[PendingEntry]:
    """Chains the rows staged so far at once, instead of at the commit, and returns them with
    their ids: for a use case whose later writes must name its audit row (app.privacy's
    redaction). It takes the head lock now: call it after every other row lock of the action."""
    staged: list[_Staged] = session.info.get(_STAGED) or []
    entries = [s.entry for s in staged]
    _chain_staged(session)
    session.flush()
    return entries


def _within(savepoint: SessionTransaction | None, ended: SessionTransaction) -> bool:
    while savepoint is not None:
        if savepoint is ended:
            return True
        savepoint = savepoint.parent
    return False


def _drop_rolled_back(session: Session, previous_transaction: SessionTransaction) -> None:
    staged: list[_Staged] | None = session.info.get(_STAGED)
    if not staged:
        return
    if previous_transaction.parent is None:
        staged.clear()
    else:
        staged[:] = [s for s in staged if not _within(s.savepoint, previous_transaction)]


def _check_nothing_left(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint released: its rows wait for the outermost commit
    if session.info.get(_STAGED):
        log.error("audit rows staged but not written: the transaction committed inside a savepoint")
        session.info[_STAGED].clear()


event.listen(Session, "before_commit", _chain_staged)
event.listen(Session, "after_soft_rollback", _drop_rolled_back)
event.listen(Session, "after_commit", _check_nothing_left)
