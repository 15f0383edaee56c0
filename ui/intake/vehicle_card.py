"""The vehicle card: owner and contacts, the car, its warranties, 三包 alerts, open orders, due
reminders, and below, tabs with the repair history (each order with its lines), mileage and plates.

The owner's phone numbers are masked (138****1234) until the advisor asks to see them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.appointments import Booking
from app.orders import (
    LINE_KIND_LABELS,
    PAYER_LABELS,
    LineInfo,
    MileageEntry,
    OrderInfo,
    PlateEntry,
    ReminderLine,
    VehicleCard,
)
from app.validation import PhoneKind
from app.vehicles import VehicleInfo, reading_source_label
from app.warranty import START_BASIS_LABELS, EndedBy, WarrantyStart, WarrantyStatus
from ui.appointments.texts import booking_line
from ui.i18n import localized
from ui.i18n import tr as _tr
from ui.intake.inputs import date_text, month_text
from ui.intake.lines_model import yuan_text
from ui.labels_i18n import joined, tr_label
from ui.sanbao_text import alert_lines
from ui.table_model import Column, RowsModel
from ui.time_format import local_datetime

ALERT_STYLE = "color: #c0392b; font-weight: bold;"
ACTIVE_STYLE = "color: #1e7e34;"
ENDED_STYLE = "color: #7f8c8d;"
UNKNOWN_STYLE = "color: #b9770e;"
BOOKING_STYLE = "color: #1b4f8a;"
BOOKED_TODAY_STYLE = "color: #1b4f8a; font-weight: bold; background: #dcecff; padding: 2px;"


def warranty_text(w: WarrantyStatus) -> str:
    """One line per warranty: its terms, and what is left or why it ended."""
    span = _tr("{0}年").format(w.months // 12) if w.months % 12 == 0 else _tr("{0}个月").format(w.months)
    terms = _tr("{0}（{1} / {2:,} km）").format(tr_label(w.label), span, w.km_limit)
    if w.active is None:
        left = _tr("，已行驶余量 {0:,} km").format(w.km_left) if w.km_left is not None else ""
        return _tr("{0}：起始日期未知，请核对购车发票{1}").format(terms, left)
    if not w.active:
        by_date = w.ended_by is EndedBy.DATE
        why = _tr("日期", "warranty ended by") if by_date else _tr("里程", "warranty ended by")
        until = _tr("（{0} 止）").format(date_text(w.last_day)) if w.last_day else ""
        return _tr("{0}：已过期，按{1}{2}").format(terms, why, until)
    km = f" / {w.km_left:,} km" if w.km_left is not None else ""
    return _tr("{0}：有效，剩余 {1} 天{2}（{3} 止）").format(terms, w.days_left, km, date_text(w.last_day))


def warranty_style(w: WarrantyStatus) -> str:
    return UNKNOWN_STYLE if w.active is None else ACTIVE_STYLE if w.active else ENDED_STYLE


def _table(parent: QWidget, name: str, model: RowsModel) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def order_columns() -> list[Column[OrderInfo]]:
    return [
        Column(_tr("工单号"), lambda o: o.ro_number),
        Column(_tr("状态"), lambda o: tr_label(o.status_label)),
        Column(_tr("接车时间"), lambda o: local_datetime(o.opened_at)),
        Column(_tr("进厂里程"), lambda o: f"{o.mileage_in:,}", align_right=True),
        Column(_tr("类型"), lambda o: joined(o.job_types)),
        Column(_tr("金额（元）"), lambda o: yuan_text(o.totals.total_fen), align_right=True),
        Column(_tr("服务顾问"), lambda o: o.advisor_name),
        Column(_tr("客户描述"), lambda o: o.customer_statement.replace("\n", " ")),
    ]


def line_columns() -> list[Column[LineInfo]]:
    return [
        Column(_tr("类型"), lambda x: tr_label(LINE_KIND_LABELS[x.kind])),
        Column(_tr("编号"), lambda x: x.code),
        Column(_tr("项目 / 配件"), lambda x: x.description),
        Column(
            _tr("工时/数量"),
            lambda x: str(x.hours if x.hours is not None else x.quantity or ""),
            align_right=True,
        ),
        Column(_tr("金额（元）"), lambda x: yuan_text(x.amount_fen), align_right=True),
        Column(_tr("付费方"), lambda x: tr_label(PAYER_LABELS[x.payer])),
    ]


def mileage_columns() -> list[Column[MileageEntry]]:
    return [
        Column(_tr("日期"), lambda m: local_datetime(m.read_at)),
        Column(_tr("里程（km）"), lambda m: f"{m.km:,}", align_right=True),
        Column(_tr("来源"), lambda m: tr_label(reading_source_label(m.source))),
        Column(_tr("工单"), lambda m: m.ro_number or ""),
        Column(_tr("说明"), lambda m: _tr("仪表已更换") if m.odometer_changed else ""),
    ]


def reminder_columns() -> list[Column[ReminderLine]]:
    return [
        Column(_tr("提醒"), lambda r: tr_label(r.kind_label)),
        Column(_tr("到期日"), lambda r: date_text(r.due_date) + (_tr("（已到期）") if r.is_due else "")),
        Column(_tr("到期里程"), lambda r: "" if r.due_km is None else f"{r.due_km:,}", align_right=True),
        Column(_tr("备注"), lambda r: r.note.replace("\n", " ")),
    ]


def plate_columns() -> list[Column[PlateEntry]]:
    return [
        Column(_tr("车牌"), lambda p: p.plate_display),
        Column(_tr("启用", "plate used from"), lambda p: local_datetime(p.valid_from)),
        Column(
            _tr("停用", "plate used until"),
            lambda p: local_datetime(p.valid_to) if p.valid_to else _tr("当前车牌"),
        ),
    ]


class VehicleCardPanel(QWidget):
    open_order = Signal(int)  # order id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card: VehicleCard | None = None
        self._show_phones = False
        self.title = QLabel(self)
        self.title.setObjectName("card_title")
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.facts = QLabel(self)
        self.facts.setObjectName("card_facts")
        self.facts.setWordWrap(True)
        self.owner = QLabel(self)
        self.owner.setObjectName("card_owner")
        self.owner.setWordWrap(True)
        self.toggle_phones = QPushButton(self.tr("显示号码"), self)
        self.toggle_phones.setObjectName("toggle_phones")
        self.toggle_phones.setAutoDefault(False)
        self.toggle_phones.setToolTip(self.tr("号码默认隐藏中间四位（个人信息保护）"))
        self.toggle_phones.clicked.connect(self._toggle_phones)
        self.warranty_box = QVBoxLayout()
        self.warranty_box.setSpacing(1)
        self.alerts = QLabel(self)
        self.alerts.setObjectName("card_alerts")
        self.alerts.setStyleSheet(ALERT_STYLE)
        self.alerts.setWordWrap(True)
        self.reminders_due = QLabel(self)
        self.reminders_due.setObjectName("card_due")
        self.reminders_due.setStyleSheet(UNKNOWN_STYLE)
        self.reminders_due.setWordWrap(True)
        self.booking = QLabel(self)  # the car's open bookings (the appointments' own reading)
        self.booking.setObjectName("card_booking")
        self.booking.setWordWrap(True)
        self.bookings: tuple[Booking, ...] = ()

        self.open_model: RowsModel[OrderInfo] = RowsModel(order_columns(), self)
        self.open_table = _table(self, "open_orders", self.open_model)
        self.open_table.setMaximumHeight(110)
        self.open_table.activated.connect(self._open_activated)
        self.history_model: RowsModel[OrderInfo] = RowsModel(order_columns(), self)
        self.history_table = _table(self, "history", self.history_model)
        self.history_table.activated.connect(self._history_activated)
        self.lines_model: RowsModel[LineInfo] = RowsModel(line_columns(), self)
        self.lines_table = _table(self, "history_lines", self.lines_model)
        self.history_table.selectionModel().currentRowChanged.connect(self._history_row)
        history = QSplitter(Qt.Orientation.Vertical, self)
        history.addWidget(self.history_table)
        history.addWidget(self.lines_table)
        history.setSizes([200, 120])
        self.mileage_model: RowsModel[MileageEntry] = RowsModel(mileage_columns(), self)
        self.reminder_model: RowsModel[ReminderLine] = RowsModel(reminder_columns(), self)
        self.plate_model: RowsModel[PlateEntry] = RowsModel(plate_columns(), self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("card_tabs")
        self.tabs.addTab(history, self.tr("维修历史"))
        self.tabs.addTab(_table(self, "mileage", self.mileage_model), self.tr("里程记录"))
        self.tabs.addTab(_table(self, "reminders", self.reminder_model), self.tr("提醒"))
        self.tabs.addTab(_table(self, "plates", self.plate_model), self.tr("车牌历史"))

        owner_row = QHBoxLayout()
        owner_row.addWidget(self.owner, 1)
        owner_row.addWidget(self.toggle_phones)
        top = QGridLayout()
        top.addWidget(self.title, 0, 0, 1, 2)
        top.addWidget(self.facts, 1, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(self.warranty_box, 1, 1, Qt.AlignmentFlag.AlignTop)
        top.setColumnStretch(0, 1)
        top.setColumnStretch(1, 1)
        self.open_label = QLabel(self.tr("未交车工单（Enter 打开）"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(owner_row)
        layout.addWidget(self.alerts)
        layout.addWidget(self.reminders_due)
        layout.addWidget(self.booking)
        layout.addWidget(self.open_label)
        layout.addWidget(self.open_table)
        layout.addWidget(self.tabs, 1)
        self.show_card(None)

    # -- content ----------------------------------------------------------------------------

    def show_card(self, card: VehicleCard | None) -> None:
        self.card = card
        self._show_phones = False
        self.toggle_phones.setText(self.tr("显示号码"))
        for w in (self.toggle_phones, self.open_label, self.open_table, self.tabs):
            w.setVisible(card is not None)
        self._clear_warranties()
        if card is None or (self.bookings and card.vehicle.id != self.bookings[0].vehicle_id):
            self.show_bookings((), None)
        if card is None:
            self.title.setText(self.tr("请在左侧搜索并选择车辆"))
            for label in (self.facts, self.owner, self.alerts, self.reminders_due):
                label.clear()
            self.alerts.hide()
            self.reminders_due.hide()
            for model in (self.open_model, self.history_model, self.lines_model):
                model.set_rows([])
            return
        v = card.vehicle
        self.title.setText((v.plate_display or self.tr("（无车牌）")) + f"　{v.model.display}")
        self.facts.setText(self._facts_text(v, card.warranty_start, card.today))
        self._show_owner()
        for status in card.warranties:
            label = QLabel(warranty_text(status), self)
            label.setObjectName(f"warranty_{status.kind.value}")
            label.setStyleSheet(warranty_style(status))
            label.setWordWrap(True)  # shares the width with the facts on a narrow screen
            self.warranty_box.addWidget(label)
        # An unhappy follow-up call first: the advisor receiving the car speaks to that customer.
        lines = [localized(flag) for flag in card.flags]
        if card.alerts:
            lines.append(alert_lines(card.alerts))
        self.alerts.setText("\n".join(lines))
        self.alerts.setVisible(bool(lines))
        due = card.due_reminders
        self.reminders_due.setText(
            self.tr("到期提醒：")
            + _tr("；").join(f"{tr_label(r.kind_label)} {date_text(r.due_date)}" for r in due)
            if due
            else ""
        )
        self.reminders_due.setVisible(bool(due))
        self.open_model.set_rows(card.open_orders)
        self.open_label.setVisible(bool(card.open_orders))
        self.open_table.setVisible(bool(card.open_orders))
        if card.open_orders:
            self.open_table.selectRow(0)
        self.history_model.set_rows(card.history)
        self.lines_model.set_rows(card.history[0].lines if card.history else [])
        if card.history:
            self.history_table.selectRow(0)
        self.mileage_model.set_rows(card.mileage_history)
        self.reminder_model.set_rows(card.reminders)
        self.plate_model.set_rows(card.plate_history)

    def show_bookings(self, bookings: tuple[Booking, ...], today: dt.date | None) -> None:
        """The car's bookings still to come, nearest first; one for today stands out (F5 opens
        its order)."""
        self.bookings = tuple(bookings)
        self.booking.setVisible(bool(bookings))
        if not bookings:
            self.booking.clear()
            return
        first = bookings[0]
        due_today = first.slot_at.astimezone().date() == today
        lines = [booking_line(b) for b in bookings[:3]]
        if due_today:
            lines[0] = self.tr("今天有预约：{0}　F5 按预约开单").format(lines[0])
        self.booking.setText(self.tr("预约：") + "\n".join(lines))
        self.booking.setStyleSheet(BOOKED_TODAY_STYLE if due_today else BOOKING_STYLE)

    def booking_today(self, today: dt.date) -> Booking | None:
        first = self.bookings[0] if self.bookings else None
        if first is None or first.slot_at.astimezone().date() != today:
            return None
        return first

    def _paper_text(self, shown: str, expires: dt.date | None, today: dt.date | None) -> str:
        """A date from the papers; one already past says so."""
        if expires is None:
            return "—"
        if today is not None and expires < today:
            return self.tr("{0}（已过期）").format(shown)
        return shown

    def _facts_text(self, v: VehicleInfo, warranty_start: WarrantyStart, today: dt.date | None = None) -> str:
        basis = tr_label(START_BASIS_LABELS.get(warranty_start.basis or "", ""))
        start = (
            self.tr("{0}（按{1}）").format(date_text(warranty_start.date), basis)
            if warranty_start.date
            else self.tr("未知")
        )
        km = "—" if v.last_mileage_km is None else f"{v.last_mileage_km:,} km"
        rows = [
            (self.tr("车架号"), v.vin),
            (self.tr("颜色"), v.colour or "—"),
            (self.tr("购车日期"), date_text(v.purchase_date) or "—"),
            (self.tr("开票日期"), date_text(v.invoice_date) or "—"),
            (self.tr("质保起算"), start),
            (
                self.tr("年检有效期至"),
                self._paper_text(month_text(v.inspection_due), v.inspection_due, today),
            ),
            (
                self.tr("保险到期日"),
                self._paper_text(date_text(v.insurance_expires), v.insurance_expires, today),
            ),
            (self.tr("最近里程"), km),
            (self.tr("最近到店"), local_datetime(v.last_visit_at) or "—"),
        ]
        if v.note:
            rows.append((self.tr("备注"), v.note))
        return "\n".join(self.tr("{0}：{1}").format(k, val) for k, val in rows)

    def _show_owner(self) -> None:
        if self.card is None:
            return
        owner = self.card.owner
        phones = [
            (p.display if self._show_phones else p.masked)
            + (f"（{p.label}）" if p.label not in tuple(PhoneKind) else "")
            for p in owner.phones
        ]
        self.owner.setText(
            self.tr("车主：") + owner.name + "　" + self.tr("电话：") + (_tr("，").join(phones) or "—")
        )

    def _toggle_phones(self) -> None:
        self._show_phones = not self._show_phones
        self.toggle_phones.setText(self.tr("隐藏号码") if self._show_phones else self.tr("显示号码"))
        self._show_owner()

    def _clear_warranties(self) -> None:
        while self.warranty_box.count():
            item = self.warranty_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    # -- navigation -------------------------------------------------------------------------

    def _open_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_order.emit(self.open_model.row_at(index.row()).id)

    def _history_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_order.emit(self.history_model.row_at(index.row()).id)

    def _history_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.lines_model.set_rows(self.history_model.row_at(current.row()).lines)

    def focus_open_orders(self) -> None:
        if self.open_model.rowCount():
            self.open_table.setFocus()
