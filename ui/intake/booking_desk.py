"""The intake tab's bookings: the car on the card's bookings still to come (its own reading),
Ctrl+B to book the car on screen, and the booked car's arrival: the card, then the order dialog
filled from the booking (ArrivalDraft, appointment_id set). A new caller's booking has no car on
file yet: the plate typed or scanned finds nothing, the tab says the customer is booked today,
and F2 puts the car on file (plate, name and phone from the booking) before the order opens."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from app.appointments import ArrivalDraft, Booking
from app.orders import VehicleCard
from app.roles import Permission
from ui.appointments.booking_dialog import BookingDialog
from ui.appointments.car_finder import KnownCar
from ui.appointments.slip import SlipPrinter
from ui.i18n import tr as _tr
from ui.intake.vehicle_dialog import VehicleDialog
from ui.printing.document_flow import DocumentFlow
from ui.tasks import TaskControl

if TYPE_CHECKING:
    from ui.intake.intake_tab import IntakeTab


class BookingDesk:
    def __init__(self, tab: IntakeTab) -> None:
        self._tab = tab
        self.slip = SlipPrinter(DocumentFlow(tab.services, tab.actor, tab.runner, tab.show_message, tab.bus))
        self.arriving: ArrivalDraft | None = None  # a new caller booked for today, for F2

    def may_book(self) -> bool:
        return self._tab.actor.can(Permission.BOOK_APPOINTMENTS)

    def read_bookings(self, vehicle_id: int) -> None:
        """The car's bookings still to come, on its card (off the UI thread)."""
        tab = self._tab
        if not self.may_book():
            return

        def shown(bookings: tuple[Booking, ...]) -> None:
            card = tab.card.card
            if card is not None and card.vehicle.id == vehicle_id:
                tab.card.show_bookings(bookings, tab.today())

        op = tab.ops.read(tab.services.appointments.for_vehicle, tab.actor, vehicle_id)
        op.latest("bookings").success(shown).run()

    def book(self) -> None:
        """新建预约 for the car on the card."""
        tab = self._tab
        card = tab.card.card
        if card is None or not self.may_book() or tab.dialog is not None:
            return
        v, owner = card.vehicle, card.owner
        phone = owner.phones[0].masked if owner.phones else ""
        car = KnownCar(v.id, v.plate_display or v.vin, v.model.display, owner.name, phone)
        dialog = BookingDialog(tab.services, tab.actor, car=car, slip=self.slip, parent=tab, ops=tab.ops)

        def finished(_result: int) -> None:
            if dialog.result_ is not None:
                tab.show_message(_tr("已为 {0} 预约").format(car.plate))
            tab.search.focus_box()

        tab.show_dialog(dialog, finished)

    # -- arrival ----------------------------------------------------------------------------

    def open_arrival(self, draft: ArrivalDraft) -> None:
        tab = self._tab
        if tab.dialog is not None:
            tab.show_message(_tr("请先关闭打开的窗口，再按预约开单"))
            return
        if draft.vehicle_id is None:
            self.add_arriving_vehicle(draft)
            return

        def shown(card: VehicleCard) -> None:
            tab.show_card(card)
            tab.open_order_for(draft)

        tab.ops.read(tab.services.orders.cards.open, tab.actor, draft.vehicle_id).success(shown).run()

    def add_arriving_vehicle(self, draft: ArrivalDraft) -> None:
        tab = self._tab
        if not tab.actor.can(Permission.EDIT_VEHICLES):
            return
        vehicles = tab.services.vehicles
        dialog = VehicleDialog(
            vehicles.vehicles, vehicles.customers, vehicles.models, tab.actor,
            initial_text=draft.plate, parent=tab, ops=tab.ops,
        )  # fmt: skip
        dialog.owner_name.setText(draft.name)  # as the caller gave them
        dialog.owner_phone.setText(draft.phone)
        tab.show_message(_tr("{0} 是新客户：先登记车辆，保存后按预约开单").format(draft.plate))

        def finished(_result: int) -> None:
            self.arriving = None
            if dialog.saved is None:
                tab.search.focus_box()
                return
            tab.search.refresh()
            self.open_arrival(replace(draft, vehicle_id=dialog.saved.id))

        tab.show_dialog(dialog, finished)

    def maybe_arriving(self, text: str) -> None:
        """Nothing on file for the plate or phone typed: a new caller booked for today, maybe."""
        tab = self._tab
        if not (self.may_book() and tab.actor.can(Permission.RECEIVE_VEHICLES)):
            return
        appointments, actor = tab.services.appointments, tab.actor

        def load(_control: TaskControl) -> ArrivalDraft | None:
            new_callers = [b for b in appointments.find_arriving(actor, text) if b.vehicle_id is None]
            return appointments.arrival(actor, new_callers[0].id) if new_callers else None

        def found(draft: ArrivalDraft | None) -> None:
            if draft is None or tab.search.box.text().strip() != text:
                return
            self.arriving = draft
            tab.show_message(
                _tr("{0} 今天有预约（新客户）：按 F2 登记车辆，保存后按预约开单").format(draft.plate)
            )

        tab.ops.task(load).latest("arriving").success(found).run()
