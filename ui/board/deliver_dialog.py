"""Delivery (交车): final mileage, final lines and amounts, handover time; then the next service.

After delivery the dialog stays open to show the next-service suggestion (and whether a reminder
was created) so the advisor can tell the customer; Ctrl+P prints the final sheet with the handover
time on it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.clock import Clock, local_today
from app.errors import Conflict, FieldErrors, ValidationError, combined
from app.orders import (
    DeliveryInput,
    DeliveryResult,
    DeliveryService,
    NextService,
    OrderInfo,
    check_mileage_out,
)
from app.reminders import DistanceSource
from app.roles import Actor
from ui.errors import show_error
from ui.forms import (
    DiscardGuard,
    FieldForm,
    enter_moves_on,
    input_values,
    place_field_errors,
    resize_within_screen,
)
from ui.i18n import tr
from ui.intake.inputs import date_text, parse_km, parse_local_datetime
from ui.intake.lines_editor import LinesEditor
from ui.intake.lines_model import EditLine
from ui.labels_i18n import tr_label
from ui.operations import Operations
from ui.time_format import local_datetime

PrintSheet = Callable[[QWidget, OrderInfo, bool, bool], None]


def next_service_text(n: NextService) -> str:
    basis = tr("按本车行驶记录") if n.km_per_day_source == DistanceSource.HISTORY else tr("按平均行驶里程")
    reminder = tr("已创建保养提醒") if n.reminder_created else tr("已有未完成的保养提醒，沿用")
    if n.overdue:
        return tr("{0}已逾期（应于 {1} 或 {2:,} km），建议尽快保养。{3}。").format(
            tr_label(n.kind_label), date_text(n.due_date), n.due_km or 0, reminder
        )
    return tr("下次{0}：{1} 或 {2:,} km（以先到者为准；{3}约 {4:.0f} km/天）。{5}。").format(
        tr_label(n.kind_label), date_text(n.due_date), n.due_km or 0, basis, n.km_per_day or 0, reminder
    )


class DeliverDialog(QDialog):
    def __init__(
        self,
        delivery: DeliveryService,
        actor: Actor,
        clock: Clock,
        order: OrderInfo,
        vehicle_text: str,
        *,
        print_sheet: PrintSheet | None = None,
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = (ops or Operations(self)).for_widget(self)
        self._delivering = False
        self._delivery = delivery
        self._actor = actor
        self._clock = clock
        self._order = order
        self._print_sheet = print_sheet
        self.result_: DeliveryResult | None = None
        self.setWindowTitle(self.tr("交车：{0}").format(order.ro_number))
        resize_within_screen(self, 900, 560)
        heading = QLabel(
            self.tr("{0}　{1}　进厂里程 {2:,} km　接车 {3}").format(
                order.ro_number, vehicle_text, order.mileage_in, local_datetime(order.opened_at)
            ),
            self,
        )
        heading.setStyleSheet("font-weight: bold;")
        self.form = FieldForm(self)
        self.mileage = QLineEdit(self)
        self.mileage.setObjectName("mileage_out")
        self.mileage.setPlaceholderText(self.tr("公里，不低于进厂里程"))
        self.handover = QLineEdit(self)
        self.handover.setObjectName("handover_at")
        self.handover.setPlaceholderText(self.tr("空则为现在；或如 16:40"))
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.form.add_field("mileage_out", self.tr("交车里程"), self.mileage)
        self.form.add_field("handover_at", self.tr("交车时间"), self.handover)
        self.form.add_field("note", self.tr("交车备注"), self.note)
        self.lines = LinesEditor(self)
        self.lines.model.set_lines([EditLine.from_info(x) for x in order.lines])
        self._original = self.lines.model.lines()
        lines_box = QGroupBox(self.tr("最终项目与金额（可修改；交车时每个配件须有编号）"), self)
        QVBoxLayout(lines_box).addWidget(self.lines)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("next_service")
        self.outcome.setWordWrap(True)
        self.outcome.setStyleSheet("color: #1e7e34; font-size: 14px; font-weight: bold;")
        self.outcome.hide()
        self.deliver_button = QPushButton(self.tr("确认交车 (Ctrl+S)"), self)
        self.deliver_button.setObjectName("deliver")
        self.print_button = QPushButton(self.tr("打印工单 (Ctrl+P)"), self)
        self.print_button.setObjectName("print")
        self.print_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("关闭 (Esc)"), self)
        self.close_button.setObjectName("close")
        for b in (self.deliver_button, self.print_button, self.close_button):
            b.setAutoDefault(False)
        self.deliver_button.clicked.connect(self.deliver)
        self.print_button.clicked.connect(self.print_final)
        self.close_button.clicked.connect(self._close)
        QShortcut(QKeySequence.StandardKey.Save, self, self.deliver)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_final)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.deliver_button, self.print_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.form)
        layout.addWidget(lines_box, 1)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        enter_moves_on([self.mileage, self.handover, self.note], self.deliver)
        self.mileage.setFocus()
        self.discard = DiscardGuard(self, lambda: (input_values(self.form), self.lines.model.lines()))

    def _close(self) -> None:
        """关闭: done after a delivery; before it, the same as Esc (asks when something was typed)."""
        if self.result_ is not None:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        if self.discard.may_close():
            super().reject()

    def _input(self, errors: FieldErrors) -> DeliveryInput:
        """The form as the service takes it; what cannot be read goes to errors, with the
        mileage's own check (not below the mileage in), so all mistakes show at once."""
        mileage = errors.check(self._mileage_out, 0)
        today = local_today(self._clock)
        label = self.tr("交车时间")
        handover = errors.check(
            lambda: parse_local_datetime("handover_at", self.handover.text(), label, today), None
        )
        changed = self.lines.model.lines() != self._original
        return DeliveryInput(
            mileage_out=mileage,
            lines=tuple(self.lines.model.inputs()) if changed else None,
            handover_at=handover,
            note=self.note.text(),
        )

    def _mileage_out(self) -> int:
        mileage = parse_km("mileage_out", self.mileage.text(), self.tr("交车里程"))
        if mileage is None:
            raise ValidationError("mileage_out", self.tr("请填写交车里程"))
        return check_mileage_out(mileage, self._order.mileage_in)

    def deliver(self) -> None:
        if self.result_ is not None:
            self.accept()
            return
        if self._delivering:
            return
        errors = FieldErrors()
        data = self._input(errors)
        unreadable = errors.error()
        if unreadable is not None:
            self._failed(unreadable)
            return
        self._delivering = True
        self.deliver_button.setEnabled(False)
        self.ops.write(
            self._delivery.deliver, self._actor, self._order.id, self._order.version, data
        ).success(self._delivered).failure(self._failed).finally_(self._done).run()

    def _done(self) -> None:
        self._delivering = False
        self.deliver_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            # Each mistake beside its field; the lines' together in one message, the first marked.
            rest = place_field_errors(self, (self.form,), error)
            rows = [e for e in rest if e.field.startswith("lines[")]
            if rows:
                self.lines.focus_line_error(rows[0].field)
            if rest:
                show_error(self, combined(rest))
            return
        show_error(self, error)
        if isinstance(error, Conflict):
            self.done(QDialog.DialogCode.Rejected)  # the board reloads: the order as it now stands

    def _delivered(self, result: DeliveryResult) -> None:
        self.result_ = result
        order = result.order
        self._order = order
        self.form.clear_errors()
        self.discard.drop_changes()  # delivered: nothing left to lose
        self.outcome.setText(
            self.tr("已交车 {0}（{1}）。").format(order.ro_number, local_datetime(order.delivered_at))
            + next_service_text(result.next_service)
        )
        self.outcome.show()
        for w in (self.mileage, self.handover, self.note):
            w.setEnabled(False)
        self.lines.set_read_only(True)
        self.deliver_button.setText(self.tr("完成 (Ctrl+S)"))
        self.print_button.setEnabled(self._print_sheet is not None)
        # Enter closes the dialog from now on; not this very Enter, which is still on its way.
        QTimer.singleShot(0, lambda: self.close_button.setDefault(True))
        self.close_button.setFocus()

    def print_final(self) -> None:
        if self.result_ is not None and self._print_sheet is not None:
            self._print_sheet(self, self.result_.order, False, True)
