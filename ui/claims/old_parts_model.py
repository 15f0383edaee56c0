"""The tables of the old-parts pages: pieces (of a box, of a claim), the work lists, return boxes
and the scans of this session, each a RowsModel over the service's frozen records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.claims import (
    BOX_STATUS_LABELS,
    PART_LIST_LABELS,
    BoxInfo,
    BoxStatus,
    ListedPiece,
    PartList,
    PieceInfo,
)
from ui.i18n import localized
from ui.i18n import tr as _tr
from ui.labels_i18n import tr_label
from ui.table_model import Column, RowsModel
from ui.time_format import local_datetime, local_time

Index = QModelIndex | QPersistentModelIndex
ERROR_TINT = QColor("#fdecea")
DONE_TINT = QColor("#dff5df")
HAZARD_TEXT = QColor("#c0392b")


def hazard_text(hazardous: bool) -> str:
    return _tr("⚠ 危险件") if hazardous else ""


def piece_columns() -> list[Column[PieceInfo]]:
    """A piece as the pages list it: its tag's code first (what the clerk scans)."""
    return [
        Column(_tr("标签码"), lambda p: p.barcode),
        Column(_tr("索赔单号"), lambda p: p.claim_no),
        Column(_tr("零件号", "claim column"), lambda p: p.part_no),
        Column(_tr("零件名称", "claim column"), lambda p: p.part_name),
        Column(_tr("件"), lambda p: p.piece_text, align_right=True),
        Column(_tr("状态"), lambda p: tr_label(p.state_label)),
        Column(_tr("库位", "claim column"), lambda p: p.storage_bin),
        Column(_tr("危险件"), lambda p: hazard_text(p.hazardous)),
        Column(_tr("结果说明"), lambda p: tr_label(p.settle_reason)),
    ]


def claim_piece_columns() -> list[Column[PieceInfo]]:
    """The pieces of one claim (in the claim form): code, piece, prints, where it is."""
    return [
        Column(_tr("标签码"), lambda p: p.barcode),
        Column(_tr("零件号", "claim column"), lambda p: p.part_no),
        Column(_tr("件"), lambda p: p.piece_text, align_right=True),
        Column(_tr("已打印"), lambda p: str(p.print_count), align_right=True),
        Column(_tr("状态"), lambda p: tr_label(p.state_label)),
        Column(_tr("库位", "claim column"), lambda p: p.storage_bin),
        Column(_tr("回运箱"), lambda p: p.box_no),
    ]


def listed_columns() -> list[Column[ListedPiece]]:
    return [
        Column(_tr("索赔单号"), lambda x: x.piece.claim_no),
        Column(_tr("零件号", "claim column"), lambda x: x.piece.part_no),
        Column(_tr("零件名称", "claim column"), lambda x: x.piece.part_name),
        Column(_tr("件"), lambda x: x.piece.piece_text, align_right=True),
        Column(_tr("状态"), lambda x: tr_label(x.piece.state_label)),
        Column(_tr("库位", "claim column"), lambda x: x.piece.storage_bin),
        Column(_tr("回运箱"), lambda x: x.piece.box_no),
        Column(_tr("期限"), lambda x: x.due.isoformat() if x.due else ""),
        Column(_tr("说明"), lambda x: localized(x.note)),
        Column(_tr("标签码"), lambda x: x.piece.barcode),
    ]


def box_columns() -> list[Column[BoxInfo]]:
    return [
        Column(_tr("箱号"), lambda b: b.box_no),
        Column(_tr("品牌", "claim column"), lambda b: b.brand),
        Column(_tr("状态"), lambda b: tr_label(b.status_label)),
        Column(_tr("件数"), lambda b: str(len(b.pieces)), align_right=True),
        Column(_tr("危险件"), lambda b: hazard_text(b.hazardous)),
        Column(_tr("开箱时间"), lambda b: local_datetime(b.created_at)),
        Column(_tr("运单号", "claim column"), lambda b: b.waybill),
    ]


def box_status_choices() -> list[tuple[str, BoxStatus | None]]:
    return [(_tr("全部箱子"), None)] + [(tr_label(BOX_STATUS_LABELS[s]), s) for s in BoxStatus]


def part_list_choices() -> list[tuple[str, PartList]]:
    return [(tr_label(PART_LIST_LABELS[x]), x) for x in PartList]


@dataclass(frozen=True)
class ScanEntry:
    """One scan of this session at the store page: what was scanned and what came of it."""

    at: dt.datetime
    scanned: str
    ok: bool
    result: str  # 已入库 J-01-2, or the service's message (localized when shown)
    piece: PieceInfo | None = None


def scan_columns() -> list[Column[ScanEntry]]:
    return [
        Column(_tr("时间"), lambda e: local_time(e.at)),
        Column(_tr("扫描内容"), lambda e: e.piece.barcode if e.piece else e.scanned),
        Column(_tr("结果"), lambda e: localized(e.result)),
        Column(_tr("索赔单号"), lambda e: e.piece.claim_no if e.piece else ""),
        Column(_tr("零件"), lambda e: f"{e.piece.part_no} {e.piece.part_name}" if e.piece else ""),
        Column(_tr("件"), lambda e: e.piece.piece_text if e.piece else "", align_right=True),
        Column(_tr("危险件"), lambda e: hazard_text(e.piece.hazardous) if e.piece else ""),
    ]


class PiecesModel(RowsModel[PieceInfo]):
    """Pieces; a hazardous piece's mark in red."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self.row_at(index.row()).hazardous:
            return QBrush(HAZARD_TEXT)
        return super().data(index, role)

    def row_of(self, piece_id: int) -> int | None:
        return next((i for i, p in enumerate(self.rows) if p.id == piece_id), None)


class ScansModel(RowsModel[ScanEntry]):
    """The session's scans, newest first; a failed one tinted."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(scan_columns(), parent)

    def add(self, entry: ScanEntry) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, entry)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            return QBrush(DONE_TINT if self.row_at(index.row()).ok else ERROR_TINT)
        return super().data(index, role)
