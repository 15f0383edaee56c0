"""The repair-order editor: open an order for the vehicle at the counter, or edit an open one.

Keyboard: Enter moves from field to field (Shift+Enter: new line in the statement; a row of
check boxes is one stop, Left/Right inside it, Space ticks), Ctrl+1/2/3
add lines, Ctrl+S saves, Ctrl+P saves and prints the intake sheet, Esc closes. A delivered or
cancelled order opens read-only: it can still be annotated and printed.

A Conflict (another counter saved the order first) shows the message and reloads the order as
stored: nothing of the other counter's is overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.appointments import ArrivalDraft
from app.changes import changes_of
from app.clock import Clock, local_today
from app.errors import Conflict, FieldErrors, NeedsConfirmation, ValidationError, combined
from app.orders import (
    FUEL_LEVELS,
    JOB_TYPES,
    LineKind,
    OrderEdit,
    OrderInfo,
    OrderInput,
    RepairOrderService,
    check_mileage,
)
from app.roles import ROLE_LABELS, Actor, Permission
from app.validation import validate_phone
from app.vehicles import VehicleInfo
from app.warranty import SanbaoAlert
from ui.errors import show_error
from ui.forms import (
    DiscardGuard,
    FieldGrid,
    errors_of,
    input_values,
    place_field_errors,
    resize_within_screen,
)
from ui.i18n import localized
from ui.intake import prompts
from ui.intake.enter_chain import EnterChain, Stop
from ui.intake.inputs import parse_hours, parse_km, parse_local_datetime
from ui.intake.lines_editor import LinesEditor
from ui.intake.lines_model import COL_DESCRIPTION, EditLine, line_index, parse_yuan, yuan_text
from ui.intake.order_actions import AnnotateDialog, CancelDialog
from ui.labels_i18n import tr_label
from ui.operations import Operations
from ui.sanbao_text import alert_lines
from ui.tasks import TaskControl
from ui.time_format import local_datetime

ALERT_STYLE = "color: #c0392b; font-weight: bold;"
PREVIEW_DELAY_MS = 400
# Called with the saved order when the advisor asks for the intake sheet, whether the customer's
# phone is printed in full, and whether to preview it first (Ctrl+P) or print at once (Ctrl+Shift+P).
PrintSheet = Callable[[QWidget, OrderInfo, bool, bool], None]
# What saving the form may change: the order, the vehicle's mileage, a booking it fulfils.
SAVE_CHANGES = (
    changes_of(RepairOrderService.open_order)
    | changes_of(RepairOrderService.update_order)
    | changes_of(RepairOrderService.approve_estimate)
)


class OrderDialog(QDialog):
    def __init__(
        self,
        orders: RepairOrderService,
        actor: Actor,
        clock: Clock,
        vehicle: VehicleInfo,
        owner_name: str,
        *,
        order: OrderInfo | None = None,
        print_sheet: PrintSheet | None = None,
        parent: QWidget | None = None,
        ops: Operations | None = None,
        draft: ArrivalDraft | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = (ops or Operations(self)).for_widget(self)
        self.save_succeeded: bool | None = None  # the last save: None while it runs
        self._saving = False
        self._orders = orders
        self._actor = actor
        self._clock = clock
        self._vehicle = vehicle
        self._print_sheet = print_sheet
        self.order: OrderInfo | None = order
        self.draft = draft  # the booking the car arrived for: the order fulfils it
        self._may_edit = actor.can(Permission.RECEIVE_VEHICLES)
        self.setObjectName("order_dialog")
        resize_within_screen(self, 1100, 720)

        self.heading = QLabel(self)
        self.heading.setObjectName("order_heading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        # The reading a lower mileage in is refused against: the vehicle's last for a new order,
        # the one before the order's own for an open one (the refusal names the same figure).
        self._last_km = order.previous_mileage_km if order is not None else vehicle.last_mileage_km
        self.vehicle_label = QLabel(
            (vehicle.plate_display or self.tr("（无车牌）"))
            + f"　{vehicle.model.display}　{owner_name}　"
            + self.tr("车架号 {0}　上次里程 {1}").format(
                vehicle.vin, "—" if self._last_km is None else f"{self._last_km:,} km"
            ),
            self,
        )
        self.vehicle_label.setObjectName("order_vehicle")
        self.alerts = QLabel(self)
        self.alerts.setObjectName("order_alerts")
        self.alerts.setStyleSheet(ALERT_STYLE)
        self.alerts.setWordWrap(True)
        self.alerts.hide()

        # The header, in the order of the conversation at the counter and read row by row: the
        # odometer and the tank, what the customer says, what kind of job that makes, when, who,
        # then the 三包 hours and the estimate. Enter goes through it in the same order.
        self.header = FieldGrid(self, columns=2)
        self.mileage = QLineEdit(self)
        self.mileage.setObjectName("mileage_in")
        self.mileage.setPlaceholderText(self.tr("公里"))
        self.odometer_changed = QCheckBox(self.tr("仪表已更换（里程可低于上次）"), self)
        self.odometer_changed.setObjectName("odometer_changed")
        mileage_row = QWidget(self)
        mileage_box = QHBoxLayout(mileage_row)
        mileage_box.setContentsMargins(0, 0, 0, 0)
        mileage_box.addWidget(self.mileage, 1)
        mileage_box.addWidget(self.odometer_changed)
        self.fuel = QComboBox(self)
        self.fuel.setObjectName("fuel_level")
        for level in FUEL_LEVELS:
            self.fuel.addItem(level, level)
        self.fuel.setCurrentIndex(FUEL_LEVELS.index("1/2"))
        self.statement = QPlainTextEdit(self)
        self.statement.setObjectName("customer_statement")
        self.statement.setPlaceholderText(
            self.tr("客户原话：什么现象、从何时开始、多久一次、在什么情况下出现（Shift+Enter 换行）")
        )
        self.statement.setFixedHeight(56)
        jobs = QWidget(self)
        jobs_box = QHBoxLayout(jobs)
        jobs_box.setContentsMargins(0, 0, 0, 0)
        self.job_boxes: dict[str, QCheckBox] = {}
        for job in JOB_TYPES:
            box = QCheckBox(tr_label(job), jobs)
            box.setObjectName(f"job_{job}")
            jobs_box.addWidget(box)
            self.job_boxes[job] = box
        jobs_box.addStretch(1)
        self.promised = QLineEdit(self)
        self.promised.setObjectName("promised_at")
        self.promised.setPlaceholderText(self.tr("如 17:30 或 2026-11-28 09:00"))
        visit = QWidget(self)
        visit_box = QHBoxLayout(visit)
        visit_box.setContentsMargins(0, 0, 0, 0)
        self.appointment = QCheckBox(self.tr("预约到店"), visit)
        self.appointment.setObjectName("is_appointment")
        self.waits = QCheckBox(self.tr("客户在店等候"), visit)
        self.waits.setObjectName("customer_waits")
        self.loan_car = QCheckBox(self.tr("提供备用车"), visit)
        self.loan_car.setObjectName("loan_car")
        for w in (self.appointment, self.waits, self.loan_car):
            visit_box.addWidget(w)
        visit_box.addStretch(1)
        self.brought_by = QLineEdit(self)
        self.brought_by.setObjectName("brought_by")
        self.brought_by.setPlaceholderText(self.tr("车主本人送修可不填"))
        self.brought_by_phone = QLineEdit(self)
        self.brought_by_phone.setObjectName("brought_by_phone")
        self.excluded = QLineEdit(self)
        self.excluded.setObjectName("excluded_hours")
        self.excluded.setPlaceholderText(self.tr("小时，通常为 0"))
        self.excluded.setToolTip(
            self.tr("三包规定不计入累计修理天数的时间（如为本车专门运输配件、救援路途），按小时登记")
        )
        estimate = QWidget(self)
        estimate_box = QHBoxLayout(estimate)
        estimate_box.setContentsMargins(0, 0, 0, 0)
        self.estimate = QLineEdit(estimate)
        self.estimate.setObjectName("estimate")
        self.estimate.setPlaceholderText(self.tr("元，空则按合计"))
        self.approved = QCheckBox(self.tr("客户已确认估价"), estimate)
        self.approved.setObjectName("estimate_approved")
        self.over_estimate = QLabel(estimate)
        self.over_estimate.setObjectName("over_estimate")
        self.over_estimate.setStyleSheet("color: #c0392b;")
        self.over_estimate.setWordWrap(True)
        estimate_box.addWidget(self.estimate, 1)
        estimate_box.addWidget(self.approved)
        estimate_box.addWidget(self.over_estimate, 1)
        today = local_today(clock)
        self.header.add_field("mileage_in", self.tr("进厂里程"), mileage_row, self._check_mileage)
        self.header.add_field("fuel_level", self.tr("油量"), self.fuel)
        self.header.add_wide_field("customer_statement", self.tr("客户描述"), self.statement)
        self.header.add_wide_field("job_types", self.tr("维修类型"), jobs)
        self.header.add_field(
            "promised_at",
            self.tr("预计交车"),
            self.promised,
            lambda: parse_local_datetime("promised_at", self.promised.text(), self.tr("预计交车时间"), today),
        )
        self.header.add_field("visit", self.tr("来店"), visit)
        self.header.add_field("brought_by", self.tr("送修人"), self.brought_by)
        self.header.add_field(
            "brought_by_phone", self.tr("送修人电话"), self.brought_by_phone, self._check_phone
        )
        self.header.add_field(
            "excluded_hours",
            self.tr("不计三包天数"),
            self.excluded,
            lambda: parse_hours("excluded_hours", self.excluded.text(), self.tr("不计三包天数的时间")),
        )
        self.header.add_field(
            "estimate_fen",
            self.tr("估价（元）"),
            estimate,
            lambda: parse_yuan("estimate_fen", self.estimate.text(), self.tr("估价")),
        )
        # Kept for the tests and callers that name the parts of the header.
        self.left = self.right = self.statement_form = self.header
        self._mileage_field = self.mileage

        self.lines = LinesEditor(self)
        self.lines.model.totals_changed.connect(self._totals_changed)
        self.notes = QLabel(self)
        self.notes.setObjectName("order_notes")
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(self)
        self.message.setObjectName("order_message")

        self.save_button = self._button(self.tr("保存 (Ctrl+S)"), "save", self.save)
        self.print_button = self._button(self.tr("保存并打印接车单 (Ctrl+P)"), "print", self.save_and_print)
        self.note_button = self._button(self.tr("添加备注 (Ctrl+M)"), "annotate", self.annotate)
        self.cancel_order_button = self._button(self.tr("取消工单…"), "cancel_order", self.cancel_order)
        self.close_button = self._button(self.tr("关闭 (Esc)"), "close", self.reject)
        self.full_phone = QCheckBox(self.tr("接车单显示完整电话"), self)
        self.full_phone.setObjectName("full_phone")
        self.full_phone.setToolTip(self.tr("默认打印为 138****1234（个人信息保护）"))
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Print, self, self.save_and_print)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, lambda: self.save_and_print(preview=False))
        self.print_button.setToolTip(self.tr("Ctrl+P：预览后打印（Enter 打印）；Ctrl+Shift+P：直接送打印机"))
        QShortcut(QKeySequence("Ctrl+M"), self, self.annotate)

        lines_box = QGroupBox(self.tr("维修项目、配件及其他费用"), self)
        QVBoxLayout(lines_box).addWidget(self.lines)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.full_phone)
        for b in (
            self.note_button,
            self.cancel_order_button,
            self.save_button,
            self.print_button,
            self.close_button,
        ):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.vehicle_label)
        layout.addWidget(self.alerts)
        layout.addWidget(self.header)
        layout.addWidget(lines_box, 1)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)

        # The header's fields as they stand on screen, row by row.
        chain: list[Stop] = [
            self.mileage,
            self.fuel,
            self.statement,
            list(self.job_boxes.values()),
            self.promised,
            [self.appointment, self.waits, self.loan_car],
            self.brought_by,
            self.brought_by_phone,
            self.excluded,
            self.estimate,
            self.approved,
        ]
        self.enter_chain = EnterChain(chain, self._to_lines, self)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.preview_alerts)
        self.statement.textChanged.connect(self._preview_timer.start)
        for box in self.job_boxes.values():
            box.toggled.connect(self._preview_timer.start)

        # Esc or closing with changes asks first (see reject).
        self.discard = DiscardGuard(
            self, lambda: (input_values(self.header), tuple(self.lines.model.inputs()))
        )
        if order is not None:
            self._fill(order)
        else:
            self._new()
        self.mileage.setFocus()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- filling ----------------------------------------------------------------------------

    def _new(self) -> None:
        self.setWindowTitle(self.tr("接车开单"))
        self.heading.setText(self.tr("新工单（保存后生成工单号）"))
        if self._vehicle.last_mileage_km is not None:
            self.mileage.setPlaceholderText(
                self.tr("上次 {0} 公里").format(f"{self._vehicle.last_mileage_km:,}")
            )
        self.cancel_order_button.setEnabled(False)
        self.note_button.setEnabled(False)
        self.discard.mark_clean()
        if self.draft is not None:
            self._fill_from_booking(self.draft)
        self.preview_alerts()

    def _fill_from_booking(self, draft: ArrivalDraft) -> None:
        """The booking's details, as the customer gave them on the phone (a change, to be saved)."""
        heading = self.tr("按预约开单（预约 #{0}，保存后生成工单号）")
        self.heading.setText(heading.format(draft.appointment_id))
        self.statement.setPlainText(draft.customer_words)
        box = self.job_boxes.get(draft.job_type)
        if box is not None:
            box.setChecked(True)
        self.appointment.setChecked(True)
        self.appointment.setEnabled(False)  # the booking makes it one
        self.waits.setChecked(draft.customer_waits)

    def _fill(self, o: OrderInfo) -> None:
        self.order = o
        self.setWindowTitle(self.tr("工单 {0}").format(o.ro_number))
        self.heading.setText(
            self.tr("工单 {0}　{1}　接车 {2}　服务顾问 {3}").format(
                o.ro_number, tr_label(o.status_label), local_datetime(o.opened_at), o.advisor_name
            )
        )
        self.mileage.setText(str(o.mileage_in))
        self.odometer_changed.setChecked(False)
        self.fuel.setCurrentIndex(max(self.fuel.findData(o.fuel_level), 0))
        self.promised.setText(local_datetime(o.promised_at))
        self.brought_by.setText(o.brought_by)
        self.brought_by_phone.setText(o.brought_by_phone)
        for job, box in self.job_boxes.items():
            box.setChecked(job in o.job_types)
        self.appointment.setChecked(o.is_appointment)
        self.waits.setChecked(o.customer_waits)
        self.loan_car.setChecked(o.loan_car)
        self.excluded.setText(str(o.excluded_hours) if o.excluded_hours else "")
        self.statement.setPlainText(o.customer_statement)
        self.estimate.setText(yuan_text(o.estimate_fen).replace(",", ""))
        self.approved.setChecked(o.estimate_approved)
        self.lines.model.set_lines([EditLine.from_info(x) for x in o.lines])
        self._show_alerts(o.alerts)
        self._show_notes(o)
        # A role that may not change orders (the claims clerk looking from the board) reads it.
        editable = o.editable and self._may_edit
        if o.editable and not self._may_edit:
            self.message.setText(
                self.tr("只读：{0}账号不能修改工单，可添加备注和打印").format(
                    tr_label(ROLE_LABELS[self._actor.role])
                )
            )
        for w in (
            self.mileage, self.odometer_changed, self.fuel, self.promised, self.brought_by,
            self.brought_by_phone, *self.job_boxes.values(), self.appointment, self.waits, self.loan_car,
            self.excluded,
            self.statement, self.estimate,
        ):  # fmt: skip
            w.setEnabled(editable)
        self.approved.setEnabled(editable and not o.estimate_approved)
        self.lines.set_read_only(not editable)
        self.save_button.setEnabled(editable)
        self.cancel_order_button.setEnabled(editable)
        self.note_button.setEnabled(True)
        self.print_button.setText(
            self.tr("保存并打印接车单 (Ctrl+P)") if editable else self.tr("打印接车单 (Ctrl+P)")
        )
        self._totals_changed()
        self.discard.mark_clean()

    def _show_notes(self, o: OrderInfo) -> None:
        texts = [f"{local_datetime(n.at)} {n.user_name}：{n.text}" for n in o.notes]
        if o.cancel_reason:
            texts.insert(0, self.tr("取消原因：") + o.cancel_reason)
        self.notes.setText(self.tr("备注：") + "\n".join(texts) if texts else "")
        self.notes.setVisible(bool(texts))

    def _show_alerts(self, alerts: tuple[SanbaoAlert, ...]) -> None:
        self.alerts.setText(alert_lines(alerts))
        self.alerts.setVisible(bool(alerts))

    def _totals_changed(self) -> None:
        total = self.lines.model.totals().total_fen
        o = self.order
        over = o is not None and o.estimate_approved and total > o.estimate_fen
        self.over_estimate.setText(self.tr("超出已确认估价，请再征得客户同意") if over else "")

    def _to_lines(self) -> None:
        """Enter after the last field: on to the lines (a first labour line if there is none)."""
        if self.lines.model.rowCount() == 0 and not self.lines.model.read_only:
            self.lines.add(LineKind.LABOUR)
        else:
            self.lines.focus_error(0, COL_DESCRIPTION)

    # -- alerts -----------------------------------------------------------------------------

    def preview_alerts(self) -> None:
        """三包 alerts for the job as typed (a saved order has them from the service)."""
        if self.order is not None and not self.order.editable:
            return
        try:
            km = parse_km("mileage_in", self.mileage.text())
        except ValidationError:
            km = None
        self.ops.read(
            self._orders.preview_alerts,
            self._actor,
            self._vehicle.id,
            statement=self.statement.toPlainText(),
            job_types=self._job_types(),
            mileage_in=km,
        ).latest("alerts").success(self._show_alerts).failure(lambda _error: None).run()

    # -- saving -----------------------------------------------------------------------------

    def _job_types(self) -> tuple[str, ...]:
        return tuple(job for job, box in self.job_boxes.items() if box.isChecked())

    def _read_mileage(self) -> int:
        km = parse_km("mileage_in", self.mileage.text(), self.tr("进厂里程"))
        if km is None:
            raise ValidationError("mileage_in", self.tr("请填写进厂里程"))
        return km

    def _check_mileage(self) -> None:
        """The checks of the mileage that need no database: readable, and not below the last."""
        check_mileage(self._read_mileage(), self._last_km, self.odometer_changed.isChecked())

    def _check_phone(self) -> None:
        if self.brought_by_phone.text().strip():
            validate_phone(self.brought_by_phone.text())

    def _show_field_errors(self, error: ValidationError) -> None:
        """Every mistake beside its field at once (the lines' in the message line), the first on
        screen focused."""
        self.message.clear()
        rest = place_field_errors(self, (self.header,), error)
        rows = [e for e in rest if e.field.startswith("lines[")]
        others = [e for e in rest if not e.field.startswith("lines[")]
        if rows:
            self.message.setText(
                "；".join(
                    self.tr("第 {0} 行：{1}").format(line_index(e.field) + 1, localized(e.message))
                    for e in rows
                )
            )
            if len(rows) == len(errors_of(error)):
                self.lines.focus_line_error(rows[0].field)
        if others:
            show_error(self, combined(others))

    def _form(self, errors: FieldErrors) -> OrderEdit:
        """The form as the service takes it; a value that cannot be read goes to errors, naming its
        field (and an empty value stands in for it)."""
        today = local_today(self._clock)
        mileage = errors.check(self._read_mileage, 0)
        promised = self.promised.text()
        label = self.tr("预计交车时间")
        return OrderEdit(
            mileage_in=mileage,
            job_types=self._job_types(),
            customer_statement=self.statement.toPlainText(),
            fuel_level=str(self.fuel.currentData()),
            is_appointment=self.appointment.isChecked(),
            customer_waits=self.waits.isChecked(),
            promised_at=errors.check(
                lambda: parse_local_datetime("promised_at", promised, label, today), None
            ),
            brought_by=self.brought_by.text(),
            brought_by_phone=self.brought_by_phone.text(),
            lines=tuple(self.lines.model.inputs()),
            estimate_fen=errors.check(
                lambda: parse_yuan("estimate_fen", self.estimate.text(), self.tr("估价")), None
            ),
            loan_car=self.loan_car.isChecked(),
            excluded_hours=errors.check(
                lambda: parse_hours("excluded_hours", self.excluded.text(), self.tr("不计三包天数的时间")), 0
            ),
            odometer_changed=self.odometer_changed.isChecked(),
        )

    def _unreadable(self, form: OrderEdit, errors: FieldErrors) -> ValidationError | None:
        """The values the form could not read, with every other mistake the service would report."""
        if not errors.errors:
            return None
        opened = self.order.opened_at if self.order is not None else None
        errors.add_others(self._orders.form_errors(form, opened))
        if not errors.has("mileage_in"):
            errors.check(self._check_mileage, None)
        return errors.error()

    def save(self, then: Callable[[OrderInfo], None] | None = None, *, confirmed: bool = False) -> None:
        """Saves the form off the UI thread; `then` gets the order once it is stored as shown.

        `save_succeeded` tells how the last save ended (None while it runs)."""
        if self.order is not None and not self.order.editable:
            self.save_succeeded = True
            if then is not None:
                then(self.order)
            return
        if self._saving:
            return
        self.message.clear()
        errors = FieldErrors()
        form = self._form(errors)
        unreadable = self._unreadable(form, errors)
        if unreadable is not None:
            self.save_succeeded = False
            self._show_field_errors(unreadable)
            return
        orders, actor, current = self._orders, self._actor, self.order
        approve = self.approved.isChecked()
        data = OrderInput(
            vehicle_id=self._vehicle.id,
            appointment_id=self.draft.appointment_id if self.draft is not None else None,
            **{f.name: getattr(form, f.name) for f in fields(OrderEdit)},
        )

        def work(_control: TaskControl) -> OrderInfo:
            if current is not None:
                saved = orders.update_order(actor, current.id, current.version, form)
            else:
                saved = orders.open_order(actor, data, confirm_warnings=confirmed)
            if approve and not saved.estimate_approved:
                saved = orders.approve_estimate(actor, saved.id, saved.version, form.estimate_fen)
            return orders.get_order(actor, saved.id)

        def done(saved: OrderInfo) -> None:
            self.save_succeeded = True
            self.header.clear_errors()  # what was wrong is stored right now
            self._fill(saved)
            self.message.setText(self.tr("已保存工单 {0}").format(saved.ro_number))
            if then is not None:
                then(saved)

        def failed(error: BaseException) -> None:
            self.save_succeeded = False
            if isinstance(error, NeedsConfirmation):
                if prompts.confirm_warnings(self, error):
                    self.save(then, confirmed=True)
            elif isinstance(error, ValidationError):
                self._show_field_errors(error)
            else:
                show_error(self, error)
                if isinstance(error, Conflict):
                    self.reload()

        self._saving = True
        self.save_succeeded = None
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.ops.task(work, SAVE_CHANGES).success(done).failure(failed).finally_(self._saved).run()

    def _saved(self) -> None:
        self._saving = False
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(self.order is None or self.order.editable)

    def reload(self) -> None:
        """Shows the order as stored (after a conflict: the other counter's version)."""
        if self.order is None:
            return

        def shown(order: OrderInfo) -> None:
            self._fill(order)
            self.message.setText(self.tr("已重新载入其他前台保存的内容，请重新录入您的修改"))

        self.ops.read(self._orders.get_order, self._actor, self.order.id).success(shown).run()

    def save_and_print(self, preview: bool = True) -> None:
        print_sheet = self._print_sheet
        if print_sheet is None:
            self.save()
            return
        self.save(lambda order: print_sheet(self, order, self.full_phone.isChecked(), preview))

    # -- notes and cancellation -------------------------------------------------------------

    def annotate(self) -> None:
        if self.order is None:
            return
        dialog = AnnotateDialog(
            self._orders, self._actor, self.order.id, self.order.ro_number, self, self.ops
        )
        self._open_over(dialog, lambda result: self.reload_quietly() if result else None)

    def cancel_order(self) -> None:
        if self.order is None or not self.order.editable:
            return
        o = self.order
        dialog = CancelDialog(self._orders, self._actor, o.id, o.version, o.ro_number, self, self.ops)
        # Cancelled, or changed by another counter meanwhile: show it as stored.
        self._open_over(dialog, lambda _result: self.reload_quietly())

    def _open_over(self, dialog: QDialog, finished: Callable[[int], None]) -> None:
        """Window-modal without a nested event loop (the screen lock can hide it and bring it back)."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(finished)
        dialog.open()

    def reload_quietly(self, order_id: int | None = None) -> None:
        """Shows the order as stored; while the advisor has unsaved changes and the order itself is
        unchanged (a note was added), only the notes are refreshed and the typing stays."""
        order_id = order_id or (self.order.id if self.order else None)
        if order_id is None:
            return

        def shown(order: OrderInfo) -> None:
            current = self.order
            if current is not None and order.version == current.version and self.discard.changed():
                self.order = order
                self._show_notes(order)
                return
            self._fill(order)

        self.ops.read(self._orders.get_order, self._actor, order_id).success(shown).run()

    def _typed(self) -> object:
        return (input_values(self.header), tuple(self.lines.model.inputs()))

    def reject(self) -> None:
        """Esc, 关闭 and the close box: a form with unsaved changes asks 放弃修改？ first."""
        if self.discard.may_close():
            super().reject()
