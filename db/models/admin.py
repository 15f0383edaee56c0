"""Users, dealer-wide settings, print jobs, the audit log and the head of its hash chain."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, IdMixin, TimestampMixin, VersionedMixin
from db.types import utcnow


class User(IdMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None]
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    last_login_at: Mapped[dt.datetime | None]


class DealerSetting(Base):
    """One dealer-wide setting: a key and a JSON value."""

    __tablename__ = "dealer_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class PrintJob(IdMixin, Base):
    """A document sent (or waiting to be sent) to a printer; the PDF is kept so nothing is lost."""

    __tablename__ = "print_jobs"
    __table_args__ = (Index(None, "status", "created_at"),)

    kind: Mapped[str] = mapped_column(String(32))
    document_ref: Mapped[str] = mapped_column(String(64))
    printer: Mapped[str | None] = mapped_column(String(128))
    pages: Mapped[int] = mapped_column(Integer, default=0)
    copies: Mapped[int] = mapped_column(Integer, default=1)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt_at: Mapped[dt.datetime | None]
    printed_at: Mapped[dt.datetime | None]
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    # "host/pid" of the program that marked the job printing (see app.printing.claimant).
    claimed_by: Mapped[str | None] = mapped_column(String(96))


class AuditEntry(IdMixin, Base):
    """Append-only record of every change: who, when, what, before and after (JSON)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index(None, "entity", "entity_id"), Index(None, "at"))

    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    before_json: Mapped[str | None] = mapped_column(Text)
    after_json: Mapped[str | None] = mapped_column(Text)
    # The hash chain (app.audit_chain): the previous row's row_hash, and the SHA-256 of this row's
    # content with prev_hash; lowercase hex.
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64))
    # Redaction (migration 0014): a customer's anonymisation rewrites the JSON of the rows naming
    # them, keeping the SHA-256 of the texts as written here, and the id of the audit row that
    # records the anonymisation; the database lets nothing else change (docs/domain/audit.md).
    before_digest: Mapped[str | None] = mapped_column(String(64))
    after_digest: Mapped[str | None] = mapped_column(String(64))
    redacted_by: Mapped[int | None] = mapped_column(Integer)


class AuditChainHead(Base):
    """The one row naming the newest audit row and its hash: appends lock it, so the rows of two
    counters form one chain, and a log cut short at its end no longer matches it."""

    __tablename__ = "audit_chain"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
