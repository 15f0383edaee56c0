"""What the supervisor (and the administrator) do on the reminders tab: give tasks to a colleague,
several at once, and set the rules; and the sticker and letter printed through the document flow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import Services
from app.printing import DocumentKind
from app.reminders import TaskFilter, WorkList
from app.roles import Role
from tests.conftest import make_actor
from tests.ui.intake.support import enter, type_text
from tests.ui.reminders.support import active, cell, make_tab, plates, some_lists
from ui.reminders.assign_dialog import AssignDialog
from ui.reminders.rules_dialog import RulesDialog

ASSIGNED_COLUMN = 10


def test_the_supervisor_assigns_several_tasks(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    some_lists(svc)
    supervisor = make_actor(svc, Role.SUPERVISOR)
    advisor = make_actor(svc, Role.ADVISOR, "xiaowang")
    gone = make_actor(svc, Role.ADVISOR, "gone")
    svc.users.set_active(make_actor(svc, Role.ADMIN), gone.user_id, False)  # type: ignore[arg-type]
    tab = make_tab(qtbot, svc, supervisor)
    # The supervisor's choosers offer every active colleague with their role (not only themself).
    for combo in (tab.filters.advisor, tab.filters.assigned):
        entries = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
        assert entries[advisor.user_id] == "测试advisor（服务顾问）"
        assert entries[supervisor.user_id] == "测试supervisor（前台主管）"
        assert gone.user_id not in entries
    assert not tab.assign_button.isEnabled() or tab.selected_tasks()
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert [t.plate for t in tab.selected_tasks()] == ["粤A10001", "粤B20003"]
    tab.assign_button.click()
    dialog = active(qtbot, tab)
    assert isinstance(dialog, AssignDialog)
    choices = [dialog.person.itemText(i) for i in range(dialog.person.count())]
    assert "测试advisor（服务顾问）" in choices and "测试supervisor（前台主管）" in choices
    assert choices[-1] == "（不分配给任何人）"
    assert dialog.person.hasFocus()
    while dialog.person.currentData() != advisor.user_id:
        qtbot.keyClick(dialog.person, Qt.Key.Key_Down)
    enter(qtbot, dialog.person)
    assert tab.dialog is None and dialog.changed == 3  # reminders: the first car has two
    assert tab.message.text() == f"2 辆车的提醒已分配给 {advisor.display_name}"
    assert [cell(tab, r, ASSIGNED_COLUMN) for r in range(2)] == [advisor.display_name] * 2
    # The filter by assignee finds them.
    assigned = tab.filters.assigned
    assigned.setCurrentIndex(assigned.findData(advisor.user_id))
    assert plates(tab) == ["粤A10001", "粤B20003"] and tab.lists.tabText(1) == "已逾期 (1)"
    # And the advisor filter offers the advisor of the cars' last orders.
    tab.filters.advisor.setCurrentIndex(tab.filters.advisor.findData(advisor.user_id))
    assert plates(tab) == []


def test_the_administrator_gives_tasks_to_an_advisor_and_back(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    svc = sqlite_services
    cars = some_lists(svc)
    advisor = make_actor(svc, Role.ADVISOR, "xiaowang")
    tab = make_tab(qtbot, svc, make_actor(svc, Role.ADMIN))
    tab.choose_list(WorkList.OVERDUE)
    tab.table.selectRow(1)
    tab.assign()
    dialog = tab.dialog
    assert isinstance(dialog, AssignDialog)
    dialog.choose(advisor.user_id)
    dialog.save()
    mine = svc.reminders.work_list(advisor, WorkList.OVERDUE, TaskFilter(assigned_to=advisor.user_id))
    assert [t.vehicle_id for t in mine.tasks] == [cars["late"].id]
    assert cell(tab, 1, ASSIGNED_COLUMN) == advisor.display_name
    tab.assign()
    dialog = tab.dialog
    assert isinstance(dialog, AssignDialog)
    dialog.choose(None)
    dialog.save()
    assert cell(tab, 1, ASSIGNED_COLUMN) == "" and tab.message.text() == "1 辆车的提醒已不再分配给任何人"


def test_the_rules_dialog_saves(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    some_lists(svc)
    supervisor = make_actor(svc, Role.SUPERVISOR)
    tab = make_tab(qtbot, svc, supervisor)
    assert tab.lists.tabText(0) == "即将到期 (2)"
    tab.rules_button.click()
    dialog = active(qtbot, tab)
    assert isinstance(dialog, RulesDialog)
    fields = dialog.inputs
    assert [f.text() for f in fields.values()] == [
        "14",
        "30",
        "3",
        "30",
        "20:00",
        "09:00",
        "12",
        "12",
        "24",
        "40",
        "3",
        "15",
        "30",
        "30",
        "15",
        "13",
    ]
    assert fields["first_call_days"].hasFocus()
    fields["due_soon_days"].setText("10")
    fields["quiet_from"].setText("21点")
    fields["lost_months"].setText("6")  # not more than lapsing: the service says so
    fields["follow_up_days"].setText("5")
    fields["follow_up_expires_days"].setText("5")  # not after the call: the service says so
    fields["inspection_notice_days"].setText("１２０")  # full-width digits are read; 120 is too many
    fields["insurance_notice_days"].setText("４５")
    fields["on_time_grace_days"].setText("7")  # the analysis's own definitions
    fields["retention_months"].setText("12")
    fields["retention_months"].setFocus()
    enter(qtbot, fields["retention_months"])  # the last field: saves
    assert dialog.isVisible()
    assert dialog.forms[1].error_text("quiet_from") == "请按 时:分 填写，例如 20:00"
    assert fields["quiet_from"].hasFocus()
    fields["quiet_from"].clear()
    type_text(fields["quiet_from"], "21：30")
    enter(qtbot, fields["quiet_from"])
    assert fields["quiet_until"].hasFocus()
    dialog.save()
    assert dialog.forms[2].error_text("lost_months") == "流失客户月数应大于休眠客户月数"
    assert dialog.forms[3].error_text("follow_up_expires_days") == "回访期限应晚于回访日"
    assert dialog.forms[4].error_text("inspection_notice_days") == "年检到期前几天提醒应为 7 到 90"
    assert fields["lost_months"].hasFocus()
    fields["lost_months"].setText("36")
    fields["follow_up_expires_days"].setText("20")
    fields["inspection_notice_days"].setText("60")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert tab.dialog is None and tab.message.text() == "提醒规则已保存"
    rules = svc.reminders.rules(supervisor)
    assert (rules.due_soon_days, rules.lost_months, rules.quiet_from.isoformat()) == (10, 36, "21:30:00")
    assert (rules.follow_up_days, rules.follow_up_expires_days) == (5, 20)
    assert (rules.on_time_grace_days, rules.retention_months) == (7, 12)
    assert (rules.inspection_notice_days, rules.insurance_notice_days) == (60, 45)
    # The lists follow the rules (the settings' broadcast): only the car due within 10 days is left.
    assert tab.lists.tabText(0) == "即将到期 (1)" and plates(tab) == ["粤B20003"]


def test_the_sticker_and_letter_preview_through_the_document_flow(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    svc = sqlite_services
    some_lists(svc)
    tab = make_tab(qtbot, svc, make_actor(svc, Role.ADVISOR))
    kinds = tab.registered_kinds()
    if not {DocumentKind.REMINDER_STICKER.value, DocumentKind.REMINDER_LETTER.value} <= kinds:
        pytest.skip("the reminder documents are not registered for printing yet")
    for kind, button in tab.print_buttons.items():
        assert button.isEnabled() and not button.toolTip()
        button.click()
        preview = tab.flow.preview_dialog
        assert preview is not None and preview.isVisible(), kind
        assert preview.content.preview.kind == kind
        assert preview.content.preview.reference == "粤A10001"
        preview.reject()
        assert tab.flow.preview_dialog is None


def test_a_kind_not_registered_leaves_its_button_off(
    qtbot: QtBot, sqlite_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asked each time: a kind registered later turns its button on without a restart."""
    svc = sqlite_services
    some_lists(svc)
    documents = svc.printing.documents
    everything = documents.kinds()
    others = tuple(s for s in everything if s.kind != DocumentKind.REMINDER_LETTER)
    monkeypatch.setattr(documents, "kinds", lambda: others)
    tab = make_tab(qtbot, svc, make_actor(svc, Role.ADVISOR))
    assert not tab.letter_button.isEnabled() and tab.letter_button.toolTip()
    tab.print_letter()  # the shortcut too: nothing happens
    assert tab.flow.preview_dialog is None
    monkeypatch.setattr(documents, "kinds", lambda: everything)
    tab.refresh()
    registered = DocumentKind.REMINDER_LETTER.value in tab.registered_kinds()
    assert tab.letter_button.isEnabled() == registered
