"""Checking the audit log's hash chain: the whole log (`qiantai audit verify`), or its newest rows
at start-up. Either way it says where the chain breaks: the row, its time and action, and why.

Both read one snapshot (a deferred read transaction on SQLite, REPEATABLE READ on PostgreSQL), so
a counter appending meanwhile is never mistaken for a break.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from app.audit_chain import GENESIS, HEAD_ID, stored_hash
from app.roles import Actor, Permission, require
from app.uow import reading
from app.users import authorize
from app.wording import Message, say
from db.models import AuditChainHead, AuditEntry
from db.uow import Database

log = logging.getLogger(__name__)

_AuditRow = Row[*tuple[Any, ...]]

RECENT_ROWS = 200  # what the start-up check reads: about 2.5 ms on a 1M-row log (bench/audit_bench.py)
STREAM_BATCH = 5000
MAX_BREAKS = 100  # a log cut into pieces is reported by its first breaks, not row by row

_COLUMNS = (
    AuditEntry.id,
    AuditEntry.at,
    AuditEntry.user_id,
    AuditEntry.action,
    AuditEntry.entity,
    AuditEntry.entity_id,
    AuditEntry.before_json,
    AuditEntry.after_json,
    AuditEntry.prev_hash,
    AuditEntry.row_hash,
    AuditEntry.before_digest,
    AuditEntry.after_digest,
    AuditEntry.redacted_by,
)
# The action of the audit row that records a customer's anonymisation (app.privacy): the only
# row that may stand behind a redacted row's redacted_by.
ANONYMISED = "customer.anonymise"


@dataclass(frozen=True)
class ChainBreak:
    """Where the chain breaks: the row (None when the log is empty) and what is wrong there."""

    row_id: int | None
    at: dt.datetime | None
    action: str | None
    problem: Message

    @property
    def message(self) -> Message:
        if self.row_id is None or self.at is None:
            return self.problem
        local = self.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        return say(
            "第 {id} 条（{at}，{action}）：{problem}",
            id=self.row_id,
            at=local,
            action=self.action,
            problem=self.problem,
        )


@dataclass(frozen=True)
class ChainReport:
    checked: int
    breaks: list[ChainBreak] = field(default_factory=list)  # the first MAX_BREAKS of them
    break_count: int = 0

    @property
    def ok(self) -> bool:
        return not self.breaks

    @property
    def first(self) -> ChainBreak | None:
        return self.breaks[0] if self.breaks else None

    @property
    def startup_warning(self) -> Message | None:
        if self.first is None:
            return None
        return say(
            "审计日志校验发现问题：{problem}。程序照常启动；请告知系统管理员运行 qiantai audit verify 检查。",
            problem=self.first.message,
        )


def _redacted_ids(after_json: str | None) -> set[int]:
    """The rows an anonymisation's audit row says it redacted (app.privacy)."""
    try:
        ids = json.loads(after_json or "{}").get("redacted", [])
    except (ValueError, AttributeError):
        return set()
    return {i for i in ids if isinstance(i, int)}


@dataclass(frozen=True)
class _Head:
    last_id: int
    last_hash: str


