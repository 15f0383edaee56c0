"""What the print service hands out about a job, and what it needs from the spooler."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from app.printing.status import FAILED_LABEL, PrintJobStatus
from db.models import PrintJob
from printing.profiles import KIND_LABELS, DocumentKind

if TYPE_CHECKING:
    from printing.spool import SpoolResult

Progress = Callable[[int, int], None]
MAX_DPI = 600  # printing.spool.MAX_DPI, repeated so that this module does not load Qt's PDF code


class Spooler(Protocol):
    """What the service needs from printing.spool (the module itself fits)."""

    def available_printers(self) -> list[str]: ...

    def default_printer(self) -> str | None: ...

    def page_count(self, pdf: bytes) -> int: ...

    def submit(
        self,
        pdf: bytes,
        printer: str,
        *,
        copies: int = 1,
        offset_x_mm: float = 0.0,
        offset_y_mm: float = 0.0,
        job_name: str = "Qiantai",
        progress: Progress | None = None,
        max_dpi: int = MAX_DPI,
    ) -> SpoolResult: ...


@dataclass(frozen=True)
class PrintJobInfo:
    id: int
    kind: str  # a DocumentKind value (a job written by an older program may carry another)
    document_ref: str
    printer: str | None
    pages: int
    copies: int
    user_id: int | None
    user_name: str
    created_at: dt.datetime
    status: PrintJobStatus
    error: str | None
    attempts: int
    last_attempt_at: dt.datetime | None
    printed_at: dt.datetime | None

    @property
    def kind_label(self) -> str:
        try:
            return KIND_LABELS[DocumentKind(self.kind)]
        except ValueError:
            return self.kind

    @property
    def failed(self) -> bool:
        return self.status == PrintJobStatus.PENDING and self.error is not None

    @property
    def state_label(self) -> str:
        if self.failed:
            return FAILED_LABEL
        try:
            return PrintJobStatus(self.status).label
        except ValueError:
            return str(self.status)

    @property
    def can_retry(self) -> bool:
        return self.status == PrintJobStatus.PENDING

    @property
    def finished(self) -> bool:
        return self.status in (PrintJobStatus.PRINTED, PrintJobStatus.CANCELLED)


@dataclass(frozen=True)
class RetryReport:
    printed: tuple[PrintJobInfo, ...]
    failed: tuple[PrintJobInfo, ...]  # still pending, each with its error


def job_info(job: PrintJob, user_name: str) -> PrintJobInfo:
    return PrintJobInfo(
        id=job.id,
        kind=job.kind,
        document_ref=job.document_ref,
        printer=job.printer,
        pages=job.pages,
        copies=job.copies,
        user_id=job.user_id,
        user_name=user_name,
        created_at=job.created_at,
        status=PrintJobStatus(job.status),
        error=job.error,
        attempts=job.attempts,
        last_attempt_at=job.last_attempt_at,
        printed_at=job.printed_at,
    )
