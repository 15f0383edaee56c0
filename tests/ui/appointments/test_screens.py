"""The appointments tab and its dialogs on a counter's screens (1024 x 768 and 1366 x 768), in
Chinese and in English: each fits, and a screenshot of each is saved for people to look at.

    QIANTAI_SCREENSHOT_DIR=docs/screenshots QT_QPA_PLATFORM=xcb DISPLAY=:77 \\
        .venv/bin/pytest tests/ui/appointments/test_screens.py

saves appointments-{tab,confirm,board,intake,booking,booked,schedule}-{zh,en}-{width}.png as a
real X screen draws them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.appointments import ConfirmOutcome, WorkKind
from app.context import Services
from app.roles import Role
from app.settings import DealerInfo
from app.vehicles import VehicleInfo
from tests.app.factories import open_order
from tests.conftest import FakeClock, make_actor
from tests.ui.appointments.support import BEIJING, TODAY, TOMORROW, advisors, book, cars, pick_slot, slot
from tests.ui.intake.support import type_text
from tests.ui.screens import SIZES, TITLE_AND_TASK_BAR, Shot, fitted
from ui.appointments.appointments_tab import AppointmentsTab
from ui.appointments.booking_dialog import BookingDialog
from ui.appointments.car_finder import KnownCar
from ui.appointments.date_bar import Mode
from ui.appointments.schedule_dialog import ScheduleDialog
from ui.intake.intake_tab import IntakeTab
from ui.main_window import MainWindow
from ui.tasks import SyncTaskRunner


def busy_day(svc: Services, clock: FakeClock) -> tuple[int, VehicleInfo]:
    """Today's bookings in every state a day shows at 10:00 (one moved), and tomorrow's to confirm."""
    people, found = advisors(svc), cars(svc)
    chen, wang = people["chen"], people["wang"]
    admin = make_actor(svc, Role.ADMIN)
    svc.settings.update_dealer(admin, DealerInfo(name="广州粤顺汽车", service_phone="020-88886666"))
    clock.now = dt.datetime(2026, 11, 27, 8, 0, tzinfo=BEIJING).astimezone(dt.UTC)
    book(svc, chen, slot(TODAY, 8, 30), found["civic"], words="保养，顺便检查轮胎", waits=True)
    arrived = book(svc, wang, slot(TODAY, 9), found["accord"], job="一般维修", words="空调不凉，有异味")
    cancelled = book(svc, chen, slot(TODAY, 9, 30), found["corolla"])
    svc.appointments.cancel(chen, cancelled.id, cancelled.version, "客户临时出差")
    quick = book(
        svc, wang, slot(TODAY, 16), found["han"], kind=WorkKind.QUICK, job="一般维修", words="换雨刮片"
    )
    quick = svc.appointments.move(
        wang, quick.id, quick.version, slot(TODAY, 10, 30), "客户下午要上班，改到上午"
    )
    book(svc, chen, slot(TODAY, 14), found["crv"], kind=WorkKind.BODY_PAINT, job="钣喷", words="右前门凹陷")
    book(
        svc, wang, slot(TODAY, 15), None, kind=WorkKind.MAINTENANCE, job="保养",
        plate="粤C88888", phone="13812345678", name="新客户刘先生", words="首保",
    )  # fmt: skip
    clock.now = dt.datetime(2026, 11, 27, 9, 5, tzinfo=BEIJING).astimezone(dt.UTC)
    open_order(
        svc, wang, found["accord"], mileage=30_500, statement="空调不凉，有异味", appointment_id=arrived.id
    )
    first = book(svc, chen, slot(TOMORROW, 9), found["accord"], words="复查空调")
    book(svc, wang, slot(TOMORROW, 10), found["corolla"], words="二保")
    book(svc, chen, slot(TOMORROW, 14, 30), found["han"], kind=WorkKind.QUICK, job="一般维修")
    svc.appointments.confirm(chen, first.id, first.version, ConfirmOutcome.CONFIRMED)
    clock.now = dt.datetime(2026, 11, 27, 10, 0, tzinfo=BEIJING).astimezone(dt.UTC)
    return quick.id, found["accord"]


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}" for w, _ in SIZES])
def test_the_appointments_screens_fit_and_are_shot(
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
    moved, accord = busy_day(svc, clock)
    supervisor = make_actor(svc, Role.SUPERVISOR, "liuzhuguan")
    window = MainWindow(svc, supervisor, runner=SyncTaskRunner())
    tab = window.tab_widgets["appointments"]
    assert isinstance(tab, AppointmentsTab)
    window.tabs.setCurrentWidget(tab)
    too_big: dict[str, tuple[int, int]] = {}
    need = fitted(qtbot, window, *usable)
    tab.select_booking(moved)  # its history: booked, then moved with the reason
    if need[0] > usable[0] or need[1] > usable[1]:
        too_big["tab"] = need
    screenshot(window, f"appointments-tab-{language}-{width}")
    tab.choose_mode(Mode.CONFIRM)
    qtbot.wait(30)
    screenshot(window, f"appointments-confirm-{language}-{width}")

    # Where the rest of the counter shows them: the board's cars to come, the car's card.
    board = window.tab_widgets["board"]
    window.tabs.setCurrentWidget(board)
    qtbot.wait(30)
    screenshot(window, f"appointments-board-{language}-{width}")
    intake = window.tab_widgets["intake"]
    assert isinstance(intake, IntakeTab)
    window.tabs.setCurrentWidget(intake)
    type_text(intake.search.box, "粤B7K890")
    intake.search.choose_current()
    assert intake.card.booking.isVisible()
    qtbot.wait(30)
    screenshot(window, f"appointments-intake-{language}-{width}")

    booking = BookingDialog(svc, supervisor, parent=window)
    type_text(booking.finder.finder, "粤B7K890")
    booking.finder.search(move_on=True)
    booking.set_job("钣喷")
    booking.picker.day.set_day(TOMORROW)
    pick_slot(booking.picker, 11)
    booking.words.setPlainText("后保险杠刮花，客户想当天取车")
    booking.waits.setChecked(True)
    book(svc, supervisor, slot(TOMORROW, 11), accord, kind=WorkKind.BODY_PAINT, job="钣喷")
    booking.save()  # taken meanwhile: refused with the nearest free slots
    assert booking.picker.alternatives_model.rowCount() and not booking.picker.alternatives.isHidden()
    booked = BookingDialog(
        svc,
        supervisor,
        car=KnownCar(accord.id, "粤B·67890", "本田 雅阁", "李娜"),
        slip=tab.slip,
        parent=window,
    )
    booked.picker.day.set_day(TOMORROW)
    pick_slot(booked.picker, 15, 30)
    booked.save()  # the confirmation to read out
    assert booked.result_ is not None
    forms: dict[str, QWidget] = {
        "booking": booking,
        "booked": booked,
        "schedule": ScheduleDialog(
            svc.appointments, supervisor, svc.appointments.schedule(supervisor), window
        ),
    }
    schedule = forms["schedule"]
    assert isinstance(schedule, ScheduleDialog)
    schedule.opens.setText("8点半")
    schedule.save()  # said beside the field
    for name, form in forms.items():
        need = fitted(qtbot, form, *usable)
        if need[0] > usable[0] or need[1] > usable[1]:
            too_big[name] = need
        screenshot(form, f"appointments-{name}-{language}-{width}")
        if isinstance(form, QDialog):
            form.done(0)
    assert not too_big, (language, width, too_big)
