"""The claims' documents in the print registry: part tags (labels, one job per batch), the box
label of a return box, and the A4 claim form:

    qiantai print part-tags CL2026110001     qiantai print box-label HY2611-001
    qiantai print claim-form CL2026110001    qiantai print warranty-summary 2026-11
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.claims.part_tags import PartTagDocument
from app.claims.records import ClaimInfo
from app.claims.service import ClaimService
from app.claims.status import COVERAGE_LABELS
from app.claims.storage import OldPartsService
from app.claims.summary import WarrantySummaryService
from app.printing import (
    DocumentKind,
    DocumentRecord,
    DocumentRegistry,
    DocumentSpec,
    PrintOptions,
    PrintService,
)
from app.roles import Actor, Permission
from app.settings import SettingsService
from app.vehicles import VehicleServices
from app.warranty import START_BASIS_LABELS, start_of

if TYPE_CHECKING:
    from printing.documents.claim_form import ClaimFormData

TIME_FORMAT = "%Y-%m-%d %H:%M"


def _yuan(fen: int) -> str:
    return f"¥{fen / 100:,.2f}"


class ClaimFormDocument:
    def __init__(self, claims: ClaimService, vehicles: VehicleServices, settings: SettingsService) -> None:
        self._claims, self._vehicles, self._settings = claims, vehicles, settings

    def resolve(self, actor: Actor, reference: str) -> DocumentRecord:
        claim = self._claims.get_by_number(actor, reference)
        return DocumentRecord(claim.id, claim.claim_no)

    def data(self, actor: Actor, claim: ClaimInfo) -> ClaimFormData:
        from printing.documents.claim_form import (
            ClaimDeductionRow,
            ClaimFormData,
            ClaimLabourRow,
            ClaimPartRow,
        )

        dealer = self._settings.dealer()
        eligibility = self._claims.eligibility(actor, claim.order_id)
        vehicle = self._vehicles.vehicles.get(actor, claim.vehicle_id)
        start = start_of(vehicle)
        basis = START_BASIS_LABELS[start.basis] if start.basis is not None else ""
        order_statement = ""
        return ClaimFormData(
            dealer_code=dealer.code,
            dealer_name=dealer.name,
            claim_no=claim.claim_no,
            provisional=claim.provisional,
            status=claim.status_label,
            ro_number=claim.ro_number,
            vin=claim.vin,
            model=vehicle.model.display,
            warranty_start=f"{start.date.isoformat()}（{basis}）" if start.date else "未知",
            mileage=f"{eligibility.km:,} km" if eligibility.km is not None else "",
            repair_date=eligibility.on.isoformat(),
            warranty_kind=COVERAGE_LABELS[claim.warranty_kind],
            eligibility=[
                f"{'✓' if c.active else '✗' if c.active is False else '?'} {c.label}"
                + (f" {c.part_no}" if c.part_no else "")
                + f"：{c.reason}"
                for c in eligibility.coverages
            ],
            override_reason=claim.override_reason,
            fault_code=claim.fault_code,
            fault_name=claim.fault_name,
            causal_part=f"{claim.causal_part_no} {claim.causal_part_name}".strip(),
            customer_statement=order_statement,
            labour=[
                ClaimLabourRow(x.code, x.name, f"{x.hours:g}", _yuan(x.amount_fen)) for x in claim.labour
            ],
            parts=[
                ClaimPartRow(
                    p.part_no,
                    p.part_name,
                    str(p.quantity),
                    _yuan(p.unit_price_fen),
                    _yuan(p.amount_fen),
                    p.supplier_code,
                    p.responsible_supplier_code,
                    p.damage_reason,
                    p.hazardous,
                )
                for p in claim.parts
            ],
            labour_total=_yuan(claim.labour_fen),
            parts_total=_yuan(claim.parts_fen),
            total=_yuan(claim.amount_fen),
            deductions=[ClaimDeductionRow(_yuan(d.amount_fen), d.reason, d.note) for d in claim.deductions],
            paid=_yuan(claim.paid_fen) if claim.paid_at else "",
            reject_reason=claim.reject_reason,
            sanbao_counters=list(eligibility.counters.lines()),
            printed_at=dt.datetime.now().astimezone().strftime(TIME_FORMAT),
            clerk=actor.display_name,
        )

    def build(self, actor: Actor, record: DocumentRecord, options: PrintOptions) -> bytes:
        from printing.documents.claim_form import render

        return render(self.data(actor, self._claims.get(actor, record.record_id)))


class BoxLabelDocument:
    def __init__(self, parts: OldPartsService, settings: SettingsService, printing: PrintService) -> None:
        self._parts, self._settings, self._printing = parts, settings, printing

    def resolve(self, actor: Actor, reference: str) -> DocumentRecord:
        box = self._parts.box_by_number(actor, reference)
        return DocumentRecord(box.id, box.box_no)

    def build(self, actor: Actor, record: DocumentRecord, options: PrintOptions) -> bytes:
        from printing.documents.box_label import BoxLabelData, BoxPieceLine, render

        box = self._parts.box(actor, record.record_id)
        dealer = self._settings.dealer()
        data = BoxLabelData(
            dealer_code=dealer.code,
            dealer_name=dealer.name,
            box_no=box.box_no,
            brand=box.brand,
            packed_on=box.created_at.astimezone().date().isoformat(),
            pieces=[
                BoxPieceLine(p.claim_no, p.part_no, p.part_name, p.piece_text, p.hazardous)
                for p in box.pieces
            ],
            hazardous=box.hazardous,
        )
        return render(data, self._printing.profile(DocumentKind.BOX_LABEL).page_size_mm)


def declare_documents(
    registry: DocumentRegistry,
    tags: PartTagDocument,
    form: ClaimFormDocument,
    box: BoxLabelDocument,
    summary: WarrantySummaryService,
) -> None:
    registry.declare(
        DocumentSpec(
            kind=DocumentKind.PART_TAG,
            resolve=tags.resolve,
            build=tags.build,
            reference_label="索赔单号、标签号或日期",
            permission=Permission.MANAGE_CLAIMS,
            printed_before=tags.printed_before,
            on_printed=tags.on_printed,
        ),
        DocumentSpec(
            kind=DocumentKind.CLAIM_FORM,
            resolve=form.resolve,
            build=form.build,
            reference_label="索赔单号",
            permission=Permission.MANAGE_CLAIMS,
        ),
        DocumentSpec(
            kind=DocumentKind.BOX_LABEL,
            resolve=box.resolve,
            build=box.build,
            reference_label="回运箱号",
            permission=Permission.MANAGE_CLAIMS,
        ),
        DocumentSpec(
            kind=DocumentKind.WARRANTY_SUMMARY,
            resolve=summary.resolve,
            build=summary.build,
            reference_label="月份（YYYY-MM）",
            permission=Permission.MANAGE_CLAIMS,
        ),
    )
