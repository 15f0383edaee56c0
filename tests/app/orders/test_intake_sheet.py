"""The intake sheet built from a real order, its PDF, and printing it as the registered document
intake-sheet: one print path, two copies (一式两联) read back from the CUPS A4 queue."""

from __future__ import annotations

import datetime as dt
import re
import uuid

import pytest

from app.context import Services
from app.errors import PrinterUnavailable
from app.orders import DeliveryInput, OrderInfo, OrderStatus
from app.orders.intake_sheet import IntakeSheetService, number_text, phone_text
from app.printing import DocumentKind, PrintJobStatus
from app.roles import Actor
from app.settings import DealerInfo
from app.vehicles import VehicleInfo
from tests.app.factories import add_model, add_vehicle, labour, open_order, part
from tests.printing.pdftools import (
    CupsQueues,
    barcodes,
    correlation,
    outputs,
    pdfinfo,
    pdftotext,
    render_gray,
    wait_for_output,
)

Setup = tuple[VehicleInfo, OrderInfo]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def sheets(services: Services) -> IntakeSheetService:
    return services.orders.sheets


@pytest.fixture
def order_setup(services: Services, advisor: Actor, admin: Actor) -> Setup:
    services.settings.update_dealer(admin, DealerInfo(name="华南本田4S店", code="GD0123"))
    model = add_model(services, admin)
    vehicle = add_vehicle(
        services, advisor, model, plate="粤a12345", owner="张三", phones=("13812345678",),
        invoice_date=dt.date(2025, 6, 1), mileage=20000,
    )  # fmt: skip
    promised = services.clock() + dt.timedelta(hours=6)
    order = open_order(
        services, advisor, vehicle, mileage=23456, jobs=("保养", "一般维修"),
        statement="冷车启动有异响", lines=(labour(code="BY01", hours="1.5"), part(qty="2")),
        brought_by="王五", brought_by_phone="13900005678", promised_at=promised, fuel_level="3/4",
    )  # fmt: skip
    return vehicle, order


def test_sheet_data_from_the_order(sheets: IntakeSheetService, advisor: Actor, order_setup: Setup) -> None:
    vehicle, order = order_setup
    data = sheets.sheet_data(advisor, order.id)
    assert data.ro_number == order.ro_number and data.ro_number.startswith("RO20261127-")
    assert (data.dealer_name, data.dealer_code) == ("华南本田4S店", "GD0123")
    assert data.intake_time == "2026-11-27 10:00"  # the test clock's 02:00 UTC, in Beijing
    assert data.promised_time == "2026-11-27 16:00"
    assert data.owner == "张三" and data.owner_phone == "138****5678"
    assert data.brought_by == "王五" and data.brought_by_phone == "139****5678"
    assert data.plate == "粤A·12345" and data.vin == vehicle.vin and data.model == "本田 雅阁"
    assert (data.mileage_km, data.fuel_level) == (23456, "3/4")
    assert data.job_types == ("保养", "一般维修") and data.statement == "冷车启动有异响"
    labour_line, part_line = data.lines
    assert (labour_line.kind, labour_line.code, labour_line.hours, labour_line.amount_fen) == (
        "labour", "BY01", "1.5", 30000,
    )  # fmt: skip
    assert (part_line.kind, part_line.quantity, part_line.amount_fen, part_line.payer) == (
        "part",
        "2",
        9000,
        "客户",
    )
    assert (data.labour_fen, data.parts_fen, data.total_fen) == (30000, 9000, 39000)
    assert [(p.label, p.amount_fen) for p in data.by_payer] == [("客户", 39000)]
    assert data.handover_time == "" and data.mileage_out_km is None
    assert data.printed_at == "2026-11-27 10:00"
    # A maintenance visit: the next service counts from this one (no history: 40 km a day).
    assert data.next_service == "定期保养 2027-08-04 或 33,456 km（以先到者为准）"


def test_full_phone_only_when_the_advisor_asks(
    sheets: IntakeSheetService, advisor: Actor, order_setup: Setup
) -> None:
    _, order = order_setup
    data = sheets.sheet_data(advisor, order.id, show_full_phone=True)
    assert data.owner_phone == "13812345678" and data.brought_by_phone == "13900005678"


