"""Whose car the booking is for: found as the counter's lookup finds it (plate, VIN or its end,
phone or its last 4 digits, name; Enter searches and moves to the cars found), or a new caller
not on file, for whom a plate and a phone are enough (the name may follow at the counter).

A booking made for the car on screen (the intake tab, a reminder call) names the car and shows
no search."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.errors import ValidationError
from app.vehicles import LookupHit
from ui.complaints.record_dialog import hit_text
from ui.forms import FieldForm
from ui.operations import Operations

SEARCH_DELAY_MS = 300
HITS = 20
NEW_CALLER = -1


@dataclass(frozen=True)
class KnownCar:
    """The car a booking is made for when the caller already has it on screen."""

    vehicle_id: int
    plate: str
    model: str
    owner: str
    phone_masked: str = ""

    @property
    def shown(self) -> str:
        return "　".join(x for x in (self.plate, self.model, self.owner, self.phone_masked) if x)


Search = Callable[[str, int], list[LookupHit]]


class CarFinder(QWidget):
    """Adds its fields to a form: find, the car found (or a new caller), plate, phone, name."""

    changed = Signal()

    def __init__(
        self, search: Search, ops: Operations, form: FieldForm, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._ops = ops
        self._form = form
        self.hits_found: list[LookupHit] = []
        self.finder = QLineEdit(parent)
        self.finder.setObjectName("booking_find")
        self.finder.setPlaceholderText(self.tr("车牌 / 车架号 / 电话或后 4 位 / 姓名，回车查找"))
        self.finder.setClearButtonEnabled(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(lambda: self.search(move_on=False))
        self.finder.textEdited.connect(lambda _text: self.timer.start())
        self.finder.returnPressed.connect(lambda: self.search(move_on=True))  # then on to the cars
        self.hits = QComboBox(parent)
        self.hits.setObjectName("booking_hits")
        self.hits.currentIndexChanged.connect(lambda _index: self._hit_changed())
        self.plate = QLineEdit(parent)
        self.plate.setObjectName("booking_plate")
        self.plate.setPlaceholderText(self.tr("如 京A·12345"))
        self.phone = QLineEdit(parent)
        self.phone.setObjectName("booking_phone")
        self.phone.setPlaceholderText(self.tr("手机或座机"))
        self.name = QLineEdit(parent)
        self.name.setObjectName("booking_name")
        self.name.setPlaceholderText(self.tr("可不填"))
        form.add_field("find", self.tr("查找车辆"), self.finder)
        form.add_field("vehicle_id", self.tr("车辆 / 客户"), self.hits)
        form.add_field("plate", self.tr("车牌"), self.plate)
        form.add_field("phone", self.tr("电话"), self.phone)
        form.add_field("name", self.tr("姓名"), self.name)
        self._fill_hits([])

    @property
    def stops(self) -> list[QWidget]:
        """Enter's stops after the search box (Enter there searches, then moves on itself)."""
        return [self.hits, self.plate, self.phone, self.name]

    # -- searching --------------------------------------------------------------------------

    def search(self, move_on: bool) -> None:
        self.timer.stop()
        text = self.finder.text().strip()
        if not text:
            self._fill_hits([])
            return

        def found(hits: list[LookupHit]) -> None:
            self._fill_hits([h for h in hits if h.vehicle_id is not None])
            if not self.hits_found:
                self._form.put_error(
                    ValidationError("find", self.tr("没有找到「{0}」：作为新客户登记车牌和电话").format(text))
                )
                self._guess_new_caller(text)
                if move_on:
                    self.plate.setFocus()
            elif move_on:
                self.hits.setFocus()

        self._ops.read(self._search, text, HITS).latest("lookup").success(found).run()

    def _guess_new_caller(self, text: str) -> None:
        """What was typed is the plate or the phone of the new caller: put it where it belongs."""
        digits = text.replace(" ", "").replace("-", "")
        target = self.phone if digits.isdigit() else self.plate
        if not target.text():
            target.setText(text)
            self.changed.emit()

    def _fill_hits(self, hits: Sequence[LookupHit]) -> None:
        self.hits_found = list(hits)
        self.hits.blockSignals(True)
        self.hits.clear()
        for n, hit in enumerate(hits):
            self.hits.addItem(hit_text(hit, self.tr("无车辆")), n)
        self.hits.addItem(self.tr("（新客户，不在档案中：填写车牌和电话）"), NEW_CALLER)
        self.hits.blockSignals(False)
        self._hit_changed()

    def _hit_changed(self) -> None:
        new = self.chosen_hit() is None
        for name in ("plate", "phone", "name"):
            self._form.widget_of(name).setEnabled(new)
        self.changed.emit()

    def chosen_hit(self) -> LookupHit | None:
        n = self.hits.currentData()
        return self.hits_found[n] if isinstance(n, int) and 0 <= n < len(self.hits_found) else None

    def choose_hit(self, vehicle_id: int) -> bool:
        for i in range(self.hits.count()):
            n = self.hits.itemData(i)
            if (
                isinstance(n, int)
                and 0 <= n < len(self.hits_found)
                and self.hits_found[n].vehicle_id == vehicle_id
            ):
                self.hits.setCurrentIndex(i)
                return True
        return False

    def set_rows_visible(self, visible: bool) -> None:
        """Hidden when the booking is for a car already on screen."""
        for name in ("find", "vehicle_id", "plate", "phone", "name"):
            holder = self._form.widget_of(name).parentWidget()
            if holder is not None:
                self._row_visible(holder, visible)

    def _row_visible(self, holder: QWidget, visible: bool) -> None:
        layout = getattr(self._form, "layout_", None)
        if layout is not None and hasattr(layout, "setRowVisible"):
            layout.setRowVisible(holder, visible)
        else:
            holder.setVisible(visible)
