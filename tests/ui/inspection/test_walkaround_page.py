"""The walk-around page's marks table beside the drawing stays readable on a 1024-wide screen:
every column in view, the note given what is left, in Chinese and in English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.inspection import MarkInput
from ui.i18n import install_translator
from ui.inspection.marks_model import NOTE_COLUMN
from ui.inspection.walkaround_page import WalkaroundPage

MARKS = [
    MarkInput("left", 0.3, 0.55, "scratch", "左前门划痕约 10 cm"),
    MarkInput("front", 0.72, 0.62, "chip"),
    MarkInput("top", 0.5, 0.2, "dent", "引擎盖小凹陷", photo=b"x", photo_name="IMG_20261201_101500.jpg"),
    MarkInput("rear", 0.3, 0.7, "paint"),
]


@pytest.fixture(params=["zh", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translator: QTranslator | None = None
    if request.param == "en":
        translator = install_translator(qapp, "en")
        assert translator is not None
    yield request.param
    if translator is not None:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("width", [990, 1330])  # the page's width on a 1024 and a 1366 screen
def test_the_marks_table_shows_every_column_and_room_for_the_note(
    qtbot: QtBot, language: str, width: int
) -> None:
    page = WalkaroundPage()
    qtbot.addWidget(page)
    page.load(MARKS, [])
    page.resize(width, 560)
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(20)
    table, outline = page.area.table, page.area.outline
    header = table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert sum(widths) <= table.viewport().width(), (language, widths)  # nothing scrolled off
    assert not table.horizontalScrollBar().isVisible()
    assert widths[NOTE_COLUMN] >= 120 and widths[NOTE_COLUMN] == max(widths), (language, widths)
    assert table.width() >= 0.35 * width  # the marks get about 40 % of the page
    assert outline.width() >= outline.minimumSizeHint().width()
