"""新建投诉: find the customer as the counter's lookup does (plate, phone or its last 4 digits,
name, VIN's end, RO number; Enter searches and moves to the cars found), the car, the visit it
is about (one of the car's latest orders, or none), how it came, what it is about, and what
happened in the customer's words. Enter moves on and saves at the words (Shift+Enter: a new
line); typed changes are asked about before the dialog closes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.context import Services
from app.errors import ValidationError, combined
from app.reports import (
    COMPLAINT_CATEGORY_LABELS,
    COMPLAINT_CHANNEL_LABELS,
    ComplaintCategory,
    ComplaintChannel,
    ComplaintInfo,
    ComplaintInput,
    OrderChoice,
)
from app.roles import Actor
from app.vehicles import LookupHit
from ui.complaints.dialog_kit import FormDialog, text_box
from ui.labels_i18n import tr_label
from ui.operations import Op, Operations
from ui.time_format import local_datetime

SEARCH_DELAY_MS = 300
HITS = 20
DESCRIPTION_LIMIT = 2000
# The channels in the order a counter meets them; the follow-up call's come by themselves.
CHANNELS = (
    ComplaintChannel.COUNTER,
    ComplaintChannel.PHONE,
    ComplaintChannel.HOTLINE,
    ComplaintChannel.ONLINE,
    ComplaintChannel.REGULATOR,
    ComplaintChannel.FOLLOW_UP,
)


class RecordDialog(FormDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        ops: Operations | None = None,
        channel: ComplaintChannel = ComplaintChannel.COUNTER,
        reply_hours: int | None = None,
    ) -> None:
        super().__init__("complaint_record_dialog", parent, ops)
        self.setWindowTitle(self.tr("新建投诉"))
        self.setMinimumWidth(600)
        self.services, self.actor = services, actor
        self.complaints = services.complaints
        self.result_: ComplaintInfo | None = None
        self.hits_found: list[LookupHit] = []
        if reply_hours is not None:
            self.about.setText(self.tr("登记后 {0} 小时内须首次回复客户。").format(reply_hours))
        else:
            self.about.hide()

        self.finder = QLineEdit(self)
        self.finder.setObjectName("record_find")
        self.finder.setPlaceholderText(
            self.tr("车牌 / 电话或后 4 位 / 姓名 / VIN 后 6 位 / 工单号，回车查找")
        )
        self.finder.setClearButtonEnabled(True)
        self.find_timer = QTimer(self)
        self.find_timer.setSingleShot(True)
        self.find_timer.setInterval(SEARCH_DELAY_MS)
        self.find_timer.timeout.connect(lambda: self.search(move_on=False))
        self.finder.textEdited.connect(lambda _text: self.find_timer.start())
        self.finder.returnPressed.connect(lambda: self.search(move_on=True))
        self.hits = QComboBox(self)
        self.hits.setObjectName("record_hits")
        self.hits.currentIndexChanged.connect(lambda _index: self._hit_changed())
        self.order = QComboBox(self)
        self.order.setObjectName("record_order")
        self.channel = QComboBox(self)
        self.channel.setObjectName("record_channel")
        for choice in CHANNELS:
            self.channel.addItem(tr_label(COMPLAINT_CHANNEL_LABELS[choice]), choice.value)
        self.channel.setCurrentIndex(self.channel.findData(channel.value))
        self.category = QComboBox(self)
        self.category.setObjectName("record_category")
        self.category.addItem(self.tr("（请选择）"), None)
        for category in ComplaintCategory:
            self.category.addItem(tr_label(COMPLAINT_CATEGORY_LABELS[category]), category.value)
        self.description = text_box(
            self, "record_description", self.tr("发生了什么，尽量记下客户的原话"), DESCRIPTION_LIMIT
        )
        self.description.setFixedHeight(110)
        self.form.add_field("find", self.tr("查找客户"), self.finder)
        self.form.add_field("customer", self.tr("客户 / 车辆"), self.hits)
        self.form.add_field("repair_order", self.tr("相关工单"), self.order)
        self.form.add_field("channel", self.tr("投诉渠道"), self.channel)
        self.form.add_field("category", self.tr("投诉类别"), self.category)
        self.form.add_field("description", self.tr("投诉内容"), self.description)
        self._fill_hits([])
        self.finish([self.hits, self.order, self.channel, self.category, self.description])
        self.finder.setFocus()

    # -- the customer ---------------------------------------------------------------------------

    def search(self, move_on: bool) -> None:
        """The lookup for the text typed (the newest ask wins); Enter then moves to the cars."""
        self.find_timer.stop()
        text = self.finder.text().strip()
        if not text:
            return
        op = self.ops.read(self.services.vehicles.lookup.search, self.actor, text, HITS)

        def found(hits: list[LookupHit]) -> None:
            self._fill_hits(hits)
            if not hits:
                self.form.put_error(
                    ValidationError("find", self.tr("没有找到「{0}」对应的客户或车辆").format(text))
                )
            elif move_on:
                self.hits.setFocus()

        op.latest("lookup").success(found).run()

    def _fill_hits(self, hits: Sequence[LookupHit]) -> None:
        self.hits_found = list(hits)
        self.hits.blockSignals(True)
        self.hits.clear()
        if not hits:
            self.hits.addItem(self.tr("（先在上面查找客户）"), None)
        for n, hit in enumerate(hits):
            self.hits.addItem(hit_text(hit, self.tr("无车辆")), n)
        self.hits.blockSignals(False)
        self._hit_changed()

    def chosen_hit(self) -> LookupHit | None:
        n = self.hits.currentData()
        return self.hits_found[n] if isinstance(n, int) and n < len(self.hits_found) else None

    def _hit_changed(self) -> None:
        hit = self.chosen_hit()
        self._fill_orders(())
        if hit is None or hit.vehicle_id is None:
            return
        op = self.ops.read(self.complaints.orders_of, self.actor, hit.vehicle_id)
        op.latest("orders").success(self._fill_orders).run()

    def _fill_orders(self, orders: Sequence[OrderChoice]) -> None:
        self.order.clear()
        self.order.addItem(self.tr("（不关联工单）"), None)
        for order in orders:
            text = "　".join(
                x
                for x in (
                    order.ro_number,
                    local_datetime(order.opened_at),
                    tr_label(order.status_label),
                    order.advisor,
                )
                if x
            )
            self.order.addItem(text, order.id)

    def choose_order(self, order_id: int) -> None:
        self.order.setCurrentIndex(max(self.order.findData(order_id), 0))

    def choose_category(self, category: ComplaintCategory) -> None:
        self.category.setCurrentIndex(self.category.findData(category.value))

    # -- saving ---------------------------------------------------------------------------------

    def write(self) -> Op[Any] | None:
        hit = self.chosen_hit()
        category = self.category.currentData()
        errors: list[ValidationError] = []
        if hit is None:
            errors.append(ValidationError("customer", self.tr("请先查找并选择投诉的客户")))
        if category is None:
            errors.append(ValidationError("category", self.tr("请选择投诉类别")))
        if not self.description.toPlainText().strip():
            errors.append(ValidationError("description", self.tr("请填写投诉内容")))
        if errors:
            self.show_errors(combined(errors))
            return None
        assert hit is not None
        data = ComplaintInput(
            customer_id=hit.customer_id,
            vehicle_id=hit.vehicle_id,
            repair_order_id=self.order.currentData(),
            channel=ComplaintChannel(self.channel.currentData()),
            category=ComplaintCategory(category),
            description=self.description.toPlainText(),
        )
        return self.ops.write(self.complaints.record, self.actor, data)

    def saved(self, result: Any) -> None:
        self.result_ = result


def hit_text(hit: LookupHit, no_car: str) -> str:
    """粤B·12345　本田 雅阁　张三　138****5678"""
    car = hit.plate_display or (hit.vin[-6:] if hit.vin else "")
    parts = (
        (car, hit.model, hit.owner_name, hit.phone_masked)
        if hit.vehicle_id is not None
        else (hit.owner_name, hit.phone_masked, f"（{no_car}）")
    )
    return "　".join(p for p in parts if p)
