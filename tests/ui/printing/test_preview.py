"""The print preview dialog: the exact PDF, print (through CUPS), save as PDF, a failing printer."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.context import Services
from app.roles import Role
from printing.documents.forms import A4Form, FormHeader
from printing.profiles import DocumentKind
from tests.conftest import make_actor
from tests.printing.pdftools import CupsQueues, pdfinfo, wait_for_output
from ui.printing import PrintPreviewDialog
from ui.tasks import SyncTaskRunner, ThreadTaskRunner


def _pdf(pages: int = 2) -> bytes:
    form = A4Form(FormHeader("华南汽车销售服务有限公司", "GD0123", "维修工单", document_no="RO-2026-000123"))
    form.section("维修项目")
    form.table(["序号", "项目"], [[str(i), f"更换机油滤清器 第{i}项"] for i in range(1, 45 * pages)])
    return form.render()


def _has_ink(widget: QWidget) -> bool:
    """Whether the widget shows any dark pixel (the page's text, once rendered)."""
    image = widget.grab().toImage()
    step = 4
    return any(
        image.pixelColor(x, y).lightness() < 100
        for y in range(0, image.height(), step)
        for x in range(0, image.width() - 30, step)  # not the scroll bar
    )


def _dialog(qtbot: QtBot, services: Services, pdf: bytes) -> PrintPreviewDialog:
    advisor = make_actor(services, Role.ADVISOR)
    dialog = PrintPreviewDialog(
        services, advisor, DocumentKind.REPAIR_ORDER, "RO-2026-000123", pdf, runner=SyncTaskRunner()
    )
    qtbot.addWidget(dialog)
    return dialog


def test_preview_shows_the_pdf_and_saves_the_same_bytes(
    qtbot: QtBot,
    sqlite_services: Services,
    tmp_path: Path,
    screenshot,  # type: ignore[no-untyped-def]
) -> None:
    pdf = _pdf()
    dialog = _dialog(qtbot, sqlite_services, pdf)
    dialog.show()
    qtbot.waitExposed(dialog)
    pages = int(pdfinfo(pdf)["Pages"])
    assert dialog.view.document_.pageCount() == pages
    assert f"共 {pages} 页" in dialog.summary.text() and "A4" in dialog.summary.text()
    assert dialog.windowTitle() == "打印预览 - 维修工单"
    qtbot.waitUntil(lambda: _has_ink(dialog.view.viewport()), timeout=10_000)  # pages render in a thread
    dialog.save_to(tmp_path / "copy")
    assert (tmp_path / "copy.pdf").read_bytes() == pdf
    assert "已保存" in dialog.status.text()
    screenshot(dialog, "print-preview")


@pytest.mark.cups
def test_print_button_prints_through_cups(qtbot: QtBot, sqlite_services: Services, cups: CupsQueues) -> None:
    sqlite_services.printing.job_name_prefix = f"qt{uuid.uuid4().hex[:8]}"
    dialog = _dialog(qtbot, sqlite_services, _pdf(1))
    dialog.printer_box.setCurrentText(cups.a4)
    dialog.print_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.job is not None and dialog.job.status == "printed" and dialog.job.printer == cups.a4
    out = wait_for_output(
        cups.out_dir, f"{sqlite_services.printing.job_name_prefix}-repair_order-{dialog.job.id}"
    )
    assert pdfinfo(out)["Pages"] == str(dialog.job.pages)


@pytest.mark.cups
def test_a_failing_printer_keeps_the_job_and_says_so(
    qtbot: QtBot, sqlite_services: Services, cups: CupsQueues, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    dialog = _dialog(qtbot, sqlite_services, _pdf(1))
    dialog.printer_box.addItem("gone-printer")
    dialog.printer_box.setCurrentText("gone-printer")
    dialog.print_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted  # closed: the job waits in the queue
    assert dialog.job is not None and dialog.job.status == "pending" and dialog.job.failed
    assert shown and "gone-printer" in shown[0] and "打印队列" in shown[0]


@pytest.mark.cups
def test_printing_runs_off_the_ui_thread(qtbot: QtBot, sqlite_services: Services, cups: CupsQueues) -> None:
    """The real runner: the job is spooled on a pool thread and the dialog hears back on the UI thread."""
    advisor = make_actor(sqlite_services, Role.ADVISOR)
    runner = ThreadTaskRunner()
    kind = DocumentKind.REPAIR_ORDER
    dialog = PrintPreviewDialog(sqlite_services, advisor, kind, "RO-9", _pdf(1), runner=runner)
    qtbot.addWidget(dialog)
    dialog.printer_box.setCurrentText(cups.label)
    with qtbot.waitSignal(dialog.finished, timeout=60_000):
        dialog.print_button.click()
        assert not dialog.print_button.isEnabled()  # busy while the worker prints
    assert dialog.job is not None and dialog.job.status == "printed"
    assert runner.wait(10_000)
