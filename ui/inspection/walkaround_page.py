"""The walk-around (环车检查): marks placed on the car outline with the chosen kind (keys 1-5),
their list with notes and photos; and, on a page of its own, what else is checked around the
car (ConditionPage): warning lights, tyres, items in the car, the valuables reminder, old parts,
wash, waiting.

The same drawing serves the handover check at delivery (DeliveryPage): the intake marks are shown
faintly there, and what is marked is the damage found at handover."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.inspection import (
    ITEMS_IN_CAR,
    MARK_KIND_LABELS,
    MAX_PHOTO_BYTES,
    TYRE_POSITIONS,
    TYRE_STATES,
    WARNING_LIGHTS,
    MarkInfo,
    MarkInput,
    MarkKind,
)
from ui.inspection.marks_model import NOTE_COLUMN, MarksModel
from ui.inspection.outline_geometry import MarkPoint
from ui.inspection.outline_widget import OutlineWidget
from ui.labels_i18n import tr_label

PHOTO_COLUMN = 4
MIN_MARKS_WIDTH = 280  # the marks' table keeps its number, view, kind and some of the note
SPLIT_SHARES = (60, 40)  # the drawing and the marks' table, when the page is first shown


def points(marks: Sequence[MarkInput], faint: bool = False) -> list[MarkPoint]:
    return [MarkPoint(n, m.view, m.x, m.y, m.kind, faint) for n, m in enumerate(marks, start=1)]


def info_points(marks: Sequence[MarkInfo], faint: bool = True) -> list[MarkPoint]:
    return [MarkPoint(m.number, m.view, m.x, m.y, m.kind, faint) for m in marks]


class MarkingArea(QWidget):
    """The drawing, the kind buttons and the marks' table: placing, moving, removing, noting."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outline = OutlineWidget(self)
        self.model = MarksModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("marks")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(24)
        # Number, view and kind as wide as what they show; the photo's file name in a column of
        # its own width (elided); the note takes what is left.
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PHOTO_COLUMN, QHeaderView.ResizeMode.Interactive)
        metrics = self.table.fontMetrics()
        self.table.setColumnWidth(PHOTO_COLUMN, metrics.horizontalAdvance("IMG_01.jpg") + 12)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.kinds = QButtonGroup(self)
        kinds_row = QHBoxLayout()
        for n, kind in enumerate(MarkKind, start=1):
            button = QPushButton(f"{n} {tr_label(MARK_KIND_LABELS[kind])}", self)
            button.setObjectName(f"kind-{kind.value}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setChecked(n == 1)
            self.kinds.addButton(button, n - 1)
            kinds_row.addWidget(button)
            shortcut = QShortcut(QKeySequence(str(n)), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.click)
        kinds_row.addStretch(1)
        self.photo_button = QPushButton(self.tr("照片…"), self)
        self.photo_button.setObjectName("photo")
        self.photo_button.setAutoDefault(False)
        self.photo_button.clicked.connect(self._choose_photo)
        self.remove_button = QPushButton(self.tr("删除标记"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self._remove_selected)
        side = QWidget(self)
        side.setMinimumWidth(MIN_MARKS_WIDTH)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.photo_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        side_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.outline)
        split.addWidget(side)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        # Shares, not pixels: about 40 % for the marks, 390 px of a 1024 screen, 530 of a 1366.
        split.setSizes(list(SPLIT_SHARES))
        self.split = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(kinds_row)
        layout.addWidget(split, 1)
        self.outline.mark_placed.connect(self._placed)
        self.outline.mark_moved.connect(self._moved)
        self.outline.mark_removed.connect(self._removed)
        self.outline.mark_selected.connect(self._select_row)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _old: self.outline.set_selected(current.row() + 1 if current.isValid() else 0)
        )
        self.model.edited.connect(self.changed)
        self._read_only = False

    # ---------------------------------------------------------------- the marks
    def kind(self) -> str:
        return list(MarkKind)[max(self.kinds.checkedId(), 0)].value

    def marks(self) -> tuple[MarkInput, ...]:
        return self.model.marks

    def set_marks(self, marks: Sequence[MarkInput], faint: Sequence[MarkPoint] = ()) -> None:
        self.model.set_marks(marks)
        self.outline.set_marks(points(marks))
        self.outline.set_previous(faint)

    def _replace(self, marks: list[MarkInput], select: int = 0) -> None:
        self.model.set_marks(marks)
        self.outline.set_marks(points(marks))
        if select:
            self._select_row(select)
        self.changed.emit()

    def _placed(self, view: str, x: float, y: float) -> None:
        marks = [*self.model.marks, MarkInput(view, x, y, self.kind())]
        self._replace(marks, len(marks))

    def _moved(self, number: int, x: float, y: float) -> None:
        marks = list(self.model.marks)
        marks[number - 1] = replace(marks[number - 1], x=x, y=y)
        self._replace(marks, number)

    def _removed(self, number: int) -> None:
        marks = list(self.model.marks)
        del marks[number - 1]
        self._replace(marks)

    def _select_row(self, number: int) -> None:
        if number:
            self.table.selectRow(number - 1)
        else:
            self.table.clearSelection()

    def selected(self) -> int:
        index = self.table.currentIndex()
        return index.row() + 1 if index.isValid() and self.table.selectionModel().hasSelection() else 0

    def _remove_selected(self) -> None:
        if self.selected() and not self._read_only:
            self._removed(self.selected())

    def _choose_photo(self) -> None:
        number = self.selected()
        if not number or self._read_only:
            QMessageBox.information(self, self.tr("照片"), self.tr("请先在图上或列表中选中一个标记"))
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择照片"), "", self.tr("图片 (*.jpg *.jpeg *.png *.bmp)")
        )
        if name:
            self.attach_photo(number, Path(name))

    def attach_photo(self, number: int, path: Path) -> bool:
        """Keeps the image file's bytes with the mark; says why when it cannot."""
        try:
            data = path.read_bytes()
        except OSError as e:
            QMessageBox.warning(self, self.tr("照片"), self.tr("无法读取照片：{0}").format(e.strerror or e))
            return False
        if len(data) > MAX_PHOTO_BYTES:
            QMessageBox.warning(self, self.tr("照片"), self.tr("照片不能超过 4 MB，请缩小后再选"))
            return False
        marks = list(self.model.marks)
        marks[number - 1] = replace(marks[number - 1], photo=data, photo_name=path.name[:128])
        self._replace(marks, number)
        return True

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.model.read_only = read_only
        self.outline.set_read_only(read_only)
        for button in (*self.kinds.buttons(), self.photo_button, self.remove_button):
            button.setEnabled(not read_only)


