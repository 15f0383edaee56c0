"""The repair-order editor: Enter from field to field, lines with live totals, save, mileage rules,
estimate approval, a conflict with another counter, notes and cancellation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.context import Services
from app.orders import OrderEdit, OrderStatus
from app.roles import Actor, Role
from app.vehicles import VehicleInfo
from tests.app.factories import labour, open_order
from tests.conftest import make_actor
from tests.ui.intake.support import answer_next_box, enter, sample_vehicle, setup_dealer, shot, type_text
from ui.intake.lines_model import COL_CODE, COL_DESCRIPTION, COL_PAYER, COL_PRICE, COL_QTY
from ui.intake.order_actions import AnnotateDialog, CancelDialog
from ui.intake.order_dialog import OrderDialog


def saved(dialog: OrderDialog) -> bool:
    """Saves the form (at once: the tests' runner is synchronous) and says whether it is stored."""
    dialog.save()
    return dialog.save_succeeded is True


def make_dialog(
    qtbot: QtBot, svc: Services, actor: Actor, vehicle: VehicleInfo, order_id: int | None = None
) -> OrderDialog:
    order = svc.orders.orders.get_order(actor, order_id) if order_id is not None else None
    printed: list[tuple[str, bool, bool]] = []
    dialog = OrderDialog(
        svc.orders.orders, actor, svc.clock, vehicle, "张三", order=order,
        print_sheet=lambda _parent, o, full, preview: printed.append((o.ro_number, full, preview)),
    )  # fmt: skip
    dialog.printed = printed  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog.resize(1100, 760)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def edit_cell(qtbot: QtBot, dialog: OrderDialog, row: int, column: int, text: str) -> None:
    """Types into a cell the way the advisor does: select it, type (starts the editor), Enter."""
    table = dialog.lines.table
    table.setCurrentIndex(dialog.lines.model.index(row, column))
    table.setFocus()
    type_text(table, text[0])  # the first key opens the editor with that character
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table
    type_text(editor, text[1:])
    commit(qtbot, editor)


def commit(qtbot: QtBot, editor: QWidget) -> None:
    """Enter in a cell editor: the delegate commits on the next turn of the event loop."""
    enter(qtbot, editor)
    QApplication.processEvents()


def setup(svc: Services) -> tuple[Actor, VehicleInfo]:
    admin = make_actor(svc, Role.ADMIN)
    model = setup_dealer(svc, admin)
    vehicle = sample_vehicle(svc, admin, model)
    return make_actor(svc, Role.ADVISOR), vehicle


def test_open_an_order_by_keyboard(qtbot: QtBot, sqlite_services: Services, screenshot) -> None:  # type: ignore[no-untyped-def]
    advisor, vehicle = setup(sqlite_services)
    dialog = make_dialog(qtbot, sqlite_services, advisor, vehicle)
    assert dialog.mileage.hasFocus() and "18,000" in dialog.mileage.placeholderText()
    qtbot.keyClicks(dialog.mileage, "18350")
    enter(qtbot, dialog.mileage)
    assert dialog.fuel.hasFocus()
    qtbot.keyClick(dialog.fuel, Qt.Key.Key_Down)  # 1/2 -> 3/4
    enter(qtbot, dialog.fuel)
    assert dialog.statement.hasFocus()
    type_text(dialog.statement, "冷车启动时发动机有异响")
    qtbot.keyClick(dialog.statement, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # a new line
    type_text(dialog.statement, "约一分钟后消失")
    enter(qtbot, dialog.statement)
    # The job types are one stop: Space ticks, Right moves along the row, Enter leaves it.
    maintenance, repair = dialog.job_boxes["保养"], dialog.job_boxes["一般维修"]
    assert maintenance.hasFocus()
    qtbot.keyClick(maintenance, Qt.Key.Key_Space)
    qtbot.keyClick(maintenance, Qt.Key.Key_Right)
    assert repair.hasFocus()
    qtbot.keyClick(repair, Qt.Key.Key_Space)
    enter(qtbot, repair)
    assert dialog.promised.hasFocus()
    qtbot.keyClicks(dialog.promised, "17:30")
    enter(qtbot, dialog.promised)
    assert dialog.appointment.hasFocus()
    enter(qtbot, dialog.appointment)  # appointment, waits, loan car: one stop as well
    type_text(dialog.brought_by, "王五")
    enter(qtbot, dialog.brought_by)
    qtbot.keyClicks(dialog.brought_by_phone, "13900005678")
    enter(qtbot, dialog.brought_by_phone)
    assert dialog.excluded.hasFocus()  # hours left out of the 三包 days: usually none
    enter(qtbot, dialog.excluded)
    assert dialog.estimate.hasFocus()
    enter(qtbot, dialog.estimate)
    enter(qtbot, dialog.approved)  # the last field: on to the lines, a first labour line
    model = dialog.lines.model
    assert model.rowCount() == 1
    editor = QApplication.focusWidget()
    assert editor is not None
    type_text(editor, "更换机油机滤")
    commit(qtbot, editor)
    edit_cell(qtbot, dialog, 0, COL_CODE, "BY01")
    edit_cell(qtbot, dialog, 0, COL_QTY, "1.5")
    edit_cell(qtbot, dialog, 0, COL_PRICE, "200")
    assert "合计 300.00 元" in dialog.lines.totals_label.text()
    qtbot.keyClick(dialog.lines.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # a part line
    assert model.rowCount() == 2
    editor = QApplication.focusWidget()
    assert editor is not None
    type_text(editor, "机油滤清器")
    commit(qtbot, editor)
    edit_cell(qtbot, dialog, 1, COL_CODE, "15400-RTA-003")
    edit_cell(qtbot, dialog, 1, COL_QTY, "2")
    edit_cell(qtbot, dialog, 1, COL_PRICE, "45.5")
    assert "材料费 91.00" in dialog.lines.totals_label.text()
    assert "合计 391.00 元" in dialog.lines.totals_label.text()
    shot(qtbot, screenshot, dialog, "intake-order-dialog")
    qtbot.keyClick(dialog.lines.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    order = dialog.order
    assert order is not None and order.ro_number == "RO20261127-0001"
    assert order.ro_number in dialog.heading.text()
    assert (order.mileage_in, order.fuel_level, order.job_types) == (18350, "3/4", ("保养", "一般维修"))
    assert order.customer_statement == "冷车启动时发动机有异响\n约一分钟后消失"
    assert order.brought_by == "王五" and order.brought_by_phone == "13900005678"
    assert order.promised_at == dt.datetime(2026, 11, 27, 9, 30, tzinfo=dt.UTC)  # 17:30 in Beijing
    assert order.totals.total_fen == 39100 and order.estimate_fen == 39100
    labour_line, part_line = order.lines
    assert (labour_line.code, labour_line.description, labour_line.amount_fen) == (
        "BY01",
        "更换机油机滤",
        30000,
    )
    assert (part_line.code, part_line.amount_fen) == ("15400-RTA-003", 9100)
    qtbot.keyClick(dialog.lines.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog.full_phone.setChecked(True)
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(dialog.lines.table, Qt.Key.Key_P, shift_ctrl)
    assert dialog.printed == [(order.ro_number, False, True), (order.ro_number, True, False)]  # type: ignore[attr-defined]


def test_payer_is_picked_from_a_list(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor, vehicle = setup(sqlite_services)
    dialog = make_dialog(qtbot, sqlite_services, advisor, vehicle)
    dialog.lines.add_labour.click()
    model = dialog.lines.model
    model.setData(model.index(0, COL_DESCRIPTION), "检查异响")
    model.setData(model.index(0, COL_QTY), "1")
    model.setData(model.index(0, COL_PRICE), "180")
    table = dialog.lines.table
    table.setCurrentIndex(model.index(0, COL_PAYER))
    table.edit(model.index(0, COL_PAYER))
    combo = QApplication.focusWidget()
    assert combo is not None and combo.metaObject().className() == "QComboBox"
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # 客户 -> 厂家索赔
    commit(qtbot, combo)
    assert model.lines()[0].payer == "warranty"
    assert "厂家索赔 180.00" in dialog.lines.totals_label.text()


def test_errors_beside_fields_and_in_the_lines(qtbot: QtBot, sqlite_services: Services, screenshot) -> None:  # type: ignore[no-untyped-def]
    advisor, vehicle = setup(sqlite_services)
    dialog = make_dialog(qtbot, sqlite_services, advisor, vehicle)
    dialog.mileage.setText("18350")
    dialog.job_boxes["一般维修"].setChecked(True)
    assert not saved(dialog)
    assert "客户对故障的描述" in dialog.statement_form.error_text("customer_statement")
    dialog.statement.setPlainText("刹车异响")
    dialog.promised.setText("25:00")
    assert not saved(dialog)
    assert "有效时间" in dialog.left.error_text("promised_at")
    dialog.promised.setText("")
    dialog.lines.add_part.click()
    assert not saved(dialog)
    assert "第 1 行" in dialog.message.text() and "配件名称" in dialog.message.text()
    assert dialog.lines.model.check(0).error_column == COL_DESCRIPTION
    shot(qtbot, screenshot, dialog, "intake-order-dialog-errors")
    assert dialog.order is None


def test_lower_mileage_needs_the_odometer_change_ticked(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor, vehicle = setup(sqlite_services)
    dialog = make_dialog(qtbot, sqlite_services, advisor, vehicle)
    dialog.mileage.setText("1200")
    dialog.job_boxes["保养"].setChecked(True)
    assert not saved(dialog)
    assert "仪表已更换" in dialog.left.error_text("mileage_in") and dialog.mileage.hasFocus()
    dialog.odometer_changed.setChecked(True)
    assert saved(dialog)
    assert dialog.order is not None and dialog.order.mileage_in == 1200


def test_estimate_approval_and_over_estimate(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor, vehicle = setup(sqlite_services)
    order = open_order(sqlite_services, advisor, vehicle, lines=(labour(hours="1", rate=20000),))
    dialog = make_dialog(qtbot, sqlite_services, advisor, vehicle, order.id)
    assert dialog.estimate.text() == "200.00" and not dialog.approved.isChecked()
    dialog.approved.setChecked(True)
    assert saved(dialog)
    assert dialog.order is not None and dialog.order.estimate_approved
    assert not dialog.approved.isEnabled()
    model = dialog.lines.model
    model.setData(model.index(0, COL_QTY), "2")
    assert "超出已确认估价" in dialog.over_estimate.text()


def test_conflict_shows_the_message_and_reloads(qtbot: QtBot, sqlite_services: Services, screenshot) -> None:  # type: ignore[no-untyped-def]
    advisor, vehicle = setup(sqlite_services)
    order = open_order(sqlite_services, advisor, vehicle, statement="空调不凉")
    dialog = make_dialog(qtbot, sqlite_services, advisor, vehicle, order.id)
    other = make_actor(sqlite_services, Role.ADVISOR)
    theirs = OrderEdit(order.mileage_in, order.job_types, customer_statement="空调不凉，有异味")
    sqlite_services.orders.orders.update_order(other, order.id, order.version, theirs)
    dialog.statement.setPlainText("空调完全不制冷")
    seen: list[str] = []
    answer_next_box(seen=seen)
    assert not saved(dialog)
    assert seen and "其他前台修改" in seen[0]
    assert dialog.statement.toPlainText() == "空调不凉，有异味"
    assert "重新载入" in dialog.message.text()
    stored = sqlite_services.orders.orders.get_order(advisor, order.id)
    assert stored.customer_statement == "空调不凉，有异味"
    shot(qtbot, screenshot, dialog, "intake-order-dialog-conflict")


def _answer_text_dialog(kind: type, text: str) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, fill)
            return
        dialog.text.setPlainText(text)  # type: ignore[attr-defined]
        dialog.save()  # type: ignore[attr-defined]

    QTimer.singleShot(0, fill)


def test_annotate_and_cancel_with_a_reason(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor, vehicle = setup(sqlite_services)
    order = open_order(sqlite_services, advisor, vehicle)
    dialog = make_dialog(qtbot, sqlite_services, advisor, vehicle, order.id)
    _answer_text_dialog(AnnotateDialog, "客户要求保留旧件")
    dialog.annotate()  # opens over the form without a nested event loop
    qtbot.waitUntil(lambda: "客户要求保留旧件" in dialog.notes.text())
    _answer_text_dialog(CancelDialog, "客户改期到下周")
    dialog.cancel_order()
    qtbot.waitUntil(lambda: dialog.order is not None and dialog.order.status is OrderStatus.CANCELLED)
    assert dialog.order is not None
    assert "客户改期到下周" in dialog.notes.text()
    assert not dialog.save_button.isEnabled() and not dialog.mileage.isEnabled()
    assert dialog.lines.model.read_only


def test_cancel_needs_a_reason(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor, vehicle = setup(sqlite_services)
    order = open_order(sqlite_services, advisor, vehicle)
    dialog = CancelDialog(sqlite_services.orders.orders, advisor, order.id, order.version, order.ro_number)
    qtbot.addWidget(dialog)
    dialog.save()
    assert "原因" in dialog.form.error_text("reason")


def test_second_open_order_is_asked_first(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor, vehicle = setup(sqlite_services)
    first = open_order(sqlite_services, advisor, vehicle)
    dialog = make_dialog(qtbot, sqlite_services, advisor, vehicle)
    dialog.mileage.setText(str(first.mileage_in))
    dialog.job_boxes["保养"].setChecked(True)
    seen: list[str] = []
    answer_next_box("返回修改", seen)
    assert not saved(dialog)
    assert seen and first.ro_number in seen[0] and dialog.order is None
    answer_next_box("确认保存", seen)
    assert saved(dialog)
    assert dialog.order is not None and dialog.order.ro_number != first.ro_number


def test_an_open_order_names_the_reading_before_its_own(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor, vehicle = setup(sqlite_services)  # last reading 18,000 km
    order = open_order(sqlite_services, advisor, vehicle, mileage=18_500)
    now = sqlite_services.vehicles.vehicles.get(advisor, vehicle.id)
    assert now.last_mileage_km == 18_500  # the order's own reading is the vehicle's last now
    dialog = make_dialog(qtbot, sqlite_services, advisor, now, order.id)
    assert "上次里程 18,000 km" in dialog.vehicle_label.text()
    dialog.mileage.setText("17900")
    assert not saved(dialog)
    assert "上次记录的 18,000 公里" in dialog.left.error_text("mileage_in")


def test_hours_left_out_of_the_sanbao_days_are_entered_on_the_form(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    advisor, vehicle = setup(sqlite_services)
    order = open_order(sqlite_services, advisor, vehicle, mileage=18_500)
    dialog = make_dialog(qtbot, sqlite_services, advisor, vehicle, order.id)
    dialog.excluded.setText("四十八")
    assert not saved(dialog)
    assert "整数小时" in dialog.right.error_text("excluded_hours")
    dialog.excluded.setText("４８")  # full-width, as a Chinese input method types it
    assert saved(dialog)
    assert dialog.right.error_text("excluded_hours") == ""
    assert sqlite_services.orders.orders.get_order(advisor, order.id).excluded_hours == 48
    assert dialog.excluded.text() == "48"
