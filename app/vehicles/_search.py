"""Index-friendly prefix searches: a range on the column instead of a leading wildcard.

Exact on SQLite (bytewise) and on PostgreSQL, where the searched columns are COLLATE "C"
(migration 0002)."""

from __future__ import annotations


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string that starts with prefix."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)
