"""The reminders tab and its dialogs on a counter's screens (1024 x 768 and 1366 x 768), in Chinese
and in English: each fits, and a screenshot of each is saved for people to look at.

    QIANTAI_SCREENSHOT_DIR=docs/screenshots QT_QPA_PLATFORM=xcb \\
        xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/pytest tests/ui/reminders/test_screens.py

saves reminders-{tab,long,counting,quiet,follow-up-list,call,follow-up,assign,rules,analysis,intervals}-
{zh,en}-{width}.png
as a real X screen draws them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.context import Services
from app.reminders import CallInput, CallOutcome, ReminderKind, Satisfaction, WorkList
from app.roles import Role
from tests.app.factories import open_order
from tests.conftest import FakeClock, make_actor
from tests.ui.reminders.analysis_data import november
from tests.ui.reminders.support import days, delivered_cars, plated_car, remind, some_lists
from tests.ui.screens import SIZES, TITLE_AND_TASK_BAR, Shot, fitted
from ui.labels_i18n import SEPARATOR, tr_label
from ui.main_window import MainWindow
from ui.reminders.analysis_dialog import AnalysisDialog
from ui.reminders.assign_dialog import AssignDialog
from ui.reminders.call_dialog import CallDialog
from ui.reminders.follow_up_dialog import FollowUpDialog
from ui.reminders.model_intervals_dialog import ModelIntervalsDialog
from ui.reminders.reminders_tab import RemindersTab
from ui.reminders.rules_dialog import RulesDialog
from ui.tasks import SyncTaskRunner


def busy_lists(svc: Services) -> None:
    """A morning's lists: cars overdue and due soon, some called before, one given to an advisor."""
    cars = some_lists(svc)
    advisor = make_actor(svc, Role.ADVISOR, "xiaowang")
    more = [
        plated_car(svc, "粤A5C678", "赵磊", "13800006666", brand="丰田", model="凯美瑞"),
        plated_car(svc, "粤AD12345", "孙丽华", "13800007777", brand="比亚迪", model="汉 EV"),
        plated_car(svc, "粤B7K890", "周建国", "13800008888"),
    ]
    remind(svc, more[0], days(-12))
    remind(svc, more[0], days(-2), ReminderKind.INSURANCE, None)
    remind(svc, more[1], days(-1), ReminderKind.WARRANTY_EXPIRY, None)
    remind(svc, more[2], days(25), ReminderKind.ANNUAL_INSPECTION, None)
    for vehicle in (cars["very_late"], more[0], cars["soon"]):
        open_order(svc, advisor, vehicle, mileage=21_000)  # the advisor of the car's last order
    reminders = svc.reminders
    reminders.log_call(advisor, cars["very_late"].id, CallInput(CallOutcome.NO_ANSWER, note="响铃多次无人接"))
    reminders.log_call(advisor, cars["very_late"].id, CallInput(CallOutcome.PHONE_OFF))
    later = CallInput(CallOutcome.CALL_LATER, note="客户出差，下周回来再约", callback_date=days(3))
    reminders.log_call(advisor, more[0].id, later)
    supervisor = make_actor(svc, Role.SUPERVISOR, "zhuguan")
    reminders.assign(supervisor, [more[0].id, cars["late"].id], advisor.user_id)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}" for w, _ in SIZES])
