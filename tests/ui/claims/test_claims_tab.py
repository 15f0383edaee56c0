"""The claims tab: a claim filed from an RO number with its eligibility beside it, a mistake shown
beside its field, the claim's way (submit, approve, reject, pay) from the tab, and the list's filter."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.claims import ClaimStatus, CoverageKind, PartInput
from app.context import Services
from app.errors import PrinterUnavailable
from app.printing import DocumentKind
from app.roles import Actor
from tests.app.claims.support import claims_clerk, filed_claim, warranty_car, warranty_order
from tests.ui.intake.support import answer_next_box, enter, shot, type_text
from ui.claims.claim_dialog import ClaimDialog
from ui.claims.claims_tab import ClaimsTab
from ui.claims.decision_dialogs import PaymentDialog, RejectDialog
from ui.claims.order_prompt import OrderNumberDialog
from ui.tasks import SyncTaskRunner, ThreadTaskRunner

Shot = Callable[[QWidget, str], Path]


def make_tab(qtbot: QtBot, svc: Services, actor: Actor) -> ClaimsTab:
    tab = ClaimsTab(svc, actor, runner=SyncTaskRunner())
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def active(qtbot: QtBot, tab: ClaimsTab) -> QWidget:
    """The dialog open over the tab, as the window with the keyboard."""
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_a_claim_is_filed_from_an_ro_number_with_its_eligibility(
    qtbot: QtBot, sqlite_services: Services, screenshot: Shot
) -> None:
    svc = sqlite_services
    clerk = claims_clerk(svc)
    order = warranty_order(svc, warranty_car(svc))
    tab = make_tab(qtbot, svc, clerk)
    assert tab.model.rowCount() == 0

    tab.new_button.click()
    prompt = tab.dialog
    assert isinstance(prompt, OrderNumberDialog)
    type_text(prompt.ro_number, "ro-nonsense")
    enter(qtbot, prompt.ro_number)
    assert "RO20261127-0001" in prompt.form.error_text("ro_number")
    prompt.ro_number.setText(order.ro_number.lower())
    enter(qtbot, prompt.ro_number)

    form = active(qtbot, tab)
    assert isinstance(form, ClaimDialog)
    # Filled from the order's warranty lines and its complaint.
    assert form.fault_name.text() == "刹车异响"
    assert form.labour.model.row_values(0)["code"] == "BR01"
    assert form.labour.model.row_values(0)["hours"] == "1.5"
    part = form.parts.model.row_values(0)
    assert (part["part_no"], part["quantity"], part["unit_price_fen"]) == ("45022-TA0-A01", "2", "380.00")
    assert form.causal_part_no.text() == "45022-TA0-A01"
    # The eligibility: every warranty of the car on the repair's day, marked, and the 三包 counts.
    panel = form.panel
    texts = [label.text() for label in panel.coverage_labels]
    assert texts and all(t[0] in "✓✗?" for t in texts)
    assert any(t.startswith("✓ 整车质保：") for t in texts)
    assert panel.counter_labels[0].text().startswith("三包期内累计修理")
    assert panel.chosen_kind() is CoverageKind.BASIC and panel.hint.isHidden()

    form.fault_code.setFocus()
    type_text(form.fault_code, "BR-0102")
    enter(qtbot, form.fault_code)
    assert form.fault_name.hasFocus()  # Enter moves on
    form.parts.model.set_value(0, "supplier_code", "S1001")
    form.parts.model.set_value(0, "hazardous", True)
    shot(qtbot, screenshot, form, "claims-dialog-new")
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert form.claim is not None, form.message.text()
    claim = svc.claims.claims.get(clerk, form.claim.id)
    assert claim.provisional and claim.claim_no.startswith("LS")
    assert claim.fault_code == "BR-0102" and claim.parts[0].supplier_code == "S1001"
    assert claim.parts[0].hazardous and len(claim.pieces) == 2
    assert form.message.text() == f"已保存索赔单 {claim.claim_no}"
    form.reject()  # saved: closes without asking
    assert tab.dialog is None
    # The list followed the broadcast.
    assert tab.model.rowCount() == 1
    row = tab.model.row_at(0)
    assert row.claim_no == claim.claim_no and row.pieces == 2
    shown = [tab.model.data(tab.model.index(0, c)) for c in range(tab.model.columnCount())]
    assert shown[0] == f"{claim.claim_no}（临时）"
    assert shown[1:4] == [order.ro_number, claim.vin, "草稿"]
    assert shown[5:8] == [f"{claim.amount_fen // 100:,}.{claim.amount_fen % 100:02d}", "2", "0/2"]


def test_a_second_claim_on_an_order_is_asked_about(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    clerk = claims_clerk(svc)
    order = warranty_order(svc, warranty_car(svc))
    first = filed_claim(svc, clerk, order)
    tab = make_tab(qtbot, svc, clerk)
    tab.new_claim()
    prompt = tab.dialog
    assert isinstance(prompt, OrderNumberDialog)
    type_text(prompt.ro_number, order.ro_number)
    enter(qtbot, prompt.ro_number)
    assert tab.dialog is prompt and first.claim_no in prompt.note.text()
    enter(qtbot, prompt.ro_number)
    assert isinstance(tab.dialog, ClaimDialog)
    tab.dialog.discard.drop_changes()
    tab.dialog.reject()


def test_mistakes_are_shown_beside_their_fields(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    clerk = claims_clerk(svc)
    # Far past every warranty: claiming under 整车质保 needs a reason.
    order = warranty_order(svc, warranty_car(svc, mileage=150_000), mileage=160_000)
    tab = make_tab(qtbot, svc, clerk)
    tab.new_claim()
    prompt = tab.dialog
    assert isinstance(prompt, OrderNumberDialog)
    type_text(prompt.ro_number, order.ro_number)
    enter(qtbot, prompt.ro_number)
    form = active(qtbot, tab)
    assert isinstance(form, ClaimDialog)
    panel = form.panel
    panel.set_kind(CoverageKind.BASIC)
    assert not panel.hint.isHidden()  # said before saving
    form.fault_name.clear()
    form.labour.model.set_value(0, "hours", "abc")
    form.save()
    assert form.claim is None
    assert form.labour.model.error_at(0, form.labour.model.column_of("hours"))
    assert "第 1 行" in form.labour.error_text()
    form.labour.model.set_value(0, "hours", "1.5")
    form.save()  # now the service's checks: the fault's name first
    assert form.header.error_text("fault_name") == "请填写故障名称"
    assert form.fault_name.hasFocus()
    type_text(form.fault_name, "前制动片异常磨损")
    assert not form.header.error_text("fault_name")  # gone as it is fixed
    form.save()  # then the warranty's reason, the service's message beside the field
    why = panel.form.error_text("override_reason")
    assert why.startswith("整车质保不覆盖本次维修（") and why.endswith("如仍要索赔，请填写理由")
    assert panel.override.hasFocus() and form.claim is None
    type_text(panel.override, "厂家区域经理特批")
    enter(qtbot, panel.override)  # Enter after the last field: into the tables
    assert form.labour.table.hasFocus()
    form.save()
    assert form.claim is not None and form.claim.override_reason == "厂家区域经理特批"
    assert not form.header.error_text("fault_name")


def test_asks_before_closing_a_changed_form(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    clerk = claims_clerk(svc)
    claim = filed_claim(svc, clerk, warranty_order(svc, warranty_car(svc)))
    tab = make_tab(qtbot, svc, clerk)
    tab.table.setFocus()
    enter(qtbot, tab.table)
    form = tab.dialog
    assert isinstance(form, ClaimDialog) and form.claim is not None and form.claim.id == claim.id
    form.fault_name.setText("改了")
    answer_next_box("继续编辑")
    form.reject()
    assert form.isVisible()
    answer_next_box("放弃修改")
    form.reject()
    assert tab.dialog is None


def test_submit_approve_and_pay_from_the_tab(
    qtbot: QtBot, sqlite_services: Services, screenshot: Shot
) -> None:
    svc = sqlite_services
    clerk = claims_clerk(svc)
    claim = filed_claim(svc, clerk, warranty_order(svc, warranty_car(svc)))
    tab = make_tab(qtbot, svc, clerk)
    assert tab.submit_button.isEnabled() and not tab.approve_button.isEnabled()
    tab.submit_button.click()
    assert svc.claims.claims.get(clerk, claim.id).status is ClaimStatus.SUBMITTED
    assert tab.model.row_at(0).status is ClaimStatus.SUBMITTED
    assert "已提交" in tab.message.text()
    assert tab.approve_button.isEnabled() and tab.withdraw_button.isEnabled()
    assert not tab.submit_button.isEnabled()

    answer_next_box("批准")
    tab.approve_button.click()
    assert svc.claims.claims.get(clerk, claim.id).status is ClaimStatus.APPROVED
    assert tab.pay_button.isEnabled() and not tab.reject_button.isEnabled()

    tab.pay_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, PaymentDialog)
    row = dialog.add_row()
    row.amount.setText("abc")
    dialog.save()
    assert dialog.rows[0].form.error_text("amount_fen")
    row.amount.setText("50")
    row.reason.setCurrentIndex(row.reason.findData("标签缺失"))
    row.note.setText("第 2 件标签脱落")
    assert "实付" in dialog.total.text()
    shot(qtbot, screenshot, dialog, "claims-payment")
    enter(qtbot, row.note)  # Enter after the last field records the payment
    assert tab.dialog is None
    paid = svc.claims.claims.get(clerk, claim.id)
    assert paid.status is ClaimStatus.PAID and paid.paid_fen == paid.amount_fen - 5000
    assert paid.deductions[0].reason == "标签缺失"
    assert not any(b.isEnabled() for b in (tab.submit_button, tab.withdraw_button, tab.pay_button))


def test_reject_asks_the_reason_and_withdraw_reopens(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    clerk = claims_clerk(svc)
    claim = filed_claim(svc, clerk, warranty_order(svc, warranty_car(svc)))
    claim = svc.claims.claims.submit(clerk, claim.id, claim.version)
    tab = make_tab(qtbot, svc, clerk)
    tab.reject_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, RejectDialog)
    dialog.save()
    assert dialog.form.error_text("reject_reason")  # a reason is required
    dialog.reason.setPlainText("故障代码与工时不符")
    dialog.save()
    assert tab.dialog is None
    rejected = svc.claims.claims.get(clerk, claim.id)
    assert rejected.status is ClaimStatus.REJECTED and rejected.reject_reason == "故障代码与工时不符"
    tab.withdraw_button.click()
    assert svc.claims.claims.get(clerk, claim.id).status is ClaimStatus.DRAFT


def test_the_list_filters_by_status_and_text(
    qtbot: QtBot, sqlite_services: Services, screenshot: Shot
) -> None:
    svc = sqlite_services
    clerk = claims_clerk(svc)
    first_order = warranty_order(svc, warranty_car(svc))
    first = filed_claim(svc, clerk, first_order)
    second = filed_claim(svc, clerk, warranty_order(svc, warranty_car(svc)), claim_no="CL2026110001")
    svc.claims.claims.submit(clerk, second.id, second.version)
    tab = make_tab(qtbot, svc, clerk)
    assert tab.model.rowCount() == 2
    shot(qtbot, screenshot, tab, "claims-tab")
    tab.status.setCurrentIndex(tab.status.findData(ClaimStatus.SUBMITTED.value))
    assert [r.id for r in tab.model.rows] == [second.id]
    tab.status.setCurrentIndex(0)
    assert tab.model.rowCount() == 2
    tab.search.setFocus()
    type_text(tab.search, first_order.ro_number)
    qtbot.waitUntil(lambda: [r.id for r in tab.model.rows] == [first.id])  # as one types
    for text, found in ((second.vin[-6:], second.id), ("CL20261100", second.id)):
        tab.search.setFocus()
        tab.search.setText(text)
        enter(qtbot, tab.search)  # at once, and into the list
        assert [r.id for r in tab.model.rows] == [found] and tab.table.hasFocus()
    tab.search.setFocus()
    tab.search.setText("NOTHING")
    enter(qtbot, tab.search)
    assert tab.model.rowCount() == 0 and not tab.open_button.isEnabled() and tab.search.hasFocus()


def test_the_claim_form_and_tags_preview_through_the_document_flow(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    svc = sqlite_services
    clerk = claims_clerk(svc)
    claim = filed_claim(svc, clerk, warranty_order(svc, warranty_car(svc)))
    tab = make_tab(qtbot, svc, clerk)
    kinds = tab.registered_kinds()
    if not {DocumentKind.CLAIM_FORM.value, DocumentKind.PART_TAG.value} <= kinds:
        pytest.skip("the claim documents are not registered for printing yet")
    for kind, button in tab.print_buttons.items():
        assert button.isEnabled() and not button.toolTip()
        button.click()
        preview = tab.flow.preview_dialog
        assert preview is not None and preview.isVisible(), kind
        assert preview.content.preview.kind == kind
        assert preview.content.preview.reference == claim.claim_no
        preview.reject()
        assert tab.flow.preview_dialog is None


def test_a_kind_not_registered_leaves_its_button_off(
    qtbot: QtBot, sqlite_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asked each time: a kind registered later turns its button on without a restart."""
    svc = sqlite_services
    clerk = claims_clerk(svc)
    filed_claim(svc, clerk, warranty_order(svc, warranty_car(svc)))
    documents = svc.printing.documents
    everything = documents.kinds()
    others = tuple(s for s in everything if s.kind != DocumentKind.PART_TAG)
    monkeypatch.setattr(documents, "kinds", lambda: others)
    tab = make_tab(qtbot, svc, clerk)
    assert not tab.tags_button.isEnabled() and tab.tags_button.toolTip()
    tab.print_tags()  # the shortcut too: nothing happens
    assert tab.flow.preview_dialog is None
    monkeypatch.setattr(documents, "kinds", lambda: everything)
    tab.table.selectRow(0)
    tab.refresh()
    registered = DocumentKind.PART_TAG.value in tab.registered_kinds()
    assert tab.tags_button.isEnabled() == registered


