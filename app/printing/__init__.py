"""Printing use cases: printer profiles kept in the dealer settings, and print jobs with retry.

The documents themselves are built by printing.documents; this package decides where they go,
records every job (with its PDF, so nothing is lost) and retries the ones that did not print.
The profile vocabulary is re-exported here so that the interface needs to know app/ only.
"""

from app.printing.service import PrintJobInfo, PrintService, RetryReport, Spooler
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
    "KIND_LABELS",
    "MAX_COPIES",
    "MAX_OFFSET_MM",
    "ORIENTATION_LABELS",
    "PROFILED_KINDS",
    "DocumentKind",
    "Orientation",
    "PrintJobInfo",
    "PrintService",
    "PrinterProfile",
    "RetryReport",
    "Spooler",
]
