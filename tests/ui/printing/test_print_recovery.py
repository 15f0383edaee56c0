"""At start, a job a killed program left "printing" is settled off the UI thread and the counter
is told in the status bar (real CUPS: the job is not in the spooler's record)."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from app.context import Services
from app.printing import PrintJobStatus
from app.roles import Role
from db.models import PrintJob
from printing.documents.labels import Label, render_labels
from printing.profiles import DocumentKind
from tests.conftest import make_actor
from tests.printing.pdftools import CupsQueues
from ui.main_window import MainWindow
from ui.print_recovery import settle_interrupted_prints
from ui.tasks import SyncTaskRunner

pytestmark = pytest.mark.cups


def _tag() -> bytes:
    def draw(label: Label, value: str) -> None:
        label.code128(2, 2, value, 56, 10)

    return render_labels((60, 40), ["RT-2026-000009"], draw)


def test_the_status_bar_says_what_became_of_an_interrupted_job(
    qtbot: QtBot, sqlite_services: Services, cups: CupsQueues
) -> None:
    svc = sqlite_services
    svc.printing.job_name_prefix = "qt-recovery"
    advisor = make_actor(svc, Role.ADVISOR)
    job_id = svc.printing.record_job(advisor, DocumentKind.PART_TAG, "RT-2026-000009", _tag(), cups.label, 1)
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], check=True, capture_output=True, text=True
    )
    with svc.db.session() as s:  # what a program killed while sending leaves
        s.execute(
            update(PrintJob)
            .where(PrintJob.id == job_id)
            .values(
                status=PrintJobStatus.PRINTING, claimed_by=f"{socket.gethostname()}/{gone.stdout.strip()}"
            )
        )
    window = MainWindow(svc, advisor, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    settle_interrupted_prints(window, window.ops, svc)
    assert "0 个已打印，1 个待重试" in window.statusBar().currentMessage()
    assert svc.printing.job(advisor, job_id).status == PrintJobStatus.PENDING
