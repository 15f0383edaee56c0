"""The backups in the window: the status bar warns until backups are set and made, and again when
the last is older than two days; the administrator sets the folder and backs up now; the program's
daily backup runs once a day and a failure shows in the status bar. Screenshots of the admin's
backup settings with the status bar at both counter screens, in Chinese and English:

    QIANTAI_SCREENSHOT_DIR=docs/screenshots QT_QPA_PLATFORM=xcb \\
        xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/pytest tests/ui/test_backup_status.py -k shot
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.backup import Freshness, Trigger
from app.context import Services
from app.roles import Role
from tests.conftest import FakeClock, make_actor
from tests.ui.intake.support import setup_dealer
from tests.ui.screens import SIZES, TITLE_AND_TASK_BAR, Shot
from ui.admin.admin_tab import AdminTab
from ui.backup_status import DailyBackups
from ui.main_window import MainWindow
from ui.tasks import SyncTaskRunner


def window_for(qtbot: QtBot, services: Services, role: Role = Role.ADMIN) -> MainWindow:
    window = MainWindow(services, make_actor(services, role), runner=SyncTaskRunner())
    qtbot.addWidget(window)
    return window


def admin_backup_page(window: MainWindow):  # type: ignore[no-untyped-def]
    tab = window.tab_widgets["admin"]
    assert isinstance(tab, AdminTab)
    return tab.backup_page


def test_the_status_bar_warns_until_a_backup_is_made_and_again_after_two_days(
    qtbot: QtBot, sqlite_services: Services, tmp_path: Path, clock: FakeClock
) -> None:
    window = window_for(qtbot, sqlite_services)
    label = window.backup_label
    assert label.warns and "未设置备份文件夹" in label.full_text()
    page = admin_backup_page(window)
    share = tmp_path / "share"
    page.folder.setText(str(share))
    page.save()
    assert page.status.text() == "已保存"
    assert label.status is not None and label.status.freshness is Freshness.NONE_YET
    assert label.warns and str(share) in label.full_text()  # the settings' change refreshed it
    page.back_up_now()
    assert "已备份并校验" in page.status.text() and len(list(share.glob("qiantai-*.db"))) == 1
    assert not label.warns and "上次备份 2026-11-27 10:00" in label.full_text()
    assert str(share) in label.full_text() and "上次备份" in page.last.text()
    clock.advance(days=3)
    label.refresh()  # as the hourly timer does
    assert label.warns and "已超过两天" in label.full_text()
    assert "font-weight: bold" in label.styleSheet()


def test_every_user_sees_the_warning_but_only_the_admin_the_settings(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    window = window_for(qtbot, sqlite_services, Role.ADVISOR)
    assert "admin" not in window.tab_widgets
    assert window.backup_label.warns and "请管理员" in window.backup_label.full_text()


def test_the_passphrase_is_asked_twice_and_checked(
    qtbot: QtBot, sqlite_services: Services, tmp_path: Path
) -> None:
    page = admin_backup_page(window_for(qtbot, sqlite_services))
    page.folder.setText(str(tmp_path / "share"))
    page.encrypt.setChecked(True)
    page.passphrase.setText("门店备份口令-1")
    page.again.setText("门店备份口令-2")
    page.save()
    assert page.form.error_text("passphrase_again") and page.status.text() == ""
    page.again.setText("门店备份口令-1")
    page.save()
    assert page.status.text() == "已保存" and page.passphrase.text() == ""
    assert "已设置" in page.passphrase.placeholderText()
    page.back_up_now()
    assert len(list((tmp_path / "share").glob("qiantai-*.db.enc"))) == 1
    page.folder.setText("relative")
    page.save()
    assert page.form.error_text("folder")


def test_the_daily_backup_runs_once_a_day_and_a_failure_shows_in_the_status_bar(
    qtbot: QtBot, sqlite_services: Services, tmp_path: Path, clock: FakeClock
) -> None:
    window = window_for(qtbot, sqlite_services, Role.ADVISOR)
    admin = make_actor(sqlite_services, Role.ADMIN)
    share = tmp_path / "share"
    sqlite_services.backup.update_settings(admin, str(share), encrypt=False)
    daily = DailyBackups(sqlite_services, window.ops, lambda: window.actor, window.backup_label, window, 0)
    qtbot.waitUntil(lambda: daily.last is not None)
    assert daily.last is not None and daily.last.trigger is Trigger.DAILY
    assert not window.backup_label.warns  # announced: the line read again
    daily.try_now()  # the hourly try: made today already
    assert len(list(share.glob("qiantai-*.db"))) == 1
    clock.advance(days=1)
    share.rename(tmp_path / "gone")
    share.write_text("the share is not mounted: a file in its place")
    daily.try_now()
    label = window.backup_label
    assert label.warns and "今天的自动备份失败" in label.full_text() and str(share) in label.full_text()


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}" for w, _ in SIZES])
def test_the_backup_settings_and_the_status_bar_fit_and_are_shot(
    qtbot: QtBot,
    sqlite_services: Services,
    tmp_path: Path,
    language: str,
    size: tuple[int, int],
    screenshot: Shot,
) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN, "boss")
    setup_dealer(sqlite_services, admin)
    window = MainWindow(sqlite_services, admin, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.resize(size[0], size[1] - TITLE_AND_TASK_BAR)
    window.tabs.setCurrentWidget(window.tab_widgets["admin"])
    window.show()
    qtbot.waitExposed(window)
    page = admin_backup_page(window)
    for _ in range(3):
        QApplication.processEvents()
    screenshot(window, f"backup-none-{language}-{size[0]}")  # the warning: no folder set
    page.folder.setText(str(tmp_path / "备份"))
    page.encrypt.setChecked(True)
    page.passphrase.setText("门店备份口令-2026")
    page.again.setText("门店备份口令-2026")
    page.save()
    page.back_up_now()
    for _ in range(3):
        QApplication.processEvents()
    assert window.width() <= size[0] and not window.backup_label.warns
    for w in (page.note, page.last, page.status, page.same_disk):
        assert w.isHidden() or w.height() >= w.heightForWidth(w.width()), w.objectName()
    assert page.now_button.isVisible() and page.now_button.width() >= page.now_button.sizeHint().width()
    screenshot(window, f"backup-{language}-{size[0]}")


def test_on_postgresql_the_page_says_the_server_keeps_the_copies(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    from ui.admin.backup_page import BackupPage

    page = BackupPage(sqlite_services.backup, make_actor(sqlite_services, Role.ADMIN), server=True)
    qtbot.addWidget(page)
    assert "pg_dump" in page.note.text() and not page.now_button.isEnabled() and not page.form.isEnabled()
