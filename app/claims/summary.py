"""The monthly warranty parts summary (每月保修零配件申请表汇总): every claimed part of the
claims whose repair fell in the month (the order's delivery, else its intake, local time), with
claim, VIN, mileage, supplier, amounts, status and deductions; totals; A4 and .xlsx.

A claim's labour and its deductions are claim-wide: the labour is a total of its own, and the
deductions stand on the claim's first part row so that the column sums to the claim's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from app.claims._rows import claim_info
from app.claims.status import ClaimStatus
from app.clock import Clock, system_clock
from app.errors import StorageError, ValidationError
from app.printing import DocumentRecord, PrintOptions
from app.roles import Actor, Permission, require
from app.settings import SettingsService
from app.spreadsheets import safe_row
from app.uow import reading
from app.users import authorize
from app.wording import say
from db.models import ClaimPart, RepairOrder, WarrantyClaim
from db.uow import Database

if TYPE_CHECKING:
    from printing.documents.warranty_summary import WarrantySummaryData

MONTH = re.compile(r"^(\d{4})-(\d{2})$")
PERMISSION = Permission.MANAGE_CLAIMS
COLUMNS = (
    "索赔单号", "工单号", "VIN", "里程（km）", "维修日期", "零件号", "零件名称", "数量",
    "生产供应商", "金额（元）", "状态", "扣款（元）", "扣款原因",
)  # fmt: skip


@dataclass(frozen=True)
class SummaryLine:
    claim_no: str
    ro_number: str
    vin: str
    mileage_km: int
    repair_date: dt.date
    part_no: str
    part_name: str
    quantity: int
    supplier_code: str
    amount_fen: int
    status_label: str
    deducted_fen: int
    deduction_reasons: str


@dataclass(frozen=True)
class MonthSummary:
    month: str
    lines: tuple[SummaryLine, ...]
    claims: int
    pieces: int
    parts_fen: int
    labour_fen: int
    deducted_fen: int
    paid_fen: int

    @property
    def claimed_fen(self) -> int:
        return self.parts_fen + self.labour_fen


def month_bounds(month: str) -> tuple[dt.datetime, dt.datetime]:
    """The month's first instant and the next month's, local time, as UTC."""
    found = MONTH.match(month.strip())
    if found is None or not 1 <= int(found.group(2)) <= 12:
        raise ValidationError("month", say("月份应写作 YYYY-MM，如 2026-11"))
    year, number = int(found.group(1)), int(found.group(2))
    start = dt.datetime(year, number, 1).astimezone()
    after = dt.datetime(year + number // 12, number % 12 + 1, 1).astimezone()
    return start.astimezone(dt.UTC), after.astimezone(dt.UTC)


def _yuan(fen: int) -> str:
    return f"{fen / 100:,.2f}"


class WarrantySummaryService:
    def __init__(self, db: Database, settings: SettingsService, clock: Clock = system_clock) -> None:
        self._db, self._settings, self._clock = db, settings, clock

    def month(self, actor: Actor, month: str) -> MonthSummary:
        require(actor, PERMISSION)
        start, after = month_bounds(month)
        repaired = func.coalesce(RepairOrder.delivered_at, RepairOrder.opened_at)
        with reading(self._db) as s:
            authorize(s, actor, PERMISSION)
            rows = s.scalars(
                select(WarrantyClaim)
                .join(RepairOrder, RepairOrder.id == WarrantyClaim.repair_order_id)
                .where(repaired >= start, repaired < after)
                .order_by(repaired, WarrantyClaim.claim_no)
                .options(
                    selectinload(WarrantyClaim.parts).selectinload(ClaimPart.pieces),
                    selectinload(WarrantyClaim.deductions),
                )
            ).all()
            lines: list[SummaryLine] = []
            labour = deducted = paid = 0
            for row in rows:
                info = claim_info(s, row)
                order = s.get(RepairOrder, row.repair_order_id)
                assert order is not None
                day = (order.delivered_at or order.opened_at).astimezone().date()
                labour += info.labour_fen
                deducted += info.deducted_fen
                paid += info.paid_fen if info.status is ClaimStatus.PAID else 0
                reasons = "；".join(f"{d.reason}{('：' + d.note) if d.note else ''}" for d in info.deductions)
                for n, part in enumerate(info.parts):
                    lines.append(
                        SummaryLine(
                            claim_no=info.claim_no,
                            ro_number=info.ro_number,
                            vin=info.vin,
                            mileage_km=order.mileage_in,
                            repair_date=day,
                            part_no=part.part_no,
                            part_name=part.part_name,
                            quantity=part.quantity,
                            supplier_code=part.supplier_code,
                            amount_fen=part.amount_fen,
                            status_label=info.status_label,
                            deducted_fen=info.deducted_fen if n == 0 else 0,
                            deduction_reasons=reasons if n == 0 else "",
                        )
                    )
        return MonthSummary(
            month=month.strip(),
            lines=tuple(lines),
            claims=len(rows),
            pieces=sum(x.quantity for x in lines),
            parts_fen=sum(x.amount_fen for x in lines),
            labour_fen=labour,
            deducted_fen=deducted,
            paid_fen=paid,
        )

    @staticmethod
    def totals(summary: MonthSummary) -> list[tuple[str, str]]:
        return [
            (say("索赔单"), str(summary.claims)),
            (say("旧件（件）"), str(summary.pieces)),
            (say("零件金额"), f"¥{_yuan(summary.parts_fen)}"),
            (say("工时金额"), f"¥{_yuan(summary.labour_fen)}"),
            (say("索赔合计"), f"¥{_yuan(summary.claimed_fen)}"),
            (say("扣款合计"), f"¥{_yuan(summary.deducted_fen)}"),
            (say("已付款"), f"¥{_yuan(summary.paid_fen)}"),
        ]

    def data(self, actor: Actor, month: str) -> WarrantySummaryData:
        from printing.documents.warranty_summary import SummaryRow, WarrantySummaryData

        summary = self.month(actor, month)
        dealer = self._settings.dealer()
        return WarrantySummaryData(
            dealer_code=dealer.code,
            dealer_name=dealer.name,
            month=summary.month,
            rows=[
                SummaryRow(
                    claim_no=x.claim_no,
                    ro_number=x.ro_number,
                    vin=x.vin,
                    mileage=f"{x.mileage_km:,}",
                    repair_date=x.repair_date.isoformat(),
                    part_no=x.part_no,
                    part_name=x.part_name,
                    quantity=str(x.quantity),
                    supplier_code=x.supplier_code,
                    amount=_yuan(x.amount_fen),
                    status=x.status_label,
                    deducted=_yuan(x.deducted_fen) if x.deducted_fen else "",
                    deduction_reasons=x.deduction_reasons,
                )
                for x in summary.lines
            ],
            totals=self.totals(summary),
            printed_at=self._clock().astimezone().strftime("%Y-%m-%d %H:%M"),
        )

    def export_xlsx(self, actor: Actor, month: str, path: Path) -> MonthSummary:
        """The summary as a workbook: the rows with numbers as numbers, then the totals."""
        from openpyxl import Workbook

        summary = self.month(actor, month)
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = summary.month
        sheet.append(list(COLUMNS))
        for x in summary.lines:
            sheet.append(
                safe_row([
                    x.claim_no, x.ro_number, x.vin, x.mileage_km, x.repair_date, x.part_no, x.part_name,
                    x.quantity, x.supplier_code, x.amount_fen / 100, x.status_label,
                    x.deducted_fen / 100 if x.deducted_fen else None, x.deduction_reasons,
                ])
            )  # fmt: skip
        sheet.append([])
        for name, value in self.totals(summary):
            sheet.append(safe_row([str(name), value]))
        for column, width in zip(
            "ABCDEFGHIJKLM", (16, 16, 19, 10, 11, 16, 20, 6, 11, 11, 8, 10, 24), strict=True
        ):
            sheet.column_dimensions[column].width = width
        try:
            book.save(path)
        except OSError as e:
            raise StorageError(
                say("无法写入 {path}：{reason}", path=str(path), reason=e.strerror or str(e))
            ) from e
        return summary

    # -- as a registered document (reference: the month) --------------------------------------

    def resolve(self, actor: Actor, reference: str) -> DocumentRecord:
        start, _ = month_bounds(reference)
        return DocumentRecord(start.year * 100 + start.astimezone().month, reference.strip())

    def build(self, actor: Actor, record: DocumentRecord, options: PrintOptions) -> bytes:
        from printing.documents.warranty_summary import render

        return render(self.data(actor, record.reference))