def _boxes(
    titles: Sequence[str], parent: QWidget, changed: SignalInstance, columns: int
) -> tuple[QGroupBox, list[QCheckBox]]:
    group = QGroupBox(parent)
    grid = QGridLayout(group)
    boxes = []
    for n, title in enumerate(titles):
        box = QCheckBox(tr_label(title), group)
        box.setProperty("value", title)
        box.toggled.connect(changed)
        grid.addWidget(box, n // columns, n % columns)
        boxes.append(box)
    return group, boxes


class WalkaroundPage(QWidget):
    """The walk-around's drawing with its marks."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = MarkingArea(self)
        self.area.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.area, 1)

    def load(self, marks: Sequence[MarkInput], previous: Sequence[MarkInfo]) -> None:
        self.area.set_marks(marks, info_points(previous))

    def set_read_only(self, read_only: bool) -> None:
        self.area.set_read_only(read_only)


class ConditionPage(QWidget):
    """What else is checked around the car: warning lights, tyres, items in the car, and the
    valuables reminder, old parts, wash and whether the customer waits."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lights_box, self.lights = _boxes(WARNING_LIGHTS, self, self.changed, 3)
        lights_box.setTitle(self.tr("亮起的故障灯"))
        items_box, self.items = _boxes(ITEMS_IN_CAR, self, self.changed, 3)
        items_box.setTitle(self.tr("车内物品"))
        tyres_box = QGroupBox(self.tr("轮胎"), self)
        tyres_grid = QGridLayout(tyres_box)
        self.tyres: dict[str, QComboBox] = {}
        for n, where in enumerate(TYRE_POSITIONS):
            combo = QComboBox(tyres_box)
            combo.setObjectName(f"tyre-{where}")
            combo.addItem("", "")
            for state in TYRE_STATES:
                combo.addItem(tr_label(state), state)
            combo.currentIndexChanged.connect(self.changed)
            tyres_grid.addWidget(QLabel(tr_label(where), tyres_box), n // 3, (n % 3) * 2)
            tyres_grid.addWidget(combo, n // 3, (n % 3) * 2 + 1)
            self.tyres[where] = combo
        self.valuables = QCheckBox(self.tr("已提醒客户带走贵重物品"), self)
        self.keep_old_parts = QCheckBox(self.tr("保留旧件"), self)
        self.wash = QCheckBox(self.tr("洗车"), self)
        self.waits = QCheckBox(self.tr("客户等待（不勾选：客户离店）"), self)
        flags_box = QGroupBox(self.tr("其他"), self)
        flags = QGridLayout(flags_box)
        for n, box in enumerate((self.valuables, self.keep_old_parts, self.wash, self.waits)):
            box.toggled.connect(self.changed)
            flags.addWidget(box, n // 2, n % 2)
        layout = QVBoxLayout(self)
        for group in (lights_box, items_box, tyres_box, flags_box):
            layout.addWidget(group)
        layout.addStretch(1)

    def load(
        self,
        lights: Sequence[str],
        tyres: Mapping[str, str],
        items: Sequence[str],
        flags: tuple[bool, bool, bool, bool],
    ) -> None:
        for box in self.lights:
            box.setChecked(box.property("value") in lights)
        for box in self.items:
            box.setChecked(box.property("value") in items)
        for where, combo in self.tyres.items():
            combo.setCurrentIndex(max(combo.findData(tyres.get(where, "")), 0))
        for box, on in zip((self.valuables, self.keep_old_parts, self.wash, self.waits), flags, strict=True):
            box.setChecked(on)

    def warning_lights(self) -> tuple[str, ...]:
        return tuple(str(b.property("value")) for b in self.lights if b.isChecked())

    def items_in_car(self) -> tuple[str, ...]:
        return tuple(str(b.property("value")) for b in self.items if b.isChecked())

    def tyre_states(self) -> dict[str, str]:
        return {where: str(c.currentData()) for where, c in self.tyres.items() if c.currentData()}

    def flags(self) -> tuple[bool, bool, bool, bool]:
        boxes = (self.valuables, self.keep_old_parts, self.wash, self.waits)
        return (boxes[0].isChecked(), boxes[1].isChecked(), boxes[2].isChecked(), boxes[3].isChecked())

    def set_read_only(self, read_only: bool) -> None:
        boxes = (self.valuables, self.keep_old_parts, self.wash, self.waits)
        for w in (*self.lights, *self.items, *self.tyres.values(), *boxes):
            w.setEnabled(not read_only)


class DeliveryPage(QWidget):
    """The handover check: the intake marks faintly, the damage found now marked over them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = MarkingArea(self)
        self.area.changed.connect(self.changed)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("delivery_note")
        self.note.setPlaceholderText(
            self.tr("交车时与客户一同检查：新增损伤已标在图上（灰色为接车时的标记）")
        )
        self.note.setMaximumHeight(60)
        self.note.setTabChangesFocus(True)
        self.note.textChanged.connect(self.changed)
        self.status = QLabel(self)
        self.save_button = QPushButton(self.tr("保存交车检查"), self)
        self.save_button.setObjectName("save_delivery")
        self.save_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.note)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)

    def load(self, intake: Sequence[MarkInfo], delivery: Sequence[MarkInfo], note: str, checked: str) -> None:
        self.area.set_marks([m.as_input() for m in delivery], info_points(intake))
        self.note.setPlainText(note)
        self.status.setText(checked)
