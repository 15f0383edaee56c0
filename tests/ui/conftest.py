"""GUI fixtures: screenshots land in artifacts/screenshots for people to look at."""

from __future__ import annotations

import os
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
