"""The lounge display: the workshop's cars with masked plates, stage and promised time, nothing that
names a person; pages when there are many; reads the board again when an order moves; its keys."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.context import Services
from app.errors import PermissionDenied, StorageError
from app.orders import OrderInput, OrderStatus
from app.roles import Role
from app.settings import DealerInfo
from tests.app.factories import add_vehicle, open_order, ready_for_delivery
from tests.conftest import make_actor
from tests.ui.intake.support import deliver, sample_vehicle, setup_dealer
from tests.ui.lounge.support import make_lounge, move_to, workshop
from ui.lounge.actor import LOUNGE_ACTOR
from ui.lounge.lounge_window import LoungeWindow


def all_texts(window: LoungeWindow) -> list[str]:
    """Every label's text, shown or not, and the window's title."""
    return [window.windowTitle(), *(label.text() for label in window.findChildren(QLabel))]


def shown_lines(window: LoungeWindow) -> list[tuple[str, str, str, str]]:
    return [
        (line.cells[0].text(), line.cells[1].text(), line.cells[2].text(), line.cells[3].text())
        for line in window.lines
        if line.isVisibleTo(window)
    ]


def test_lists_the_workshop_masked_and_names_nobody(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    admin = make_actor(svc, Role.ADMIN)
    advisor = make_actor(svc, Role.ADVISOR)
    model = setup_dealer(svc, admin)
    now = svc.clock()  # 10:00 in Beijing
    ordinary = sample_vehicle(svc, admin, model, plate="粤B12345")
    nev = add_vehicle(svc, admin, model, plate="粤AD12345", owner="李四", phones=("13900001111",))
    unplated = add_vehicle(svc, admin, model, plate="", owner="王五", phones=("13700002222",))
    gone = add_vehicle(svc, admin, model, plate="粤B67890", owner="赵六", phones=("13600003333",))
    open_order(svc, advisor, ordinary, promised_at=now + dt.timedelta(hours=7, minutes=30))
    tomorrow = open_order(svc, advisor, nev, promised_at=now + dt.timedelta(days=1, hours=1))
    move_to(svc, advisor, tomorrow, OrderStatus.WAITING_PARTS)
    open_order(svc, advisor, unplated)
    deliver(svc, advisor, ready_for_delivery(svc, advisor, gone), 18600)  # delivered today: gone

    window = make_lounge(qtbot, svc)
    assert shown_lines(window) == [
        ("粤B·***45", "本田 雅阁", "待派工", "17:30"),
        ("粤A·***45", "本田 雅阁", "待料", "明天 11:00"),
        ("未上牌", "本田 雅阁", "待派工", "—"),
    ]
    assert window.dealer.text() == "华南本田汽车销售服务有限公司"
    assert window.clock.text() == "10:00"
    assert window.page_label.text() == ""  # one page
    texts = "\n".join(all_texts(window))
    secrets = ["张三", "李四", "王五", "赵六", "1381234", "13900001111", "13700002222", "12345", "67890"]
    secrets += [v.vin for v in (ordinary, nev, unplated, gone)] + [advisor.display_name, "***90"]
    assert [s for s in secrets if s in texts] == []


def test_pages_turn_when_more_cars_than_fit(qtbot: QtBot, sqlite_services: Services) -> None:
    shop = workshop(sqlite_services, 25)
    window = make_lounge(qtbot, sqlite_services, page_ms=150)
    per_page = window.rows_per_page
    assert 5 <= per_page < 25 and len(window.rows) == 25
    pages = -(-25 // per_page)
    assert window.page_count == pages and window.page_label.text() == f"第 1/{pages} 页"
    first = shown_lines(window)
    assert len(first) == per_page
    seen = [line[0] for line in first]
    for page in range(2, pages + 1):
        qtbot.waitUntil(lambda p=page: window.page_label.text() == f"第 {p}/{pages} 页", timeout=3000)
        seen += [line[0] for line in shown_lines(window)]
    assert len(seen) == 25 and len(set(seen)) == 25  # every car once (the last two characters differ)
    qtbot.waitUntil(lambda: window.page_label.text() == f"第 1/{pages} 页", timeout=3000)  # round again
    assert shown_lines(window) == first
    assert len(shop.orders) == 25


def test_more_lines_on_a_bigger_screen(qtbot: QtBot, sqlite_services: Services) -> None:
    workshop(sqlite_services, 3)
    window = make_lounge(qtbot, sqlite_services, size=(1366, 768))
    small = window.rows_per_page, window.unit
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.unit != small[1])
    assert window.unit > small[1] >= 30  # large type: a line is at least 30 pixels high at 768
    assert window.rows_per_page >= small[0]
    assert len(shown_lines(window)) == 3


def test_reads_the_board_again_when_an_order_moves(qtbot: QtBot, sqlite_services: Services) -> None:
    shop = workshop(sqlite_services, 1)
    window = make_lounge(qtbot, sqlite_services)
    assert [line[2] for line in shown_lines(window)] == ["待派工"]
    order = shop.orders[0]
    sqlite_services.orders.board.move(shop.advisor, order.id, order.version, OrderStatus.IN_REPAIR)
    assert [line[2] for line in shown_lines(window)] == ["待派工"]  # until it reads again
    window.refresh()
    assert [line[2] for line in shown_lines(window)] == ["维修中"]
    assert window.lines[0].cells[2].property("stage") == "in_repair"


def test_refreshes_by_itself_off_the_ui_thread(qtbot: QtBot, sqlite_services: Services) -> None:
    shop = workshop(sqlite_services, 2)
    window = LoungeWindow(sqlite_services, refresh_ms=50)  # its own ThreadTaskRunner
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: len(shown_lines(window)) == 2, timeout=5000)
    order = shop.orders[0]
    sqlite_services.orders.board.move(shop.advisor, order.id, order.version, OrderStatus.IN_REPAIR)
    qtbot.waitUntil(lambda: "维修中" in [line[2] for line in shown_lines(window)], timeout=5000)
    window.close()
    qtbot.waitUntil(lambda: not window._loading, timeout=5000)


def test_a_failed_read_keeps_the_cars_and_says_since_when(
    qtbot: QtBot, sqlite_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    workshop(sqlite_services, 2)
    window = make_lounge(qtbot, sqlite_services)
    before = shown_lines(window)

    def busy(*_args: object) -> None:
        raise StorageError("数据库正忙")

    monkeypatch.setattr(sqlite_services.orders.board, "board", busy)
    window.refresh()  # no message box: nobody is there to close it
    assert shown_lines(window) == before
    assert window.note.text() == "暂时无法更新，显示的是 10:00 的情况"
    monkeypatch.undo()
    window.refresh()
    assert window.note.text() == "如有疑问，请咨询您的服务顾问"


def test_keys_leave_full_screen_and_close(qtbot: QtBot, sqlite_services: Services) -> None:
    workshop(sqlite_services, 1)
    window = make_lounge(qtbot, sqlite_services)
    window.showFullScreen()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.isFullScreen()
    window.cover_screen()  # granted: nothing to do
    assert window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible() and not window.refresh_timer.isActive()


def test_the_lounge_may_read_the_board_and_nothing_else(sqlite_services: Services) -> None:
    shop = workshop(sqlite_services, 1)
    order = shop.orders[0]
    assert sqlite_services.orders.board.board(LOUNGE_ACTOR).column(OrderStatus.WAITING).cards
    with pytest.raises(PermissionDenied):
        sqlite_services.orders.board.move(LOUNGE_ACTOR, order.id, order.version, OrderStatus.IN_REPAIR)
    with pytest.raises(PermissionDenied):
        sqlite_services.orders.orders.open_order(
            LOUNGE_ACTOR, OrderInput(vehicle_id=order.vehicle_id, mileage_in=20000, job_types=("保养",))
        )
    with pytest.raises(PermissionDenied):
        sqlite_services.settings.update_dealer(LOUNGE_ACTOR, DealerInfo(name="别家"))
    with pytest.raises(PermissionDenied):
        sqlite_services.orders.orders.cancel_order(LOUNGE_ACTOR, order.id, order.version, "测试")


def test_covers_the_screen_when_full_screen_is_not_granted(qtbot: QtBot, sqlite_services: Services) -> None:
    """No window manager: the window is not full screen, so it takes its screen's whole size."""
    workshop(sqlite_services, 1)
    window = make_lounge(qtbot, sqlite_services, size=(800, 600))
    window.cover_screen()
    qtbot.waitUntil(lambda: window.geometry() == window.screen().geometry())
