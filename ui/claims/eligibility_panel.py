"""Beside the claim form: which warranties cover the repair (on its day, at its mileage), the
三包 counts, and the warranty the claim is made under, with the reason when that one does not
cover it (the service requires it and the audit log keeps it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.claims import COVERAGE_LABELS, Coverage, CoverageKind, Eligibility
from ui.forms import FieldForm
from ui.i18n import localized
from ui.i18n import tr as _tr
from ui.labels_i18n import tr_label

COLORS = {True: "#1e8449", False: "#c0392b", None: "#7f8c8d"}
MARKS = {True: "✓", False: "✗", None: "?"}
WARN_STYLE = "color: #b9770e;"


def coverage_state(eligibility: Eligibility, kind: CoverageKind) -> bool | None:
    """True: covers the repair; False: ended or absent; None: cannot be told (no start date)."""
    found = [c for c in eligibility.coverages if c.kind is kind]
    if any(c.active for c in found):
        return True
    if any(c.active is None for c in found):
        return None
    return False


def coverage_title(coverage: Coverage) -> str:
    title = tr_label(coverage.label)
    if coverage.part_no:
        title += _tr("（{0}，{1}）").format(coverage.part_no, coverage.ro_number)
    return title


def preferred_kind(eligibility: Eligibility) -> CoverageKind:
    """The first warranty that covers the repair (整车质保 before the others), else 整车质保."""
    return next((k for k in CoverageKind if coverage_state(eligibility, k) is True), CoverageKind.BASIC)


class EligibilityPanel(QWidget):
    def __init__(self, eligibility: Eligibility, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.eligibility = eligibility
        self.setObjectName("eligibility_panel")
        box = QGroupBox(_tr("质保判定"), self)
        self.summary = QLabel(self._summary(), box)
        self.summary.setObjectName("eligibility_summary")
        self.summary.setWordWrap(True)

        lines = QWidget()
        column = QVBoxLayout(lines)
        column.setContentsMargins(0, 0, 0, 0)
        self.coverage_labels: list[QLabel] = []
        if not eligibility.coverages:
            column.addWidget(self._line(_tr("本车型没有登记质保条款"), None, "coverage_none"))
        for n, coverage in enumerate(eligibility.coverages):
            reason = localized(coverage.reason)
            text = _tr("{0} {1}：{2}").format(MARKS[coverage.active], coverage_title(coverage), reason)
            label = self._line(text, coverage.active, f"coverage_{n}")
            self.coverage_labels.append(label)
            column.addWidget(label)
        counters = QLabel(_tr("三包累计"), lines)
        counters.setStyleSheet("font-weight: bold; margin-top: 6px;")
        column.addWidget(counters)
        self.counter_labels = []
        for n, line in enumerate(eligibility.counters.lines()):
            label = self._line(localized(line), None, f"counter_{n}", plain=True)
            self.counter_labels.append(label)
            column.addWidget(label)
        column.addStretch(1)
        scroll = QScrollArea(box)
        scroll.setWidget(lines)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.form = FieldForm(box)
        self.kind = QComboBox(box)
        self.kind.setObjectName("warranty_kind")
        for kind in CoverageKind:
            state = coverage_state(eligibility, kind)
            self.kind.addItem(f"{MARKS[state]} {tr_label(COVERAGE_LABELS[kind])}", kind.value)
        self.override = QLineEdit(box)
        self.override.setObjectName("override_reason")
        self.override.setPlaceholderText(_tr("所选质保不覆盖时必填"))
        self.form.add_field("warranty_kind", _tr("索赔依据"), self.kind)
        self.form.add_field("override_reason", _tr("超保理由"), self.override)
        self.hint = QLabel(box)
        self.hint.setObjectName("kind_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(WARN_STYLE)
        self.kind.currentIndexChanged.connect(self._kind_changed)

        layout = QVBoxLayout(box)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.form)
        layout.addWidget(self.hint)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        self.set_kind(preferred_kind(eligibility))

    def _summary(self) -> str:
        e = self.eligibility
        km = _tr("{0} km").format(f"{e.km:,}") if e.km is not None else _tr("里程未知")
        return _tr("{0}　VIN {1}\n维修日 {2}，进厂里程 {3}").format(e.ro_number, e.vin, e.on.isoformat(), km)

    def _line(self, text: str, state: bool | None, name: str, plain: bool = False) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if not plain:
            label.setStyleSheet(f"color: {COLORS[state]};")
        return label

    # -- the chosen warranty ----------------------------------------------------------------

    def chosen_kind(self) -> CoverageKind:
        return CoverageKind(self.kind.currentData())

    def set_kind(self, kind: CoverageKind) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(kind.value), 0))
        self._kind_changed()

    def override_reason(self) -> str:
        return self.override.text()

    def needs_reason(self) -> bool:
        return coverage_state(self.eligibility, self.chosen_kind()) is not True

    def _kind_changed(self) -> None:
        state = coverage_state(self.eligibility, self.chosen_kind())
        if state is True:
            self.hint.clear()
        elif state is None:
            self.hint.setText(_tr("无法判定是否在质保内：请核对购车发票，并填写超保理由"))
        else:
            self.hint.setText(_tr("所选质保不覆盖本次维修：如仍要索赔，请填写超保理由"))
        self.hint.setVisible(state is not True)
