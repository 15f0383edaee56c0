"""Who is sending a print job: "host/pid" of the program, kept on the job while it is "printing".

A program killed while sending leaves its mark. At the next start on the same host, a mark whose
process is gone is known to be an orphan and is settled at once (app.printing.recovery); a mark
from another host, or from a process still running here, may be a counter at work and is left
to go stale (STALE_CLAIM).
"""

from __future__ import annotations

import os
import socket

MAX_LENGTH = 96  # print_jobs.claimed_by


def this_program() -> str:
    host = socket.gethostname() or "localhost"
    return f"{host[: MAX_LENGTH - 12]}/{os.getpid()}"


def _alive(pid: int) -> bool:
    if os.name == "nt":
        return _alive_on_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    return True


def _alive_on_windows(pid: int) -> bool:
    import ctypes

    query_limited_information, still_active = 0x1000, 259
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def orphaned(claimed_by: str | None) -> bool:
    """True when the mark was left here by a program that is no longer running."""
    if not claimed_by or "/" not in claimed_by:
        return False
    host, _, pid = claimed_by.rpartition("/")
    mine = this_program().rpartition("/")[0]
    if host != mine or not pid.isdigit():
        return False
    return int(pid) != os.getpid() and not _alive(int(pid))
