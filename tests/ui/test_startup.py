"""The start: the login is on screen before the database layer is even imported, the database
opens behind it, and the main window follows the login; a database that cannot be opened ends
in one message."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.commands.base import CommandContext
from app.context import Services
from app.paths import AppPaths
from app.roles import Role
from tests.conftest import TEST_PASSWORD, FakeClock, make_actor
from tests.ui.intake.support import setup_dealer
from ui.login_dialog import LoginDialog
from ui.main import run_gui
from ui.main_window import MainWindow
from ui.windows import top_level_widgets

ROOT = Path(__file__).resolve().parents[2]


def test_the_start_path_to_the_login_imports_no_database_layer() -> None:
    code = (
        "import sys; import app.cli, ui.main, ui.login_dialog, ui.startup; "
        "heavy = [m for m in ('sqlalchemy', 'app.context', 'app.users', 'db.models') if m in sys.modules]; "
        "print(heavy)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.strip() == "[]"


def visible(kind: type[QWidget]) -> QWidget | None:
    return next((w for w in top_level_widgets() if isinstance(w, kind) and w.isVisible()), None)


def drive(steps: list[Callable[[], bool]]) -> QTimer:
    """Runs each step in turn on a timer, moving on when it returns True (the dialogs run their
    own event loops, so the test acts from inside them)."""
    timer = QTimer()
    timer.setInterval(20)

    def tick() -> None:
        if steps and steps[0]():
            steps.pop(0)
        if not steps:
            timer.stop()

    timer.timeout.connect(tick)
    timer.start()
    return timer


def test_login_then_the_main_window(qtbot: QtBot, sqlite_services: Services, tmp_path: Path) -> None:
    setup_dealer(sqlite_services, make_actor(sqlite_services, Role.ADMIN))
    make_actor(sqlite_services, Role.ADVISOR, "xiaowang")
    ctx = CommandContext(
        AppPaths(data_dir=tmp_path / "data", log_dir=tmp_path / "logs"), sqlite_services.db.url
    )
    seen: dict[str, object] = {}

    def log_in() -> bool:
        dialog = visible(LoginDialog)
        if not isinstance(dialog, LoginDialog) or "·" not in dialog.title.text():
            return False  # the dealer's name comes with the database
        seen["title"] = dialog.title.text()
        dialog.username.setText("xiaowang")
        dialog.password.setText(TEST_PASSWORD)
        dialog.try_login()
        return True

    def close_window() -> bool:
        window = visible(MainWindow)
        if not isinstance(window, MainWindow):
            return False
        seen["user"] = window.actor.username
        window.close()
        return True

    timer = drive([log_in, close_window])
    try:
        assert run_gui(ctx) == 0
    finally:
        timer.stop()
        ctx.close()
    assert seen["user"] == "xiaowang"
    assert "华南本田" in str(seen["title"])


def test_a_database_that_cannot_be_opened_ends_in_one_message(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "not-a-database.db"
    bad.write_bytes(b"this is not SQLite" * 100)
    ctx = CommandContext(AppPaths(data_dir=tmp_path / "data", log_dir=tmp_path / "logs"), f"sqlite:///{bad}")
    said: list[str] = []

    def answer() -> bool:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return False
        said.append(box.text())
        box.accept()
        return True

    timer = drive([answer])
    try:
        assert run_gui(ctx) == 1
    finally:
        timer.stop()
    assert len(said) == 1 and "数据库" in said[0]


def test_a_new_database_asks_for_its_first_administrator_before_the_login(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from ui.admin.user_dialogs import AddUserDialog

    ctx = CommandContext(
        AppPaths(data_dir=tmp_path / "data", log_dir=tmp_path / "logs"), f"sqlite:///{tmp_path / 'new.db'}"
    )
    seen: list[str] = []

    def told() -> bool:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return False
        seen.append(box.text())
        box.accept()
        return True

    def give_up() -> bool:
        dialog = visible(AddUserDialog)
        if dialog is None:
            return False
        seen.append("add user")
        assert visible(LoginDialog) is None  # the login waits behind it
        dialog.close()
        return True

    timer = drive([told, give_up])
    try:
        assert run_gui(ctx) == 0
    finally:
        timer.stop()
        ctx.close()
    assert "还没有用户" in seen[0] and seen[1] == "add user"


def test_the_start_marks_the_bookings_of_the_days_before_as_no_shows(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock, tmp_path: Path
) -> None:
    from app.appointments import BookingInput, BookingSource, BookingState, WorkKind
    from tests.ui.reminders.support import plated_car
    from ui.startup import ServicesLoading

    today = dt.date.today()
    clock.now = dt.datetime.combine(today - dt.timedelta(days=3), dt.time(8)).astimezone()
    advisor = make_actor(sqlite_services, Role.ADVISOR)
    car = plated_car(sqlite_services, "粤B12345", "张伟", "13900001111")
    slot_at = dt.datetime.combine(today - dt.timedelta(days=2), dt.time(10)).astimezone()
    booked = sqlite_services.appointments.book(
        advisor,
        BookingInput(
            slot_at, WorkKind.MAINTENANCE, "保养", advisor.user_id, "", False, BookingSource.COUNTER, car.id
        ),
    )
    ctx = CommandContext(
        AppPaths(data_dir=tmp_path / "data", log_dir=tmp_path / "logs"), sqlite_services.db.url
    )
    loading = ServicesLoading(ctx)
    loading.start()
    try:
        services = loading.wait()
        assert services.appointments.get(advisor, booked.id).state is BookingState.NO_SHOW
    finally:
        ctx.close()
