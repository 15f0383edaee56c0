"""A customer's personal data on their request (administration tab): find the customer by id or
phone, see what anonymising would replace and whether the 6-year retention allows it today,
export everything held on them as JSON or .xlsx, anonymise them (after a confirmation)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.privacy import AnonymisationPlan, CustomerExport, PrivacyService
from app.roles import Actor
from app.validation import mask_phone
from ui.i18n import localized
from ui.operations import Operations
from ui.table_model import Column, RowsModel

NOTE_STYLE = "color: #555;"
WARN_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1b6e20;"


class PersonalDataDialog(QDialog):
    def __init__(
        self,
        privacy: PrivacyService,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = (ops or Operations(self)).for_widget(self)
        self._privacy = privacy
        self._actor = actor
        self.plan: AnonymisationPlan | None = None
        self.setObjectName("personal_data_dialog")
        self.setWindowTitle(self.tr("客户个人信息：导出与匿名化"))
        self.resize(720, 560)
        intro = QLabel(
            self.tr(
                "按个人信息保护法，客户可要求查阅、复制其个人信息；维修记录依三包规定至少保存 6 年，"
                "客户的全部记录都过了保存期后，可应其要求匿名化：姓名换成占位名、删除电话，"
                "车辆的维修技术记录（工单、明细、里程、检查单、索赔）保留。"
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(NOTE_STYLE)
        self.query = QLineEdit(self)
        self.query.setObjectName("customer_query")
        self.query.setPlaceholderText(self.tr("客户编号（如 #123）或完整的电话号码"))
        self.query.returnPressed.connect(self.look_up)
        self.find_button = QPushButton(self.tr("查找"), self)
        self.find_button.clicked.connect(self.look_up)
        search = QHBoxLayout()
        search.addWidget(self.query, 1)
        search.addWidget(self.find_button)
        self.customer = QLabel(self)
        self.customer.setObjectName("customer")
        self.customer.setWordWrap(True)
        # What anonymising replaces, one (what, count) row each.
        self.replaced_model: RowsModel[tuple[str, int]] = RowsModel(
            [
                Column(self.tr("将替换的内容"), lambda r: localized(r[0])),
                Column(self.tr("条数"), lambda r: str(r[1]), align_right=True),
            ],
            self,
        )
        self.replaced = QTableView(self)
        self.replaced.setObjectName("replaced")
        self.replaced.setModel(self.replaced_model)
        header = self.replaced.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.replaced.verticalHeader().hide()
        self.replaced.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.json_button = QPushButton(self.tr("导出 JSON…"), self)
        self.json_button.setObjectName("export_json")
        self.json_button.clicked.connect(lambda: self.export("json"))
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"), self)
        self.xlsx_button.setObjectName("export_xlsx")
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.anonymise_button = QPushButton(self.tr("匿名化…"), self)
        self.anonymise_button.setObjectName("anonymise")
        self.anonymise_button.clicked.connect(self.anonymise)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.json_button)
        buttons.addWidget(self.xlsx_button)
        buttons.addStretch(1)
        buttons.addWidget(self.anonymise_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(search)
        layout.addWidget(self.customer)
        layout.addWidget(self.replaced, 1)
        layout.addWidget(self.verdict)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._show(None)

    def look_up(self) -> None:
        text = self.query.text().strip()
        self.status.clear()
        if not text:
            self.status.setText(self.tr("请输入客户编号或电话"))
            return
        self.ops.read(self._privacy.plan, self._actor, text).latest("plan").success(self._show).failure(
            self._not_found
        ).run()

    def _not_found(self, error: BaseException) -> None:
        self._show(None)
        self.status.setStyleSheet(WARN_STYLE)
        self.status.setText(localized(getattr(error, "message", str(error))))

    def _show(self, plan: AnonymisationPlan | None) -> None:
        self.plan = plan
        self.replaced_model.set_rows(list(plan.counts.items()) if plan else [])
        for w in (self.json_button, self.xlsx_button):
            w.setEnabled(plan is not None)
        self.anonymise_button.setEnabled(plan is not None and plan.allowed)
        if plan is None:
            self.customer.setText(self.tr("尚未选择客户"))
            self.verdict.clear()
            return
        found = plan.customer
        phones = "、".join(mask_phone(p) for p in found.phones) or self.tr("无")
        self.customer.setText(
            self.tr("客户 #{0}：{1}，电话 {2}；匿名后显示为“{3}”").format(
                found.id, found.name, phones, plan.placeholder
            )
        )
        if plan.allowed:
            self.verdict.setStyleSheet(OK_STYLE)
            self.verdict.setText(self.tr("可以匿名化：该客户的全部维修记录都已超过 6 年保存期。"))
        else:
            self.verdict.setStyleSheet(WARN_STYLE)
            self.verdict.setText(localized(plan.reason))

    def export(self, kind: str) -> None:
        plan = self.plan
        if plan is None:
            return
        suffix, name = (
            (".json", self.tr("JSON 文件 (*.json)"))
            if kind == "json"
            else (".xlsx", self.tr("Excel 工作簿 (*.xlsx)"))
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出客户资料"), f"customer-{plan.customer.id}{suffix}", name
        )
        if path:
            self.export_to(kind, path)

    def export_to(self, kind: str, path: str) -> None:
        plan = self.plan
        if plan is None:
            return
        run = self._privacy.export_json if kind == "json" else self._privacy.export_xlsx
        query = f"#{plan.customer.id}"
        self.ops.read(run, self._actor, query, Path(path)).success(
            lambda export: self._exported(export, path)
        ).run()

    def _exported(self, export: CustomerExport, path: str) -> None:
        rows = sum(len(r) for r in export.sections.values())
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(self.tr("已导出 {0} 条记录到 {1}（已记入操作记录）").format(rows, path))

    def anonymise(self) -> None:
        plan = self.plan
        if plan is None or not plan.allowed:
            return
        answer = QMessageBox.question(
            self,
            self.tr("匿名化客户"),
            self.tr("客户 #{0} 的姓名和电话将被替换为“{1}”，此操作不能撤销。确定匿名化吗？").format(
                plan.customer.id, plan.placeholder
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.anonymise_now()

    def anonymise_now(self) -> None:
        plan = self.plan
        if plan is None:
            return
        query = f"#{plan.customer.id}"
        self.ops.write(self._privacy.anonymise, self._actor, query).success(
            lambda _plan: self._done(query)
        ).run()

    def _done(self, query: str) -> None:
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(self.tr("已匿名化，车辆的维修记录保留（已记入操作记录）"))
        self.ops.read(self._privacy.plan, self._actor, query).latest("plan").success(self._show).run()
