"""The one base of every tab: its operations, buttons with shortcuts, a message line, the
dialog open over it, and the refresh hook that the main window's ChangeBus drives.

A tab names the kinds of records it shows (`watches`); when a write anywhere in the program
announces one of them, refresh() runs: at once when the tab is on screen or says it must stay
current (`refresh_hidden`), else the next time it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from app.changes import Change
from app.context import Services
from app.roles import Actor
from ui.i18n import localized
from ui.operations import ChangeBus, Operations
from ui.tasks import TaskRunner, ThreadTaskRunner


class BaseTab(QWidget):
    watches: frozenset[Change] = frozenset()
    refresh_hidden = False  # True: refresh even while another tab is shown

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.ops = Operations(self, runner or ThreadTaskRunner(), bus)
        self.dialog: QDialog | None = None  # the dialog open over the tab, if any
        self._stale = False
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.ops.bus.changed.connect(self._changed)

    @property
    def runner(self) -> TaskRunner:
        return self.ops.runner

    @property
    def bus(self) -> ChangeBus:
        return self.ops.bus

    # -- building ---------------------------------------------------------------------------

    def add_button(
        self, text: str, name: str, slot: Callable[[], None], key: str | None = None
    ) -> QPushButton:
        """A button that Enter in a field never presses; `key` is its shortcut on this tab."""
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        if key is not None:
            self.add_shortcut(key, slot)
        return button

    def add_shortcut(self, key: str, slot: Callable[[], None]) -> QShortcut:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def show_message(self, text: str) -> None:
        self.message.setText(localized(text))

    # -- refreshing -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reads again what the tab shows (override)."""

    def _changed(self, changes: frozenset[Change]) -> None:
        if not changes & self.watches:
            return
        if self.isVisible() or self.refresh_hidden:
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    # -- dialogs ----------------------------------------------------------------------------

    def show_dialog(self, dialog: QDialog, finished: Callable[[int], None] | None = None) -> None:
        """Window-modal and not blocking: the event loop (and tests) carry on while it is open."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def closed(result: int) -> None:
            self.dialog = None
            if finished is not None:
                finished(result)

        dialog.finished.connect(closed)
        dialog.open()
