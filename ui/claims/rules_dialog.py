"""索赔规则 (supervisor and admin): how long old parts wait to be shipped and are kept, and the
parts warranty, by default and per brand; the manufacturer's list of deduction reasons.

Enter moves from field to field (on to the reasons, one a line); Ctrl+1 adds a brand, Ctrl+S or
OK saves. A mistake is shown beside its field, also in a brand's row.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.claims import BrandRules, ClaimRules, ClaimService
from app.errors import FieldErrors, ValidationError, combined
from app.roles import Actor
from ui.errors import show_error
from ui.forms import (
    ERROR_STYLE,
    CounterDialog,
    FieldForm,
    FieldGrid,
    SaveGuard,
    errors_of,
    ok_cancel,
    resize_within_screen,
)
from ui.i18n import localized
from ui.i18n import tr as _tr
from ui.intake.enter_chain import EnterChain
from ui.operations import Operations

NAMES = ("ship_days", "keep_days", "parts_warranty_months", "parts_warranty_km")
BRAND_WIDTH, FIGURE_WIDTH, SPACING = 140, 105, 6


def captions() -> tuple[str, ...]:
    """The four figures' names, beside the default's fields and over the brands' columns."""
    return (_tr("回运期限（天）"), _tr("保存期限（天）"), _tr("配件质保（月）"), _tr("质保里程 km"))


class Figures:
    """The four figures of one brand's rules (or the default's) in line edits."""

    inputs: dict[str, QLineEdit]

    def make_inputs(self, parent: QWidget) -> list[QLineEdit]:
        self.inputs = {}
        for name in NAMES:
            field = QLineEdit(parent)
            field.setObjectName(name)
            self.inputs[name] = field
        self.inputs["parts_warranty_km"].setPlaceholderText(_tr("空 = 不限"))
        return list(self.inputs.values())

    def fill(self, rules: BrandRules) -> None:
        for name in NAMES:
            value = getattr(rules, name)
            self.inputs[name].setText("" if value is None else str(value))

    def value(self, prefix: str, errors: FieldErrors) -> BrandRules:
        numbers: dict[str, int | None] = {}
        for name in NAMES:
            text = self.inputs[name].text().strip().replace(",", "")
            if not text and name == "parts_warranty_km":
                numbers[name] = None
            elif text.isdigit():
                numbers[name] = int(text)
            else:
                errors.add(ValidationError(f"{prefix}.{name}", _tr("请填写整数")))
                numbers[name] = 0
        return BrandRules(
            ship_days=numbers["ship_days"] or 0,
            keep_days=numbers["keep_days"] or 0,
            parts_warranty_months=numbers["parts_warranty_months"] or 0,
            parts_warranty_km=numbers["parts_warranty_km"],
        )


