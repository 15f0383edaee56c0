"""交车回访 by keyboard: the follow-up list (Alt+6), Enter opens the follow-up dialog, a digit picks
the answer (1 很满意 … 5 很不满意, 6 未接通), Enter goes to the comment and saves; an unhappy answer
needs the customer's words (the service says so beside the field) and opens a complaint."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.context import Services
from app.reminders import CallOutcome, ReminderKind, Satisfaction, WorkList
from app.roles import Role
from app.vehicles import VehicleInfo
from db.models import Complaint
from tests.conftest import FakeClock, make_actor
from tests.ui.intake.support import answer_next_box, enter, type_text
from tests.ui.reminders.support import active, cell, delivered_cars, make_tab, plates
from ui.reminders.analysis_dialog import AnalysisDialog
from ui.reminders.call_dialog import CallDialog
from ui.reminders.follow_up_dialog import FollowUpDialog
from ui.reminders.reminders_tab import RemindersTab
from ui.tasks import ThreadTaskRunner


def open_follow_up(qtbot: QtBot, tab: RemindersTab, row: int = 0) -> FollowUpDialog:
    tab.table.setFocus()
    tab.table.selectRow(row)
    enter(qtbot, tab.table)
    dialog = active(qtbot, tab)
    assert isinstance(dialog, FollowUpDialog)
    return dialog


def key(qtbot: QtBot, dialog: FollowUpDialog, text: str) -> None:
    focused = dialog.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, text)


def follow_up_tab(
    qtbot: QtBot, svc: Services, clock: FakeClock
) -> tuple[RemindersTab, dict[str, VehicleInfo]]:
    advisor = make_actor(svc, Role.ADVISOR)
    cars = delivered_cars(svc, clock, advisor)
    tab = make_tab(qtbot, svc, advisor)
    assert tab.lists.tabText(5) == "交车回访 (2)"
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert tab.chosen_list() is WorkList.FOLLOW_UP
    return tab, cars


def test_a_satisfied_customer(qtbot: QtBot, sqlite_services: Services, clock: FakeClock) -> None:
    svc = sqlite_services
    tab, cars = follow_up_tab(qtbot, svc, clock)
    assert plates(tab) == ["粤A60006", "粤A70007"]  # not the car delivered a day ago
    assert cell(tab, 0, 0) == "交车后 3 天" and "交车回访" in cell(tab, 0, 5)
    assert tab.model.data(tab.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None  # not overdue
    assert tab.call_button.text() == "记录回访 (Ctrl+R)"
    reasons = tab.detail.reasons
    states = {
        reasons.data(reasons.index(r, 0)): reasons.data(reasons.index(r, 2))
        for r in range(reasons.rowCount())
    }
    assert states["交车回访"] == "待回访"
    dialog = open_follow_up(qtbot, tab)
    assert dialog.task.vehicle_id == cars["first"].id
    assert dialog.buttons_of[Satisfaction.VERY_SATISFIED].hasFocus() and dialog.chosen() is None
    key(qtbot, dialog, "2")
    assert dialog.chosen() == (True, Satisfaction.SATISFIED)
    enter(qtbot, dialog.focusWidget())  # type: ignore[arg-type]
    assert dialog.comment.hasFocus()
    type_text(dialog.comment, "洗车很干净")
    enter(qtbot, dialog.comment)
    assert tab.dialog is None and dialog.result_ is not None and dialog.result_.done
    assert dialog.result_.complaint_id is None
    assert tab.message.text() == "已记录 粤A60006 的回访：满意"
    assert plates(tab) == ["粤A70007"] and tab.lists.tabText(5) == "交车回访 (1)"
    assert tab.focusWidget() is tab.table
    (call,) = svc.reminders.calls_of(tab.actor, cars["first"].id)
    assert call.outcome is CallOutcome.ANSWERED and call.note == "洗车很干净"


def test_an_answer_is_needed(qtbot: QtBot, sqlite_services: Services, clock: FakeClock) -> None:
    svc = sqlite_services
    tab, _ = follow_up_tab(qtbot, svc, clock)
    dialog = open_follow_up(qtbot, tab)
    enter(qtbot, dialog.focusWidget())  # type: ignore[arg-type]
    enter(qtbot, dialog.comment)
    assert dialog.isVisible() and dialog.form.error_text("satisfaction") == "请选择客户的满意度，或选择未接通"
    assert dialog.buttons_of[Satisfaction.VERY_SATISFIED].hasFocus()
    key(qtbot, dialog, "1")
    assert dialog.form.error_text("satisfaction") == ""
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert tab.dialog is None and tab.message.text() == "已记录 粤A60006 的回访：很满意"


def test_an_unhappy_customer_needs_a_comment_and_gets_a_complaint(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock
) -> None:
    svc = sqlite_services
    tab, cars = follow_up_tab(qtbot, svc, clock)
    dialog = open_follow_up(qtbot, tab, 1)
    key(qtbot, dialog, "4")
    assert dialog.chosen() == (True, Satisfaction.DISSATISFIED)
    enter(qtbot, dialog.focusWidget())  # type: ignore[arg-type]
    enter(qtbot, dialog.comment)  # no comment: the service says so beside the field
    assert dialog.isVisible() and dialog.result_ is None
    assert dialog.form.error_text("comment") == "客户不满意：请记下客户的原话，以便主管处理"
    assert dialog.comment.hasFocus()
    type_text(dialog.comment, "等了两个小时才交车")
    assert dialog.form.error_text("comment") == ""
    enter(qtbot, dialog.comment)
    assert tab.dialog is None and dialog.result_ is not None
    complaint_id = dialog.result_.complaint_id
    assert complaint_id is not None
    assert tab.message.text() == f"已记录 粤A70007 的回访：不满意；已为主管创建投诉（编号 {complaint_id}）"
    with svc.db.read() as s:
        complaint = s.scalar(select(Complaint).where(Complaint.id == complaint_id))
        assert complaint is not None and complaint.vehicle_id == cars["second"].id
        assert "等了两个小时才交车" in complaint.description
    assert plates(tab) == ["粤A60006"]


def test_not_reached_is_tried_again_tomorrow(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock
) -> None:
    svc = sqlite_services
    tab, cars = follow_up_tab(qtbot, svc, clock)
    dialog = open_follow_up(qtbot, tab)
    key(qtbot, dialog, "6")
    assert dialog.chosen() == (False, None)
    enter(qtbot, dialog.focusWidget())  # type: ignore[arg-type]
    enter(qtbot, dialog.comment)
    assert tab.dialog is None and dialog.result_ is not None and not dialog.result_.done
    assert tab.message.text() == "已记录 粤A60006 的回访：未接通，明天再联系"
    tomorrow = (clock.now.astimezone().date()).toordinal() + 1
    task = svc.reminders.task(tab.actor, cars["first"].id)
    assert task.next_call is not None and task.next_call.toordinal() == tomorrow and task.attempts == 1
    assert plates(tab) == ["粤A60006", "粤A70007"] and cell(tab, 0, 7) == "1"


def test_the_other_lists_keep_the_call_dialog(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock
) -> None:
    svc = sqlite_services
    tab, _ = follow_up_tab(qtbot, svc, clock)
    qtbot.keyClick(tab.table, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert tab.call_button.text() == "记录通话 (Ctrl+R)"
    if tab.model.rowCount():
        tab.table.selectRow(0)
        enter(qtbot, tab.table)
        assert isinstance(active(qtbot, tab), CallDialog)


def test_an_answer_picked_is_asked_about_before_closing(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock
) -> None:
    svc = sqlite_services
    tab, cars = follow_up_tab(qtbot, svc, clock)
    dialog = open_follow_up(qtbot, tab)
    heading = dialog.findChild(QLabel, "follow_up_task")
    assert heading is not None and heading.text().endswith("交车工单 " + order_of(svc, tab, cars))
    key(qtbot, dialog, "3")
    seen: list[str] = []
    answer_next_box("继续编辑", seen)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen and dialog.isVisible()
    answer_next_box("放弃修改")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert tab.dialog is None and svc.reminders.calls_of(tab.actor, cars["first"].id) == ()


def order_of(svc: Services, tab: RemindersTab, cars: dict[str, VehicleInfo]) -> str:
    task = svc.reminders.task(tab.actor, cars["first"].id)
    return next(r.note for r in task.reasons if r.kind is ReminderKind.FOLLOW_UP)


def test_on_the_thread_pool(qtbot: QtBot, sqlite_services: Services, clock: FakeClock) -> None:
    """The follow-up and the analysis read and write off the UI thread, as the program runs."""
    svc = sqlite_services
    advisor = make_actor(svc, Role.ADVISOR)
    delivered_cars(svc, clock, advisor)
    supervisor = make_actor(svc, Role.SUPERVISOR)
    tab = RemindersTab(svc, supervisor, runner=ThreadTaskRunner())
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.lists.tabText(5) == "交车回访 (2)", timeout=5000)
    tab.choose_list(WorkList.FOLLOW_UP)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=5000)
    tab.table.selectRow(0)
    tab.log_call()
    dialog = tab.dialog
    assert isinstance(dialog, FollowUpDialog)
    dialog.choose(Satisfaction.VERY_DISSATISFIED)
    dialog.comment.setText("车内有油污")
    dialog.save()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=5000)
    assert "已为主管创建投诉" in tab.message.text()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    tab.open_analysis()
    analysis = tab.dialog
    assert isinstance(analysis, AnalysisDialog)
    qtbot.waitUntil(lambda: analysis.shown is not None, timeout=5000)
    assert analysis.shown is not None and analysis.shown.period == "2026-10"
    analysis.reject()
