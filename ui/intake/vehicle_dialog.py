"""Create or edit a vehicle; a new vehicle comes with its owner (new, or one already on file).

Every ValidationError appears beside its field. Warnings the service wants confirmed (a VIN
without check digit, an embassy plate, a plate on file for another car) are asked; a VIN already
on file offers to open that vehicle instead (`open_existing_id` is set and the dialog closes).

Every call to the services runs through Operations (off the UI thread in the program): the form
is read into plain values first, the result arrives on the UI thread. `saved` is set (and the
dialog accepted) once a save has gone through.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import changes_of
from app.errors import Conflict, FieldErrors, NeedsConfirmation, QiantaiError, ValidationError, combined
from app.roles import Actor, Permission
from app.validation import is_plate_like, is_vin_like
from app.vehicles import (
    CustomerInfo,
    CustomerInput,
    CustomerService,
    DuplicateVin,
    ModelInfo,
    ModelInput,
    VehicleInfo,
    VehicleInput,
    VehicleModelService,
    VehicleService,
    VinStatus,
)
from ui.errors import show_error
from ui.forms import (
    CounterDialog,
    DiscardGuard,
    FieldForm,
    SaveGuard,
    enter_moves_on,
    input_values,
    ok_cancel,
    read_only,
    show_field_errors,
)
from ui.i18n import localized
from ui.intake import prompts
from ui.intake.inputs import date_text, month_text, parse_date, parse_km, parse_month
from ui.operations import Operations
from ui.tasks import TaskControl

NEW_OWNER = -1
# Fields of the owner part of the form, as the customer service names them.
OWNER_FIELDS = {
    "name": "owner_name",
    "phones": "owner_phone",
    "phones[0]": "owner_phone",
    "phones[1]": "owner_phone2",
}


def _line(parent: QWidget, name: str, placeholder: str = "") -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setPlaceholderText(placeholder)
    return field


class NewModelDialog(CounterDialog):
    """A model line not on file yet: brand and name (default warranty terms)."""

    def __init__(
        self,
        models: VehicleModelService,
        actor: Actor,
        text: str,
        parent: QWidget | None = None,
        *,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = (ops or Operations(self)).for_widget(self)
        self._models = models
        self._actor = actor
        self.created: ModelInfo | None = None
        self.setWindowTitle(self.tr("新增车型"))
        brand, _, name = text.strip().partition(" ")
        self.form = FieldForm(self)
        self.brand = _line(self, "brand")
        self.name = _line(self, "model")
        self.form.add_field("brand", self.tr("品牌"), self.brand)
        self.form.add_field("model", self.tr("车型"), self.name)
        self.is_nev = QComboBox(self)
        self.is_nev.setObjectName("is_nev")
        self.is_nev.addItem(self.tr("燃油车"), False)
        self.is_nev.addItem(self.tr("新能源车（含动力电池质保）"), True)
        self.form.add_field("is_nev", self.tr("动力"), self.is_nev)
        self.brand.setText(brand)
        self.name.setText(name)
        note = QLabel(self.tr("质保期限按默认值；如需修改请联系管理员在车型设置中调整。"), self)
        note.setWordWrap(True)
        self.buttons = ok_cancel(self)
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.saving = SaveGuard(self.buttons)
        enter_moves_on([self.brand, self.name], self.save)

    def save(self) -> None:
        if self.saving.running:
            return
        data = ModelInput(self.brand.text(), self.name.text(), bool(self.is_nev.currentData()))
        self.saving.start()
        self.ops.write(self._models.create_model, self._actor, data).success(self._created).failure(
            self.form.report
        ).finally_(self.saving.end).run()

    def _created(self, model: ModelInfo) -> None:
        self.created = model
        self.accept()


class VehicleDialog(CounterDialog):
    def __init__(
        self,
        vehicles: VehicleService,
        customers: CustomerService,
        models: VehicleModelService,
        actor: Actor,
        *,
        vehicle: VehicleInfo | None = None,
        owner: CustomerInfo | None = None,
        initial_text: str = "",
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        """vehicle: edit it; else a new one, for `owner` if given, prefilled from the search text."""
        super().__init__(parent)
        self.ops = (ops or Operations(self)).for_widget(self)
        self._vehicles = vehicles
        self._customers = customers
        self._models = models
        self._actor = actor
        self._vehicle = vehicle
        self.saved: VehicleInfo | None = None
        self.open_existing_id: int | None = None
        self.model_dialog: NewModelDialog | None = None  # open over this one, if any
        # The model to select once the list is in (the list arrives after the form is built).
        self._wanted_model_id: int | None = None
        self.setWindowTitle(self.tr("编辑车辆") if vehicle else self.tr("新建车辆"))
        self.setMinimumWidth(560)

        self.form = FieldForm(self)
        self.vin = _line(self, "vin", self.tr("17 位，可扫码"))
        self.plate = _line(self, "plate", self.tr("例如 京A·12345，新车可不填"))
        self.model = QComboBox(self)
        self.model.setObjectName("model")
        self.model.setEditable(True)
        self.model.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.new_model = QPushButton(self.tr("新增车型…"), self)
        self.new_model.setObjectName("new_model")
        self.new_model.setAutoDefault(False)
        self.new_model.clicked.connect(self.add_model)
        model_row = QWidget(self)
        model_box = QHBoxLayout(model_row)
        model_box.setContentsMargins(0, 0, 0, 0)
        model_box.addWidget(self.model, 1)
        model_box.addWidget(self.new_model)
        self.colour = _line(self, "colour")
        self.purchase_date = _line(self, "purchase_date", self.tr("年-月-日"))
        self.invoice_date = _line(self, "invoice_date", self.tr("年-月-日（三包起算）"))
        self.delivery_date = _line(self, "delivery_date", self.tr("年-月-日（与开票日不同时填）"))
        self.inspection_due = _line(self, "inspection_due", self.tr("年-月（行驶证“检验有效期至”）"))
        self.insurance_expires = _line(self, "insurance_expires", self.tr("年-月-日（保单止期）"))
        self.mileage = _line(self, "mileage_km", self.tr("公里"))
        self.note = _line(self, "note")
        self.form.add_field("vin", self.tr("车架号 VIN"), self.vin)
        # What the VIN check says while typing; shown without taking the focus away.
        self.vin_hint = QLabel(self)
        self.vin_hint.setObjectName("vin_hint")
        self.vin_hint.setStyleSheet("color: #b9770e;")
        self.vin_hint.setWordWrap(True)
        self.vin_hint.hide()
        self.form.layout_.addRow("", self.vin_hint)
        self.form.add_field("plate", self.tr("车牌号"), self.plate)
        self.form.add_field("model_id", self.tr("车型"), model_row)
        self.form.add_field("colour", self.tr("颜色"), self.colour)
        self.form.add_field("purchase_date", self.tr("购车日期"), self.purchase_date)
        self.form.add_field("invoice_date", self.tr("开票日期"), self.invoice_date)
        self.form.add_field("delivery_date", self.tr("交付日期"), self.delivery_date)
        self.form.add_field("inspection_due", self.tr("年检有效期至"), self.inspection_due)
        self.form.add_field("insurance_expires", self.tr("保险到期日"), self.insurance_expires)
        if vehicle is None:
            self.form.add_field("mileage_km", self.tr("当前里程"), self.mileage)
        else:
            self.mileage.hide()
        self.form.add_field("note", self.tr("备注"), self.note)
        self.open_duplicate = QPushButton(self.tr("打开已有车辆"), self)
        self.open_duplicate.setObjectName("open_duplicate")
        self.open_duplicate.setAutoDefault(False)
        self.open_duplicate.hide()
        self.open_duplicate.clicked.connect(self._open_duplicate)
        self._duplicate_id: int | None = None

        vehicle_box = QGroupBox(self.tr("车辆"), self)
        QVBoxLayout(vehicle_box).addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(vehicle_box)
        layout.addWidget(self.open_duplicate)

        # The owner: only when creating (an owner's details are edited in the customer form).
        self.owner_form = FieldForm(self)
        self.owner_choice = QComboBox(self)
        self.owner_choice.setObjectName("owner_choice")
        self.owner_name = _line(self, "owner_name")
        self.owner_phone = _line(self, "owner_phone", self.tr("手机或座机"))
        self.owner_phone2 = _line(self, "owner_phone2", self.tr("可不填"))
        if vehicle is None:
            self.owner_form.add_field("owner_choice", self.tr("车主"), self.owner_choice)
            self.owner_form.add_field("owner_name", self.tr("姓名"), self.owner_name)
            self.owner_form.add_field("owner_phone", self.tr("电话"), self.owner_phone)
            self.owner_form.add_field("owner_phone2", self.tr("备用电话"), self.owner_phone2)
            owner_box = QGroupBox(self.tr("车主"), self)
            QVBoxLayout(owner_box).addWidget(self.owner_form)
            layout.addWidget(owner_box)
            self.owner_choice.addItem(self.tr("新客户（填写下方姓名和电话）"), NEW_OWNER)
            if owner is not None:
                self._offer_owner(owner, select=True)
            self.owner_choice.currentIndexChanged.connect(self._owner_changed)
            self.owner_phone.editingFinished.connect(self._look_up_phone)
        self.buttons = ok_cancel(self)
        self.buttons.accepted.connect(self.save)
        layout.addWidget(self.buttons)
        self.saving = SaveGuard(self.buttons)

        self._load_models()
        self.vin.editingFinished.connect(self._check_vin)
        fields: list[QLineEdit] = [self.vin, self.plate]
        self.plate.returnPressed.connect(self.model.setFocus)
        line_edit = self.model.lineEdit()
        if line_edit is not None:
            line_edit.returnPressed.connect(self.colour.setFocus)
        fields = [self.colour, self.purchase_date, self.invoice_date, self.delivery_date]
        fields += [self.inspection_due, self.insurance_expires]
        if vehicle is None:
            fields.append(self.mileage)
        fields.append(self.note)
        if vehicle is None:
            fields += [self.owner_name, self.owner_phone, self.owner_phone2]
        self.vin.returnPressed.connect(self.plate.setFocus)
        enter_moves_on(fields, self.save)
        if vehicle is not None:
            self._fill(vehicle)
        else:
            self._prefill(initial_text)
        self._owner_changed()
        # Esc or closing with changes asks first (see reject); what was filled in is no change.
        self.discard = DiscardGuard(self, self._typed)
        if not actor.can(Permission.EDIT_VEHICLES):
            read_only(self, self.buttons)

    # -- filling ----------------------------------------------------------------------------

    def _load_models(self, select_id: int | None = None) -> None:
        if select_id is not None:
            self._wanted_model_id = select_id
        self.ops.read(self._models.list_models, self._actor).latest("models").success(self._show_models).run()

    def _show_models(self, models: list[ModelInfo]) -> None:
        typed = self.model.currentText()  # what the advisor typed while the list was on its way
        self.model.clear()
        for m in models:
            self.model.addItem(m.display, m.id)
        completer = QCompleter([m.display for m in models], self.model)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.model.setCompleter(completer)
        self.model.setCurrentIndex(-1)
        self.model.setEditText("")
        if self._wanted_model_id is not None:
            self._select_model(self._wanted_model_id)
        elif typed:
            self.model.setEditText(typed)

    def _select_model(self, model_id: int) -> None:
        self._wanted_model_id = model_id
        index = self.model.findData(model_id)
        if index >= 0:
            self.model.setCurrentIndex(index)
            self._wanted_model_id = None

    def _fill(self, v: VehicleInfo) -> None:
        self.vin.setText(v.vin)
        self.plate.setText(v.plate_display)
        self._select_model(v.model.id)
        self.colour.setText(v.colour)
        self.purchase_date.setText(date_text(v.purchase_date))
        self.invoice_date.setText(date_text(v.invoice_date))
        self.delivery_date.setText(date_text(v.delivery_date))
        self.inspection_due.setText(month_text(v.inspection_due))
        self.insurance_expires.setText(date_text(v.insurance_expires))
        self.note.setText(v.note)

    def _prefill(self, text: str) -> None:
        """What the advisor searched for is probably what this new vehicle carries."""
        text = text.strip()
        if not text:
            return
        if is_vin_like(text):
            self.vin.setText(text)
        elif is_plate_like(text):
            self.plate.setText(text)
        elif text.replace(" ", "").replace("-", "").isdigit():
            self.owner_phone.setText(text)
        elif not text.isascii():
            self.owner_name.setText(text)

    def _offer_owner(self, owner: CustomerInfo, select: bool = False) -> None:
        if self.owner_choice.findData(owner.id) < 0:
            phone = owner.main_phone_masked or self.tr("无电话")
            self.owner_choice.addItem(self.tr("已有客户：{0}（{1}）").format(owner.name, phone), owner.id)
        if select:
            self.owner_choice.setCurrentIndex(self.owner_choice.findData(owner.id))

    def _owner_changed(self) -> None:
        new = self.owner_choice.currentData() in (None, NEW_OWNER)
        for field in (self.owner_name, self.owner_phone, self.owner_phone2):
            field.setEnabled(new)

    def _look_up_phone(self) -> None:
        """A number already on file: offer its customer as the owner instead of a duplicate."""
        phone = self.owner_phone.text()
        if self.owner_choice.currentData() != NEW_OWNER or not phone.strip():
            return

        def found(customers: list[CustomerInfo]) -> None:
            for customer in customers:
                self._offer_owner(customer)
            if customers and self.owner_choice.currentData() == NEW_OWNER:
                self.owner_form.show_error(
                    ValidationError(
                        "owner_choice", self.tr("该电话已登记在已有客户名下，可在上方“车主”中选择")
                    )
                )

        # A malformed number is reported beside the field on save; only a bug is shown here.
        self.ops.read(self._customers.find_by_phone, self._actor, phone).latest("phone").success(
            found
        ).failure(self._unless_expected).run()

    def _unless_expected(self, error: BaseException) -> None:
        """A check while typing stays quiet about what the save will report anyway."""
        if not isinstance(error, QiantaiError):
            show_error(self, error)

    def _check_vin(self) -> None:
        self._duplicate_id = None
        self.open_duplicate.hide()
        self.vin_hint.hide()
        typed = self.vin.text()
        if not typed.strip():
            return

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError):
                self._hint(localized(error.message))
            else:
                self._unless_expected(error)

        self.ops.read(self._vehicles.check_vin, self._actor, typed).latest("vin").success(
            lambda status: self._vin_checked(typed, status)
        ).failure(failed).run()

    def _vin_checked(self, typed: str, status: VinStatus) -> None:
        if self.vin.text() != typed:
            return  # changed meanwhile: its own check follows when the advisor leaves the field
        if typed != status.vin:
            self.vin.setText(status.vin)  # as stored: upper case, half-width, no separators
        if status.existing_vehicle_id is not None and (
            self._vehicle is None or status.existing_vehicle_id != self._vehicle.id
        ):
            self._duplicate_id = status.existing_vehicle_id
            self._hint(self.tr("该车架号已登记，可直接打开已有车辆"))
            self.open_duplicate.show()
        elif status.warning:
            self._hint(status.warning)

    def _hint(self, text: str) -> None:
        self.vin_hint.setText(text)
        self.vin_hint.show()

    def _open_duplicate(self) -> None:
        if self._duplicate_id is not None:
            self.open_existing_id = self._duplicate_id
            super().reject()  # the advisor chose the vehicle on file over this form: nothing to ask

    # -- saving -----------------------------------------------------------------------------

    def _model_id(self) -> int:
        text = self.model.currentText().strip()
        index = self.model.findText(text)
        if index < 0:
            raise ValidationError("model_id", self.tr("请选择车型；列表中没有时点“新增车型…”"))
        return int(self.model.itemData(index))

    def add_model(self) -> None:
        dialog = NewModelDialog(self._models, self._actor, self.model.currentText(), self, ops=self.ops)
        self.model_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def closed(_result: int) -> None:
            self.model_dialog = None
            if dialog.created is not None:
                self._load_models(select_id=dialog.created.id)

        dialog.finished.connect(closed)
        dialog.open()

    def _input(self, errors: FieldErrors) -> VehicleInput:
        """The form as the service takes it; a value that cannot be read goes to errors (and an
        empty value stands in for it)."""
        owner_id = (
            self._vehicle.owner_id if self._vehicle else int(self.owner_choice.currentData() or NEW_OWNER)
        )

        def date_of(field: str, edit: QLineEdit, label: str) -> dt.date | None:
            return errors.check(lambda: parse_date(field, edit.text(), label), None)

        return VehicleInput(
            vin=self.vin.text(),
            model_id=errors.check(self._model_id, 0),
            owner_id=owner_id,
            plate=self.plate.text(),
            colour=self.colour.text(),
            purchase_date=date_of("purchase_date", self.purchase_date, self.tr("购车日期")),
            invoice_date=date_of("invoice_date", self.invoice_date, self.tr("开票日期")),
            delivery_date=date_of("delivery_date", self.delivery_date, self.tr("交付日期")),
            inspection_due=errors.check(
                lambda: parse_month("inspection_due", self.inspection_due.text(), self.tr("年检有效期至")),
                None,
            ),
            insurance_expires=date_of("insurance_expires", self.insurance_expires, self.tr("保险到期日")),
            note=self.note.text(),
            mileage_km=None
            if self._vehicle
            else errors.check(lambda: parse_km("mileage_km", self.mileage.text()), None),
        )

    def _owner_field(self, field: str) -> str:
        return OWNER_FIELDS.get(field, field) if self._vehicle is None else field

    def _show_field_error(self, e: ValidationError) -> None:
        """Every mistake beside its field, the vehicle's and the new owner's, all at once."""
        show_field_errors(self, (self.form, self.owner_form), e, self._owner_field)

    def save(self, confirmed: bool = False) -> None:
        """Saves off the UI thread; on success `saved` is set and the dialog accepted."""
        if self.saving.running:
            return
        errors = FieldErrors()
        data = self._input(errors)
        vehicles, actor, current = self._vehicles, self._actor, self._vehicle
        owner = None
        if current is None and data.owner_id == NEW_OWNER:
            owner = CustomerInput(self.owner_name.text(), (self.owner_phone.text(), self.owner_phone2.text()))
        if errors.errors:
            # What could not be read, with every other mistake the save would report.
            errors.add_others(vehicles.form_errors(data, owner))
            self._show_field_error(combined(errors.errors))
            return

        def work(_control: TaskControl) -> VehicleInfo:
            if current is not None:
                return vehicles.update(actor, current.id, current.version, data, confirm_warnings=confirmed)
            if owner is None:
                return vehicles.create(actor, data, confirm_warnings=confirmed)
            return vehicles.create_with_owner(actor, owner, data, confirm_warnings=confirmed)[1]

        method = (
            vehicles.update if current else vehicles.create if owner is None else vehicles.create_with_owner
        )
        self.saving.start()
        self.ops.task(work, changes_of(method)).success(self._saved).failure(self._save_failed).finally_(
            self.saving.end
        ).run()

    def _saved(self, vehicle: VehicleInfo) -> None:
        self.saved = vehicle
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, DuplicateVin):
            self._duplicate_id = error.existing_vehicle_id
            self._show_field_error(error)
            self.open_duplicate.show()
            title = self.tr("车架号已登记")
            if prompts.ask(self, title, error.message, self.tr("打开已有车辆"), self.tr("返回修改")):
                self._open_duplicate()
        elif isinstance(error, NeedsConfirmation):
            if prompts.confirm_warnings(self, error):
                self.save(confirmed=True)
        elif isinstance(error, ValidationError):
            self._show_field_error(error)
        else:
            show_error(self, error)
            if isinstance(error, Conflict):
                self._reload()

    def _typed(self) -> object:
        """The form's values; the model as the one chosen (its list arrives after the form opens)."""
        if self._wanted_model_id is not None:
            model: object = self._wanted_model_id
        else:
            index = self.model.findText(self.model.currentText().strip())
            model = int(self.model.itemData(index)) if index >= 0 else self.model.currentText().strip()
        return (input_values(self.form, self.owner_form, skip=(self.model,)), model)

    def reject(self) -> None:
        if self.discard.may_close():
            super().reject()

    def _reload(self) -> None:
        """Another counter changed the vehicle: show theirs; the advisor re-enters the change."""
        if self._vehicle is None:
            return

        def shown(vehicle: VehicleInfo) -> None:
            self._vehicle = vehicle
            self._fill(vehicle)
            self.discard.mark_clean()

        self.ops.read(self._vehicles.get, self._actor, self._vehicle.id).success(shown).run()
