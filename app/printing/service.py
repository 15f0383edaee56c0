"""Print jobs: every document sent to a printer is recorded first, then spooled.

A job is written (with its PDF) and committed before the printer is tried, so a missing
printer, a stopped spooler or a refused job leaves it *pending* with the reason; the user
retries it, perhaps on another printer, from the print queue. While one counter is sending a
job it is marked "printing", so a second counter retrying at the same moment does not print
it twice; a "printing" mark older than STALE_CLAIM (a crash) counts as pending again.

Registered documents (app.printing.registry) are previewed, printed and reprinted through
`documents` (app.printing.documents.DocumentService), which builds the PDF and then uses the job
path here. Qt's PDF and print modules (printing.spool) and reportlab (fonts, the test page) are
loaded on first use, not when the program starts.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import replace

from sqlalchemy import ColumnElement, func, or_, select, update
from sqlalchemy.orm import Session

from app import audit
from app.changes import Change, announces
from app.clock import Clock, system_clock
from app.errors import Conflict, NotFound, PrinterUnavailable, ValidationError
from app.printing import profile_store
from app.printing.claimant import this_program
from app.printing.documents import DocumentService
from app.printing.jobs import PrintJobInfo, Progress, RetryReport, Spooler, job_info
from app.printing.recovery import History, SettledJobs, default_history, settle_interrupted
from app.printing.registry import DocumentRegistry
from app.printing.status import JobFilter, PrintJobStatus
from app.roles import Actor, Permission, require
from app.settings import SettingsService
from app.uow import reading, unit_of_work
from app.users import authorize
from app.wording import Message, label, say
from db.models import PrintJob, User
from db.uow import Database
from printing.profiles import KIND_LABELS, DocumentKind, PrinterProfile, default_profile, default_profiles

log = logging.getLogger(__name__)

PENDING = PrintJobStatus.PENDING
PRINTING = PrintJobStatus.PRINTING
PRINTED = PrintJobStatus.PRINTED
CANCELLED = PrintJobStatus.CANCELLED
STALE_CLAIM = dt.timedelta(minutes=10)
TEST_PAGE_KINDS = {"a4": DocumentKind.INTAKE_SHEET, "label": DocumentKind.PART_TAG}

# Written in the job's own transaction (a reprint's audit row): (session, the new job).
OnRecord = Callable[[Session, PrintJob], None]


class PrintService:
    def __init__(
        self,
        db: Database,
        settings: SettingsService,
        clock: Clock = system_clock,
        spooler: Spooler | None = None,
        job_name_prefix: str = "qiantai",
        registry: DocumentRegistry | None = None,
        history: History | None = None,
    ) -> None:
        self._db = db
        # The spooler's record of its jobs (printing.cups by default); tests may give their own.
        self._history: History = history if history is not None else default_history
        self._settings = settings
        self._clock = clock
        self._spooler = spooler
        # The spooler's job title is "<prefix>-<kind>-<job id>": it names the file a PDF
        # printer writes and the job in the system's queue.
        self.job_name_prefix = job_name_prefix
        self._font_loaded = False
        self.registry = registry if registry is not None else DocumentRegistry()
        self.documents = DocumentService(self, self.registry, db)

    @property
    def _spool(self) -> Spooler:
        if self._spooler is None:
            from printing import spool  # Qt's PDF and print support: on the first job

            self._spooler = spool
        return self._spooler

    # -- profiles ---------------------------------------------------------------------------

    def default_profiles(self) -> dict[DocumentKind, PrinterProfile]:
        """Every profiled kind's profile before the dealer changes it (copies from the registry)."""
        return default_profiles(self.registry.default_copies())

    def profiles(self) -> dict[DocumentKind, PrinterProfile]:
        """Every document kind's profile (anyone may read them: printing needs them)."""
        with reading(self._db) as s:
            return profile_store.load_profiles(s, self.default_profiles())

    def profile(self, kind: DocumentKind, s: Session | None = None) -> PrinterProfile:
        """The kind's profile, read in `s` when the caller has a session open."""
        if kind == DocumentKind.TEST_PAGE:
            return default_profile(kind)
        default = default_profile(kind, self.registry.default_copies().get(kind, 1))
        if s is None:
            with reading(self._db) as own:
                return profile_store.load_profile(own, kind, default)
        return profile_store.load_profile(s, kind, default)

    @announces(Change.SETTINGS)
    def set_profiles(
        self, actor: Actor, changed: Iterable[PrinterProfile]
    ) -> dict[DocumentKind, PrinterProfile]:
        """Saves profiles (admin and supervisor), audited as one settings change."""
        require(actor, Permission.EDIT_PRINTER_PROFILES)
        cleaned = []
        for given in changed:
            if given.kind == DocumentKind.TEST_PAGE:
                raise ValidationError("kind", say("打印测试页没有单独的打印设置"))
            printer = given.printer.strip() if given.printer else None
            profile = replace(given, printer=printer or None)
            for field, message in profile.problems():
                raise ValidationError(
                    field, say("{kind}：{problem}", kind=label(KIND_LABELS[profile.kind]), problem=message)
                )
            cleaned.append(profile)
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.EDIT_PRINTER_PROFILES)
            return profile_store.save_profiles(s, actor, cleaned, self.default_profiles())

    @announces(Change.SETTINGS)
    def set_profile(self, actor: Actor, profile: PrinterProfile) -> PrinterProfile:
        return self.set_profiles(actor, [profile])[profile.kind]

    def available_printers(self) -> list[str]:
        return self._spool.available_printers()

    def default_printer(self) -> str | None:
        return self._spool.default_printer()

    def page_count(self, pdf: bytes) -> int:
        return self._spool.page_count(pdf)

    def target_printer(self, kind: DocumentKind) -> str | None:
        """Where a document of `kind` goes unless the user chooses: its profile's, else the default."""
        return self.profile(kind).printer or self._spool.default_printer()

    # -- font -------------------------------------------------------------------------------

    def font_path(self) -> str | None:
        with reading(self._db) as s:
            return profile_store.load_font_path(s)

    @announces(Change.SETTINGS)
    def set_font_path(self, actor: Actor, path: str | None) -> None:
        """Chooses the TrueType font file documents use (empty: bundled or system font)."""
        from printing import fonts

        require(actor, Permission.EDIT_PRINTER_PROFILES)
        path = (path or "").strip() or None
        if path is not None:
            try:
                resolved = fonts.resolve(path)
            except fonts.FontNotFound as e:
                raise ValidationError(
                    "font", say("无法使用字体文件 {path}：{reason}", path=path, reason=str(e))
                ) from e
            if resolved.source != "configured":
                raise ValidationError(
                    "font",
                    say("无法使用字体文件 {path}：请选择含中文的 TrueType 字体（.ttf/.ttc）", path=path),
                )
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.EDIT_PRINTER_PROFILES)
            profile_store.save_font_path(s, actor, path)
        fonts.configure(path)
        self._font_loaded = True

    def apply_font_setting(self) -> None:
        """Makes documents use the configured font; called once before the first document."""
        if not self._font_loaded:
            from printing import fonts  # reportlab: with the first document

            fonts.configure(self.font_path())
            self._font_loaded = True

    # -- jobs -------------------------------------------------------------------------------

    @announces(Change.PRINT_JOBS)
    def print_document(
        self,
        actor: Actor,
        kind: DocumentKind,
        document_ref: str,
        pdf: bytes,
        printer_override: str | None = None,
        progress: Progress | None = None,
    ) -> PrintJobInfo:
        """Records the job, then prints it on the override, the profile's or the default printer,
        in the profile's copies. The job path under every document: registered documents are
        printed through `documents` (DocumentService), which builds the PDF first.

        Raises PrinterUnavailable (with the job id) when it could not be printed: the job is
        kept as pending with the reason and can be retried.
        """
        require(actor, Permission.PRINT)
        profile = self.profile(kind)
        printer = printer_override or profile.printer or self._spool.default_printer()
        copies = 1 if kind == DocumentKind.TEST_PAGE else profile.copies
        job_id = self.record_job(actor, kind, document_ref, pdf, printer, copies)
        return self.send_job(actor, job_id, progress)

    @announces(Change.PRINT_JOBS)
    def print_test_page(
        self,
        actor: Actor,
        variant: str,
        printer: str | None = None,
        profile_kind: DocumentKind | None = None,
    ) -> PrintJobInfo:
        """Prints the test page for a profile (default: intake sheet for A4, part tag for labels).

        The page shows the profile and is printed with its offsets, so calibration can be seen.
        """
        require(actor, Permission.PRINT)
        if variant not in TEST_PAGE_KINDS:
            raise ValidationError("variant", say("测试页只能是 a4 或 label"))
        kind = profile_kind or TEST_PAGE_KINDS[variant]
        profile = self.profile(kind)
        target = printer or profile.printer or self._spool.default_printer()
        pdf = self.render_test_page(variant, profile, target or "（未指定）")
        job_id = self.record_job(actor, DocumentKind.TEST_PAGE, f"{variant}:{kind.value}", pdf, target, 1)
        return self.send_job(actor, job_id, None)

    def render_test_page(self, variant: str, profile: PrinterProfile, printer: str) -> bytes:
        """The test page's PDF (for preview before printing)."""
        from printing.documents import printer_test_page

        self.apply_font_setting()
        dealer = self._settings.dealer()
        now = self._clock().astimezone()
        data = printer_test_page.PrinterTestPageData(
            variant="label" if variant == "label" else "a4",
            profile=profile,
            printer=printer,
            dealer_name=dealer.name,
            dealer_code=dealer.code,
            printed_at=now.strftime("%Y-%m-%d %H:%M"),
            code=f"QT-TEST-{now:%m%d%H%M}",
        )
        return printer_test_page.render(data)

    @announces(Change.PRINT_JOBS)
    def retry(self, actor: Actor, job_id: int, printer: str | None = None) -> PrintJobInfo:
        """Sends a pending job again, to `printer` when given (the job is rerouted there)."""
        require(actor, Permission.PRINT)
        return self._attempt(actor, job_id, printer, None)

    @announces(Change.PRINT_JOBS)
    def retry_pending(self, actor: Actor, progress: Progress | None = None) -> RetryReport:
        """Tries every pending job once, oldest first; progress(done, total) per job."""
        require(actor, Permission.PRINT)
        with reading(self._db) as s:
            authorize(s, actor, Permission.PRINT)
            ids = list(
                s.scalars(
                    select(PrintJob.id).where(self._retryable()).order_by(PrintJob.created_at, PrintJob.id)
                )
            )
        printed: list[PrintJobInfo] = []
        failed: list[PrintJobInfo] = []
        for n, job_id in enumerate(ids, start=1):
            try:
                printed.append(self._attempt(actor, job_id, None, None))
            except PrinterUnavailable:
                failed.append(self.job(actor, job_id))
            except Conflict:
                pass  # another counter took it or it was cancelled meanwhile
            if progress is not None:
                progress(n, len(ids))
        return RetryReport(tuple(printed), tuple(failed))

    @announces(Change.PRINT_JOBS)
    def cancel(self, actor: Actor, job_id: int) -> PrintJobInfo:
        """Drops a job that has not printed (it is kept in the list as cancelled)."""
        require(actor, Permission.PRINT)
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.PRINT)
            job = self._load(s, job_id)
            if job.status == PRINTED:
                raise Conflict(say("打印任务 {job_id} 已经打印，不能取消", job_id=job_id))
            if job.status == PRINTING and not self._stale(job):
                raise Conflict(say("打印任务 {job_id} 正在打印，请稍后再试", job_id=job_id))
            before = {"status": job.status}
            job.status = CANCELLED
            audit.record(s, actor, "print_job.cancel", "print_job", job.id, before, {"status": CANCELLED})
            return job_info(job, self._user_name(s, job.user_id))

    def list_jobs(
        self, actor: Actor, status: JobFilter | str | None = None, limit: int = 500
    ) -> list[PrintJobInfo]:
        """Newest first; status is a JobFilter (pending, failed, printed, cancelled; None: all)."""
        require(actor, Permission.PRINT)
        try:
            wanted = None if status is None else JobFilter(status)
        except ValueError:
            raise ValidationError("status", say("未知状态“{status}”", status=status)) from None
        query = select(PrintJob, User.display_name).outerjoin(User, User.id == PrintJob.user_id)
        if wanted == JobFilter.PENDING:
            query = query.where(PrintJob.status.in_((PENDING, PRINTING)))
        elif wanted == JobFilter.FAILED:
            query = query.where(PrintJob.status == PENDING, PrintJob.error.is_not(None))
        elif wanted is not None:
            query = query.where(PrintJob.status == PrintJobStatus(wanted.value))
        query = query.order_by(PrintJob.created_at.desc(), PrintJob.id.desc()).limit(limit)
        with reading(self._db) as s:
            authorize(s, actor, Permission.PRINT)
            return [job_info(job, name or "") for job, name in s.execute(query)]

    def job(self, actor: Actor, job_id: int) -> PrintJobInfo:
        require(actor, Permission.PRINT)
        with reading(self._db) as s:
            authorize(s, actor, Permission.PRINT)
            job = self._load(s, job_id)
            return job_info(job, self._user_name(s, job.user_id))

    def job_pdf(self, actor: Actor, job_id: int) -> bytes:
        """The kept PDF of a job (to preview it again or save it)."""
        require(actor, Permission.PRINT)
        with reading(self._db) as s:
            authorize(s, actor, Permission.PRINT)
            return bytes(self._load(s, job_id).pdf)

    def pending_count(self) -> int:
        with reading(self._db) as s:
            return int(s.scalar(select(func.count(PrintJob.id)).where(PrintJob.status == PENDING)) or 0)

    # -- the job path (for DocumentService) ------------------------------------------------------

    def record_job(
        self,
        actor: Actor,
        kind: DocumentKind,
        document_ref: str,
        pdf: bytes,
        printer: str | None,
        copies: int,
        on_record: OnRecord | None = None,
    ) -> int:
        """Writes the pending job with its PDF and commits it; on_record adds to its transaction."""
        pages = self._spool.page_count(pdf)
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.PRINT)
            job = PrintJob(
                kind=kind.value,
                document_ref=document_ref[:64],
                printer=printer,
                pages=pages,
                copies=copies,
                user_id=actor.user_id,
                created_at=self._clock(),
                status=PENDING,
                attempts=0,
                pdf=pdf,
            )
            s.add(job)
            s.flush()
            if on_record is not None:
                on_record(s, job)
            return job.id

    @announces(Change.PRINT_JOBS)
    def settle_interrupted(self) -> SettledJobs:
        """At start: the jobs a killed program left "printing", settled by the spooler's record
        (app.printing.recovery). Housekeeping of the program, for whoever logs in."""
        return settle_interrupted(self._db, self._clock, self.job_name_prefix, self._history)

    def send_job(self, actor: Actor, job_id: int, progress: Progress | None) -> PrintJobInfo:
        """Spools a job just recorded; PrinterUnavailable keeps it pending."""
        return self._attempt(actor, job_id, None, progress)

    # -- internals --------------------------------------------------------------------------

    def _retryable(self) -> ColumnElement[bool]:
        stale_before = self._clock() - STALE_CLAIM
        return or_(
            PrintJob.status == PENDING,
            (PrintJob.status == PRINTING) & (PrintJob.last_attempt_at < stale_before),
        )

    def _stale(self, job: PrintJob) -> bool:
        return job.last_attempt_at is None or job.last_attempt_at < self._clock() - STALE_CLAIM

    @staticmethod
    def _load(s: Session, job_id: int) -> PrintJob:
        job = s.get(PrintJob, job_id)
        if job is None:
            raise NotFound(say("打印任务 {job_id} 不存在", job_id=job_id))
        return job

    @staticmethod
    def _user_name(s: Session, user_id: int | None) -> str:
        if user_id is None:
            return "系统"
        user = s.get(User, user_id)
        return "" if user is None else str(user.display_name)

    def _claim(self, actor: Actor, job_id: int, printer: str | None) -> PrintJob:
        """Marks the job as being printed by this counter; Conflict when it cannot be taken."""
        now = self._clock()
        with unit_of_work(self._db) as s:
            authorize(s, actor, Permission.PRINT)
            values: dict[str, object] = {
                "status": PRINTING,
                "last_attempt_at": now,
                "claimed_by": this_program(),
            }
            if printer:
                values["printer"] = printer
            result = s.execute(
                update(PrintJob).where(PrintJob.id == job_id, self._retryable()).values(**values)
            )
            taken = getattr(result, "rowcount", 0)  # a CursorResult for an UPDATE
            job = self._load(s, job_id)
            if not taken:
                if job.status == PRINTED:
                    raise Conflict(say("打印任务 {job_id} 已经打印过了", job_id=job_id))
                if job.status == CANCELLED:
                    raise Conflict(say("打印任务 {job_id} 已取消", job_id=job_id))
                raise Conflict(say("打印任务 {job_id} 正在由其他前台打印", job_id=job_id))
            s.expunge(job)
            return job

    def _attempt(
        self, actor: Actor, job_id: int, printer: str | None, progress: Progress | None
    ) -> PrintJobInfo:
        from printing.spool import SpoolError

        job = self._claim(actor, job_id, printer)
        error: str | None = None
        target = job.printer
        if not target:
            error = say("没有指定打印机，系统也没有默认打印机。请选择打印机后重试。")
        else:
            profile = self._profile_for(job.kind, job.document_ref)
            try:
                self._spool.submit(
                    job.pdf,
                    target,
                    copies=job.copies,
                    offset_x_mm=profile.offset_x_mm,
                    offset_y_mm=profile.offset_y_mm,
                    job_name=f"{self.job_name_prefix}-{job.kind}-{job.id}",
                    progress=progress,
                )
            except SpoolError as e:
                error = Message(e.template, e.values)
                log.warning("print job %s on %s failed: %s (%s)", job.id, target, e.message, e.reason)
        now = self._clock()
        with unit_of_work(self._db) as s:
            row = self._load(s, job_id)
            row.attempts += 1
            row.last_attempt_at = now
            row.error = error
            row.claimed_by = None
            if error is None:
                row.status = PRINTED
                row.printed_at = now
            else:
                row.status = PENDING
            info = job_info(row, self._user_name(s, row.user_id))
        if error is not None:
            raise PrinterUnavailable(
                say(
                    "{error}（打印任务 {job_id} 已保留，可稍后重试或改用其他打印机）",
                    error=error,
                    job_id=job_id,
                ),
                job_id,
            )
        return info

    def _profile_for(self, kind: str, document_ref: str) -> PrinterProfile:
        """The profile whose offsets apply: a test page uses the profile it tests."""
        try:
            doc_kind = DocumentKind(kind)
        except ValueError:
            return default_profile(DocumentKind.TEST_PAGE)
        if doc_kind == DocumentKind.TEST_PAGE:
            tested = document_ref.partition(":")[2]
            try:
                return self.profile(DocumentKind(tested))
            except ValueError:
                return default_profile(DocumentKind.TEST_PAGE)
        if doc_kind in self.registry:
            return self.profile(self.registry.get(doc_kind).profile_kind)
        return self.profile(doc_kind)
