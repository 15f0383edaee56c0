"""What the screen tests of the tabs share: the two counter screens, the interface in either
language (Qt's own buttons in English too), and a widget shown as it would fit a screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from ui.i18n import install_translator

Shot = Callable[[QWidget, str], Path]
SIZES = ((1024, 768), (1366, 768))
TITLE_AND_TASK_BAR = 40


class QtTextsInEnglish(QTranslator):
    """Qt's own buttons (OK, Cancel) as Qt writes them, over the Chinese the GUI tests install."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return source if context.startswith("Q") else ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture(params=["zh", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    installed: list[QTranslator] = []
    if request.param == "en":
        qt_texts = QtTextsInEnglish(qapp)
        qapp.installTranslator(qt_texts)
        translator = install_translator(qapp, "en")
        assert translator is not None
        installed = [translator, qt_texts]
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)


def fitted(qtbot: QtBot, widget: QWidget, width: int, height: int) -> tuple[int, int]:
    """Shown within width x height (a dialog keeps a smaller size of its own); what it needs at least."""
    qtbot.addWidget(widget)
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if isinstance(widget, QDialog):
        width, height = min(widget.width(), width - 20), min(widget.height(), height)
    widget.resize(max(width, hint.width()), max(height, hint.height()))
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(30)
    return hint.width(), hint.height()
