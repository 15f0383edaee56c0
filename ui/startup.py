"""Opening the database while the login is already on screen.

Importing the database layer (SQLAlchemy, the services) and opening and checking the database
take most of the start: a few hundred milliseconds, seconds for a migration. The login dialog
needs none of it until the user presses Enter, so it is shown first and the services are built
on a background thread meanwhile; the login itself waits for them (off the UI thread, like every
call), and the dealer's name is put in the title when it is known.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from app.roles import Actor

if TYPE_CHECKING:
    from app.commands.base import CommandContext
    from app.context import Services


class ServicesLoading(QObject):
    """The program's services, being built on a thread: ready(services) or failed(error), on the
    UI thread; wait() from a worker thread."""

    ready = Signal(object)
    failed = Signal(object)
    _built = Signal()  # from the thread; delivered on the UI thread (queued), which emits the above

    def __init__(self, ctx: CommandContext) -> None:
        super().__init__()
        self._ctx = ctx
        self._done = threading.Event()
        self.services: Services | None = None
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._build, name="qiantai-open-database", daemon=True)
        self._built.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self._thread.start()

    def _build(self) -> None:
        try:
            self.services = self._ctx.services()
            self.services.startup_jobs()  # the days before: bookings not arrived become no-shows
        except BaseException as e:  # a storage failure for the user, or a bug for the excepthook
            self.error = e
        finally:
            self._done.set()
            self._built.emit()

    def _deliver(self) -> None:
        if self.error is not None:
            self.failed.emit(self.error)
        else:
            self.ready.emit(self.services)

    def wait(self) -> Services:
        """The services once built (raises what building them raised)."""
        self._done.wait()
        if self.error is not None:
            raise self.error
        assert self.services is not None
        return self.services

    def login(self, username: str, password: str) -> Actor:
        """The login dialog's login, run on a worker: waits for the database, then checks."""
        return self.wait().users.login(username, password)
