"""The warranty claims clerk's day in the main window, keyboard first: a claim filed from an RO
number (its eligibility beside it), the fault and the parts' suppliers typed in, saved; the part
tags printed on the real CUPS label queue and read back at 203 dpi (Code 128 and QR); the claim
submitted; the first tag scanned into a bin on 旧件入库, packed into a new return box on 回运箱;
and the month's warranty summary printed on the CUPS A4 queue.

    QIANTAI_SCREENSHOT_DIR=docs/screenshots QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" \\
        .venv/bin/pytest tests/ui/claims/test_e2e.py   (with the CUPS variables of tests/conftest.py)

saves claims-e2e-{claim,store,boxes}.png as a real X screen draws them.
"""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.claims import BoxStatus, ClaimStatus, PieceState
from app.claims.tags import TagFields
from app.context import Services
from app.printing import PrintJobStatus
from app.roles import Role
from printing.profiles import DocumentKind, Orientation, PrinterProfile
from tests.app.claims.support import claims_clerk, warranty_car, warranty_order
from tests.conftest import make_actor
from tests.printing.pdftools import (
    CupsQueues,
    barcodes,
    page_size_pt,
    pdfinfo,
    pdftotext,
    render_gray,
    squash,
    wait_for_output,
)
from tests.ui.intake.support import shot, type_text
from ui.claims.claim_dialog import ClaimDialog
from ui.claims.claims_tab import ClaimsTab
from ui.claims.order_prompt import OrderNumberDialog
from ui.main_window import MainWindow
from ui.tasks import SyncTaskRunner

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
TAG_DPI = 203  # what a thermal label printer prints