def test_the_keyboard_way(qtbot: QtBot, sqlite_services: Services) -> None:
    """Ctrl+N asks the RO number; Enter or down in the search box goes into the list, Enter opens."""
    svc = sqlite_services
    clerk = claims_clerk(svc)
    claim = filed_claim(svc, clerk, warranty_order(svc, warranty_car(svc)))
    tab = make_tab(qtbot, svc, clerk)
    tab.search.setFocus()
    type_text(tab.search, claim.claim_no)
    enter(qtbot, tab.search)
    assert tab.table.hasFocus() and tab.selected() is not None
    enter(qtbot, tab.table)
    form = active(qtbot, tab)
    assert isinstance(form, ClaimDialog) and form.claim is not None and form.claim.id == claim.id
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert tab.dialog is None
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(tab.dialog, OrderNumberDialog)
    tab.dialog.reject()


def test_a_claim_changed_meanwhile_is_reloaded(qtbot: QtBot, sqlite_services: Services) -> None:
    """Another counter saved the claim first: the save says so and the form shows theirs."""
    svc = sqlite_services
    clerk = claims_clerk(svc)
    claim = filed_claim(svc, clerk, warranty_order(svc, warranty_car(svc)))
    tab = make_tab(qtbot, svc, clerk)
    tab.open_claim()
    form = tab.dialog
    assert isinstance(form, ClaimDialog)
    other = dataclasses.replace(
        svc.claims.claims.draft_from_order(clerk, claim.order_id),
        fault_name="另一台电脑改的",
        parts=tuple(PartInput(p.part_no, p.part_name, p.quantity, p.unit_price_fen) for p in claim.parts),
    )
    svc.claims.claims.update(clerk, claim.id, claim.version, other)
    form.fault_name.setText("我改的")
    seen: list[str] = []
    answer_next_box(seen=seen)
    form.save()
    assert seen and form.fault_name.text() == "另一台电脑改的"
    assert "重新载入" in form.message.text() and not form.discard.changed()
    form.reject()


