"""Printing fixtures: the CUPS queues scripts/test sets up, and a Qt application for spooling."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.printing.pdftools import A4_ENV, LABEL_ENV, OUT_ENV, CupsQueues, cups_queues


@pytest.fixture
def cups(qapp: QApplication) -> CupsQueues:
    """The test CUPS server's queues; skipped when scripts/test did not start one."""
    queues = cups_queues()
    if queues is None:
        pytest.skip(f"{OUT_ENV}, {A4_ENV} and {LABEL_ENV} are not set: run through scripts/test for CUPS")
    return queues