def test_the_reminders_screens_fit_and_are_shot(
    qtbot: QtBot,
    sqlite_services: Services,
    clock: FakeClock,
    language: str,
    size: tuple[int, int],
    screenshot: Shot,
) -> None:
    svc = sqlite_services
    width, height = size
    usable = (width, height - TITLE_AND_TASK_BAR)
    november(svc)
    clock.now = dt.datetime(2026, 11, 24, 2, 0, tzinfo=dt.UTC)  # delivered 3 days before the lists
    delivered_cars(svc, clock, make_actor(svc, Role.ADVISOR, "xiaoli"))
    assert clock.now == dt.datetime(2026, 11, 27, 2, 0, tzinfo=dt.UTC)
    busy_lists(svc)
    admin = make_actor(svc, Role.ADMIN, "boss")
    window = MainWindow(svc, admin, runner=SyncTaskRunner())
    tab = window.tab_widgets["reminders"]
    assert isinstance(tab, RemindersTab)
    window.tabs.setCurrentWidget(tab)
    tab.choose_list(WorkList.OVERDUE)
    tab.table.selectRow(0)
    too_big: dict[str, tuple[int, int]] = {}
    need = fitted(qtbot, window, *usable)
    if need[0] > usable[0] or need[1] > usable[1]:
        too_big["tab"] = need
    screenshot(window, f"reminders-tab-{language}-{width}")
    # A dealer's long list: its most urgent cars with the total, and while the total is counted.
    shown = tab.model.rowCount()
    for total, name in ((226_194, "long"), (None, "counting")):
        tab.pages[WorkList.OVERDUE] = replace(tab.pages[WorkList.OVERDUE], total=total)
        tab._show_list()
        assert tab.count.text() in (
            f"前 {shown} 辆，共 226194 辆",
            f"Top {shown} of 226194",
            f"前 {shown} 辆，总数统计中…",
            f"Top {shown}, counting…",
        )
        need = fitted(qtbot, window, *usable)
        if need[0] > usable[0] or need[1] > usable[1]:
            too_big[name] = need
        assert tab.count.width() >= tab.count.sizeHint().width(), f"the {name} note is cut"
        assert tab.lists.width() >= tab.lists.sizeHint().width(), f"the lists cut beside the {name} note"
        screenshot(window, f"reminders-{name}-{language}-{width}")
    tab.refresh()

    clock.now = dt.datetime(2026, 11, 27, 13, 0, tzinfo=dt.UTC)  # 21:00: the quiet hours
    tab.choose_list(WorkList.DUE_SOON)
    tab.refresh()
    assert tab.quiet.isVisible()
    fitted(qtbot, window, *usable)
    screenshot(window, f"reminders-quiet-{language}-{width}")
    clock.now = dt.datetime(2026, 11, 27, 2, 0, tzinfo=dt.UTC)

    tab.choose_list(WorkList.FOLLOW_UP)
    tab.refresh()
    assert tab.model.rowCount() > 0
    tab.table.selectRow(0)
    fitted(qtbot, window, *usable)
    screenshot(window, f"reminders-follow-up-list-{language}-{width}")
    follow_up_task = tab.current_task()
    assert follow_up_task is not None
    follow_up = FollowUpDialog(svc.reminders, admin, follow_up_task, window)
    follow_up.choose(Satisfaction.DISSATISFIED)
    follow_up.save()  # unhappy without the customer's words: said beside the field

    tab.choose_list(WorkList.OVERDUE)
    task = tab.current_task()
    assert task is not None
    today = clock().astimezone().date()
    call = CallDialog(svc.reminders, admin, task, today, window, appointments=svc.appointments)
    call.choose(CallOutcome.BOOKED)
    call.note.setText("客户周一上午到店")
    call.save()  # no slot chosen: said beside the slots
    people = tab.people
    tasks = tab.model.rows[:3]
    analysis = AnalysisDialog(svc.reminders, admin, tab.flow, today, True, window)
    analysis.month.stepBy(1)  # November, the month with the cars
    intervals = ModelIntervalsDialog(svc.vehicles.models, svc.reminders, admin, window)
    intervals.table.selectRow(1)
    forms: dict[str, QWidget] = {
        "call": call,
        "follow-up": follow_up,
        "assign": AssignDialog(
            svc.reminders,
            admin,
            [t.vehicle_id for t in tasks],
            tr_label(SEPARATOR).join(t.plate for t in tasks),
            people,
            window,
        ),
        "rules": RulesDialog(svc.reminders, admin, svc.reminders.rules(admin), window),
        "analysis": analysis,
        "intervals": intervals,
    }
    for name, form in forms.items():
        need = fitted(qtbot, form, *usable)
        if need[0] > usable[0] or need[1] > usable[1]:
            too_big[name] = need
        screenshot(form, f"reminders-{name}-{language}-{width}")
        if isinstance(form, QDialog):
            form.done(0)
    assert not too_big, (language, width, too_big)
