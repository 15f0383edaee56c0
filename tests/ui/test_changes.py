"""Changes broadcast: a write in one tab shows in every other tab that shows such records."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.changes import Change, changes_of
from app.context import Services
from app.orders import OrderStatus
from app.roles import Role
from tests.app.factories import ready_for_delivery
from tests.conftest import make_actor
from tests.ui.intake.support import enter, sample_vehicle, setup_dealer
from ui.board.board_tab import BoardTab
from ui.board.deliver_dialog import DeliverDialog
from ui.intake.intake_tab import IntakeTab
from ui.main_window import MainWindow
from ui.operations import ChangeBus, Operations
from ui.tasks import SyncTaskRunner


def test_a_delivery_on_the_board_updates_the_open_vehicle_card(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    svc = sqlite_services
    admin = make_actor(svc, Role.ADMIN)
    vehicle = sample_vehicle(svc, admin, setup_dealer(svc, admin))
    advisor = make_actor(svc, Role.ADVISOR)
    order = ready_for_delivery(svc, advisor, vehicle)
    window = MainWindow(svc, advisor, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    intake = window.tab_widgets["intake"]
    board = window.tab_widgets["board"]
    assert isinstance(intake, IntakeTab) and isinstance(board, BoardTab)
    intake.show_vehicle(vehicle.id)
    assert intake.card.card is not None
    assert [o.ro_number for o in intake.card.card.open_orders] == [order.ro_number]
    assert intake.card.card.reminders == ()

    window.tabs.setCurrentWidget(board)  # the intake tab is hidden now
    assert board.select_order(order.id)
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_F8)
    dialog = board.dialog
    assert isinstance(dialog, DeliverDialog)
    dialog.mileage.setText("18530")
    enter(qtbot, dialog.note)
    assert dialog.result_ is not None

    # No click on the intake tab: its card already shows the delivery and the new reminder.
    card = intake.card.card
    assert card is not None
    assert card.open_orders == ()
    assert [o.ro_number for o in card.history] == [order.ro_number]
    assert card.history[0].status is OrderStatus.DELIVERED
    assert card.vehicle.last_mileage_km == 18530
    assert [r.kind for r in card.reminders] == ["service", "warranty_expiry"]
    assert intake.card.open_model.rowCount() == 0


def test_writes_announce_what_they_change_and_reads_announce_nothing(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    svc = sqlite_services
    assert changes_of(svc.orders.delivery.deliver) >= {Change.ORDERS, Change.VEHICLES, Change.REMINDERS}
    assert changes_of(svc.orders.orders.open_order) >= {Change.ORDERS, Change.VEHICLES}
    assert changes_of(svc.vehicles.customers.update) == {Change.CUSTOMERS}
    assert changes_of(svc.orders.orders.get_order) == frozenset()
    bus = ChangeBus()
    seen: list[frozenset[Change]] = []
    bus.changed.connect(seen.append)
    parent = QWidget()
    qtbot.addWidget(parent)
    ops = Operations(parent, SyncTaskRunner(), bus)
    advisor = make_actor(svc, Role.ADVISOR)
    ops.read(svc.vehicles.lookup.search, advisor, "粤A").run()
    assert seen == []  # a read changes nothing
    try:
        ops.write(svc.orders.orders.get_order, advisor, 1)
    except TypeError as e:
        assert "does not announce" in str(e)
    else:
        raise AssertionError("a method that announces nothing cannot be run as a write")
