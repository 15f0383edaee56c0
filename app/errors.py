"""The error taxonomy: every failure a user can meet has a name and a clear message."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from app.wording import joined, say

T = TypeVar("T")


class QiantaiError(Exception):
    """Base of every expected failure; the message is meant for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(QiantaiError):
    """The user can fix it: shown beside the named field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class InvalidFields(ValidationError):
    """Several fields of one form are wrong: each is shown beside its field, all at once."""

    def __init__(self, errors: Sequence[ValidationError]) -> None:
        super().__init__(errors[0].field, joined((e.message for e in errors), say("；")))
        self.errors = tuple(errors)


def combined(errors: Sequence[ValidationError]) -> ValidationError:
    """One error standing for errors (at least one): itself when alone, else InvalidFields."""
    return errors[0] if len(errors) == 1 else InvalidFields(errors)


class FieldErrors:
    """Collects the mistakes of a form instead of stopping at the first, so the user fixes all of
    them in one go; raise_any() raises the one error as it is, or InvalidFields for several."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def check(self, check: Callable[[], T], fallback: T) -> T:
        """check()'s value, or fallback after noting its ValidationError."""
        try:
            return check()
        except NeedsConfirmation:
            raise
        except ValidationError as e:
            self.add(e)
            return fallback

    def add(self, error: ValidationError) -> None:
        self.errors.extend(error.errors if isinstance(error, InvalidFields) else (error,))

    def add_others(self, mistakes: Sequence[ValidationError]) -> None:
        """Adds the mistakes of fields that have none here yet (one mistake per field)."""
        for mistake in mistakes:
            if not self.has(mistake.field):
                self.add(mistake)

    def has(self, field: str) -> bool:
        return any(e.field == field for e in self.errors)

    def error(self) -> ValidationError | None:
        """The one error as it is, InvalidFields for several, None when all is right."""
        return combined(self.errors) if self.errors else None

    def raise_any(self) -> None:
        error = self.error()
        if error is not None:
            raise error


@dataclass(frozen=True)
class FieldWarning:
    field: str
    message: str


class NeedsConfirmation(ValidationError):
    """Valid but unusual input (a VIN without check digit, an embassy plate, a plate on file for
    another vehicle): shown to the advisor, who saves again with confirm_warnings=True."""

    def __init__(self, warnings: tuple[FieldWarning, ...]) -> None:
        first = warnings[0]
        super().__init__(
            first.field,
            say(
                "{warnings}。确认无误后请再次保存", warnings=joined((w.message for w in warnings), say("；"))
            ),
        )
        self.warnings = warnings


class PermissionDenied(QiantaiError):
    pass


class NotFound(QiantaiError):
    pass


class Conflict(QiantaiError):
    """Someone else changed the record first: reload, nothing was overwritten."""


class AuthenticationFailed(QiantaiError):
    pass


class PrinterUnavailable(QiantaiError):
    """The job is kept as pending; the user can retry or reroute it."""

    def __init__(self, message: str, job_id: int | None = None) -> None:
        super().__init__(message)
        self.job_id = job_id


class StorageError(QiantaiError):
    """Disk full, database locked, unreachable or corrupt, schema too new."""