def test_off_the_ui_thread(qtbot: QtBot, sqlite_services: Services) -> None:
    """In the program every read and write runs on the thread pool: a claim filed that way."""
    svc = sqlite_services
    clerk = claims_clerk(svc)
    order = warranty_order(svc, warranty_car(svc))
    filed_claim(svc, clerk, order)
    runner = ThreadTaskRunner()
    tab = ClaimsTab(svc, clerk, runner=runner)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=3000)
    tab.new_claim()
    prompt = tab.dialog
    assert isinstance(prompt, OrderNumberDialog)
    prompt.ro_number.setText(order.ro_number)
    prompt.look_up()
    qtbot.waitUntil(lambda: not prompt.note.isHidden(), timeout=3000)  # it has a claim already
    prompt.look_up()
    qtbot.waitUntil(lambda: isinstance(tab.dialog, ClaimDialog), timeout=3000)
    form = tab.dialog
    assert isinstance(form, ClaimDialog)
    form.fault_code.setText("BR-0102")
    form.save()
    qtbot.waitUntil(lambda: form.claim is not None, timeout=3000)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=3000)
    form.reject()
    tab.open_claim()
    qtbot.waitUntil(lambda: isinstance(tab.dialog, ClaimDialog), timeout=3000)
    tab.dialog.reject()
    assert runner.wait()


