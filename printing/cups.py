"""Asks the CUPS scheduler (through libcups) about a queue before a job is sent to it.

Qt hides two things the counter must know: a queue that rejects jobs (`cupsreject`) swallows
the job without an error, and Qt cannot tell "no such printer" from "the scheduler is down".
libcups answers both. Where there is no libcups (Windows), probe() returns None and the
spooler relies on Qt alone.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import socket
import threading
from dataclasses import dataclass

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
