"""The claims tab and its forms on a counter's screens (1024 x 768 and 1366 x 768), in Chinese and
in English: each fits, and a screenshot of each is saved for people to look at.

    QIANTAI_SCREENSHOT_DIR=docs/screenshots QT_QPA_PLATFORM=xcb \\
        xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/pytest tests/ui/claims/test_screens.py -k 1366

saves claims-{tab,dialog,claim,payment,reject}-{zh,en}-{width}.png as a real X screen draws them, and
the old-parts pages and their dialogs: claims-{store,boxes,lists,summary,ship,deduct,rules,pieces}-….
"""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.claims import BoxStatus, ClaimInfo, PartList, PieceState
from app.context import Services
from app.roles import Actor, Role
from tests.app.claims.support import claims_clerk, filed_claim, warranty_car, warranty_order
from tests.conftest import make_actor
from tests.ui.screens import SIZES, TITLE_AND_TASK_BAR, Shot, fitted
from ui.claims.box_dialogs import DeductDialog, ShipDialog
from ui.claims.claim_dialog import ClaimDialog
from ui.claims.claims_tab import ClaimsTab
from ui.claims.decision_dialogs import PaymentDialog, RejectDialog
from ui.claims.rules_dialog import RulesDialog
from ui.main_window import MainWindow
from ui.tasks import SyncTaskRunner


def claims_to_show(svc: Services, clerk: Actor) -> tuple[ClaimInfo, ClaimInfo]:
    """A few claims along their way: a draft, one submitted, one approved, one paid, one rejected."""
    claims = svc.claims.claims
    made = [filed_claim(svc, clerk, warranty_order(svc, warranty_car(svc))) for _ in range(5)]
    submitted = [claims.submit(clerk, c.id, c.version) for c in made[1:]]
    approved = [claims.approve(clerk, c.id, c.version) for c in submitted[1:3]]
    claims.record_payment(clerk, approved[1].id, approved[1].version)
    claims.reject(clerk, submitted[3].id, submitted[3].version, "故障代码与工时不符")
    return made[0], approved[0]


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}" for w, _ in SIZES])
def test_the_claims_screens_fit_and_are_shot(
    qtbot: QtBot, sqlite_services: Services, language: str, size: tuple[int, int], screenshot: Shot
) -> None:
    svc = sqlite_services
    width, height = size
    usable = (width, height - TITLE_AND_TASK_BAR)
    clerk = claims_clerk(svc)
    draft_claim, approved = claims_to_show(svc, clerk)
    window = MainWindow(svc, clerk, runner=SyncTaskRunner())
    tab = window.tab_widgets["claims"]
    window.tabs.setCurrentWidget(tab)
    too_big: dict[str, tuple[int, int]] = {}
    need = fitted(qtbot, window, *usable)
    if need[0] > usable[0] or need[1] > usable[1]:
        too_big["tab"] = need
    screenshot(window, f"claims-tab-{language}-{width}")

    claims = svc.claims.claims
    order = warranty_order(svc, warranty_car(svc))
    draft = claims.draft_from_order(clerk, order.id)
    draft = dataclasses.replace(draft, fault_code="BR-0102")
    forms: dict[str, QWidget] = {
        "dialog": ClaimDialog(claims, clerk, claims.eligibility(clerk, order.id), draft=draft, parent=window),
        "claim": ClaimDialog(
            claims, clerk, claims.eligibility(clerk, approved.order_id), claim=approved, parent=window
        ),
        "payment": PaymentDialog(claims, clerk, approved, claims.rules(clerk).deduction_reasons, window),
        "reject": RejectDialog(claims, clerk, claims.get(clerk, draft_claim.id), window),
    }
    payment = forms["payment"]
    assert isinstance(payment, PaymentDialog)
    row = payment.add_row()
    row.amount.setText("50")
    row.note.setText("第 2 件标签脱落")
    for name, form in forms.items():
        need = fitted(qtbot, form, *usable)
        if need[0] > usable[0] or need[1] > usable[1]:
            too_big[name] = need
        screenshot(form, f"claims-{name}-{language}-{width}")
        if isinstance(form, QDialog):
            form.done(0)
    assert not too_big, (language, width, too_big)


