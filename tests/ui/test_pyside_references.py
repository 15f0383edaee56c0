"""The installed PySide6 keeps its references: some releases (6.12.0 under Python 3.11, where
None and True are not immortal) drop one on every call of a Qt method that returns nothing and
on every signal emitted, and a counter session dies with "none_dealloc" after a few thousand
calls. pyproject.toml keeps PySide6 below 6.12; this test fails on any release that does it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

CALLS = 2000


class _Emitter(QObject):
    fired = Signal(int)


def test_calls_and_signals_keep_the_references_of_none_and_true(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    emitter = _Emitter()
    seen: list[int] = []
    emitter.fired.connect(seen.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(CALLS):
        widget.update()
        emitter.fired.emit(1)
    # A few references come and go with the objects made meanwhile; one lost per call is thousands.
    assert sys.getrefcount(None) > none_before - CALLS // 10
    assert sys.getrefcount(True) > true_before - CALLS // 10
    assert len(seen) == CALLS
