"""The advisor's tab (接车开单): search on the left, the vehicle card on the right.

The common path without the mouse: type (or scan) in the search box, ↑↓ and Enter open the
vehicle; F2 creates a vehicle when there is none; F5 opens a repair order for the vehicle on the
card; Ctrl+P there saves and prints the intake sheet. F3 returns to the search box, F4 edits the
vehicle, Shift+F4 its owner, F6 goes to the vehicle's open orders (Enter opens one), Ctrl+B books
the car on the card (预约). The card shows the car's bookings still to come; when one is today, F5
opens the order from it (its details filled in, the booking marked arrived on saving), as does
到店开单 in the appointments tab (open_arrival).

Every read and write runs off the UI thread (BaseTab.ops). The card follows what other tabs and
counters' writes on this PC announce: a delivery on the board shows on the open card at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from app.appointments import ArrivalDraft
from app.changes import Change
from app.context import Services
from app.orders import OrderInfo, VehicleCard
from app.roles import Actor, Permission
from app.vehicles import CustomerInfo, LookupHit
from ui.base_tab import BaseTab
from ui.intake.booking_desk import BookingDesk
from ui.intake.customer_dialog import CustomerDialog
from ui.intake.import_dialog import ImportDialog
from ui.intake.order_dialog import OrderDialog
from ui.intake.print_flow import SheetPrinter
from ui.intake.search_panel import SearchPanel
from ui.intake.vehicle_card import VehicleCardPanel
from ui.intake.vehicle_dialog import VehicleDialog
from ui.operations import ChangeBus
from ui.tasks import TaskRunner


class IntakeTab(BaseTab):
    watches = frozenset(
        {Change.ORDERS, Change.VEHICLES, Change.CUSTOMERS, Change.REMINDERS, Change.MODELS}
        | {Change.APPOINTMENTS}
    )
    refresh_hidden = True  # one vehicle's card: cheap, and current when the advisor comes back

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(services, actor, parent, runner, bus)
        self.setObjectName("intake_tab")
        self._vehicles = services.vehicles
        self._orders = services.orders
        self.printer = SheetPrinter(services, actor, self.runner, self.show_message, self.bus)

        self.search = SearchPanel(lambda q: self._vehicles.lookup.search(actor, q), self.ops, self)
        self.search.hit_chosen.connect(self.choose)
        self.search.typing.connect(self._new_search)
        self.desk = BookingDesk(self)
        self.search.nothing_found.connect(self.desk.maybe_arriving)
        self.search.highlight_changed.connect(self._update_buttons)
        self.card = VehicleCardPanel(self)
        self.card.open_order.connect(self.open_existing_order)

        self.new_vehicle_button = self.add_button(
            self.tr("新建车辆 (F2)"), "new_vehicle", self.new_vehicle, "F2"
        )
        self.edit_vehicle_button = self.add_button(
            self.tr("编辑车辆 (F4)"), "edit_vehicle", self.edit_vehicle, "F4"
        )
        self.edit_owner_button = self.add_button(
            self.tr("编辑车主 (Shift+F4)"), "edit_owner", self.edit_owner, "Shift+F4"
        )
        self.new_order_button = self.add_button(self.tr("接车开单 (F5)"), "new_order", self.new_order, "F5")
        self.new_order_button.setStyleSheet("font-weight: bold;")
        self.book_button = self.add_button(self.tr("预约 (Ctrl+B)"), "book", self.book, "Ctrl+B")
        self.book_button.setVisible(actor.can(Permission.BOOK_APPOINTMENTS))
        self.import_button = self.add_button(self.tr("导入车辆…"), "import", self.import_vehicles)
        self.import_button.setVisible(actor.can(Permission.IMPORT_DATA))
        self.import_button.setToolTip(self.tr("从旧系统或厂家销售清单导入车辆和客户（CSV / Excel）"))
        self.message.setObjectName("intake_message")
        self.add_shortcut("F3", self.search.focus_box)
        self.add_shortcut("F6", self.card.focus_open_orders)

        buttons = QHBoxLayout()
        for b in (
            self.new_order_button,
            self.new_vehicle_button,
            self.edit_vehicle_button,
            self.edit_owner_button,
            self.book_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        split = QSplitter(self)
        split.addWidget(self.search)
        split.addWidget(self.card)
        # The results need room for plate, model, owner, phone, the whole VIN and the last visit.
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([640, 640])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        self._update_buttons()
        self.search.box.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown (the window opened, or the tab was picked): the cursor goes to the search box."""
        super().showEvent(event)
        if self.dialog is None:
            self.search.box.setFocus()

    def _update_buttons(self) -> None:
        has_target = self.card.card is not None or self._highlighted_vehicle() is not None
        for b in (self.edit_vehicle_button, self.edit_owner_button, self.new_order_button, self.book_button):
            b.setEnabled(has_target)

    def _new_search(self) -> None:
        """The advisor types a new search: the card of the last car goes, so no key acts on it."""
        self.desk.arriving = None
        if self.card.card is not None:
            self.card.show_card(None)
            self.show_message("")
        self._update_buttons()

    def _highlighted_vehicle(self) -> int | None:
        """The vehicle of the highlighted search row when it is not the card's (↑↓ moved on)."""
        if self.search.searching:
            return None
        hit = self.search.current_hit()
        card = self.card.card
        if hit is None or hit.vehicle_id is None or (card is not None and card.vehicle.id == hit.vehicle_id):
            return None
        return hit.vehicle_id

    def _on_target(self, act: Callable[[], None]) -> None:
        """F4, Shift+F4 and F5 act on the car the advisor sees highlighted: a search row other
        than the card's opens its card first; else the car on the card."""
        vehicle_id = self._highlighted_vehicle()
        if vehicle_id is None:
            act()
            return

        def shown(card: VehicleCard) -> None:
            self.show_card(card)
            act()

        self.ops.read(self._orders.cards.open, self.actor, vehicle_id).latest("card").success(shown).run()

    # -- refreshing -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Another part of the program changed orders, vehicles or reminders: the card follows."""
        self.refresh_card()

    def refresh_card(self) -> None:
        card = self.card.card
        if card is None:
            return
        current = self.card.tabs.currentIndex()

        def shown(fresh: VehicleCard) -> None:
            if self.card.card is None or self.card.card.vehicle.id != fresh.vehicle.id:
                return  # the advisor moved on to another car meanwhile
            self.card.show_card(fresh)
            self.card.tabs.setCurrentIndex(current)
            self.desk.read_bookings(fresh.vehicle.id)

        self.ops.read(self._orders.cards.open, self.actor, card.vehicle.id).latest("card").success(
            shown
        ).run()

    # -- picking a vehicle ------------------------------------------------------------------

    def choose(self, hit: LookupHit) -> None:
        if hit.vehicle_id is None:
            # A customer on file without a vehicle: add theirs.
            self.ops.read(self._vehicles.customers.get, self.actor, hit.customer_id).success(
                self._add_vehicle_for
            ).run()
            return
        self.show_vehicle(hit.vehicle_id)

    def _add_vehicle_for(self, owner: CustomerInfo) -> None:
        self._open_vehicle_dialog(VehicleDialog(
            self._vehicles.vehicles, self._vehicles.customers, self._vehicles.models, self.actor,
            owner=owner, parent=self, ops=self.ops,
        ))  # fmt: skip

    def show_vehicle(self, vehicle_id: int) -> None:
        self.ops.read(self._orders.cards.open, self.actor, vehicle_id).latest("card").success(
            self.show_card
        ).run()

    def show_card(self, card: VehicleCard) -> None:
        self.card.show_card(card)
        self.desk.read_bookings(card.vehicle.id)
        self.search.highlight_vehicle(card.vehicle.id)
        self._update_buttons()
        v = card.vehicle
        self.show_message(
            self.tr("已打开 {0}：F5 接车开单，F4 编辑车辆，F3 返回搜索").format(v.plate_display or v.vin)
        )
        self.new_order_button.setFocus()

    def today(self) -> dt.date:
        return self.services.clock().astimezone().date()

    # -- vehicles and owners ----------------------------------------------------------------

    def new_vehicle(self) -> None:
        if not self.actor.can(Permission.EDIT_VEHICLES):
            return
        if self.desk.arriving is not None and self.dialog is None:
            self.desk.add_arriving_vehicle(self.desk.arriving)  # a new caller's car, booked today
            return
        self._open_vehicle_dialog(VehicleDialog(
            self._vehicles.vehicles, self._vehicles.customers, self._vehicles.models, self.actor,
            initial_text=self.search.box.text(), parent=self, ops=self.ops,
        ))  # fmt: skip

    def edit_vehicle(self) -> None:
        self._on_target(self._edit_vehicle)

    def _edit_vehicle(self) -> None:
        if self.card.card is None:
            return
        self._open_vehicle_dialog(VehicleDialog(
            self._vehicles.vehicles, self._vehicles.customers, self._vehicles.models, self.actor,
            vehicle=self.card.card.vehicle, parent=self, ops=self.ops,
        ))  # fmt: skip

    def _open_vehicle_dialog(self, dialog: VehicleDialog) -> None:
        def finished(_result: int) -> None:
            if dialog.open_existing_id is not None:
                self.show_vehicle(dialog.open_existing_id)
            elif dialog.saved is not None:
                self.search.refresh()
                self.show_vehicle(dialog.saved.id)
            else:
                self.search.focus_box()

        self.show_dialog(dialog, finished)

    def edit_owner(self) -> None:
        self._on_target(self._edit_owner)

    def _edit_owner(self) -> None:
        if self.card.card is None:
            return
        dialog = CustomerDialog(
            self._vehicles.customers, self.actor, self.card.card.owner, self, ops=self.ops
        )
        self.show_dialog(dialog)  # a saved owner refreshes the card through the change it announces

    # -- orders -----------------------------------------------------------------------------

    def new_order(self) -> None:
        self._on_target(self._new_order)

    def _new_order(self) -> None:
        card = self.card.card
        if card is None or not self.actor.can(Permission.RECEIVE_VEHICLES) or self.dialog is not None:
            return
        booking = self.card.booking_today(self.today())
        if booking is not None:
            # The booked car arrived: the order is opened from its booking.
            op = self.ops.read(self.services.appointments.arrival, self.actor, booking.id)
            op.success(self.open_order_for).run()
            return
        self.open_order_for(None)

    def open_order_for(self, draft: ArrivalDraft | None) -> None:
        card = self.card.card
        if card is None or self.dialog is not None:
            return
        dialog = OrderDialog(
            self._orders.orders, self.actor, self.services.clock, card.vehicle, card.owner.name,
            print_sheet=self.printer, parent=self, ops=self.ops, draft=draft,
        )  # fmt: skip
        self._show_order_dialog(dialog)

    # -- bookings (ui/intake/booking_desk.py) ------------------------------------------------

    def open_arrival(self, draft: ArrivalDraft) -> None:
        """A booked car arrived (到店开单 in the appointments tab): its card, and the order dialog
        filled from the booking; a new caller's car is put on file first."""
        self.desk.open_arrival(draft)

    def book(self) -> None:
        self._on_target(self.desk.book)

    def open_existing_order(self, order_id: int) -> None:
        card = self.card.card
        if card is None:
            return

        def show(order: OrderInfo) -> None:
            dialog = OrderDialog(
                self._orders.orders, self.actor, self.services.clock, card.vehicle, card.owner.name,
                order=order, print_sheet=self.printer, parent=self, ops=self.ops,
            )  # fmt: skip
            self._show_order_dialog(dialog)

        self.ops.read(self._orders.orders.get_order, self.actor, order_id).success(show).run()

    def _show_order_dialog(self, dialog: OrderDialog) -> None:
        self.show_dialog(dialog, lambda _result: self.search.focus_box())

    # -- import -----------------------------------------------------------------------------

    def import_vehicles(self) -> None:
        if not self.actor.can(Permission.IMPORT_DATA):
            return
        dialog = ImportDialog(self._vehicles.importer, self.actor, self.runner, self, ops=self.ops)

        def finished(_result: int) -> None:
            if dialog.imported:
                self.search.refresh()

        self.show_dialog(dialog, finished)
