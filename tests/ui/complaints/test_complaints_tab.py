"""The complaints tab with the synchronous runner: the open complaints, those not answered first
and the most overdue first, the reply deadline red when missed and amber within the warning
hours (and red once the clock passes it); the filters; the detail with its log; new complaint,
log, assign, close and reopen by keyboard; the dialogs ask before typed changes are lost; a
complaint opened by an unhappy follow-up call in the reminders tab appears; who sees what."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from app.context import Services
from app.reminders import Satisfaction, WorkList
from app.reports import ActionKind, ComplaintCategory, ComplaintChannel, ComplaintStatus, Scope
from app.roles import Actor, Role
from tests.conftest import FakeClock, make_actor
from tests.ui.complaints.support import active, at, busy_complaints, make_tab, press
from tests.ui.intake.support import answer_next_box, enter, type_text
from tests.ui.reminders.support import delivered_cars
from ui.complaints.complaints_model import DEADLINE_COLUMN, DUE_SOON_BACKGROUND, MISSED_BACKGROUND
from ui.complaints.complaints_tab import ComplaintsTab
from ui.complaints.handling_dialogs import ActionDialog, AssignDialog, CloseDialog, ReopenDialog
from ui.complaints.record_dialog import RecordDialog
from ui.main_window import MainWindow
from ui.reminders.follow_up_dialog import FollowUpDialog
from ui.reminders.reminders_tab import RemindersTab
from ui.tasks import SyncTaskRunner


def customers(tab: ComplaintsTab) -> list[str]:
    return [r.customer for r in tab.model.rows]


def cell(tab: ComplaintsTab, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return tab.model.data(tab.model.index(row, column), role)


def background(tab: ComplaintsTab, row: int) -> object:
    brush = cell(tab, row, DEADLINE_COLUMN, Qt.ItemDataRole.BackgroundRole)
    return brush.color() if isinstance(brush, QBrush) else None


def test_open_complaints_overdue_first_with_their_deadlines_coloured(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock
) -> None:
    svc = sqlite_services
    busy_complaints(svc, clock)
    tab = make_tab(qtbot, svc, make_actor(svc, Role.SUPERVISOR))
    assert customers(tab) == ["张伟", "李娜", "孙丽华", "王芳"]  # not answered first, nearest deadline first
    assert tab.filters.scopes.tabText(0) == "未结案 (4)"
    assert tab.count.text() == "4 条，其中 1 条超时未回复"
    assert cell(tab, 0, DEADLINE_COLUMN) == "超时 18 小时"
    assert background(tab, 0) == MISSED_BACKGROUND  # red: missed
    assert cell(tab, 1, DEADLINE_COLUMN) == "剩 2 小时（12:00）"
    assert background(tab, 1) == DUE_SOON_BACKGROUND  # amber: within the 4 warning hours
    assert cell(tab, 2, DEADLINE_COLUMN) == "剩 22 小时（11-28 08:00）" and background(tab, 2) is None
    assert cell(tab, 3, DEADLINE_COLUMN) == "已回复 11-26 17:00" and background(tab, 3) is None
    assert [cell(tab, r, 1) for r in range(4)] == ["待处理", "待处理", "待处理", "处理中"]
    # Two hours on: the amber one is missed now, without reading again.
    at(clock, 27, 12, 1)
    tab.tick()
    assert background(tab, 1) == MISSED_BACKGROUND and cell(tab, 1, DEADLINE_COLUMN) == "超时 1 分钟"
    # The selected complaint below, with its log and its deadline in red.
    tab.table.selectRow(0)
    assert tab.detail.info is not None and tab.detail.info.row.customer == "张伟"
    assert "工单 RO" in tab.detail.heading.text() and "13900001111" in tab.detail.heading.text()
    assert "回复超时" in tab.detail.deadline.text() and "#a61b1b" in tab.detail.deadline.styleSheet()
    tab.table.selectRow(3)
    assert [a.kind for a in tab.detail.log_model.rows] == [ActionKind.ASSIGN, ActionKind.CONTACT]
    assert tab.detail.log_box.title() == "处理记录 (2)"


def test_the_filters(qtbot: QtBot, sqlite_services: Services, clock: FakeClock) -> None:
    svc = sqlite_services
    busy_complaints(svc, clock)
    info = next(u for u in svc.users.list_users(make_actor(svc, Role.ADMIN)) if u.username == "chenjing")
    advisor = Actor(info.id, info.username, info.display_name, info.role)
    tab = make_tab(qtbot, svc, make_actor(svc, Role.SUPERVISOR))
    press(qtbot, tab, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert tab.filters.scopes.chosen() is Scope.ALL
    assert customers(tab) == ["孙丽华", "王芳", "李娜", "张伟", "赵磊"]  # every one, the newest first
    tab.filters.search.setText("粤B7K890")
    tab.filters.search.returnPressed.emit()
    assert customers(tab) == ["赵磊"] and tab.current_row() is not None
    assert tab.reopen_button.isEnabled() and not tab.close_button.isEnabled()
    tab.filters.search.setText("")
    tab.filters.since.setText("2026-11-26")
    tab.filters.until.setText("20261126")
    tab.filters.until.returnPressed.emit()
    assert customers(tab) == ["王芳", "李娜"]
    tab.filters.since.setText("26/11")
    tab.filters.since.returnPressed.emit()
    assert "YYYY-MM-DD" in tab.message.text() and "border" in tab.filters.since.styleSheet()
    tab.filters.since.clear()
    tab.filters.until.clear()
    tab.filters.until.returnPressed.emit()
    press(qtbot, tab, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    # Mine: those given to the one looking (the advisor has the answered one).
    mine = make_tab(qtbot, svc, advisor)
    mine.filters.mine.setChecked(True)
    assert customers(mine) == ["王芳"]


def test_new_complaint_by_keyboard(qtbot: QtBot, sqlite_services: Services, clock: FakeClock) -> None:
    svc = sqlite_services
    busy_complaints(svc, clock)
    tab = make_tab(qtbot, svc, make_actor(svc, Role.ADVISOR))
    press(qtbot, tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = active(qtbot, tab)
    assert isinstance(dialog, RecordDialog) and dialog.finder.hasFocus()
    enter(qtbot, dialog.hits)  # nothing chosen yet: Enter moves on, then saving says what is missing
    type_text(dialog.finder, "粤B12345")
    enter(qtbot, dialog.finder)  # the lookup, then the cars found
    assert dialog.hits.hasFocus() and dialog.hits.currentText().startswith("粤B·12345")
    assert dialog.order.count() == 2  # none, or the car's order
    enter(qtbot, dialog.hits)
    assert dialog.order.hasFocus()
    qtbot.keyClick(dialog.order, Qt.Key.Key_Down)
    enter(qtbot, dialog.order)
    qtbot.keyClick(dialog.channel, Qt.Key.Key_Down)  # 来电
    enter(qtbot, dialog.channel)
    assert dialog.category.hasFocus()
    enter(qtbot, dialog.category)
    type_text(dialog.description, "客户来电说故障灯第三次亮了")
    enter(qtbot, dialog.description)  # saves: the category is missing, said beside it
    assert dialog.isVisible() and dialog.form.error_text("category") == "请选择投诉类别"
    dialog.choose_category(ComplaintCategory.QUALITY)
    dialog.description.setFocus()
    enter(qtbot, dialog.description)
    assert tab.dialog is None
    row = tab.current_row()
    assert row is not None and row.customer == "张伟" and row.channel is ComplaintChannel.PHONE
    assert row.ro_number.startswith("RO") and row.reply_due_at == clock.now + dt.timedelta(hours=24)
    assert "已登记投诉" in tab.message.text()


def test_log_assign_close_and_reopen(qtbot: QtBot, sqlite_services: Services, clock: FakeClock) -> None:
    svc = sqlite_services
    found = busy_complaints(svc, clock)
    supervisor = make_actor(svc, Role.SUPERVISOR)
    tab = make_tab(qtbot, svc, supervisor)
    tab.table.setFocus()
    tab.table.selectRow(0)
    enter(qtbot, tab.table)  # Enter: 记录处理
    dialog = active(qtbot, tab)
    assert isinstance(dialog, ActionDialog) and dialog.text.hasFocus()
    type_text(dialog.text, "已致电客户致歉，约周六复检")
    enter(qtbot, dialog.text)
    assert tab.dialog is None and "已记录投诉" in tab.message.text()
    late = svc.complaints.get(supervisor, found["late"].id)
    assert (
        late.row.status is ComplaintStatus.IN_PROGRESS
        and late.actions[-1].text == "已致电客户致歉，约周六复检"
    )
    assert customers(tab) == ["李娜", "孙丽华", "张伟", "王芳"]  # answered now: after those still waiting
    tab.select_complaint(late.id)
    press(qtbot, tab, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assign = active(qtbot, tab)
    assert isinstance(assign, AssignDialog)
    assign.choose(supervisor.user_id)
    enter(qtbot, assign.person)
    assert tab.current_row() is not None and tab.current_row().assigned_name == supervisor.display_name  # type: ignore[union-attr]
    press(qtbot, tab, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    close = active(qtbot, tab)
    assert isinstance(close, CloseDialog)
    type_text(close.resolution, "更换氧传感器，客户认可")
    enter(qtbot, close.resolution)
    enter(qtbot, close.yes)  # not yet answered: said beside it
    assert close.isVisible() and "满意" in close.form.error_text("satisfied")
    close.yes.setChecked(True)
    enter(qtbot, close.yes)
    assert tab.dialog is None and late.id not in [r.id for r in tab.model.rows]
    press(qtbot, tab, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert tab.select_complaint(late.id) and tab.reopen_button.isEnabled()
    press(qtbot, tab, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    reopen = active(qtbot, tab)
    assert isinstance(reopen, ReopenDialog)
    type_text(reopen.reason, "客户反映故障灯又亮了")
    enter(qtbot, reopen.reason)
    assert tab.dialog is None
    reopened = svc.complaints.get(supervisor, late.id)
    assert (
        reopened.row.status is ComplaintStatus.OPEN
        and reopened.row.reply_due_at == clock.now + dt.timedelta(hours=24)
    )
    assert [a.kind for a in tab.detail.log_model.rows][-2:] == [ActionKind.CLOSE, ActionKind.REOPEN]


def test_a_dialog_asks_before_typed_changes_are_lost(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock
) -> None:
    svc = sqlite_services
    found = busy_complaints(svc, clock)
    supervisor = make_actor(svc, Role.SUPERVISOR)
    tab = make_tab(qtbot, svc, supervisor)
    tab.table.selectRow(1)
    press(qtbot, tab, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    close = active(qtbot, tab)
    assert isinstance(close, CloseDialog)
    type_text(close.resolution, "已退还多收的 300 元")
    seen: list[str] = []
    answer_next_box("继续编辑", seen)
    qtbot.keyClick(close, Qt.Key.Key_Escape)
    assert seen == ["表单中有尚未保存的修改。放弃这些修改并关闭吗？"] and close.isVisible()
    answer_next_box("放弃修改")
    qtbot.keyClick(close, Qt.Key.Key_Escape)
    assert tab.dialog is None
    assert svc.complaints.get(supervisor, found["soon"].id).row.status is ComplaintStatus.OPEN
    # Nothing typed: it closes without a question.
    press(qtbot, tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    record = active(qtbot, tab)
    qtbot.keyClick(record, Qt.Key.Key_Escape)
    assert tab.dialog is None


def test_another_counter_first_is_said_and_the_typing_stays(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock
) -> None:
    svc = sqlite_services
    found = busy_complaints(svc, clock)
    supervisor = make_actor(svc, Role.SUPERVISOR)
    tab = make_tab(qtbot, svc, supervisor)
    tab.table.selectRow(0)
    press(qtbot, tab, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = active(qtbot, tab)
    assert isinstance(dialog, ActionDialog)
    late = found["late"]
    svc.complaints.assign(supervisor, late.id, late.version, supervisor.user_id)  # another counter
    type_text(dialog.text, "已回电")
    seen: list[str] = []
    answer_next_box(None, seen)
    enter(qtbot, dialog.text)
    assert seen and "其他前台" in seen[0] and dialog.isVisible() and dialog.text.toPlainText() == "已回电"
    enter(qtbot, dialog.text)  # saved on the complaint as read again
    assert tab.dialog is None
    assert svc.complaints.get(supervisor, late.id).actions[-1].text == "已回电"


def test_a_follow_up_complaint_arrives_from_the_reminders_tab(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock
) -> None:
    svc = sqlite_services
    cars = delivered_cars(svc, clock, make_actor(svc, Role.ADVISOR))
    admin = make_actor(svc, Role.ADMIN)
    window = MainWindow(svc, admin, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    complaints = window.tab_widgets["complaints"]
    reminders = window.tab_widgets["reminders"]
    assert isinstance(complaints, ComplaintsTab) and isinstance(reminders, RemindersTab)
    window.tabs.setCurrentWidget(complaints)
    assert complaints.model.rowCount() == 0
    window.tabs.setCurrentWidget(reminders)
    reminders.choose_list(WorkList.FOLLOW_UP)
    reminders.select_vehicle(cars["first"].id)
    task = reminders.current_task()
    assert task is not None
    dialog = FollowUpDialog(svc.reminders, admin, task, reminders, reminders.ops)
    dialog.choose(Satisfaction.DISSATISFIED)
    dialog.comment.setText("交车时车内有烟味，没人解释")
    dialog.save()
    window.tabs.setCurrentWidget(complaints)
    (row,) = complaints.model.rows
    assert row.channel is ComplaintChannel.FOLLOW_UP and row.customer == "黄敏"
    assert "烟味" in row.summary and cell(complaints, 0, 5) == "交车回访"
    # While the complaints tab is on screen, another one appears at once.
    complaints.filters.scopes.choose(Scope.ALL)
    before = complaints.model.rowCount()
    task = svc.reminders.task(admin, cars["second"].id)
    second = FollowUpDialog(svc.reminders, admin, task, complaints, complaints.ops)
    second.choose(Satisfaction.VERY_DISSATISFIED)
    second.comment.setText("等了两个小时")
    second.save()
    assert complaints.model.rowCount() == before + 1 and complaints.model.rows[0].customer == "吴强"


def test_who_sees_the_tab_and_its_buttons(qtbot: QtBot, sqlite_services: Services, clock: FakeClock) -> None:
    svc = sqlite_services
    busy_complaints(svc, clock)
    for role, shown in (
        (Role.ADVISOR, True),
        (Role.SUPERVISOR, True),
        (Role.CLAIMS, False),
        (Role.ADMIN, True),
    ):
        window = MainWindow(svc, make_actor(svc, role), runner=SyncTaskRunner())
        qtbot.addWidget(window)
        assert ("complaints" in window.tab_widgets) is shown, role
    advisor = make_tab(qtbot, svc, make_actor(svc, Role.ADVISOR))
    advisor.table.selectRow(0)
    assert not advisor.assign_button.isVisibleTo(advisor) and not advisor.close_button.isVisibleTo(advisor)
    assert not advisor.rules_button.isVisibleTo(advisor)
    assert not advisor.action_button.isEnabled()  # recorded by a colleague, given to nobody
    assert advisor.new_button.isEnabled()
