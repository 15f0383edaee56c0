"""The intake tab acts on what the advisor sees: F5 and F4 on the highlighted search row, and a
new search clears the card of the last car, so no key acts on a car no longer in view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import Services
from app.roles import Role
from tests.app.factories import add_vehicle
from tests.conftest import make_actor
from tests.ui.intake.support import sample_vehicle, setup_dealer, type_text
from tests.ui.intake.test_search import make_tab
from ui.intake.order_dialog import OrderDialog
from ui.intake.search_panel import DEBOUNCE_MS
from ui.intake.vehicle_dialog import VehicleDialog


def two_cars(svc: Services) -> tuple[int, int]:
    admin = make_actor(svc, Role.ADMIN)
    model = setup_dealer(svc, admin)
    first = sample_vehicle(svc, admin, model, plate="粤A12345")
    second = add_vehicle(svc, admin, model, plate="粤A12399", owner="李四", phones=("13900001111",))
    return first.id, second.id


def search(qtbot: QtBot, tab, text: str) -> None:  # type: ignore[no-untyped-def]
    tab.search.box.setFocus()
    tab.search.box.clear()
    type_text(tab.search.box, text)
    qtbot.waitUntil(
        lambda: not tab.search.searching and tab.search.model.rowCount() > 0, timeout=DEBOUNCE_MS * 10
    )


def test_a_new_search_clears_the_card(qtbot: QtBot, sqlite_services: Services) -> None:
    first, _second = two_cars(sqlite_services)
    tab = make_tab(qtbot, sqlite_services)
    tab.show_vehicle(first)
    assert tab.card.card is not None
    tab.search.box.setFocus()
    type_text(tab.search.box, "粤A")
    assert tab.card.card is None  # at once, before the results
    assert "搜索并选择车辆" in tab.card.title.text()


def test_f5_opens_the_order_of_the_highlighted_row(qtbot: QtBot, sqlite_services: Services) -> None:
    first, second = two_cars(sqlite_services)
    tab = make_tab(qtbot, sqlite_services)
    search(qtbot, tab, "粤A123")
    rows = [h.vehicle_id for h in tab.search.model.rows]
    assert set(rows) == {first, second}
    qtbot.keyClick(tab.search.box, Qt.Key.Key_Return)  # opens the best hit
    assert tab.card.card is not None and tab.card.card.vehicle.id == rows[0]
    tab.search.box.setFocus()
    qtbot.keyClick(tab.search.box, Qt.Key.Key_Down)  # highlights the other car, without Enter
    qtbot.keyClick(tab.search.box, Qt.Key.Key_F5)
    dialog = tab.dialog
    assert isinstance(dialog, OrderDialog)
    assert dialog._vehicle.id == rows[1]  # the highlighted car
    assert tab.card.card is not None and tab.card.card.vehicle.id == rows[1]  # and its card shows


def test_f4_edits_the_highlighted_row_after_a_new_search(qtbot: QtBot, sqlite_services: Services) -> None:
    first, second = two_cars(sqlite_services)
    tab = make_tab(qtbot, sqlite_services)
    tab.show_vehicle(first)
    search(qtbot, tab, "粤A12399")
    assert tab.card.card is None and tab.edit_vehicle_button.isEnabled()
    qtbot.keyClick(tab.search.box, Qt.Key.Key_F4)
    dialog = tab.dialog
    assert isinstance(dialog, VehicleDialog)
    assert dialog._vehicle is not None and dialog._vehicle.id == second


def test_the_card_keeps_its_row_highlighted(qtbot: QtBot, sqlite_services: Services) -> None:
    first, second = two_cars(sqlite_services)
    tab = make_tab(qtbot, sqlite_services)
    search(qtbot, tab, "粤A123")
    rows = [h.vehicle_id for h in tab.search.model.rows]
    tab.search.move_selection(1)
    qtbot.keyClick(tab.search.box, Qt.Key.Key_Return)
    assert tab.card.card is not None and tab.card.card.vehicle.id == rows[1]
    tab.search.refresh()  # e.g. after the vehicle was edited: the same text searched again
    current = tab.search.current_hit()
    assert current is not None and current.vehicle_id == rows[1]
    assert {first, second} == set(rows)
