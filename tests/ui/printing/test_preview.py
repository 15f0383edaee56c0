"""The one print flow: preview (the exact PDF, save as PDF, print through CUPS), print directly,
a failing printer, a second print that is a reprint with a reason, the intake tab's SheetPrinter."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.audit import list_entries
from app.context import Services
from app.orders import OrderInfo
from app.printing import DocumentKind, PrinterProfile, PrintJobStatus, PrintOptions
from app.roles import Actor, Role
from tests.app.factories import open_order
from tests.conftest import make_actor
from tests.printing.pdftools import CupsQueues, pdfinfo, pdftotext, squash, wait_for_output
from tests.ui.intake.support import sample_vehicle, setup_dealer
from ui.intake.print_flow import SheetPrinter
from ui.printing import DocumentFlow, PrintPreviewDialog
from ui.tasks import SyncTaskRunner, ThreadTaskRunner

SHEET = DocumentKind.INTAKE_SHEET
GONE = "gone-printer"


def _has_ink(widget: QWidget) -> bool:
    """Whether the widget shows any dark pixel (the page's text, once rendered)."""
    image = widget.grab().toImage()
    step = 4
    return any(
        image.pixelColor(x, y).lightness() < 100
        for y in range(0, image.height(), step)
        for x in range(0, image.width() - 30, step)  # not the scroll bar
    )


@pytest.fixture
def advisor(sqlite_services: Services) -> Actor:
    return make_actor(sqlite_services, Role.ADVISOR)


@pytest.fixture
def order(sqlite_services: Services, advisor: Actor) -> OrderInfo:
    admin = make_actor(sqlite_services, Role.ADMIN)
    model = setup_dealer(sqlite_services, admin)
    return open_order(sqlite_services, advisor, sample_vehicle(sqlite_services, advisor, model))


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def messages() -> list[str]:
    return []


@pytest.fixture
def flow(sqlite_services: Services, advisor: Actor, messages: list[str]) -> DocumentFlow:
    return DocumentFlow(sqlite_services, advisor, SyncTaskRunner(), messages.append)


def _preview(qtbot: QtBot, flow: DocumentFlow, parent: QWidget, order: OrderInfo) -> PrintPreviewDialog:
    flow.preview(parent, SHEET, order.ro_number, PrintOptions(show_full_phone=True))
    dialog = flow.preview_dialog
    assert dialog is not None  # a child of parent, deleted when it closes
    return dialog


def test_preview_shows_the_pdf_and_saves_the_same_bytes(
    qtbot: QtBot,
    sqlite_services: Services,
    flow: DocumentFlow,
    parent: QWidget,
    order: OrderInfo,
    advisor: Actor,
    tmp_path: Path,
    screenshot,  # type: ignore[no-untyped-def]
) -> None:
    dialog = _preview(qtbot, flow, parent, order)
    dialog.show()
    qtbot.waitExposed(dialog)
    pages = int(pdfinfo(dialog.pdf)["Pages"])
    assert dialog.view.document_.pageCount() == pages
    assert f"共 {pages} 页" in dialog.summary.text() and "A4" in dialog.summary.text()
    assert "2 份" in dialog.summary.text()  # 一式两联
    assert dialog.windowTitle() == f"打印预览 - 接车单 {order.ro_number}"
    assert dialog.print_button.text() == "打印"
    assert "13812345678" in squash(pdftotext(dialog.pdf))  # the option reached the document
    qtbot.waitUntil(lambda: _has_ink(dialog.view.viewport()), timeout=10_000)  # pages render in a thread
    dialog.save_to(tmp_path / "copy")
    assert (tmp_path / "copy.pdf").read_bytes() == dialog.pdf
    assert "已保存" in dialog.status.text()
    screenshot(dialog, "print-preview")
    assert sqlite_services.printing.list_jobs(advisor) == []  # a preview records nothing


def test_a_wrong_reference_is_shown_not_previewed(
    flow: DocumentFlow, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    flow.preview(parent, SHEET, "RO20261127-9999")
    assert flow.preview_dialog is None and shown and "RO20261127-9999" in shown[0]


def test_a_failing_printer_keeps_the_job_then_printing_again_asks_why(
    qtbot: QtBot,
    sqlite_services: Services,
    flow: DocumentFlow,
    parent: QWidget,
    order: OrderInfo,
    advisor: Actor,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    dialog = _preview(qtbot, flow, parent, order)
    dialog.printer_box.addItem(GONE)
    dialog.printer_box.setCurrentText(GONE)
    dialog.print_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted  # closed: the job waits in the queue
    assert dialog.job is not None and dialog.job.status == PrintJobStatus.PENDING and dialog.job.failed
    # The reason depends on the machine (no such printer, or no CUPS at all); the job is kept.
    assert shown and f"打印任务 {dialog.job.id} 已保留" in shown[0] and "打印队列" in shown[0]
    assert messages[-1] == f"接车单 {order.ro_number} 未能打印，已留在打印队列中"

    # The sheet has been sent once: printing it again is a reprint, with a reason.
    asked: list[str] = []

    def answer(
        _parent: QWidget, _title: str, label: str, items: list[str], *_args: object
    ) -> tuple[str, bool]:
        asked.append(label)
        assert "客户遗失" in items
        return "客户遗失", True

    monkeypatch.setattr(QInputDialog, "getItem", answer)
    again = _preview(qtbot, flow, parent, order)
    assert again.print_button.text() == "重印…" and "已打印 1 次" in again.summary.text()
    again.printer_box.addItem(GONE)
    again.printer_box.setCurrentText(GONE)
    again.print_button.click()
    assert asked == [f"接车单 {order.ro_number} 已打印 1 次。重印原因："]
    assert again.job is not None and again.job.id != dialog.job.id
    admin = make_actor(sqlite_services, Role.ADMIN)
    rows = [
        r
        for r in list_entries(sqlite_services.db, admin, entity="print_job")
        if r.action == "document.reprint"
    ]
    assert [(r.entity_id, r.after and r.after["reason"], r.after and r.after["print_no"]) for r in rows] == [
        (str(again.job.id), "客户遗失", 2)
    ]


def test_cancelling_the_reason_prints_nothing(
    qtbot: QtBot,
    sqlite_services: Services,
    flow: DocumentFlow,
    parent: QWidget,
    order: OrderInfo,
    advisor: Actor,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: None)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a: ("", False))
    admin = make_actor(sqlite_services, Role.ADMIN)
    sqlite_services.printing.set_profile(admin, PrinterProfile(SHEET, printer=GONE, copies=2))
    flow.print_directly(parent, SHEET, order.ro_number)  # pending: the printer is gone
    assert messages[-1] == f"接车单 {order.ro_number} 未能打印，已留在打印队列中"
    flow.print_directly(parent, SHEET, order.ro_number)  # a second print: the reason is asked, then not given
    assert messages[-1] == f"未重印接车单 {order.ro_number}"
    assert len(sqlite_services.printing.list_jobs(advisor)) == 1


def test_sheet_printer_keeps_its_call_signature(
    qtbot: QtBot,
    sqlite_services: Services,
    parent: QWidget,
    order: OrderInfo,
    advisor: Actor,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: None)
    printer = SheetPrinter(sqlite_services, advisor, SyncTaskRunner(), messages.append)
    printer(parent, order, False)  # preview=True
    dialog = printer.preview_dialog
    assert dialog is not None and dialog.windowTitle() == f"打印预览 - 接车单 {order.ro_number}"
    dialog.reject()
    assert printer.preview_dialog is None and messages[-1] == f"未打印接车单 {order.ro_number}"
    admin = make_actor(sqlite_services, Role.ADMIN)
    sqlite_services.printing.set_profile(admin, PrinterProfile(SHEET, printer=GONE, copies=2))
    printer(parent, order, True, preview=False)
    job = sqlite_services.printing.list_jobs(advisor)[0]
    assert (job.kind, job.document_ref, job.copies, job.printer) == ("intake-sheet", order.ro_number, 2, GONE)
    assert "13812345678" in squash(pdftotext(sqlite_services.printing.job_pdf(advisor, job.id)))
    assert printer.last is None  # nothing printed


@pytest.mark.cups
def test_print_button_prints_through_cups(
    qtbot: QtBot,
    sqlite_services: Services,
    flow: DocumentFlow,
    parent: QWidget,
    order: OrderInfo,
    messages: list[str],
    cups: CupsQueues,
) -> None:
    sqlite_services.printing.job_name_prefix = f"qt{uuid.uuid4().hex[:8]}"
    dialog = _preview(qtbot, flow, parent, order)
    dialog.printer_box.setCurrentText(cups.a4)
    dialog.print_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.job is not None and dialog.job.status == PrintJobStatus.PRINTED
    assert dialog.job.printer == cups.a4 and dialog.job.copies == 2
    assert flow.last is not None and flow.last.job.id == dialog.job.id and flow.last.print_no == 1
    assert messages[-1] == f"接车单 {order.ro_number} 已打印（{cups.a4}，打印任务 {dialog.job.id}）"
    name = f"{sqlite_services.printing.job_name_prefix}-intake-sheet-{dialog.job.id}"
    out = wait_for_output(cups.out_dir, name)
    assert pdfinfo(out)["Pages"] == str(dialog.job.pages * 2)  # both copies, in one file


@pytest.mark.cups
def test_printing_runs_off_the_ui_thread(
    qtbot: QtBot,
    sqlite_services: Services,
    parent: QWidget,
    order: OrderInfo,
    advisor: Actor,
    cups: CupsQueues,
) -> None:
    """The real runner: the sheet is built and spooled on pool threads, the dialog hears back on
    the UI thread."""
    runner = ThreadTaskRunner()
    flow = DocumentFlow(sqlite_services, advisor, runner)
    flow.preview(parent, SHEET, order.ro_number)
    qtbot.waitUntil(lambda: flow.preview_dialog is not None, timeout=30_000)
    dialog = flow.preview_dialog
    assert dialog is not None
    dialog.printer_box.setCurrentText(cups.a4)
    with qtbot.waitSignal(dialog.finished, timeout=60_000):
        dialog.print_button.click()
        assert not dialog.print_button.isEnabled()  # busy while the worker prints
    assert dialog.job is not None and dialog.job.status == PrintJobStatus.PRINTED
    assert runner.wait(10_000)
