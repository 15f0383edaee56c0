"""Runs long work off the UI thread and delivers the result (or the exception) on it.

Widgets receive a runner; tests pass SyncTaskRunner so work finishes before the
next line of the test.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")


class TaskControl:
    """Handed to the work function: report progress, notice a cancel request."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.on_progress: Callable[[int, int], None] | None = None

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int) -> None:
        if self.on_progress is not None:
            self.on_progress(done, total)


Work = Callable[[TaskControl], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
Progress = Callable[[int, int], None]


class TaskRunner(Protocol):
    def run(
        self, work: Work, on_done: Done, on_error: Failed, on_progress: Progress | None = None
    ) -> TaskControl: ...


class SyncTaskRunner:
    """Runs the work at once on the calling thread (tests, and trivial work)."""

    def run(
        self, work: Work, on_done: Done, on_error: Failed, on_progress: Progress | None = None
    ) -> TaskControl:
        control = TaskControl()
        control.on_progress = on_progress
        try:
            result = work(control)
        except Exception as e:
            on_error(e)
        else:
            on_done(result)
        return control


class _Relay(QObject):
    """Lives on the UI thread; signals emitted from the worker are queued to it."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, work: Work, control: TaskControl, relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._control = control
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work(self._control)
        except Exception as e:
            self._relay.failed.emit(e)
        else:
            self._relay.done.emit(result)


class ThreadTaskRunner:
    """Background work on a QThreadPool; callbacks run on the UI thread."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    def run(
        self, work: Work, on_done: Done, on_error: Failed, on_progress: Progress | None = None
    ) -> TaskControl:
        relay = _Relay()
        self._relays.add(relay)  # kept alive until the job reports back

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            callback(value)

        relay.done.connect(lambda r: finish(on_done, r))
        relay.failed.connect(lambda e: finish(on_error, e))
        control = TaskControl()
        if on_progress is not None:
            relay.progressed.connect(on_progress)
            control.on_progress = relay.progressed.emit
        self._pool.start(_Job(work, control, relay))
        return control

    def wait(self, msecs: int = 30_000) -> bool:
        return bool(self._pool.waitForDone(msecs))
