"""The error taxonomy: every failure a user can meet has a name and a clear message."""

from __future__ import annotations


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
