"""What a write changed, so that every screen showing such records can refresh itself.

A service method that writes is marked with @announces(Change.ORDERS, ...); the interface reads
the mark (changes_of) after the call succeeds and relays it to every tab. The mark sits on the
method itself, so a caller cannot forget to say what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
_MARK = "__qiantai_changes__"


class Change(StrEnum):
    ORDERS = "orders"  # repair orders, their lines, notes and statuses
    VEHICLES = "vehicles"  # vehicles, plates, mileage readings, last visits
    CUSTOMERS = "customers"
    MODELS = "models"  # vehicle models and their terms
    REMINDERS = "reminders"
    APPOINTMENTS = "appointments"
    CLAIMS = "claims"  # warranty claims, their parts, returned pieces and return boxes
    COMPLAINTS = "complaints"  # complaints and their logs
    PRINT_JOBS = "print_jobs"
    USERS = "users"
    SETTINGS = "settings"  # dealer settings, printer profiles
    BACKUPS = "backups"  # a backup was made (the status bar says when the last one was)


def announces(*changes: Change) -> Callable[[F], F]:
    """Marks a write method with the kinds of records it changes."""

    def mark(method: F) -> F:
        setattr(method, _MARK, frozenset(changes))
        return method

    return mark


def changes_of(method: Callable[..., Any]) -> frozenset[Change]:
    """The kinds a (bound or plain) method announces; empty for a read."""
    marked = getattr(method, _MARK, None)
    return marked if isinstance(marked, frozenset) else frozenset()