class _Walk:
    """Follows the rows in id order, comparing each with its hash and with the row before it."""

    def __init__(self, head: _Head | None, expected_prev: str | None) -> None:
        self.head = head
        self.expected_prev = expected_prev  # None: the first row's link is not checked
        self.checked = 0
        self.breaks: list[ChainBreak] = []
        self.count = 0
        self.last: _AuditRow | None = None
        self.redacted: list[_AuditRow] = []  # redacted rows, each to be named by a later row
        self.anonymisations: dict[int, set[int]] = {}  # an anonymisation's row -> the rows it redacted

    def _break(self, row: _AuditRow | None, problem: Message) -> None:
        self.count += 1
        if len(self.breaks) < MAX_BREAKS:
            found = (
                ChainBreak(None, None, None, problem)
                if row is None
                else ChainBreak(row.id, row.at, row.action, problem)
            )
            self.breaks.append(found)

    def step(self, row: _AuditRow) -> None:
        self.checked += 1
        problem = self._problem(row)
        if problem is not None:
            self._break(row, problem)
        self.expected_prev = row.row_hash
        self.last = row
        if row.redacted_by is not None:
            self.redacted.append(row)
        if row.action == ANONYMISED:
            self.anonymisations[row.id] = _redacted_ids(row.after_json)

    def _problem(self, row: _AuditRow) -> Message | None:
        if self.head is not None and row.id > self.head.last_id:
            return say("这一条不在链上：它是绕过程序写入的")
        if self.expected_prev is not None and row.prev_hash != self.expected_prev:
            if self.last is None:
                return say("这是现存的第一条，但它之前还有记录：前面的记录被删除过")
            return say(
                "与前一条（第 {prev} 条）接不上：两者之间的记录被删除、插入或改动过", prev=self.last.id
            )
        content = stored_hash(
            row.prev_hash,
            row.at,
            row.user_id,
            row.action,
            row.entity,
            row.entity_id,
            row.before_json,
            row.after_json,
            row.before_digest,
            row.after_digest,
            row.redacted_by,
        )
        if content != row.row_hash:
            return say("内容与它的校验值不符：这一条写入后被改动过")
        return None

    def finish(self) -> ChainReport:
        for row in self.redacted:
            if row.id not in self.anonymisations.get(row.redacted_by, set()):
                self._break(
                    row,
                    say("这一条被改写过，但没有对应的客户匿名化记录（第 {by} 条）", by=row.redacted_by),
                )
        head, last = self.head, self.last
        if head is None:
            self._break(None, say("链头记录（audit_chain）不见了：无法确认日志末尾是否完整"))
        elif last is None:
            if head.last_id != 0:
                self._break(
                    None, say("审计日志是空的，但链头记录到第 {last} 条：日志被整表清空过", last=head.last_id)
                )
        elif last.id < head.last_id:
            self._break(
                last,
                say("这是现存的最后一条，但链头记录到第 {last} 条：其后的记录被删除过", last=head.last_id),
            )
        elif last.id == head.last_id and last.row_hash != head.last_hash:
            self._break(last, say("与链头记录的校验值不符：最后一条被替换过"))
        return ChainReport(self.checked, self.breaks, self.count)


@contextmanager
def _snapshot(db: Database) -> Iterator[Session]:
    with reading(db) as s:
        if not db.is_sqlite:
            s.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        yield s


def _head(s: Session) -> _Head | None:
    found = s.execute(
        select(AuditChainHead.last_id, AuditChainHead.last_hash).where(AuditChainHead.id == HEAD_ID)
    ).first()
    return None if found is None else _Head(found.last_id, found.last_hash)


def _run(walk: _Walk, rows: Iterable[_AuditRow]) -> ChainReport:
    for row in rows:
        walk.step(row)
    return walk.finish()


def verify_chain(db: Database, actor: Actor) -> ChainReport:
    """Checks every row from the first, and the chain head against the last."""
    require(actor, Permission.VIEW_AUDIT)
    with _snapshot(db) as s:
        authorize(s, actor, Permission.VIEW_AUDIT)
        head = _head(s)
        rows = s.execute(select(*_COLUMNS).order_by(AuditEntry.id).execution_options(yield_per=STREAM_BATCH))
        return _run(_Walk(head, GENESIS), rows)


def check_recent(db: Database, rows: int = RECENT_ROWS) -> ChainReport:
    """Checks the newest rows and the chain head: the start-up check."""
    with _snapshot(db) as s:
        head = _head(s)
        newest = list(s.execute(select(*_COLUMNS).order_by(AuditEntry.id.desc()).limit(rows)))
        newest.reverse()
        whole_log = len(newest) < rows
        report = _run(_Walk(head, GENESIS if whole_log else None), newest)
    if head is not None:
        log.info("audit chain head: row %s, hash %s", head.last_id, head.last_hash)
    if report.first is not None:
        log.warning("audit chain broken: %s", report.first.message)
    return report
