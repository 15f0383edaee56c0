"""The audit log tab (审计日志), for the supervisor and the administrator: who changed what and when,
before → after, found by days (today when it opens), user, category or action, one record and a
text in what changed; newest first, 200 rows at a time (Ctrl+M the next 200).

The selected row's fields show below the list, each before → after. Keyboard: Enter in any filter
searches, F5 reads again, Ctrl+F the record field, Ctrl+E exports the rows found to .xlsx. The list
does not follow other counters' writes by itself (a supervisor reading a row keeps it): F5 does.
The service records the viewer's own use (one row per user and filter within half an hour) and
every export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.auditing import AuditLine, AuditPage, AuditQuery, Filters
from app.changes import Change
from app.context import Services
from app.errors import ValidationError
from app.roles import Actor
from ui.audit.audit_model import SUMMARY_COLUMN, AuditModel, ChangesModel, record_text, shown, user_text, when
from ui.audit.filters_bar import FiltersBar
from ui.base_tab import BaseTab
from ui.claims.page_kit import read_only_table
from ui.errors import show_error
from ui.i18n import localized
from ui.operations import ChangeBus
from ui.tasks import TaskRunner


class DetailPanel(QWidget):
    """One audit row: when, who, what, which record, and each field before → after."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit_detail")
        self.title = QLabel(self)
        self.title.setObjectName("audit_detail_title")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = ChangesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("audit_changes")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setMinimumSectionSize(26)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, header.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)
        header.setSectionResizeMode(2, header.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        self.line: AuditLine | None = None
        self.show_line(None)

    def show_line(self, line: AuditLine | None) -> None:
        self.line = line
        if line is None:
            self.title.setText(self.tr("选择一条记录查看修改前后的内容"))
            self.model.set_rows([])
            return
        parts = [when(line), user_text(line), shown(line.action_label), record_text(line)]
        text = "　".join(p for p in parts if p)
        if not line.changes:
            text += "　" + self.tr("（没有记录修改的字段）")
        self.title.setText(text)
        self.model.set_rows(line.changes)
        self.table.resizeRowsToContents()


class AuditTab(BaseTab):
    watches = frozenset({Change.USERS})  # the users to choose from

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(services, actor, parent, runner, bus)
        self.setObjectName("audit_tab")
        self.audit_log = services.audit_log
        self.page: AuditPage | None = None
        self.query: AuditQuery | None = None  # the one the list shows
        self.filters = FiltersBar(self.search, self.audit_log.today(), self)
        self.model = AuditModel(self)
        self.table = read_only_table(self, self.model, "audit_table", stretch=SUMMARY_COLUMN)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        self.detail = DetailPanel(self)
        self.count = QLabel(self)
        self.count.setObjectName("audit_count")
        self.search_button = self.add_button(self.tr("查询 (Enter)"), "audit_search", self.search)
        self.refresh_button = self.add_button(self.tr("刷新 (F5)"), "audit_refresh", self.refresh, "F5")
        self.more_button = self.add_button(
            self.tr("再显示 200 条 (Ctrl+M)"), "audit_more", self.more, "Ctrl+M"
        )
        self.export_button = self.add_button(
            self.tr("导出 Excel (Ctrl+E)"), "audit_export", self.export, "Ctrl+E"
        )
        self.add_shortcut("Ctrl+F", self._focus_record)
        self.message.setObjectName("audit_message")
        self.more_button.setEnabled(False)
        self._build_layout()
        self.load_filters()
        self.search()

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search_button)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.export_button)
        bar.addStretch(1)
        bar.addWidget(self.count)
        bar.addWidget(self.more_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("audit_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    # -- loading ------------------------------------------------------------------------------

    def load_filters(self) -> None:
        self.ops.read(self.audit_log.filters, self.actor).success(self._offer).run()

    def _offer(self, filters: Filters) -> None:
        self.filters.offer(filters)

    def refresh(self) -> None:
        """F5, or the users changed: the lists to choose from and the rows, read again."""
        self.load_filters()
        self.search()

    def search(self) -> None:
        query = self.filters.query()
        op = self.ops.read(self.audit_log.search, self.actor, query)
        op.latest("page").success(lambda page: self._show(query, page, False)).failure(self._failed).run()

    def more(self) -> None:
        if self.page is None or self.page.next is None or self.query is None:
            return
        query, after = self.query, self.page.next
        op = self.ops.read(self.audit_log.search, self.actor, query, after)
        op.latest("page").success(lambda page: self._show(query, page, True)).failure(self._failed).run()

    def _show(self, query: AuditQuery, page: AuditPage, appended: bool) -> None:
        self.filters.mark_record(False)
        current = self.current_line()
        self.query = query
        self.page = page
        lines = [*self.model.rows, *page.lines] if appended else list(page.lines)
        self.model.set_rows(lines)
        self.more_button.setEnabled(page.next is not None)
        if page.next is not None:
            self.count.setText(self.tr("已显示 {0} 条，还有更早的").format(len(lines)))
        else:
            self.count.setText(self.tr("{0} 条").format(len(lines)))
        found = page.record.label if page.record is not None else ""
        self.show_message(self.tr("记录：{0}").format(found) if found else "")
        row = next((i for i, line in enumerate(lines) if current and line.id == current.id), None)
        if row is None and lines:
            row = len(lines) - len(page.lines) if appended else 0
        if row is not None:
            self.table.selectRow(row)
        self._current_changed()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            if error.field == "record":
                self.filters.mark_record(True)
                self.filters.record.setFocus()
            self.show_message(localized(error.message))
            return
        show_error(self, error)

    def _focus_record(self) -> None:
        self.filters.record.setFocus()
        self.filters.record.selectAll()

    # -- selection ----------------------------------------------------------------------------

    def current_line(self) -> AuditLine | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _current_changed(self) -> None:
        self.detail.show_line(self.current_line())

    # -- export -------------------------------------------------------------------------------

    def ask_path(self) -> Path | None:
        query = self.query or self.filters.query()
        days = f"{query.since}" if query.since == query.until else f"{query.since}-{query.until}"
        suggested = str(Path.home() / self.tr("审计日志-{0}.xlsx").format(days))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("导出审计日志"), suggested, self.tr("Excel 工作簿 (*.xlsx)")
        )
        if not path:
            return None
        return Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")

    def export(self) -> None:
        """The rows the filters find (not only those on screen) as a workbook; recorded."""
        query = self.filters.query()
        target = self.ask_path()
        if target is None:
            return

        def done(count: int) -> None:
            self.show_message(self.tr("已导出 {0} 条到 {1}；导出已记录在审计日志").format(count, target))

        op = self.ops.read(self.audit_log.export, self.actor, query, target)
        op.success(done).failure(self._failed).run()