class RulesFields(FieldGrid, Figures):
    """The default's figures, each with its caption and error line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, columns=4)
        for field, (name, caption) in zip(
            self.make_inputs(self), zip(NAMES, captions(), strict=True), strict=True
        ):
            field.setMaximumWidth(90)
            self.add_field(name, caption, field)


class BrandRow(FieldForm, Figures):
    """One brand's rules on a line, under the columns' captions; each error under its field."""

    def __init__(self, brands: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.brand = QComboBox(self)
        self.brand.setObjectName("rules_brand")
        self.brand.setEditable(True)
        self.brand.addItems(list(brands))
        self.add_field("brand", "", self.brand)
        for name, field in zip(NAMES, self.make_inputs(self), strict=True):
            self.add_field(name, "", field)
        self.remove = QPushButton(self.tr("删除"), self)
        self.remove.setObjectName("remove_brand")
        self.remove.setAutoDefault(False)
        self.row.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        self.row.addStretch(1)

    def _make_layout(self) -> None:
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(SPACING)

    def _place(self, label: str, holder: QWidget) -> None:
        holder.setFixedWidth(BRAND_WIDTH if self.row.count() == 0 else FIGURE_WIDTH)
        self.row.addWidget(holder, 0, Qt.AlignmentFlag.AlignTop)

    def name(self) -> str:
        return " ".join(self.brand.currentText().split())


def brand_header(parent: QWidget) -> QWidget:
    header = QWidget(parent)
    row = QHBoxLayout(header)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(SPACING)
    for n, caption in enumerate((_tr("品牌", "claim column"), *captions())):
        label = QLabel(caption, header)
        label.setWordWrap(True)
        label.setFixedWidth(BRAND_WIDTH if n == 0 else FIGURE_WIDTH)
        row.addWidget(label, 0, Qt.AlignmentFlag.AlignBottom)
    row.addStretch(1)
    return header


class RulesDialog(CounterDialog):
    def __init__(
        self,
        claims: ClaimService,
        actor: Actor,
        rules: ClaimRules,
        brands: Sequence[str],
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rules_dialog")
        self.ops = (ops or Operations(self)).for_widget(self)
        self._claims, self._actor, self._brands = claims, actor, tuple(brands)
        self.saved: ClaimRules | None = None
        self.rows: list[BrandRow] = []
        self.setWindowTitle(self.tr("索赔规则"))
        self.setMinimumWidth(760)
        resize_within_screen(self, 840, 600)
        self.default = RulesFields(self)
        self.default.fill(rules.default)
        default_box = QGroupBox(self.tr("默认（未单独设置的品牌）"), self)
        QVBoxLayout(default_box).addWidget(self.default)
        self.list = QWidget(self)
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.addWidget(brand_header(self.list))
        self.list_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(self.list)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(120)
        self.add_button = QPushButton(self.tr("添加品牌 (Ctrl+1)"), self)
        self.add_button.setObjectName("add_brand")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_blank_row)
        QShortcut(QKeySequence("Ctrl+1"), self, self.add_blank_row)
        self.brands_error = QLabel(self)
        self.brands_error.setObjectName("error_brands")
        self.brands_error.setStyleSheet(ERROR_STYLE)
        self.brands_error.hide()
        brands_box = QGroupBox(self.tr("按品牌"), self)
        brands_layout = QVBoxLayout(brands_box)
        brands_layout.addWidget(scroll, 1)
        brands_layout.addWidget(self.brands_error)
        brands_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.reasons_form = FieldForm(self)
        self.reasons = QPlainTextEdit(self)
        self.reasons.setObjectName("deduction_reasons")
        self.reasons.setPlainText("\n".join(rules.deduction_reasons))
        self.reasons.setMinimumHeight(110)
        self.reasons_form.add_field("deduction_reasons", self.tr("扣款原因\n（每行一条）"), self.reasons)
        buttons = ok_cancel(self)
        buttons.accepted.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.saving = SaveGuard(*buttons.buttons())
        layout = QVBoxLayout(self)
        layout.addWidget(default_box)
        layout.addWidget(brands_box, 1)
        layout.addWidget(self.reasons_form, 1)
        layout.addWidget(buttons)
        for brand, brand_rules in rules.brands:
            self.add_row(brand, brand_rules)
        self._chain()
        self.default.inputs["ship_days"].setFocus()

    def _chain(self) -> None:
        stops: list[QWidget] = [self.default.inputs[n] for n in NAMES]
        for row in self.rows:
            stops += [row.brand, *(row.inputs[n] for n in NAMES)]
        self.enter_chain = EnterChain(stops, self.reasons.setFocus, self)

    def add_blank_row(self) -> None:
        self.add_row()

    def add_row(self, brand: str = "", rules: BrandRules | None = None) -> BrandRow:
        row = BrandRow(self._brands, self.list)
        row.brand.setCurrentText(brand)
        row.fill(rules or self.default.value("default", FieldErrors()))
        row.remove.clicked.connect(lambda: self.remove_row(row))
        self.list_layout.insertWidget(len(self.rows) + 1, row)  # under the captions
        self.rows.append(row)
        self._chain()
        row.brand.setFocus()
        return row

    def remove_row(self, row: BrandRow) -> None:
        self.rows.remove(row)
        row.deleteLater()
        self._chain()

    def form_rules(self, errors: FieldErrors) -> ClaimRules:
        default = self.default.value("default", errors)
        brands: list[tuple[str, BrandRules]] = []
        for row in self.rows:
            name = row.name()
            if name and any(name == b for b, _ in brands):
                errors.add(ValidationError(f"brands.{name}.brand", self.tr("品牌 {0} 重复").format(name)))
            brands.append((name, row.value(f"brands.{name}", errors)))
        reasons = tuple(x for x in self.reasons.toPlainText().splitlines() if x.strip())
        return ClaimRules(default=default, brands=tuple(brands), deduction_reasons=reasons)

    def save(self) -> None:
        if self.saving.running:
            return
        errors = FieldErrors()
        rules = self.form_rules(errors)
        unreadable = errors.error()
        if unreadable is not None:
            self.show_errors(unreadable)
            return
        self.saving.start()
        op = self.ops.write(self._claims.set_rules, self._actor, rules)
        op.success(self._saved).failure(self._failed).finally_(self.saving.end).run()

    def _saved(self, rules: ClaimRules) -> None:
        self.saved = rules
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.show_errors(error)
            return
        show_error(self, error)

    def show_errors(self, error: ValidationError) -> None:
        """Each mistake beside its field: the default's, a brand row's, the reasons; the first
        one focused; what has no field here in a message box."""
        for form in (self.default, self.reasons_form, *self.rows):
            form.clear_errors()
        self.brands_error.hide()
        focus: list[QWidget] = []
        rest: list[ValidationError] = []
        for mistake in errors_of(error):
            head, _, name = mistake.field.rpartition(".")
            target: FieldForm | None = None
            if head == "default":
                target = self.default
            elif head.startswith("brands."):
                found = next((r for r in self.rows if r.name() == head.removeprefix("brands.")), None)
                target = found
            elif mistake.field == "deduction_reasons":
                target, name = self.reasons_form, mistake.field
            elif mistake.field == "brands":
                self.brands_error.setText(localized(mistake.message))
                self.brands_error.show()
                continue
            if target is None or not target.has_field(name):
                rest.append(mistake)
                continue
            target.put_error(ValidationError(name, mistake.message))
            focus.append(target.widget_of(name))
        if focus:
            focus[0].setFocus()
        if rest:
            show_error(self, combined(rest))
