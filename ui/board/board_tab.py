"""The service board tab (维修看板): every open order and today's deliveries, by status.

Keyboard: ↑↓ pick an order, F7 (or the context menu key) lists the statuses it may move to,
F8 delivers a ready order, Enter opens the order, Ctrl+M annotates, Del cancels (with a reason),
F5 reloads. Under the orders, the booked cars still to come today (the late ones amber).
Several counters see the same board: a timer asks the service for the board's change
token every few seconds and reloads only when it changed (and at least once a minute, so late
marks follow the clock).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.changes import Change
from app.context import Services
from app.errors import Conflict, QiantaiError
from app.orders import STATUS_LABELS, Board, BoardCard, DeliveryResult, OrderInfo, OrderStatus
from app.roles import Actor, Permission
from app.vehicles import VehicleInfo
from ui.base_tab import BaseTab
from ui.board.board_model import BoardModel, board_rows
from ui.board.deliver_dialog import DeliverDialog, next_service_text
from ui.board.to_come import ToComePanel
from ui.errors import show_error
from ui.i18n import localized
from ui.intake.order_actions import AnnotateDialog, CancelDialog
from ui.intake.order_dialog import OrderDialog
from ui.intake.print_flow import SheetPrinter
from ui.labels_i18n import tr_label
from ui.operations import ChangeBus
from ui.tasks import TaskControl, TaskRunner
from ui.time_format import local_datetime

POLL_MS = 4000
FULL_RELOAD_S = 60.0
RESIZE_PRECISION_ROWS = 50


class BoardTab(BaseTab):
    # Deliveries and moves change orders; a vehicle's plate or owner shows on its card.
    watches = frozenset({Change.ORDERS, Change.VEHICLES, Change.CUSTOMERS, Change.APPOINTMENTS})
    refresh_hidden = True  # the poll keeps it current anyway: a change need not wait for a show

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
        bus: ChangeBus | None = None,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(services, actor, parent, runner, bus)
        self.setObjectName("board_tab")
        self._services = services
        self._vehicles = services.vehicles
        self._orders = services.orders
        self._actor = actor
        self.board: Board | None = None
        self._loaded_at = 0.0
        self._loading = False  # a reload is under way
        self._reload_again = False  # asked for while one was under way
        self.printer = SheetPrinter(services, actor, self.runner, self.show_message, self.bus)
        self.can_change = actor.can(Permission.RECEIVE_VEHICLES)

        self.summary = QLabel(self)
        self.summary.setObjectName("board_summary")
        self.summary.setStyleSheet("font-size: 14px;")
        self.model = BoardModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("board_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Column widths from the first rows only: measuring every card of a busy day on each
        # change cost more than the board query itself.
        header.setResizeContentsPrecision(RESIZE_PRECISION_ROWS)
        header.setStretchLastSection(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        self.move_button = self.add_button(self.tr("改状态 (F7)"), "move", self.show_moves, "F7")
        self.deliver_button = self.add_button(self.tr("交车 (F8)"), "deliver", self.deliver, "F8")
        self.open_button = self.add_button(self.tr("打开工单 (Enter)"), "open_order", self.open_order)
        self.note_button = self.add_button(self.tr("备注 (Ctrl+M)"), "annotate", self.annotate, "Ctrl+M")
        self.cancel_button = self.add_button(
            self.tr("取消工单 (Del)"), "cancel_order", self.cancel_order, "Del"
        )
        self.refresh_button = self.add_button(self.tr("刷新 (F5)"), "refresh", self.reload, "F5")
        self.to_come = ToComePanel(self)
        self.message.setObjectName("board_message")

        # The counts on a line of their own (wrapping when long), so the buttons never push the
        # window wider than a 1024-pixel screen.
        self.summary.setWordWrap(True)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        buttons = QHBoxLayout()
        for b in (
            self.move_button,
            self.deliver_button,
            self.open_button,
            self.note_button,
            self.cancel_button,
            self.refresh_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.to_come)
        layout.addWidget(self.message)

        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.poll)
        self.reload()
        self.timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        """Picked: fresh data, and the keyboard on the table."""
        super().showEvent(event)
        if self.dialog is None:
            self.reload()
            self.table.setFocus()

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """A write somewhere changed orders: read the board again."""
        self.reload()

    def reload(self) -> None:
        """Reads the board off the UI thread and shows it, keeping the selection. A reload asked
        for while one is under way runs once that one is in."""
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        self.ops.read(self._orders.board.board, self._actor).success(self._show_board).failure(
            self._refresh_failed
        ).finally_(self._loaded).run()

    def _loaded(self) -> None:
        self._loading = False
        if self._reload_again:
            self._reload_again = False
            self.reload()

    def _refresh_failed(self, error: BaseException) -> None:
        if not isinstance(error, QiantaiError):
            show_error(self, error)  # a bug: logged and shown with its details
            return
        self.show_message(self.tr("看板未能刷新：{0}").format(localized(error.message)))

    def _show_board(self, board: Board) -> None:
        selected = self.selected()
        self.board = board
        self._loaded_at = time.monotonic()
        self.model.set_rows(board_rows(board))
        self.summary.setText(self._summary(board))
        self.to_come.show_bookings(board.to_come)
        row = self.model.row_of(selected.order_id) if selected is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def poll(self) -> None:
        """The timer: reloads when another counter changed something, or the minute turned.
        The token is read off the UI thread too: a busy database never stalls the window."""
        if self.dialog is not None or self._loading:
            return  # not under the advisor's hands while a dialog on the board is open
        self.ops.read(self._orders.board.change_token, self._actor).latest("poll").success(
            self._token_read
        ).failure(lambda _error: None).run()  # the next tick tries again

    def _token_read(self, token: str) -> None:
        stale = time.monotonic() - self._loaded_at > FULL_RELOAD_S
        if self.board is None or token != self.board.token or stale:
            self.reload()

    def _summary(self, board: Board) -> str:
        parts = [f"{tr_label(c.label)} {len(c.cards)}" for c in board.columns]
        text = "　".join(parts)
        if board.late_count:
            text += self.tr("　超时 {0}").format(board.late_count)
        if board.to_come:
            text += self.tr("　预约待到 {0}").format(len(board.to_come))
        return text

    # -- selection --------------------------------------------------------------------------

    def selected(self) -> BoardCard | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def select_order(self, order_id: int) -> bool:
        row = self.model.row_of(order_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _update_buttons(self) -> None:
        card = self.selected()
        open_card = card is not None and card.status is not OrderStatus.DELIVERED
        self.move_button.setEnabled(self.can_change and open_card and bool(card and card.allowed_moves))
        self.deliver_button.setEnabled(
            self.can_change and card is not None and card.status is OrderStatus.READY
        )
        self.open_button.setEnabled(card is not None)
        self.note_button.setEnabled(card is not None)
        self.cancel_button.setEnabled(self.can_change and open_card)

    # -- moves ------------------------------------------------------------------------------

    def move_actions(self, card: BoardCard, menu: QMenu) -> list[QAction]:
        """One action per allowed move (only those: illegal moves are never offered)."""
        actions = []
        for n, status in enumerate(card.allowed_moves, start=1):
            action = menu.addAction(f"&{n} " + self.tr("改为：{0}").format(tr_label(STATUS_LABELS[status])))
            action.setData(status.value)
            action.triggered.connect(lambda _checked=False, s=status: self.move_to(s))
            actions.append(action)
        return actions

    def show_moves(self) -> None:
        card = self.selected()
        if card is None or not self.can_change or not card.allowed_moves:
            return
        menu = QMenu(self)
        menu.setObjectName("moves_menu")
        self.move_actions(card, menu)
        self._run_menu(menu, self._menu_position())

    def _menu_position(self) -> QPoint:
        rect = self.table.visualRect(self.table.currentIndex())
        return self.table.viewport().mapToGlobal(rect.bottomLeft())

    def move_to(self, status: OrderStatus) -> None:
        card = self.selected()
        if card is None:
            return

        def moved(order: OrderInfo) -> None:
            # The board reloads through the change it announces; the selection follows the order.
            self.show_message(
                self.tr("{0}（{1}）已改为：{2}").format(
                    order.ro_number, card.plate_display, tr_label(order.status_label)
                )
            )

        def failed(error: BaseException) -> None:
            show_error(self, error)
            if isinstance(error, Conflict):
                self.reload()

        self.ops.write(self._orders.board.move, self._actor, card.order_id, card.version, status).success(
            moved
        ).failure(failed).run()

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        card = self.selected()
        if card is None:
            return
        menu = QMenu(self)
        if self.can_change and card.status is not OrderStatus.DELIVERED:
            self.move_actions(card, menu)
            menu.addSeparator()
        for button in (self.deliver_button, self.open_button, self.note_button, self.cancel_button):
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        self._run_menu(menu, self.table.viewport().mapToGlobal(pos))

    def _run_menu(self, menu: QMenu, at: QPoint) -> None:
        menu.exec(at)
        menu.deleteLater()
        # Back to the board (some platforms leave the closed popup as the active window).
        self.window().activateWindow()
        self.table.setFocus()

    # -- dialogs ----------------------------------------------------------------------------

    def _activated(self, _index: QModelIndex) -> None:
        self.open_order()

    def open_order(self) -> None:
        card = self.selected()
        if card is None:
            return

        def load(_control: TaskControl) -> tuple[OrderInfo, VehicleInfo]:
            order = self._orders.orders.get_order(self._actor, card.order_id)
            return order, self._vehicles.vehicles.get(self._actor, card.vehicle_id)

        def show(loaded: tuple[OrderInfo, VehicleInfo]) -> None:
            order, vehicle = loaded
            dialog = OrderDialog(
                self._orders.orders, self._actor, self._services.clock, vehicle, card.owner_name,
                order=order, print_sheet=self.printer, parent=self, ops=self.ops,
            )  # fmt: skip
            self._show_dialog(dialog, card.order_id)

        self.ops.task(load).success(show).run()

    def deliver(self) -> None:
        card = self.selected()
        if card is None or card.status is not OrderStatus.READY or not self.can_change:
            return

        def show(order: OrderInfo) -> None:
            dialog = DeliverDialog(
                self._orders.delivery, self._actor, self._services.clock, order,
                f"{card.plate_display}　{card.model}　{card.owner_name}",
                print_sheet=self.printer, parent=self, ops=self.ops,
            )  # fmt: skip

            def delivered() -> None:
                if dialog.result_ is not None:
                    self._say_delivered(dialog.result_, card.plate_display)

            self._show_dialog(dialog, card.order_id, delivered)

        self.ops.read(self._orders.orders.get_order, self._actor, card.order_id).success(show).run()

    def _say_delivered(self, result: DeliveryResult, plate: str) -> None:
        """The status line tells what the delivery did, not what was said before it."""
        order = result.order
        self.show_message(
            self.tr("已交车 {0}　{1}（{2}）。").format(
                order.ro_number, plate, local_datetime(order.delivered_at)
            )
            + next_service_text(result.next_service)
        )

    def annotate(self) -> None:
        card = self.selected()
        if card is None:
            return
        dialog = AnnotateDialog(
            self._orders.orders, self._actor, card.order_id, card.ro_number, self, self.ops
        )
        self._show_dialog(dialog, card.order_id)

    def cancel_order(self) -> None:
        card = self.selected()
        if card is None or card.status is OrderStatus.DELIVERED or not self.can_change:
            return
        dialog = CancelDialog(
            self._orders.orders, self._actor, card.order_id, card.version, card.ro_number, self, self.ops
        )
        self._show_dialog(dialog, card.order_id)

    def _show_dialog(self, dialog: QDialog, order_id: int, after: Callable[[], None] | None = None) -> None:
        """Window-modal but not blocking. What the dialog saved reloads the board through the
        change it announced; closing it brings the keyboard back to the same order."""

        def finished(_result: int) -> None:
            self.select_order(order_id)
            self.table.setFocus()
            if after is not None:
                after()

        self.show_dialog(dialog, finished)
