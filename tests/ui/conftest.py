"""GUI fixtures: screenshots land in artifacts/screenshots for people to look at."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from tests.ui.screens import language  # noqa: F401 (the screen tests' fixture, in either language)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    path = Path(os.environ.get("QIANTAI_SCREENSHOT_DIR", ROOT / "artifacts" / "screenshots"))
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def screenshot(screenshot_dir: Path):  # type: ignore[no-untyped-def]
    """screenshot(widget, "name") saves name.png and checks that something was drawn."""

    def take(widget: QWidget, name: str) -> Path:
        path = screenshot_dir / f"{name}.png"
        image = widget.grab().toImage()
        assert not image.isNull() and image.width() > 50 and image.height() > 50
        assert image.save(str(path))
        return path

    return take


@pytest.fixture(scope="session", autouse=True)
def _qt_speaks_chinese(qapp: object) -> None:
    """Qt's own buttons (OK, Cancel) in Chinese, as the program shows them."""
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import install_qt_translations

    app = QCoreApplication.instance()
    assert app is not None
    install_qt_translations(app, "zh")


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item):  # type: ignore[no-untyped-def]
    """A test ends with its forms as it left them: what it typed is dropped on purpose, so the
    forms' 放弃修改？ question is not asked when pytest-qt closes them (before any fixture ends)."""
    from PySide6.QtWidgets import QApplication

    from ui.forms import DiscardGuard
    from ui.windows import top_level_widgets

    if QApplication.instance() is not None:
        for widget in top_level_widgets():
            guard = getattr(widget, "discard", None)
            if isinstance(guard, DiscardGuard):
                guard.drop_changes()
    return (yield)


# Under test nobody clicks: a message box still open after this long was not expected by the test.
MESSAGE_BOX_GRACE_S = 10.0


@pytest.fixture(autouse=True)
def _a_message_box_left_open_fails_the_test(qapp: object) -> Iterator[None]:
    """A message box nobody closes (a bug dialog after a mistake, a warning the test did not
    expect) is closed after MESSAGE_BOX_GRACE_S and fails the test with its text, rather than
    holding the whole run until faulthandler's timeout. Its modal loop runs the check."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    opened: dict[int, float] = {}
    left_open: list[str] = []

    def check() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        since = opened.setdefault(id(box), time.monotonic())
        if time.monotonic() - since > MESSAGE_BOX_GRACE_S:
            left_open.append("\n".join(filter(None, (box.text(), box.informativeText(), box.detailedText()))))
            box.done(QMessageBox.StandardButton.Cancel.value)

    timer = QTimer()
    timer.setInterval(500)
    timer.timeout.connect(check)
    timer.start()
    yield
    timer.stop()
    if left_open:
        pytest.fail("a message box was left open (closed by the test harness):\n" + "\n---\n".join(left_open))
