"""The document registry and its one print path: preview, print, reprint (counted and audited), by
kind and reference, with the permission checked inside, on a spooler that only takes notes."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pytest

from app.audit import list_entries
from app.context import Services
from app.errors import NotFound, PermissionDenied, PrinterUnavailable, ValidationError
from app.orders import OrderInfo
from app.printing import (
    DocumentKind,
    DocumentRecord,
    DocumentRegistry,
    DocumentService,
    DocumentSpec,
    PrintJobStatus,
    PrintOptions,
    PrintService,
    ReprintNeedsReason,
)
from app.printing.jobs import Progress
from app.roles import Actor, Permission, Role
from printing.spool import REASON_NO_PRINTER, SpoolError, SpoolResult
from tests.app.factories import add_model, add_vehicle, open_order
from tests.conftest import FakeClock, make_actor
from tests.printing.pdftools import pdftotext, squash

GONE = "gone-printer"


@dataclass
class NoteTakingSpool:
    """The spooler's part, without a printer: every job handed over is noted."""

    printers: list[str] = field(default_factory=lambda: ["a4-laser"])
    sent: list[tuple[str, int, str]] = field(default_factory=list)  # printer, copies, job name

    def available_printers(self) -> list[str]:
        return list(self.printers)

    def default_printer(self) -> str | None:
        return self.printers[0] if self.printers else None

    def page_count(self, pdf: bytes) -> int:
        assert pdf.startswith(b"%PDF")
        return 1

    def submit(
        self,
        pdf: bytes,
        printer: str,
        *,
        copies: int = 1,
        offset_x_mm: float = 0.0,
        offset_y_mm: float = 0.0,
        job_name: str = "Qiantai",
        progress: Progress | None = None,
        max_dpi: int = 600,
    ) -> SpoolResult:
        if printer == GONE:
            raise SpoolError(f"找不到打印机“{printer}”。", REASON_NO_PRINTER)
        self.sent.append((printer, copies, job_name))
        if progress is not None:
            progress(copies, copies)
        return SpoolResult(printer, 1, copies, 300)


@pytest.fixture
def spool() -> NoteTakingSpool:
    return NoteTakingSpool()


@pytest.fixture
def printing(services: Services, clock: FakeClock, spool: NoteTakingSpool) -> PrintService:
    """The program's registry (every capability's documents) on the note-taking spooler."""
    return PrintService(services.db, services.settings, clock, spool, registry=services.printing.registry)


@pytest.fixture
def documents(printing: PrintService) -> DocumentService:
    return printing.documents


@pytest.fixture
def order(services: Services, advisor: Actor, admin: Actor) -> OrderInfo:
    model = add_model(services, admin)
    vehicle = add_vehicle(services, advisor, model, plate="粤A12345", phones=("13812345678",))
    return open_order(services, advisor, vehicle, statement="刹车异响")


SHEET = DocumentKind.INTAKE_SHEET


def test_the_program_registers_the_capabilities_documents(services: Services) -> None:
    specs = services.printing.documents.kinds()
    assert [(s.kind.value, s.label, s.reference_label, s.default_copies) for s in specs] == [
        ("intake-sheet", "接车单", "工单号", 2),
        ("inspection-sheet", "环车检查单", "工单号", 2),
        ("part-tags", "旧件标签", "索赔单号、标签号或日期", 1),
        ("claim-form", "索赔申请单", "索赔单号", 1),
        ("box-label", "旧件箱标签", "回运箱号", 1),
        ("warranty-summary", "保修零配件月汇总", "月份（YYYY-MM）", 1),
        ("reminder-sticker", "保养提醒贴", "车牌或车架号", 1),
        ("reminder-letter", "保养提醒函", "车牌或车架号", 1),
        ("lost-analysis", "到期未来厂分析", "月份（YYYY-MM）", 1),
        ("daily-report", "维修日报", "日期（YYYY-MM-DD）", 1),
        ("monthly-summary", "月度汇总", "月份（YYYY-MM）", 1),
        ("appointment-slip", "预约单", "预约号", 1),
    ]
    assert specs[0].profile_kind == SHEET


