"""Creating and editing vehicles and owners: errors beside their fields, warnings to confirm,
a duplicate VIN that offers the existing vehicle, a conflict with another counter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.context import Services
from app.roles import Role
from app.vehicles import CustomerInput, VehicleInput
from tests.app.factories import make_vin
from tests.conftest import make_actor
from tests.ui.intake.support import answer_next_box, enter, sample_vehicle, setup_dealer, shot, type_text
from tests.ui.intake.test_search import make_tab
from ui.intake.customer_dialog import CustomerDialog
from ui.intake.vehicle_dialog import NewModelDialog, VehicleDialog
from ui.operations import Operations
from ui.tasks import ThreadTaskRunner


def new_dialog(qtbot: QtBot, svc: Services, text: str = "") -> VehicleDialog:
    actor = make_actor(svc, Role.ADVISOR)
    i = svc.vehicles
    dialog = VehicleDialog(i.vehicles, i.customers, i.models, actor, initial_text=text)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_new_vehicle_by_keyboard_from_the_search_text(
    qtbot: QtBot, sqlite_services: Services, screenshot
) -> None:  # type: ignore[no-untyped-def]
    admin = make_actor(sqlite_services, Role.ADMIN)
    setup_dealer(sqlite_services, admin)
    dialog = new_dialog(qtbot, sqlite_services, "京a·12345")
    assert dialog.plate.text() == "京a·12345"
    vin = make_vin()
    dialog.vin.setFocus()
    qtbot.keyClicks(dialog.vin, vin.lower())
    enter(qtbot, dialog.vin)
    assert dialog.plate.hasFocus()
    assert dialog.vin.text() == vin  # shown as it is stored
    enter(qtbot, dialog.plate)
    assert dialog.model.lineEdit().hasFocus()
    # Typed text pops up the completer's list, which the offscreen test platform cannot show.
    dialog.model.setEditText("本田 雅阁")
    enter(qtbot, dialog.model.lineEdit())
    assert dialog.colour.hasFocus()
    type_text(dialog.colour, "珍珠白")
    for field, text in (
        (dialog.colour, ""),
        (dialog.purchase_date, "2025-02-20"),
        (dialog.invoice_date, "2025/3/1"),
        (dialog.delivery_date, ""),
        (dialog.inspection_due, "2027/3"),  # a month: the service keeps its last day
        (dialog.insurance_expires, "2027.5.20"),
        (dialog.mileage, "18,000"),
        (dialog.note, ""),
    ):
        assert field.hasFocus()
        qtbot.keyClicks(field, text)
        enter(qtbot, field)
    assert dialog.owner_name.hasFocus()
    type_text(dialog.owner_name, "王小明")
    enter(qtbot, dialog.owner_name)
    qtbot.keyClicks(dialog.owner_phone, "139 0000 2222")
    enter(qtbot, dialog.owner_phone)
    shot(qtbot, screenshot, dialog, "intake-vehicle-dialog")
    enter(qtbot, dialog.owner_phone2)  # the last field saves
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = dialog.saved
    assert saved is not None and saved.vin == vin and saved.plate == "京A12345"
    assert (
        saved.colour == "珍珠白"
        and saved.invoice_date is not None
        and saved.invoice_date.isoformat() == "2025-03-01"
    )
    card = sqlite_services.orders.cards.open(admin, saved.id)
    assert card.owner.name == "王小明" and card.owner.phones[0].number == "13900002222"
    assert card.vehicle.last_mileage_km == 18000
    assert (saved.inspection_due, saved.insurance_expires) == (dt.date(2027, 3, 31), dt.date(2027, 5, 20))


def test_errors_appear_beside_their_fields(qtbot: QtBot, sqlite_services: Services, screenshot) -> None:  # type: ignore[no-untyped-def]
    admin = make_actor(sqlite_services, Role.ADMIN)
    setup_dealer(sqlite_services, admin)
    dialog = new_dialog(qtbot, sqlite_services)
    dialog.vin.setText("LHGRC3830F8043791")  # a Chinese-market VIN with a wrong check digit
    dialog.model.setCurrentIndex(0)
    dialog.owner_name.setText("张三")
    dialog.owner_phone.setText("13812345678")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "第 9 位" in dialog.form.error_text("vin") or "校验" in dialog.form.error_text("vin")
    dialog.vin.setText(make_vin())
    dialog.invoice_date.setText("2025-13-01")
    dialog.save()
    assert "不是有效日期" in dialog.form.error_text("invoice_date")
    dialog.invoice_date.setText("")
    dialog.owner_phone.setText("1234")
    dialog.save()
    assert dialog.owner_form.error_text("owner_phone")
    shot(qtbot, screenshot, dialog, "intake-vehicle-dialog-error")
    dialog.owner_phone.setText("13812345678")
    dialog.model.setEditText("不存在的车型")
    dialog.save()
    assert "新增车型" in dialog.form.error_text("model_id")


def test_warning_is_asked_and_confirmed(qtbot: QtBot, sqlite_services: Services) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    setup_dealer(sqlite_services, admin)
    dialog = new_dialog(qtbot, sqlite_services)
    dialog.vin.setText("9BWZZZ377VT004251")  # a European VIN without a check digit
    dialog.model.setCurrentIndex(0)
    dialog.owner_name.setText("李四")
    dialog.owner_phone.setText("13900001111")
    seen: list[str] = []
    answer_next_box("确认保存", seen)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert seen and "请核对" in seen[0]
    assert dialog.saved is not None and dialog.saved.vin == "9BWZZZ377VT004251"


def test_duplicate_vin_offers_the_existing_vehicle(qtbot: QtBot, sqlite_services: Services) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    model = setup_dealer(sqlite_services, admin)
    existing = sample_vehicle(sqlite_services, admin, model)
    dialog = new_dialog(qtbot, sqlite_services)
    dialog.vin.setText(existing.vin)
    dialog.vin.editingFinished.emit()
    assert dialog.open_duplicate.isVisibleTo(dialog) and "已登记" in dialog.vin_hint.text()
    dialog.model.setCurrentIndex(0)
    dialog.owner_name.setText("王五")
    dialog.owner_phone.setText("13700000000")
    answer_next_box("打开已有车辆")
    dialog.save()
    assert dialog.open_existing_id == existing.id
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_duplicate_vin_opens_the_existing_card_in_the_tab(qtbot: QtBot, sqlite_services: Services) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    model = setup_dealer(sqlite_services, admin)
    existing = sample_vehicle(sqlite_services, admin, model)
    tab = make_tab(qtbot, sqlite_services)
    qtbot.keyClick(tab.search.box, Qt.Key.Key_F2)
    dialog = tab.dialog
    assert isinstance(dialog, VehicleDialog)
    dialog.vin.setText(existing.vin)
    dialog.vin.editingFinished.emit()
    dialog.open_duplicate.click()
    assert tab.card.card is not None and tab.card.card.vehicle.id == existing.id


def test_phone_on_file_offers_that_customer(qtbot: QtBot, sqlite_services: Services) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    model = setup_dealer(sqlite_services, admin)
    first = sample_vehicle(sqlite_services, admin, model)
    dialog = new_dialog(qtbot, sqlite_services)
    dialog.owner_phone.setText("138 1234 5678")
    dialog.owner_phone.editingFinished.emit()
    assert dialog.owner_choice.count() == 2
    dialog.owner_choice.setCurrentIndex(1)
    assert not dialog.owner_name.isEnabled()
    dialog.vin.setText(make_vin())
    dialog.model.setCurrentIndex(0)
    dialog.save()
    assert dialog.saved is not None and dialog.saved.owner_id == first.owner_id


def test_edit_conflict_reloads_and_keeps_the_other_counters_change(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    model = setup_dealer(sqlite_services, admin)
    vehicle = sample_vehicle(sqlite_services, admin, model)
    advisor = make_actor(sqlite_services, Role.ADVISOR)
    i = sqlite_services.vehicles
    dialog = VehicleDialog(i.vehicles, i.customers, i.models, advisor, vehicle=vehicle)
    qtbot.addWidget(dialog)
    # Another counter changes the colour first.
    other = VehicleInput(
        vin=vehicle.vin, model_id=model.id, owner_id=vehicle.owner_id, plate="粤A12345", colour="黑"
    )
    i.vehicles.update(admin, vehicle.id, vehicle.version, other)
    dialog.colour.setText("红")
    seen: list[str] = []
    answer_next_box(seen=seen)
    dialog.save()
    assert seen and "其他前台修改" in seen[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.colour.text() == "黑"
    assert i.vehicles.get(admin, vehicle.id).colour == "黑"


def test_customer_dialog_edits_phones_and_shows_errors(
    qtbot: QtBot, sqlite_services: Services, screenshot
) -> None:  # type: ignore[no-untyped-def]
    admin = make_actor(sqlite_services, Role.ADMIN)
    model = setup_dealer(sqlite_services, admin)
    vehicle = sample_vehicle(sqlite_services, admin, model)
    customers = sqlite_services.vehicles.customers
    owner = customers.get(admin, vehicle.owner_id)
    dialog = CustomerDialog(customers, admin, owner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.phones[1].setText("12")
    dialog.save()
    assert dialog.form.error_text("phones[1]")
    shot(qtbot, screenshot, dialog, "intake-customer-dialog")
    dialog.phones[1].setText("020-8888 6666 转 12")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = customers.get(admin, vehicle.owner_id)
    assert [p.number for p in saved.phones] == ["13812345678", "02088886666"]
    assert saved.phones[1].extension == "12"


def test_customer_without_vehicle_gets_one_added(qtbot: QtBot, sqlite_services: Services) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    setup_dealer(sqlite_services, admin)
    sqlite_services.vehicles.customers.create(admin, CustomerInput("赵六", ("13600001234",)))
    tab = make_tab(qtbot, sqlite_services)
    tab.search.box.setFocus()
    qtbot.keyClicks(tab.search.box, "1234")
    enter(qtbot, tab.search.box)
    dialog = tab.dialog
    assert isinstance(dialog, VehicleDialog)
    assert "赵六" in dialog.owner_choice.currentText()


def test_a_new_model_is_added_and_selected(qtbot: QtBot, sqlite_services: Services) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    setup_dealer(sqlite_services, admin)
    dialog = new_dialog(qtbot, sqlite_services)
    dialog.model.setEditText("丰田 凯美瑞")
    dialog.add_model()
    model_dialog = dialog.model_dialog
    assert isinstance(model_dialog, NewModelDialog) and model_dialog.isVisible()  # open, not blocking
    assert (model_dialog.brand.text(), model_dialog.name.text()) == ("丰田", "凯美瑞")
    model_dialog.save()
    assert model_dialog.created is not None and dialog.model_dialog is None
    assert dialog.model.currentText() == model_dialog.created.display
    assert dialog.model.currentData() == model_dialog.created.id


def test_saving_off_the_ui_thread_delivers_the_vehicle(qtbot: QtBot, sqlite_services: Services) -> None:
    """In the program the calls run on a thread pool: the dialog fills and saves all the same."""
    admin = make_actor(sqlite_services, Role.ADMIN)
    setup_dealer(sqlite_services, admin)
    advisor = make_actor(sqlite_services, Role.ADVISOR)
    host = QWidget()
    qtbot.addWidget(host)
    runner = ThreadTaskRunner()
    i = sqlite_services.vehicles
    dialog = VehicleDialog(
        i.vehicles, i.customers, i.models, advisor, initial_text="粤B·66666", ops=Operations(host, runner)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.count() > 0)  # the models arrive from the worker
    vin = make_vin()
    dialog.vin.setText(vin.lower())
    dialog.vin.editingFinished.emit()
    qtbot.waitUntil(lambda: dialog.vin.text() == vin)  # checked, and shown as stored
    dialog.model.setCurrentIndex(0)
    dialog.owner_name.setText("钱七")
    dialog.owner_phone.setText("13500001234")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert dialog.saved is not None and dialog.saved.vin == vin and dialog.saved.plate == "粤B66666"
    runner.wait()


def test_closing_while_a_check_runs_leaves_nothing_behind(qtbot: QtBot, sqlite_services: Services) -> None:
    """Closing moves the focus out of the VIN: its check starts, and ends after the dialog is gone."""
    admin = make_actor(sqlite_services, Role.ADMIN)
    setup_dealer(sqlite_services, admin)
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    runner = ThreadTaskRunner()
    i = sqlite_services.vehicles
    dialog = VehicleDialog(
        i.vehicles, i.customers, i.models, admin, parent=host, ops=Operations(host, runner)
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.model.count() > 0)
    dialog.vin.setFocus()
    dialog.vin.setText(make_vin())
    checks: list[str] = []
    dialog.vin.editingFinished.connect(lambda: checks.append("vin"))
    asked: list[str] = []
    answer_next_box("放弃修改", asked)  # the typed VIN is a change: closing asks first
    with qtbot.waitSignal(dialog.destroyed):
        dialog.reject()
    assert asked and "放弃" in asked[0]
    assert checks == ["vin"]
    runner.wait()
    qtbot.wait(50)  # the late result is delivered (and dropped) without an error
