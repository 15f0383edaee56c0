"""Asks the CUPS scheduler (through libcups) about a queue before a job is sent to it, and
about the jobs it has had.

Qt hides two things the counter must know: a queue that rejects jobs (`cupsreject`) swallows
the job without an error, and Qt cannot tell "no such printer" from "the scheduler is down".
libcups answers both. Where there is no libcups (Windows), probe() returns None and the
spooler relies on Qt alone.

The scheduler also keeps a record of every job (cupsGetJobs2: its title, state and times, kept
after it completes while the job history is preserved, CUPS's default): spooled_jobs() reads
it, so a job whose sender was killed can be settled by what the spooler says became of it.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import datetime as dt
import functools
import socket
import threading
from dataclasses import dataclass
from enum import IntEnum

IPP_NOT_FOUND = 0x0406
IPP_SERVICE_UNAVAILABLE = 0x0503
IPP_INTERNAL_ERROR = 0x0500
PRINTER_STOPPED = "5"


class _Option(ctypes.Structure):
    _fields_ = (("name", ctypes.c_char_p), ("value", ctypes.c_char_p))


class _Dest(ctypes.Structure):
    _fields_ = (
        ("name", ctypes.c_char_p),
        ("instance", ctypes.c_char_p),
        ("is_default", ctypes.c_int),
        ("num_options", ctypes.c_int),
        ("options", ctypes.POINTER(_Option)),
    )


class _Job(ctypes.Structure):  # cups_job_t
    _fields_ = (
        ("id", ctypes.c_int),
        ("dest", ctypes.c_char_p),
        ("title", ctypes.c_char_p),
        ("user", ctypes.c_char_p),
        ("format", ctypes.c_char_p),
        ("state", ctypes.c_int),
        ("size", ctypes.c_int),
        ("priority", ctypes.c_int),
        ("completed_time", ctypes.c_long),  # time_t
        ("creation_time", ctypes.c_long),
        ("processing_time", ctypes.c_long),
    )


class JobState(IntEnum):
    """IPP job-state values (RFC 8011, 5.3.7)."""

    PENDING = 3
    HELD = 4
    PROCESSING = 5
    STOPPED = 6
    CANCELED = 7
    ABORTED = 8
    COMPLETED = 9


WHICH_JOBS_ALL = -1  # CUPS_WHICHJOBS_ALL: active and completed


@dataclass(frozen=True)
class SpooledJob:
    id: int
    printer: str
    title: str
    state: JobState
    created_at: dt.datetime  # UTC

    @property
    def handed_over(self) -> bool:
        """The spooler took the job and has not given it up (it prints, printed or waits to)."""
        return self.state not in (JobState.CANCELED, JobState.ABORTED)


@dataclass(frozen=True)
class QueueState:
    exists: bool
    scheduler_running: bool
    accepting: bool = True
    stopped: bool = False
    message: str = ""  # the scheduler's own words (printer-state-message or error string)


@functools.cache
def _libcups() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("cups")
    if name is None:
        return None
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    lib.cupsGetNamedDest.restype = ctypes.POINTER(_Dest)
    lib.cupsGetNamedDest.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p)
    lib.cupsFreeDests.argtypes = (ctypes.c_int, ctypes.POINTER(_Dest))
    lib.cupsLastError.restype = ctypes.c_int
    lib.cupsLastErrorString.restype = ctypes.c_char_p
    lib.cupsServer.restype = ctypes.c_char_p
    lib.ippPort.restype = ctypes.c_int
    lib.cupsGetJobs2.restype = ctypes.c_int
    lib.cupsGetJobs2.argtypes = (
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.POINTER(_Job)),
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_int,
    )
    lib.cupsFreeJobs.argtypes = (ctypes.c_int, ctypes.POINTER(_Job))
    return lib


# libcups keeps its last error per thread, but calls are cheap: one at a time is plenty.
_lock = threading.Lock()


def available() -> bool:
    return _libcups() is not None


def scheduler_reachable(timeout: float = 2.0) -> bool | None:
    """Whether the scheduler libcups would talk to accepts a connection (None: no libcups).

    libcups answers "no such printer" when the scheduler is down, so this is asked directly.
    """
    lib = _libcups()
    if lib is None:
        return None
    server = (lib.cupsServer() or b"").decode(errors="replace")
    try:
        if server.startswith("/"):
            with contextlib.closing(socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)) as sock:
                sock.settimeout(timeout)
                sock.connect(server)
        else:
            host, _, port = server.rpartition(":") if server.count(":") == 1 else (server, "", "")
            with socket.create_connection((host or server, int(port or lib.ippPort())), timeout=timeout):
                pass
    except (OSError, ValueError):
        return False
    return True


def probe(printer: str) -> QueueState | None:
    """The queue's state as the scheduler reports it, or None when libcups is not here."""
    lib = _libcups()
    if lib is None:
        return None
    with _lock:
        dest = lib.cupsGetNamedDest(None, printer.encode(), None)
        if not dest:
            code = lib.cupsLastError()
            text = (lib.cupsLastErrorString() or b"").decode(errors="replace")
            down = code in (IPP_SERVICE_UNAVAILABLE, IPP_INTERNAL_ERROR) or not scheduler_reachable()
            return QueueState(exists=False, scheduler_running=not down, message=text)
        try:
            entry = dest.contents
            options = {
                entry.options[i].name.decode(errors="replace"): (entry.options[i].value or b"").decode(
                    errors="replace"
                )
                for i in range(entry.num_options)
            }
        finally:
            lib.cupsFreeDests(1, dest)
    return QueueState(
        exists=True,
        scheduler_running=True,
        accepting=options.get("printer-is-accepting-jobs", "true").lower() == "true",
        stopped=options.get("printer-state") == PRINTER_STOPPED,
        message=options.get("printer-state-message", ""),
    )


def _text(raw: bytes | None) -> str:
    return (raw or b"").decode(errors="replace")


def spooled_jobs(title_prefix: str) -> list[SpooledJob] | None:
    """This user's jobs on every queue, active and completed, whose title starts with the prefix;
    None when the scheduler cannot be asked (no libcups, the scheduler down)."""
    lib = _libcups()
    if lib is None or not scheduler_reachable():
        return None
    jobs = ctypes.POINTER(_Job)()
    with _lock:
        count = lib.cupsGetJobs2(None, ctypes.byref(jobs), None, 1, WHICH_JOBS_ALL)
        if count < 0:
            return None
        try:
            found = []
            for i in range(count):
                job = jobs[i]
                title = _text(job.title)
                if not title.startswith(title_prefix):
                    continue
                try:
                    state = JobState(job.state)
                except ValueError:
                    continue  # a state IPP does not define: nothing to conclude from it
                created = dt.datetime.fromtimestamp(job.creation_time, dt.UTC)
                found.append(SpooledJob(job.id, _text(job.dest), title, state, created))
        finally:
            if count:
                lib.cupsFreeJobs(count, jobs)
    return found