def key(qtbot: QtBot, k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed wherever the focus is, as on the keyboard."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the focus"
    qtbot.keyClick(target, k, modifiers)


def keys_into(qtbot: QtBot, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    if text.isascii():
        qtbot.keyClicks(target, text)
    else:
        type_text(target, text)


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def scan(qtbot: QtBot, code: str) -> None:
    """A handheld scanner into the focused field: the code typed, then Enter."""
    keys_into(qtbot, code)
    key(qtbot, Qt.Key.Key_Return)


def print_from_preview(qtbot: QtBot, tab: ClaimsTab, printer: str) -> None:
    """The preview over the tab offers the profile's queue; Enter prints and closes it."""
    preview = tab.flow.preview_dialog
    assert preview is not None and preview.isVisible()
    assert preview.chosen_printer() == printer
    activate(qtbot, preview)
    key(qtbot, Qt.Key.Key_Return)  # 打印 is the default button
    qtbot.waitUntil(lambda: tab.flow.preview_dialog is None, timeout=30_000)


@pytest.mark.cups
def test_a_claims_clerks_day_through_the_main_window(
    qtbot: QtBot,
    sqlite_services: Services,
    cups: CupsQueues,
    screenshot,  # type: ignore[no-untyped-def]
) -> None:
    svc = sqlite_services
    admin = make_actor(svc, Role.ADMIN)
    svc.printing.set_profile(
        admin, PrinterProfile(DocumentKind.PART_TAG, printer=cups.label, paper=(60.0, 40.0))
    )
    svc.printing.set_profile(
        admin,
        PrinterProfile(DocumentKind.WARRANTY_SUMMARY, printer=cups.a4, orientation=Orientation.LANDSCAPE),
    )
    prefix = svc.printing.job_name_prefix = f"qt-{uuid.uuid4().hex[:10]}"  # this run's outputs alone
    vehicle = warranty_car(svc)
    order = warranty_order(svc, vehicle)
    clerk = claims_clerk(svc)
    claims, parts = svc.claims.claims, svc.claims.old_parts

    # The clerk logs in: the main window opens on 索赔, the keyboard in the list's page.
    window = MainWindow(svc, clerk, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    activate(qtbot, window)
    tab = window.tab_widgets["claims"]
    assert isinstance(tab, ClaimsTab) and window.tabs.currentWidget() is tab
    assert tab.pages.currentIndex() == 0 and tab.model.rowCount() == 0
    qtbot.waitUntil(tab.search.hasFocus)  # the keyboard starts in the claims page, not on the tab bar

    # 1. Ctrl+N: the RO number, Enter; the claim form comes filled from the order.
    key(qtbot, Qt.Key.Key_N, CTRL)
    prompt = tab.dialog
    assert isinstance(prompt, OrderNumberDialog)
    activate(qtbot, prompt)
    assert prompt.ro_number.hasFocus()
    scan(qtbot, order.ro_number)
    form = tab.dialog
    assert isinstance(form, ClaimDialog)
    activate(qtbot, form)
    lines = [label.text() for label in form.panel.coverage_labels]
    (basic,) = [t for t in lines if t.startswith("✓ 整车质保：")]  # covered, and why
    assert "自 2025-03-01（交付日期）起" in basic and "至 2028-03-01 止" in basic, basic
    assert order.ro_number in form.panel.summary.text() and vehicle.vin in form.panel.summary.text()
    assert form.fault_code.hasFocus()

    # The fault, Enter from field to field (the name was taken from the complaint: replaced).
    keys_into(qtbot, "BR-0102")
    key(qtbot, Qt.Key.Key_Return)
    assert form.fault_name.hasFocus()
    key(qtbot, Qt.Key.Key_A, CTRL)
    keys_into(qtbot, "前制动片异常磨损")
    key(qtbot, Qt.Key.Key_Return)
    assert form.causal_part_no.text() == "45022-TA0-A01"
    # The parts' suppliers and damage reason: the cell is put under the cursor (as the intake
    # test does with its lines); typing opens its editor and Enter moves on to the next cell.
    model = form.parts.model
    form.parts.table.setFocus()
    form.parts.table.setCurrentIndex(model.index(0, model.column_of("supplier_code")))
    for text in ("S1001", "S1001", "磨损异响"):
        if text.isascii():
            keys_into(qtbot, text[0])  # the first key opens the cell's editor...
            keys_into(qtbot, text[1:])  # ...which has the focus for the rest
        else:
            assert form.parts.table.state() == form.parts.table.State.EditingState
            keys_into(qtbot, text)
        key(qtbot, Qt.Key.Key_Return)
        QApplication.processEvents()
    row = model.row_values(0)
    assert (row["supplier_code"], row["responsible_supplier_code"], row["damage_reason"]) == (
        "S1001",
        "S1001",
        "磨损异响",
    )
    shot(qtbot, screenshot, form, "claims-e2e-claim")
    key(qtbot, Qt.Key.Key_S, CTRL)
    assert form.claim is not None, form.message.text()
    claim = claims.get(clerk, form.claim.id)
    assert claim.status is ClaimStatus.DRAFT and claim.fault_code == "BR-0102"
    assert claim.fault_name == "前制动片异常磨损"
    assert [(p.supplier_code, p.responsible_supplier_code, p.damage_reason) for p in claim.parts] == [
        ("S1001", "S1001", "磨损异响")
    ]
    assert len(claim.pieces) == 2
    activate(qtbot, form)
    key(qtbot, Qt.Key.Key_Escape)  # saved: closes without asking
    assert tab.dialog is None
    activate(qtbot, window)
    selected = tab.selected()
    assert tab.table.hasFocus() and selected is not None and selected.id == claim.id

    # 2. Ctrl+T: the part tags, previewed on the label queue, printed, read back at 203 dpi.
    key(qtbot, Qt.Key.Key_T, CTRL)
    print_from_preview(qtbot, tab, cups.label)
    assert "已打印" in tab.message.text(), tab.message.text()
    job = svc.printing.list_jobs(clerk)[0]
    assert (job.kind, job.document_ref, job.status) == ("part-tags", claim.claim_no, PrintJobStatus.PRINTED)
    printed = wait_for_output(cups.out_dir, f"{prefix}-part-tags-{job.id}")
    assert pdfinfo(printed)["Pages"] == str(len(claim.pieces))
    assert tuple(round(v / 72 * 25.4) for v in page_size_pt(printed)) == (60, 40)  # the label stock
    for page, piece in enumerate(claim.pieces, start=1):
        found = barcodes(printed, dpi=TAG_DPI, page=page)
        assert f"CODE-128:{piece.barcode}" in found, found
        (qr,) = [x.removeprefix("QR-Code:") for x in found if x.startswith("QR-Code:")]
        tag = TagFields.from_payload(qr)
        assert (tag.claim_no, tag.vin, tag.part_no, tag.barcode) == (
            claim.claim_no,
            vehicle.vin,
            "45022-TA0-A01",
            piece.barcode,
        )
    assert all(p.print_count == 1 for p in claims.get(clerk, claim.id).pieces)
    assert tab.model.row_at(0).tags_printed == 2  # the list followed the print

    # 3. F6 submits the selected claim (the claim's way by function keys, as on the board).
    activate(qtbot, window)
    tab.table.setFocus()
    key(qtbot, Qt.Key.Key_F6)
    assert claims.get(clerk, claim.id).status is ClaimStatus.SUBMITTED
    assert "已提交" in tab.message.text()

    # 4. Alt+2 旧件入库: the first tag scanned; no bin yet, so the bin takes the keyboard.
    first = claim.pieces[0].barcode
    key(qtbot, Qt.Key.Key_2, ALT)
    store = tab.pages.store
    assert tab.pages.currentWidget() is store and store.scan.hasFocus()
    scan(qtbot, first)
    assert store.bin.hasFocus() and first in store.result.text()
    scan(qtbot, "J-01-2")
    stored = parts.find(clerk, first)
    assert stored.state is PieceState.STORED and stored.storage_bin == "J-01-2"
    assert store.scan.hasFocus() and store.model.rowCount() == 1 and store.model.row_at(0).ok
    shot(qtbot, screenshot, window, "claims-e2e-store")

    # 5. Alt+3 回运箱: a new box for the car's brand (Ctrl+N), the piece scanned into it.
    key(qtbot, Qt.Key.Key_3, ALT)
    boxes = tab.pages.boxes
    assert tab.pages.currentWidget() is boxes and boxes.scan.hasFocus()
    assert boxes.brand.currentText() == "本田"
    key(qtbot, Qt.Key.Key_N, CTRL)
    box = boxes.box()
    assert box is not None and box.status is BoxStatus.OPEN and box.brand == "本田"
    assert boxes.scan.hasFocus()
    scan(qtbot, first)
    assert "已装箱" in boxes.result.text(), boxes.result.text()
    assert [p.barcode for p in boxes.pieces.rows] == [first]
    packed = parts.find(clerk, first)
    assert packed.state is PieceState.BOXED and packed.box_no == box.box_no
    shot(qtbot, screenshot, window, "claims-e2e-boxes")

    # 6. Alt+5 月度汇总: last month at first, ↑ to this one, Ctrl+P prints it on the A4 queue.
    key(qtbot, Qt.Key.Key_5, ALT)
    summary = tab.pages.summary
    assert tab.pages.currentWidget() is summary and summary.month.hasFocus()
    assert summary.chosen_month() == "2026-10"
    key(qtbot, Qt.Key.Key_Up)
    assert summary.chosen_month() == "2026-11"
    assert [line.claim_no for line in summary.model.rows] == [claim.claim_no]
    key(qtbot, Qt.Key.Key_P, CTRL)
    print_from_preview(qtbot, tab, cups.a4)
    assert "已打印" in tab.message.text(), tab.message.text()
    job = svc.printing.list_jobs(clerk)[0]
    assert (job.kind, job.document_ref, job.status) == ("warranty-summary", "2026-11", PrintJobStatus.PRINTED)
    sheet = wait_for_output(cups.out_dir, f"{prefix}-warranty-summary-{job.id}")
    # The spooler paints each page as an image (printing/spool.py), so the queue's PDF has no text
    # to read: its one A4 page is checked to carry the drawing, and the words are read from the
    # job's kept PDF, the exact bytes that were sent.
    assert pdfinfo(sheet)["Pages"] == "1"
    assert sorted(round(v) for v in page_size_pt(sheet)) == [595, 842]
    left, top, right, bottom = render_gray(sheet, 50).dark_box()
    assert right - left > 100 and bottom - top > 200  # the table, not a blank page
    text = squash(pdftotext(svc.printing.job_pdf(clerk, job.id)))
    assert "每月保修零配件申请表汇总" in text
    assert claim.claim_no in text and order.ro_number in text and vehicle.vin in text
