"""The intake sheet / repair order (接车单) of one order: its data, its PDF, and printing it.

The sheet is the 三包 Art. 17 repair record the customer signs and takes a copy of. Its data
comes from the intake services (the order with its lines, totals and 三包 alerts; the vehicle;
the owner) plus a read of what they do not carry (the open service reminder for "next service
due", the inspection result). The customer's phone is masked (138****1234) unless the advisor
chooses to print it in full.

The sheet is printed, previewed and reprinted as the registered document "intake-sheet"
(app/orders/documents.py) through services.printing.documents, like every other document. Its
reportlab module is imported when the first sheet is built, not when the program starts.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from app.clock import Clock, local_today, system_clock
from app.orders._rows import load_order
from app.orders._visits import visit_of
from app.orders.lines import LineInfo
from app.orders.ports import InspectionFindings, NextService, ServiceReminders
from app.orders.records import OrderInfo
from app.orders.service import RepairOrderService
from app.orders.status import PAYER_LABELS
from app.printing import PrintService
from app.roles import Actor, Permission, require
from app.settings import SettingsService
from app.uow import reading
from app.users import authorize
from app.validation import mask_phone
from app.vehicles import CustomerService, VehicleService
from db.uow import Database

if TYPE_CHECKING:
    from printing.documents.intake_sheet import IntakeSheetData, SheetLine

TIME_FORMAT = "%Y-%m-%d %H:%M"


def number_text(value: Decimal | None) -> str:
    """1.50 -> "1.5", 2.00 -> "2" (hours and quantities as people write them)."""
    if value is None:
        return ""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def sheet_line(line: LineInfo) -> SheetLine:
    from printing.documents.intake_sheet import SheetLine

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


def due_text(due: NextService) -> str:
    """定期保养 2027-06-01 或 30,000 km（以先到者为准）; when already past, said as overdue."""
    limits = due.due_date.isoformat() + (f" 或 {due.due_km:,} km" if due.due_km is not None else "")
    if due.overdue:
        return f"{due.kind_label}已逾期（应于 {limits}），建议尽快保养"
    return f"{due.kind_label} {limits}" + ("（以先到者为准）" if due.due_km is not None else "")


class IntakeSheetService:
    def __init__(
        self,
        db: Database,
        settings: SettingsService,
        orders: RepairOrderService,
        vehicles: VehicleService,
        customers: CustomerService,
        printing: PrintService,
        reminders: ServiceReminders,
        inspection: InspectionFindings,
        clock: Clock = system_clock,
    ) -> None:
        self._db = db
        self._settings = settings
        self._orders = orders
        self._vehicles = vehicles
        self._customers = customers
        self._printing = printing
        self._reminders = reminders
        self._inspection = inspection
        self._clock = clock

    def sheet_data(self, actor: Actor, order_id: int, show_full_phone: bool = False) -> IntakeSheetData:
        from printing.documents.intake_sheet import IntakeSheetData, PayerAmount

        require(actor, Permission.PRINT)
        with reading(self._db) as s:
            authorize(s, actor, Permission.PRINT)
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
        """The next service due (as the reminders tell it) and the inspection's findings."""
        with reading(self._db) as s:
            findings = self._inspection.findings_text(s, order.id)
            visit = visit_of(s, load_order(s, order.id), local_today(self._clock))
            return due_text(self._reminders.next_service(s, visit)), findings

    def render(self, actor: Actor, order_id: int, show_full_phone: bool = False) -> bytes:
        """The sheet's PDF (nothing is recorded); printed through services.printing.documents."""
        from printing.documents.intake_sheet import render

        data = self.sheet_data(actor, order_id, show_full_phone)
        self._printing.apply_font_setting()
        return render(data)
