"""The search box of the intake tab: results as one types, the keyboard to pick, a scanner's VIN."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import Services
from app.roles import Role
from tests.app.factories import add_vehicle
from tests.conftest import make_actor
from tests.ui.intake.support import enter, sample_vehicle, setup_dealer, type_text
from ui.intake.intake_tab import IntakeTab
from ui.intake.search_panel import DEBOUNCE_MS
from ui.tasks import SyncTaskRunner


def make_tab(qtbot: QtBot, svc: Services, role: Role = Role.ADVISOR) -> IntakeTab:
    actor = make_actor(svc, role)
    tab = IntakeTab(svc, actor, runner=SyncTaskRunner())
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def test_results_follow_the_typing_after_a_pause(qtbot: QtBot, sqlite_services: Services) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    model = setup_dealer(sqlite_services, admin)
    sample_vehicle(sqlite_services, admin, model, plate="粤A12345")
    add_vehicle(sqlite_services, admin, model, plate="粤A12399", owner="李四", phones=("13900001111",))
    tab = make_tab(qtbot, sqlite_services)
    box = tab.search.box
    box.setFocus()
    type_text(box, "粤a·123")
    assert tab.search.model.rowCount() == 0  # not yet: the pause has not passed
    qtbot.waitUntil(lambda: tab.search.model.rowCount() == 2, timeout=DEBOUNCE_MS * 10)
    assert {h.plate_display for h in tab.search.model.rows} == {"粤A·12345", "粤A·12399"}
    type_text(box, "45")
    qtbot.waitUntil(lambda: tab.search.model.rowCount() == 1, timeout=DEBOUNCE_MS * 10)
    hit = tab.search.model.row_at(0)
    assert (hit.plate_display, hit.owner_name, hit.phone_masked) == ("粤A·12345", "张三", "138****5678")


def test_arrows_pick_and_enter_opens_the_card(qtbot: QtBot, sqlite_services: Services) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    model = setup_dealer(sqlite_services, admin)
    add_vehicle(sqlite_services, admin, model, plate="粤B11111", owner="张三", phones=("13800000001",))
    add_vehicle(sqlite_services, admin, model, plate="粤B22222", owner="张珊", phones=("13800000002",))
    tab = make_tab(qtbot, sqlite_services)
    box = tab.search.box
    box.setFocus()
    qtbot.keyClicks(box, "zs")
    qtbot.waitUntil(lambda: tab.search.model.rowCount() == 2, timeout=2000)
    first = tab.search.current_hit()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    second = tab.search.current_hit()
    assert first is not None and second is not None and second.vehicle_id != first.vehicle_id
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert tab.search.current_hit() == first
    qtbot.keyClick(box, Qt.Key.Key_Down)
    enter(qtbot, box)
    assert tab.card.card is not None and tab.card.card.vehicle.id == second.vehicle_id
    assert tab.new_order_button.isEnabled()


def test_scanner_vin_and_enter_open_at_once(qtbot: QtBot, sqlite_services: Services) -> None:
    """A scanner types faster than the pause and ends with Enter: the search runs right away."""
    admin = make_actor(sqlite_services, Role.ADMIN)
    model = setup_dealer(sqlite_services, admin)
    vehicle = sample_vehicle(sqlite_services, admin, model)
    tab = make_tab(qtbot, sqlite_services)
    box = tab.search.box
    box.setFocus()
    qtbot.keyClicks(box, vehicle.vin)
    enter(qtbot, box)
    assert tab.card.card is not None and tab.card.card.vehicle.vin == vehicle.vin
    assert "粤A·12345" in tab.card.title.text()


def test_nothing_found_says_f2(qtbot: QtBot, sqlite_services: Services) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    setup_dealer(sqlite_services, admin)
    tab = make_tab(qtbot, sqlite_services)
    tab.search.box.setFocus()
    type_text(tab.search.box, "京A99999")
    enter(qtbot, tab.search.box)
    assert tab.search.model.rowCount() == 0
    assert "F2" in tab.search.status.text()
    assert tab.card.card is None and not tab.new_order_button.isEnabled()


def test_import_only_for_supervisor_and_admin(qtbot: QtBot, sqlite_services: Services) -> None:
    assert not make_tab(qtbot, sqlite_services, Role.ADVISOR).import_button.isVisible()
    assert make_tab(qtbot, sqlite_services, Role.SUPERVISOR).import_button.isVisible()
