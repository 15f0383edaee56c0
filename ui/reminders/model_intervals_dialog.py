"""保养间隔 (a dealer setting: those who may change the models' terms): each vehicle model's first
service (months and km after the start of ownership) and regular service (months and km after
the last one), whichever comes first.

The models are listed with their four numbers; the selected model's are edited in the fields
below. Enter moves from field to field and saves at the last (Ctrl+S anywhere); each mistake is
shown beside its field. A save goes at the version read: another counter's save first is said and
the list is read again. After a save the dialog offers to work out every open service reminder
again (their due dates follow the intervals), and says how many moved. Changes not saved are asked
about before another model is chosen or the dialog closes.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import Conflict, FieldErrors, NotFound, ValidationError
from app.reminders import ReminderService
from app.reminders.recompute import Recomputed
from app.roles import Actor, Permission
from app.vehicles import ModelInfo, VehicleModelService
from ui.claims.page_kit import read_only_table
from ui.errors import show_error
from ui.forms import (
    CounterDialog,
    DiscardGuard,
    FieldGrid,
    SaveGuard,
    enter_never_clicks,
    input_values,
    resize_within_screen,
    show_field_errors,
)
from ui.intake.enter_chain import EnterChain
from ui.operations import Operations
from ui.reminders.interval_fields import (
    INTERVALS,
    field_name,
    interval_captions,
    interval_text,
    model_columns,
    read_interval,
)
from ui.table_model import RowsModel

MODEL_COLUMN = 1


class ModelIntervalsDialog(CounterDialog):
    def __init__(
        self,
        models: VehicleModelService,
        reminders: ReminderService,
        actor: Actor,
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("model_intervals_dialog")
        self.ops = (ops or Operations(self)).for_widget(self)
        self._models, self._reminders, self._actor = models, reminders, actor
        self.shown: ModelInfo | None = None  # whose numbers are in the fields, at the version read
        self.saved: list[ModelInfo] = []
        self.recomputed: Recomputed | None = None
        self._restoring = False
        self.setWindowTitle(self.tr("保养间隔"))
        self.setMinimumWidth(640)
        resize_within_screen(self, 820, 560)
        note = QLabel(
            self.tr(
                "首保从购车（开票或交车）起算，定期保养从上次保养起算；时间和里程以先到者为准。"
                "修改后的间隔用于今后算出的提醒，已有的提醒在重新计算后才按新间隔。"
            ),
            self,
        )
        note.setWordWrap(True)
        self.model: RowsModel[ModelInfo] = RowsModel(model_columns(), self)
        self.table = read_only_table(self, self.model, "models_table", stretch=MODEL_COLUMN)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._row_changed())
        self.table.setMinimumHeight(150)
        self.table.activated.connect(lambda _index: self._edit_fields())
        self.box = QGroupBox(self)
        self.form = FieldGrid(self.box, columns=2)
        captions = interval_captions()
        self.inputs: dict[str, QLineEdit] = {}
        for interval in INTERVALS:
            field = QLineEdit(self.form)
            field.setObjectName(interval)
            field.setMaximumWidth(110)
            self.form.add_field(field_name(interval), captions[interval], field)
            self.inputs[interval] = field
        QVBoxLayout(self.box).addWidget(self.form)
        self.discard = DiscardGuard(self, lambda: input_values(self.form))
        self.message = QLabel(self)
        self.message.setObjectName("intervals_message")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存 (Ctrl+S)"), self)
        self.save_button.setObjectName("save_intervals")
        self.save_button.clicked.connect(self.save)
        self.recompute_button = QPushButton(self.tr("重新计算全部提醒…"), self)
        self.recompute_button.setObjectName("recompute_reminders")
        self.recompute_button.setAutoDefault(False)  # Enter in the list opens the fields
        self.recompute_button.clicked.connect(self.offer_recompute)
        self.recompute_button.setVisible(actor.can(Permission.RUN_REPORTS))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        close.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        enter_never_clicks(close)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.saving = SaveGuard(self.save_button, self.recompute_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.recompute_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.box)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.enter_chain = EnterChain(list(self.inputs.values()), self.save, self)
        self._show_model(None)
        self.table.setFocus()
        self.read_models()

    # -- the list -----------------------------------------------------------------------------

    def read_models(self) -> None:
        op = self.ops.read(self._models.list_models, self._actor)
        op.latest("models").success(self._show_models).run()

    def _show_models(self, models: list[ModelInfo]) -> None:
        """The list as stored; the model in the fields stays chosen, the numbers typed over kept
        (the others show what is stored now)."""
        shown = self.shown
        typed = self._typed_over()
        self._restoring = True
        self.model.set_rows(models)
        row = self.row_of(shown.id) if shown is not None else None
        if row is None and models:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self._restoring = False
        current = self.model.row_at(row) if row is not None else None
        self._show_model(current)
        if current is not None and shown is not None and current.id == shown.id:
            for name, text in typed.items():
                self.inputs[name].setText(text)

    def _typed_over(self) -> dict[str, str]:
        """The fields whose text is no longer the number of the model shown."""
        shown = self.shown
        if shown is None:
            return {}
        return {
            name: field.text()
            for name, field in self.inputs.items()
            if field.text() != interval_text(name, getattr(shown.terms, name))
        }

    def row_of(self, model_id: int) -> int | None:
        return next((n for n, info in enumerate(self.model.rows) if info.id == model_id), None)

    def selected(self) -> ModelInfo | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _row_changed(self) -> None:
        if self._restoring:
            return
        chosen, shown = self.selected(), self.shown
        if chosen is None or (shown is not None and chosen.id == shown.id):
            return
        if shown is not None and self.discard.changed() and not self._may_leave(shown):
            row = self.row_of(shown.id)
            if row is not None:
                self._restoring = True
                self.table.selectRow(row)
                self._restoring = False
            return
        self._show_model(chosen)

    def _may_leave(self, shown: ModelInfo) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("放弃修改？"))
        box.setText(self.tr("“{0}”的保养间隔尚未保存。放弃这些修改吗？").format(shown.display))
        discard = box.addButton(self.tr("放弃修改"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("继续编辑"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    # -- the fields ---------------------------------------------------------------------------

    def _show_model(self, info: ModelInfo | None) -> None:
        self.shown = info
        self.form.clear_errors()
        for name, field in self.inputs.items():
            field.setText(interval_text(name, getattr(info.terms, name)) if info is not None else "")
            field.setEnabled(info is not None)
        self.save_button.setEnabled(info is not None and not self.saving.running)
        if info is None:
            self.box.setTitle(self.tr("保养间隔"))
        else:
            self.box.setTitle(self.tr("“{0}”的保养间隔").format(info.display))
        self.discard.mark_clean()

    def _edit_fields(self) -> None:
        first = self.inputs[INTERVALS[0]]
        if first.isEnabled():
            first.setFocus()
            first.selectAll()

    def save(self) -> None:
        info = self.shown
        if self.saving.running or info is None:
            return
        errors = FieldErrors()
        values = {name: read_interval(name, field.text(), errors) for name, field in self.inputs.items()}
        mistake = errors.error()
        if mistake is not None:
            show_field_errors(self, (self.form,), mistake)
            return
        self.form.clear_errors()
        terms = dataclasses.replace(info.terms, **values)  # type: ignore[arg-type]
        if terms == info.terms:
            self.message.setText(self.tr("“{0}”的保养间隔没有改动").format(info.display))
            self._show_model(info)
            return
        self.saving.start()
        op = self.ops.write(self._models.update_service_intervals, self._actor, info.id, info.version, terms)
        op.success(self._saved).failure(self._failed).finally_(self.saving.end).run()

    def _saved(self, info: ModelInfo) -> None:
        self.saved.append(info)
        rows = [info if row.id == info.id else row for row in self.model.rows]
        self._restoring = True
        self.model.set_rows(rows)
        row = self.row_of(info.id)
        if row is not None:
            self.table.selectRow(row)
        self._restoring = False
        self._show_model(info)
        self.message.setText(self.tr("已保存“{0}”的保养间隔").format(info.display))
        if self._actor.can(Permission.RUN_REPORTS):
            self.offer_recompute()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            show_field_errors(self, (self.form,), error)
            return
        show_error(self, error)
        if isinstance(error, (Conflict, NotFound)):
            self.read_models()

    # -- the reminders ------------------------------------------------------------------------

    def offer_recompute(self) -> None:
        """Asks whether to work out every open service reminder again now (it may take a while)."""
        if self.saving.running or not self._actor.can(Permission.RUN_REPORTS):
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("重新计算提醒"))
        box.setText(self.tr("按现在的保养间隔重新计算所有未完成的保养提醒的到期日吗？"))
        box.setInformativeText(self.tr("车辆多时需要一些时间；不重新计算，已有的提醒仍按原来的间隔。"))
        now = box.addButton(self.tr("重新计算"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("以后再说"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        box.setEscapeButton(later)
        box.exec()
        if box.clickedButton() is not now:
            return
        self.saving.start()
        op = self.ops.write(self._reminders.recompute_all, self._actor)
        op.with_progress(self.tr("正在重新计算保养提醒…"), cancellable=False)
        op.success(self._recomputed).finally_(self._recompute_ended).run()

    def _recomputed(self, done: Recomputed) -> None:
        self.recomputed = done
        self.message.setText(
            self.tr("已重新计算 {0} 条未完成的保养提醒，其中 {1} 条的到期日有变").format(
                done.reminders, done.moved
            )
        )

    def _recompute_ended(self) -> None:
        self.saving.end()
        self.save_button.setEnabled(self.shown is not None)

    def reject(self) -> None:
        if self.discard.may_close():
            super().reject()
