"""The appointments tab (预约): a day's bookings by time with their state (已预约, 已迟到 amber,
已到店 green, 爽约 red, 已取消 grey), the selected one's details and history below; 明日确认
(Alt+2) lists tomorrow's bookings still to come, those not yet confirmed first, for the calls
of the day before.

Keyboard: Ctrl+N 新建预约, Ctrl+M 改期, Del 取消预约, Ctrl+R 记录确认电话, Ctrl+E 爽约原因,
Ctrl+P 打印预约单, Enter on today's booking 到店开单 (the 接车开单 tab opens the order filled
from the booking; in 明日确认 Enter records the call), Ctrl+T today, Alt+← / Alt+→ a day back
or on, Alt+1 / Alt+2 the two lists, F5 reads again. The list reads again whenever a booking
changes anywhere (Change.APPOINTMENTS) and every minute (a booking turns late with the clock)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from app.appointments import BOOKING_STATE_LABELS, ArrivalDraft, Booking, BookingEvent, BookingState
from app.changes import Change
from app.context import Services
from app.roles import Actor, Permission
from ui.appointments.bookings_model import WORDS_COLUMN, BookingsModel
from ui.appointments.date_bar import DateBar, Mode
from ui.appointments.detail_panel import DetailPanel
from ui.appointments.slip import SlipPrinter
from ui.appointments.tab_dialogs import TabDialogs
from ui.base_tab import BaseTab
from ui.claims.page_kit import read_only_table
from ui.labels_i18n import tr_label
from ui.operations import ChangeBus
from ui.printing.document_flow import DocumentFlow
from ui.tasks import TaskControl, TaskRunner

CLOCK_TICK_MS = 60_000
COUNTED = (
    BookingState.BOOKED,
    BookingState.LATE,
    BookingState.ARRIVED,
    BookingState.NO_SHOW,
    BookingState.CANCELLED,
)


@dataclass(frozen=True)
class Loaded:
    day: dt.date
    mode: Mode
    bookings: tuple[Booking, ...]


class AppointmentsTab(BaseTab):
    watches = frozenset({Change.APPOINTMENTS, Change.ORDERS, Change.VEHICLES, Change.CUSTOMERS, Change.USERS})
    arrival_requested = Signal(object)  # ArrivalDraft: the main window opens the order in 接车开单

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(services, actor, parent, runner, bus)
        self.setObjectName("appointments_tab")
        self.appointments = services.appointments
        self.today = self._today()
        self._wanted: int | None = None  # to select once a reading has it (one just saved)
        self.flow = DocumentFlow(services, actor, self.runner, self.show_message, self.bus)
        self.slip = SlipPrinter(self.flow)
        self.dialogs = TabDialogs(self)
        self.bar = DateBar(self.today, self.reload, self)
        self.count = QLabel(self)
        self.count.setObjectName("appointments_count")
        self.model = BookingsModel(self)
        self.table = read_only_table(self, self.model, "appointments_table", stretch=WORDS_COLUMN)
        self.table.activated.connect(lambda _index: self.arrive())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        self.detail = DetailPanel(self)

        self.new_button = self.add_button(
            self.tr("新建预约 (Ctrl+N)"), "appointment_new", self.new_booking, "Ctrl+N"
        )
        self.arrive_button = self.add_button(self.tr("到店开单 (Enter)"), "appointment_arrive", self.arrive)
        self.arrive_button.setStyleSheet("font-weight: bold;")
        self.move_button = self.add_button(
            self.tr("改期 (Ctrl+M)"), "appointment_move", self.move_booking, "Ctrl+M"
        )
        self.cancel_button = self.add_button(self.tr("取消预约 (Del)"), "appointment_cancel", self.cancel)
        # Del on the list alone: in a field it keeps its own meaning.
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.cancel)
        self.confirm_button = self.add_button(
            self.tr("确认电话 (Ctrl+R)"), "appointment_confirm", self.confirm, "Ctrl+R"
        )
        self.no_show_button = self.add_button(
            self.tr("爽约原因 (Ctrl+E)"), "appointment_no_show", self.no_show_reason, "Ctrl+E"
        )
        self.print_button = self.add_button(
            self.tr("打印预约单 (Ctrl+P)"), "appointment_print", self.print_slip, "Ctrl+P"
        )
        self.schedule_button = self.add_button(
            self.tr("预约设置…"), "appointment_schedule", self.edit_schedule
        )
        self.schedule_button.setVisible(actor.can(Permission.MANAGE_APPOINTMENTS))
        self.refresh_button = self.add_button(
            self.tr("刷新 (F5)"), "appointments_refresh", self.refresh, "F5"
        )
        self.add_shortcut("Ctrl+T", lambda: self.bar.set_day(self.today))
        self.add_shortcut("Alt+Left", lambda: self.bar.step(-1))
        self.add_shortcut("Alt+Right", lambda: self.bar.step(1))
        self.add_shortcut("Alt+1", lambda: self.choose_mode(Mode.DAY))
        self.add_shortcut("Alt+2", lambda: self.choose_mode(Mode.CONFIRM))
        self.message.setObjectName("appointments_message")

        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(CLOCK_TICK_MS)
        self.clock_timer.timeout.connect(self.tick)
        self.clock_timer.start()
        self._build_layout()
        self.refresh()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.bar, 1)
        top.addWidget(self.schedule_button)
        top.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        for button in (
            self.new_button,
            self.arrive_button,
            self.move_button,
            self.cancel_button,
            self.confirm_button,
            self.no_show_button,
            self.print_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("appointments_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        counts = QHBoxLayout()
        counts.addWidget(self.bar.kind_caption)
        counts.addWidget(self.bar.kind)
        counts.addSpacing(12)
        counts.addWidget(self.count, 1)
        layout.addLayout(counts)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    def _today(self) -> dt.date:
        return self.services.clock().astimezone().date()

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        appointments, actor = self.appointments, self.actor
        mode, day = self.bar.mode(), self.bar.chosen_day()

        def load(_control: TaskControl) -> Loaded:
            if mode is Mode.CONFIRM:
                return Loaded(day, mode, appointments.to_confirm(actor, day))
            return Loaded(day, mode, appointments.bookings(actor, day))

        self.ops.task(load).latest("list").success(self._show).run()

    def _show(self, loaded: Loaded) -> None:
        current = self.current()
        row_before = self.table.currentIndex().row()
        kind = self.bar.chosen_kind()
        rows = [b for b in loaded.bookings if kind is None or b.work_kind is kind]
        self.model.set_rows(rows)
        self.count.setText(self._count_text(loaded, rows))
        row = self.model.row_of(self._wanted) if self._wanted is not None else None
        if row is not None:
            self._wanted = None
        if row is None and current is not None:
            row = self.model.row_of(current.id)
        if row is None and rows:
            row = min(max(row_before, 0), len(rows) - 1)
        if row is not None:
            self.table.selectRow(row)
        self._current_changed(force=True)

    def _count_text(self, loaded: Loaded, rows: list[Booking]) -> str:
        if loaded.mode is Mode.CONFIRM:
            waiting = sum(1 for b in rows if b.confirmation is None)
            return self.tr("{0} 明天 {1} 个预约待到店，{2} 个尚未确认").format(
                loaded.day.isoformat(), len(rows), waiting
            )
        counts = Counter(b.state for b in rows)
        parts = [f"{tr_label(BOOKING_STATE_LABELS[s])} {counts[s]}" for s in COUNTED if counts[s]]
        text = self.tr("{0} 共 {1} 个预约").format(loaded.day.isoformat(), len(rows))
        return self.tr("{0}：{1}").format(text, "　".join(parts)) if parts else text

    def tick(self) -> None:
        """The clock moved on: a booking turns late, and after midnight 今天 is another day."""
        today = self._today()
        if today != self.today:
            self.today = today
            self.bar.set_today(today)
        if self.isVisible() and self.dialog is None:
            self.reload()

    def choose_mode(self, mode: Mode) -> None:
        self.bar.choose_mode(mode)
        self.table.setFocus()

    def show_day(self, day: dt.date, booking_id: int | None = None) -> None:
        """The day's list with that booking selected once it is read."""
        self._wanted = booking_id
        self.bar.show_day(day)

    # -- selection ----------------------------------------------------------------------------

    def current(self) -> Booking | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def select_booking(self, booking_id: int) -> bool:
        row = self.model.row_of(booking_id)
        if row is None:
            self._wanted = booking_id
            return False
        self.table.selectRow(row)
        return True

    def _current_changed(self, force: bool = False) -> None:
        booking = self.current()
        self._update_buttons()
        if booking is None:
            self.detail.show_booking(None)
            return
        shown = self.detail.booking
        if not force and shown is not None and shown.id == booking.id and shown.version == booking.version:
            return
        op = self.ops.read(self.appointments.history, self.actor, booking.id)
        op.latest("history").success(lambda events: self._show_history(booking, events)).run()

    def _show_history(self, booking: Booking, events: tuple[BookingEvent, ...]) -> None:
        current = self.current()
        if current is None or current.id != booking.id:
            return
        self.detail.show_booking(current, events)

    def _update_buttons(self) -> None:
        b = self.current()
        open_ = b is not None and b.state in (BookingState.BOOKED, BookingState.LATE)
        self.arrive_button.setEnabled(
            open_ and b is not None and b.slot_at.astimezone().date() == self.today and self.can_open_orders()
        )
        for button in (self.move_button, self.cancel_button, self.confirm_button):
            button.setEnabled(open_)
        self.no_show_button.setEnabled(b is not None and b.state is BookingState.NO_SHOW)
        self.print_button.setEnabled(open_)

    def can_open_orders(self) -> bool:
        return self.actor.can(Permission.RECEIVE_VEHICLES)

    # -- actions ----------------------------------------------------------------------------

    def new_booking(self) -> None:
        self.dialogs.new_booking()

    def move_booking(self) -> None:
        if self.move_button.isEnabled():
            self.dialogs.move()

    def cancel(self) -> None:
        if self.cancel_button.isEnabled():
            self.dialogs.cancel()

    def confirm(self) -> None:
        if self.confirm_button.isEnabled():
            self.dialogs.confirm()

    def no_show_reason(self) -> None:
        if self.no_show_button.isEnabled():
            self.dialogs.no_show_reason()

    def edit_schedule(self) -> None:
        self.dialogs.edit_schedule()

    def print_slip(self) -> None:
        booking = self.current()
        if booking is not None and self.print_button.isEnabled():
            self.slip.print(self, booking)

    def arrive(self) -> None:
        """Enter on today's booking: its car arrived; the order opens in 接车开单, filled in."""
        booking = self.current()
        if booking is None or self.dialog is not None:
            return
        if self.bar.mode() is Mode.CONFIRM:
            self.confirm()  # the call list: Enter records the call
            return
        if not self.arrive_button.isEnabled():
            later = booking.slot_at.astimezone().date() != self.today
            if booking.state in (BookingState.BOOKED, BookingState.LATE) and later:
                self.show_message(self.tr("只有今天的预约可以到店开单；其他日期的预约可改期"))
            return
        op = self.ops.read(self.appointments.arrival, self.actor, booking.id)
        op.success(self._arrived).run()

    def _arrived(self, draft: ArrivalDraft) -> None:
        self.show_message(self.tr("{0} 到店：已在“接车开单”中按预约开单").format(draft.plate))
        self.arrival_requested.emit(draft)
