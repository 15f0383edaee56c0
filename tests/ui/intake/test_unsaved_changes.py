"""Nothing typed is lost to a key press: Esc or closing a form with changes asks 放弃修改？;
a role that may not change an order reads it (nothing to type that would fail at save)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.context import Services
from app.roles import Role
from tests.app.factories import open_order
from tests.conftest import make_actor
from tests.ui.intake.support import answer_next_box, sample_vehicle, setup_dealer
from tests.ui.intake.test_order import make_dialog, setup
from tests.ui.intake.test_vehicle_dialog import new_dialog
from ui.intake.customer_dialog import CustomerDialog


def test_esc_on_a_changed_order_asks_and_keeps_the_typing(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor, vehicle = setup(sqlite_services)
    dialog = make_dialog(qtbot, sqlite_services, advisor, vehicle)
    qtbot.keyClicks(dialog.mileage, "18600")
    asked: list[str] = []
    answer_next_box(None, asked)  # the default answer: keep on editing
    qtbot.keyClick(dialog.mileage, Qt.Key.Key_Escape)
    assert asked and "放弃" in asked[0]
    assert dialog.isVisible() and dialog.mileage.text() == "18600"
    answer_next_box("放弃修改", asked)
    qtbot.keyClick(dialog.mileage, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_form_without_changes_closes_at_once(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor, vehicle = setup(sqlite_services)
    order = open_order(sqlite_services, advisor, vehicle)
    dialog = make_dialog(qtbot, sqlite_services, advisor, vehicle, order.id)
    dialog.close_button.click()
    assert not dialog.isVisible()
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)


def test_a_saved_order_closes_without_asking(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor, vehicle = setup(sqlite_services)
    dialog = make_dialog(qtbot, sqlite_services, advisor, vehicle)
    dialog.mileage.setText("18600")
    dialog.job_boxes["保养"].setChecked(True)
    dialog.save()
    assert dialog.save_succeeded
    dialog.close()
    assert not dialog.isVisible()


def test_vehicle_and_customer_forms_ask_too(qtbot: QtBot, sqlite_services: Services) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    vehicle = sample_vehicle(sqlite_services, admin, setup_dealer(sqlite_services, admin))
    dialog = new_dialog(qtbot, sqlite_services)
    qtbot.waitUntil(lambda: dialog.model.count() > 0)
    dialog.close()  # nothing typed yet (the model list arriving is no change)
    assert not dialog.isVisible()
    dialog = new_dialog(qtbot, sqlite_services)
    qtbot.keyClicks(dialog.vin, "LSVAM4187C218")
    asked: list[str] = []
    answer_next_box(None, asked)
    dialog.close()
    assert asked and dialog.isVisible()
    customers = sqlite_services.vehicles.customers
    form = CustomerDialog(customers, admin, customers.get(admin, vehicle.owner_id))
    qtbot.addWidget(form)
    form.show()
    form.note.setText("常去外地")
    answer_next_box("放弃修改", asked)
    form.reject()
    assert len(asked) == 2 and not form.isVisible()


def test_the_claims_clerk_reads_an_order_without_fields(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor, vehicle = setup(sqlite_services)
    order = open_order(sqlite_services, advisor, vehicle)
    clerk = make_actor(sqlite_services, Role.CLAIMS)
    dialog = make_dialog(qtbot, sqlite_services, clerk, vehicle, order.id)
    assert not dialog.mileage.isEnabled() and not dialog.statement.isEnabled()
    assert not dialog.save_button.isEnabled() and not dialog.cancel_order_button.isEnabled()
    assert dialog.lines.model.read_only
    assert "索赔员" in dialog.message.text() and "只读" in dialog.message.text()
    assert dialog.note_button.isEnabled()  # a note and the print stay open to every role


def test_a_role_that_may_not_edit_customers_reads_the_form(qtbot: QtBot, sqlite_services: Services) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    vehicle = sample_vehicle(sqlite_services, admin, setup_dealer(sqlite_services, admin))
    customers = sqlite_services.vehicles.customers
    clerk = make_actor(sqlite_services, Role.CLAIMS)
    form = CustomerDialog(customers, clerk, customers.get(admin, vehicle.owner_id))
    qtbot.addWidget(form)
    assert form.name.isReadOnly() and not form.kind.isEnabled()
    assert all(not b.isVisible() or b.text() != "确定" for b in form.buttons.buttons())


def test_a_note_added_meanwhile_keeps_what_was_typed(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor, vehicle = setup(sqlite_services)
    order = open_order(sqlite_services, advisor, vehicle)
    dialog = make_dialog(qtbot, sqlite_services, advisor, vehicle, order.id)
    dialog.statement.setPlainText("空调不凉，怠速时明显")
    sqlite_services.orders.orders.add_note(advisor, order.id, "客户要求保留旧件")
    dialog.reload_quietly()
    assert "客户要求保留旧件" in dialog.notes.text()
    assert dialog.statement.toPlainText() == "空调不凉，怠速时明显"
    assert dialog.discard.changed()
