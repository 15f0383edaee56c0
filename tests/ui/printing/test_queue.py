"""The print queue: failed jobs in red, retry, reroute, cancel, retry all, reprint a document."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.context import Services
from app.errors import PrinterUnavailable
from app.printing import JobFilter, PrinterProfile, PrintJobStatus
from app.roles import Actor, Role
from printing.documents.labels import Label, render_labels
from printing.profiles import DocumentKind
from tests.app.factories import open_order
from tests.conftest import make_actor
from tests.printing.pdftools import CupsQueues
from tests.ui.intake.support import sample_vehicle, setup_dealer
from ui.printing import PrintQueueDialog
from ui.printing.queue import FAILED_COLOUR, PrintJobsModel
from ui.tasks import SyncTaskRunner


def _tag(code: str) -> bytes:
    def draw(label: Label, value: str) -> None:
        label.text(2, 34, "旧件标签", 9)
        label.code128(2, 2, value, 56, 10)

    return render_labels((60, 40), [code], draw)


def _failed_job(
    services: Services, actor: Actor, ref: str, kind: DocumentKind = DocumentKind.PART_TAG
) -> int:
    with pytest.raises(PrinterUnavailable) as info:
        services.printing.print_document(actor, kind, ref, _tag(ref), "printer-that-is-gone")
    assert info.value.job_id is not None
    return info.value.job_id


def _queue(qtbot: QtBot, services: Services, actor: Actor) -> PrintQueueDialog:
    dialog = PrintQueueDialog(services, actor, runner=SyncTaskRunner())
    qtbot.addWidget(dialog)
    return dialog


def test_model_shows_failed_jobs_in_red(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor = make_actor(sqlite_services, Role.ADVISOR)
    _failed_job(sqlite_services, advisor, "RT-1")
    model = PrintJobsModel()
    jobs = sqlite_services.printing.list_jobs(advisor)
    model.set_rows(jobs)
    assert model.rowCount() == 1
    texts = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert "旧件标签" in texts and "RT-1" in texts and "打印失败，待重试" in texts
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole).color() == FAILED_COLOUR
    # The reason depends on the machine (no such printer, or no CUPS at all); it is shown whole.
    reason = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert reason and reason == jobs[0].error


def test_filter_and_buttons(qtbot: QtBot, sqlite_services: Services, screenshot) -> None:  # type: ignore[no-untyped-def]
    advisor = make_actor(sqlite_services, Role.ADVISOR)
    first = _failed_job(sqlite_services, advisor, "RT-1")
    _failed_job(sqlite_services, advisor, "RT-2")
    sqlite_services.printing.cancel(advisor, first)
    dialog = _queue(qtbot, sqlite_services, advisor)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 2
    assert not dialog.retry_button.isEnabled()  # nothing selected
    dialog.filter_box.setCurrentIndex(dialog.filter_box.findData(JobFilter.FAILED))
    assert [j.document_ref for j in dialog.model.rows] == ["RT-2"]
    dialog.table.selectRow(0)
    assert dialog.retry_button.isEnabled() and dialog.reroute_button.isEnabled()
    screenshot(dialog, "print-queue")
    dialog.filter_box.setCurrentIndex(dialog.filter_box.findData(JobFilter.CANCELLED))
    dialog.table.selectRow(0)
    assert not dialog.retry_button.isEnabled() and dialog.preview_button.isEnabled()


def test_cancel_asks_then_cancels(
    qtbot: QtBot, sqlite_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    advisor = make_actor(sqlite_services, Role.ADVISOR)
    job_id = _failed_job(sqlite_services, advisor, "RT-9")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog = _queue(qtbot, sqlite_services, advisor)
    assert dialog.select_job(job_id)
    dialog.cancel_button.click()
    assert sqlite_services.printing.job(advisor, job_id).status == PrintJobStatus.CANCELLED
    assert dialog.model.rows[0].state_label == "已取消"


@pytest.mark.cups
def test_reroute_prints_on_the_chosen_printer(
    qtbot: QtBot, sqlite_services: Services, cups: CupsQueues, monkeypatch: pytest.MonkeyPatch
) -> None:
    advisor = make_actor(sqlite_services, Role.ADVISOR)
    job_id = _failed_job(sqlite_services, advisor, "RT-3")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a: (cups.label, True))
    dialog = _queue(qtbot, sqlite_services, advisor)
    dialog.select_job(job_id)
    dialog.reroute_button.click()
    job = sqlite_services.printing.job(advisor, job_id)
    assert (job.status, job.printer) == (PrintJobStatus.PRINTED, cups.label)
    assert dialog.model.rows[0].state_label == "已打印"


@pytest.mark.cups
def test_retry_keeps_failing_then_retry_all_after_reroute(
    qtbot: QtBot, sqlite_services: Services, cups: CupsQueues
) -> None:
    advisor = make_actor(sqlite_services, Role.ADVISOR)
    job_id = _failed_job(sqlite_services, advisor, "RT-4")
    dialog = _queue(qtbot, sqlite_services, advisor)
    dialog.select_job(job_id)
    dialog.retry_button.click()  # the printer is still gone
    assert "printer-that-is-gone" in dialog.status.text()
    assert sqlite_services.printing.job(advisor, job_id).attempts == 2
    sqlite_services.printing.retry(advisor, job_id, cups.label)
    dialog.refresh()
    assert not dialog.retry_all_button.isEnabled()


def test_reprint_builds_the_document_again_with_a_reason(
    qtbot: QtBot, sqlite_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    advisor = make_actor(sqlite_services, Role.ADVISOR)
    order = open_order(
        sqlite_services,
        advisor,
        sample_vehicle(sqlite_services, advisor, setup_dealer(sqlite_services, admin)),
    )
    sqlite_services.printing.set_profile(
        admin, PrinterProfile(DocumentKind.INTAKE_SHEET, printer="gone", copies=2)
    )
    with pytest.raises(PrinterUnavailable):
        sqlite_services.printing.documents.print(advisor, DocumentKind.INTAKE_SHEET, order.ro_number)
    tag = _failed_job(sqlite_services, advisor, "RT-1", DocumentKind.TEST_PAGE)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a: ("客户遗失", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: None)
    dialog = _queue(qtbot, sqlite_services, advisor)
    dialog.select_job(tag)
    assert not dialog.reprint_button.isEnabled()  # a test page is not a registered document
    first = dialog.model.rows[-1]
    dialog.select_job(first.id)
    assert dialog.reprint_button.isEnabled()
    dialog.reprint_button.click()
    jobs = dialog.model.rows  # reloaded: the reprint announced the new job
    assert len(jobs) == 3 and jobs[0].kind == "intake-sheet" and jobs[0].document_ref == order.ro_number
    assert jobs[0].id not in (first.id, tag) and jobs[0].copies == 2
    assert (
        sqlite_services.printing.documents.print_count(advisor, DocumentKind.INTAKE_SHEET, order.ro_number)
        == 2
    )
