"""The windows open over the program: hidden while the screen is locked, named before a switch.

A dialog opened with open() (every form over a tab) can be hidden and shown again untouched. A
dialog running its own event loop (exec(): message boxes, questions) would end if hidden, so a
question is answered with its cancel answer (no, keep the form) and any other such dialog stops
the lock until it is closed.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget
from shiboken6 import isValid

from ui.windows import top_level_widgets


@runtime_checkable
class HasUnsavedChanges(Protocol):
    """A form inside a tab (not a dialog) that knows whether it holds unsaved edits."""

    def has_unsaved_changes(self) -> bool: ...


def open_dialogs(exclude: QWidget | None = None) -> list[QDialog]:
    """The program's visible dialogs, in the order they were opened (the top one last)."""
    found = [w for w in top_level_widgets() if isinstance(w, QDialog) and w.isVisible() and w is not exclude]
    return sorted(found, key=_depth)


def _depth(dialog: QWidget) -> int:
    depth = 0
    parent = dialog.parentWidget()
    while parent is not None:
        depth += 1
        parent = parent.parentWidget()
    return depth


def runs_own_loop(dialog: QDialog) -> bool:
    """exec() makes a dialog application-modal; open() makes it window-modal."""
    return dialog.isModal() and dialog.windowModality() == Qt.WindowModality.ApplicationModal


def is_question(dialog: QDialog) -> bool:
    return isinstance(dialog, QMessageBox | QInputDialog)


def dialog_name(dialog: QWidget) -> str:
    return dialog.windowTitle() or dialog.objectName() or type(dialog).__name__


def unsaved_forms(root: QWidget) -> list[str]:
    """Names of the forms under root that hold unsaved edits (their group's title, else the form)."""
    names = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, HasUnsavedChanges) and widget.has_unsaved_changes():
            names.append(widget.windowTitle() or widget.accessibleName() or type(widget).__name__)
    return names


class HiddenDialogs:
    """The dialogs a lock hid, to show again on unlock or to close when another user takes over."""

    def __init__(self) -> None:
        self._dialogs: list[QDialog] = []

    def hide(self, dialogs: list[QDialog]) -> None:
        for dialog in dialogs:
            dialog.hide()
            self._dialogs.append(dialog)

    def alive(self) -> list[QDialog]:
        return [d for d in self._dialogs if isValid(d)]

    def restore(self) -> None:
        for dialog in self.alive():  # in the order opened: the top one comes back on top
            dialog.show()
        self._dialogs = []

    def close_all(self) -> None:
        """Another user logs in: the dialogs end as cancelled, without asking again (done, not
        reject: the switch asked already, a form's own 放弃修改？ would ask a second time)."""
        for dialog in reversed(self.alive()):
            dialog.done(QDialog.DialogCode.Rejected)
        self._dialogs = []
