"""The old-parts pages of the claims tab, driven with the keyboard as the clerk works: a tag
scanned into its bin, a return box opened, packed by scanning, shipped and settled, the work
lists, the monthly summary printed and exported, and the claim rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from app.claims import BoxStatus, ClaimInfo, PartList, PieceState
from app.context import Services
from app.printing import DocumentKind
from app.roles import Actor, Role
from tests.app.claims.support import claims_clerk, filed_claim, warranty_car, warranty_order
from tests.conftest import FakeClock, make_actor
from tests.ui.claims.test_claims_tab import active, make_tab
from tests.ui.intake.support import answer_next_box, enter, type_text
from ui.claims.box_dialogs import DeductDialog, ShipDialog
from ui.claims.boxes_page import UNPACK
from ui.claims.claim_dialog import ClaimDialog
from ui.claims.claims_tab import ClaimsTab
from ui.claims.rules_dialog import RulesDialog
from ui.tasks import ThreadTaskRunner


def submitted_claim(svc: Services, clerk: Actor) -> ClaimInfo:
    claim = filed_claim(svc, clerk, warranty_order(svc, warranty_car(svc)))
    return svc.claims.claims.submit(clerk, claim.id, claim.version)


def page_key(qtbot: QtBot, tab: ClaimsTab, number: int) -> QWidget:
    """Alt+number from wherever the keyboard is in the tab: that page, its main field focused."""
    focused = tab.focusWidget() or tab
    qtbot.keyClick(focused, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.AltModifier)
    page = tab.pages.currentWidget()
    assert tab.pages.currentIndex() == number - 1
    return page


def scan(qtbot: QtBot, field: QWidget, code: str) -> None:
    """A handheld scanner: the code typed, then Enter."""
    qtbot.keyClicks(field, code)
    enter(qtbot, field)


def test_a_scanned_tag_goes_to_the_bin_and_a_wrong_one_is_said(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    svc = sqlite_services
    clerk = claims_clerk(svc)
    claim = filed_claim(svc, clerk, warranty_order(svc, warranty_car(svc)))
    first, second = (p.barcode for p in claim.pieces)
    tab = make_tab(qtbot, svc, clerk)
    tab.table.setFocus()
    page = page_key(qtbot, tab, 2)
    store = tab.pages.store
    assert page is store and store.scan.hasFocus() and store.instant.isChecked()

    # No bin yet: the scan finds the piece and the bin takes the keyboard; Enter stores.
    scan(qtbot, store.scan, first.lower())
    assert store.bin.hasFocus() and first in store.result.text()
    assert claim.claim_no in store.piece_label.text() and "1/2" in store.piece_label.text()
    type_text(store.bin, "j-01-2")
    enter(qtbot, store.bin)
    stored = svc.claims.old_parts.find(clerk, first)
    assert stored.state is PieceState.STORED and stored.storage_bin == "J-01-2"
    assert store.scan.hasFocus() and not store.scan.text() and store.bin.text() == "J-01-2"
    assert store.model.rowCount() == 1 and store.model.row_at(0).ok

    # The bin is kept: the next scan (the QR code's text this time) is stored there at once.
    type_text(store.scan, f"QT1|D001|测试经销商|{claim.claim_no}|x|{second}")
    enter(qtbot, store.scan)
    assert svc.claims.old_parts.find(clerk, second).storage_bin == "J-01-2"
    assert store.model.rowCount() == 2 and store.model.row_at(0).piece is not None
    shown = [store.model.data(store.model.index(0, c)) for c in range(store.model.columnCount())]
    assert shown[1] == second and shown[2] == f"已入库：{second} → 库位 J-01-2"

    # A tag that is not ours: said in red, kept in the list, the field cleared and focused.
    scan(qtbot, store.scan, "CL999")
    assert "没有这个旧件标签" in store.result.text() and store.model.rowCount() == 3
    assert not store.model.row_at(0).ok and "没有这个旧件标签" in store.model.data(store.model.index(0, 2))
    assert store.scan.hasFocus() and not store.scan.text() and tab.dialog is None

    # Off: every scan shows the piece first, and the bin (prefilled) waits for Enter.
    store.instant.setChecked(False)
    store.scan.setFocus()
    scan(qtbot, store.scan, first)
    assert store.bin.hasFocus() and store.bin.text() == "J-01-2"
    store.bin.setText("J-02-1")
    enter(qtbot, store.bin)
    assert svc.claims.old_parts.find(clerk, first).storage_bin == "J-02-1" and store.scan.hasFocus()


def test_todays_unprinted_tags_are_previewed(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    clerk = claims_clerk(svc)
    filed_claim(svc, clerk, warranty_order(svc, warranty_car(svc)))
    tab = make_tab(qtbot, svc, clerk)
    store = page_key(qtbot, tab, 2)
    qtbot.keyClick(tab.pages.store.scan, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = tab.flow.preview_dialog
    assert preview is not None and store is tab.pages.store
    assert preview.content.preview.kind == DocumentKind.PART_TAG
    assert preview.content.preview.reference == "2026-11-27"
    preview.reject()


def test_a_box_is_opened_packed_by_scanning_shipped_and_settled(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    svc = sqlite_services
    clerk = claims_clerk(svc)
    parts = svc.claims.old_parts
    claim = submitted_claim(svc, clerk)
    first, second = (p.barcode for p in claim.pieces)
    for code in (first, second):
        parts.store(clerk, code, "J-01")
    tab = make_tab(qtbot, svc, clerk)
    page_key(qtbot, tab, 3)
    boxes = tab.pages.boxes
    assert boxes.scan.hasFocus() and boxes.brand.currentText() == "本田"
    scan(qtbot, boxes.scan, first)  # no box yet
    assert "开新箱" in boxes.result.text() and boxes.scan.hasFocus()

    qtbot.keyClick(boxes.scan, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    box = boxes.box()
    assert box is not None and box.box_no == "HY2611-001" and box.status is BoxStatus.OPEN
    assert "HY2611-001" in boxes.result.text() and boxes.scan.hasFocus()
    scan(qtbot, boxes.scan, first)
    scan(qtbot, boxes.scan, second)
    assert [p.barcode for p in boxes.pieces.rows] == [first, second]
    assert "已装箱" in boxes.result.text() and boxes.scan.hasFocus()
    scan(qtbot, boxes.scan, second)  # twice: the service says why not
    assert "已装箱，不能装箱" in boxes.result.text()
    boxes.mode.setCurrentIndex(boxes.mode.findData(UNPACK))
    scan(qtbot, boxes.scan, second)
    assert [p.barcode for p in boxes.pieces.rows] == [first]
    assert parts.find(clerk, second).state is PieceState.STORED
    boxes.mode.setCurrentIndex(0)
    scan(qtbot, boxes.scan, second)
    assert len(boxes.pieces.rows) == 2 and boxes.boxes.row_at(0).pieces

    boxes.label_button.click()  # the box label through the document flow
    preview = tab.flow.preview_dialog
    assert preview is not None and preview.content.preview.reference == "HY2611-001"
    assert preview.content.preview.kind == DocumentKind.BOX_LABEL
    preview.reject()

    boxes.ship_button.click()
    dialog = active(qtbot, tab)
    assert isinstance(dialog, ShipDialog) and dialog.carrier.hasFocus()
    dialog.save()
    assert dialog.form.error_text("carrier")  # beside the field
    type_text(dialog.carrier, "顺丰速运")
    enter(qtbot, dialog.carrier)
    assert dialog.waybill.hasFocus()
    scan(qtbot, dialog.waybill, "SF1234567890")
    assert tab.dialog is None
    box = boxes.box()
    assert box is not None and box.status is BoxStatus.SHIPPED and box.waybill == "SF1234567890"
    assert "已发运" in boxes.heading.text() and "已发运" in boxes.result.text()
    assert {p.state for p in boxes.pieces.rows} == {PieceState.SHIPPED}
    assert not boxes.ship_button.isEnabled() and boxes.last_carrier == "顺丰速运"

    boxes.piece_table.selectRow(0)
    assert boxes.accept_button.isEnabled() and boxes.deduct_button.isEnabled()
    boxes.accept_button.click()
    assert parts.find(clerk, first).state is PieceState.ACCEPTED
    boxes.piece_table.selectRow(1)
    boxes.deduct_button.click()
    dialog = active(qtbot, tab)
    assert isinstance(dialog, DeductDialog)
    assert dialog.reason.count() == len(svc.claims.claims.rules(clerk).deduction_reasons)
    dialog.reason.setCurrentIndex(dialog.reason.findData("包装破损"))
    enter(qtbot, dialog.reason)
    assert tab.dialog is None
    settled = parts.find(clerk, second)
    assert settled.state is PieceState.DEDUCTED and settled.settle_reason == "包装破损"
    assert parts.box(clerk, box.id).status is BoxStatus.CLOSED
    assert boxes.box() is not None and "已结案" in boxes.heading.text()


def test_a_scanned_box_number_selects_the_box(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock
) -> None:
    svc = sqlite_services
    clerk = claims_clerk(svc)
    parts = svc.claims.old_parts
    claim = submitted_claim(svc, clerk)
    first, _ = (p.barcode for p in claim.pieces)
    parts.store(clerk, first, "J-01")
    one = parts.open_box(clerk, "本田")
    clock.advance(minutes=5)
    parts.open_box(clerk, "本田")
    tab = make_tab(qtbot, svc, clerk)
    page_key(qtbot, tab, 3)
    boxes = tab.pages.boxes
    assert boxes.box() is not None and boxes.box().box_no == "HY2611-002"  # type: ignore[union-attr]
    scan(qtbot, boxes.scan, one.box_no.lower())
    assert boxes.box() is not None and boxes.box().id == one.id  # type: ignore[union-attr]
    boxes.box_table.setFocus()
    enter(qtbot, boxes.box_table)  # Enter on a box: the scan field, to pack into it
    assert boxes.scan.hasFocus() and boxes.box().id == one.id  # type: ignore[union-attr]
    scan(qtbot, boxes.scan, first)
    assert parts.find(clerk, first).box_no == one.box_no
    boxes.mode.setCurrentIndex(boxes.mode.findData(UNPACK))
    scan(qtbot, boxes.scan, first)
    assert not boxes.pieces.rows
    assert not boxes.scrap_button.isEnabled()  # nothing selected in the box


def test_the_work_lists_show_their_pieces(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    clerk = claims_clerk(svc)
    claim = submitted_claim(svc, clerk)
    first, second = (p.barcode for p in claim.pieces)
    tab = make_tab(qtbot, svc, clerk)
    page_key(qtbot, tab, 4)
    lists = tab.pages.lists
    assert lists.chosen() is PartList.TO_SHIP
    # Filed, nothing stored: still to ship (due in 21 days) and the claim has no part yet.
    assert [x.piece.barcode for x in lists.model.rows] == [first, second]
    assert lists.model.data(lists.model.index(0, 7)) == "2026-12-18"
    assert lists.model.data(lists.model.index(0, 8)) == "应于 2026-12-18 前回运"
    lists.which.setCurrentIndex(lists.which.findData(PartList.CLAIM_WITHOUT_PART.value))
    assert [x.piece.barcode for x in lists.model.rows] == [first, second]
    assert lists.count.text() == "2 件"
    svc.claims.old_parts.store(clerk, first, "J-01")
    lists.which.setFocus()
    qtbot.keyClick(lists.which, Qt.Key.Key_F5)
    assert [x.piece.barcode for x in lists.model.rows] == [second]
    lists.which.setCurrentIndex(lists.which.findData(PartList.OVERDUE.value))
    assert lists.model.rowCount() == 0 and not lists.open_button.isEnabled()
    lists.which.setCurrentIndex(lists.which.findData(PartList.PART_WITHOUT_TAG.value))
    assert lists.model.rowCount() == 2

    lists.which.setFocus()
    enter(qtbot, lists.which)  # into the table
    assert lists.table.hasFocus() and lists.selected() is not None
    enter(qtbot, lists.table)  # the row's claim in the claim form, with its pieces
    form = active(qtbot, tab)
    assert isinstance(form, ClaimDialog) and form.claim is not None and form.claim.id == claim.id
    assert form.pieces_box.isVisibleTo(form) and form.pieces.rowCount() == 2
    row = [form.pieces.data(form.pieces.index(0, c)) for c in range(form.pieces.columnCount())]
    assert row == [first, "45022-TA0-A01", "1/2", "0", "已入库", "J-01", ""]
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert tab.dialog is None

    # Ctrl+I: the piece's code to 旧件入库, where Enter scans it in.
    lists.table.activateWindow()
    qtbot.waitUntil(lists.table.isActiveWindow)
    lists.table.setFocus()
    lists.table.selectRow(1)
    qtbot.keyClick(lists.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    store = tab.pages.store
    assert tab.pages.currentWidget() is store and store.scan.text() == second and store.scan.hasFocus()
    store.bin.setText("J-03")
    enter(qtbot, store.scan)
    assert svc.claims.old_parts.find(clerk, second).storage_bin == "J-03"


def test_the_monthly_summary_shows_prints_and_exports(
    qtbot: QtBot, sqlite_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc = sqlite_services
    clerk = claims_clerk(svc)
    claim = submitted_claim(svc, clerk)
    tab = make_tab(qtbot, svc, clerk)
    page_key(qtbot, tab, 5)
    summary = tab.pages.summary
    assert summary.chosen_month() == "2026-10" and summary.month.hasFocus()  # last month at first
    assert summary.model.rowCount() == 0 and summary.totals.text().startswith("索赔单 0")
    qtbot.keyClick(summary.month, Qt.Key.Key_Up)  # the month section steps
    assert summary.chosen_month() == "2026-11"
    assert summary.model.rowCount() == 1
    shown = [summary.model.data(summary.model.index(0, c)) for c in range(summary.model.columnCount())]
    assert shown[0] == claim.claim_no and shown[5:8] == ["45022-TA0-A01", "前刹车片", "2"]
    assert shown[9] == "760.00" and shown[10] == "已提交"
    assert "索赔单 1" in summary.totals.text() and "索赔合计 ¥1,060.00" in summary.totals.text()

    qtbot.keyClick(summary.month, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = tab.flow.preview_dialog
    assert preview is not None and preview.content.preview.kind == DocumentKind.WARRANTY_SUMMARY
    assert preview.content.preview.reference == "2026-11"
    preview.reject()

    asked: list[str] = []

    def save_as(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(tmp_path / "汇总"), "Excel (*.xlsx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    summary.month.setFocus()
    qtbot.keyClick(summary.month, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked and asked[0].endswith("2026-11.xlsx")
    written = tmp_path / "汇总.xlsx"
    sheet = load_workbook(written).active
    assert sheet is not None and sheet.title == "2026-11"
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "索赔单号" and rows[1][0] == claim.claim_no and rows[1][7] == 2
    assert ("索赔单", "1") in [(r[0], r[1]) for r in rows[3:]]
    assert str(written) in tab.message.text()


def test_the_claim_rules_are_saved_with_mistakes_beside_their_fields(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    svc = sqlite_services
    clerk_tab = make_tab(qtbot, svc, claims_clerk(svc))
    assert clerk_tab.pages.rules_button.isHidden()
    # Only an administrator holds EDIT_DEALER_SETTINGS (a supervisor handles claims, not settings).
    assert make_tab(qtbot, svc, make_actor(svc, Role.SUPERVISOR)).pages.rules_button.isHidden()
    admin = make_actor(svc, Role.ADMIN)
    warranty_car(svc)  # a model of the brand 本田
    tab = make_tab(qtbot, svc, admin)
    assert not tab.pages.rules_button.isHidden()
    tab.pages.rules_button.click()
    dialog = active(qtbot, tab)
    assert isinstance(dialog, RulesDialog)
    assert dialog.default.inputs["ship_days"].text() == "21" and dialog.default.inputs["ship_days"].hasFocus()
    assert dialog.reasons.toPlainText().splitlines()[0] == "标签缺失"
    dialog.default.inputs["ship_days"].setText("abc")
    dialog.save()
    assert dialog.default.error_text("ship_days") == "请填写整数"
    dialog.default.inputs["ship_days"].setText("0")
    dialog.save()  # the service's own check, beside the field
    assert dialog.default.error_text("ship_days") == "回运期限应为 1 到 3650 天"
    dialog.default.inputs["ship_days"].setText("28")
    qtbot.keyClick(dialog, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    row = dialog.rows[0]
    assert row.brand.hasFocus() and row.brand.findText("本田") >= 0
    row.brand.setCurrentText("本田")
    row.inputs["keep_days"].setText("99999")
    dialog.reasons.setPlainText(dialog.reasons.toPlainText() + "\n旧件锈蚀")
    dialog.save()
    assert row.error_text("keep_days") == "保存期限应为 1 到 3650 天"
    row.inputs["keep_days"].setText("45")
    row.inputs["parts_warranty_km"].clear()  # no distance limit
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert tab.dialog is None and tab.message.text() == "索赔规则已保存"
    rules = svc.claims.claims.rules(admin)
    assert rules.default.ship_days == 28
    assert rules.for_brand("本田").keep_days == 45 and rules.for_brand("本田").parts_warranty_km is None
    assert rules.deduction_reasons[-1] == "旧件锈蚀"


def test_scrapping_a_stored_piece_is_asked_first(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    clerk = claims_clerk(svc)
    parts = svc.claims.old_parts
    claim = submitted_claim(svc, clerk)
    first, _ = (p.barcode for p in claim.pieces)
    parts.store(clerk, first, "J-01")
    box = parts.open_box(clerk, "本田")
    parts.pack(clerk, box.id, first)
    parts.ship_box(clerk, box.id, parts.box(clerk, box.id).version, "顺丰", "SF1")
    tab = make_tab(qtbot, svc, clerk)
    page_key(qtbot, tab, 3)
    boxes = tab.pages.boxes
    boxes.piece_table.selectRow(0)
    assert boxes.scrap_button.isEnabled()
    answer_next_box("取消")
    boxes.scrap_button.click()
    assert parts.find(clerk, first).state is PieceState.SHIPPED
    answer_next_box("报废")
    boxes.scrap_button.click()
    assert parts.find(clerk, first).state is PieceState.SCRAPPED


def test_scans_in_quick_succession_off_the_ui_thread(qtbot: QtBot, sqlite_services: Services) -> None:
    """In the program the stores run on the thread pool: a scanner typing the next tag before the
    last one is answered loses nothing, and a box is packed the same way."""
    svc = sqlite_services
    clerk = claims_clerk(svc)
    claim = submitted_claim(svc, clerk)
    first, second = (p.barcode for p in claim.pieces)
    runner = ThreadTaskRunner()
    tab = ClaimsTab(svc, clerk, runner=runner)
    qtbot.addWidget(tab)
    tab.show()
    tab.pages.setCurrentWidget(tab.pages.store)
    store = tab.pages.store
    store.bin.setText("J-07")
    for code in (first, second):
        store.scan.setText(code)
        store.scanned()
        assert not store.scan.text()  # ready for the next tag at once
    qtbot.waitUntil(lambda: store.model.rowCount() == 2, timeout=3000)
    assert all(e.ok for e in store.model.rows)
    assert {svc.claims.old_parts.find(clerk, c).storage_bin for c in (first, second)} == {"J-07"}
    tab.pages.setCurrentWidget(tab.pages.boxes)
    boxes = tab.pages.boxes
    qtbot.waitUntil(lambda: boxes.brand.count() == 1, timeout=3000)
    boxes.open_box()
    qtbot.waitUntil(lambda: boxes.box() is not None, timeout=3000)
    for code in (first, second):
        boxes.scan.setText(code)
        boxes.scanned()
    qtbot.waitUntil(lambda: len(boxes.pieces.rows) == 2, timeout=3000)
    assert runner.wait()


def test_a_piece_that_may_be_scrapped_is_scrapped_from_its_list(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock
) -> None:
    svc = sqlite_services
    clerk = claims_clerk(svc)
    claims = svc.claims.claims
    claim = submitted_claim(svc, clerk)
    first, _ = (p.barcode for p in claim.pieces)
    svc.claims.old_parts.store(clerk, first, "J-01")
    claim = claims.approve(clerk, claim.id, claim.version)
    claims.record_payment(clerk, claim.id, claim.version)
    clock.advance(days=31)
    tab = make_tab(qtbot, svc, clerk)
    page_key(qtbot, tab, 4)
    lists = tab.pages.lists
    assert lists.scrap_button.isHidden()  # only on 可报废
    lists.which.setCurrentIndex(lists.which.findData(PartList.MAY_SCRAP.value))
    assert [x.piece.barcode for x in lists.model.rows] == [first] and lists.scrap_button.isEnabled()
    answer_next_box("报废")
    lists.scrap_button.click()
    assert svc.claims.old_parts.find(clerk, first).state is PieceState.SCRAPPED
    assert lists.model.rowCount() == 0 and f"{first} 已报废" in tab.message.text()
