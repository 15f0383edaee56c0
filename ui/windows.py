"""The program's top-level windows, listed without the risk of a crash."""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid


def top_level_widgets() -> list[QWidget]:
    """QApplication.topLevelWidgets(), with the garbage collector held while the list is made.

    The list's Python wrappers are made one by one; a collection between two of them could
    delete a window no longer referenced whose pointer is still further down the list, and
    reading that pointer crashed the process (seen once in the tests). Once listed, each window
    is held by the list."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return [w for w in QApplication.topLevelWidgets() if isValid(w)]
    finally:
        if was_enabled:
            gc.enable()
