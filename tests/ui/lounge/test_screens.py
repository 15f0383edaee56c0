"""The lounge display on a TV (1920 x 1080) and a smaller screen (1366 x 768), in Chinese and English:
every plate, stage and time fits its column, and a screenshot of each is saved for people to look at.

    QIANTAI_SCREENSHOT_DIR=docs/screenshots QT_QPA_PLATFORM=xcb \\
        xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/pytest tests/ui/lounge/test_screens.py

saves lounge-{zh,en}-{1366,1920}.png and …-page2.png (the second page) as a real X screen draws them.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.context import Services
from tests.ui.lounge.support import make_lounge, workshop
from tests.ui.screens import Shot

SIZES = ((1366, 768), (1920, 1080))


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}" for w, _ in SIZES])
def test_the_lounge_fits_and_is_shot(
    qtbot: QtBot, sqlite_services: Services, language: str, size: tuple[int, int], screenshot: Shot
) -> None:
    workshop(sqlite_services, 14)
    window = make_lounge(qtbot, sqlite_services, size=size)
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(30)
    assert window.page_count == 2 and len(window.page_rows()) == window.rows_per_page
    cut: list[str] = []
    for line in [window.headings, *window.lines]:
        for n in (0, 2, 3):  # the plate, the stage and the time are never cut; a long model may be
            cell = line.cells[n]
            if cell.text() and cell.sizeHint().width() > cell.width():
                cut.append(cell.text())
    assert not cut, (language, size, cut)
    screenshot(window, f"lounge-{language}-{size[0]}")
    window.next_page()  # the cars ready, those promised for tomorrow and one without a time
    assert window.page == 1
    qtbot.wait(30)
    screenshot(window, f"lounge-{language}-{size[0]}-page2")
