"""The backups in the main window: the status bar's line and the program's daily backup.

The line says where backups go and when the last good one was made; it warns (in red) when none
is configured, none was made yet, or the last is older than two days, and when today's automatic
backup failed. It is read off the UI thread at start, after every change of the backups or the
settings, and hourly. The daily backup (app.backup: once a day, when a folder is set) is tried a
little after the window opens and then every hour while the program stays open, off the UI thread;
the counters go on working while it runs.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from app.backup import BackupResult, BackupStatus
from app.changes import Change
from app.errors import QiantaiError
from app.wording import message_of
from ui.elided_label import ElidedLabel
from ui.i18n import localized
from ui.operations import ChangeBus, Operations

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.context import Services
    from app.roles import Actor

log = logging.getLogger("qiantai.backup")

FIRST_TRY_MS = 5_000  # after the tabs' first reads
HOURLY_MS = 60 * 60 * 1000
WARN_STYLE = "color: #b3261e; font-weight: bold;"


class BackupStatusLabel(ElidedLabel):
    """The status bar's line about backups; the whole sentence in its tooltip when cut short."""

    def __init__(
        self, services: Services, ops: Operations, bus: ChangeBus, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.setObjectName("status_backup")
        self._services = services
        self._ops = ops
        self.status: BackupStatus | None = None
        self.failure: str | None = None  # today's automatic backup failed: why
        bus.changed.connect(self._changed)
        self._timer = QTimer(self)
        self._timer.setInterval(HOURLY_MS)  # "older than two days" comes with time alone
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def _changed(self, changes: frozenset[Change]) -> None:
        if changes & {Change.BACKUPS, Change.SETTINGS}:
            self.refresh()

    def refresh(self) -> None:
        self._ops.read(self._services.backup.status).latest("backup-status").success(self._show).failure(
            lambda e: log.warning("backup status not read: %s", e)
        ).run()

    def _show(self, status: BackupStatus) -> None:
        self.status = status
        self._render()

    def set_failure(self, reason: str | None) -> None:
        self.failure = reason
        self._render()

    @property
    def warns(self) -> bool:
        return self.failure is not None or (self.status is not None and self.status.freshness.warns)

    def _render(self) -> None:
        text = localized(self.status.message) if self.status is not None else ""
        if self.failure is not None:
            text = self.tr("今天的自动备份失败：{0}").format(self.failure) + ("　" + text if text else "")
        self.setStyleSheet(WARN_STYLE if self.warns else "")
        self.set_full_text(text)


class DailyBackups(QObject):
    """Tries the day's backup a little after the start, then hourly (it runs once a day)."""

    def __init__(
        self,
        services: Services,
        ops: Operations,
        actor: Callable[[], Actor],
        label: BackupStatusLabel | None,
        parent: QObject | None = None,
        first_try_ms: int = FIRST_TRY_MS,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._ops = ops
        self._actor = actor
        self._label = label
        self.running = False
        self.last: BackupResult | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(HOURLY_MS)
        self._timer.timeout.connect(self.try_now)
        self._timer.start()
        QTimer.singleShot(first_try_ms, self, self.try_now)

    def try_now(self) -> None:
        if self.running:
            return
        self.running = True
        self._ops.write(self._services.backup.daily, self._actor()).success(self._done).failure(
            self._failed
        ).finally_(self._end).run()

    def _end(self) -> None:
        self.running = False

    def _done(self, result: BackupResult | None) -> None:
        if result is None:
            return  # not due (made today already) or no folder set: the status line says which
        self.last = result
        log.info("daily backup %s (%d bytes)", result.path, result.size)
        if self._label is not None:
            self._label.set_failure(None)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, QiantaiError):
            raise error  # a bug: to the excepthook
        log.warning("daily backup failed: %s", error)
        if self._label is not None:
            self._label.set_failure(localized(message_of(error)))
