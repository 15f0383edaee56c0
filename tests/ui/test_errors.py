"""Failures as the user sees them: expected ones plainly, bugs with copyable details and a log line."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.errors import Conflict
from ui.errors import install_excepthook, show_error


def _close_box_later(seen: dict[str, str]) -> None:
    def close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["title"] = box.windowTitle()
        seen["text"] = box.text()
        seen["details"] = box.detailedText()
        box.close()

    QTimer.singleShot(50, close)


def test_expected_error_shows_its_message(qtbot: QtBot) -> None:
    seen: dict[str, str] = {}
    _close_box_later(seen)
    show_error(None, Conflict("已被其他前台修改"))
    assert seen["title"] == "记录已被修改"
    assert seen["text"] == "已被其他前台修改"
    assert seen["details"] == ""


def test_bug_is_logged_and_shown_with_details(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_excepthook()
    seen: dict[str, str] = {}
    _close_box_later(seen)
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError:
        with caplog.at_level(logging.ERROR, logger="qiantai.ui"):
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert "Traceback" in seen["details"] and "ZeroDivisionError: boom" in seen["details"]
    assert "日志" in seen["text"]
    assert any("ZeroDivisionError" in r.getMessage() for r in caplog.records)


def test_a_database_bug_shows_neither_the_statement_nor_its_values(qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from db.engine import make_engine, sqlite_url

    engine = make_engine(sqlite_url(tmp_path / "q.db"))
    secret = "scrypt$131072$8$1$c2FsdA$aGFzaA"
    statement = text("INSERT INTO users_gone (password_hash) VALUES (:h)")
    try:
        with engine.begin() as conn:
            conn.execute(statement, {"h": secret})
    except DBAPIError as e:
        error = e
    engine.dispose()
    assert "users_gone" in str(error) and secret not in str(error)  # the values never get in
    seen: dict[str, str] = {}

    def close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["shown"] = box.informativeText() + "\n" + box.detailedText()
        box.close()

    QTimer.singleShot(50, close)
    show_error(None, error)
    assert seen["shown"] and "INSERT" not in seen["shown"] and "password_hash" not in seen["shown"]
    assert secret not in seen["shown"]
