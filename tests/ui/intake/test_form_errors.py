"""Form errors in the order, vehicle and customer forms: every mistake of a form at once, beside
its field, in screen order, cleared as soon as the field is right again; Enter goes through the
order form in screen order."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.context import Services
from app.roles import Role
from tests.conftest import make_actor
from tests.ui.intake.support import sample_vehicle, setup_dealer, type_text
from tests.ui.intake.test_order import make_dialog, saved, setup
from tests.ui.intake.test_vehicle_dialog import new_dialog
from ui.intake.customer_dialog import CustomerDialog
from ui.intake.order_dialog import OrderDialog


def place(dialog: OrderDialog, widget: QWidget) -> tuple[int, int]:
    at = widget.mapTo(dialog, QPoint(0, 0))
    return (at.y(), at.x())


def test_every_mistake_of_the_order_form_at_once(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor, vehicle = setup(sqlite_services)
    dialog = make_dialog(qtbot, sqlite_services, advisor, vehicle)
    dialog.mileage.setText("1200")  # below the last reading
    dialog.job_boxes["一般维修"].setChecked(True)  # a repair needs the customer's words: none given
    dialog.promised.setText("25:00")
    dialog.brought_by_phone.setText("12345")
    dialog.excluded.setText("两天")
    assert not saved(dialog)
    form = dialog.header
    shown = {
        name: form.error_text(name)
        for name in ("mileage_in", "customer_statement", "promised_at", "brought_by_phone", "excluded_hours")
    }
    assert all(shown.values()), shown
    assert "仪表已更换" in shown["mileage_in"]
    assert "客户对故障的描述" in shown["customer_statement"]
    assert "有效时间" in shown["promised_at"]
    assert "整数小时" in shown["excluded_hours"]
    assert dialog.mileage.hasFocus()  # the first on screen
    assert dialog.message.text() == ""  # nothing shown twice


def test_an_error_goes_as_soon_as_its_field_is_right(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor, vehicle = setup(sqlite_services)
    dialog = make_dialog(qtbot, sqlite_services, advisor, vehicle)
    dialog.mileage.setText("1200")
    dialog.job_boxes["保养"].setChecked(True)
    dialog.excluded.setText("两天")
    assert not saved(dialog)
    form = dialog.header
    assert form.error_text("mileage_in") and form.error_text("excluded_hours")
    dialog.excluded.clear()
    qtbot.keyClicks(dialog.excluded, "4")
    assert form.error_text("excluded_hours") == ""
    assert form.error_text("mileage_in")  # still wrong: still shown
    dialog.mileage.clear()
    qtbot.keyClicks(dialog.mileage, "x")
    assert "整数公里" in form.error_text("mileage_in")  # still wrong, now for another reason
    dialog.mileage.clear()
    qtbot.keyClicks(dialog.mileage, "18600")
    assert form.error_text("mileage_in") == ""
    assert saved(dialog)


def test_enter_follows_the_fields_as_they_stand_on_screen(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor, vehicle = setup(sqlite_services)
    dialog = make_dialog(qtbot, sqlite_services, advisor, vehicle)
    stops = [stop[0] for stop in dialog.enter_chain.stops]
    places = [place(dialog, w) for w in stops]
    assert places == sorted(places), [w.objectName() for w in stops]
    assert QApplication.focusWidget() is dialog.mileage


def test_every_mistake_of_a_new_vehicle_and_its_owner_at_once(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    setup_dealer(sqlite_services, admin)
    dialog = new_dialog(qtbot, sqlite_services)
    dialog.vin.setText("LHGRC3830F8043791")  # wrong check digit
    dialog.model.setCurrentIndex(0)
    dialog.invoice_date.setText("2025-13-01")  # the form cannot read it
    dialog.owner_name.setText("")
    dialog.owner_phone.setText("1234")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form.error_text("vin")
    assert "不是有效日期" in dialog.form.error_text("invoice_date")
    assert dialog.owner_form.error_text("owner_name")
    assert dialog.owner_form.error_text("owner_phone")
    assert dialog.vin.hasFocus()  # the first on screen
    type_text(dialog.owner_name, "张三")
    assert dialog.owner_form.error_text("owner_name") == ""  # fixed: gone at once
    assert dialog.owner_form.error_text("owner_phone")


def test_every_wrong_phone_of_a_customer_at_once(qtbot: QtBot, sqlite_services: Services) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    vehicle = sample_vehicle(sqlite_services, admin, setup_dealer(sqlite_services, admin))
    customers = sqlite_services.vehicles.customers
    dialog = CustomerDialog(customers, admin, customers.get(admin, vehicle.owner_id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.name.clear()
    dialog.phones[1].setText("12")
    dialog.phones[2].setText("0755-123")
    dialog.save()
    assert dialog.form.error_text("name")
    assert dialog.form.error_text("phones[1]") and dialog.form.error_text("phones[2]")
    assert dialog.name.hasFocus()
