"""Settling the print jobs a killed program left "printing", at the next start.

The spooler's own record decides (printing.cups.spooled_jobs, by the job's title
"<prefix>-<kind>-<id>", sent no earlier than the job was marked): a job the spooler took and
did not give up is printed (it must not print twice); one it cancelled or aborted is pending
again, with the reason. A job the spooler never saw is pending again only when its mark was
left by a program of this host that is no longer running (app.printing.claimant): a counter
elsewhere may still be sending it. Where the spooler cannot be asked (no CUPS), nothing is
concluded and the mark goes stale as before (STALE_CLAIM).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select

from app import audit
from app.clock import Clock
from app.printing.claimant import orphaned
from app.printing.status import PrintJobStatus
from app.uow import reading, unit_of_work
from app.wording import say
from db.models import PrintJob
from db.uow import Database
from printing.cups import SpooledJob

log = logging.getLogger(__name__)

# The spooler's clock and ours may differ a little (another machine, rounding to the second).
CLOCK_SLACK = dt.timedelta(seconds=30)
PRINTED, PENDING = PrintJobStatus.PRINTED, PrintJobStatus.PENDING
History = Callable[[str], Sequence[SpooledJob] | None]


@dataclass(frozen=True)
class SettledJobs:
    printed: tuple[int, ...] = ()
    pending: tuple[int, ...] = ()
    asked_spooler: bool = False

    @property
    def any(self) -> bool:
        return bool(self.printed or self.pending)


def default_history(prefix: str) -> Sequence[SpooledJob] | None:
    from printing.cups import spooled_jobs

    return spooled_jobs(prefix)


def _latest_spooled(job: PrintJob, name: str, spooled: Sequence[SpooledJob]) -> SpooledJob | None:
    since = (job.last_attempt_at or job.created_at) - CLOCK_SLACK
    matches = [j for j in spooled if j.title == name and j.created_at >= since]
    return max(matches, key=lambda j: j.id, default=None)


def settle_interrupted(
    db: Database, clock: Clock, prefix: str, history: History = default_history
) -> SettledJobs:
    with reading(db) as s:
        marked = s.scalars(
            select(PrintJob.id).where(PrintJob.status == PrintJobStatus.PRINTING).order_by(PrintJob.id)
        ).all()
    if not marked:
        return SettledJobs()
    spooled = history(f"{prefix}-")
    printed: list[int] = []
    pending: list[int] = []
    now = clock()
    with unit_of_work(db) as s:
        for job_id in marked:
            job = s.get(PrintJob, job_id, with_for_update=True)
            if job is None or job.status != PrintJobStatus.PRINTING:
                continue  # finished meanwhile
            found = (
                None if spooled is None else _latest_spooled(job, f"{prefix}-{job.kind}-{job.id}", spooled)
            )
            if found is not None and found.handed_over:
                job.status, job.printed_at = PrintJobStatus.PRINTED, now
                job.attempts += 1
                job.error = None
                printed.append(job.id)
                outcome = {
                    "status": PrintJobStatus.PRINTED,
                    "spooler_job": found.id,
                    "printer": found.printer,
                }
            elif found is not None:
                job.status = PrintJobStatus.PENDING
                job.error = say("打印机“{printer}”取消或中止了该任务，未打印完成。", printer=found.printer)
                pending.append(job.id)
                outcome = {
                    "status": PrintJobStatus.PENDING,
                    "spooler_job": found.id,
                    "state": found.state.name,
                }
            elif spooled is not None and orphaned(job.claimed_by):
                job.status = PrintJobStatus.PENDING
                job.error = say("上次打印时程序意外退出，任务没有交给打印机。")
                pending.append(job.id)
                outcome = {"status": PENDING, "spooler_job": None}
            else:
                continue
            job.claimed_by = None
            audit.record(
                s, None, "print_job.settle", "print_job", job.id, {"status": PrintJobStatus.PRINTING}, outcome
            )
    if printed or pending:
        log.info("settled interrupted print jobs: printed %s, pending again %s", printed, pending)
    return SettledJobs(tuple(printed), tuple(pending), spooled is not None)
