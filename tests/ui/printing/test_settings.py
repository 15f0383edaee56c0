"""The printer settings dialog: system printers, a profile per kind, the test page."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.context import Services
from app.roles import Role
from printing.profiles import PROFILED_KINDS, DocumentKind
from tests.conftest import make_actor
from tests.printing.pdftools import CupsQueues
from ui.printing import PrinterSettingsDialog
from ui.tasks import SyncTaskRunner


def _select(dialog: PrinterSettingsDialog, kind: DocumentKind) -> None:
    dialog.kind_list.setCurrentRow(PROFILED_KINDS.index(kind))


def test_supervisor_edits_a_label_profile(qtbot: QtBot, sqlite_services: Services, screenshot) -> None:  # type: ignore[no-untyped-def]
    supervisor = make_actor(sqlite_services, Role.SUPERVISOR)
    dialog = PrinterSettingsDialog(sqlite_services, supervisor, runner=SyncTaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.kind_list.count() == len(PROFILED_KINDS)
    assert dialog.printer_box.currentText() == "每次询问"
    _select(dialog, DocumentKind.PART_TAG)
    assert dialog.paper_box.currentData() == "label" and dialog.width_spin.value() == 60
    dialog.printer_box.setCurrentText("标签机-1")
    dialog.offset_x.setValue(1.5)
    dialog.height_spin.setValue(30)
    _select(dialog, DocumentKind.INTAKE_SHEET)  # switching keeps the edits
    assert not dialog.width_spin.isEnabled()
    dialog.copies_spin.setValue(2)
    screenshot(dialog, "printer-settings")
    assert dialog.save()
    saved = sqlite_services.printing.profiles()
    tag = saved[DocumentKind.PART_TAG]
    assert (tag.printer, tag.offset_x_mm, tag.paper) == ("标签机-1", 1.5, (60.0, 30.0))
    assert saved[DocumentKind.INTAKE_SHEET].copies == 2 and saved[DocumentKind.INTAKE_SHEET].printer is None


def test_advisor_sees_but_cannot_change(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor = make_actor(sqlite_services, Role.ADVISOR)
    dialog = PrinterSettingsDialog(sqlite_services, advisor, runner=SyncTaskRunner())
    qtbot.addWidget(dialog)
    assert not dialog.editable and not dialog.save_button.isEnabled()
    assert dialog.findChild(type(dialog.status), "read_only_note") is not None


@pytest.mark.cups
def test_test_page_for_the_selected_profile(
    qtbot: QtBot, sqlite_services: Services, cups: CupsQueues
) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    dialog = PrinterSettingsDialog(sqlite_services, admin, runner=SyncTaskRunner())
    qtbot.addWidget(dialog)
    assert dialog.printer_box.findText(cups.label) >= 0
    _select(dialog, DocumentKind.RETURN_BOX_LABEL)
    dialog.printer_box.setCurrentText(cups.label)
    dialog.test_button.click()
    assert "测试页已发送到 " + cups.label in dialog.status.text()
    job = sqlite_services.printing.list_jobs(admin)[0]
    assert (job.kind, job.document_ref, job.status) == ("test_page", "label:return_box_label", "printed")
