"""The audit tab (审计日志) with the synchronous runner: today's changes listed with their before →
after, the filters, Enter and F5, a record not found said beside its field, the export through
the file dialog, and who sees the tab."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.auditing import ACTION_LABELS, CATEGORY_LABELS, ENTITY_LABELS, EXPORTED, FIELD_LABELS, VIEWED
from app.context import Services
from app.roles import Role
from tests.ui.audit.support import Day, a_day, named
from ui.audit import labels
from ui.audit.audit_tab import AuditTab
from ui.main_window import MainWindow
from ui.tasks import SyncTaskRunner


def real_today() -> dt.date:
    return dt.datetime.now().astimezone().date()


def tab_for(qtbot: QtBot, svc: Services, day: Day) -> AuditTab:
    tab = AuditTab(svc, day.supervisor, runner=SyncTaskRunner())
    qtbot.addWidget(tab)
    # The rows carry the real time they were written; the services' clock stands in November.
    today = real_today()
    tab.filters.set_today(today)
    tab.search()
    return tab


def press(
    qtbot: QtBot, tab: AuditTab, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key on the list, the tab's window having the keyboard."""
    tab.resize(1280, 720)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, key, modifiers)


def actions(tab: AuditTab) -> list[str]:
    return [line.action for line in tab.model.rows]


def test_a_days_changes_with_before_and_after(qtbot: QtBot, sqlite_services: Services) -> None:
    day = a_day(sqlite_services)
    tab = tab_for(qtbot, sqlite_services, day)
    assert {"order.open", "vehicle.edit", "complaint.close"} <= set(actions(tab))
    row = actions(tab).index("vehicle.edit")
    texts = [tab.model.index(row, c).data() for c in range(tab.model.columnCount())]
    assert texts[1:4] == ["陈静", "修改车辆", "车辆 粤B·54321"]
    assert "车牌：粤B12345 → 粤B54321" in texts[4]
    tab.table.selectRow(row)
    shown = {
        tab.detail.model.index(r, 0).data(): (
            tab.detail.model.index(r, 1).data(),
            tab.detail.model.index(r, 2).data(),
        )
        for r in range(tab.detail.model.rowCount())
    }
    assert shown["车牌"] == ("粤B12345", "粤B54321") and shown["颜色"] == ("", "白色")
    assert "陈静" in tab.detail.title.text() and "修改车辆" in tab.detail.title.text()
    opened = actions(tab).index("order.open")
    tab.table.selectRow(opened)
    assert tab.detail.model.index(0, 1).data() == "（无）"  # a new order: nothing before


def test_filters_enter_and_f5(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    day = a_day(svc)
    tab = tab_for(qtbot, svc, day)
    tab.show()
    tab.filters.record.setText("粤B54321")
    tab.filters.record.setFocus()
    qtbot.keyClick(tab.filters.record, Qt.Key.Key_Return)
    assert set(actions(tab)) == {"vehicle.add", "vehicle.edit"}
    assert "车辆 粤B·54321" in tab.message.text()
    tab.filters.record.setText("")
    index = tab.filters.user.findData(day.supervisor.user_id)
    tab.filters.user.setCurrentIndex(index)
    tab.filters.user.activated.emit(index)
    assert set(actions(tab)) - {VIEWED} == {"complaint.close"}
    tab.filters.user.setCurrentIndex(0)
    tab.filters.text.setText("氧传感器")
    qtbot.keyClick(tab.filters.text, Qt.Key.Key_Return)
    assert actions(tab) == ["complaint.close"]
    tab.filters.text.setText("")
    tab.filters.record.setText("RO19990101-0001")
    qtbot.keyClick(tab.filters.record, Qt.Key.Key_Return)
    assert "找不到" in tab.message.text() and tab.filters.record.styleSheet()
    tab.filters.record.setText("")
    yesterday = real_today() - dt.timedelta(days=1)
    tab.filters.since.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    tab.filters.until.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    qtbot.keyClick(tab.filters.until, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 0
    tab.filters.set_today(real_today())
    tab.search_button.click()
    before = tab.model.rowCount()
    svc.users.set_active(day.admin, day.advisor.user_id or 0, False)  # another write meanwhile
    press(qtbot, tab, Qt.Key.Key_F5)
    assert tab.model.rowCount() == before + 1 and actions(tab)[0] == "user.set_active"


def test_category_limits_the_actions_offered(qtbot: QtBot, sqlite_services: Services) -> None:
    day = a_day(sqlite_services)
    tab = tab_for(qtbot, sqlite_services, day)
    index = tab.filters.category.findData("complaints")
    tab.filters.category.setCurrentIndex(index)
    tab.filters.category.activated.emit(index)
    offered = [tab.filters.action.itemData(i) for i in range(1, tab.filters.action.count())]
    assert offered and all(a.startswith("complaint.") for a in offered)
    assert set(actions(tab)) == {"complaint.open", "complaint.close"}


def test_more_rows_and_the_export(
    qtbot: QtBot, sqlite_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc = sqlite_services
    day = a_day(svc)
    tab = tab_for(qtbot, svc, day)
    tab.search()  # with the row its first search of today wrote (the same search: no new one)
    total = tab.model.rowCount()
    page = svc.audit_log.search(day.supervisor, tab.filters.query(), limit=3)
    assert page.next is not None
    tab.page, tab.query = page, tab.filters.query()
    tab.model.set_rows(page.lines)
    tab.more_button.setEnabled(True)
    tab.more()
    assert tab.model.rowCount() == total
    target = tmp_path / "audit"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    press(qtbot, tab, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    saved = target.with_suffix(".xlsx")
    assert saved.exists() and "导出已记录" in tab.message.text()
    sheet = load_workbook(saved).active
    assert sheet is not None and next(sheet.iter_rows(values_only=True))[0] == "时间"
    assert [line.action for line in svc.audit_log.search(day.admin, tab.filters.query()).lines].count(
        EXPORTED
    ) == 1


def test_the_supervisor_and_the_administrator_see_the_tab(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    for role, sees in (
        (Role.SUPERVISOR, True),
        (Role.ADMIN, True),
        (Role.ADVISOR, False),
        (Role.CLAIMS, False),
    ):
        actor = named(svc, role, f"u{role.value}", f"用户{role.value}")
        window = MainWindow(svc, actor, runner=SyncTaskRunner())
        qtbot.addWidget(window)
        assert ("audit" in window.tab_widgets) is sees, role


def test_the_viewers_labels_are_listed_for_translation() -> None:
    wanted = {
        *ACTION_LABELS.values(),
        *CATEGORY_LABELS.values(),
        *ENTITY_LABELS.values(),
        *FIELD_LABELS.values(),
    }
    missing = wanted - set(labels.SOURCES)
    assert not missing, f"add to ui/audit/labels.py SOURCES: {sorted(missing)}"
