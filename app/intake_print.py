"""The intake sheet / repair order (接车单) of one order: its data, its PDF, and printing it.

The sheet is the 三包 Art. 17 repair record the customer signs and takes a copy of. Its data
comes from the intake services (the order with its lines, totals and 三包 alerts; the vehicle;
the owner) plus a read of what they do not carry (the open service reminder for "next service
due", the inspection result). The customer's phone is masked (138****1234) unless the advisor
chooses to print it in full. Printing goes through PrintService (kind intake_sheet), which
records the job and keeps it pending when the printer is unavailable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.clock import Clock, local_today, system_clock
from app.intake.customers import CustomerService
from app.intake.delivery import suggest_next_service
from app.intake.lines import LineInfo
from app.intake.orders import OrderInfo, RepairOrderService
from app.intake.status import PAYER_LABELS, JobType
from app.intake.vehicles import VehicleService
from app.printing import PrintJobInfo, PrintService
from app.roles import Actor, Permission, require
from app.settings import SettingsService
from app.uow import reading
from app.validation import mask_phone
from db.models import Inspection, Reminder, RepairOrder, Vehicle
from db.uow import Database
from printing.documents.intake_sheet import IntakeSheetData, PayerAmount, SheetLine, render
from printing.profiles import DocumentKind

SERVICE_REMINDERS = {"first_service": "首保", "service": "定期保养"}
RATING_LABELS = {"red": "需立即处理", "yellow": "需尽快处理"}
DECISION_LABELS = {"approved": "客户同意", "declined": "客户暂不处理"}
TIME_FORMAT = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class SheetPrinted:
    """What the advisor is told after printing."""

    ro_number: str
    job: PrintJobInfo


def number_text(value: Decimal | None) -> str:
    """1.50 -> "1.5", 2.00 -> "2" (hours and quantities as people write them)."""
    if value is None:
        return ""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def sheet_line(line: LineInfo) -> SheetLine:
    return SheetLine(
        kind=line.kind.value,
        description=line.description,
        code=line.code,
        hours=number_text(line.hours),
        rate_fen=line.rate_fen,
        quantity=number_text(line.quantity),
        unit_price_fen=line.unit_price_fen,
        amount_fen=line.amount_fen,
        payer=PAYER_LABELS[line.payer],
    )


def phone_text(number: str, show_full: bool) -> str:
    """A stored number (digits, "-ext" for an extension) as printed: masked unless asked otherwise."""
    if not number:
        return ""
    digits, _, extension = number.partition("-")
    shown = digits if show_full else mask_phone(digits)
    return f"{shown} 转 {extension}" if extension else shown


def _local(moment: dt.datetime | None) -> str:
    return "" if moment is None else moment.astimezone().strftime(TIME_FORMAT)


def due_text(kind: str, due_date: dt.date, due_km: int | None) -> str:
    text = f"{SERVICE_REMINDERS.get(kind, '保养')} {due_date.isoformat()}"
    if due_km is not None:
        text += f" 或 {due_km:,} km（以先到者为准）"
    return text


def inspection_text(inspection: Inspection | None) -> str:
    """The multi-point check's findings that need work, with the customer's decision."""
    if inspection is None:
        return ""
    found = []
    for item in sorted(inspection.items, key=lambda i: i.position):
        if item.rating not in RATING_LABELS:
            continue
        text = f"{item.name}：{RATING_LABELS[item.rating]}"
        if item.recommended_job:
            text += f"，建议{item.recommended_job}"
        if item.decision in DECISION_LABELS:
            text += f"（{DECISION_LABELS[item.decision]}）"
        if item.note:
            text += f"；{item.note}"
        found.append(text)
    if found:
        return "\n".join(found)
    return "多项检查均正常" if inspection.items else ""


class IntakeSheetService:
    def __init__(
        self,
        db: Database,
        settings: SettingsService,
        orders: RepairOrderService,
        vehicles: VehicleService,
        customers: CustomerService,
        printing: PrintService,
        clock: Clock = system_clock,
    ) -> None:
        self._db = db
        self._settings = settings
        self._orders = orders
        self._vehicles = vehicles
        self._customers = customers
        self._printing = printing
        self._clock = clock

    def sheet_data(self, actor: Actor, order_id: int, show_full_phone: bool = False) -> IntakeSheetData:
        require(actor, Permission.PRINT)
        order = self._orders.get_order(actor, order_id)
        vehicle = self._vehicles.get(actor, order.vehicle_id)
        owner = self._customers.get(actor, order.customer_id)
        next_service, inspection = self._extras(order)
        dealer = self._settings.dealer()
        main_phone = owner.phones[0] if owner.phones else None
        owner_phone = ""
        if main_phone is not None:
            stored = main_phone.number + (f"-{main_phone.extension}" if main_phone.extension else "")
            owner_phone = phone_text(stored, show_full_phone)
        totals = order.totals
        return IntakeSheetData(
            dealer_name=dealer.name,
            dealer_code=dealer.code,
            ro_number=order.ro_number,
            intake_time=_local(order.opened_at),
            promised_time=_local(order.promised_at),
            advisor=order.advisor_name,
            owner=owner.name,
            owner_phone=owner_phone,
            plate=vehicle.plate_display,
            vin=vehicle.vin,
            model=vehicle.model.display,
            colour=vehicle.colour,
            mileage_km=order.mileage_in,
            fuel_level=order.fuel_level,
            brought_by=order.brought_by,
            brought_by_phone=phone_text(order.brought_by_phone, show_full_phone),
            next_service=next_service,
            job_types=order.job_types,
            is_appointment=order.is_appointment,
            customer_waits=order.customer_waits,
            statement=order.customer_statement,
            inspection=inspection,
            lines=tuple(sheet_line(x) for x in order.lines),
            labour_fen=totals.labour_fen,
            parts_fen=totals.parts_fen,
            other_fen=totals.other_fen,
            total_fen=totals.total_fen,
            by_payer=tuple(PayerAmount(p.label, p.amount_fen) for p in totals.by_payer),
            estimate_fen=order.estimate_fen,
            estimate_approved=order.estimate_approved,
            sanbao_alerts=tuple(a.message for a in order.alerts),
            handover_time=_local(order.delivered_at),
            mileage_out_km=order.mileage_out,
            printed_at=self._clock().astimezone().strftime(TIME_FORMAT),
            notes=tuple(f"{_local(n.at)} {n.user_name}：{n.text}" for n in order.notes),
        )

    def _extras(self, order: OrderInfo) -> tuple[str, str]:
        """The next service due and the inspection result.

        Next service: after a maintenance visit, the one this visit leads to (as delivery will
        suggest it); otherwise the open service reminder the dealer will call about, else the
        suggestion from the vehicle's history.
        """
        with reading(self._db) as s:
            inspection = s.scalar(
                select(Inspection)
                .where(Inspection.repair_order_id == order.id)
                .options(selectinload(Inspection.items))
            )
            result = inspection_text(inspection)
            if JobType.MAINTENANCE.value not in order.job_types:
                # By vehicle only: a status condition would lead SQLite onto the
                # (status, due_date) index and through every open reminder of the dealer.
                open_reminders = [
                    r
                    for r in s.scalars(select(Reminder).where(Reminder.vehicle_id == order.vehicle_id))
                    if r.kind in SERVICE_REMINDERS and r.status == "open"
                ]
                reminder = min(open_reminders, key=lambda r: r.due_date, default=None)
                if reminder is not None:
                    return due_text(reminder.kind, reminder.due_date, reminder.due_km), result
            vehicle = s.get(Vehicle, order.vehicle_id)
            row = s.get(RepairOrder, order.id)
            assert vehicle is not None and row is not None
            due = suggest_next_service(s, vehicle, row, local_today(self._clock))
            return due_text(due.kind, due.due_date, due.due_km), result

    def render(self, actor: Actor, order_id: int, show_full_phone: bool = False) -> bytes:
        """The sheet's PDF, for the preview (nothing is recorded)."""
        data = self.sheet_data(actor, order_id, show_full_phone)
        self._printing.apply_font_setting()
        return render(data)

    def print_sheet(
        self,
        actor: Actor,
        order_id: int,
        show_full_phone: bool = False,
        printer: str | None = None,
        pdf: bytes | None = None,
    ) -> SheetPrinted:
        """Prints the sheet (the previewed PDF when given) on `printer` or the intake-sheet profile's.

        Raises PrinterUnavailable when it could not print: the job is kept as pending.
        """
        require(actor, Permission.PRINT)
        order = self._orders.get_order(actor, order_id)
        document = pdf if pdf is not None else self.render(actor, order_id, show_full_phone)
        job = self._printing.print_document(
            actor, DocumentKind.INTAKE_SHEET, order.ro_number, document, printer
        )
        return SheetPrinted(order.ro_number, job)
