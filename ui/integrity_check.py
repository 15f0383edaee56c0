"""After the window is up: the database file's quick check, off the UI thread.

The counter works while it runs (seconds on a very large file); a file that fails it is kept
read-only and the user is told why and what to do.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from app.context import Services
from app.integrity import IntegrityReport, quick_check, refuse_writes_if_damaged
from ui.i18n import localized
from ui.i18n import tr as _tr
from ui.operations import Operations

log = logging.getLogger("qiantai.integrity")


def check_database_file(window: QWidget, ops: Operations, services: Services) -> None:
    db = services.db

    def checked(report: IntegrityReport) -> None:
        if report.checked:
            log.info("quick_check %s in %.0f ms", "ok" if report.ok else report.problems, report.checked_ms)
        refusal = refuse_writes_if_damaged(db, report)
        if refusal is not None:
            QMessageBox.warning(window, _tr("数据库文件可能已损坏"), localized(refusal))

    ops.read(quick_check, db).success(checked).run()
