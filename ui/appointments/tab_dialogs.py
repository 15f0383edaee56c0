"""The appointments tab's dialogs, one method each: 新建预约, 改期, 取消预约, 确认电话, 爽约原因,
预约设置. Each opens over the tab on the booking as read just now (its latest version), window-modal
without blocking; when it closes the tab says what was done, the booking stays selected and the
keyboard is back on the list."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from app.appointments import CONFIRM_OUTCOME_LABELS, Booking, ConfirmOutcome, Schedule
from app.roles import Permission
from ui.appointments.booking_dialog import BookingDialog
from ui.appointments.choices import advisors
from ui.appointments.handling_dialogs import CancelDialog, ConfirmDialog, MoveDialog, NoShowDialog
from ui.appointments.schedule_dialog import ScheduleDialog
from ui.appointments.texts import car_text, slot_moment
from ui.i18n import tr as _tr
from ui.labels_i18n import tr_label
from ui.reminders.people import Person

if TYPE_CHECKING:
    from ui.appointments.appointments_tab import AppointmentsTab


class TabDialogs:
    def __init__(self, tab: AppointmentsTab) -> None:
        self._tab = tab

    def _show_over(self, dialog: QDialog, closed: Callable[[], None]) -> None:
        tab = self._tab

        def finished(_result: int) -> None:
            closed()
            tab.table.setFocus()

        tab.show_dialog(dialog, finished)

    def _with_current(self, open_it: Callable[[Booking], None]) -> None:
        """The selected booking as stored now (another counter may have moved it), then open_it."""
        tab = self._tab
        booking = tab.current()
        if booking is None or tab.dialog is not None:
            return
        op = tab.ops.read(tab.appointments.get, tab.actor, booking.id)
        op.latest("dialog").success(lambda fresh: open_it(fresh) if tab.dialog is None else None).run()

    def new_booking(self) -> None:
        tab = self._tab
        if tab.dialog is not None:
            return
        day = tab.bar.chosen_day()
        dialog = BookingDialog(tab.services, tab.actor, slip=tab.slip, day=day, parent=tab, ops=tab.ops)

        def closed() -> None:
            booking = dialog.result_
            if booking is None:
                return
            tab.show_day(booking.slot_at.astimezone().date(), booking.id)
            tab.show_message(_tr("已预约 {0}：{1}").format(car_text(booking), slot_moment(booking.slot_at)))

        self._show_over(dialog, closed)

    def move(self) -> None:
        tab = self._tab

        def open_it(booking: Booking, people: tuple[Person, ...]) -> None:
            dialog = MoveDialog(tab.appointments, tab.actor, booking, people, tab.today, tab, tab.ops)

            def closed() -> None:
                moved = dialog.result_
                if moved is None:
                    return
                tab.show_day(moved.slot_at.astimezone().date(), moved.id)
                tab.show_message(
                    _tr("{0} 已改期：{1} → {2}").format(
                        car_text(moved), slot_moment(booking.slot_at), slot_moment(moved.slot_at)
                    )
                )

            self._show_over(dialog, closed)

        def with_people(booking: Booking) -> None:
            tab.ops.read(advisors, tab.services, tab.actor).success(
                lambda people: open_it(booking, people)
            ).run()

        self._with_current(with_people)

    def cancel(self) -> None:
        tab = self._tab

        def open_it(booking: Booking) -> None:
            dialog = CancelDialog(tab.appointments, tab.actor, booking, tab, tab.ops)

            def closed() -> None:
                if dialog.result_ is not None:
                    tab.select_booking(dialog.result_.id)
                    tab.show_message(_tr("已取消 {0} 的预约").format(car_text(dialog.result_)))

            self._show_over(dialog, closed)

        self._with_current(open_it)

    def confirm(self) -> None:
        tab = self._tab

        def open_it(booking: Booking) -> None:
            dialog = ConfirmDialog(tab.appointments, tab.actor, booking, tab, tab.ops)

            def closed() -> None:
                result = dialog.result_
                if result is None or result.confirmation is None:
                    return
                tab.select_booking(result.id)
                tab.show_message(
                    _tr("已记录 {0} 的确认电话：{1}").format(
                        car_text(result), tr_label(CONFIRM_OUTCOME_LABELS[result.confirmation])
                    )
                )
                # The customer asked for another day, or to cancel: that dialog follows at once.
                if result.confirmation is ConfirmOutcome.WANTS_MOVE:
                    self.move()
                elif result.confirmation is ConfirmOutcome.WILL_CANCEL:
                    self.cancel()

            self._show_over(dialog, closed)

        self._with_current(open_it)

    def no_show_reason(self) -> None:
        tab = self._tab

        def open_it(booking: Booking) -> None:
            dialog = NoShowDialog(tab.appointments, tab.actor, booking, tab, tab.ops)

            def closed() -> None:
                if dialog.result_ is not None:
                    tab.select_booking(dialog.result_.id)
                    tab.show_message(_tr("已记录 {0} 的爽约原因").format(car_text(dialog.result_)))

            self._show_over(dialog, closed)

        self._with_current(open_it)

    def edit_schedule(self) -> None:
        tab = self._tab
        if not tab.actor.can(Permission.MANAGE_APPOINTMENTS) or tab.dialog is not None:
            return

        def show(schedule: Schedule) -> None:
            dialog = ScheduleDialog(tab.appointments, tab.actor, schedule, tab, tab.ops)

            def closed() -> None:
                if dialog.result_ is not None:
                    tab.show_message(_tr("预约设置已保存"))
                    tab.reload()

            self._show_over(dialog, closed)

        tab.ops.read(tab.appointments.schedule, tab.actor).success(show).run()
