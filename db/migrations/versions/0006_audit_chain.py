"""audit chain

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

The audit log becomes a hash chain (app.audit_chain): audit_log.prev_hash and row_hash, and the
one-row table audit_chain naming the newest row and its hash. The rows already there are chained
here in id order, with the same serialisation as the program (a copy below, frozen with this
revision). Triggers refuse what the append-only triggers of 0001 let through: on SQLite an
INSERT OR REPLACE over an existing row (a REPLACE deletes without firing delete triggers unless
recursive_triggers is on; a BEFORE INSERT trigger fires either way), on PostgreSQL a TRUNCATE;
on both, removing the chain head or moving it back. See docs/domain/audit.md.
"""
import datetime as dt
import hashlib
import json

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

GENESIS = "0" * 64
FORMAT = "qiantai-audit-1"
BATCH = 5000

_audit = sa.table(
    'audit_log',
    sa.column('id', sa.Integer()),
    sa.column('at', sa.DateTime()),
    sa.column('user_id', sa.Integer()),
    sa.column('action', sa.String()),
    sa.column('entity', sa.String()),
    sa.column('entity_id', sa.String()),
    sa.column('before_json', sa.Text()),
    sa.column('after_json', sa.Text()),
    sa.column('prev_hash', sa.String()),
    sa.column('row_hash', sa.String()),
)

_SQLITE_TRIGGERS = (
    # Fires before the REPLACE conflict resolution deletes the old row.
    "CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log "
    "WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id) "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    # The columns keep the '' SQLite needs to add them NOT NULL: a row without its hashes is refused.
    "CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log "
    "WHEN length(NEW.prev_hash) <> 64 OR length(NEW.row_hash) <> 64 "
    "BEGIN SELECT RAISE(ABORT, 'audit_log rows must be chained'); END",
    "CREATE TRIGGER audit_chain_no_replace BEFORE INSERT ON audit_chain "
    "WHEN EXISTS (SELECT 1 FROM audit_chain) "
    "BEGIN SELECT RAISE(ABORT, 'audit_chain only moves forward'); END",
    "CREATE TRIGGER audit_chain_forward BEFORE UPDATE ON audit_chain "
    "WHEN NEW.id <> OLD.id OR NEW.last_id <= OLD.last_id "
    "BEGIN SELECT RAISE(ABORT, 'audit_chain only moves forward'); END",
    "CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain "
    "BEGIN SELECT RAISE(ABORT, 'audit_chain only moves forward'); END",
)
_SQLITE_DROP = (
    "DROP TRIGGER audit_log_no_replace",
    "DROP TRIGGER audit_log_chained",
    "DROP TRIGGER audit_chain_no_replace",
    "DROP TRIGGER audit_chain_forward",
    "DROP TRIGGER audit_chain_no_delete",
)

_PG_TRIGGERS = (
    "ALTER TABLE audit_log ALTER COLUMN prev_hash DROP DEFAULT",
    "ALTER TABLE audit_log ALTER COLUMN row_hash DROP DEFAULT",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
    "CREATE FUNCTION audit_chain_forward() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN "
    "IF TG_OP = 'UPDATE' THEN "
    "IF NEW.id = OLD.id AND NEW.last_id > OLD.last_id THEN RETURN NEW; END IF; "
    "END IF; "
    "RAISE EXCEPTION 'audit_chain only moves forward'; "
    "END $$",
    "CREATE TRIGGER audit_chain_forward BEFORE UPDATE OR DELETE ON audit_chain "
    "FOR EACH ROW EXECUTE FUNCTION audit_chain_forward()",
    "CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_forward()",
)
_PG_DROP = (
    "DROP TRIGGER audit_chain_no_truncate ON audit_chain",
    "DROP TRIGGER audit_chain_forward ON audit_chain",
    "DROP FUNCTION audit_chain_forward()",
    "DROP TRIGGER audit_log_no_truncate ON audit_log",
)


def _row_hash(prev_hash, at, user_id, action, entity, entity_id, before_json, after_json):
    # The program's app.audit_chain.row_hash as of this revision.
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    text = json.dumps(
        [
            FORMAT,
            prev_hash,
            at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            user_id,
            action,
            entity,
            entity_id,
            before_json,
            after_json,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _chain_existing_rows(conn):
    """Chains the rows in id order, a batch at a time; returns the last id and hash."""
    last_id, prev = 0, GENESIS
    update = (
        _audit.update()
        .where(_audit.c.id == sa.bindparam('b_id'))
        .values(prev_hash=sa.bindparam('b_prev'), row_hash=sa.bindparam('b_row'))
    )
    while True:
        rows = conn.execute(
            sa.select(_audit).where(_audit.c.id > last_id).order_by(_audit.c.id).limit(BATCH)
        ).all()
        if not rows:
            return last_id, prev
        params = []
        for r in rows:
            digest = _row_hash(
                prev, r.at, r.user_id, r.action, r.entity, r.entity_id, r.before_json, r.after_json
            )
            params.append({'b_id': r.id, 'b_prev': prev, 'b_row': digest})
            last_id, prev = r.id, digest
        conn.execute(update, params)


def upgrade() -> None:
    conn = op.get_bind()
    postgresql = conn.dialect.name == 'postgresql'
    # SQLite adds a NOT NULL column in place only with a default; PostgreSQL drops it below.
    op.add_column('audit_log', sa.Column('prev_hash', sa.String(length=64), nullable=False, server_default=''))
    op.add_column('audit_log', sa.Column('row_hash', sa.String(length=64), nullable=False, server_default=''))
    op.create_table(
        'audit_chain',
        sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('last_id', sa.Integer(), nullable=False),
        sa.Column('last_hash', sa.String(length=64), nullable=False),
        sa.CheckConstraint('id = 1', name=op.f('ck_audit_chain_single_row')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_chain')),
    )
    # The append-only trigger of 0001 refuses the UPDATE that fills the hashes in: lifted for it.
    if postgresql:
        op.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
    else:
        op.execute("DROP TRIGGER audit_log_no_update")
    last_id, last_hash = _chain_existing_rows(conn)
    if postgresql:
        op.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change")
    else:
        op.execute(
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
        )
    conn.execute(
        sa.text("INSERT INTO audit_chain (id, last_id, last_hash) VALUES (1, :last_id, :last_hash)"),
        {'last_id': last_id, 'last_hash': last_hash},
    )
    for statement in _PG_TRIGGERS if postgresql else _SQLITE_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == 'postgresql'
    for statement in _PG_DROP if postgresql else _SQLITE_DROP:
        op.execute(statement)
    op.drop_table('audit_chain')
    op.drop_column('audit_log', 'row_hash')
    op.drop_column('audit_log', 'prev_hash')
