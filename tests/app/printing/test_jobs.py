"""Print jobs through the real CUPS server: recorded, printed, kept when the printer fails, retried."""

from __future__ import annotations

import subprocess
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import update

from app.context import Services
from app.errors import Conflict, PrinterUnavailable
from app.printing import JobFilter, PrintJobStatus
from app.roles import Actor
from db.models import PrintJob
from printing.documents.labels import Label, render_labels
from printing.profiles import DocumentKind
from tests.conftest import FakeClock
from tests.printing.pdftools import CupsQueues, barcodes, page_size_pt, pdfinfo, wait_for_output

pytestmark = pytest.mark.cups


def _tag_pdf(code: str) -> bytes:
    def draw(label: Label, value: str) -> None:
        label.text(2, 34, "旧件标签", 9)
        label.qr(40, 18, value, 18)
        label.code128(2, 2, value, 56, 10)

    return render_labels((60, 40), [code], draw)


@pytest.fixture
def prefix(services: Services) -> str:
    """A job title prefix of its own, so this test finds its own files in the shared out folder."""
    services.printing.job_name_prefix = f"qt{uuid.uuid4().hex[:8]}"
    return services.printing.job_name_prefix


def _out(cups: CupsQueues, prefix: str, kind: str, job_id: int) -> Path:
    return wait_for_output(cups.out_dir, f"{prefix}-{kind}-{job_id}")


def test_a_printed_job_is_recorded(services: Services, advisor: Actor, cups: CupsQueues, prefix: str) -> None:
    job = services.printing.print_document(
        advisor,
        DocumentKind.PART_TAG,
        "RT-2026-000001",
        _tag_pdf("RT-2026-000001"),
        printer_override=cups.label,
    )
    assert (job.status, job.printer, job.pages, job.copies, job.attempts) == (
        PrintJobStatus.PRINTED,
        cups.label,
        1,
        1,
        1,
    )
    assert job.user_id == advisor.user_id and job.user_name == advisor.display_name
    assert job.printed_at is not None and job.error is None
    out = _out(cups, prefix, "part-tags", job.id)
    assert "CODE-128:RT-2026-000001" in barcodes(out)
    assert services.printing.job_pdf(advisor, job.id).startswith(b"%PDF")


def test_the_profile_chooses_printer_and_copies(
    services: Services, admin: Actor, cups: CupsQueues, prefix: str
) -> None:
    profile = services.printing.profile(DocumentKind.DAILY_REPORT)
    services.printing.set_profile(admin, replace(profile, printer=cups.a4, copies=2))
    from printing.documents.forms import A4Form, FormHeader

    pdf = A4Form(FormHeader("经销商", "D1", "前台日报")).render()
    job = services.printing.print_document(admin, DocumentKind.DAILY_REPORT, "2026-11-27", pdf)
    assert (job.printer, job.copies, job.status) == (cups.a4, 2, PrintJobStatus.PRINTED)
    assert "A4" in pdfinfo(_out(cups, prefix, "daily-report", job.id))["Page size"]


def test_unknown_printer_keeps_the_job_and_a_reroute_prints_it(
    services: Services, advisor: Actor, cups: CupsQueues, prefix: str
) -> None:
    pdf = _tag_pdf("RT-2026-000002")
    with pytest.raises(PrinterUnavailable) as info:
        services.printing.print_document(
            advisor, DocumentKind.PART_TAG, "RT-2026-000002", pdf, "no-such-printer"
        )
    job_id = info.value.job_id
    assert job_id is not None and "no-such-printer" in info.value.message
    pending = services.printing.job(advisor, job_id)
    assert (pending.status, pending.attempts, pending.failed) == (PrintJobStatus.PENDING, 1, True)
    assert pending.error is not None and "no-such-printer" in pending.error
    assert services.printing.job_pdf(advisor, job_id) == pdf  # nothing lost
    assert [j.id for j in services.printing.list_jobs(advisor, JobFilter.FAILED)] == [job_id]

    done = services.printing.retry(advisor, job_id, printer=cups.label)
    assert (done.status, done.printer, done.attempts, done.error) == (
        PrintJobStatus.PRINTED,
        cups.label,
        2,
        None,
    )
    out = _out(cups, prefix, "part-tags", job_id)
    w, h = page_size_pt(out)
    assert (round(w), round(h)) == (170, 113)
    assert services.printing.list_jobs(advisor, JobFilter.FAILED) == []


