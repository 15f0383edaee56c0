"""The booking slip from the screens that book: Ctrl+P on the confirmation after booking, and
Ctrl+P on a booking in the list; each goes to the label printer through the document flow and
comes out of the CUPS label queue as one 60 x 40 mm label."""

from __future__ import annotations

import dataclasses
import uuid

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import Services
from app.printing import DocumentKind, PrintJobStatus
from app.roles import Role
from app.settings import DealerInfo
from tests.conftest import make_actor
from tests.printing.pdftools import CupsQueues, page_size_pt, pdfinfo, pdftotext, squash, wait_for_output
from tests.ui.appointments.support import TOMORROW, advisors, book, cars, make_tab, pick_slot, press, slot
from tests.ui.appointments.test_booking_dialog import open_booking
from tests.ui.intake.support import enter, type_text

MM = 72 / 25.4
SLIP = DocumentKind.APPOINTMENT_SLIP


@pytest.mark.cups
def test_the_slip_prints_on_the_label_printer(
    qtbot: QtBot, sqlite_services: Services, cups: CupsQueues
) -> None:
    svc = sqlite_services
    people, found = advisors(svc), cars(svc)
    chen = people["chen"]
    admin = make_actor(svc, Role.ADMIN)
    svc.settings.update_dealer(admin, DealerInfo(name="广州粤顺汽车", service_phone="020-88886666"))
    svc.printing.set_profile(admin, dataclasses.replace(svc.printing.profile(SLIP), printer=cups.label))
    svc.printing.job_name_prefix = f"qt-{uuid.uuid4().hex[:10]}"
    tab = make_tab(qtbot, svc, chen)
    dialog = open_booking(qtbot, tab)
    type_text(dialog.finder.finder, "粤B12345")
    enter(qtbot, dialog.finder.finder)
    dialog.picker.day.set_day(TOMORROW)
    pick_slot(dialog.picker, 9, 30)
    dialog.save()
    booking = dialog.result_
    assert booking is not None and dialog.print_button.isVisible()
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    (job,) = svc.printing.list_jobs(chen)
    assert (job.kind, job.document_ref, job.status) == (
        "appointment-slip",
        str(booking.id),
        PrintJobStatus.PRINTED,
    )
    assert job.printer == cups.label and f"打印任务 {job.id}" in tab.message.text()
    out = wait_for_output(cups.out_dir, f"{svc.printing.job_name_prefix}-appointment-slip-{job.id}")
    assert pdfinfo(out)["Pages"] == "1"
    width, height = page_size_pt(out)
    assert (round(width / MM), round(height / MM)) == (60, 40)
    text = squash(pdftotext(svc.printing.job_pdf(chen, job.id)))
    assert "09:30" in text and "020-88886666" in text and "陈静" in text
    dialog.accept()

    other = book(svc, chen, slot(TOMORROW, 11), found["accord"])
    tab.show_day(TOMORROW, other.id)
    assert tab.print_button.isEnabled()
    press(qtbot, tab, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    latest = svc.printing.list_jobs(chen)[0]
    assert latest.document_ref == str(other.id) and latest.status == PrintJobStatus.PRINTED
