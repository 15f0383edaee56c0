"""The advisor's tab (接车开单): search on the left, the vehicle card on the right.

The common path without the mouse: type (or scan) in the search box, ↑↓ and Enter open the
vehicle; F2 creates a vehicle when there is none; F5 opens a repair order for the vehicle on the
card; Ctrl+P there saves and prints the intake sheet. F3 returns to the search box, F4 edits the
vehicle, Shift+F4 its owner, F6 goes to the vehicle's open orders (Enter opens one).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.context import Services
from app.errors import QiantaiError
from app.roles import Actor, Permission
from app.vehicles import LookupHit
from ui.errors import show_error
from ui.intake.customer_dialog import CustomerDialog
from ui.intake.import_dialog import ImportDialog
from ui.intake.order_dialog import OrderDialog
from ui.intake.print_flow import SheetPrinter
from ui.intake.search_panel import SearchPanel
from ui.intake.vehicle_card import VehicleCardPanel
from ui.intake.vehicle_dialog import VehicleDialog
from ui.tasks import TaskRunner, ThreadTaskRunner


class IntakeTab(QWidget):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intake_tab")
        self._services = services
        self._vehicles = services.vehicles
        self._orders = services.orders
        self._actor = actor
        self._runner: TaskRunner = runner or ThreadTaskRunner()
        self.dialog: QDialog | None = None  # the dialog open over the tab, if any
        self.printer = SheetPrinter(services, actor, self._runner, self.show_message)

        self.search = SearchPanel(lambda q: self._vehicles.lookup.search(actor, q), self)
        self.search.hit_chosen.connect(self.choose)
        self.card = VehicleCardPanel(self)
        self.card.open_order.connect(self.open_existing_order)

        self.new_vehicle_button = self._button(self.tr("新建车辆 (F2)"), "new_vehicle", self.new_vehicle)
        self.edit_vehicle_button = self._button(self.tr("编辑车辆 (F4)"), "edit_vehicle", self.edit_vehicle)
        self.edit_owner_button = self._button(self.tr("编辑车主 (Shift+F4)"), "edit_owner", self.edit_owner)
        self.new_order_button = self._button(self.tr("接车开单 (F5)"), "new_order", self.new_order)
        self.new_order_button.setStyleSheet("font-weight: bold;")
        self.import_button = self._button(self.tr("导入车辆…"), "import", self.import_vehicles)
        self.import_button.setVisible(actor.can(Permission.IMPORT_DATA))
        self.import_button.setToolTip(self.tr("从旧系统或厂家销售清单导入车辆和客户（CSV / Excel）"))
        self.message = QLabel(self)
        self.message.setObjectName("intake_message")

        for key, slot in (
            ("F2", self.new_vehicle),
            ("F3", self.search.focus_box),
            ("F4", self.edit_vehicle),
            ("Shift+F4", self.edit_owner),
            ("F5", self.new_order),
            ("F6", self.card.focus_open_orders),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        buttons = QHBoxLayout()
        for b in (
            self.new_order_button,
            self.new_vehicle_button,
            self.edit_vehicle_button,
            self.edit_owner_button,
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

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        return button

    def _update_buttons(self) -> None:
        has_card = self.card.card is not None
        for b in (self.edit_vehicle_button, self.edit_owner_button, self.new_order_button):
            b.setEnabled(has_card)

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    # -- picking a vehicle ------------------------------------------------------------------

    def choose(self, hit: LookupHit) -> None:
        if hit.vehicle_id is None:
            # A customer on file without a vehicle: add theirs.
            try:
                owner = self._vehicles.customers.get(self._actor, hit.customer_id)
            except QiantaiError as e:
                show_error(self, e)
                return
            self._open_vehicle_dialog(VehicleDialog(
                self._vehicles.vehicles, self._vehicles.customers, self._vehicles.models, self._actor,
                owner=owner, parent=self,
            ))  # fmt: skip
            return
        self.show_vehicle(hit.vehicle_id)

    def show_vehicle(self, vehicle_id: int) -> None:
        try:
            card = self._orders.cards.open(self._actor, vehicle_id)
        except QiantaiError as e:
            show_error(self, e)
            return
        self.card.show_card(card)
        self._update_buttons()
        v = card.vehicle
        self.show_message(
            self.tr("已打开 {0}：F5 接车开单，F4 编辑车辆，F3 返回搜索").format(v.plate_display or v.vin)
        )
        self.new_order_button.setFocus()

    def refresh_card(self) -> None:
        if self.card.card is not None:
            current = self.card.tabs.currentIndex()
            self.show_vehicle(self.card.card.vehicle.id)
            self.card.tabs.setCurrentIndex(current)

    # -- vehicles and owners ----------------------------------------------------------------

    def new_vehicle(self) -> None:
        if not self._actor.can(Permission.EDIT_VEHICLES):
            return
        self._open_vehicle_dialog(VehicleDialog(
            self._vehicles.vehicles, self._vehicles.customers, self._vehicles.models, self._actor,
            initial_text=self.search.box.text(), parent=self,
        ))  # fmt: skip

    def edit_vehicle(self) -> None:
        if self.card.card is None:
            return
        self._open_vehicle_dialog(VehicleDialog(
            self._vehicles.vehicles, self._vehicles.customers, self._vehicles.models, self._actor,
            vehicle=self.card.card.vehicle, parent=self,
        ))  # fmt: skip

    def _open_vehicle_dialog(self, dialog: VehicleDialog) -> None:
        def finished(_result: int) -> None:
            self.dialog = None
            if dialog.open_existing_id is not None:
                self.show_vehicle(dialog.open_existing_id)
            elif dialog.saved is not None:
                self.search.refresh()
                self.show_vehicle(dialog.saved.id)
            else:
                self.search.focus_box()

        self._show_dialog(dialog, finished)

    def edit_owner(self) -> None:
        if self.card.card is None:
            return
        dialog = CustomerDialog(self._vehicles.customers, self._actor, self.card.card.owner, self)

        def finished(_result: int) -> None:
            self.dialog = None
            if dialog.saved is not None:
                self.refresh_card()

        self._show_dialog(dialog, finished)

    # -- orders -----------------------------------------------------------------------------

    def new_order(self) -> None:
        card = self.card.card
        if card is None or not self._actor.can(Permission.RECEIVE_VEHICLES):
            return
        dialog = OrderDialog(
            self._orders.orders, self._actor, self._services.clock, card.vehicle, card.owner.name,
            print_sheet=self.printer, parent=self,
        )  # fmt: skip
        self._show_order_dialog(dialog)

    def open_existing_order(self, order_id: int) -> None:
        card = self.card.card
        if card is None:
            return
        try:
            order = self._orders.orders.get_order(self._actor, order_id)
        except QiantaiError as e:
            show_error(self, e)
            return
        dialog = OrderDialog(
            self._orders.orders, self._actor, self._services.clock, card.vehicle, card.owner.name,
            order=order, print_sheet=self.printer, parent=self,
        )  # fmt: skip
        self._show_order_dialog(dialog)

    def _show_order_dialog(self, dialog: OrderDialog) -> None:
        def finished(_result: int) -> None:
            self.dialog = None
            if dialog.order is not None:
                self.refresh_card()
            self.search.focus_box()

        self._show_dialog(dialog, finished)

    # -- import -----------------------------------------------------------------------------

    def import_vehicles(self) -> None:
        if not self._actor.can(Permission.IMPORT_DATA):
            return
        dialog = ImportDialog(self._vehicles.importer, self._actor, self._runner, self)

        def finished(_result: int) -> None:
            self.dialog = None
            if dialog.imported:
                self.search.refresh()

        self._show_dialog(dialog, finished)

    # -- dialogs ----------------------------------------------------------------------------

    def _show_dialog(self, dialog: QDialog, finished: Callable[[int], None]) -> None:
        """Window-modal and not blocking: the event loop (and tests) carry on while it is open."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(finished)
        dialog.open()