def old_parts_to_show(svc: Services, clerk: Actor) -> None:
    """Pieces along their way: some stored, a box packed, another shipped with one piece settled."""
    parts = svc.claims.old_parts
    claims = svc.claims.claims
    made = [filed_claim(svc, clerk, warranty_order(svc, warranty_car(svc))) for _ in range(3)]
    filed = [claims.submit(clerk, c.id, c.version) for c in made]
    codes = [p.barcode for c in filed for p in c.pieces]
    for n, code in enumerate(codes):
        parts.store(clerk, code, f"J-0{n // 2 + 1}-{n % 2 + 1}")
    shipped = parts.open_box(clerk, "本田")
    for code in codes[:2]:
        parts.pack(clerk, shipped.id, code)
    shipped = parts.box(clerk, shipped.id)
    parts.ship_box(clerk, shipped.id, shipped.version, "顺丰速运", "SF1234567890")
    parts.settle(clerk, codes[0], PieceState.DEDUCTED, "包装破损")
    packing = parts.open_box(clerk, "本田")
    for code in codes[2:4]:
        parts.pack(clerk, packing.id, code)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}" for w, _ in SIZES])
def test_the_old_parts_pages_fit_and_are_shot(
    qtbot: QtBot, sqlite_services: Services, language: str, size: tuple[int, int], screenshot: Shot
) -> None:
    svc = sqlite_services
    width, height = size
    usable = (width, height - TITLE_AND_TASK_BAR)
    clerk = claims_clerk(svc)
    old_parts_to_show(svc, clerk)
    fresh = filed_claim(svc, clerk, warranty_order(svc, warranty_car(svc)))
    admin = make_actor(svc, Role.ADMIN)
    window = MainWindow(svc, admin, runner=SyncTaskRunner())
    tab = window.tab_widgets["claims"]
    assert isinstance(tab, ClaimsTab)
    window.tabs.setCurrentWidget(tab)
    too_big: dict[str, tuple[int, int]] = {}
    fitted(qtbot, window, *usable)

    pages = tab.pages
    pages.setCurrentWidget(pages.store)
    store = pages.store
    store.bin.setText("J-05-1")
    for code in (fresh.pieces[0].barcode, "CL999", fresh.pieces[1].barcode):
        store.scan.setText(code)
        store.scanned()
    pages.setCurrentWidget(pages.boxes)
    boxes = pages.boxes.boxes.rows
    pages.boxes.box_table.selectRow(next(i for i, b in enumerate(boxes) if b.status is BoxStatus.SHIPPED))
    pages.boxes.piece_table.selectRow(1)  # a shipped piece: the maker's verdict may be recorded
    pages.setCurrentWidget(pages.lists)
    pages.lists.which.setCurrentIndex(pages.lists.which.findData(PartList.TO_SHIP.value))
    pages.setCurrentWidget(pages.summary)
    pages.summary.month.setDate(QDate(2026, 11, 1))
    for name, page in (
        ("store", store),
        ("boxes", pages.boxes),
        ("lists", pages.lists),
        ("summary", pages.summary),
    ):
        pages.setCurrentWidget(page)
        need = fitted(qtbot, window, *usable)
        if need[0] > usable[0] or need[1] > usable[1]:
            too_big[name] = need
        screenshot(window, f"claims-{name}-{language}-{width}")

    parts = svc.claims.old_parts
    box = next(b for b in parts.boxes(clerk) if b.status is BoxStatus.OPEN)
    shipped = next(b for b in parts.boxes(clerk) if b.status is BoxStatus.SHIPPED)
    claims = svc.claims.claims
    brands = sorted({m.brand for m in svc.vehicles.models.list_models(admin)})
    forms: dict[str, QWidget] = {
        "ship": ShipDialog(parts, clerk, box, "顺丰速运", window),
        "deduct": DeductDialog(
            parts, clerk, shipped.pieces[1], claims.rules(clerk).deduction_reasons, window
        ),
        "rules": RulesDialog(claims, admin, claims.rules(admin), brands, window),
        "pieces": ClaimDialog(
            claims,
            clerk,
            claims.eligibility(clerk, fresh.order_id),
            claim=claims.get(clerk, fresh.id),
            parent=window,
        ),
    }
    rules = forms["rules"]
    assert isinstance(rules, RulesDialog)
    rules.add_row("本田").inputs["keep_days"].setText("45")
    for name, form in forms.items():
        need = fitted(qtbot, form, *usable)
        if need[0] > usable[0] or need[1] > usable[1]:
            too_big[name] = need
        screenshot(form, f"claims-{name}-{language}-{width}")
        if isinstance(form, QDialog):
            form.done(0)
    assert not too_big, (language, width, too_big)
