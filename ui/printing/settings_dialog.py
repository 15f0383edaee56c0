"""Printer settings (admin and supervisor): the system's printers, a profile per document kind,
and the test page to check a printer and calibrate label offsets. Reading and saving the profiles,
asking for the printers and printing the test page run through ui.operations."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.context import Services
from app.errors import PrinterUnavailable, ValidationError
from app.printing import (
    A4_MM,
    KIND_LABELS,
    MAX_COPIES,
    MAX_OFFSET_MM,
    ORIENTATION_LABELS,
    PROFILED_KINDS,
    DocumentKind,
    Orientation,
    PrinterProfile,
    PrintJobInfo,
)
from app.roles import Actor, Permission
from ui.errors import show_error
from ui.forms import FieldForm
from ui.i18n import localized
from ui.labels_i18n import tr_label
from ui.operations import ChangeBus, Operations
from ui.tasks import TaskRunner, ThreadTaskRunner

ASK = ""  # the printer box's value for "ask every time"


class PrinterSettingsDialog(QDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.ops = Operations(self, runner or ThreadTaskRunner(), bus)
        self.editable = actor.can(Permission.EDIT_PRINTER_PROFILES)
        self.setWindowTitle(self.tr("打印设置"))
        self.resize(900, 560)
        # Until the stored profiles arrive, the defaults (the form is disabled meanwhile).
        self.profiles: dict[DocumentKind, PrinterProfile] = services.printing.default_profiles()
        self._showing: DocumentKind | None = None

        # Left: the system's printers.
        self.printer_list = QListWidget(self)
        self.printer_list.setObjectName("system_printers")
        refresh = QPushButton(self.tr("刷新"), self)
        refresh.setObjectName("refresh_printers")
        refresh.clicked.connect(self.load_printers)
        printers_box = QGroupBox(self.tr("系统打印机"), self)
        left = QVBoxLayout(printers_box)
        left.addWidget(self.printer_list, 1)
        left.addWidget(refresh)

        # Middle: the document kinds.
        self.kind_list = QListWidget(self)
        self.kind_list.setObjectName("kinds")
        for kind in PROFILED_KINDS:
            item = QListWidgetItem(tr_label(KIND_LABELS[kind]))
            item.setData(256, kind.value)
            self.kind_list.addItem(item)
        self.kind_list.currentRowChanged.connect(self._kind_changed)
        kinds_box = QGroupBox(self.tr("单据"), self)
        QVBoxLayout(kinds_box).addWidget(self.kind_list)

        # Right: the selected kind's profile.
        self.form = FieldForm(self)
        self.printer_box = QComboBox(self)
        self.printer_box.setObjectName("printer")
        self.printer_box.setEditable(True)
        self.paper_box = QComboBox(self)
        self.paper_box.setObjectName("paper")
        self.paper_box.addItem(self.tr("A4"), "A4")
        self.paper_box.addItem(self.tr("标签（自定义尺寸）"), "label")
        self.paper_box.currentIndexChanged.connect(self._paper_changed)
        self.width_spin = self._mm_spin("width_mm", 10, 1000)
        self.height_spin = self._mm_spin("height_mm", 10, 1000)
        size_row = QWidget(self)
        size_layout = QHBoxLayout(size_row)
        size_layout.setContentsMargins(0, 0, 0, 0)
        size_layout.addWidget(self.width_spin)
        size_layout.addWidget(QLabel("×", self))
        size_layout.addWidget(self.height_spin)
        size_layout.addWidget(QLabel(self.tr("毫米"), self))
        size_layout.addStretch(1)
        self.width_spin.setMaximumWidth(110)
        self.height_spin.setMaximumWidth(110)
        self.orientation_box = QComboBox(self)
        self.orientation_box.setObjectName("orientation")
        for orientation in Orientation:
            self.orientation_box.addItem(tr_label(ORIENTATION_LABELS[orientation]), orientation.value)
        self.copies_spin = QSpinBox(self)
        self.copies_spin.setObjectName("copies")
        self.copies_spin.setRange(1, MAX_COPIES)
        self.offset_x = self._mm_spin("offset_x_mm", -MAX_OFFSET_MM, MAX_OFFSET_MM)
        self.offset_y = self._mm_spin("offset_y_mm", -MAX_OFFSET_MM, MAX_OFFSET_MM)
        self.form.add_field("printer", self.tr("打印机"), self.printer_box)
        self.form.add_field("paper", self.tr("纸张"), self.paper_box)
        self.form.add_field("size", self.tr("标签尺寸（宽×高）"), size_row)
        self.form.add_field("orientation", self.tr("方向"), self.orientation_box)
        self.form.add_field("copies", self.tr("份数"), self.copies_spin)
        self.form.add_field("offset_x_mm", self.tr("水平偏移（向右为正）"), self.offset_x)
        self.form.add_field("offset_y_mm", self.tr("垂直偏移（向下为正）"), self.offset_y)
        hint = QLabel(
            self.tr("选择“每次询问”时，打印前在预览中选择打印机。标签打偏时，打印测试页并调整偏移。"), self
        )
        hint.setWordWrap(True)
        self.test_button = QPushButton(self.tr("保存并打印测试页"), self)
        self.test_button.setObjectName("print_test")
        self.test_button.clicked.connect(self.print_test_page)
        profile_box = QGroupBox(self.tr("打印设置"), self)
        right = QVBoxLayout(profile_box)
        right.addWidget(self.form)
        right.addWidget(hint)
        right.addStretch(1)
        right.addWidget(self.test_button)

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("关闭"), self)
        close.setObjectName("close")
        close.clicked.connect(self.reject)
        for b in (self.save_button, close, self.test_button, refresh):
            b.setAutoDefault(False)

        columns = QHBoxLayout()
        columns.addWidget(printers_box, 2)
        columns.addWidget(kinds_box, 2)
        columns.addWidget(profile_box, 4)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        if not self.editable:
            note = QLabel(self.tr("只有系统管理员和前台主管可以修改打印设置。"), self)
            note.setObjectName("read_only_note")
            layout.addWidget(note)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)

        self.profile_box = profile_box
        for widget in (profile_box, self.save_button):
            widget.setEnabled(False)
        self.load_printers()
        self.kind_list.setCurrentRow(0)
        self.ops.read(services.printing.profiles).success(self._profiles_loaded).run()

    def _profiles_loaded(self, profiles: dict[DocumentKind, PrinterProfile]) -> None:
        self.profiles = profiles
        self.show_profile(self.profiles[self.current_kind()])
        for widget in (self.profile_box, self.save_button):
            widget.setEnabled(self.editable)

    def _mm_spin(self, name: str, low: float, high: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        return spin

    # -- loading and reading the form -------------------------------------------------------

    def load_printers(self) -> None:
        printing = self.services.printing

        def ask() -> tuple[list[str], str | None]:
            return printing.available_printers(), printing.default_printer()

        self.ops.read(ask).success(lambda found: self._show_printers(*found)).run()

    def _show_printers(self, names: list[str], default: str | None) -> None:
        self.printer_list.clear()
        for name in names:
            self.printer_list.addItem(name + (self.tr("（默认）") if name == default else ""))
        if not names:
            self.printer_list.addItem(self.tr("（没有找到打印机）"))
        current = self.printer_box.currentText() if self.printer_box.count() else None
        self.printer_box.clear()
        self.printer_box.addItem(self.tr("每次询问"), ASK)
        for name in names:
            self.printer_box.addItem(name, name)
        if current is not None:
            self.printer_box.setCurrentText(current)

    def current_kind(self) -> DocumentKind:
        item = self.kind_list.currentItem()
        return DocumentKind(item.data(256)) if item is not None else PROFILED_KINDS[0]

    def _kind_changed(self, _row: int) -> None:
        if self._showing is not None:
            self.profiles[self._showing] = self.profile_from_form(self._showing)
        self._showing = self.current_kind()
        self.show_profile(self.profiles[self._showing])

    def show_profile(self, profile: PrinterProfile) -> None:
        self.form.clear_errors()
        if profile.printer and self.printer_box.findData(profile.printer) < 0:
            self.printer_box.addItem(profile.printer, profile.printer)  # not on this PC: keep it
        self.printer_box.setCurrentIndex(max(0, self.printer_box.findData(profile.printer or ASK)))
        self.paper_box.setCurrentIndex(0 if profile.paper == "A4" else 1)
        width, height = profile.paper_mm
        self.width_spin.setValue(width)
        self.height_spin.setValue(height)
        self.orientation_box.setCurrentIndex(self.orientation_box.findData(profile.orientation.value))
        self.copies_spin.setValue(profile.copies)
        self.offset_x.setValue(profile.offset_x_mm)
        self.offset_y.setValue(profile.offset_y_mm)
        self._paper_changed()

    def _paper_changed(self) -> None:
        is_label = self.paper_box.currentData() == "label"
        self.width_spin.setEnabled(is_label)
        self.height_spin.setEnabled(is_label)
        if not is_label:
            self.width_spin.setValue(A4_MM[0])
            self.height_spin.setValue(A4_MM[1])

    def profile_from_form(self, kind: DocumentKind) -> PrinterProfile:
        text = self.printer_box.currentText().strip()
        printer = None if text in ("", self.tr("每次询问")) else text
        paper: str | tuple[float, float] = (
            "A4"
            if self.paper_box.currentData() == "A4"
            else (self.width_spin.value(), self.height_spin.value())
        )
        return replace(
            self.profiles[kind],
            printer=printer,
            paper=paper,
            orientation=Orientation(self.orientation_box.currentData()),
            copies=self.copies_spin.value(),
            offset_x_mm=round(self.offset_x.value(), 1),
            offset_y_mm=round(self.offset_y.value(), 1),
        )

    # -- actions ----------------------------------------------------------------------------

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Saves every profile (the one on screen as edited); `then` runs once they are saved."""
        kind = self.current_kind()
        self.profiles[kind] = self.profile_from_form(kind)
        self.form.clear_errors()

        def saved(profiles: dict[DocumentKind, PrinterProfile]) -> None:
            self.profiles = profiles
            self.status.setText(self.tr("打印设置已保存。"))
            if then is not None:
                then()

        def refused(error: BaseException) -> None:
            if isinstance(error, ValidationError):
                field = "size" if error.field == "paper" else error.field
                if not self.form.show_error(ValidationError(field, error.message)):
                    self.status.setText(localized(error.message))
                return
            show_error(self, error)

        op = self.ops.write(self.services.printing.set_profiles, self.actor, list(self.profiles.values()))
        op.success(saved).failure(refused).run()

    def print_test_page(self) -> None:
        self.save(then=self._print_test_page)

    def _print_test_page(self) -> None:
        kind = self.current_kind()
        profile = self.profiles[kind]
        printer = profile.printer
        if printer is None:
            QMessageBox.information(self, self.tr("打印测试页"), self.tr("请先为该单据选择一台打印机。"))
            return
        variant = "label" if profile.is_label else "a4"
        self.test_button.setEnabled(False)
        self.status.setText(self.tr("正在打印测试页…"))
        op = self.ops.write(self.services.printing.print_test_page, self.actor, variant, printer, kind)
        op.success(self._test_printed).failure(self._test_failed).run()

    def _test_printed(self, job: PrintJobInfo) -> None:
        self.test_button.setEnabled(True)
        self.status.setText(
            self.tr("测试页已发送到 {printer}（打印任务 {id}）。").format(printer=job.printer, id=job.id)
        )

    def _test_failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        if isinstance(error, PrinterUnavailable):
            self.status.setText(localized(error.message))
            return
        self.status.clear()
        show_error(self, error)