def test_preview_records_nothing(documents: DocumentService, advisor: Actor, order: OrderInfo) -> None:
    preview = documents.preview(advisor, "intake-sheet", order.ro_number)
    assert (preview.kind, preview.reference, preview.label, preview.pages) == (
        SHEET,
        order.ro_number,
        "接车单",
        1,
    )
    assert preview.profile.copies == 2 and preview.printed_before == 0
    text = squash(pdftotext(preview.pdf))
    assert order.ro_number in text and "138****5678" in text
    full = documents.preview(advisor, SHEET, order.ro_number, PrintOptions(show_full_phone=True))
    assert "13812345678" in squash(pdftotext(full.pdf))
    assert documents.print_count(advisor, SHEET, order.ro_number) == 0


def test_a_reference_as_people_type_it(documents: DocumentService, advisor: Actor, order: OrderInfo) -> None:
    scanned = order.ro_number.replace("-", "").lower()  # a scanner drops the dash, a typist the case
    assert documents.resolve(advisor, SHEET, f"  {scanned} ") == DocumentRecord(order.id, order.ro_number)


def test_print_sends_the_copies_its_kind_asks_for(
    documents: DocumentService, spool: NoteTakingSpool, advisor: Actor, order: OrderInfo
) -> None:
    done = documents.print(advisor, SHEET, order.ro_number)
    assert (done.kind, done.reference, done.print_no, done.reason) == (SHEET, order.ro_number, 1, None)
    job = done.job
    assert (job.kind, job.document_ref, job.status, job.copies) == (
        "intake-sheet",
        order.ro_number,
        "printed",
        2,
    )
    assert job.status is PrintJobStatus.PRINTED
    assert spool.sent == [("a4-laser", 2, f"qiantai-intake-sheet-{job.id}")]


def test_the_profile_copies_are_the_setting(
    documents: DocumentService, printing: PrintService, spool: NoteTakingSpool, admin: Actor, order: OrderInfo
) -> None:
    printing.set_profile(admin, replace(printing.profile(SHEET), copies=3, printer="counter-2"))
    spool.printers.append("counter-2")
    done = documents.print(admin, SHEET, order.ro_number)
    assert spool.sent == [("counter-2", 3, f"qiantai-intake-sheet-{done.job.id}")]


def test_a_second_print_is_a_reprint_with_a_reason_counted_and_audited(
    documents: DocumentService, spool: NoteTakingSpool, advisor: Actor, admin: Actor, order: OrderInfo
) -> None:
    with pytest.raises(ValidationError, match="还没有打印过"):
        documents.reprint(advisor, SHEET, order.ro_number, "客户遗失")
    first = documents.print(advisor, SHEET, order.ro_number)
    with pytest.raises(ReprintNeedsReason) as info:
        documents.print(advisor, SHEET, order.ro_number)
    assert info.value.field == "reason" and info.value.printed == 1
    with pytest.raises(ValidationError) as blank:
        documents.reprint(advisor, SHEET, order.ro_number, "  ")
    assert blank.value.field == "reason"

    second = documents.reprint(advisor, SHEET, order.ro_number, " 客户  遗失 ")
    third = documents.reprint(advisor, SHEET, order.ro_number, "打印不清", printer="a4-laser")
    assert [d.print_no for d in (first, second, third)] == [1, 2, 3]
    assert second.reason == "客户 遗失" and second.job.copies == 2
    assert documents.print_count(advisor, SHEET, order.ro_number) == 3
    assert documents.preview(advisor, SHEET, order.ro_number).printed_before == 3
    rows = [
        r for r in list_entries(documents._db, admin, entity="print_job") if r.action == "document.reprint"
    ]
    assert [(r.entity_id, r.user_id, r.after) for r in rows] == [
        (str(third.job.id), advisor.user_id,
         {"kind": "intake-sheet", "reference": order.ro_number, "reason": "打印不清", "print_no": 3}),
        (str(second.job.id), advisor.user_id,
         {"kind": "intake-sheet", "reference": order.ro_number, "reason": "客户 遗失", "print_no": 2}),
    ]  # fmt: skip
    assert len(spool.sent) == 3


