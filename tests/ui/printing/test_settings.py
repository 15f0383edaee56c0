"""The printer settings dialog: system printers, a profile per kind, the test page."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.changes import Change, announces
from app.context import Services
from app.errors import ValidationError
from app.printing import PrintJobStatus
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
    assert dialog.copies_spin.value() == 2  # 一式两联: the sheet's own default
    dialog.copies_spin.setValue(3)
    screenshot(dialog, "printer-settings")
    dialog.save()
    assert dialog.status.text() == "打印设置已保存。"
    saved = sqlite_services.printing.profiles()
    tag = saved[DocumentKind.PART_TAG]
    assert (tag.printer, tag.offset_x_mm, tag.paper) == ("标签机-1", 1.5, (60.0, 30.0))
    assert saved[DocumentKind.INTAKE_SHEET].copies == 3 and saved[DocumentKind.INTAKE_SHEET].printer is None


def test_a_refused_value_is_shown_beside_its_field(
    qtbot: QtBot, sqlite_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    @announces(Change.SETTINGS)
    def refuse(*_args: object) -> None:
        raise ValidationError("paper", "纸张宽、高应在 10 到 1000 毫米之间")

    monkeypatch.setattr(sqlite_services.printing, "set_profiles", refuse)
    supervisor = make_actor(sqlite_services, Role.SUPERVISOR)
    dialog = PrinterSettingsDialog(sqlite_services, supervisor, runner=SyncTaskRunner())
    qtbot.addWidget(dialog)
    _select(dialog, DocumentKind.PART_TAG)
    dialog.save()
    assert dialog.status.text() == ""  # not saved: the message is beside the label size
    errors = [w.text() for w in dialog.form.findChildren(QLabel) if "10 到 1000" in w.text()]
    assert errors == ["纸张宽、高应在 10 到 1000 毫米之间"]


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
    _select(dialog, DocumentKind.BOX_LABEL)
    dialog.printer_box.setCurrentText(cups.label)
    dialog.test_button.click()
    assert "测试页已发送到 " + cups.label in dialog.status.text()
    job = sqlite_services.printing.list_jobs(admin)[0]
    assert (job.kind, job.document_ref, job.status) == (
        "test-page",
        "label:box-label",
        PrintJobStatus.PRINTED,
    )