def test_rendered_sheet_carries_the_order(
    sheets: IntakeSheetService, advisor: Actor, order_setup: Setup
) -> None:
    _, order = order_setup
    text = squash(pdftotext(sheets.render(advisor, order.id), layout=True))
    for expected in (
        order.ro_number,
        "粤A·12345",
        "138****5678",
        "冷车启动有异响",
        "合计390.00",
        "客户签字：",
    ):
        assert expected in text
    assert "13812345678" not in text


def test_after_delivery_the_sheet_has_handover_and_next_service(
    services: Services,
    sheets: IntakeSheetService,
    advisor: Actor,
    order_setup: Setup,
) -> None:
    _, order = order_setup
    board = services.orders.board
    for status in (OrderStatus.IN_REPAIR, OrderStatus.QUALITY_CHECK, OrderStatus.READY):
        order = board.move(advisor, order.id, order.version, status)
    services.clock.advance(hours=5)  # type: ignore[attr-defined]  # the FakeClock
    result = services.orders.delivery.deliver(
        advisor, order.id, order.version, DeliveryInput(mileage_out=23460)
    )
    data = sheets.sheet_data(advisor, order.id)
    assert data.handover_time == "2026-11-27 15:00"
    assert data.mileage_out_km == 23460
    due = result.next_service
    assert data.next_service.startswith(f"定期保养 {due.due_date.isoformat()} 或 {due.due_km:,} km")


@pytest.mark.parametrize(
    ("value", "text"), [("1.50", "1.5"), ("2.00", "2"), ("10.00", "10"), ("0.25", "0.25")]
)
def test_number_text(value: str, text: str) -> None:
    from decimal import Decimal

    assert number_text(Decimal(value)) == text


def test_phone_text_keeps_the_extension() -> None:
    assert phone_text("075588886666-12", show_full=True) == "075588886666 转 12"
    assert phone_text("", show_full=False) == ""


def test_unknown_printer_keeps_the_job_pending(
    qapp: object,
    services: Services,
    sheets: IntakeSheetService,
    advisor: Actor,
    order_setup: Setup,
) -> None:
    _, order = order_setup
    documents = services.printing.documents
    with pytest.raises(PrinterUnavailable) as caught:
        documents.print(advisor, DocumentKind.INTAKE_SHEET, order.ro_number, printer="no-such-queue-qiantai")
    assert caught.value.job_id is not None
    job = services.printing.job(advisor, caught.value.job_id)
    assert (job.kind, job.document_ref, job.status) == (
        "intake-sheet",
        order.ro_number,
        PrintJobStatus.PENDING,
    )
    assert job.copies == 2
    assert order.ro_number in squash(pdftotext(services.printing.job_pdf(advisor, job.id), layout=True))


@pytest.mark.cups
def test_prints_two_copies_on_the_a4_queue(
    cups: CupsQueues,
    services: Services,
    advisor: Actor,
    order_setup: Setup,
) -> None:
    """一式两联: the kind asks for two copies. Qt hands CUPS one job with copies=2 (the queue says it
    supports copies); cups-pdf cannot make copies itself, so CUPS's filter writes them into the
    job, and the queue's output is ONE file holding each page twice, not two files. The spooler
    prints pages as images: the RO number is read back from the barcode of each copy, and each
    printed page is compared with the sheet's own rendering."""
    _, order = order_setup
    services.printing.job_name_prefix = f"qt-{uuid.uuid4().hex[:10]}"  # output names unique per run
    documents = services.printing.documents
    done = documents.print(advisor, DocumentKind.INTAKE_SHEET, order.ro_number, printer=cups.a4)
    assert done.reference == order.ro_number and done.print_no == 1
    assert done.job.status == PrintJobStatus.PRINTED and done.job.printer == cups.a4
    assert (done.job.pages, done.job.copies) == (1, 2)
    name = f"{services.printing.job_name_prefix}-intake-sheet-{done.job.id}"
    out = wait_for_output(cups.out_dir, name)
    assert outputs(cups.out_dir, name) == [out]  # one file for the job...
    assert pdfinfo(out)["Pages"] == "2"  # ...with the one-page sheet twice
    source = render_gray(services.printing.job_pdf(advisor, done.job.id), dpi=100).blocks(3)
    for page in (1, 2):
        assert f"CODE-128:{order.ro_number}" in barcodes(out, page=page)
        assert correlation(render_gray(out, dpi=100, page=page).blocks(3), source) > 0.9
