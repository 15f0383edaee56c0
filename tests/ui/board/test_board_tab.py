"""The service board: orders by status, late marks, moves by keyboard (only allowed ones offered),
delivery with the next-service suggestion, cancellation, and changes from another counter."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import Services
from app.orders import OrderStatus
from app.roles import Actor, Role
from app.vehicles import VehicleInfo
from tests.app.factories import add_vehicle, labour, open_order, part, ready_for_delivery
from tests.conftest import make_actor
from tests.ui.intake.support import (
    answer_next_box,
    choose_in_next_menu,
    enter,
    sample_vehicle,
    setup_dealer,
    shot,
    type_text,
)
from ui.board.board_model import PROMISED_COLUMN, RECEIVED_COLUMN, BoardModel, board_rows
from ui.board.board_tab import BoardTab
from ui.board.deliver_dialog import DeliverDialog
from ui.intake.order_actions import CancelDialog
from ui.tasks import SyncTaskRunner, ThreadTaskRunner


def make_board(qtbot: QtBot, svc: Services, actor: Actor, poll_ms: int = 4000) -> BoardTab:
    tab = BoardTab(svc, actor, runner=SyncTaskRunner(), poll_ms=poll_ms)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def setup(svc: Services) -> tuple[Actor, VehicleInfo]:
    admin = make_actor(svc, Role.ADMIN)
    model = setup_dealer(svc, admin)
    return make_actor(svc, Role.ADVISOR), sample_vehicle(svc, admin, model)


def row_of(tab: BoardTab, ro_number: str) -> int:
    return next(i for i, c in enumerate(tab.model.rows) if c.ro_number == ro_number)


# A popup menu on the offscreen test platform: it cannot raise it or grab the keyboard (harmless).
POPUP_WARNINGS = pytest.mark.qt_log_ignore(
    r"does not support raise\(\)", "does not support grabbing the keyboard"
)


@POPUP_WARNINGS
def test_moves_offered_are_the_allowed_ones_and_late_is_red(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor, vehicle = setup(sqlite_services)
    promised = sqlite_services.clock() + dt.timedelta(hours=2)
    order = open_order(sqlite_services, advisor, vehicle, promised_at=promised)
    tab = make_board(qtbot, sqlite_services, advisor)
    assert tab.model.rowCount() == 1 and tab.selected() is not None
    assert "待派工 1" in tab.summary.text()
    offered: list[str] = []
    choose_in_next_menu("维修中", offered)
    qtbot.keyClick(tab.table, Qt.Key.Key_F7)
    qtbot.waitUntil(tab.isActiveWindow)  # the menu has closed: back to the board
    assert [t.split(" ", 1)[1] for t in offered] == ["改为：维修中"]  # from 待派工 only that
    card = tab.selected()
    assert card is not None and card.status is OrderStatus.IN_REPAIR
    offered.clear()
    choose_in_next_menu("质检", offered)
    qtbot.keyClick(tab.table, Qt.Key.Key_F7)
    qtbot.waitUntil(tab.isActiveWindow)
    assert sorted(offered) == ["&1 改为：待料", "&2 改为：质检"]
    events = sqlite_services.orders.orders.get_order(advisor, order.id).events
    assert [(e.to_status, e.user_id) for e in events[-2:]] == [
        (OrderStatus.IN_REPAIR, advisor.user_id), (OrderStatus.QUALITY_CHECK, advisor.user_id),
    ]  # fmt: skip
    sqlite_services.clock.advance(hours=3)  # type: ignore[attr-defined]
    qtbot.keyClick(tab.table, Qt.Key.Key_F5)
    card = tab.selected()
    assert card is not None and card.late
    index = tab.model.index(0, PROMISED_COLUMN)
    assert "超时" in tab.model.data(index)
    assert tab.model.data(index, Qt.ItemDataRole.ForegroundRole).color().name() == "#c0392b"
    assert "超时 1" in tab.summary.text()


BEIJING = dt.timezone(dt.timedelta(hours=8))


def test_a_time_not_today_shows_its_date(qtbot: QtBot, sqlite_services: Services) -> None:
    """An order received yesterday reads "11-26 15:47" the next morning, never "15:47 (超时)"."""
    advisor, vehicle = setup(sqlite_services)
    clock = sqlite_services.clock
    clock.now = dt.datetime(2026, 11, 26, 15, 47, tzinfo=BEIJING)  # type: ignore[attr-defined]
    yesterday = open_order(
        sqlite_services, advisor, vehicle, promised_at=dt.datetime(2026, 11, 26, 17, 30, tzinfo=BEIJING)
    )
    other = add_vehicle(
        sqlite_services, advisor, vehicle.model, plate="粤B22222", owner="李四", phones=("13922223333",)
    )
    clock.now = dt.datetime(2026, 11, 27, 9, 5, tzinfo=BEIJING)  # type: ignore[attr-defined]
    today = open_order(
        sqlite_services, advisor, other, promised_at=dt.datetime(2026, 11, 28, 12, 0, tzinfo=BEIJING)
    )
    clock.now = dt.datetime(2026, 11, 27, 9, 30, tzinfo=BEIJING)  # type: ignore[attr-defined]
    tab = make_board(qtbot, sqlite_services, advisor)

    def shown(ro_number: str, column: int) -> str:
        return str(tab.model.data(tab.model.index(row_of(tab, ro_number), column)))

    assert shown(yesterday.ro_number, RECEIVED_COLUMN) == "11-26 15:47"
    assert shown(yesterday.ro_number, PROMISED_COLUMN) == "11-26 17:30（超时）"
    assert shown(today.ro_number, RECEIVED_COLUMN) == "09:05"
    assert shown(today.ro_number, PROMISED_COLUMN) == "11-28 12:00"
    # Against the board's own day (the clock it was read with), and a year apart shows the year.
    assert tab.board is not None and tab.board.day == dt.date(2026, 11, 27)
    model = BoardModel()
    model.set_rows(board_rows(dataclasses.replace(tab.board, day=dt.date(2027, 11, 26))))
    assert model.data(model.index(row_of(tab, yesterday.ro_number), RECEIVED_COLUMN)) == "2026-11-26 15:47"


def test_another_counter_change_shows_after_the_timer(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor, vehicle = setup(sqlite_services)
    tab = make_board(qtbot, sqlite_services, advisor, poll_ms=50)
    assert tab.model.rowCount() == 0
    other = make_actor(sqlite_services, Role.ADVISOR)  # the counter next door
    order = open_order(sqlite_services, other, vehicle)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=3000)
    sqlite_services.orders.board.move(other, order.id, order.version, OrderStatus.IN_REPAIR)
    qtbot.waitUntil(lambda: tab.model.row_at(0).status is OrderStatus.IN_REPAIR, timeout=3000)
    token = tab.board.token if tab.board else ""
    loads = []
    tab.model.modelReset.connect(lambda: loads.append(1))
    qtbot.wait(300)  # several ticks without a change: no reload
    assert loads == [] and tab.board is not None and tab.board.token == token


def test_the_timer_reads_the_board_off_the_ui_thread(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor, vehicle = setup(sqlite_services)
    runner = ThreadTaskRunner()
    tab = BoardTab(sqlite_services, advisor, runner=runner, poll_ms=50)
    qtbot.addWidget(tab)
    other = make_actor(sqlite_services, Role.ADVISOR)
    open_order(sqlite_services, other, vehicle)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=3000)
    assert runner.wait()


def test_deliver_by_keyboard_shows_the_next_service(
    qtbot: QtBot, sqlite_services: Services, screenshot
) -> None:  # type: ignore[no-untyped-def]
    advisor, vehicle = setup(sqlite_services)
    order = open_order(
        sqlite_services, advisor, vehicle, mileage=18500, jobs=("保养",), statement="",
        lines=(labour("更换机油机滤", code="BY01"), part()),
    )  # fmt: skip
    board = sqlite_services.orders.board
    for status in (OrderStatus.IN_REPAIR, OrderStatus.QUALITY_CHECK, OrderStatus.READY):
        order = board.move(advisor, order.id, order.version, status)
    tab = make_board(qtbot, sqlite_services, advisor)
    assert tab.deliver_button.isEnabled()
    qtbot.keyClick(tab.table, Qt.Key.Key_F8)
    dialog = tab.dialog
    assert isinstance(dialog, DeliverDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.mileage, "18490")
    enter(qtbot, dialog.mileage)
    enter(qtbot, dialog.handover)
    enter(qtbot, dialog.note)
    assert "低于进厂里程" in dialog.form.error_text("mileage_out")
    dialog.mileage.setText("18530")
    enter(qtbot, dialog.note)
    assert dialog.result_ is not None
    assert "下次定期保养" in dialog.outcome.text() and "已创建保养提醒" in dialog.outcome.text()
    due = dialog.result_.next_service
    assert due.due_km == 28530 and f"{due.due_km:,} km" in dialog.outcome.text()
    shot(qtbot, screenshot, dialog, "board-deliver-dialog")
    assert dialog.close_button.hasFocus()
    qtbot.waitUntil(dialog.close_button.isDefault)
    enter(qtbot, dialog.close_button)  # Enter again: done
    assert tab.dialog is None
    said = tab.message.text()  # the status line tells what the delivery did
    assert f"已交车 {order.ro_number}" in said and "28,530 km" in said
    card = tab.model.row_at(row_of(tab, order.ro_number))
    assert card.status is OrderStatus.DELIVERED and card.delivered_at is not None
    assert not tab.move_button.isEnabled() and not tab.cancel_button.isEnabled()
    stored = sqlite_services.orders.orders.get_order(advisor, order.id)
    assert stored.mileage_out == 18530 and stored.status is OrderStatus.DELIVERED


def test_cancel_from_the_board_with_a_reason(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor, vehicle = setup(sqlite_services)
    order = open_order(sqlite_services, advisor, vehicle)
    tab = make_board(qtbot, sqlite_services, advisor)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    dialog = tab.dialog
    assert isinstance(dialog, CancelDialog)
    type_text(dialog.text, "客户临时有事，改约明天")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.dialog is None and tab.model.rowCount() == 0  # cancelled orders leave the board
    stored = sqlite_services.orders.orders.get_order(advisor, order.id)
    assert stored.status is OrderStatus.CANCELLED and stored.cancel_reason == "客户临时有事，改约明天"


def test_board_screenshot_with_orders_in_every_state(
    qtbot: QtBot, sqlite_services: Services, screenshot
) -> None:  # type: ignore[no-untyped-def]
    admin = make_actor(sqlite_services, Role.ADMIN)
    model = setup_dealer(sqlite_services, admin)
    advisors = [make_actor(sqlite_services, Role.ADVISOR, name) for name in ("liuyang", "chenjing")]
    clock = sqlite_services.clock
    start = clock()
    board = sqlite_services.orders.board
    plan = [
        ("粤A1C234", OrderStatus.WAITING, 3), ("粤B88888", OrderStatus.IN_REPAIR, 1),
        ("粤AD12345", OrderStatus.WAITING_PARTS, 30), ("粤A55667", OrderStatus.QUALITY_CHECK, 2),
        ("粤S2X771", OrderStatus.WASHING, 1), ("粤A09876", OrderStatus.READY, -1),
        ("粤E4F321", OrderStatus.IN_REPAIR, 5),
    ]  # fmt: skip
    path = {
        OrderStatus.WAITING: (),
        OrderStatus.IN_REPAIR: (OrderStatus.IN_REPAIR,),
        OrderStatus.WAITING_PARTS: (OrderStatus.IN_REPAIR, OrderStatus.WAITING_PARTS),
        OrderStatus.QUALITY_CHECK: (OrderStatus.IN_REPAIR, OrderStatus.QUALITY_CHECK),
        OrderStatus.WASHING: (OrderStatus.IN_REPAIR, OrderStatus.QUALITY_CHECK, OrderStatus.WASHING),
        OrderStatus.READY: (OrderStatus.IN_REPAIR, OrderStatus.QUALITY_CHECK, OrderStatus.READY),
    }
    for n, (plate, status, hours) in enumerate(plan):
        clock.now = start - dt.timedelta(hours=4 - n * 0.4)  # type: ignore[attr-defined]
        vehicle = add_vehicle(
            sqlite_services, admin, model, plate=plate, owner=f"客户{n}", phones=(f"1390000{n:04d}",)
        )
        order = open_order(
            sqlite_services, advisors[n % 2], vehicle, mileage=10000 + n,
            jobs=("保养",) if n % 3 else ("一般维修",),
            statement="异响", promised_at=start + dt.timedelta(hours=hours), customer_waits=n % 2 == 0,
        )  # fmt: skip
        for step in path[status]:
            order = board.move(advisors[n % 2], order.id, order.version, step)
    clock.now = start  # type: ignore[attr-defined]
    tab = make_board(qtbot, sqlite_services, advisors[0])
    assert tab.model.rowCount() == len(plan)
    assert [c.status for c in tab.model.rows] == sorted((s for _, s, _ in plan), key=list(OrderStatus).index)
    assert tab.board is not None and tab.board.late_count == 1
    shot(qtbot, screenshot, tab, "board-tab")


def test_a_move_the_board_never_offers_is_refused_by_the_service(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    advisor, vehicle = setup(sqlite_services)
    open_order(sqlite_services, advisor, vehicle)
    tab = make_board(qtbot, sqlite_services, advisor)
    seen: list[str] = []
    answer_next_box(seen=seen)
    tab.move_to(OrderStatus.READY)  # 待派工 -> 待交车 skips the workshop
    assert seen and "不能从“待派工”改为“待交车”" in seen[0]
    card = tab.selected()
    assert card is not None and card.status is OrderStatus.WAITING


def test_claims_clerk_sees_the_board_but_cannot_change_it(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor, vehicle = setup(sqlite_services)
    open_order(sqlite_services, advisor, vehicle)
    tab = make_board(qtbot, sqlite_services, make_actor(sqlite_services, Role.CLAIMS))
    assert tab.model.rowCount() == 1
    assert not tab.move_button.isEnabled() and not tab.cancel_button.isEnabled()
    assert tab.note_button.isEnabled()


def test_the_delivery_form_shows_every_mistake_and_asks_before_closing(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    advisor, vehicle = setup(sqlite_services)
    order = ready_for_delivery(sqlite_services, advisor, vehicle)
    svc = sqlite_services
    dialog = DeliverDialog(svc.orders.delivery, advisor, svc.clock, order, "粤A·12345")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.mileage.setText("18400")  # below the mileage in
    dialog.handover.setText("25:00")
    dialog.deliver()
    assert "低于进厂里程" in dialog.form.error_text("mileage_out")
    assert "有效时间" in dialog.form.error_text("handover_at")
    assert dialog.result_ is None
    asked: list[str] = []
    answer_next_box(None, asked)  # keep editing
    dialog.close_button.click()
    assert asked and dialog.isVisible()
