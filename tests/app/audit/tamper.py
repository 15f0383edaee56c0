"""What someone with the database's own rights can do around the program: lift the triggers and
change the audit rows with raw SQL (the triggers themselves are tested without lifting them)."""

from __future__ import annotations

from sqlalchemy import Connection, text

from db.uow import Database

SQLITE_AUDIT_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete", "audit_log_no_replace")
SQLITE_CHAIN_TRIGGERS = ("audit_chain_forward", "audit_chain_no_delete", "audit_chain_no_replace")


def lift_triggers(conn: Connection, chain_head_too: bool = False) -> None:
    """DROP TRIGGER on SQLite (it has no DISABLE), DISABLE TRIGGER USER by the owner on PostgreSQL."""
    if conn.dialect.name == "sqlite":
        for name in SQLITE_AUDIT_TRIGGERS + (SQLITE_CHAIN_TRIGGERS if chain_head_too else ()):
            conn.execute(text(f"DROP TRIGGER {name}"))
        return
    conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
    if chain_head_too:
        conn.execute(text("ALTER TABLE audit_chain DISABLE TRIGGER USER"))


def raw(db: Database, *statements: str, chain_head_too: bool = False) -> None:
    with db.engine.begin() as conn:
        lift_triggers(conn, chain_head_too)
        for statement in statements:
            conn.execute(text(statement))


def audit_ids(db: Database) -> list[int]:
    with db.engine.connect() as conn:
        return list(conn.execute(text("SELECT id FROM audit_log ORDER BY id")).scalars())
