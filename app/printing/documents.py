"""One entry point for every registered document: preview, print, reprint, by kind and reference.

    documents.preview(actor, "intake-sheet", "RO20261127-0001")  -> DocumentPreview (nothing recorded)
    documents.print(actor, "intake-sheet", "RO20261127-0001")    -> DocumentPrinted (job 1st print)
    documents.reprint(actor, kind, ref, reason="客户遗失")        -> DocumentPrinted (Nth print, audited)

Printing records the job with its PDF before the printer is tried (PrinterUnavailable keeps it
pending, see PrintService) and prints as many copies as the kind's printer profile says. A
document is printed once with print(); every later print of the same kind and reference is a
reprint, which needs a reason, is counted (print_no: the Nth print of that document, cancelled
jobs not counted) and leaves an audit row in the job's own transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.changes import Change, announces
from app.errors import ValidationError
from app.printing.jobs import PrintJobInfo, Progress
from app.printing.registry import DocumentRecord, DocumentRegistry, DocumentSpec, PrintOptions
from app.printing.status import PrintJobStatus
from app.roles import Actor, require
from app.uow import reading
from app.users import authorize
from app.wording import label as label_
from app.wording import say
from db.models import PrintJob
from db.uow import Database
from printing.profiles import DocumentKind, PrinterProfile

if TYPE_CHECKING:
    from app.printing.service import PrintService

MAX_REASON = 200
# The audit row of the first print of a document with a customer's personal data.
DOCUMENT_PRINTED = "document.print"


class ReprintNeedsReason(ValidationError):
    """The document was printed before: printing it again is a reprint, with a reason."""

    def __init__(self, label: str, reference: str, printed: int) -> None:
        super().__init__(
            "reason",
            say(
                "{document} {reference} 已打印 {printed} 次：再次打印请说明重印原因",
                document=label_(label),
                reference=reference,
                printed=printed,
            ),
        )
        self.printed = printed


@dataclass(frozen=True)
class DocumentPreview:
    kind: DocumentKind
    label: str
    reference: str
    pdf: bytes
    pages: int
    profile: PrinterProfile  # the profile it prints with: paper, copies, the printer set for it
    printed_before: int  # earlier prints of this document (0: never; more: print is a reprint)


@dataclass(frozen=True)
class DocumentPrinted:
    kind: DocumentKind
    reference: str
    job: PrintJobInfo
    print_no: int  # 1: its first print; 2: its first reprint ...
    reason: str | None = None  # the reprint's reason


class DocumentService:
    """Built by PrintService on its registry (services.printing.documents)."""

    def __init__(self, printing: PrintService, registry: DocumentRegistry, db: Database) -> None:
        self._printing = printing
        self._registry = registry
        self._db = db

    # -- what there is ----------------------------------------------------------------------

    def kinds(self) -> tuple[DocumentSpec, ...]:
        return self._registry.specs()

    def spec(self, kind: str) -> DocumentSpec:
        """NotFound for a kind that is not registered (the message lists the kinds there are)."""
        return self._registry.get(kind)

    def resolve(self, actor: Actor, kind: str, reference: str) -> DocumentRecord:
        """The record a user's reference names; NotFound when there is none."""
        spec = self.spec(kind)
        require(actor, spec.permission)
        self._authorize(actor, spec)
        return spec.resolve(actor, reference)

    def print_count(self, actor: Actor, kind: str, reference: str) -> int:
        """How many times the document has been printed (jobs not cancelled)."""
        spec = self.spec(kind)
        require(actor, spec.permission)
        record = spec.resolve(actor, reference)
        with reading(self._db) as s:
            authorize(s, actor, spec.permission)
            return self._printed(s, spec, record)

    # -- preview ----------------------------------------------------------------------------

    def render(self, actor: Actor, kind: str, reference: str, options: PrintOptions | None = None) -> bytes:
        """The document's PDF; nothing is recorded (the preview, `qiantai print --pdf`). The
        rights, the record and the content in one read."""
        spec = self.spec(kind)
        require(actor, spec.permission)
        with self._db.one_read():
            self._authorize(actor, spec)
            return self._build(actor, spec, spec.resolve(actor, reference), options)

    def preview(
        self, actor: Actor, kind: str, reference: str, options: PrintOptions | None = None
    ) -> DocumentPreview:
        """The exact PDF that would print, with its profile and how often it was printed before."""
        spec = self.spec(kind)
        require(actor, spec.permission)
        with self._db.one_read(), reading(self._db) as s:  # the preview's reads as at one moment
            record = spec.resolve(actor, reference)
            pdf = self._build(actor, spec, record, options)
            authorize(s, actor, spec.permission)
            printed = self._printed(s, spec, record)
        return DocumentPreview(
            kind=spec.kind,
            label=spec.label,
            reference=record.reference,
            pdf=pdf,
            pages=self._printing.page_count(pdf),
            profile=self._printing.profile(spec.profile_kind),
            printed_before=printed,
        )

    # -- print and reprint ------------------------------------------------------------------

    @announces(Change.PRINT_JOBS)
    def print(
        self,
        actor: Actor,
        kind: str,
        reference: str,
        options: PrintOptions | None = None,
        printer: str | None = None,
        pdf: bytes | None = None,
        progress: Progress | None = None,
    ) -> DocumentPrinted:
        """Prints the document for the first time (`pdf`: the bytes previewed, else built now) on
        `printer` or its profile's, in the profile's copies.

        ReprintNeedsReason when it was printed before; PrinterUnavailable (with the job id)
        when the printer could not take it: the job is kept as pending.
        """
        spec = self.spec(kind)
        require(actor, spec.permission)
        record = spec.resolve(actor, reference)
        with reading(self._db) as s:
            authorize(s, actor, spec.permission)
            printed = self._printed(s, spec, record)
        if printed:
            raise ReprintNeedsReason(spec.label, record.reference, printed)
        return self._send(actor, spec, record, options, printer, pdf, progress, None)

    @announces(Change.PRINT_JOBS)
    def reprint(
        self,
        actor: Actor,
        kind: str,
        reference: str,
        reason: str,
        options: PrintOptions | None = None,
        printer: str | None = None,
        pdf: bytes | None = None,
        progress: Progress | None = None,
    ) -> DocumentPrinted:
        """Prints a document printed before again, built afresh from its record (or `pdf`).

        The reason is required; the job is counted (print_no) and audited with the reason.
        """
        spec = self.spec(kind)
        require(actor, spec.permission)
        reason = " ".join(reason.split())
        if not reason:
            raise ValidationError("reason", say("请填写重印原因"))
        if len(reason) > MAX_REASON:
            raise ValidationError("reason", say("重印原因不能超过 {limit} 个字", limit=MAX_REASON))
        record = spec.resolve(actor, reference)
        with reading(self._db) as s:
            authorize(s, actor, spec.permission)
            printed = self._printed(s, spec, record)
        if not printed:
            raise ValidationError(
                "reason",
                say(
                    "{document} {reference} 还没有打印过，请直接打印",
                    document=label_(spec.label),
                    reference=record.reference,
                ),
            )
        return self._send(actor, spec, record, options, printer, pdf, progress, reason)

    # -- internals --------------------------------------------------------------------------

    def _authorize(self, actor: Actor, spec: DocumentSpec) -> None:
        """For the calls that open no session of their own: the user's current rights, read now."""
        with reading(self._db) as s:
            authorize(s, actor, spec.permission)

    def _build(
        self, actor: Actor, spec: DocumentSpec, record: DocumentRecord, options: PrintOptions | None
    ) -> bytes:
        self._printing.apply_font_setting()
        return spec.build(actor, record, options or PrintOptions())

    def _printed(self, s: Session, spec: DocumentSpec, record: DocumentRecord) -> int:
        if spec.printed_before is not None:
            return spec.printed_before(s, record)
        return self._count(s, spec.kind, record.reference)

    @staticmethod
    def _count(s: Session, kind: DocumentKind, reference: str) -> int:
        query = select(func.count(PrintJob.id)).where(
            PrintJob.kind == kind.value,
            PrintJob.document_ref == reference[:64],
            PrintJob.status != PrintJobStatus.CANCELLED,
        )
        return int(s.scalar(query) or 0)

    def _send(
        self,
        actor: Actor,
        spec: DocumentSpec,
        record: DocumentRecord,
        options: PrintOptions | None,
        printer: str | None,
        pdf: bytes | None,
        progress: Progress | None,
        reason: str | None,
    ) -> DocumentPrinted:
        document = pdf if pdf is not None else self._build(actor, spec, record, options)
        profile = self._printing.profile(spec.profile_kind)
        target = printer or profile.printer or self._printing.default_printer()
        numbered: list[int] = []

        def count_and_audit(s: Session, job: PrintJob) -> None:
            if spec.printed_before is None:
                print_no = self._count(s, spec.kind, record.reference)  # this job included
            else:
                print_no = spec.printed_before(s, record) + 1
            numbered.append(print_no)
            if spec.on_printed is not None:
                spec.on_printed(s, actor, record, job.id, reason)
            if reason is not None:
                after = {
                    "kind": spec.kind.value,
                    "reference": record.reference,
                    "reason": reason,
                    "print_no": print_no,
                }
                audit.record(s, actor, "document.reprint", "print_job", job.id, None, after)
            elif spec.personal_data:
                after = {
                    "kind": spec.kind.value,
                    "reference": record.reference,
                    "print_no": print_no,
                    "full_phone": bool(options and options.show_full_phone),
                }
                audit.record(s, actor, DOCUMENT_PRINTED, "print_job", job.id, None, after)

        job_id = self._printing.record_job(
            actor, spec.kind, record.reference, document, target, profile.copies, count_and_audit
        )
        job = self._printing.send_job(actor, job_id, progress)
        return DocumentPrinted(spec.kind, record.reference, job, numbered[0], reason)
