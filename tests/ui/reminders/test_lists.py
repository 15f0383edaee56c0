"""The work lists on 2026-11-27: each list with its total, its tasks in order of urgency, the
filters, the selected car's reasons and calls, who sees what, and the quiet hours."""

from __future__ import annotations

import dataclasses
import datetime as dt
from functools import partial

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.changes import Change
from app.context import Services
from app.reminders import (
    CALL_OUTCOME_LABELS,
    LOST_REASON_LABELS,
    REMINDER_KIND_LABELS,
    SATISFACTION_LABELS,
    WORK_LIST_LABELS,
    CallInput,
    CallOutcome,
    ReminderKind,
    WorkList,
)
from app.reminders.worklist import work_list as work_list_fn
from app.roles import Role
from tests.conftest import FakeClock, make_actor
from tests.ui.reminders.support import cell, make_tab, plates, some_lists
from ui import labels_i18n
from ui.reminders.call_dialog import CallDialog
from ui.reminders.reminders_tab import RemindersTab
from ui.reminders.tasks_model import urgency_text
from ui.tasks import ThreadTaskRunner


def test_the_lists_show_their_tasks_with_totals(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    some_lists(svc)
    advisor = make_actor(svc, Role.ADVISOR)
    tab = make_tab(qtbot, svc, advisor)
    titles = [tab.lists.tabText(i) for i in range(tab.lists.count())]
    assert titles == [
        "即将到期 (2)",
        "已逾期 (2)",
        "首保流失 (1)",
        "休眠客户 (1)",
        "流失客户 (1)",
        "交车回访 (0)",
    ]
    assert tab.chosen_list() is WorkList.DUE_SOON
    # The car with an overdue service and deferred work due soon is the more urgent of the two.
    assert plates(tab) == ["粤A10001", "粤B20003"]
    assert [cell(tab, r, 0) for r in range(2)] == ["逾期 5 天", "还有 10 天"]
    assert cell(tab, 0, 5) == "定期保养、未做项目回访"
    assert cell(tab, 0, 3) == "139 0000 1111"  # the advisor calls: the phone in full
    assert tab.count.text() == "2 辆"

    tab.choose_list(WorkList.OVERDUE)
    assert plates(tab) == ["粤A10002", "粤A10001"] and cell(tab, 0, 0) == "逾期 40 天"
    assert cell(tab, 0, 6) == "2026-11-27" and cell(tab, 0, 7) == "0"
    tab.choose_list(WorkList.LAPSING)
    assert plates(tab) == ["粤A30004"] and cell(tab, 0, 0) == "上次来店 2025-06-01"
    qtbot.keyClick(tab.table, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert tab.chosen_list() is WorkList.LOST and plates(tab) == ["粤A40005"]


def test_the_filters_apply_to_every_list(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    cars = some_lists(svc)
    tab = make_tab(qtbot, svc, make_actor(svc, Role.ADVISOR))
    kind = tab.filters.kind
    kind.setCurrentIndex(kind.findData(ReminderKind.FIRST_SERVICE.value))
    assert tab.lists.tabText(1) == "已逾期 (1)" and tab.lists.tabText(0) == "即将到期 (0)"
    kind.setCurrentIndex(0)
    model = tab.filters.model
    model.setCurrentIndex(model.findData(cars["soon"].model.id))
    assert plates(tab) == ["粤B20003"] and tab.lists.tabText(1) == "已逾期 (0)"


def test_the_detail_shows_the_reasons_and_the_calls(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    cars = some_lists(svc)
    advisor = make_actor(svc, Role.ADVISOR)
    svc.reminders.log_call(advisor, cars["late"].id, CallInput(CallOutcome.NO_ANSWER, note="响铃无人接"))
    tab = make_tab(qtbot, svc, advisor)
    assert tab.current_task() is not None and tab.current_task().plate == "粤A10001"  # type: ignore[union-attr]
    detail = tab.detail
    assert "粤A10001" in detail.heading.text() and "张伟" in detail.heading.text()
    reasons = [detail.reasons.data(detail.reasons.index(r, 0)) for r in range(detail.reasons.rowCount())]
    assert reasons == ["定期保养", "未做项目回访"]
    assert detail.reasons.data(detail.reasons.index(0, 1)) == "2026-11-22 或 30,000 km"
    assert detail.reasons.data(detail.reasons.index(0, 2)) == "已逾期"
    assert detail.calls.rowCount() == 1
    row = [detail.calls.data(detail.calls.index(0, c)) for c in range(detail.calls.columnCount())]
    assert row[1:] == [advisor.display_name, "无人接听", "", "响铃无人接"]
    assert row[0] == "2026-11-27 10:00"
    assert detail.calls_box.title() == "通话记录 (1)"
    assert cell(tab, 0, 8) == "2026-11-27 无人接听" and cell(tab, 0, 7) == "1"
    tab.table.selectRow(1)
    assert "粤B20003" in detail.heading.text() and detail.calls.rowCount() == 0


def test_the_tab_follows_calls_made_elsewhere(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    cars = some_lists(svc)
    advisor = make_actor(svc, Role.ADVISOR)
    tab = make_tab(qtbot, svc, advisor)
    booking = dt.datetime(2026, 11, 30, 1, 30, tzinfo=dt.UTC)
    svc.reminders.log_call(advisor, cars["soon"].id, CallInput(CallOutcome.BOOKED, booking_at=booking))
    tab.bus.announce(frozenset({Change.REMINDERS, Change.APPOINTMENTS}))
    assert tab.lists.tabText(0) == "即将到期 (1)" and plates(tab) == ["粤A10001"]


def test_an_advisor_has_no_assigning_nor_rules(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    some_lists(svc)
    advisor = make_actor(svc, Role.ADVISOR)
    tab = make_tab(qtbot, svc, advisor)
    assert tab.assign_button.isHidden() and tab.rules_button.isHidden()
    tab.assign()
    tab.edit_rules()
    assert tab.dialog is None
    # The choosers offer the colleagues with their roles, the advisor among them.
    entries = [tab.filters.assigned.itemText(i) for i in range(tab.filters.assigned.count())]
    assert entries[0] == "全部" and f"{advisor.display_name}（服务顾问）" in entries


def test_a_supervisor_sees_phones_masked(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    some_lists(svc)
    tab = make_tab(qtbot, svc, make_actor(svc, Role.SUPERVISOR))
    assert cell(tab, 0, 3) == "139****1111"
    assert tab.assign_button.isVisible() and tab.rules_button.isVisible()


def test_the_quiet_hours_are_said(qtbot: QtBot, sqlite_services: Services, clock: FakeClock) -> None:
    svc = sqlite_services
    some_lists(svc)
    advisor = make_actor(svc, Role.ADVISOR)
    tab = make_tab(qtbot, svc, advisor)
    assert tab.quiet.isHidden()
    clock.now = dt.datetime(2026, 11, 27, 13, 0, tzinfo=dt.UTC)  # 21:00 at the counter
    tab.refresh_button.click()
    assert tab.quiet.isVisible()
    assert tab.quiet.text().startswith("现在是免打扰时段（20:00–09:00）")
    clock.now = dt.datetime(2026, 11, 28, 1, 0, tzinfo=dt.UTC)  # 09:00
    tab.check_quiet()  # each minute while the tab is open
    assert tab.quiet.isHidden()
    clock.now = dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.UTC)  # 20:00
    tab.check_quiet()
    assert tab.quiet.isVisible()


def test_the_reminders_labels_are_listed_for_translation() -> None:
    labels: set[str] = set()
    tables = (
        WORK_LIST_LABELS,
        CALL_OUTCOME_LABELS,
        LOST_REASON_LABELS,
        REMINDER_KIND_LABELS,
        SATISFACTION_LABELS,
    )
    for table in tables:
        labels |= set(table.values())
    missing = labels - set(labels_i18n.SOURCES)
    assert not missing, f"add to ui/labels_i18n.py SOURCES: {sorted(missing)}"


def test_the_urgency_in_words(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    some_lists(svc)
    tab = make_tab(qtbot, svc, make_actor(svc, Role.ADVISOR))
    task = tab.model.row_at(0)
    said = [urgency_text(dataclasses.replace(task, urgency=n)) for n in (12, 1, 0, -1, -30)]
    assert said == ["逾期 12 天", "逾期 1 天", "今天到期", "还有 1 天", "还有 30 天"]
    assert urgency_text(dataclasses.replace(task, booked=True)) == "已预约"
    assert urgency_text(dataclasses.replace(task, reasons=(), last_visit=None)) == "—"


def test_the_tab_on_the_thread_pool(qtbot: QtBot, sqlite_services: Services) -> None:
    """As the program runs it: the lists, the calls and a call logged, each off the UI thread."""
    svc = sqlite_services
    cars = some_lists(svc)
    advisor = make_actor(svc, Role.ADVISOR)
    tab = RemindersTab(svc, advisor, runner=ThreadTaskRunner())
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: tab.lists.tabText(1) == "已逾期 (2)", timeout=5000)  # the others after
    tab.log_call()
    dialog = tab.dialog
    assert isinstance(dialog, CallDialog)
    dialog.choose(CallOutcome.PHONE_OFF)
    dialog.save()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=5000)
    qtbot.waitUntil(lambda: cell(tab, 0, 7) == "1", timeout=5000)
    qtbot.waitUntil(lambda: tab.detail.calls.rowCount() == 1, timeout=5000)
    assert svc.reminders.calls_of(advisor, cars["late"].id)[0].outcome is CallOutcome.PHONE_OFF


def test_a_long_list_shows_its_page_first_and_its_total_once_counted(
    qtbot: QtBot, sqlite_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page of the most urgent cars is on screen before its total is counted."""
    svc = sqlite_services
    monkeypatch.setattr("app.reminders.service.work_list", partial(work_list_fn, limit=1))
    some_lists(svc)  # two cars due soon
    shown: list[str] = []
    show_list = RemindersTab._show_list

    def watched(tab: RemindersTab) -> None:
        show_list(tab)
        shown.append(tab.count.text())

    monkeypatch.setattr(RemindersTab, "_show_list", watched)
    tab = make_tab(qtbot, svc, make_actor(svc, Role.ADVISOR))
    assert shown[:1] == ["前 1 辆，总数统计中…"]
    assert plates(tab) == ["粤B20003"]  # due soonest (the other car's reminder due soon comes later)
    assert tab.count.text() == "前 1 辆，共 2 辆"
    assert tab.lists.tabText(0) == "即将到期 (2)"
