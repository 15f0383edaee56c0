"""Importing the vehicles and customers a dealer already has (an old system's export, the
manufacturer's list of sold vehicles).

- Every row goes through the same checks as manual entry (clean_vehicle, clean_customer); the
  warnings manual entry asks the advisor to confirm (a VIN without check digit, an embassy
  plate, a plate on file for another vehicle) are accepted and listed as warnings: running the
  import is the confirmation, and --dry-run shows them first.
- Matching is by VIN. A known vehicle is updated only where the file says something different
  (an empty cell keeps what is on file); a lower mileage than on file is not imported (warning);
  a different owner name is not applied (an ownership change is made in the program) but a new
  phone number of the same owner is added. Same data, no change: no write and no audit row.
- A new vehicle's owner is an existing customer with the same name and phone number, else a new
  customer. An unknown brand/model is created with the default warranty terms (warning).
- All-or-nothing: with any rejected row nothing is written, unless skip_bad, which imports the
  good rows.
- Three steps, so that one counter's import never holds up the others: the file is read and its
  rows checked on their own (import_rows); what each row would change is worked out in a read
  transaction (import_plan), which is all a dry run does: it writes nothing; the rows to write
  and their audit texts are made next, still without a transaction (import_batch), and written
  in one transaction that only writes (import_write), all or nothing.
- `progress(done, total)` is told as rows are checked and then written; if it raises (a cancel
  in the UI), the exception leaves the import and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app import audit
from app.changes import Change, announces
from app.clock import Clock, local_today, system_clock
from app.db_errors import unique_violation
from app.errors import Conflict
from app.roles import Actor, Permission, require
from app.uow import reading, unit_of_work
from app.users import authorize
from app.vehicles.import_batch import ImportBatch, prepare_batch
from app.vehicles.import_files import read_table
from app.vehicles.import_plan import plan_import
from app.vehicles.import_rows import ImportIssue, clean_rows
from app.vehicles.import_write import stale, taken_vin, write_batch
from app.vehicles.ports import MileageReminders, PaperReminders
from db.uow import Database


@dataclass(frozen=True)
class ImportReport:
    accepted: int  # rows that passed every check (written unless dry_run or all-or-nothing failed)
    rejected: tuple[ImportIssue, ...]
    warnings: tuple[ImportIssue, ...]
    created: int  # vehicles
    updated: int
    unchanged: int
    applied: bool  # changes were committed
    dry_run: bool
    rows: int  # data rows read
    columns: dict[str, str]  # recognised columns: field -> header as written

    def to_json(self) -> dict[str, Any]:
        """Exactly the shape the command line prints with --json."""
        return {
            "accepted": self.accepted,
            "rejected": [{"line": i.line, "field": i.field, "message": i.message} for i in self.rejected],
            "warnings": [{"line": i.line, "field": i.field, "message": i.message} for i in self.warnings],
        }


class _Progress:
    """One bar over both steps: checking every row, then writing what changes."""

    def __init__(self, report: Callable[[int, int], None] | None, rows: int) -> None:
        self._report, self._rows, self.total = report, rows, rows

    def checked(self, done: int) -> None:
        if self._report is not None:
            self._report(done, self.total)

    def writing(self, writes: int) -> Callable[[int], None]:
        self.total = self._rows + writes
        return lambda done: self.checked(self._rows + done)


class VehicleImporter:
    def __init__(
        self,
        db: Database,
        clock: Clock = system_clock,
        readings: MileageReminders | None = None,
        papers: PaperReminders | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._readings = readings
        self._papers = papers

    @announces(Change.VEHICLES, Change.CUSTOMERS, Change.MODELS)
    def import_vehicles(
        self,
        actor: Actor,
        path: Path,
        *,
        dry_run: bool = False,
        skip_bad: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportReport:
        """Raises ValidationError(field="file") when the file cannot be read or lacks columns;
        Conflict when another counter changed a vehicle of the file while it was being imported."""
        require(actor, Permission.IMPORT_DATA)
        table = read_table(path)
        rows, rejected = clean_rows(table, local_today(self._clock))
        bar = _Progress(progress, len(rows))
        bar.checked(0)
        with reading(self._db) as s:
            actor = authorize(s, actor, Permission.IMPORT_DATA)
            plan = plan_import(s, rows, bar.checked)
        updated, unchanged = len(plan.updates), plan.unchanged
        applied = not dry_run and (skip_bad or not rejected)
        if applied and plan.writes:
            now = self._clock()
            batch = prepare_batch(plan, now)
            with self._vin_race(batch), unit_of_work(self._db) as s:
                actor = authorize(s, actor, Permission.IMPORT_DATA)
                written = write_batch(s, actor, batch, now, bar.writing(batch.writes))
                updated = written.updated
                read = [r.update.vehicle_id for r in batch.updates if r.update.km is not None]
                if read and self._readings is not None:  # their due dates follow the new km
                    self._readings.readings_recorded(s, read, now)
                if written.papers and self._papers is not None:  # 年检 and insurance reminders
                    self._papers.papers_imported(s, actor, written.papers, now)
                unchanged = plan.unchanged + len(plan.updates) - updated
                self._audit(s, actor, path, len(plan.new), updated, unchanged, len(rejected))
        bad_lines = {i.line for i in rejected}
        return ImportReport(
            accepted=len(table.rows) - len(bad_lines),
            rejected=tuple(sorted(rejected, key=lambda i: i.line)),
            warnings=tuple(sorted(plan.warnings, key=lambda i: i.line)),
            created=len(plan.new) if applied or dry_run else 0,
            updated=updated if applied or dry_run else 0,
            unchanged=unchanged,
            applied=applied,
            dry_run=dry_run,
            rows=len(table.rows),
            columns=table.columns,
        )

    @contextmanager
    def _vin_race(self, batch: ImportBatch) -> Iterator[None]:
        """PostgreSQL: another counter registering a new VIN of the file while the write runs (after
        its check) makes the INSERT wait for that counter and then fail on the unique VIN; the
        import is then refused with the same message as when the check finds it."""
        try:
            yield
        except Conflict as e:
            if not unique_violation(e.__cause__):
                raise
            with reading(self._db) as s:
                taken = taken_vin(s, batch)
            if taken is None:
                raise
            raise stale(taken) from e

    @staticmethod
    def _audit(
        s: Session, actor: Actor, path: Path, created: int, updated: int, unchanged: int, rejected: int
    ) -> None:
        audit.record(
            s,
            actor,
            "import.vehicles",
            "import",
            path.name,
            None,
            {
                "file": str(path),
                "created": created,
                "updated": updated,
                "unchanged": unchanged,
                "rejected": rejected,
            },
        )
