"""Driving the intake and board tabs from tests: typing Chinese, answering message boxes, data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.context import Services
from app.orders import DeliveryInput, OrderInfo, OrderStatus
from app.roles import Actor
from app.settings import DealerInfo
from app.vehicles import ModelInfo, VehicleInfo
from tests.app.factories import add_model, add_vehicle, labour, open_order, part


def type_text(widget: QWidget, text: str) -> None:
    """Types text into the focused widget character by character, Chinese included.

    qtbot.keyClicks cannot send Chinese (Qt asserts on the key mapping), so every character goes
    as a key event carrying its text, as an input method delivers it.
    """
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def enter(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def answer_next_box(button_text: str | None = None, seen: list[str] | None = None, delay_ms: int = 0) -> None:
    """Answers the next message box: clicks the button with that text (default: the default one)."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        if seen is not None:
            seen.append(box.text())
        target: QAbstractButton | None = box.defaultButton()
        if button_text is not None:
            target = next((b for b in box.buttons() if b.text() == button_text), None)
        assert target is not None, [b.text() for b in box.buttons()]
        target.click()

    QTimer.singleShot(delay_ms, answer)


def choose_in_next_menu(text_part: str, chosen: list[str] | None = None) -> None:
    """Picks the entry containing text_part in the next popup menu, with the keyboard."""

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, pick)
            return
        texts = [a.text() for a in menu.actions()]
        if chosen is not None:
            chosen.extend(texts)
        for action in menu.actions():
            if text_part in action.text():
                menu.setActiveAction(action)
                QApplication.sendEvent(
                    menu, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
                )
                return
        menu.close()
        raise AssertionError(f"{text_part!r} not in {texts}")

    QTimer.singleShot(0, pick)


def setup_dealer(svc: Services, admin: Actor) -> ModelInfo:
    svc.settings.update_dealer(admin, DealerInfo(name="华南本田汽车销售服务有限公司", code="GD0123"))
    return add_model(svc, admin, "本田", "雅阁")


def sample_vehicle(svc: Services, actor: Actor, model: ModelInfo, plate: str = "粤A12345") -> VehicleInfo:
    return add_vehicle(
        svc, actor, model, plate=plate, owner="张三", phones=("13812345678",),
        invoice_date=dt.date(2025, 3, 1), mileage=18000,
    )  # fmt: skip


def shot(qtbot: QtBot, screenshot: Callable[[QWidget, str], object], widget: QWidget, name: str) -> None:
    """A screenshot once pending layout and paint events have run (else the picture can be stale)."""
    qtbot.wait(30)
    QApplication.processEvents()
    screenshot(widget, name)


def wait_until(qtbot: QtBot, condition: Callable[[], object], timeout: int = 5000) -> None:
    qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)


def deliver(svc: Services, actor: Actor, order: OrderInfo, mileage_out: int) -> OrderInfo:
    """Takes an order across the board to delivered (the workshop's moves, then the handover)."""
    board = svc.orders.board
    for status in (OrderStatus.IN_REPAIR, OrderStatus.QUALITY_CHECK, OrderStatus.READY):
        order = board.move(actor, order.id, order.version, status)
    result = svc.orders.delivery.deliver(actor, order.id, order.version, DeliveryInput(mileage_out))
    return result.order


def vehicle_with_history(svc: Services, admin: Actor, advisor: Actor, model: ModelInfo) -> VehicleInfo:
    """A car back for the fourth time with the same air-conditioning complaint (a 三包 alert),
    three earlier visits delivered, spread over the last months."""
    clock = svc.clock
    now = clock()
    vehicle = sample_vehicle(svc, admin, model)
    for months_ago, km in ((9, 19000), (6, 22500), (3, 26000)):
        clock.now = now - dt.timedelta(days=30 * months_ago)  # type: ignore[attr-defined]
        order = open_order(
            svc, advisor, vehicle, mileage=km, jobs=("一般维修",), statement="空调不凉",
            lines=(labour("检修空调系统", code="AC01", hours="1.5", payer="warranty"),
                   part("空调压缩机", code="38810-RTA-A01", price=268000, payer="warranty")),
        )  # fmt: skip
        clock.now += dt.timedelta(hours=6)  # type: ignore[attr-defined]
        deliver(svc, advisor, order, km + 5)
    clock.now = now  # type: ignore[attr-defined]
    return svc.vehicles.vehicles.get(admin, vehicle.id)
