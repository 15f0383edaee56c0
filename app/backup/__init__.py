"""Backups and restore of the SQLite database (docs/backups.md). Owns no table: its settings
are the dealer settings `backup` (folder, encrypt) and `backup.passphrase` (app.settings), and
each backup made or restored is an audit row (backup.made, backup.restored), the newest of which
says when the last good backup was made.

BackupService (services.backup): settings / update_settings (admin), back_up (admin; the CLI's
SYSTEM_ACTOR), daily (the program's own, once a day for whoever is logged in), due, status (the
status bar's BackupStatus for every user). restore(url, file, passphrase) puts a checked backup
in place of the database (`qiantai restore`, never while a program has it open). pg_dump for
PostgreSQL, whose server keeps its own copies.

Vocabularies: Trigger and Freshness with their labels; the file names and the rotation in files.py.
"""

from app.backup.files import KEEP_DAILY, KEEP_MONTHLY, KEEP_WEEKLY, BackupFile, backups_in, to_keep
from app.backup.kinds import FRESHNESS_LABELS, TRIGGER_LABELS, Freshness, Trigger
from app.backup.service import (
    MAIN_TABLES,
    PG_ADVICE,
    STALE_AFTER,
    BackupResult,
    BackupService,
    BackupSettings,
    BackupStatus,
)

__all__ = [
    "FRESHNESS_LABELS",
    "KEEP_DAILY",
    "KEEP_MONTHLY",
    "KEEP_WEEKLY",
    "MAIN_TABLES",
    "PG_ADVICE",
    "STALE_AFTER",
    "TRIGGER_LABELS",
    "BackupFile",
    "BackupResult",
    "BackupService",
    "BackupSettings",
    "BackupStatus",
    "Freshness",
    "Trigger",
    "backups_in",
    "to_keep",
]
