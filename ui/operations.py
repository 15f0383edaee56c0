"""Every database call from the interface, run off the UI thread (after Anki's QueryOp/CollectionOp).

    self.ops.read(services.vehicles.lookup.search, actor, text).latest("search").success(show).run()
    self.ops.write(services.orders.board.move, actor, order_id, version, status).success(done).run()

The call runs on the task runner (a thread pool in the program, at once in tests); its result or
its error comes back on the UI thread. An error is shown the standard way (ui.errors.show_error)
unless the caller gives .failure(). A write announces what it changed (app.changes) on the
ChangeBus after its success callback, so every tab that shows such records refreshes itself.
.latest(key) drops a result that a newer call with the same key has overtaken (search as you type).
.with_progress(label) shows a progress dialog with Cancel for long work whose function takes a
`control` keyword (TaskControl: progress(done, total), cancelled).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, ParamSpec, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from app.changes import Change, changes_of
from app.errors import QiantaiError
from ui.errors import show_error
from ui.i18n import tr as _tr
from ui.tasks import SyncTaskRunner, TaskControl, TaskRunner

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
P = ParamSpec("P")


class ChangeBus(QObject):
    """The main window's one relay of what writes changed; every tab listens to it."""

    changed = Signal(object)  # frozenset[Change]

    def announce(self, changes: frozenset[Change]) -> None:
        if changes and isValid(self):
            self.changed.emit(changes)


class Operations:
    """The operations of one widget: its runner, its bus and the parent of its messages."""

    def __init__(
        self, parent: QWidget | None, runner: TaskRunner | None = None, bus: ChangeBus | None = None
    ) -> None:
        self.parent = parent
        self.runner: TaskRunner = runner or SyncTaskRunner()
        self.bus = bus if bus is not None else ChangeBus(parent)
        self._generations: dict[str, int] = {}

    def for_widget(self, widget: QWidget) -> Operations:
        """The same runner and bus, with messages over `widget` (a dialog)."""
        return Operations(widget, self.runner, self.bus)

    def read(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Op[T]:
        return Op(self, lambda _control: fn(*args, **kwargs), frozenset())

    def write(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Op[T]:
        changes = changes_of(fn)
        if not changes:
            raise TypeError(f"{getattr(fn, '__qualname__', fn)} does not announce what it changes")
        return Op(self, lambda _control: fn(*args, **kwargs), changes)

    def task(self, work: Callable[[TaskControl], T], changes: frozenset[Change] = frozenset()) -> Op[T]:
        """Long work that reports progress or notices a cancel through its TaskControl."""
        return Op(self, work, changes)

    def _next_generation(self, key: str) -> int:
        self._generations[key] = self._generations.get(key, 0) + 1
        return self._generations[key]

    def _is_current(self, key: str, generation: int) -> bool:
        return self._generations.get(key) == generation


class Op(Generic[T_co]):
    def __init__(
        self, ops: Operations, work: Callable[[TaskControl], T_co], changes: frozenset[Change]
    ) -> None:
        self._ops = ops
        self._work = work
        self._changes = changes
        self._success: Callable[[T_co], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._finally: Callable[[], None] | None = None
        self._key: str | None = None
        self._progress_label: str | None = None
        self._cancellable = False

    def success(self, callback: Callable[[T_co], None]) -> Op[T_co]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op[T_co]:
        """Instead of the standard message (a form shows field errors beside the fields)."""
        self._failure = callback
        return self

    def finally_(self, callback: Callable[[], None]) -> Op[T_co]:
        """After success or failure, also when a newer call overtook this one."""
        self._finally = callback
        return self

    def latest(self, key: str) -> Op[T_co]:
        self._key = key
        return self

    def with_progress(self, label: str, cancellable: bool = True) -> Op[T_co]:
        self._progress_label = label
        self._cancellable = cancellable
        return self

    def run(self) -> TaskControl:
        ops = self._ops
        key = self._key
        generation = ops._next_generation(key) if key is not None else 0
        dialog = self._progress_dialog()

        def current() -> bool:
            return key is None or ops._is_current(key, generation)

        def gone() -> bool:
            """The widget was closed and deleted while the work ran: nothing of it is left to update."""
            return ops.parent is not None and not isValid(ops.parent)

        def end() -> None:
            if dialog is not None and isValid(dialog):
                dialog.reset()
                dialog.deleteLater()
            if self._finally is not None and not gone():
                self._finally()

        def done(result: Any) -> None:
            end()
            if gone():
                ops.bus.announce(self._changes)  # what was written still refreshes the tabs
                return
            if not current():
                return
            if self._success is not None:
                self._success(result)
            ops.bus.announce(self._changes)

        def failed(error: BaseException) -> None:
            end()
            if gone():
                if not isinstance(error, QiantaiError):
                    show_error(None, error)  # a bug is never dropped
                return
            if not current():
                return
            if self._failure is not None:
                self._failure(error)
            else:
                show_error(ops.parent, error)

        progress = None
        if dialog is not None:

            def progress(done_count: int, total: int) -> None:
                if not isValid(dialog):
                    return  # deleted with its widget; the work runs on to its end unseen
                dialog.setMaximum(max(total, 1))
                dialog.setValue(min(done_count, max(total, 1)))

        # Cancel is connected before the run: a synchronous runner has ended (and a message box's
        # event loop may have deleted the dialog) by the time run() returns.
        started: list[TaskControl] = []
        if dialog is not None and self._cancellable:
            dialog.canceled.connect(lambda: started[0].cancel() if started else None)
        control = ops.runner.run(self._work, done, failed, progress)
        started.append(control)
        return control

    def _progress_dialog(self) -> QProgressDialog | None:
        if self._progress_label is None:
            return None
        dialog = QProgressDialog(self._progress_label, "", 0, 0, self._ops.parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # quick work finishes before anything shows
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._cancellable:
            dialog.setCancelButtonText(_tr("取消"))
        else:
            dialog.setCancelButton(None)
        return dialog
