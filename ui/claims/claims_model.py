"""The claims list: one row per claim (newest first), its status tinted, provisional numbers marked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.claims import CLAIM_STATUS_LABELS, ClaimRow, ClaimStatus
from ui.i18n import tr as _tr
from ui.intake.lines_model import yuan_text
from ui.labels_i18n import tr_label
from ui.table_model import Column, RowsModel
from ui.time_format import local_datetime

Index = QModelIndex | QPersistentModelIndex

STATUS_TINTS = {
    ClaimStatus.DRAFT: QColor("#fff4d6"),
    ClaimStatus.SUBMITTED: QColor("#dcecff"),
    ClaimStatus.APPROVED: QColor("#dff5df"),
    ClaimStatus.REJECTED: QColor("#fdecea"),
    ClaimStatus.PAID: QColor("#eeeeee"),
}
PROVISIONAL_TEXT = QColor("#7f8c8d")
NUMBER_COLUMN, STATUS_COLUMN, FAULT_COLUMN = 0, 3, 4


def number_text(claim_no: str, provisional: bool) -> str:
    """The claim's number; a provisional one (the dealer's, until the manufacturer's is entered) says so."""
    return claim_no + (_tr("（临时）") if provisional else "")


def tags_text(row: ClaimRow) -> str:
    return f"{row.tags_printed}/{row.pieces}" if row.pieces else "—"


def claim_columns() -> list[Column[ClaimRow]]:
    return [
        Column(_tr("索赔单号"), lambda r: number_text(r.claim_no, r.provisional)),
        Column(_tr("工单号"), lambda r: r.ro_number),
        Column(_tr("VIN"), lambda r: r.vin),
        Column(_tr("状态"), lambda r: tr_label(r.status_label)),
        Column(_tr("故障"), lambda r: r.fault_name),
        Column(_tr("金额 ¥"), lambda r: yuan_text(r.amount_fen), align_right=True),
        Column(_tr("件数"), lambda r: str(r.pieces), align_right=True),
        Column(_tr("已打印标签"), tags_text, align_right=True),
        Column(_tr("创建时间"), lambda r: local_datetime(r.created_at)),
    ]


def status_choices() -> list[tuple[str, ClaimStatus | None]]:
    """The status filter: every claim, or those in one status."""
    return [(_tr("全部状态"), None)] + [(tr_label(CLAIM_STATUS_LABELS[s]), s) for s in ClaimStatus]


class ClaimsModel(RowsModel[ClaimRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(claim_columns(), parent)

    def row_of(self, claim_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == claim_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == STATUS_COLUMN:
            return QBrush(STATUS_TINTS[row.status])
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == NUMBER_COLUMN and row.provisional:
            return QBrush(PROVISIONAL_TEXT)
        if role == Qt.ItemDataRole.FontRole and index.column() == STATUS_COLUMN:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == NUMBER_COLUMN and row.provisional:
            return _tr("临时索赔号：填写厂家索赔号后替换")
        return super().data(index, role)
