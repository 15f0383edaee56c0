"""A print job left "printing" by a killed program is settled at the next start from the
spooler's own record (real CUPS, a real SIGKILL), not after the ten-minute stale mark."""

from __future__ import annotations

import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.context import Services
from app.printing import PrintJobStatus
from app.printing.claimant import this_program
from app.printing.service import PrintService
from app.roles import Actor
from db.models import AuditEntry, PrintJob
from printing.profiles import DocumentKind
from tests.printing.pdftools import CupsQueues, outputs, wait_for_output

pytestmark = pytest.mark.cups
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def prefix(services: Services) -> str:
    services.printing.job_name_prefix = f"qt{uuid.uuid4().hex[:8]}"
    return services.printing.job_name_prefix


def killed_while_sending(db_url: str, prefix: str, queue: str, when: str) -> int:
    child = subprocess.run(
        [sys.executable, "-m", "tests.app.printing.killed_printer", db_url, prefix, queue, when],
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    return int(child.stdout.split()[0])


def job_row(services: Services, job_id: int) -> PrintJob:
    with services.db.read() as s:
        job = s.get(PrintJob, job_id)
        assert job is not None
        s.expunge(job)
        return job


def test_killed_after_the_spooler_took_the_job_it_is_printed_not_printed_twice(
    services: Services, db_url: str, cups: CupsQueues, prefix: str
) -> None:
    job_id = killed_while_sending(db_url, prefix, cups.label, "after")
    left = job_row(services, job_id)
    assert left.status == PrintJobStatus.PRINTING and left.claimed_by is not None
    settled = services.printing.settle_interrupted()
    assert settled.printed == (job_id,) and settled.pending == ()
    job = job_row(services, job_id)
    assert (job.status, job.claimed_by) == (PrintJobStatus.PRINTED, None)
    name = f"{prefix}-{DocumentKind.PART_TAG.value}-{job_id}"
    wait_for_output(cups.out_dir, name)
    assert len(outputs(cups.out_dir, name)) == 1
    with services.db.read() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == str(job_id))).all()
    assert "print_job.settle" in actions


def test_killed_before_the_spooler_saw_the_job_it_is_pending_again_at_once(
    services: Services, db_url: str, cups: CupsQueues, prefix: str, advisor: Actor
) -> None:
    job_id = killed_while_sending(db_url, prefix, cups.label, "before")
    assert job_row(services, job_id).status == PrintJobStatus.PRINTING
    settled = services.printing.settle_interrupted()
    assert settled.pending == (job_id,) and settled.printed == ()
    job = job_row(services, job_id)
    assert job.status == PrintJobStatus.PENDING and job.error is not None and "意外退出" in job.error
    # Retried straight away (no ten-minute wait), it prints once.
    assert services.printing.retry(advisor, job_id).status == PrintJobStatus.PRINTED
    name = f"{prefix}-{DocumentKind.PART_TAG.value}-{job_id}"
    wait_for_output(cups.out_dir, name)
    assert len(outputs(cups.out_dir, name)) == 1


def test_a_mark_left_by_another_host_or_a_running_program_is_left_alone(
    services: Services, db_url: str, cups: CupsQueues, prefix: str
) -> None:
    first = killed_while_sending(db_url, prefix, cups.label, "before")
    second = killed_while_sending(db_url, prefix, cups.label, "before")
    with services.db.session() as s:
        s.execute(update(PrintJob).where(PrintJob.id == first).values(claimed_by="counter-2/4242"))
        s.execute(update(PrintJob).where(PrintJob.id == second).values(claimed_by=this_program()))
    assert services.printing.settle_interrupted().any is False
    assert job_row(services, first).status == PrintJobStatus.PRINTING
    assert job_row(services, second).status == PrintJobStatus.PRINTING


def test_without_the_spooler_nothing_is_concluded(
    services: Services, db_url: str, cups: CupsQueues, prefix: str
) -> None:
    job_id = killed_while_sending(db_url, prefix, cups.label, "before")
    blind = PrintService(services.db, services.settings, job_name_prefix=prefix, history=lambda _prefix: None)
    settled = blind.settle_interrupted()
    assert (settled.any, settled.asked_spooler) == (False, False)
    assert job_row(services, job_id).status == PrintJobStatus.PRINTING
