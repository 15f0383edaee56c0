"""The counter's common path in the main window, by keyboard only: search a plate that is not on
file, create the vehicle, find it again, open an order with lines, save and print the intake sheet
on the real CUPS A4 queue, then on the board move it through the workshop and deliver it."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.context import Services
from app.orders import OrderStatus
from app.printing import PrintJobStatus
from app.roles import Role
from printing.profiles import DocumentKind, PrinterProfile
from tests.app.factories import make_vin
from tests.conftest import make_actor
from tests.printing.pdftools import CupsQueues, barcodes, wait_for_output
from tests.ui.intake.support import choose_in_next_menu, setup_dealer, shot, type_text
from ui.board.board_tab import BoardTab
from ui.board.deliver_dialog import DeliverDialog
from ui.intake.intake_tab import IntakeTab
from ui.intake.order_dialog import OrderDialog
from ui.intake.vehicle_dialog import VehicleDialog
from ui.main_window import MainWindow
from ui.tasks import SyncTaskRunner

POPUP_WARNINGS = pytest.mark.qt_log_ignore(
    r"does not support raise\(\)", "does not support grabbing the keyboard"
)


def key(qtbot: QtBot, k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed wherever the focus is, as on the keyboard."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the focus"
    qtbot.keyClick(target, k, modifiers)


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def keys_into(qtbot: QtBot, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    if text.isascii():
        qtbot.keyClicks(target, text)
    else:
        type_text(target, text)


@pytest.mark.cups
@POPUP_WARNINGS
def test_counter_path_without_the_mouse(
    qtbot: QtBot,
    sqlite_services: Services,
    cups: CupsQueues,
    screenshot,  # type: ignore[no-untyped-def]
) -> None:
    svc = sqlite_services
    admin = make_actor(svc, Role.ADMIN)
    setup_dealer(svc, admin)
    svc.printing.set_profile(admin, PrinterProfile(DocumentKind.INTAKE_SHEET, printer=cups.a4))
    svc.printing.job_name_prefix = f"qt-{uuid.uuid4().hex[:10]}"
    advisor = make_actor(svc, Role.ADVISOR)
    window = MainWindow(svc, advisor, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    activate(qtbot, window)
    assert window.tabs.tabText(0) == "接车开单" and window.tabs.tabText(1) == "维修看板"
    tab = window.tab_widgets["intake"]
    assert isinstance(tab, IntakeTab) and tab.search.box.hasFocus()

    # 1. The plate is not on file: F2 creates the vehicle, the plate already filled in.
    keys_into(qtbot, "京A·12345")
    key(qtbot, Qt.Key.Key_Return)
    assert "F2" in tab.search.status.text()
    key(qtbot, Qt.Key.Key_F2)
    dialog = tab.dialog
    assert isinstance(dialog, VehicleDialog) and dialog.plate.text() == "京A·12345"
    activate(qtbot, dialog)
    dialog.vin.setFocus()
    vin = make_vin()
    keys_into(qtbot, vin)
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Return)  # the plate is fine as it is
    dialog.model.setEditText("本田 雅阁")  # typing would pop up the completer (not shown offscreen)
    key(qtbot, Qt.Key.Key_Return)
    # colour, purchase, invoice, delivery, inspection month, insurance end, mileage, note, the owner
    for text in ("珍珠白", "", "2025-03-01", "", "2027-03", "", "18000", "", "王小明", "13900002222", ""):
        keys_into(qtbot, text)
        key(qtbot, Qt.Key.Key_Return)
    assert tab.dialog is None and dialog.saved is not None
    assert dialog.saved.inspection_due is not None and dialog.saved.inspection_due.isoformat() == "2027-03-31"
    activate(qtbot, window)
    assert tab.card.card is not None and tab.card.card.vehicle.vin == vin

    # 2. Next time: found by the plate typed any way, opened with Enter.
    key(qtbot, Qt.Key.Key_F3)
    assert tab.search.box.hasFocus()
    keys_into(qtbot, "京a12345")
    key(qtbot, Qt.Key.Key_Return)
    assert tab.card.card is not None and tab.card.card.vehicle.plate == "京A12345"
    shot(qtbot, screenshot, window, "main-window-intake")

    # 3. F5: the order, Enter from field to field, lines, Ctrl+P saves and previews.
    key(qtbot, Qt.Key.Key_F5)
    order_dialog = tab.dialog
    assert isinstance(order_dialog, OrderDialog)
    activate(qtbot, order_dialog)
    assert order_dialog.mileage.hasFocus()
    keys_into(qtbot, "18350")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Return)  # the fuel level as it is
    assert order_dialog.statement.hasFocus()
    keys_into(qtbot, "行驶中方向盘抖动")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Space)  # 保养 (the focus is on the first job type)
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Space)  # 一般维修
    while order_dialog.lines.model.rowCount() == 0:
        key(qtbot, Qt.Key.Key_Return)
    keys_into(qtbot, "检查方向盘抖动")  # the first labour line's name
    key(qtbot, Qt.Key.Key_Tab)  # commits the cell and moves right
    QApplication.processEvents()
    model = order_dialog.lines.model
    assert model.lines()[0].description == "检查方向盘抖动"
    for column, text in ((3, "1"), (4, "180")):
        order_dialog.lines.table.setCurrentIndex(model.index(0, column))
        keys_into(qtbot, text[0])  # the first key opens the cell's editor...
        keys_into(qtbot, text[1:])  # ...which has the focus for the rest
        key(qtbot, Qt.Key.Key_Return)
        QApplication.processEvents()
    assert "合计 180.00 元" in order_dialog.lines.totals_label.text()
    key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    order = order_dialog.order
    assert order is not None and order.ro_number.startswith("RO20261127-")
    preview = tab.printer.preview_dialog
    assert preview is not None and preview.chosen_printer() == cups.a4
    shot(qtbot, screenshot, preview, "intake-sheet-preview")
    activate(qtbot, preview)
    key(qtbot, Qt.Key.Key_Return)  # Enter prints
    qtbot.waitUntil(lambda: tab.printer.preview_dialog is None, timeout=60_000)
    assert "已打印" in tab.message.text()
    job = svc.printing.list_jobs(advisor)[0]
    assert (job.kind, job.document_ref) == ("intake-sheet", order.ro_number)
    assert job.status == PrintJobStatus.PRINTED
    printed = wait_for_output(cups.out_dir, f"{svc.printing.job_name_prefix}-intake-sheet-{job.id}")
    assert f"CODE-128:{order.ro_number}" in barcodes(printed)
    activate(qtbot, order_dialog)
    key(qtbot, Qt.Key.Key_Escape)
    assert tab.dialog is None

    # 4. The board (Ctrl+Tab): through the workshop, then delivery.
    activate(qtbot, window)
    window.tabs.setFocus()
    key(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    board = window.tab_widgets["board"]
    assert isinstance(board, BoardTab) and window.tabs.currentWidget() is board
    board.reload()
    board.table.setFocus()
    card = board.selected()
    assert card is not None and card.ro_number == order.ro_number
    for target in ("维修中", "质检", "待交车"):
        choose_in_next_menu(target)
        key(qtbot, Qt.Key.Key_F7)
        qtbot.waitUntil(window.isActiveWindow)
        board.table.setFocus()
    card = board.selected()
    assert card is not None and card.status is OrderStatus.READY
    shot(qtbot, screenshot, window, "main-window-board")
    key(qtbot, Qt.Key.Key_F8)
    deliver = board.dialog
    assert isinstance(deliver, DeliverDialog)
    activate(qtbot, deliver)
    keys_into(qtbot, "18362")
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Return)
    assert deliver.result_ is not None and "下次" in deliver.outcome.text()
    qtbot.waitUntil(deliver.close_button.isDefault)
    key(qtbot, Qt.Key.Key_Return)
    assert board.dialog is None
    stored = svc.orders.orders.get_order(advisor, order.id)
    assert stored.status is OrderStatus.DELIVERED and stored.mileage_out == 18362
