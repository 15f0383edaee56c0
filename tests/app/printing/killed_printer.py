"""Run as a child process by test_interrupted_jobs: records a part-tag job and sends it to a real
CUPS queue, and is killed (SIGKILL) while sending: before the job reaches the spooler, or after
the spooler took it but before the job is marked printed.

    python -m tests.app.printing.killed_printer DB_URL PREFIX QUEUE before|after
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any


def main() -> None:
    url, prefix, queue, when = sys.argv[1:5]
    from app.printing.service import PrintService
    from app.roles import SYSTEM_ACTOR
    from app.settings import SettingsService
    from db.uow import Database
    from printing import spool
    from printing.documents.labels import Label, render_labels
    from printing.profiles import DocumentKind

    def draw(label: Label, value: str) -> None:
        label.text(2, 34, "旧件标签", 9)
        label.code128(2, 2, value, 56, 10)

    class KilledWhileSending:
        def __getattr__(self, name: str) -> Any:
            return getattr(spool, name)

        def submit(self, *args: Any, **kwargs: Any) -> Any:
            if when == "after":
                spool.submit(*args, **kwargs)
            os.kill(os.getpid(), signal.SIGKILL)

    spool.ensure_gui_app()
    db = Database(url)
    printing = PrintService(db, SettingsService(db), spooler=KilledWhileSending(), job_name_prefix=prefix)
    pdf = render_labels((60, 40), ["RT-2026-000001"], draw)
    job_id = printing.record_job(SYSTEM_ACTOR, DocumentKind.PART_TAG, "RT-2026-000001", pdf, queue, 1)
    print(job_id, flush=True)
    printing.send_job(SYSTEM_ACTOR, job_id, None)
    raise SystemExit("the send was expected to be killed")


if __name__ == "__main__":
    main()