def test_a_stopped_queue_leaves_the_job_pending_until_retried(
    services: Services, admin: Actor, cups: CupsQueues, prefix: str
) -> None:
    profile = services.printing.profile(DocumentKind.PART_TAG)
    services.printing.set_profile(admin, replace(profile, printer=cups.label))
    subprocess.run(["cupsdisable", cups.label], check=True)
    try:
        with pytest.raises(PrinterUnavailable) as info:
            services.printing.print_document(admin, DocumentKind.PART_TAG, "RT-3", _tag_pdf("RT-3"))
        assert "暂停" in info.value.message
        report = services.printing.retry_pending(admin)
        assert report.printed == () and [j.id for j in report.failed] == [info.value.job_id]
    finally:
        subprocess.run(["cupsenable", cups.label], check=True)
    seen: list[tuple[int, int]] = []
    report = services.printing.retry_pending(admin, progress=lambda d, t: seen.append((d, t)))
    assert [j.id for j in report.printed] == [info.value.job_id] and report.failed == ()
    assert seen == [(1, 1)]
    assert "CODE-128:RT-3" in barcodes(_out(cups, prefix, "part-tags", info.value.job_id))


def test_a_rejecting_queue_leaves_the_job_pending(services: Services, admin: Actor, cups: CupsQueues) -> None:
    subprocess.run(["cupsreject", cups.label], check=True)
    try:
        with pytest.raises(PrinterUnavailable) as info:
            services.printing.print_document(
                admin, DocumentKind.PART_TAG, "RT-4", _tag_pdf("RT-4"), cups.label
            )
    finally:
        subprocess.run(["cupsaccept", cups.label], check=True)
    assert "拒绝" in info.value.message
    assert services.printing.job(admin, info.value.job_id or 0).status == PrintJobStatus.PENDING


def test_cancel(services: Services, advisor: Actor, cups: CupsQueues) -> None:
    with pytest.raises(PrinterUnavailable) as info:
        services.printing.print_document(advisor, DocumentKind.PART_TAG, "RT-5", _tag_pdf("RT-5"), "nowhere")
    job_id = info.value.job_id or 0
    assert services.printing.cancel(advisor, job_id).status == PrintJobStatus.CANCELLED
    with pytest.raises(Conflict):
        services.printing.retry(advisor, job_id, cups.label)
    assert services.printing.retry_pending(advisor).printed == ()
    printed = services.printing.print_document(
        advisor, DocumentKind.PART_TAG, "RT-6", _tag_pdf("RT-6"), cups.label
    )
    with pytest.raises(Conflict):
        services.printing.cancel(advisor, printed.id)
    statuses = {j.document_ref: j.status for j in services.printing.list_jobs(advisor)}
    assert statuses == {"RT-5": PrintJobStatus.CANCELLED, "RT-6": PrintJobStatus.PRINTED}


def test_a_job_being_printed_elsewhere_is_not_printed_twice(
    services: Services, advisor: Actor, cups: CupsQueues, clock: FakeClock
) -> None:
    with pytest.raises(PrinterUnavailable) as info:
        services.printing.print_document(advisor, DocumentKind.PART_TAG, "RT-7", _tag_pdf("RT-7"), "nowhere")
    job_id = info.value.job_id or 0
    with services.db.session() as s:  # another counter has just claimed it
        s.execute(
            update(PrintJob)
            .where(PrintJob.id == job_id)
            .values(status=PrintJobStatus.PRINTING, last_attempt_at=clock())
        )
    with pytest.raises(Conflict):
        services.printing.retry(advisor, job_id, cups.label)
    clock.advance(minutes=11)  # that counter never finished: the claim is stale
    assert services.printing.retry(advisor, job_id, cups.label).status == PrintJobStatus.PRINTED


def test_label_test_page_uses_the_part_tag_profile(
    services: Services, admin: Actor, cups: CupsQueues, prefix: str
) -> None:
    profile = services.printing.profile(DocumentKind.PART_TAG)
    services.printing.set_profile(admin, replace(profile, printer=cups.label, offset_x_mm=1.0))
    job = services.printing.print_test_page(admin, "label")
    assert (job.kind, job.document_ref, job.printer, job.status) == (
        "test-page",
        "label:part-tags",
        cups.label,
        PrintJobStatus.PRINTED,
    )
    out = _out(cups, prefix, "test-page", job.id)
    w, h = page_size_pt(out)
    assert (round(w), round(h)) == (170, 113)
    assert any(code.startswith("QR-Code:QT-TEST-") for code in barcodes(out))