def test_a_change_to_printed_tags_asks_the_reprint_reason(qtbot: QtBot, sqlite_services: Services) -> None:
    """The manufacturer's number replaces the provisional one on tags already printed: the form
    asks why (beside the field the service names), and the tags are reissued under new codes."""
    svc = sqlite_services
    clerk = claims_clerk(svc)
    claim = filed_claim(svc, clerk, warranty_order(svc, warranty_car(svc)))
    with pytest.raises(PrinterUnavailable):  # no printer here: the tags count as issued all the same
        svc.printing.documents.print(clerk, DocumentKind.PART_TAG, claim.claim_no)
    tab = make_tab(qtbot, svc, clerk)
    assert tab.model.row_at(0).tags_printed == 2
    tab.open_claim()
    form = active(qtbot, tab)
    assert isinstance(form, ClaimDialog) and form.reissue_form.isHidden()
    form.claim_no.setText("CL2026110042")
    form.save()
    assert form.reissue_form.isVisible() and form.reissue.hasFocus()
    assert "重打原因" in form.reissue_form.error_text("reissue_reason")
    type_text(form.reissue, "厂家索赔号已下达")
    enter(qtbot, form.reissue)  # saves again
    assert form.claim is not None and form.claim.claim_no == "CL2026110042"
    assert form.reissue_form.isHidden()
    assert [p.revision for p in svc.claims.claims.get(clerk, claim.id).pieces] == [2, 2]
    form.reject()
