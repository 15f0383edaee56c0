"""`qiantai lounge`: listed in the help, and it opens the lounge display on the database, without a login."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.cli import main
from app.commands.base import CommandContext
from app.paths import AppPaths
from ui.lounge.lounge_window import LoungeWindow
from ui.windows import top_level_widgets


def test_lounge_is_listed_and_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    listing = capsys.readouterr().out
    assert "lounge" in listing and "客休区显示屏" in listing
    with pytest.raises(SystemExit) as info:
        main(["lounge", "--help"])
    assert info.value.code == 0
    text = capsys.readouterr().out
    assert "usage: qiantai lounge" in text and "Ctrl+Q" in text and "30 秒" in text


def test_lounge_command_starts_the_display(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[CommandContext] = []

    def run_lounge(ctx: CommandContext) -> int:
        started.append(ctx)
        return 0

    monkeypatch.setattr("ui.main.run_lounge", run_lounge)
    assert main(["--data-dir", str(tmp_path), "lounge"]) == 0
    assert [ctx.paths.data_dir for ctx in started] == [tmp_path]


@pytest.mark.usefixtures("cheap_hashing")
def test_run_lounge_opens_the_database_full_screen_without_login(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    monkeypatch.setattr("ui.main.install_excepthook", lambda: None)
    monkeypatch.setattr("ui.main.route_qt_messages", lambda: None)
    from ui.main import run_lounge

    seen: list[tuple[bool, str]] = []

    def look_then_close() -> None:
        windows = [w for w in top_level_widgets() if isinstance(w, LoungeWindow) and w.isVisible()]
        if not windows or windows[0].empty.text() == "正在读取…":
            QTimer.singleShot(20, look_then_close)
            return
        window = windows[0]
        seen.append((window.isFullScreen(), window.empty.text()))
        window.close()
        window.deleteLater()
        qapp.quit()

    QTimer.singleShot(0, look_then_close)
    ctx = CommandContext(paths=AppPaths.resolve(tmp_path), db_url_arg=None)
    # The test quits the loop itself: a second quit (the last window closed) left pending would
    # end every later test's event loop at once.
    qapp.setQuitOnLastWindowClosed(False)
    try:
        assert run_lounge(ctx) == 0
    finally:
        qapp.setQuitOnLastWindowClosed(True)
        ctx.close()
    assert seen == [(True, "目前没有在修的车辆")]  # a fresh database: no cars, no login asked
