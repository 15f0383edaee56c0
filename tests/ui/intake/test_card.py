"""The vehicle card: owner (masked phones), warranties, 三包 alerts, open orders, history with lines."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.context import Services
from app.roles import Role
from tests.app.factories import open_order
from tests.conftest import make_actor
from tests.ui.intake.support import enter, setup_dealer, shot, type_text, vehicle_with_history
from tests.ui.intake.test_search import make_tab
from ui.intake.order_dialog import OrderDialog


def test_card_shows_everything_the_advisor_needs(qtbot: QtBot, sqlite_services: Services, screenshot) -> None:  # type: ignore[no-untyped-def]
    admin = make_actor(sqlite_services, Role.ADMIN)
    advisor = make_actor(sqlite_services, Role.ADVISOR)
    model = setup_dealer(sqlite_services, admin)
    vehicle = vehicle_with_history(sqlite_services, admin, advisor, model)
    current = open_order(sqlite_services, advisor, vehicle, mileage=29000, statement="空调不凉，出风口有异味")
    tab = make_tab(qtbot, sqlite_services)
    tab.search.box.setFocus()
    type_text(tab.search.box, "粤A12345")
    enter(qtbot, tab.search.box)
    card = tab.card
    assert card.card is not None
    assert card.title.text().startswith("粤A·12345")
    assert "138****5678" in card.owner.text() and "13812345678" not in card.owner.text()
    card.toggle_phones.click()
    assert "138 1234 5678" in card.owner.text()
    card.toggle_phones.click()
    labels = card.findChildren(QLabel)
    warranties = {w.objectName(): w.text() for w in labels if w.objectName().startswith("warranty_")}
    assert "三包有效期（2年 / 50,000 km）：有效" in warranties["warranty_sanbao"]
    # 24 months from the invoice of 2025-03-01: the start day is not counted, so 2027-03-01 is the last
    assert "2027-03-01 止" in warranties["warranty_sanbao"]
    assert card.alerts.isVisible() and "同一问题（空调）" in card.alerts.text()
    assert card.open_model.rowCount() == 1 and card.open_model.row_at(0).ro_number == current.ro_number
    assert card.history_model.rowCount() == 3
    card.history_table.selectRow(1)
    assert [x.code for x in card.lines_model.rows] == ["AC01", "38810-RTA-A01"]
    assert card.mileage_model.rowCount() >= 7  # first reading, then intake and delivery of each visit
    assert "29,000 km" in card.facts.text()
    shot(qtbot, screenshot, tab, "intake-tab-card")
    # F6 goes to the open orders, Enter opens the one there.
    tab.card.focus_open_orders()
    enter(qtbot, card.open_table)
    assert isinstance(tab.dialog, OrderDialog) and tab.dialog.order is not None
    assert tab.dialog.order.id == current.id and "同一问题" in tab.dialog.alerts.text()
    shot(qtbot, screenshot, tab.dialog, "intake-order-dialog-alerts")
    tab.dialog.reject()
    assert tab.dialog is None


def test_an_unhappy_follow_up_stands_first_on_the_card_at_the_next_visit(
    qtbot: QtBot, sqlite_services: Services, clock, screenshot
) -> None:  # type: ignore[no-untyped-def]
    from app.reminders import FollowUpInput, Satisfaction
    from tests.ui.intake.support import deliver, sample_vehicle

    svc = sqlite_services
    admin, advisor = make_actor(svc, Role.ADMIN), make_actor(svc, Role.ADVISOR)
    vehicle = sample_vehicle(svc, admin, setup_dealer(svc, admin))
    order = deliver(svc, advisor, open_order(svc, advisor, vehicle, mileage=20_000), 20_010)
    clock.advance(days=3)
    svc.reminders.log_follow_up(
        advisor, vehicle.id, FollowUpInput(True, Satisfaction.DISSATISFIED, "洗车没洗干净")
    )
    tab = make_tab(qtbot, svc)
    tab.search.box.setFocus()
    type_text(tab.search.box, "粤A12345")
    enter(qtbot, tab.search.box)
    text = tab.card.alerts.text()
    assert tab.card.alerts.isVisible() and text.startswith("上次交车回访客户不满意")
    assert order.ro_number in text and "洗车没洗干净" in text
    shot(qtbot, screenshot, tab, "intake-card-follow-up-flag")
