"""The inspection sheet (问诊及环车检查单) as a registered document: printed, previewed and
reprinted by its RO number through services.printing.documents, like the intake sheet:

    services.printing.documents.print(actor, "inspection-sheet", "RO20261127-0001")

The application formats what is personal or local (the masked phone, the plate as read, local
times, yuan); the document (printing/documents/inspection_sheet.py) only lays it out.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.inspection.ratings import DECISION_LABELS, Decision
from app.inspection.records import CheckResult, InspectionSheet
from app.inspection.service import InspectionService
from app.inspection.walkaround import (
    MARK_KIND_LABELS,
    MARK_KIND_SYMBOLS,
    MarkKind,
    OutlineView,
    outline_resource,
)
from app.orders import OrderServices
from app.orders.documents import order_record
from app.orders.intake_sheet import phone_text
from app.printing import DocumentKind, DocumentRecord, DocumentRegistry, DocumentSpec, PrintOptions
from app.resources import resource_path
from app.roles import Actor
from app.settings import SettingsService
from app.vehicles import VehicleServices

if TYPE_CHECKING:
    from printing.documents.inspection_sheet import CheckRow, InspectionSheetData, SheetMark

TIME_FORMAT = "%Y-%m-%d %H:%M"


def _reading(check: CheckResult) -> str:
    if check.reading is None:
        return ""
    return f"{check.reading:g} {check.item.unit}".strip()


def _decision(check: CheckResult) -> str:
    if check.decision == Decision.APPROVED:
        return DECISION_LABELS[Decision.APPROVED]
    if check.decision == Decision.DECLINED and check.deferred_until is not None:
        return f"暂缓至 {check.deferred_until.isoformat()}：{check.decision_reason}"
    return ""


def check_rows(sheet: InspectionSheet) -> list[CheckRow]:
    from printing.documents.inspection_sheet import CheckRow

    return [
        CheckRow(
            group=c.item.group,
            name=c.item.name,
            rating=c.rating.value if c.rating else "",
            reading=_reading(c),
            note=c.note,
            recommendation=c.recommendation,
            estimate="" if c.estimate_fen is None else f"¥{c.estimate_fen / 100:,.2f}",
            decision=_decision(c),
        )
        for c in sheet.checks
        if c.rating is not None or c.reading is not None
    ]


def sheet_marks(sheet: InspectionSheet) -> list[SheetMark]:
    """The intake marks (the handover's are numbered after them, in the same list)."""
    from printing.documents.inspection_sheet import SheetMark

    intake = [m for m in sheet.marks if m.stage == "intake"]
    delivered = [m for m in sheet.marks if m.stage == "delivery"]
    out = []
    for n, m in enumerate([*intake, *delivered], start=1):
        kind = MarkKind(m.kind)
        note = m.note if m.stage == "intake" else f"交车时发现。{m.note}".rstrip("。")
        out.append(
            SheetMark(n, m.view, m.x, m.y, MARK_KIND_LABELS[kind], MARK_KIND_SYMBOLS[kind], note, m.photo)
        )
    return out


class InspectionSheetDocument:
    """Builds the sheet's data and PDF for a registered reference (an RO number)."""

    def __init__(
        self,
        inspection: InspectionService,
        orders: OrderServices,
        vehicles: VehicleServices,
        settings: SettingsService,
    ) -> None:
        self._inspection, self._orders, self._vehicles, self._settings = (
            inspection,
            orders,
            vehicles,
            settings,
        )

    def resolve(self, actor: Actor, reference: str) -> DocumentRecord:
        return order_record(self._orders, actor, reference)

    def data(self, actor: Actor, record: DocumentRecord, options: PrintOptions) -> InspectionSheetData:
        from printing.documents.inspection_sheet import InspectionSheetData

        sheet = self._inspection.sheet(actor, record.record_id)
        order = self._orders.orders.get_order(actor, record.record_id)
        vehicle = self._vehicles.vehicles.get(actor, order.vehicle_id)
        owner = self._vehicles.customers.get(actor, order.customer_id)
        phone = owner.phones[0] if owner.phones else None
        stored = "" if phone is None else phone.number + (f"-{phone.extension}" if phone.extension else "")
        dealer = self._settings.dealer()
        questions = {q.code: q.text for q in sheet.questions}
        return InspectionSheetData(
            dealer_name=dealer.name,
            dealer_code=dealer.code,
            ro_number=sheet.ro_number,
            revision=sheet.revision,
            printed_at=dt.datetime.now().astimezone().strftime(TIME_FORMAT),
            advisor=order.advisor_name,
            owner=owner.name,
            owner_phone=phone_text(stored, options.show_full_phone),
            plate=vehicle.plate_display,
            vin=vehicle.vin,
            model=vehicle.model.display,
            colour=vehicle.colour,
            mileage=f"{order.mileage_in:,}",
            fuel_level=order.fuel_level,
            customer_words=sheet.customer_words,
            interview=[(questions[code], text) for code, text in sheet.answers.items() if code in questions],
            outline_svgs={v.value: str(resource_path(outline_resource(v))) for v in OutlineView},
            marks=sheet_marks(sheet),
            warning_lights=sheet.warning_lights,
            tyres=list(sheet.tyres.items()),
            items_in_car=sheet.items_in_car,
            valuables_reminded=sheet.valuables_reminded,
            keep_old_parts=sheet.keep_old_parts,
            wash=sheet.wash,
            customer_waits=sheet.customer_waits,
            checks=check_rows(sheet),
        )

    def build(self, actor: Actor, record: DocumentRecord, options: PrintOptions) -> bytes:
        from printing.documents.inspection_sheet import render

        return render(self.data(actor, record, options))


def declare_documents(registry: DocumentRegistry, document: InspectionSheetDocument) -> None:
    registry.declare(
        DocumentSpec(
            kind=DocumentKind.INSPECTION_SHEET,
            resolve=document.resolve,
            build=document.build,
            default_copies=2,  # the customer takes a copy
            reference_label="工单号",
            personal_data=True,  # the owner's name and phone
        )
    )
