"""After the window is up: print jobs a killed program left "printing" are settled from the
spooler's record, off the UI thread, and the counter is told in the status bar."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMainWindow

from app.context import Services
from app.printing.recovery import SettledJobs
from ui.i18n import tr as _tr
from ui.operations import Operations

log = logging.getLogger("qiantai.printing")
SHOWN_MS = 20_000


def settle_interrupted_prints(window: QMainWindow, ops: Operations, services: Services) -> None:
    def settled(result: SettledJobs) -> None:
        if not result.any:
            return
        text = _tr("上次意外退出时未完成的打印任务：{printed} 个已打印，{pending} 个待重试（见打印队列）。")
        window.statusBar().showMessage(
            text.format(printed=len(result.printed), pending=len(result.pending)), SHOWN_MS
        )

    def failed(error: BaseException) -> None:
        # Housekeeping: the marks still go stale after ten minutes; the counter is not disturbed.
        log.warning("could not settle interrupted print jobs: %s", error)

    ops.write(services.printing.settle_interrupted).success(settled).failure(failed).run()
