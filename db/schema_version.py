"""The schema revision this program is written for, known without importing Alembic.

The start-up check compares it with the revision stored in the database's alembic_version table,
so a database already at this revision opens without loading the migration machinery.

Keep HEAD_REVISION equal to the newest revision under db/migrations/versions: a migration added
without updating it fails tests/db/test_migrations.py::test_head_revision_constant_is_alembics_head.
"""

from __future__ import annotations

HEAD_REVISION = "0017"
# The table Alembic keeps the current revision in (its default; db/migrations/env.py keeps it).
VERSION_TABLE = "alembic_version"
