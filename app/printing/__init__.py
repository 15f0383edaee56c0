"""Printing use cases: the document registry, one path to preview, print and reprint any registered
document, printer profiles kept in the dealer settings, and print jobs with retry.

    services.printing.documents   DocumentService: kinds / preview / render / print / reprint /
                                  print_count, by kind (stable name) and the user's reference
    services.printing.registry    DocumentRegistry: the DocumentSpec each capability declares
    services.printing             PrintService: profiles, font, jobs (list, retry, cancel), test page

The documents themselves are built by printing.documents; this package decides where they go,
records every job (with its PDF, so nothing is lost) and retries the ones that did not print.
The profile vocabulary is re-exported here so that the interface needs to know app/ only.
"""

from app.printing.documents import (
    DOCUMENT_PRINTED,
    DocumentPreview,
    DocumentPrinted,
    DocumentService,
    ReprintNeedsReason,
)
from app.printing.jobs import PrintJobInfo, RetryReport, Spooler
from app.printing.registry import DocumentRecord, DocumentRegistry, DocumentSpec, PrintOptions
from app.printing.service import PrintService
from app.printing.status import FILTER_LABELS, STATUS_LABELS, JobFilter, PrintJobStatus
from printing.profiles import (
    A4_MM,
    KIND_LABELS,
    MAX_COPIES,
    MAX_OFFSET_MM,
    ORIENTATION_LABELS,
    PROFILED_KINDS,
    DocumentKind,
    Orientation,
    PrinterProfile,
)

__all__ = [
    "A4_MM",
    "DOCUMENT_PRINTED",
    "FILTER_LABELS",
    "KIND_LABELS",
    "MAX_COPIES",
    "MAX_OFFSET_MM",
    "ORIENTATION_LABELS",
    "PROFILED_KINDS",
    "STATUS_LABELS",
    "DocumentKind",
    "DocumentPreview",
    "DocumentPrinted",
    "DocumentRecord",
    "DocumentRegistry",
    "DocumentService",
    "DocumentSpec",
    "JobFilter",
    "Orientation",
    "PrintJobInfo",
    "PrintJobStatus",
    "PrintOptions",
    "PrintService",
    "PrinterProfile",
    "ReprintNeedsReason",
    "RetryReport",
    "Spooler",
]
