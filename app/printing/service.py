"""Print jobs: every document sent to a printer is recorded first, then spooled.

A job is written (with its PDF) and committed before the printer is tried, so a missing
printer, a stopped spooler or a refused job leaves it *pending* with the reason; the user
retries it, perhaps on another printer, from the print queue. While one counter is sending a
job it is marked "printing", so a second counter retrying at the same moment does not print
it twice; a "printing" mark older than STALE_CLAIM (a crash) counts as pending again.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Protocol

from sqlalchemy import ColumnElement, func, or_, select, update
from sqlalchemy.orm import Session

from app import audit
from app.clock import Clock, system_clock
from app.errors import Conflict, NotFound, PrinterUnavailable, ValidationError
from app.printing import profile_store
from app.roles import Actor, Permission, require
from app.settings import SettingsService
from app.uow import reading, unit_of_work
from db.models import PrintJob, User
from db.uow import Database
from printing import fonts, spool
from printing.documents import printer_test_page
from printing.profiles import KIND_LABELS, DocumentKind, PrinterProfile, default_profile
from printing.spool import SpoolError, SpoolResult

log = logging.getLogger(__name__)

PENDING = "pending"
PRINTING = "printing"
PRINTED = "printed"
CANCELLED = "cancelled"
FAILED = "failed"  # a filter only: pending jobs whose last attempt failed
STATUS_FILTERS = (PENDING, FAILED, PRINTED, CANCELLED)
STALE_CLAIM = dt.timedelta(minutes=10)
TEST_PAGE_KINDS = {"a4": DocumentKind.INTAKE_SHEET, "label": DocumentKind.PART_TAG}

Progress = Callable[[int, int], None]


class Spooler(Protocol):
    """What the service needs from printing.spool (the module itself fits)."""

    def available_printers(self) -> list[str]: ...

    def default_printer(self) -> str | None: ...

    def page_count(self, pdf: bytes) -> int: ...

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
        max_dpi: int = spool.MAX_DPI,
    ) -> SpoolResult: ...


@dataclass(frozen=True)
class PrintJobInfo:
    id: int
    kind: str
    document_ref: str
    printer: str | None
    pages: int
    copies: int
    user_id: int | None
    user_name: str
    created_at: dt.datetime
    status: str  # pending, printing, printed or cancelled
    error: str | None
    attempts: int
    last_attempt_at: dt.datetime | None
    printed_at: dt.datetime | None

    @property
    def kind_label(self) -> str:
        try:
            return KIND_LABELS[DocumentKind(self.kind)]
        except ValueError:
            return self.kind

    @property
    def failed(self) -> bool:
        return self.status == PENDING and self.error is not None

    @property
    def state_label(self) -> str:
        if self.failed:
            return "打印失败，待重试"
        return {PENDING: "待打印", PRINTING: "正在打印", PRINTED: "已打印", CANCELLED: "已取消"}.get(
            self.status, self.status
        )

    @property
    def can_retry(self) -> bool:
        return self.status == PENDING


@dataclass(frozen=True)
class RetryReport:
    printed: tuple[PrintJobInfo, ...]
    failed: tuple[PrintJobInfo, ...]  # still pending, each with its error


def _info(job: PrintJob, user_name: str) -> PrintJobInfo:
    return PrintJobInfo(
        id=job.id,
        kind=job.kind,
        document_ref=job.document_ref,
        printer=job.printer,
        pages=job.pages,
        copies=job.copies,
        user_id=job.user_id,
        user_name=user_name,
        created_at=job.created_at,
        status=job.status,
        error=job.error,
        attempts=job.attempts,
        last_attempt_at=job.last_attempt_at,
        printed_at=job.printed_at,
    )


class PrintService:
    def __init__(
        self,
        db: Database,
        settings: SettingsService,
        clock: Clock = system_clock,
        spooler: Spooler | None = None,
        job_name_prefix: str = "qiantai",
    ) -> None:
        self._db = db
        self._settings = settings
        self._clock = clock
        self._spool: Spooler = spooler if spooler is not None else spool
        # The spooler's job title is "<prefix>-<kind>-<job id>": it names the file a PDF
        # printer writes and the job in the system's queue.
        self.job_name_prefix = job_name_prefix
        self._font_loaded = False

    # -- profiles ---------------------------------------------------------------------------

    def profiles(self) -> dict[DocumentKind, PrinterProfile]:
        """Every document kind's profile (anyone may read them: printing needs them)."""
        with reading(self._db) as s:
            return profile_store.load_profiles(s)

    def profile(self, kind: DocumentKind) -> PrinterProfile:
        if kind == DocumentKind.TEST_PAGE:
            return default_profile(kind)
        return self.profiles()[kind]

    def set_profiles(
        self, actor: Actor, changed: Iterable[PrinterProfile]
    ) -> dict[DocumentKind, PrinterProfile]:
        """Saves profiles (admin and supervisor), audited as one settings change."""
        require(actor, Permission.EDIT_PRINTER_PROFILES)
        cleaned = []
        for given in changed:
            if given.kind == DocumentKind.TEST_PAGE:
                raise ValidationError("kind", "打印测试页没有单独的打印设置")
            printer = given.printer.strip() if given.printer else None
            profile = replace(given, printer=printer or None)
            for field, message in profile.problems():
                raise ValidationError(field, f"{KIND_LABELS[profile.kind]}：{message}")
            cleaned.append(profile)
        with unit_of_work(self._db) as s:
            return profile_store.save_profiles(s, actor, cleaned)

    def set_profile(self, actor: Actor, profile: PrinterProfile) -> PrinterProfile:
        return self.set_profiles(actor, [profile])[profile.kind]

    def available_printers(self) -> list[str]:
        return self._spool.available_printers()

    def default_printer(self) -> str | None:
        return self._spool.default_printer()

    # -- font -------------------------------------------------------------------------------

    def font_path(self) -> str | None:
        with reading(self._db) as s:
            return profile_store.load_font_path(s)

    def set_font_path(self, actor: Actor, path: str | None) -> None:
        """Chooses the TrueType font file documents use (empty: bundled or system font)."""
        require(actor, Permission.EDIT_PRINTER_PROFILES)
        path = (path or "").strip() or None
        if path is not None:
            try:
                resolved = fonts.resolve(path)
            except fonts.FontNotFound as e:
                raise ValidationError("font", str(e)) from e
            if resolved.source != "configured":
                raise ValidationError(
                    "font", f"无法使用字体文件 {path}：请选择含中文的 TrueType 字体（.ttf/.ttc）"
                )
        with unit_of_work(self._db) as s:
            profile_store.save_font_path(s, actor, path)
        fonts.configure(path)
        self._font_loaded = True

    def apply_font_setting(self) -> None:
        """Makes documents use the configured font; called once before the first document."""
        if not self._font_loaded:
            fonts.configure(self.font_path())
            self._font_loaded = True

    # -- jobs -------------------------------------------------------------------------------

    def print_document(
        self,
        actor: Actor,
        kind: DocumentKind,
        document_ref: str,
        pdf: bytes,
        printer_override: str | None = None,
        progress: Progress | None = None,
    ) -> PrintJobInfo:
        """Records the job, then prints it on the override, the profile's or the default printer.

        Raises PrinterUnavailable (with the job id) when it could not be printed: the job is
        kept as pending with the reason and can be retried.
        """
        require(actor, Permission.PRINT)
        profile = self.profile(kind)
        printer = printer_override or profile.printer or self._spool.default_printer()
        copies = 1 if kind == DocumentKind.TEST_PAGE else profile.copies
        return self._record_and_send(actor, kind, document_ref, pdf, printer, copies, progress)

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
            raise ValidationError("variant", "测试页只能是 a4 或 label")
        kind = profile_kind or TEST_PAGE_KINDS[variant]
        profile = self.profile(kind)
        target = printer or profile.printer or self._spool.default_printer()
        pdf = self.render_test_page(variant, profile, target or "（未指定）")
        return self._record_and_send(
            actor, DocumentKind.TEST_PAGE, f"{variant}:{kind.value}", pdf, target, 1, None
        )

    def render_test_page(self, variant: str, profile: PrinterProfile, printer: str) -> bytes:
        """The test page's PDF (for preview before printing)."""
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
            code=f"QIANTAI-TEST-{now:%m%d%H%M}",
        )
        return printer_test_page.render(data)

    def retry(self, actor: Actor, job_id: int, printer: str | None = None) -> PrintJobInfo:
        """Sends a pending job again, to `printer` when given (the job is rerouted there)."""
        require(actor, Permission.PRINT)
        return self._attempt(actor, job_id, printer, None)

    def retry_pending(self, actor: Actor, progress: Progress | None = None) -> RetryReport:
        """Tries every pending job once, oldest first; progress(done, total) per job."""
        require(actor, Permission.PRINT)
        with reading(self._db) as s:
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

    def cancel(self, actor: Actor, job_id: int) -> PrintJobInfo:
        """Drops a job that has not printed (it is kept in the list as cancelled)."""
        require(actor, Permission.PRINT)
        with unit_of_work(self._db) as s:
            job = self._load(s, job_id)
            if job.status == PRINTED:
                raise Conflict(f"打印任务 {job_id} 已经打印，不能取消")
            if job.status == PRINTING and not self._stale(job):
                raise Conflict(f"打印任务 {job_id} 正在打印，请稍后再试")
            before = {"status": job.status}
            job.status = CANCELLED
            audit.record(s, actor, "print_job.cancel", "print_job", job.id, before, {"status": CANCELLED})
            return _info(job, self._user_name(s, job.user_id))

    def list_jobs(self, actor: Actor, status: str | None = None, limit: int = 500) -> list[PrintJobInfo]:
        """Newest first; status is one of pending, failed, printed, cancelled (None: all)."""
        require(actor, Permission.PRINT)
        if status is not None and status not in STATUS_FILTERS:
            raise ValidationError("status", f"未知状态“{status}”")
        query = select(PrintJob, User.display_name).outerjoin(User, User.id == PrintJob.user_id)
        if status == PENDING:
            query = query.where(PrintJob.status.in_((PENDING, PRINTING)))
        elif status == FAILED:
            query = query.where(PrintJob.status == PENDING, PrintJob.error.is_not(None))
        elif status is not None:
            query = query.where(PrintJob.status == status)
        query = query.order_by(PrintJob.created_at.desc(), PrintJob.id.desc()).limit(limit)
        with reading(self._db) as s:
            return [_info(job, name or "") for job, name in s.execute(query)]

    def job(self, actor: Actor, job_id: int) -> PrintJobInfo:
        require(actor, Permission.PRINT)
        with reading(self._db) as s:
            job = self._load(s, job_id)
            return _info(job, self._user_name(s, job.user_id))

    def job_pdf(self, actor: Actor, job_id: int) -> bytes:
        """The kept PDF of a job (to preview it again or save it)."""
        require(actor, Permission.PRINT)
        with reading(self._db) as s:
            return bytes(self._load(s, job_id).pdf)

    def pending_count(self) -> int:
        with reading(self._db) as s:
            return int(s.scalar(select(func.count(PrintJob.id)).where(PrintJob.status == PENDING)) or 0)

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
            raise NotFound(f"打印任务 {job_id} 不存在")
        return job

    @staticmethod
    def _user_name(s: Session, user_id: int | None) -> str:
        if user_id is None:
            return "系统"
        user = s.get(User, user_id)
        return "" if user is None else str(user.display_name)

    def _record_and_send(
        self,
        actor: Actor,
        kind: DocumentKind,
        document_ref: str,
        pdf: bytes,
        printer: str | None,
        copies: int,
        progress: Progress | None,
    ) -> PrintJobInfo:
        pages = self._spool.page_count(pdf)
        with unit_of_work(self._db) as s:
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
            job_id = job.id
        return self._attempt(actor, job_id, None, progress)

    def _claim(self, job_id: int, printer: str | None) -> PrintJob:
        """Marks the job as being printed by this counter; Conflict when it cannot be taken."""
        now = self._clock()
        with unit_of_work(self._db) as s:
            values: dict[str, object] = {"status": PRINTING, "last_attempt_at": now}
            if printer:
                values["printer"] = printer
            result = s.execute(
                update(PrintJob).where(PrintJob.id == job_id, self._retryable()).values(**values)
            )
            taken = getattr(result, "rowcount", 0)  # a CursorResult for an UPDATE
            job = self._load(s, job_id)
            if not taken:
                if job.status == PRINTED:
                    raise Conflict(f"打印任务 {job_id} 已经打印过了")
                if job.status == CANCELLED:
                    raise Conflict(f"打印任务 {job_id} 已取消")
                raise Conflict(f"打印任务 {job_id} 正在由其他前台打印")
            s.expunge(job)
            return job

    def _attempt(
        self, actor: Actor, job_id: int, printer: str | None, progress: Progress | None
    ) -> PrintJobInfo:
        job = self._claim(job_id, printer)
        error: str | None = None
        target = job.printer
        if not target:
            error = "没有指定打印机，系统也没有默认打印机。请选择打印机后重试。"
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
                error = e.message
                log.warning("print job %s on %s failed: %s (%s)", job.id, target, e.message, e.reason)
        now = self._clock()
        with unit_of_work(self._db) as s:
            row = self._load(s, job_id)
            row.attempts += 1
            row.last_attempt_at = now
            row.error = error
            if error is None:
                row.status = PRINTED
                row.printed_at = now
            else:
                row.status = PENDING
            info = _info(row, self._user_name(s, row.user_id))
        if error is not None:
            raise PrinterUnavailable(
                f"{error}（打印任务 {job_id} 已保留，可稍后重试或改用其他打印机）", job_id
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
        return self.profile(doc_kind)
