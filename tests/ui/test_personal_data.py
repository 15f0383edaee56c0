"""The administration tab's personal-data dialog with the synchronous runner: a customer found by
phone, what anonymising would replace, refused inside the 6-year retention with the date, the
export, and after the period the anonymisation; its screens at 1024 x 768 and 1366 x 768 in
Chinese and English.

    QIANTAI_SCREENSHOT_DIR=docs/screenshots QT_QPA_PLATFORM=xcb DISPLAY=:77 \\
        .venv/bin/pytest tests/ui/test_personal_data.py

saves anonymise-{refused,allowed}-{zh,en}-{width}.png.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.context import Services
from app.roles import Role
from tests.app.privacy.test_privacy import MOBILE, NAME, _customer_with_history, _latest_kept_day, _noon
from tests.conftest import FakeClock, make_actor
from tests.ui.screens import SIZES, TITLE_AND_TASK_BAR, Shot, fitted
from ui.admin.admin_tab import AdminTab
from ui.admin.personal_data_dialog import PersonalDataDialog
from ui.main_window import MainWindow
from ui.tasks import SyncTaskRunner


def _dialog(qtbot: QtBot, svc: Services) -> tuple[MainWindow, PersonalDataDialog]:
    admin = make_actor(svc, Role.ADMIN, "boss")
    window = MainWindow(svc, admin, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    tab = window.tab_widgets["admin"]
    assert isinstance(tab, AdminTab)
    dialog = tab.open_personal_data()
    qtbot.addWidget(dialog)
    return window, dialog


def test_refused_inside_retention_exported_then_anonymised_after(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock, tmp_path: Path
) -> None:
    svc = sqlite_services
    customer_id, _ = _customer_with_history(svc, make_actor(svc, Role.ADMIN, "setup"))
    _, dialog = _dialog(qtbot, svc)
    assert not dialog.json_button.isEnabled() and not dialog.anonymise_button.isEnabled()
    dialog.query.setText("13900000000")
    dialog.look_up()
    assert "找不到" in dialog.status.text()
    dialog.query.setText(MOBILE)
    dialog.look_up()
    last = _latest_kept_day(svc, make_actor(svc, Role.ADMIN, "check"), customer_id)
    assert NAME in dialog.customer.text() and "139****5678" in dialog.customer.text()
    assert MOBILE not in dialog.customer.text()  # masked on the screen
    assert last.isoformat() in dialog.verdict.text() and not dialog.anonymise_button.isEnabled()
    assert dialog.replaced_model.rowCount() >= 4
    dialog.export_to("json", str(tmp_path / "c.json"))
    data = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert data["sections"]["customer"]["rows"][0]["name"] == NAME
    assert "已导出" in dialog.status.text()

    clock.now = _noon(last + dt.timedelta(days=1))
    dialog.look_up()
    assert dialog.anonymise_button.isEnabled() and "可以匿名化" in dialog.verdict.text()
    dialog.anonymise_now()
    assert "已匿名化" in dialog.status.text()
    assert f"已匿名#{customer_id}" in dialog.customer.text() and not dialog.anonymise_button.isEnabled()


def test_only_the_administrator_has_the_dialog(qtbot: QtBot, sqlite_services: Services) -> None:
    window = MainWindow(
        sqlite_services, make_actor(sqlite_services, Role.SUPERVISOR), runner=SyncTaskRunner()
    )
    qtbot.addWidget(window)
    assert "admin" not in window.tab_widgets


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}" for w, _ in SIZES])
def test_the_dialog_fits_and_is_shot(
    qtbot: QtBot,
    sqlite_services: Services,
    clock: FakeClock,
    language: str,
    size: tuple[int, int],
    screenshot: Shot,
) -> None:
    svc = sqlite_services
    width, height = size
    customer_id, _ = _customer_with_history(svc, make_actor(svc, Role.ADMIN, "setup"))
    _, dialog = _dialog(qtbot, svc)
    dialog.query.setText(MOBILE)
    dialog.look_up()
    need = fitted(qtbot, dialog, width, height - TITLE_AND_TASK_BAR)
    assert need[0] <= width and need[1] <= height - TITLE_AND_TASK_BAR
    for label in (dialog.verdict, dialog.customer):
        assert label.height() >= label.heightForWidth(label.width()), label.objectName()
    screenshot(dialog, f"anonymise-refused-{language}-{width}")
    clock.now = _noon(
        _latest_kept_day(svc, make_actor(svc, Role.ADMIN, "check"), customer_id) + dt.timedelta(days=1)
    )
    dialog.look_up()
    for _ in range(3):
        QApplication.processEvents()
    screenshot(dialog, f"anonymise-allowed-{language}-{width}")
