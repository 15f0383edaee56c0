"""The supervisor edits the interview's questions and the check items from the inspection tab."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.context import Services
from app.inspection import DEFAULT_CHECKS, DEFAULT_QUESTIONS, Rating
from app.roles import Role
from tests.conftest import make_actor
from ui.inspection.inspection_tab import InspectionTab
from ui.inspection.templates_dialog import TemplatesDialog
from ui.tasks import SyncTaskRunner


def open_dialog(qtbot: QtBot, services: Services, role: Role) -> tuple[InspectionTab, TemplatesDialog | None]:
    tab = InspectionTab(services, make_actor(services, role), runner=SyncTaskRunner())
    qtbot.addWidget(tab)
    if not tab.templates_button.isVisibleTo(tab):
        return tab, None
    tab.templates_button.click()
    assert isinstance(tab.dialog, TemplatesDialog)
    return tab, tab.dialog


def test_only_who_may_edit_the_lists_sees_the_button(qtbot: QtBot, sqlite_services: Services) -> None:
    assert open_dialog(qtbot, sqlite_services, Role.ADVISOR)[1] is None
    assert open_dialog(qtbot, sqlite_services, Role.SUPERVISOR)[1] is not None


def test_the_supervisor_changes_a_question_and_adds_a_measured_item(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    _tab, dialog = open_dialog(qtbot, sqlite_services, Role.SUPERVISOR)
    assert dialog is not None
    assert dialog.questions.rowCount() == len(DEFAULT_QUESTIONS) and dialog.checks.rowCount() == len(
        DEFAULT_CHECKS
    )
    dialog.questions.setData(dialog.questions.index(0, 1), "故障现象（客户原话以外的补充）")
    dialog.checks.insert_row(0, ["wheels.runout", "轮胎与车轮", "轮毂跳动", "mm", "1.0", "0.5", "是"])
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    advisor = make_actor(sqlite_services, Role.ADVISOR)
    questions = sqlite_services.inspection.questions(advisor)
    items = sqlite_services.inspection.check_items(advisor)
    assert questions[0].text == "故障现象（客户原话以外的补充）"
    runout = items[0]
    assert (runout.code, runout.unit, runout.limits and runout.limits.higher_is_worse) == (
        "wheels.runout",
        "mm",
        True,
    )
    assert runout.limits is not None and runout.limits.rate(1.2) == Rating.RED


def test_mistakes_are_said_and_nothing_is_saved(qtbot: QtBot, sqlite_services: Services) -> None:
    _tab, dialog = open_dialog(qtbot, sqlite_services, Role.SUPERVISOR)
    assert dialog is not None
    dialog.checks.insert_row(0, ["bad", "组", "项目", "mm", "abc", "2", ""])
    dialog.save()
    assert "界限都应为数字" in dialog.error.text() and dialog.isVisible()
    dialog.checks.setData(dialog.checks.index(0, 4), "5")  # red 5 below yellow 2 is not worse
    dialog.questions.setData(dialog.questions.index(1, 1), "")
    dialog.save()
    assert "红色界限应比黄色界限更差" in dialog.error.text() and "请填写问题" in dialog.error.text()
    supervisor = make_actor(sqlite_services, Role.SUPERVISOR)
    assert sqlite_services.inspection.check_items(supervisor) == DEFAULT_CHECKS
    dialog.discard.drop_changes()
