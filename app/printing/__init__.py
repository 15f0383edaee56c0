"""Printing use cases: printer profiles kept in the dealer settings, and print jobs with retry.

The documents themselves are built by printing.documents; this package decides where they go,
records every job (with its PDF, so nothing is lost) and retries the ones that did not print.
"""

from app.printing.service import PrintJobInfo, PrintService, RetryReport, Spooler

__all__ = ["PrintJobInfo", "PrintService", "RetryReport", "Spooler"]