def test_a_missing_printer_keeps_the_job_and_it_counts(
    documents: DocumentService, printing: PrintService, advisor: Actor, order: OrderInfo
) -> None:
    with pytest.raises(PrinterUnavailable) as info:
        documents.print(advisor, SHEET, order.ro_number, printer=GONE)
    job = printing.job(advisor, info.value.job_id or 0)
    assert (job.status, job.failed, job.copies, job.document_ref) == ("pending", True, 2, order.ro_number)
    assert order.ro_number in squash(pdftotext(printing.job_pdf(advisor, job.id)))
    assert documents.print_count(advisor, SHEET, order.ro_number) == 1
    printing.cancel(advisor, job.id)  # a cancelled job is not a print
    assert documents.print(advisor, SHEET, order.ro_number).print_no == 1


def test_the_previewed_bytes_are_what_prints(
    documents: DocumentService, printing: PrintService, advisor: Actor, order: OrderInfo
) -> None:
    preview = documents.preview(advisor, SHEET, order.ro_number, PrintOptions(show_full_phone=True))
    done = documents.print(advisor, SHEET, order.ro_number, pdf=preview.pdf)
    assert printing.job_pdf(advisor, done.job.id) == preview.pdf


def test_wrong_kind_or_reference(documents: DocumentService, advisor: Actor, order: OrderInfo) -> None:
    known = (
        "可打印的单据：intake-sheet、inspection-sheet、part-tags、claim-form、box-label、warranty-summary、"
        "reminder-sticker、reminder-letter、lost-analysis、daily-report、monthly-summary、appointment-slip"
    )
    with pytest.raises(NotFound, match=f"没有“claim_form”这种单据（{known}）"):
        documents.preview(advisor, "claim_form", order.ro_number)
    with pytest.raises(NotFound, match="没有“test-page”这种单据"):  # a stable name no capability declares
        documents.print(advisor, "test-page", "2026-11")
    with pytest.raises(NotFound, match="工单号形如"):
        documents.preview(advisor, SHEET, "粤A12345")
    with pytest.raises(NotFound, match="RO20261127-9999 不存在"):
        documents.print(advisor, SHEET, "RO20261127-9999")


def test_permission_is_checked_inside(
    services: Services, documents: DocumentService, order: OrderInfo
) -> None:
    registry = DocumentRegistry()
    calls: list[str] = []
    registry.declare(
        DocumentSpec(
            DocumentKind.DAILY_REPORT,
            resolve=lambda _a, ref: calls.append(ref) or DocumentRecord(1, ref),  # type: ignore[func-returns-value]
            build=lambda _a, _r, _o: b"%PDF-1.4",
            permission=Permission.RUN_REPORTS,
        )
    )
    reports = PrintService(services.db, services.settings, registry=registry, spooler=NoteTakingSpool())
    advisor = make_actor(services, Role.ADVISOR)
    with pytest.raises(PermissionDenied):
        reports.documents.preview(advisor, "daily-report", "2026-11-27")
    assert calls == []  # refused before the reference was even looked up
    supervisor = make_actor(services, Role.SUPERVISOR)
    assert reports.documents.print(supervisor, "daily-report", "2026-11-27").job.kind == "daily-report"


def test_a_capability_declares_a_document_once(services: Services) -> None:
    registry = DocumentRegistry()

    def resolve(_actor: Actor, ref: str) -> DocumentRecord:
        return DocumentRecord(7, ref.strip().upper())

    spec = DocumentSpec(
        DocumentKind.PART_TAG, resolve, lambda *_: b"%PDF", default_copies=2, profile=DocumentKind.BOX_LABEL
    )
    registry.declare(spec)
    assert spec.label == "旧件标签" and spec.profile_kind == DocumentKind.BOX_LABEL
    assert registry.get("part-tags") is spec and "part-tags" in registry and len(registry) == 1
    assert registry.default_copies() == {DocumentKind.BOX_LABEL: 2}
    with pytest.raises(ValueError, match="twice"):
        registry.declare(spec)
    with pytest.raises(ValueError):
        DocumentSpec(DocumentKind.TEST_PAGE, resolve, lambda *_: b"")
