"""audit redaction

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01

Anonymising a customer past the retention period (app.privacy) must remove their name and phones
from the audit rows too, without breaking the hash chain (docs/domain/audit.md, "Redaction"):

- The chain's hash format 2 (app.audit_chain.FORMAT) hashes the SHA-256 digests of the
  before/after JSON instead of the texts. The rows already there are re-hashed in format 2 here,
  in id order, keeping every break the format-1 chain had: a row whose content did not give its
  hash keeps its old hash (still wrong), a link that did not follow on still does not, and the
  chain head moves to the re-hashed row it named.
- audit_log.before_digest, after_digest: the digests of the texts as written, kept when a row is
  redacted; audit_log.redacted_by: the id of the audit row recording the anonymisation.
- The append-only triggers let exactly one UPDATE through: the JSON texts rewritten, the digests
  set (never changed once set), redacted_by set; every other column as it was. DELETE stays refused.
"""

import datetime as dt
import hashlib
import json

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

GENESIS = "0" * 64
BATCH = 5000

_audit = sa.table(
    "audit_log",
    sa.column("id", sa.Integer()),
    sa.column("at", sa.DateTime()),
    sa.column("user_id", sa.Integer()),
    sa.column("action", sa.String()),
    sa.column("entity", sa.String()),
    sa.column("entity_id", sa.String()),
    sa.column("before_json", sa.Text()),
    sa.column("after_json", sa.Text()),
    sa.column("prev_hash", sa.String()),
    sa.column("row_hash", sa.String()),
)


def _digest(text):
    return None if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()


def _hash(fmt, prev_hash, r):
    # app.audit_chain.row_hash of format 1 (revision 0006) and format 2 (this revision).
    at = r.at if r.at.tzinfo else r.at.replace(tzinfo=dt.UTC)
    before, after = (
        (r.before_json, r.after_json) if fmt == 1 else (_digest(r.before_json), _digest(r.after_json))
    )
    text = json.dumps(
        [
            f"qiantai-audit-{fmt}",
            prev_hash,
            at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            r.user_id,
            r.action,
            r.entity,
            r.entity_id,
            before,
            after,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _rehash(conn, old_format, new_format):
    """Every row's hashes in the new format, breaks kept where they were; the head follows."""
    renamed = {GENESIS: GENESIS}  # an old row_hash -> the row's new one
    last_id = 0
    update = (
        _audit.update()
        .where(_audit.c.id == sa.bindparam("b_id"))
        .values(prev_hash=sa.bindparam("b_prev"), row_hash=sa.bindparam("b_row"))
    )
    while True:
        rows = conn.execute(
            sa.select(_audit).where(_audit.c.id > last_id).order_by(_audit.c.id).limit(BATCH)
        ).all()
        if not rows:
            break
        params = []
        for r in rows:
            prev = renamed.get(r.prev_hash, r.prev_hash)
            intact = _hash(old_format, r.prev_hash, r) == r.row_hash
            new = _hash(new_format, prev, r) if intact else r.row_hash
            renamed[r.row_hash] = new
            params.append({"b_id": r.id, "b_prev": prev, "b_row": new})
            last_id = r.id
        conn.execute(update, params)
    head = conn.execute(sa.text("SELECT last_hash FROM audit_chain WHERE id = 1")).first()
    if head is not None:
        conn.execute(
            sa.text("UPDATE audit_chain SET last_hash = :h WHERE id = 1"),
            {"h": renamed.get(head.last_hash, head.last_hash)},
        )


# Only a redaction may change a row: the content and hashes as they were, the digests set once.
_SQLITE_REDACTION = (
    "NEW.id = OLD.id AND NEW.at IS OLD.at AND NEW.user_id IS OLD.user_id AND NEW.action IS OLD.action "
    "AND NEW.entity IS OLD.entity AND NEW.entity_id IS OLD.entity_id AND NEW.prev_hash IS OLD.prev_hash "
    "AND NEW.row_hash IS OLD.row_hash AND NEW.redacted_by IS NOT NULL "
    "AND (OLD.redacted_by IS NULL OR NEW.redacted_by >= OLD.redacted_by) "
    "AND (OLD.before_digest IS NULL OR NEW.before_digest IS OLD.before_digest) "
    "AND (OLD.after_digest IS NULL OR NEW.after_digest IS OLD.after_digest)"
)
_PG_REDACTION = _SQLITE_REDACTION.replace(" IS OLD.", " IS NOT DISTINCT FROM OLD.")
_PG_FUNCTION = (
    "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN "
    "IF TG_OP = 'UPDATE' THEN "
    f"IF {_PG_REDACTION} THEN RETURN NEW; END IF; "
    "END IF; "
    "RAISE EXCEPTION 'audit_log is append-only'; "
    "END $$"
)
_PG_FUNCTION_0001 = (
    "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$"
)
_SQLITE_UPDATE_TRIGGER = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    f"WHEN NOT ({_SQLITE_REDACTION}) "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
)
_SQLITE_UPDATE_TRIGGER_0001 = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
)
_SQLITE_CHAIN_FORWARD = (
    "CREATE TRIGGER audit_chain_forward BEFORE UPDATE ON audit_chain "
    "WHEN NEW.id <> OLD.id OR NEW.last_id <= OLD.last_id "
    "BEGIN SELECT RAISE(ABORT, 'audit_chain only moves forward'); END"
)


def _lifted(conn, work):
    """Runs work with the append-only triggers of audit_log and audit_chain lifted."""
    if conn.dialect.name == "postgresql":
        op.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
        op.execute("ALTER TABLE audit_chain DISABLE TRIGGER audit_chain_forward")
        work()
        op.execute("ALTER TABLE audit_chain ENABLE TRIGGER audit_chain_forward")
        op.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change")
    else:
        op.execute("DROP TRIGGER audit_log_no_update")
        op.execute("DROP TRIGGER audit_chain_forward")
        work()
        op.execute(_SQLITE_CHAIN_FORWARD)


def upgrade() -> None:
    conn = op.get_bind()
    op.add_column("audit_log", sa.Column("before_digest", sa.String(length=64), nullable=True))
    op.add_column("audit_log", sa.Column("after_digest", sa.String(length=64), nullable=True))
    op.add_column("audit_log", sa.Column("redacted_by", sa.Integer(), nullable=True))
    _lifted(conn, lambda: _rehash(conn, 1, 2))
    if conn.dialect.name == "postgresql":
        op.execute(_PG_FUNCTION)
    else:
        op.execute(_SQLITE_UPDATE_TRIGGER)


def downgrade() -> None:
    conn = op.get_bind()
    # A redacted row cannot go back to format 1 (its texts are gone): it is left as a break.
    _lifted(conn, lambda: _rehash(conn, 2, 1))
    if conn.dialect.name == "postgresql":
        op.execute(_PG_FUNCTION_0001)
    else:
        op.execute(_SQLITE_UPDATE_TRIGGER_0001)
    op.drop_column("audit_log", "redacted_by")
    op.drop_column("audit_log", "after_digest")
    op.drop_column("audit_log", "before_digest")
